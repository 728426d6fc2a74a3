"""Tests of the pain-monitoring rule (hielspoor.monitoring)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from hielspoor import monitoring
from hielspoor.validation import InputError


# Zones: Silbernagel et al. 2007 (green 0-2, amber 3-5 acceptable, red above 5).
@pytest.mark.parametrize(
    ("score", "zone"),
    [
        (0, "groen"),
        (2, "groen"),
        (2.5, "oranje"),
        (3, "oranje"),
        (5, "oranje"),
        ("5,5", "rood"),
        (6, "rood"),
        (10, "rood"),
    ],
)
def test_pain_zone_matches_silbernagel_zones(score, zone):
    assert monitoring.pain_zone(score) == zone


@pytest.mark.parametrize("score", [-1, 10.5, "veel", None, float("nan")])
def test_pain_zone_rejects_scores_outside_0_10(score):
    with pytest.raises(InputError, match="Pijnscore"):
        monitoring.pain_zone(score)


def test_thresholds_cite_silbernagel():
    table = monitoring.thresholds()
    assert table["source"].eq("silbernagel2007").all()
    # Green 0-2, amber 3-5, red 6-10 (Silbernagel 2007, as given in the course brief).
    assert table[["min_score", "max_score"]].values.tolist() == [[0, 2], [3, 5], [6, 10]]


def test_zone_bands_are_contiguous_and_coloured():
    bands = monitoring.zone_bands()
    assert list(bands.columns) == ["zone", "low", "high", "color"]
    assert bands["low"].tolist()[1:] == bands["high"].tolist()[:-1]
    assert bands["low"].iloc[0] == 0 and bands["high"].iloc[-1] == 10
    assert bands["color"].tolist() == ["#009E73", "#E69F00", "#D55E00"]


# The rule's table. Source: Silbernagel et al. 2007 (pain during activity up to 5/10
# allowed; settled by the next morning); the 8/10 'raadpleeg' threshold is a course choice.
@pytest.mark.parametrize(
    ("during", "next_morning", "before", "decision", "zone"),
    [
        (0, 0, None, "handhaven", "groen"),  # no morning before: cannot judge, no build-up
        (2, None, 2, "handhaven", "groen"),  # no next morning: cannot judge, no build-up
        (0, 0, 0, "opbouwen", "groen"),
        (2, 2, 2, "opbouwen", "groen"),
        (2, 1, 3, "opbouwen", "groen"),
        (3, 3, 3, "handhaven", "oranje"),
        (5, 2, 4, "handhaven", "oranje"),  # 5/10 is still allowed
        (5, 5, None, "handhaven", "oranje"),  # no baseline: next morning up to 5 is fine
        (5.5, 1, None, "verminderen", "rood"),  # above 5 during activity
        (7, 2, 2, "verminderen", "rood"),
        (2, 4, 3, "verminderen", "groen"),  # not settled: next morning higher than before
        (4, 6, None, "verminderen", "oranje"),  # no baseline, next morning above 5
        (8, 8, 8, "raadpleeg", "rood"),
        (10, 9, None, "raadpleeg", "rood"),
        (9, 7, 7, "verminderen", "rood"),  # severe during but settled: reduce, not refer
    ],
)
def test_pain_rule_advice_follows_table(during, next_morning, before, decision, zone):
    advice = monitoring.pain_rule_advice(during, next_morning, pain_morning_before=before)
    assert advice.decision == decision
    assert advice.zone == zone
    assert advice.decision in monitoring.DECISIONS


def test_pain_rule_advice_respects_lower_max_pain():
    assert monitoring.pain_rule_advice(4, 2, max_pain=3).decision == "verminderen"
    assert monitoring.pain_rule_advice(3, 2, max_pain=3).decision == "handhaven"


def test_pain_rule_advice_reason_is_dutch_with_numbers():
    advice = monitoring.pain_rule_advice("6,5", 3)
    assert "6,5 op 10" in advice.reason and "tot 5 op 10 toe" in advice.reason
    assert "Silbernagel" in advice.reason


def test_pain_rule_advice_raadpleeg_mentions_red_flags():
    advice = monitoring.pain_rule_advice(9, 9)
    assert "Wanneer naar de huisarts?" in advice.text
    assert "keuze van de cursus" in advice.reason  # the 8/10 threshold


def test_pain_rule_advice_rejects_bad_input_in_dutch():
    with pytest.raises(InputError, match="Pijn volgende ochtend"):
        monitoring.pain_rule_advice(3, 12)
    with pytest.raises(InputError, match="Pijn tijdens activiteit: 'hoog' is geen getal"):
        monitoring.pain_rule_advice("hoog", 3)


def test_advice_html_carries_learning_note():
    html = monitoring.pain_rule_advice(4, 3)._repr_html_()
    assert "geen diagnose" in html and "#E69F00" in html


def _diary(first: str, activity, first_step=None, next_morning=None) -> pd.DataFrame:
    days = pd.date_range(first, periods=len(activity), freq="D")
    n = len(activity)
    return pd.DataFrame(
        {
            "datum": days,
            "pijn_eerste_stap": first_step if first_step is not None else [3.0] * n,
            "pijn_activiteit": activity,
            "pijn_volgende_ochtend": next_morning if next_morning is not None else [3.0] * n,
            "stappen": pd.array([6000] * n, dtype="Int64"),
            "oefeningen": ["hielheffen 3x12"] * n,
            "notities": [""] * n,
        }
    )


def test_advise_from_diary_progresses_after_a_good_week():
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2, 1, 2, 2, 1, 2, 2]))
    assert advice.decision == "opbouwen" and advice.zone == "groen"


def test_advise_from_diary_keeps_load_in_amber_week():
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2, 4, 3, 5, 2, 4, 3]))
    assert advice.decision == "handhaven" and advice.zone == "oranje"


def test_advise_from_diary_keeps_load_after_one_earlier_slip():
    # One day above 5/10 (04-03), the days after it fine: keep, do not progress yet.
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2, 2, 6, 2, 2, 2, 2]))
    assert advice.decision == "handhaven"
    assert advice.reason.startswith("Op 04-03-2026 ging het één keer te ver")


def test_advise_from_diary_reduces_when_last_day_breaks_rule():
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2, 2, 2, 2, 2, 2, 6]))
    assert advice.decision == "verminderen"
    assert advice.reason.startswith("Op 08-03-2026 gaf de regel 'minder belasting'")


def test_advise_from_diary_reduces_after_two_bad_days_and_names_last():
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2, 6, 2, 7, 2, 2, 2]))
    assert advice.decision == "verminderen"
    assert "Op 2 dagen" in advice.reason and "05-03-2026" in advice.reason


def test_advise_from_diary_reduces_when_morning_pain_not_settled():
    next_morning = [3, 3, 3, 5, 3, 3, 4]  # 05-03 and 08-03 higher than the morning before
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [2] * 7, next_morning=next_morning))
    assert advice.decision == "verminderen" and "08-03-2026" in advice.reason


def test_advise_from_diary_reduces_on_week_on_week_increase():
    # Week 1 mean 1/10, week 2 mean 2/10 during activity: all green, but rising by 1 point.
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [1] * 7 + [2] * 7))
    assert advice.decision == "verminderen" and "niet per week toenemen" in advice.reason


def test_advise_from_diary_refers_on_persistent_severe_pain():
    activity = [3, 3, 3, 3, 3, 3, 3]
    first_step = [8, 9, 8, 3, 3, 3, 3]  # three days at 8/10 or more
    advice = monitoring.advise_from_diary(_diary("2026-03-02", activity, first_step=first_step))
    assert advice.decision == "raadpleeg" and "Wanneer naar de huisarts?" in advice.text


def test_advise_from_diary_refers_without_improvement_after_12_weeks():
    # 12 weeks (84 days; vsg2026) of first-step pain 5 -> 4: less than the 2-point
    # minimal important change (Landorf 2010, 19 mm VAS).
    n = 84
    first_step = [5.0] * 7 + [4.5] * (n - 14) + [4.0] * 7
    advice = monitoring.advise_from_diary(
        _diary("2026-01-05", [2.0] * n, first_step=first_step, next_morning=first_step)
    )
    assert advice.decision == "raadpleeg" and "Na 12 weken" in advice.reason


def test_advise_from_diary_no_referral_when_improved_after_12_weeks():
    n = 84
    first_step = [6.0] * 7 + [4.0] * (n - 14) + [3.0] * 7  # 3 points better
    advice = monitoring.advise_from_diary(
        _diary("2026-01-05", [2.0] * n, first_step=first_step, next_morning=first_step)
    )
    assert advice.decision == "opbouwen"


def test_advise_from_diary_no_referral_before_12_weeks():
    n = 83
    first_step = [5.0] * n
    advice = monitoring.advise_from_diary(
        _diary("2026-01-05", [2.0] * n, first_step=first_step, next_morning=first_step)
    )
    assert advice.decision == "opbouwen"


def test_advise_from_diary_uses_today_window():
    diary = _diary("2026-03-02", [2] * 7 + [6] * 7)
    advice = monitoring.advise_from_diary(diary, today=dt.date(2026, 3, 8))
    assert advice.decision == "opbouwen"


def test_advise_from_diary_needs_three_days_to_progress():
    advice = monitoring.advise_from_diary(_diary("2026-03-02", [1, 1]))
    assert advice.decision == "handhaven" and advice.rule == "week_too_few"
    assert "Op 2 dag(en)" in advice.reason and "minstens 3" in advice.reason


def test_advise_from_diary_tolerates_missing_next_morning_of_the_last_day():
    # Three judged days, the last day's next morning is not known yet: it does not count.
    diary = _diary("2026-03-02", [2, 2, 2, 2], next_morning=[3.0, 3.0, 3.0, None])
    advice = monitoring.advise_from_diary(diary)
    assert advice.decision == "opbouwen" and "Op 1 dag(en) ontbrak" in advice.reason


def test_advise_from_diary_rejects_missing_columns_and_bad_scores():
    with pytest.raises(InputError, match="mist de kolom"):
        monitoring.advise_from_diary(pd.DataFrame({"datum": ["2026-03-02"]}))
    with pytest.raises(
        InputError, match=r"Rij 3 \(03-03-2026\), kolom 'pijn_activiteit': pijnscore 11 ligt buiten"
    ):
        monitoring.advise_from_diary(_diary("2026-03-02", [2, 11, 2]))
    with pytest.raises(InputError, match="leeg"):
        monitoring.advise_from_diary(_diary("2026-03-02", []))
    with pytest.raises(InputError, match="Geen pijn tijdens activiteit"):
        monitoring.advise_from_diary(_diary("2026-03-02", [2, 2]), today=dt.date(2026, 4, 1))
