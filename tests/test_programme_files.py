"""The plan never crashes or misleads on real-world input (formulas, calendar text, units).

Calendar files with hostile names (also under ``python -O``), formulas in the plan
CSV, and a Dutch InputError for every bad input of the public functions.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from hielspoor import programme
from hielspoor.display.plan import exercise_card, plan_html
from hielspoor.validation import InputError

START = dt.date(2026, 3, 2)
PROPERTIES = {"PRODID", "VERSION", "CALSCALE", "X-WR-CALNAME"}


@pytest.fixture(scope="module")
def week() -> pd.DataFrame:
    return programme.weekly_plan(START, weeks=1)


# --- .ics: every text validated and cleaned (item 3) -------------------------------------


@pytest.mark.parametrize(
    "name",
    ["Mijn plan\r\nX-INJECTED:1", "Mijn plan\nBEGIN:VEVENT", "tab\tna\x00me\u2028x", "\ud800 plan"],
)
def test_calendar_name_with_line_breaks_gives_one_clean_property(week, name):
    calendar = Calendar.from_ical(programme.plan_to_ics(week, name=name))
    assert set(calendar) == PROPERTIES
    shown = str(calendar["X-WR-CALNAME"])
    assert "\n" not in shown and "\r" not in shown and shown.startswith(("Mijn plan", "tab", "?"))
    assert len(list(calendar.walk("VEVENT"))) == 7


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "vul een naam in"), (" \r\n ", "vul een naam in"), (None, "vul tekst in"),
     (42, "vul tekst in"), ("x" * 101, "hooguit 100 tekens")],
)  # fmt: skip
def test_bad_calendar_names_are_refused_in_dutch(week, name, message):
    with pytest.raises(InputError, match=message):
        programme.plan_to_ics(week, name=name)


def test_notes_and_exercise_names_with_line_breaks_stay_inside_their_event(week):
    hostile = week.assign(
        exercise="Hielheffen\r\nEND:VEVENT\r\nBEGIN:VEVENT", notes="let op\nDTSTART:19990101"
    )
    calendar = Calendar.from_ical(programme.plan_to_ics(hostile))
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 7
    assert all(event.decoded("dtstart") >= START for event in events)
    assert "END:VEVENT BEGIN:VEVENT" in str(events[0]["description"])


OPTIMIZED = """
import datetime as dt, sys
from icalendar import Calendar
from hielspoor import programme
assert sys.flags.optimize == 1
plan = programme.weekly_plan(dt.date(2026, 3, 2), weeks=1)
data = programme.plan_to_ics(plan, name="Plan\\r\\nX-EXTRA:1")
print(sorted(Calendar.from_ical(data)))
print(data.count(b"\\nX-EXTRA"))
"""


def test_calendar_name_is_cleaned_under_python_optimize():
    # With -O the calendar library skips its assertion and used to write X-EXTRA.
    done = subprocess.run(
        [sys.executable, "-O", "-c", OPTIMIZED], capture_output=True, text=True, check=True
    )
    properties, extra = done.stdout.splitlines()
    assert properties == str(sorted(PROPERTIES)) and extra == "0"


def test_save_plan_ics_passes_the_name(week, tmp_path):
    path = programme.save_plan_ics(week, tmp_path / "plan.ics", name="Mijn\nplan")
    assert str(Calendar.from_ical(path.read_bytes())["X-WR-CALNAME"]) == "Mijn plan"


# --- plan CSV: formulas neutralised (item 2) ---------------------------------------------


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formulas_in_the_plan_csv_are_neutralised(week, tmp_path, text):
    plan = week.assign(notes=text, exercise=text)
    path = programme.save_plan_csv(plan, tmp_path / "plan.csv")
    back = pd.read_csv(path, sep=";", encoding="utf-8-sig", dtype=str, keep_default_na=False)
    for column in ("Oefening", "Opmerking"):
        # A spreadsheet shows the text, not a formula; a line break stays inside the cell.
        assert back[column].eq("'" + text.replace("\r", "\n")).all()
    assert back["Datum"].iloc[0] == "02-03-2026"  # dates and doses are not touched


# --- bad input gives a Dutch InputError (item 10) ----------------------------------------


@pytest.mark.parametrize(
    "start",
    [pd.NaT, None, float("nan"), np.datetime64("NaT"), True, 20260302, "gisteren",
     "31-02-2026", dt.date(1800, 1, 1), "01-01-2300", [START]],
)  # fmt: skip
def test_weekly_plan_bad_start_date_is_a_dutch_error(start):
    with pytest.raises(InputError, match="Startdatum"):
        programme.weekly_plan(start)


@pytest.mark.parametrize(
    "weeks", [0, 53, 2.5, True, None, float("nan"), float("inf"), 10**400, "twaalf"]
)
def test_weekly_plan_bad_weeks_is_a_dutch_error(weeks):
    with pytest.raises(InputError, match="Aantal weken"):
        programme.weekly_plan(START, weeks=weeks)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [({"stretches": "kuitrek_soleus"}, "Rekoefeningen"), ({"stretches": (1,)}, "Rekoefeningen"),
     ({"heel_raises": "ja"}, "Hielheffen"), ({"heel_raises": 1}, "Hielheffen")],
)  # fmt: skip
def test_weekly_plan_bad_options_are_dutch_errors(kwargs, message):
    with pytest.raises(InputError, match=message):
        programme.weekly_plan(START, **kwargs)


def test_datetime_and_timestamp_starts_give_the_same_plan():
    plans = [
        programme.weekly_plan(start, weeks=1)
        for start in (START, dt.datetime(2026, 3, 2, 23, 59), pd.Timestamp("2026-03-02 08:00"))
    ]
    for other in plans[1:]:
        pd.testing.assert_frame_equal(plans[0], other)


@pytest.mark.parametrize(
    "function",
    [programme.plan_frame, programme.weekly_volume, programme.plan_to_ics, plan_html,
     programme.plan_csv_bytes],
)  # fmt: skip
@pytest.mark.parametrize("bad", [None, "plan", pd.DataFrame({"date": [1]})])
def test_plan_functions_refuse_what_is_no_plan(function, bad):
    with pytest.raises(InputError, match="oefenplan"):
        function(bad)


def test_plan_with_a_missing_date_is_refused(week):
    broken = week.copy()
    broken["date"] = broken["date"].astype(object)
    broken.loc[0, "date"] = pd.NaT
    with pytest.raises(InputError, match="zonder datum"):
        programme.plan_to_ics(broken)


def test_plan_after_week_and_adjust_plan_refuse_bad_dates():
    with pytest.raises(InputError, match="Startdatum"):
        programme.plan_after_week(pd.NaT, "opbouwen", week_done=1)
    plan = programme.weekly_plan(START, weeks=2)
    with pytest.raises(InputError, match="Vanaf"):
        programme.adjust_plan(plan, "handhaven", from_date="morgen")


def test_exercise_card_and_plan_html_bad_input():
    with pytest.raises(InputError, match="Onbekende oefening"):
        exercise_card(["hielheffen"])
    with pytest.raises(InputError, match="Aantal dagen"):
        plan_html(programme.weekly_plan(START, weeks=1), days=0)


def test_plan_html_escapes_notes(week):
    page = plan_html(week.assign(notes="<script>alert(1)</script>"))
    assert "<script>" not in page and "&lt;script&gt;" in page


@settings(max_examples=60, deadline=None)
@given(
    st.one_of(
        st.none(), st.booleans(), st.floats(), st.integers(), st.text(max_size=12),
        st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
    )
)  # fmt: skip
def test_weekly_plan_start_is_a_plan_or_a_dutch_error(start):
    try:
        plan = programme.weekly_plan(start, weeks=1)
    except InputError as error:
        assert str(error).startswith("Startdatum")
        return
    assert plan["date"].notna().all() and len(plan["date"].unique()) == 7


# --- the planner widget, as a user meets it -----------------------------------------------


def test_widget_without_next_morning_score_keeps_the_load_and_says_why(tmp_path):
    from hielspoor.widgets.programme import ProgrammeApp

    app = ProgrammeApp(start=START, output_dir=tmp_path)
    app.during.value, app.next_morning.value, app.before.value = "1", "", "1"
    app.advise_button.click()
    assert app.advice.decision == "handhaven" and app.advice.rule == "day_no_next_morning"
    assert "niet beoordelen" in app.advice_html.value
    assert 'href="../book/rode_vlaggen.md"' in app.advice_html.value


def test_widget_saves_a_clean_csv(tmp_path):
    from hielspoor.widgets.programme import ProgrammeApp

    app = ProgrammeApp(start=START, output_dir=tmp_path)
    app.plan = app.plan.assign(notes="=1+1")
    path = app.save_csv()
    assert "'=1+1" in path.read_text(encoding="utf-8-sig")
