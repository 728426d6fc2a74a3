"""Computing the plan: phases, the day-by-day plan, its adjustment and weekly volume.

The doses and their sources are described in :mod:`hielspoor.programme`. A plan is a
:class:`pandas.DataFrame` with one row per exercise per day (:data:`PLAN_COLUMNS`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import pandas as pd

from hielspoor.display.disclaimers import DISCLAIMER
from hielspoor.display.format import format_date, weekday_nl
from hielspoor.schemas.registry import load_table
from hielspoor.validation import InputError, check_date, check_range


@dataclass(frozen=True)
class Phase:
    """One phase of the heel-raise progression (``rathleff2015``).

    Attributes
    ----------
    number
        Phase number, 1-3.
    first_week
        First programme week of the phase (1-based).
    sets
        Number of sets per session.
    reps
        Repetitions per set, done as a repetition maximum (RM): a load you can lift
        exactly this often with good form.
    """

    number: int
    first_week: int
    sets: int
    reps: int


PHASES = (Phase(1, 1, 3, 12), Phase(2, 3, 4, 10), Phase(3, 7, 5, 8))
"""Heel-raise phases of Rathleff et al. (2015): 12RM x 3, after 2 weeks 10RM x 4,
after 4 more weeks 8RM x 5."""

TEMPO = "3 s omhoog, 2 s vasthouden, 3 s omlaag"
"""Heel-raise tempo (``rathleff2015``)."""

HEEL_RAISE = "hielheffen"
STRETCHES = ("kuitrek_gastrocnemius", "kuitrek_soleus")
"""Default daily stretches: gastrocnemius (knee straight) and soleus (knee bent)."""

PROGRAMME_WEEKS = 12
"""Minimum programme length in weeks (``vsg2026``)."""

PLAN_COLUMNS = [
    "date",
    "week",
    "exercise",
    "sets",
    "reps",
    "tempo",
    "notes",
    "exercise_id",
    "phase",
    "progression_week",
    "status",
]

STATUS_PLANNED, STATUS_ADJUSTED, STATUS_PAUSED = "gepland", "aangepast", "gepauzeerd"

LEARNING_NOTE = f"{DISCLAIMER} Dit is geen behandelvoorschrift."


@cache
def exercises() -> pd.DataFrame:
    """Exercise catalogue from ``data/exercises.csv``, indexed by ``id``.

    Columns: ``name_nl``, ``instructions_nl``, ``dose``, ``frequency``, ``source``.

    Examples
    --------
    >>> exercises().loc["hielheffen", "source"]
    'rathleff2015'
    """
    return load_table("oefeningen").set_index("id")


def _unknown_exercise(exercise_id: object) -> str:
    """Return the Dutch message for an exercise id that is not in the catalogue."""
    return (
        f"Onbekende oefening: '{str(exercise_id)[:40]}'. Kies een van: "
        f"{', '.join(exercises().index)}."
    )


def phase_for_week(week: int) -> Phase:
    """Return the heel-raise phase for programme week ``week`` (1-based).

    Examples
    --------
    >>> [phase_for_week(week).sets for week in (1, 2, 3, 6, 7, 12)]
    [3, 3, 4, 4, 5, 5]
    """
    number = int(check_range(week, label="Week", low=1, high=520, integer=True))
    current = PHASES[0]
    for phase in PHASES:
        if number >= phase.first_week:
            current = phase
    return current


def _heel_raise_note(phase: Phase) -> str:
    if phase.number == 1:
        return (
            f"Zwaar genoeg dat je net {phase.reps} keer lukt ({phase.reps}RM). "
            "Lukt één been niet: omhoog op twee benen, omlaag op één."
        )
    return (
        f"Nieuw: {phase.sets} sets van {phase.reps} ({phase.reps}RM). Gaat het makkelijk, "
        "doe dan extra boeken in een rugzak."
    )


def weekly_plan(
    start: dt.date,
    *,
    weeks: int = PROGRAMME_WEEKS,
    stretches: tuple[str, ...] = STRETCHES,
    heel_raises: bool = True,
) -> pd.DataFrame:
    """Day-by-day plan of the heel-raise programme and daily stretching.

    Heel raises on day 1, 3, 5, ... (every other day) with the dose of
    :func:`phase_for_week`; each stretch in ``stretches`` every day.

    Parameters
    ----------
    start
        First day of the programme (a date, or text ``dd-mm-jjjj``).
    weeks
        Length in weeks, 1-52; the guideline advises at least 12 (``vsg2026``).
    stretches
        Exercise ids from ``data/exercises.csv`` to do daily; ``()`` for none.
    heel_raises
        Include the heel-raise programme (``rathleff2015``).

    Returns
    -------
    pandas.DataFrame
        Columns ``date`` (datetime64), ``week``, ``exercise`` (Dutch name), ``sets``,
        ``reps`` (Int64; empty for stretches), ``tempo``, ``notes``, ``exercise_id``,
        ``phase`` (Int64), ``progression_week`` (week whose dose is used), ``status``.

    Raises
    ------
    InputError
        Bad date, weeks outside 1-52, or an unknown exercise id.

    Notes
    -----
    Doses from ``rathleff2015``; frequency of stretching from ``vsg2026``, which
    offers stretching *or* strength training; doing both is a course choice.

    Examples
    --------
    >>> plan = weekly_plan(dt.date(2026, 3, 2))
    >>> heel = plan[plan["exercise_id"] == "hielheffen"]
    >>> len(heel), heel["date"].iloc[1].strftime("%d-%m-%Y")
    (42, '04-03-2026')
    """
    first = check_date(start, name="Startdatum")
    n_weeks = int(check_range(weeks, label="Aantal weken", low=1, high=52, integer=True))
    if not isinstance(heel_raises, bool):
        raise InputError("Hielheffen: kies ja (True) of nee (False).")
    if not isinstance(stretches, tuple | list) or not all(isinstance(i, str) for i in stretches):
        raise InputError("Rekoefeningen: geef een lijst met namen van oefeningen.")
    catalogue = exercises()
    unknown = [item for item in stretches if item not in catalogue.index]
    if unknown:
        raise InputError(_unknown_exercise(unknown[0]))
    rows = []
    for offset in range(n_weeks * 7):
        day = first + dt.timedelta(days=offset)
        week = offset // 7 + 1
        if heel_raises and offset % 2 == 0:
            phase = phase_for_week(week)
            rows.append(
                {
                    "date": day,
                    "week": week,
                    "exercise": catalogue.loc[HEEL_RAISE, "name_nl"],
                    "sets": phase.sets,
                    "reps": phase.reps,
                    "tempo": TEMPO,
                    "notes": _heel_raise_note(phase) if week == phase.first_week else "",
                    "exercise_id": HEEL_RAISE,
                    "phase": phase.number,
                    "progression_week": week,
                    "status": STATUS_PLANNED,
                }
            )
        for stretch in stretches:
            rows.append(
                {
                    "date": day,
                    "week": week,
                    "exercise": catalogue.loc[stretch, "name_nl"],
                    "sets": pd.NA,
                    "reps": pd.NA,
                    "tempo": "rustig vasthouden, niet veren",
                    "notes": "",
                    "exercise_id": stretch,
                    "phase": pd.NA,
                    "progression_week": week,
                    "status": STATUS_PLANNED,
                }
            )
    return _typed(pd.DataFrame(rows, columns=PLAN_COLUMNS))


def check_plan(plan: object) -> pd.DataFrame:
    """Return a typed copy of a plan from :func:`weekly_plan`, or raise a Dutch InputError.

    Checks that it is a table with the plan's columns and a valid date in every row.
    """
    if not isinstance(plan, pd.DataFrame):
        raise InputError("Dit is geen oefenplan: geef een tabel van weekly_plan.")
    missing = [column for column in PLAN_COLUMNS if column not in plan.columns]
    if missing:
        raise InputError(f"Dit is geen oefenplan: de kolom(men) {', '.join(missing)} ontbreken.")
    try:
        typed = _typed(plan.loc[:, PLAN_COLUMNS])
    except (TypeError, ValueError, OverflowError, pd.errors.OutOfBoundsDatetime):
        raise InputError("Dit oefenplan heeft een datum of dosis die niet klopt.") from None
    if typed["date"].isna().any():
        raise InputError("Dit oefenplan heeft een rij zonder datum.")
    return typed


def _typed(plan: pd.DataFrame) -> pd.DataFrame:
    plan = plan.copy()
    plan["date"] = pd.to_datetime(plan["date"]).astype("datetime64[s]")
    for column in ("week", "sets", "reps", "phase", "progression_week"):
        plan[column] = plan[column].astype("Int64")
    for column in ("exercise", "tempo", "notes", "exercise_id", "status"):
        plan[column] = plan[column].fillna("").astype(str)
    return plan.reset_index(drop=True)


def weekly_volume(plan: pd.DataFrame) -> pd.DataFrame:
    """Heel-raise volume per week: sessions, sets and repetitions (sets x reps).

    Examples
    --------
    >>> volume = weekly_volume(weekly_plan(dt.date(2026, 3, 2)))
    >>> volume.loc[volume["week"] == 1, ["sessions", "sets", "repetitions"]].values.tolist()
    [[4, 12, 144]]
    """
    plan = check_plan(plan)
    heel = plan[(plan["exercise_id"] == HEEL_RAISE) & plan["sets"].notna()].copy()
    heel["repetitions"] = heel["sets"] * heel["reps"]
    weeks = pd.DataFrame({"week": pd.array(sorted(plan["week"].unique()), dtype="Int64")})
    grouped = (
        heel.groupby("week", as_index=False)
        .agg(
            sessions=("date", "nunique"),
            sets=("sets", "sum"),
            repetitions=("repetitions", "sum"),
            phase=("phase", "max"),
        )
        .astype({"week": "Int64"})
    )
    volume = weeks.merge(grouped, on="week", how="left")
    for column in ("sessions", "sets", "repetitions"):
        volume[column] = volume[column].fillna(0).astype("Int64")
    volume["phase"] = volume["phase"].astype("Int64")
    return volume


def dose_text(row: pd.Series) -> str:
    """Return the dose of one plan row as Dutch text (``"3 × 12"``, ``"gepauzeerd"``)."""
    if row["status"] == STATUS_PAUSED:
        return "gepauzeerd"
    if pd.isna(row["sets"]):
        return "dagelijks rekken"
    return f"{row['sets']} × {row['reps']}"


def plan_frame(plan: pd.DataFrame) -> pd.DataFrame:
    """Printable plan: one row per exercise per day, Dutch headers and dates.

    Columns ``Week``, ``Dag``, ``Datum`` (dd-mm-jjjj), ``Oefening``, ``Dosis``
    (sets × herhalingen), ``Tempo``, ``Opmerking``.

    Examples
    --------
    >>> table = plan_frame(weekly_plan(dt.date(2026, 3, 2), weeks=1))
    >>> table.iloc[0][["Dag", "Datum", "Dosis"]].tolist()
    ['ma', '02-03-2026', '3 × 12']
    """
    plan = check_plan(plan)
    return pd.DataFrame(
        {
            "Week": plan["week"].astype(int),
            "Dag": [weekday_nl(day) for day in plan["date"]],
            "Datum": [format_date(day) for day in plan["date"]],
            "Oefening": plan["exercise"],
            "Dosis": [dose_text(row) for _, row in plan.iterrows()],
            "Tempo": plan["tempo"],
            "Opmerking": plan["notes"],
        }
    ).reset_index(drop=True)
