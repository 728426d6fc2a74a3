"""Diary summaries and the example diary."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd

from hielspoor import diary, monitoring
from hielspoor.data import example_path
from tests.diary_support import entries_frame, example_entries

# --------------------------------------------------------------------------- summaries


def test_rolling_means_use_calendar_days_and_need_four_scores():
    days = pd.to_datetime(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-10"])
    table = pd.DataFrame(
        {
            "datum": days,
            "pijn_eerste_stap": [4.0, 6.0, 5.0, 3.0, 1.0],
            "pijn_activiteit": [1.0] * 5,
            "pijn_volgende_ochtend": [1.0] * 5,
        }
    )
    means = diary.rolling_means(table)["pijn_eerste_stap"].tolist()
    # (4+6+5+3)/4 = 4.5 on 04-03; on 10-03 the window 04..10-03 holds 3 and 1: too few.
    assert means[3] == 4.5
    assert all(pd.isna(means[i]) for i in (0, 1, 2, 4))


def test_weekly_summary_counts_days_sessions_and_zone():
    days = pd.date_range("2026-03-02", periods=10)  # Monday 02-03 to Wednesday 11-03
    table = entries_frame(
        [
            {
                "datum": d,
                "pijn_eerste_stap": 4.0,
                "pijn_activiteit": 2.0 if i < 7 else 6.0,
                "pijn_volgende_ochtend": 2.0,
                "oefeningen": "hielheffen 3x12" if i % 2 == 0 else "",
            }
            for i, d in enumerate(days)
        ]
    )
    summary = diary.weekly_summary(table)
    assert summary["week"].tolist() == [pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-09")]
    assert summary["dagen"].tolist() == [7, 3]
    assert summary["sessies"].tolist() == [4, 1]  # even days: 0, 2, 4, 6 | 8
    # Zones (Silbernagel 2007): mean 2 is green, mean 6 is red.
    assert summary["zone"].tolist() == ["groen", "rood"]
    shown = diary.format_weekly_summary(summary)
    assert shown.iloc[0].tolist() == ["02-03-2026", "7", "4,0", "2,0", "2,0", "4", "groen"]


def test_show_entries_uses_dutch_dates_and_decimal_commas():
    table = entries_frame(
        [{"datum": dt.date(2026, 3, 1), "pijn_eerste_stap": 4.5, "stappen": 8500}]
    )
    shown = diary.show_entries(table)
    assert shown.iloc[0].tolist()[:5] == ["01-03-2026", "4,5", "", "", "8.500"]


# --------------------------------------------------------------------------- example diary


def test_example_diary_is_clean_synthetic_and_16_weeks():
    result = diary.read_pain_diary(example_path("voorbeelddagboek"))
    assert result.ok
    table = result.entries
    assert table["datum"].min() == pd.Timestamp("2026-01-05")
    assert table["datum"].max() == pd.Timestamp("2026-04-26")  # 16 weeks
    assert len(table) == 107  # 112 days minus 5 forgotten
    assert table.loc[0, "notities"].startswith("SYNTHETISCH")


def test_example_diary_has_flare_up_and_recovery():
    weeks = diary.weekly_summary(example_entries()).set_index("week")["pijn_eerste_stap"]
    # Flare-up in week 8 (23-02-2026): first-step pain rises against week 7.
    assert weeks[pd.Timestamp("2026-02-23")] > weeks[pd.Timestamp("2026-02-16")] + 1
    # Recovery: last week at least 2 points (MCID ~19 mm VAS, Landorf 2010) below week 1.
    assert weeks.iloc[0] - weeks.iloc[-1] >= 2


def test_example_diary_advice_is_progress_at_end_and_reduce_in_flare_up():
    table = example_entries()
    assert monitoring.advise_from_diary(table).decision == "opbouwen"
    flare = monitoring.advise_from_diary(table, today=dt.date(2026, 2, 28))
    assert flare.decision == "verminderen"


def test_example_diary_is_reproduced_by_its_script(tmp_path):
    import importlib.util

    script = Path(__file__).parent.parent / "scripts" / "make_example_diary.py"
    spec = importlib.util.spec_from_file_location("make_example_diary", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = diary.write_pain_diary(module.make_diary(), tmp_path / "x.csv")
    assert path.read_bytes() == example_path("voorbeelddagboek").read_bytes()
