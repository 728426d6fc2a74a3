"""Time the pain rule on a 10-year diary, and the plan exports.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/bench_rule.py``. Prints the best of a few
runs (wall time) of ``advise_from_diary`` on 3,652 daily rows, of ``daily_advice_frame``
(every day judged), and of the .ics and CSV export of a 52-week plan. The rule only judges
the 7-day window, so its time should hardly grow with the length of the diary; the ratio
of the 10-year to a 1-month diary shows that. Not a test: figures depend on the machine.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import numpy as np
import pandas as pd

from hielspoor import monitoring, programme

REPEATS = 5


def diary(days: int, seed: int = 1) -> pd.DataFrame:
    """Synthetic daily diary of ``days`` days, some scores missing."""
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 11, (3, days)).astype(float) / 2
    scores[rng.random((3, days)) < 0.2] = np.nan
    return pd.DataFrame(
        {
            "datum": pd.date_range("2016-01-01", periods=days),
            "pijn_eerste_stap": scores[0],
            "pijn_activiteit": scores[1],
            "pijn_volgende_ochtend": scores[2],
        }
    )


def best(function: Callable[[], object]) -> float:
    """Best wall time of ``REPEATS`` runs, in seconds."""
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Print the figures."""
    long, short = diary(3652), diary(30)
    t_long = best(lambda: monitoring.advise_from_diary(long))
    t_short = best(lambda: monitoring.advise_from_diary(short))
    print(f"advise_from_diary, 3652 days: {t_long * 1000:.1f} ms")
    print(f"advise_from_diary,   30 days: {t_short * 1000:.1f} ms")
    print(f"ratio 10 years / 1 month:     {t_long / t_short:.1f}")
    print(
        f"daily_advice_frame, 3652 days: {best(lambda: monitoring.daily_advice_frame(long)):.2f} s"
    )
    plan = programme.weekly_plan(dt.date(2026, 3, 2), weeks=52)
    print(f"plan_to_ics, 52 weeks:  {best(lambda: programme.plan_to_ics(plan)) * 1000:.0f} ms")
    print(f"plan_csv_bytes, 52 weeks: {best(lambda: programme.plan_csv_bytes(plan)) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
