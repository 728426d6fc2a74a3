"""monitoring.advice_log: the rule's outcome on each diary day, from the diary up to that day."""

from __future__ import annotations

import pandas as pd

from hielspoor import diary, monitoring
from hielspoor.data import example_path
from hielspoor.monitoring.history import LOG_COLUMNS, NO_ADVICE


def test_each_day_gets_the_advice_of_the_diary_up_to_that_day():
    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries.iloc[:30]
    log = monitoring.advice_log(entries)
    assert list(log.columns) == list(LOG_COLUMNS)
    assert log["datum"].tolist() == entries["datum"].tolist()
    for row in log.itertuples(index=False):
        advice = monitoring.advise_from_diary(
            entries[entries["datum"] <= row.datum], today=row.datum.date()
        )
        assert (row.decision, row.rule, row.reason) == (advice.decision, advice.rule, advice.reason)
        assert row.label == monitoring.DECISION_LABELS[advice.decision]


def test_the_next_morning_is_not_known_on_the_day_itself():
    days = pd.date_range("2026-03-02", periods=4)
    table = pd.DataFrame(
        {"datum": days, "pijn_eerste_stap": [3.0, 3, 3, 3], "pijn_activiteit": [2.0, 2, 2, 2],
         "pijn_volgende_ochtend": [None] * 4}
    )  # fmt: skip
    log = monitoring.advice_log(table)
    hindsight = monitoring.advise_from_diary(table, today=days[2].date())
    assert hindsight.rule == "week_progress"  # the morning after 04-03 is known later
    assert log["rule"].tolist()[2] == "week_too_few"  # on 04-03 itself it was not


def test_a_day_without_a_score_during_activity_is_logged_in_dutch():
    table = pd.DataFrame(
        {
            "datum": pd.to_datetime(["2026-03-02", "2026-03-20", "2026-03-21"]),
            "pijn_eerste_stap": [3.0, 4.0, 4.0],
            "pijn_activiteit": [2.0, None, 2.0],
            "pijn_volgende_ochtend": [3.0, 4.0, 4.0],
        }
    )
    log = monitoring.advice_log(table)
    assert log["label"].tolist()[1] == NO_ADVICE
    assert log["decision"].tolist()[1] == ""
    assert "20-03-2026" in log["reason"].tolist()[1]
    assert monitoring.advice_log(table, first_day=pd.Timestamp("2026-03-21"))["datum"].tolist() == [
        pd.Timestamp("2026-03-21")
    ]
