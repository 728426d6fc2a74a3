"""Adjusting a plan to the outcome of the pain rule (:mod:`hielspoor.monitoring`)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.monitoring import DECISIONS, Advice
from hielspoor.programme.plan import (
    HEEL_RAISE,
    PROGRAMME_WEEKS,
    STATUS_ADJUSTED,
    STATUS_PAUSED,
    check_plan,
    phase_for_week,
    weekly_plan,
)
from hielspoor.validation import InputError, check_date, check_range


def adjust_plan(
    plan: pd.DataFrame, advice: Advice | str, *, from_date: dt.date | None = None
) -> pd.DataFrame:
    """Adjust the rest of a plan to the advice of the pain-monitoring rule.

    * ``"opbouwen"``: keep progressing as planned (add load when it gets easy);
    * ``"handhaven"``: repeat the current dose: the heel-raise progression from
      ``from_date`` on is postponed by one week;
    * ``"verminderen"``: one set fewer (at least 1) in the coming 7 days, no extra
      weight, and the progression postponed by one week;
    * ``"raadpleeg"``: pause every exercise from ``from_date`` on until a GP or
      physiotherapist has been consulted.

    Parameters
    ----------
    plan
        A plan from :func:`weekly_plan` (possibly adjusted before; changes add up).
    advice
        An :class:`~hielspoor.monitoring.Advice` or its decision text.
    from_date
        First day the change applies to; default the first day of the plan.

    Returns
    -------
    pandas.DataFrame
        A new plan; rows before ``from_date`` are unchanged, changed rows get
        ``status`` ``"aangepast"`` or ``"gepauzeerd"`` and a Dutch note.

    Notes
    -----
    The rule is ``silbernagel2007`` (borrowed from Achilles tendinopathy); how the plan
    changes (one set fewer, one week later) is a course choice, not a tested protocol.

    Examples
    --------
    >>> plan = weekly_plan(dt.date(2026, 3, 2))
    >>> later = adjust_plan(plan, "handhaven", from_date=dt.date(2026, 3, 16))
    >>> heel = later[later["exercise_id"] == "hielheffen"]
    >>> heel.loc[heel["week"] == 3, "sets"].tolist()
    [3, 3, 3, 3]
    """
    decision = advice.decision if isinstance(advice, Advice) else str(advice)
    if decision not in DECISIONS:
        raise InputError(f"Onbekend advies '{decision}'; kies uit {', '.join(DECISIONS)}.")
    new = check_plan(plan)
    if new.empty:
        return new
    start = pd.Timestamp(
        new["date"].min() if from_date is None else check_date(from_date, name="Vanaf")
    )
    affected = new["date"] >= start
    heel = affected & (new["exercise_id"] == HEEL_RAISE)
    reason = advice.reason if isinstance(advice, Advice) else ""

    if decision == "opbouwen":
        first_heel = heel & (new["date"] == new.loc[heel, "date"].min())
        new.loc[first_heel, "notes"] = _join(
            new.loc[first_heel, "notes"],
            "Advies opbouwen: gaat het makkelijk, doe dan wat extra gewicht in je rugzak.",
        )
        return new

    if decision == "raadpleeg":
        new.loc[affected, ["sets", "reps"]] = pd.NA
        new.loc[affected, "status"] = STATUS_PAUSED
        new.loc[affected, "notes"] = (
            f"Gepauzeerd: overleg eerst met je huisarts of fysiotherapeut. {RED_FLAGS_NOTE}"
        )
        return new

    # Sets already taken off by an earlier "verminderen" stay off.
    planned_sets = [phase_for_week(int(week)).sets for week in new.loc[heel, "progression_week"]]
    earlier_cut = (
        pd.Series(planned_sets, index=new.index[heel], dtype="Int64") - new.loc[heel, "sets"]
    ).fillna(0)
    new.loc[heel, "progression_week"] = (new.loc[heel, "progression_week"] - 1).clip(lower=1)
    phases = [phase_for_week(int(week)) for week in new.loc[heel, "progression_week"]]
    new.loc[heel, "phase"] = [phase.number for phase in phases]
    new.loc[heel, "sets"] = (
        pd.Series([phase.sets for phase in phases], index=new.index[heel], dtype="Int64")
        - earlier_cut
    ).clip(lower=1)
    new.loc[heel, "reps"] = [phase.reps for phase in phases]
    new.loc[heel, "status"] = STATUS_ADJUSTED
    if decision == "handhaven":
        note = "Advies handhaven: zelfde dosis nog een week, de opbouw schuift een week op."
        first_heel = heel & (new["date"] == new.loc[heel, "date"].min())
        new.loc[first_heel, "notes"] = _join(new.loc[first_heel, "notes"], note)
        return new

    coming_week = heel & (new["date"] < start + pd.Timedelta(days=7))
    new.loc[coming_week, "sets"] = (new.loc[coming_week, "sets"] - 1).clip(lower=1)
    note = "Advies verminderen: een set minder en geen extra gewicht deze week."
    if reason:
        note = f"{note} ({reason})"
    new.loc[coming_week, "notes"] = _join(new.loc[coming_week, "notes"], note)
    return new


def _join(notes: pd.Series, extra: str) -> pd.Series:
    return notes.map(lambda text: f"{text} {extra}".strip())


def plan_after_week(
    start: dt.date, advice: Advice | str, *, week_done: int, weeks: int = PROGRAMME_WEEKS
) -> pd.DataFrame:
    """Plan from ``start`` with ``advice`` applied from the week after ``week_done``.

    Examples
    --------
    >>> plan = plan_after_week(dt.date(2026, 3, 2), "verminderen", week_done=2)
    >>> plan.loc[plan["status"] == "aangepast", "date"].min().strftime("%d-%m-%Y")
    '16-03-2026'
    """
    first = check_date(start, name="Startdatum")
    n_weeks = int(check_range(weeks, label="Aantal weken", low=1, high=52, integer=True))
    done = int(check_range(week_done, label="Week", low=1, high=n_weeks, integer=True))
    plan = weekly_plan(first, weeks=n_weeks)
    return adjust_plan(plan, advice, from_date=first + dt.timedelta(days=7 * done))
