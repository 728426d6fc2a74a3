"""Files of the exercise plan: a CSV table for Dutch Excel and an iCalendar file.

Every text that goes into a file is checked and cleaned first: in the CSV a cell that a
spreadsheet would run as a formula is neutralised (:func:`hielspoor.fileio.neutralise_formula`);
in the calendar, line breaks and other control characters are replaced by spaces, so a
name can never start a new calendar property (RFC 5545 content lines end at CRLF).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.fileio import atomic_write_bytes, neutralise_formula
from hielspoor.programme.plan import (
    HEEL_RAISE,
    LEARNING_NOTE,
    STATUS_PAUSED,
    check_plan,
    dose_text,
    plan_frame,
)
from hielspoor.validation import InputError

CALENDAR_NAME = "Oefenprogramma hielpijn"
"""Default name of the calendar in a calendar app."""

MAX_NAME_CHARS = 100
"""Longest calendar name accepted (characters)."""

MAX_TEXT_CHARS = 2000
"""Longest exercise name or note put into a calendar event; longer text is cut."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")


def clean_text(value: object, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    r"""Return one line of printable text: control characters and line breaks become spaces.

    Text that cannot be written as UTF-8 (a lone surrogate) becomes ``?``; text longer
    than ``max_chars`` is cut and ends in ``…``.

    Examples
    --------
    >>> clean_text("Hielheffen\r\nX-INJECT:1\t ok")
    'Hielheffen X-INJECT:1 ok'
    """
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = " ".join(_CONTROL.sub(" ", text).split())
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def check_calendar_name(name: object) -> str:
    r"""Return the cleaned calendar name, or raise a Dutch :class:`InputError`.

    Examples
    --------
    >>> check_calendar_name("Mijn\nplan")
    'Mijn plan'
    """
    if not isinstance(name, str):
        raise InputError("Naam van de agenda: vul tekst in.")
    text = clean_text(name, max_chars=10 * MAX_NAME_CHARS)
    if not text:
        raise InputError("Naam van de agenda: vul een naam in.")
    if len(text) > MAX_NAME_CHARS:
        raise InputError(f"Naam van de agenda: hooguit {MAX_NAME_CHARS} tekens.")
    return text


def plan_csv_bytes(plan: pd.DataFrame) -> bytes:
    """Return the printable plan as CSV for Dutch Excel (``;``, UTF-8 with BOM), formula-free.

    Examples
    --------
    >>> from hielspoor.programme.plan import weekly_plan
    >>> plan_csv_bytes(weekly_plan(dt.date(2026, 3, 2), weeks=1)).decode("utf-8-sig")[:20]
    'Week;Dag;Datum;Oefen'
    """
    table = plan_frame(plan)
    for column in table.columns:
        if table[column].dtype == object or pd.api.types.is_string_dtype(table[column]):
            table[column] = table[column].map(_csv_text)
    text = table.to_csv(sep=";", index=False, lineterminator="\n")
    return text.encode("utf-8-sig")


def _csv_text(value: object) -> str:
    # Neutralise first (a leading CR is a trigger), then write every line break as LF,
    # which the CSV writer quotes, so a note can never split a row.
    text = neutralise_formula(str(value))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _write(path: str | Path, data: bytes) -> Path:
    if not isinstance(path, str | Path) or not str(path).strip():
        raise InputError("Bestand: geef een bestandsnaam of pad.")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(target, data)
    return target


def save_plan_csv(plan: pd.DataFrame, path: str | Path) -> Path:
    """Write :func:`plan_csv_bytes` to ``path`` atomically and return the path."""
    return _write(path, plan_csv_bytes(plan))


def _uid(first_day: dt.date, day: dt.date) -> str:
    return f"hielspoor-{first_day:%Y%m%d}-{day:%Y%m%d}@hielspoor.invalid"


def _summary(rows: pd.DataFrame) -> str:
    parts: list[str] = []
    for _, row in rows.iterrows():
        if row["status"] == STATUS_PAUSED:
            return "Oefenen gepauzeerd"
        if row["exercise_id"] == HEEL_RAISE:
            parts.append(f"Hielheffen {dose_text(row)}")
        elif "Kuitrek" not in parts:
            parts.append("Kuitrek")
    return " + ".join(parts)


def plan_to_ics(plan: pd.DataFrame, *, name: str = CALENDAR_NAME) -> bytes:
    """Return a calendar file (iCalendar, RFC 5545) with one all-day event per plan day.

    The UID of an event depends only on the plan's first day and the event's day, so
    re-exporting an adjusted plan updates the same events in a calendar app, and the
    same plan always gives the same bytes (``DTSTAMP`` is fixed to the first day).
    Every text is cleaned with :func:`clean_text`; ``name`` is checked with
    :func:`check_calendar_name`.

    Raises
    ------
    InputError
        A name that is not text, empty or too long, or a table that is no plan.

    Examples
    --------
    >>> from hielspoor.programme.plan import weekly_plan
    >>> ics = plan_to_ics(weekly_plan(dt.date(2026, 3, 2), weeks=1))
    >>> ics.count(b"BEGIN:VEVENT")
    7
    """
    from icalendar import Calendar, Event

    calendar_name = check_calendar_name(name)
    plan = check_plan(plan)
    calendar = Calendar()
    calendar.add("prodid", "-//Hielspoor//Oefenprogramma//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", calendar_name)
    if plan.empty:
        return calendar.to_ical()
    first_day = plan["date"].min().date()
    stamp = dt.datetime.combine(first_day, dt.time(0, 0), tzinfo=dt.UTC)
    for day, rows in plan.groupby("date", sort=True):
        date = day.date()
        parts = [f"{clean_text(row['exercise'])}: {dose_text(row)}" for _, row in rows.iterrows()]
        notes = [clean_text(note) for note in rows["notes"] if clean_text(note)]
        description = "\n".join(
            [
                *parts,
                *(f"Let op: {note}" for note in dict.fromkeys(notes)),
                f"{LEARNING_NOTE} {RED_FLAGS_NOTE}",
            ]
        )
        event = Event()
        event.add("uid", _uid(first_day, date))
        event.add("dtstamp", stamp)
        event.add("dtstart", date)
        event.add("dtend", date + dt.timedelta(days=1))
        event.add("summary", _summary(rows))
        event.add("description", description)
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    return calendar.to_ical()


def save_plan_ics(plan: pd.DataFrame, path: str | Path, *, name: str = CALENDAR_NAME) -> Path:
    """Write :func:`plan_to_ics` to ``path`` atomically and return the path."""
    return _write(path, plan_to_ics(plan, name=name))
