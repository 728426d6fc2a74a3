"""Time the pain diary on 10 years of daily entries: read + validate, save, summarise, plot.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_diary.py``. Prints the best of a few
runs per step (wall time), the file and chart sizes, and the ratio of reading + validating
the CSV to a bare ``pandas.read_csv`` of the same file (same separator, decimal comma and
encoding, no checks). The ratio is the figure to compare between machines and versions
(the goal is at most 3); the two are timed interleaved so that noise from other
work on the machine hits both, in wall time and in CPU time of this process (steadier
on a busy machine). Not a test: figures depend on the machine.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd

from hielspoor import diary
from hielspoor.charts import diary as diary_charts

YEARS = 10
REPEATS = 5
RATIO_ROUNDS = 60


def ten_year_diary(seed: int = 1) -> pd.DataFrame:
    """Synthetic daily diary over ``YEARS`` years with notes that need quoting."""
    rng = np.random.default_rng(seed)
    days = pd.date_range(dt.date(2016, 1, 1), periods=365 * YEARS + YEARS // 4, freq="D")
    n = len(days)
    pain = np.clip(np.round(4 + 2 * np.sin(np.arange(n) / 60) + rng.normal(0, 1, (3, n))), 0, 10)
    notes = np.where(rng.random(n) < 0.2, 'wandeling; "zwaar" 😬\nregel 2', "")
    return pd.DataFrame(
        {
            "datum": days,
            "pijn_eerste_stap": pain[0],
            "pijn_activiteit": pain[1],
            "pijn_volgende_ochtend": pain[2],
            "stappen": rng.integers(2000, 15000, n),
            "oefeningen": np.where(np.arange(n) % 2 == 0, "hielheffen 4x10 rugzak 5 kg", ""),
            "notities": notes,
        }
    )


def best(step: Callable[[], object]) -> tuple[float, object]:
    """Best wall time in seconds over ``REPEATS`` runs, and the last result."""
    times = []
    result = None
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = step()
        times.append(time.perf_counter() - start)
    return min(times), result


def read_ratio(
    csv_path: Path, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, float]:
    """Best times of the diary reader and of a bare ``pandas.read_csv``, interleaved.

    ``clock`` is :func:`time.perf_counter` (wall time) or :func:`time.process_time`
    (CPU time of this process: on a shared machine other work hardly moves it).
    """
    ours, bare = [], []
    for _ in range(RATIO_ROUNDS):
        start = clock()
        diary.read_pain_diary(csv_path)
        ours.append(clock() - start)
        start = clock()
        pd.read_csv(csv_path, sep=";", decimal=",", encoding="utf-8-sig")
        bare.append(clock() - start)
    return min(ours), min(bare)


def main() -> None:
    """Print the figures."""
    table = diary.frame_from_records(ten_year_diary().to_dict("records"))
    with tempfile.TemporaryDirectory() as folder:
        csv_path = Path(folder) / "dagboek.csv"
        xlsx_path = Path(folder) / "dagboek.xlsx"
        t_write, _ = best(lambda: diary.write_pain_diary(table, csv_path))
        t_read, result = best(lambda: diary.read_pain_diary(csv_path))
        assert result.ok and len(result.entries) == len(table)
        t_ours, t_bare = read_ratio(csv_path)
        c_ours, c_bare = read_ratio(csv_path, time.process_time)
        t_xlsx_write, _ = best(lambda: diary.write_pain_diary(table, xlsx_path))
        t_xlsx_read, xresult = best(lambda: diary.read_pain_diary(xlsx_path))
        assert xresult.ok
        t_week, weeks = best(lambda: diary.weekly_summary(result.entries))
        t_chart, spec = best(lambda: diary_charts.pain_diary_chart(result.entries).to_dict())
        t_json, text = best(lambda: json.dumps(spec))
        sizes = (csv_path.stat().st_size, xlsx_path.stat().st_size, len(text))
    print(f"Pijndagboek, {YEARS} jaar dagelijks: {len(table)} rijen, {len(weeks)} weken")
    print(f"  CSV  inlezen + valideren : {t_read * 1000:7.0f} ms  ({sizes[0] / 1e6:.2f} MB)")
    print(f"  CSV  opslaan (atomair)   : {t_write * 1000:7.0f} ms")
    print(f"  xlsx inlezen + valideren : {t_xlsx_read * 1000:7.0f} ms  ({sizes[1] / 1e6:.2f} MB)")
    print(f"  xlsx opslaan (atomair)   : {t_xlsx_write * 1000:7.0f} ms")
    print(f"  weekoverzicht            : {t_week * 1000:7.0f} ms")
    print(f"  grafiek (spec + check)   : {t_chart * 1000:7.0f} ms")
    print(f"  grafiek naar JSON        : {t_json * 1000:7.0f} ms  ({sizes[2] / 1e6:.2f} MB)")
    print(
        f"  inlezen / pandas.read_csv: {t_ours / t_bare:7.2f} x    "
        f"({t_ours * 1000:.1f} ms tegen {t_bare * 1000:.1f} ms, kloktijd)"
    )
    print(
        f"  idem, processortijd      : {c_ours / c_bare:7.2f} x    "
        f"({c_ours * 1000:.1f} ms tegen {c_bare * 1000:.1f} ms)"
    )
    total = t_read + t_chart + t_json
    print(f"  inlezen + grafiek samen  : {total * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
