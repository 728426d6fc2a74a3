"""The pain rule says what it does not know, and every outcome
states its reason and source and points to the red flags."""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hielspoor import monitoring
from hielspoor.diary import check_entries
from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.references import bib_keys
from hielspoor.validation import InputError

PACKAGE = Path(monitoring.__file__).parent


def _diary(dates, first_step, during, next_morning) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "datum": pd.to_datetime(dates),
            "pijn_eerste_stap": first_step,
            "pijn_activiteit": during,
            "pijn_volgende_ochtend": next_morning,
        }
    )


def _cites_a_source(reason: str) -> bool:
    return any(sentence in reason for sentence in monitoring.SOURCE_TEXTS.values())


# --- the symptoms a tester met, as a user meets them ------------------------------------


def test_only_activity_pain_filled_in_never_builds_up_and_says_why():
    # The form leaves next-morning pain empty by default: three days of activity pain only.
    diary = _diary(["2026-03-02", "2026-03-03", "2026-03-04"], [None] * 3, [1, 2, 1], [None] * 3)
    advice = monitoring.advise_from_diary(diary)
    assert advice.decision == "handhaven"
    assert "gezakt" in advice.reason and "niet beoordelen" in advice.reason
    assert "opbouwen" not in advice.outcome


def test_one_day_without_next_morning_score_cannot_build_up():
    advice = monitoring.pain_rule_advice(1, None, pain_morning_before=1)
    assert advice.decision == "handhaven" and advice.rule == "day_no_next_morning"
    assert "niet beoordelen of de pijn gezakt is" in advice.reason


def test_rising_first_step_pain_with_low_activity_pain_reduces():
    # First-step pain 3 -> 5 -> 7 -> 7,5, low activity pain, no next-morning
    # column filled in: each morning is the next morning of the day before.
    days = pd.date_range("2026-03-02", periods=4)
    advice = monitoring.advise_from_diary(_diary(days, [3, 5, 7, 7.5], [1] * 4, [None] * 4))
    assert advice.decision == "verminderen"


def test_rising_first_step_pain_on_separate_days_counts_as_important_rise():
    # Every other day only: no day's next morning is known, the rise itself counts.
    days = ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08"]
    advice = monitoring.advise_from_diary(_diary(days, [3, 5, 7, 7.5], [1] * 4, [None] * 4))
    assert advice.decision == "verminderen" and advice.rule == "week_first_step_rise"
    assert "van 3 op 10 (02-03-2026) naar 7,5 op 10 (08-03-2026)" in advice.reason
    assert "Landorf" in advice.reason


def test_rise_smaller_than_the_minimal_important_change_does_not_count():
    days = ["2026-03-02", "2026-03-04", "2026-03-06", "2026-03-08"]
    advice = monitoring.advise_from_diary(_diary(days, [3, 3.5, 4, 4.5], [1] * 4, [None] * 4))
    assert advice.rule != "week_first_step_rise" and advice.decision == "handhaven"


def test_next_morning_taken_from_the_next_days_first_step():
    days = pd.date_range("2026-03-02", periods=4)
    frame = monitoring.daily_advice_frame(_diary(days, [2, 2, 2, 2], [1] * 4, [None] * 4))
    assert frame["ochtend_erna"].tolist()[:3] == [2.0, 2.0, 2.0]
    assert math.isnan(frame["ochtend_erna"].iloc[-1])
    advice = monitoring.advise_from_diary(_diary(days, [2, 2, 2, 2], [1] * 4, [None] * 4))
    assert advice.decision == "opbouwen" and "Op 1 dag(en) ontbrak" in advice.reason


@pytest.mark.parametrize(
    ("during", "next_morning", "before", "rule"),
    [
        (9, 9, None, "day_severe"),
        (6, 2, 2, "day_too_much"),
        (2, 4, 3, "day_not_settled"),
        (2, 6, None, "day_morning_high"),
        (2, None, 2, "day_no_next_morning"),
        (2, 2, None, "day_no_morning_before"),
        (2, 2, 2, "day_progress"),
        (4, 2, 2, "day_keep"),
    ],
)
def test_every_day_branch_states_reason_source_and_red_flags(during, next_morning, before, rule):
    advice = monitoring.pain_rule_advice(during, next_morning, pain_morning_before=before)
    assert advice.rule == rule
    assert _cites_a_source(advice.reason)
    assert advice.text.startswith("Uitkomst van de pijnregel: ")
    assert advice.text.endswith(RED_FLAGS_NOTE)
    html = advice._repr_html_()
    assert 'href="../book/rode_vlaggen.html"' in html and "geen diagnose" in html


def test_texts_are_the_rules_outcome_not_personal_instructions():
    for key, text in monitoring.TEXTS.items():
        assert not re.search(r"\b(Doe|Stop|Houd|je mag)\b", text), key


def test_every_text_is_used_by_the_code():
    code = "".join(path.read_text(encoding="utf-8") for path in PACKAGE.glob("*.py"))
    unused = [key for key in monitoring.TEXTS if f'"{key}"' not in code]
    assert unused == []


def test_every_threshold_is_sourced_or_a_course_choice():
    keys = bib_keys()
    for name, threshold in monitoring.thresholds_table().items():
        assert threshold.source == monitoring.COURSE_CHOICE or threshold.source in keys, name
        if threshold.source != monitoring.COURSE_CHOICE:
            assert threshold.location, name
    assert monitoring.MIN_IMPROVEMENT == 2 and monitoring.MAX_PAIN == 5


def test_no_scores_in_the_window_is_a_dutch_error():
    diary = _diary(["2026-03-02"], [3], [None], [None])
    with pytest.raises(InputError, match="Geen pijn tijdens activiteit ingevuld"):
        monitoring.advise_from_diary(diary)


