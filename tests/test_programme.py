"""Tests of the 12-week exercise programme (hielspoor.programme) and its chart."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from icalendar import Calendar

from hielspoor import monitoring, programme
from hielspoor.validation import InputError

START = dt.date(2026, 3, 2)  # a Monday


@pytest.fixture(scope="module")
def plan() -> pd.DataFrame:
    return programme.weekly_plan(START)


def _heel(plan: pd.DataFrame) -> pd.DataFrame:
    return plan[plan["exercise_id"] == "hielheffen"]


def test_exercise_catalogue_has_sources():
    catalogue = programme.exercises()
    assert {"hielheffen", "kuitrek_gastrocnemius", "kuitrek_soleus"} <= set(catalogue.index)
    assert catalogue["source"].str.len().gt(0).all()
    assert catalogue.loc["hielheffen", "source"] == "rathleff2015"


def test_weekly_plan_spans_12_weeks_daily(plan):
    # vsg2026: at least 12 weeks; stretching daily (two stretches per day).
    assert plan["date"].min() == pd.Timestamp(START)
    assert plan["date"].max() == pd.Timestamp(START + dt.timedelta(days=83))
    assert plan["week"].max() == 12
    stretches = plan[plan["exercise_id"] != "hielheffen"]
    assert len(stretches) == 84 * 2
    assert list(plan.columns[:7]) == ["date", "week", "exercise", "sets", "reps", "tempo", "notes"]


def test_weekly_plan_heel_raises_every_other_day(plan):
    # rathleff2015: heel raises every second day -> 42 sessions in 84 days.
    heel = _heel(plan)
    assert len(heel) == 42
    gaps = heel["date"].diff().dropna().dt.days
    assert set(gaps) == {2}


@pytest.mark.parametrize(
    ("week", "sets", "reps"),
    [
        # rathleff2015: 12RM x 3 (weeks 1-2), 10RM x 4 (weeks 3-6), 8RM x 5 thereafter.
        (1, 3, 12),
        (2, 3, 12),
        (3, 4, 10),
        (6, 4, 10),
        (7, 5, 8),
        (12, 5, 8),
    ],
)
def test_weekly_plan_phase_boundaries(plan, week, sets, reps):
    rows = _heel(plan)[_heel(plan)["week"] == week]
    assert rows["sets"].eq(sets).all() and rows["reps"].eq(reps).all()
    assert rows["tempo"].eq("3 s omhoog, 2 s vasthouden, 3 s omlaag").all()


def test_weekly_plan_phase_change_dates(plan):
    heel = _heel(plan)
    first_of = heel.groupby("phase")["date"].min()
    assert first_of[2] == pd.Timestamp("2026-03-16")  # start of week 3
    assert first_of[3] == pd.Timestamp("2026-04-13")  # start of week 7


def test_weekly_plan_accepts_dutch_date_text():
    plan = programme.weekly_plan("02-03-2026", weeks=1)
    assert plan["date"].min() == pd.Timestamp(START)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start": "31-02-2026"}, "Startdatum"),
        ({"start": START, "weeks": 0}, "Aantal weken"),
        ({"start": START, "stretches": ("handstand",)}, "Onbekende oefening"),
    ],
)
def test_weekly_plan_rejects_bad_input(kwargs, message):
    start = kwargs.pop("start")
    with pytest.raises(InputError, match=message):
        programme.weekly_plan(start, **kwargs)


def test_weekly_volume_per_week(plan):
    volume = programme.weekly_volume(plan)
    # Week 1: 4 sessions of 3 x 12 = 144; week 3: 4 x 4 x 10 = 160; week 8: 3 x 5 x 8 = 120.
    assert volume.set_index("week").loc[[1, 3, 8], "repetitions"].tolist() == [144, 160, 120]
    assert volume["sessions"].sum() == 42


def test_adjust_plan_opbouwen_keeps_doses(plan):
    adjusted = programme.adjust_plan(plan, "opbouwen", from_date=dt.date(2026, 3, 16))
    pd.testing.assert_series_equal(adjusted["sets"], plan["sets"])
    assert "extra gewicht" in " ".join(adjusted["notes"])


def test_adjust_plan_handhaven_repeats_phase(plan):
    adjusted = programme.adjust_plan(plan, "handhaven", from_date=dt.date(2026, 3, 16))
    heel = _heel(adjusted)
    assert heel.loc[heel["week"] == 3, "sets"].tolist() == [3, 3, 3, 3]  # phase 1 repeated
    assert heel.loc[heel["week"] == 4, "sets"].eq(4).all()  # phase 2 one week later
    assert heel.loc[heel["week"] == 7, "sets"].eq(4).all()  # phase 3 from week 8
    assert heel.loc[heel["week"] == 8, "sets"].eq(5).all()
    before = heel["date"] < pd.Timestamp("2026-03-16")
    assert heel.loc[before, "status"].eq("gepland").all()
    assert heel.loc[~before, "status"].eq("aangepast").all()


def test_adjust_plan_verminderen_drops_a_set_and_delays(plan):
    advice = monitoring.pain_rule_advice(7, 3)
    adjusted = programme.adjust_plan(plan, advice, from_date=dt.date(2026, 3, 16))
    heel = _heel(adjusted)
    assert heel.loc[heel["week"] == 3, "sets"].tolist() == [2, 2, 2, 2]  # 3 sets minus one
    assert heel.loc[heel["week"] == 4, "sets"].eq(4).all()
    assert "7 op 10" in heel.loc[heel["week"] == 3, "notes"].iloc[0]
    # Stretching is not changed.
    stretch = adjusted[adjusted["exercise_id"] != "hielheffen"]
    assert stretch["status"].eq("gepland").all()


def test_adjust_plan_sets_never_below_one():
    plan = programme.weekly_plan(START, weeks=2)
    for _ in range(4):
        plan = programme.adjust_plan(plan, "verminderen")
    assert _heel(plan)["sets"].min() == 1


def test_adjust_plan_raadpleeg_pauses_rest(plan):
    adjusted = programme.adjust_plan(plan, "raadpleeg", from_date=dt.date(2026, 4, 1))
    later = adjusted[adjusted["date"] >= pd.Timestamp("2026-04-01")]
    assert later["status"].eq("gepauzeerd").all() and later["sets"].isna().all()
    assert "Wanneer naar de huisarts?" in later["notes"].iloc[0]
    earlier = adjusted[adjusted["date"] < pd.Timestamp("2026-04-01")]
    assert earlier["status"].eq("gepland").all()


def test_adjust_plan_rejects_unknown_advice(plan):
    with pytest.raises(InputError, match="Onbekend advies"):
        programme.adjust_plan(plan, "harder")


def test_plan_frame_dutch_dates_and_doses(plan):
    table = programme.plan_frame(plan)
    assert table.loc[0, ["Dag", "Datum", "Dosis"]].tolist() == ["ma", "02-03-2026", "3 × 12"]
    assert table["Datum"].str.fullmatch(r"\d{2}-\d{2}-\d{4}").all()


def test_plan_html_is_a_plain_escaped_table(plan):
    from hielspoor.display.plan import plan_html

    page = plan_html(plan)
    assert page.startswith('<table class="hs-plan">') and "<script" not in page
    assert "13-04-2026" in page and page.count("<tr>") == len(plan) + 1


def test_save_plan_csv_round_trip(plan, tmp_path):
    path = programme.save_plan_csv(plan, tmp_path / "plan.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Dutch Excel
    back = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    pd.testing.assert_frame_equal(back, programme.plan_frame(plan).astype(str))
    assert not list(tmp_path.glob(".*.tmp"))


def test_plan_to_ics_parses_back(plan):
    calendar = Calendar.from_ical(programme.plan_to_ics(plan))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 84  # one all-day event per day (stretching is daily)
    starts = [event.decoded("dtstart") for event in events]
    assert starts[0] == START and starts[-1] == START + dt.timedelta(days=83)
    assert starts[2] == dt.date(2026, 3, 4)
    assert str(events[0]["summary"]) == "Hielheffen 3 × 12 + Kuitrek"
    assert str(events[1]["summary"]) == "Kuitrek"
    assert str(events[42]["summary"]) == "Hielheffen 5 × 8 + Kuitrek"  # week 7, day 43
    uids = [str(event["uid"]) for event in events]
    assert len(set(uids)) == 84
    assert uids[0] == "hielspoor-20260302-20260302@hielspoor.invalid"


def test_plan_to_ics_is_stable_and_uids_survive_adjustment(plan):
    first = programme.plan_to_ics(plan)
    assert first == programme.plan_to_ics(programme.weekly_plan(START))
    adjusted = programme.adjust_plan(plan, "verminderen", from_date=dt.date(2026, 3, 16))
    second = programme.plan_to_ics(adjusted)
    assert second != first

    def uids(data: bytes) -> list[str]:
        return [str(e["uid"]) for e in Calendar.from_ical(data).walk("VEVENT")]

    assert uids(first) == uids(second)


def test_save_plan_ics_writes_file(plan, tmp_path):
    path = programme.save_plan_ics(plan, tmp_path / "sub" / "oefenprogramma.ics")
    assert path.read_bytes() == programme.plan_to_ics(plan)


def test_plan_after_week_applies_from_next_week():
    plan = programme.plan_after_week(START, "verminderen", week_done=2)
    changed = plan[plan["status"] == "aangepast"]
    assert changed["date"].min() == pd.Timestamp("2026-03-16")
    with pytest.raises(InputError, match="Week"):
        programme.plan_after_week(START, "opbouwen", week_done=13)


def test_weekly_volume_chart_matches_package(plan):
    from hielspoor.charts.programme import weekly_volume_chart

    spec = weekly_volume_chart(plan).to_dict()
    values = next(iter(spec["datasets"].values()))
    expected = programme.weekly_volume(plan)
    assert [row["herhalingen"] for row in values] == expected["repetitions"].tolist()
    assert spec["description"].startswith("Staafdiagram")


def test_calendar_chart_has_named_week_param_and_day_labels(plan):
    from hielspoor.charts.programme import WEEK_PARAM, calendar_data, plan_calendar_chart

    spec = plan_calendar_chart(plan, highlight_week=3).to_dict()
    assert spec["params"][0]["name"] == WEEK_PARAM and spec["params"][0]["value"] == 3
    assert spec["params"][0]["bind"]["max"] == 12
    data = calendar_data(plan)
    assert len(data) == 84
    # rathleff2015: 3 x 12 on day 1, stretching only on day 2, 5 x 8 in week 7.
    assert data["label"].iloc[:2].tolist() == ["3×12", "rek"]
    assert data.loc[data["week"] == 7, "herhalingen"].max() == 40
    # Same input, same JSON: no auto-named params or random ids (nbval).
    assert plan_calendar_chart(plan, highlight_week=3).to_json() == (
        plan_calendar_chart(plan, highlight_week=3).to_json()
    )


def test_programme_widget_advises_and_saves(tmp_path):
    from hielspoor.widgets.programme import ProgrammeApp

    app = ProgrammeApp(start=START, output_dir=tmp_path)
    assert app.advice.decision == "handhaven"  # defaults 3 / 2 / 2
    app.during.value = "7"
    app.advise_button.click()
    assert app.advice.decision == "verminderen"
    assert programme.weekly_volume(app.plan).loc[1, "sets"] == 6  # week 2: 3 sessions x 2 sets
    app.during.value = "veel"
    app.advise_button.click()
    assert "geen getal" in app.fields["during"][1].value
    assert app.advice.decision == "verminderen"  # last valid result kept
    path = app.save_ics()
    assert path == tmp_path / "oefenprogramma.ics"
    assert path.read_bytes() == programme.plan_to_ics(app.plan)
    assert app.save_csv().exists()
