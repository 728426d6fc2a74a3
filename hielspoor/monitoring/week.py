"""The pain rule over the last 7 days of a diary: :func:`advise_from_diary`."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from hielspoor.diary.checking import check_entries
from hielspoor.diary.schema import PAIN_COLUMNS
from hielspoor.display.format import format_date
from hielspoor.monitoring.day import (
    ACTION_DECISIONS,
    Advice,
    day_reason,
    day_rule,
    pain_zone,
)
from hielspoor.monitoring.params import BRANCH_SOURCES, fill, source_text, value
from hielspoor.validation import InputError, check_date

DIARY_COLUMNS = ("datum", *PAIN_COLUMNS)
"""The diary columns the rule reads (other columns of a diary are ignored)."""
DAY_COLUMNS = ["datum", "tijdens", "ochtend_ervoor", "ochtend_erna", "decision", "rule", "reason"]


def _checked_diary(diary: pd.DataFrame) -> pd.DataFrame:
    """Return the rule's columns, checked by the diary's own row check, sorted by date."""
    if not isinstance(diary, pd.DataFrame):
        raise InputError("Dit is geen dagboek: geef een tabel met een rij per dag.")
    missing = [column for column in DIARY_COLUMNS if column not in diary.columns]
    if missing:
        raise InputError(f"Het dagboek mist de kolom(men): {', '.join(missing)}.")
    if diary.empty:
        raise InputError("Het dagboek is leeg; vul eerst een paar dagen in.")
    try:
        entries = check_entries(diary.loc[:, list(DIARY_COLUMNS)], schema=False)
    except InputError as error:
        raise InputError(f"Het dagboek klopt niet. {error}") from None
    return entries.loc[:, list(DIARY_COLUMNS)]


def _known(number: float) -> float | None:
    return None if math.isnan(number) else float(number)


def _mornings(table: pd.DataFrame) -> tuple[dict, dict]:
    """Morning before and morning after each date, filling a gap from the next/previous day.

    The first-step pain of day d+1 is the next-morning pain of day d (and the other way
    round), as ``data/pain_diary_README.md`` explains.
    """
    first = {
        day: _known(v) for day, v in zip(table["datum"], table["pijn_eerste_stap"], strict=True)
    }
    after = {
        day: _known(v)
        for day, v in zip(table["datum"], table["pijn_volgende_ochtend"], strict=True)
    }
    one = pd.Timedelta(days=1)
    before_of = {
        day: first[day] if first[day] is not None else after.get(day - one) for day in first
    }
    after_of = {
        day: after[day] if after[day] is not None else first.get(day + one) for day in first
    }
    return before_of, after_of


def daily_advice_frame(diary: pd.DataFrame) -> pd.DataFrame:
    """Apply the one-day rule to every diary day that has a pain-during score.

    Columns ``datum``, ``tijdens``, ``ochtend_ervoor``, ``ochtend_erna`` (NaN when not
    known, also after filling from the day before or after), ``decision``, ``rule``
    (branch key) and ``reason`` (Dutch, without sources).

    Examples
    --------
    >>> diary = pd.DataFrame({"datum": ["2026-03-02", "2026-03-03"],
    ...     "pijn_eerste_stap": [3, 4], "pijn_activiteit": [2, 2],
    ...     "pijn_volgende_ochtend": [None, None]})
    >>> daily_advice_frame(diary)[["ochtend_erna", "decision"]].values.tolist()
    [[4.0, 'verminderen'], [nan, 'handhaven']]
    """
    return _day_frame(_checked_diary(diary))


def _day_frame(
    table: pd.DataFrame, start: pd.Timestamp | None = None, end: pd.Timestamp | None = None
) -> pd.DataFrame:
    before_of, after_of = _mornings(table)
    max_pain = value("max_pain")
    rows = []
    for day, during in zip(table["datum"], table["pijn_activiteit"], strict=True):
        if math.isnan(during) or (start is not None and not start <= day <= end):
            continue
        before, after = before_of[day], after_of[day]
        decision, key, numbers, _ = day_rule(float(during), after, before, max_pain=max_pain)
        rows.append(
            {
                "datum": day,
                "tijdens": float(during),
                "ochtend_ervoor": math.nan if before is None else before,
                "ochtend_erna": math.nan if after is None else after,
                "decision": decision,
                "rule": key,
                "reason": day_reason(key, numbers, max_pain=max_pain),
            }
        )
    return pd.DataFrame(rows, columns=DAY_COLUMNS)


def _advice(decision: str, key: str, zone: str, **values: object) -> Advice:
    """Return the week's outcome, with the branch's sources from ``data/pain_rule.yaml``."""
    sources = BRANCH_SOURCES[key]
    extra = values.pop("extra", "")
    reason = f"{fill(key, **values)}{extra} {source_text(sources)}"
    return Advice(decision, reason, zone, key, sources)


def _first_step_rise(week_mornings: list[tuple[pd.Timestamp, float]]) -> tuple | None:
    """Largest rise from an earlier morning to the latest one, or None."""
    if len(week_mornings) < 2:
        return None
    last_day, last = week_mornings[-1]
    low_day, low = min(week_mornings[:-1], key=lambda item: (item[1], -item[0].toordinal()))
    return (low_day, low, last_day, last) if last - low >= value("min_important_change") else None


def advise_from_diary(diary: pd.DataFrame, *, today: dt.date | None = None) -> Advice:
    """Outcome of the pain rule for the 7 days up to ``today`` of a pain diary.

    The checks, first match wins, are W1-W9 in :mod:`hielspoor.monitoring`; each day is
    judged with the one-day rule (D1-D8). A day without a morning score before and after
    cannot be judged and never counts towards ``"opbouwen"``.

    Parameters
    ----------
    diary
        Pain diary with columns ``datum``, ``pijn_eerste_stap``, ``pijn_activiteit`` and
        ``pijn_volgende_ochtend`` (0-10, empty allowed); other columns are ignored.
    today
        Last day of the week to judge; default: the last date in the diary.

    Raises
    ------
    InputError
        Missing columns, an empty diary, a bad date, a score outside 0-10, or no
        pain-during score in the 7 days up to ``today`` (Dutch message naming the date).

    Examples
    --------
    >>> days = pd.date_range("2026-03-02", periods=7)
    >>> diary = pd.DataFrame({"datum": days, "pijn_eerste_stap": [3] * 7,
    ...                       "pijn_activiteit": [2] * 7, "pijn_volgende_ochtend": [3] * 7})
    >>> advise_from_diary(diary).decision
    'opbouwen'
    >>> advise_from_diary(diary.assign(pijn_eerste_stap=None, pijn_volgende_ochtend=None)).rule
    'week_too_few'
    """
    table = _checked_diary(diary)
    last = table["datum"].max()
    end = last if today is None else pd.Timestamp(check_date(today, name="Vandaag"))
    return _advise(table, end)


def _advise(table: pd.DataFrame, end: pd.Timestamp) -> Advice:
    """Apply W1-W9 to a table from :func:`_checked_diary` for the 7 days up to ``end``."""
    # Only the window and its neighbouring mornings matter (speed on a 10-year diary).
    start = end - pd.Timedelta(days=6)
    week = table[(table["datum"] >= start) & (table["datum"] <= end)]
    days = _day_frame(table, start, end)
    if days.empty:
        raise InputError(fill("no_scores", end=format_date(end)))
    zone = pain_zone(days["tijdens"].max())

    # W1: persistent severe pain.
    worst = week[list(PAIN_COLUMNS)].max(axis=1)
    severe_days = int((worst >= value("severe_pain")).sum())
    if severe_days >= value("severe_days"):
        return _advice("raadpleeg", "week_severe", zone, days=str(severe_days))

    # W2: no important improvement after the programme's 12 weeks.
    first_day = table["datum"].min()
    span_days = (end - first_day).days + 1
    if span_days >= value("programme_weeks") * 7:
        baseline = table.loc[table["datum"] <= first_day + pd.Timedelta(days=6), "pijn_eerste_stap"]
        baseline, recent = baseline.mean(), week["pijn_eerste_stap"].mean()
        if (
            not math.isnan(baseline)
            and not math.isnan(recent)
            and recent > value("green_max")
            and baseline - recent < value("min_important_change")
        ):
            return _advice(
                "raadpleeg", "week_no_improvement", zone,
                weeks_done=str(span_days // 7),
                baseline=round(baseline, 1), recent=round(recent, 1),
            )  # fmt: skip

    # W3: the last day, or at least 2 days, went too far.
    bad = days[days["decision"].isin(ACTION_DECISIONS)]
    if not bad.empty and (bad.index[-1] == days.index[-1] or len(bad) >= value("bad_days")):
        last = bad.iloc[-1]
        key = "week_last_day_bad" if len(bad) == 1 else "week_bad_days"
        return _advice(
            "verminderen", key, zone,
            count=str(len(bad)), date=format_date(last["datum"]), day_reason=last["reason"],
        )  # fmt: skip

    # W4: first-step pain rose by at least the minimal important change.
    before_of, after_of = _mornings(table)
    mornings = [(day, before_of[day]) for day in week["datum"] if before_of[day] is not None]
    if end in after_of and after_of[end] is not None:
        mornings.append((end + pd.Timedelta(days=1), after_of[end]))
    rise = _first_step_rise(mornings)
    if rise is not None:
        low_day, low, high_day, high = rise
        return _advice(
            "verminderen", "week_first_step_rise", zone,
            low=low, low_date=format_date(low_day), high=high, high_date=format_date(high_day),
            rise=round(high - low, 1),
        )  # fmt: skip

    # W5: weekly mean pain rose by 1 point or more.
    previous = table[(table["datum"] >= start - pd.Timedelta(days=7)) & (table["datum"] < start)]
    for column, what in (
        ("pijn_activiteit", "what_during"),
        ("pijn_eerste_stap", "what_first_step"),
    ):
        now, then = week[column].mean(), previous[column].mean()
        if not math.isnan(now) and not math.isnan(then) and now - then >= value("weekly_increase"):
            return _advice(
                "verminderen", "week_increase", zone,
                what=fill(what), now=round(now, 1), then=round(then, 1),
            )  # fmt: skip

    unjudged = days["rule"].isin(("day_no_next_morning", "day_no_morning_before"))
    missing = (
        fill("week_missing_mornings", missing=str(int(unjudged.sum()))) if unjudged.any() else ""
    )
    extra = f" {missing}" if missing else ""

    # W6: one earlier day went too far, the days after it were fine.
    if not bad.empty:
        last = bad.iloc[-1]
        return _advice(
            "handhaven", "week_one_slip", zone,
            date=format_date(last["datum"]), day_reason=last["reason"], extra=extra,
        )  # fmt: skip

    judged = int((~unjudged).sum())
    all_green = bool((days["tijdens"] <= value("green_max")).all())
    # W7: every day green, the judged ones settled, and enough judged days.
    if all_green and judged >= value("min_days_to_progress"):
        return _advice(
            "opbouwen", "week_progress", zone,
            judged=str(judged), extra=extra,
        )  # fmt: skip
    # W8: too few days on which recovery could be judged.
    if all_green or judged == 0:
        return _advice("handhaven", "week_too_few", zone, judged=str(judged), extra=extra)
    # W9: within the limit but not all green.
    return _advice("handhaven", "week_keep", zone, extra=extra)