def test_a_date_far_in_the_future_is_refused_in_dutch():
    diary = _diary(["2026-03-02"], [3], [2], [2]).astype({"datum": object})
    diary.loc[0, "datum"] = "2300-01-01"
    with pytest.raises(InputError, match="jaartal 2300 kan niet kloppen"):
        monitoring.advise_from_diary(diary)


def test_the_rule_checks_rows_with_the_diarys_own_check():
    """One row check: the rule refuses what the diary refuses, with the same message."""
    bad = pd.DataFrame(
        {
            "datum": ["01-03-2026", "02-03-2026"],
            "pijn_eerste_stap": [3, 3],
            "pijn_activiteit": ["3,5", "hoog"],
            "pijn_volgende_ochtend": [3, None],
        }
    )
    with pytest.raises(InputError) as from_diary:
        check_entries(bad)
    with pytest.raises(InputError) as from_rule:
        monitoring.advise_from_diary(bad)
    assert str(from_rule.value) == f"Het dagboek klopt niet. {from_diary.value}"
    assert str(from_rule.value) == (
        "Het dagboek klopt niet. Rij 3 (02-03-2026), kolom 'pijn_activiteit': "
        "pijnscore 'hoog' is geen getal."
    )


def test_dutch_dates_and_decimal_commas_in_a_table_are_read_as_the_diary_reads_them():
    days = pd.date_range("2026-03-02", periods=7)
    iso = _diary(days, [3] * 7, [2] * 7, [3] * 7)
    dutch = iso.assign(
        datum=days.strftime("%d-%m-%Y"), pijn_activiteit=["1,5"] * 7, notities="vrij"
    )
    assert monitoring.advise_from_diary(dutch) == monitoring.advise_from_diary(
        iso.assign(pijn_activiteit=1.5)
    )
    assert monitoring.daily_advice_frame(dutch)["datum"].iloc[0] == pd.Timestamp("2026-03-02")


# --- properties on generated diaries -----------------------------------------------------

SCORES = st.one_of(st.none(), st.integers(0, 20).map(lambda half: half / 2))


@st.composite
def diaries(draw):
    offsets = draw(st.lists(st.integers(0, 20), min_size=1, max_size=15, unique=True))
    offsets.sort()
    n = len(offsets)
    dates = [pd.Timestamp("2026-03-02") + pd.Timedelta(days=d) for d in offsets]
    cols = [draw(st.lists(SCORES, min_size=n, max_size=n)) for _ in range(3)]
    return _diary(dates, *cols)


def _judged_days(diary: pd.DataFrame, end: pd.Timestamp) -> int:
    days = monitoring.daily_advice_frame(diary)
    days = days[days["datum"] > end - pd.Timedelta(days=7)]
    return int((days["ochtend_ervoor"].notna() & days["ochtend_erna"].notna()).sum())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(diaries())
def test_generated_diaries_give_a_sourced_outcome_or_a_dutch_error(diary):
    try:
        advice = monitoring.advise_from_diary(diary)
    except InputError as error:
        assert "Geen pijn tijdens activiteit" in str(error)
        return
    assert advice.decision in monitoring.DECISIONS
    assert _cites_a_source(advice.reason) and advice.text.endswith(RED_FLAGS_NOTE)
    if advice.decision == "opbouwen":
        end = diary["datum"].max()
        assert _judged_days(diary, end) >= monitoring.MIN_DAYS_TO_PROGRESS
        window = diary[diary["datum"] > end - pd.Timedelta(days=7)]
        assert window["pijn_activiteit"].dropna().le(2).all()


@settings(max_examples=200, deadline=None)
@given(diaries())
def test_never_opbouwen_without_any_morning_score(diary):
    diary = diary.assign(pijn_eerste_stap=None, pijn_volgende_ochtend=None)
    try:
        advice = monitoring.advise_from_diary(diary)
    except InputError:
        return
    assert advice.decision != "opbouwen"


@given(st.integers(0, 20).map(lambda h: h / 2), SCORES)
def test_one_day_never_opbouwen_without_both_mornings(during, before):
    assert monitoring.pain_rule_advice(during, None, pain_morning_before=before).decision != (
        "opbouwen"
    )
    assert monitoring.pain_rule_advice(during, before).decision != "opbouwen"


def test_duplicate_dates_are_refused_in_dutch():
    diary = _diary(["2026-03-02", "2026-03-02"], [3, 3], [2, 2], [3, 3])
    with pytest.raises(InputError, match="dubbele datum: 02-03-2026 staat al in rij 2"):
        monitoring.advise_from_diary(diary)


def test_timezone_aware_dates_are_read_as_calendar_days():
    days = pd.date_range("2026-03-02 08:00", periods=4, tz="Europe/Amsterdam")
    diary = _diary(days, [2, 2, 2, 2], [1] * 4, [2, 2, 2, 2])
    advice = monitoring.advise_from_diary(diary, today=pd.Timestamp("2026-03-05"))
    assert advice.decision == "opbouwen"


def test_advice_log_checks_once_and_gives_what_each_day_gives_alone():
    from hielspoor.data import example_path
    from hielspoor.diary import read_pain_diary

    entries = read_pain_diary(example_path("voorbeelddagboek")).entries.iloc[:45]
    log = monitoring.advice_log(entries)
    for day, rule, reason in zip(log["datum"], log["rule"], log["reason"], strict=True):
        try:
            alone = monitoring.advise_from_diary(entries[entries["datum"] <= day], today=day)
        except InputError as error:
            assert (rule, reason) == ("", str(error))
        else:
            assert (rule, reason) == (alone.rule, alone.reason)
