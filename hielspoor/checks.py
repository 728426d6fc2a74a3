"""Self-checks for the numeric exercises: right or not, and a hint, without the solution.

In a chapter a student writes an answer and calls :func:`controleer`::

    antwoord = 1500          # your answer, here in newton
    controleer("ex-belasting-1", antwoord)

The expected value is computed here, from the course's own models and data, when the check
runs: no answer is stored in the notebook (or the student version). A wrong answer gets a
hint that points to the step, not to the number; a typical slip (kg-kracht instead of
newton, a fraction instead of a percentage) gets its own hint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from hielspoor.display.format import format_number
from hielspoor.validation import InputError, check_number


@dataclass(frozen=True)
class Check:
    """The outcome of one self-check: right or not, and the Dutch feedback."""

    exercise: str
    correct: bool
    message: str

    def __repr__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Target:
    """What a numeric answer must be: a range, its unit, a hint, and typical slips."""

    low: float
    high: float
    unit: str
    hint: str
    slips: tuple[tuple[float, float, str], ...] = ()


def _load_running() -> Target:
    from hielspoor import load

    force = load.step_force(body_mass_kg=70, activity="hardlopen")
    return Target(
        force.low_n * 0.97, force.high_n * 1.03, "N",
        "Zoek de piekkracht bij hardlopen op als veelvoud van het lichaamsgewicht, en "
        "reken om naar newton (1 kg-kracht is 9,81 N).",
        ((force.low_kgf * 0.97, force.high_kgf * 1.03,
          "Dat lijkt kg-kracht. Geef de kracht in newton: keer 9,81."),),
    )  # fmt: skip


def _weight_loss() -> Target:
    return Target(
        9.5, 10.5, "%",
        "De kracht is een vast veelvoud van het gewicht. Wat doet 10 van de 100 kg minder "
        "dan met de kracht?",
        ((0.095, 0.105, "Geef het antwoord als percentage (dus 10 voor 10 procent)."),),
    )  # fmt: skip


def _calf_knee() -> Target:
    from hielspoor import calf

    straight = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=20,
                                 shank_length_mm=400)  # fmt: skip
    bent = calf.calf_lengths(knee_flexion_deg=60, ankle_dorsiflexion_deg=20,
                             shank_length_mm=400)  # fmt: skip
    name = next(key for key in straight if "medial" in key.lower())
    shorter = straight[name] - bent[name]
    return Target(
        shorter - 0.3,
        shorter + 0.3,
        "mm",
        "Alleen de knie verandert: vermenigvuldig de kniecoëfficiënt van de gastrocnemius "
        "medialis met de kniehoek en de lengte van het onderbeen.",
    )


def _arch_tension() -> Target:
    from hielspoor import windlass

    def tension(height_mm: float) -> float:
        return windlass.fascia_tension_truss(body_mass_kg=80, arch_height_mm=height_mm,
                                             span_mm=139)  # fmt: skip

    percent = (tension(30) / tension(37) - 1) * 100
    return Target(
        percent - 1, percent + 1, "%",
        "In T = F·L/(4h) zijn F en L gelijk; alleen de hoogte h verschilt. Deel de twee "
        "spanningen op elkaar.",
        ((-percent, -percent * 0.6, "Je rekent de lage boog als uitgangspunt. De vraag is "
          "hoeveel procent méér spanning de lage boog geeft."),
         (1 + (percent - 1) / 100, 1 + (percent + 1) / 100,
          "Dat is de verhouding. Geef het verschil in procent."),),
    )  # fmt: skip


def _phase_three_repetitions() -> Target:
    from hielspoor import programme

    volume = programme.weekly_volume(programme.weekly_plan(dt.date(2026, 4, 6)))
    reps = float(volume.loc[volume["week"] == 7, "repetitions"].iloc[0])
    return Target(
        reps,
        reps,
        "herhalingen",
        "Tel in week 7 de trainingsdagen, en vermenigvuldig met sets × herhalingen van fase 3.",
    )


def _cohort_table():
    from hielspoor import stats
    from hielspoor.schemas.registry import load_table

    cohort = load_table("klascohort")
    return cohort, stats


def _cases() -> Target:
    cohort, _stats = _cohort_table()
    cases = float((cohort["hielpijn"] == "ja").sum())
    hint = "Tel met value_counts() hoeveel mensen in het cohort hielpijn hebben."
    return Target(cases, cases, "mensen", hint)


def _bmi_odds_ratio() -> Target:
    cohort, stats = _cohort_table()
    table = stats.two_by_two(cohort["bmi"] > 30, cohort["hielpijn"], reference=cohort["bmi"] <= 25)
    value = stats.odds_ratio(table).estimate
    return Target(
        value - 0.05, value + 0.05, "",
        "Laat de groep met BMI 25 tot 30 weg en reken (a·d)/(b·c) met de cellen van de tabel.",
        ((1 / value - 0.02, 1 / value + 0.02,
          "Je hebt de tabel omgedraaid: zet de blootgestelden (BMI boven 30) bovenaan."),),
    )  # fmt: skip


def _mantel_haenszel() -> Target:
    cohort, stats = _cohort_table()
    strata = stats.stratified_odds_ratios(
        cohort["bmi"] > 30, cohort["hielpijn"], stats.age_groups(cohort["leeftijd"]),
        reference=cohort["bmi"] <= 25,
    ).set_index("groep")["or"]  # fmt: skip
    value, crude = strata["Mantel-Haenszel"], strata.filter(like="ruw").iloc[0]
    return Target(
        value - 0.05, value + 0.05, "",
        "Maak per leeftijdsgroep een 2×2-tabel en combineer ze met Σ(a·d/n) / Σ(b·c/n).",
        ((crude - 0.05, crude + 0.05, "Dat is de ruwe odds ratio. Gevraagd is de "
          "samengevoegde odds ratio over de leeftijdsgroepen (Mantel-Haenszel)."),),
    )  # fmt: skip


TARGETS: dict[str, Callable[[], Target]] = {
    "ex-belasting-1": _load_running,
    "ex-belasting-2": _weight_loss,
    "ex-voetkuit-1": _calf_knee,
    "ex-windas-1": _arch_tension,
    "ex-oefenprogramma-2": _phase_three_repetitions,
    "ex-klasdata-1": _cases,
    "ex-klasdata-2": _bmi_odds_ratio,
    "ex-klasdata-5": _mantel_haenszel,
}


def _as_number(answer: object) -> float | None:
    """Read the answer with the course's one number check; None if it is not a number."""
    try:
        return check_number(answer, name="Antwoord", text=True)
    except InputError:
        return None


def controleer(exercise: str, answer: object) -> Check:
    """Check a student's numeric answer to ``exercise``; say in Dutch if it is right.

    Parameters
    ----------
    exercise
        The exercise label, e.g. ``"ex-belasting-1"``.
    answer
        A number (or text such as ``"23,5"``); ``...`` means not yet filled in.

    Examples
    --------
    >>> controleer("ex-belasting-2", 10).correct
    True
    >>> controleer("ex-belasting-2", 0.1)
    Nog niet goed. Geef het antwoord als percentage (dus 10 voor 10 procent).
    >>> controleer("ex-belasting-2", ...)
    Vul eerst je antwoord in: zet een getal op de plaats van de drie puntjes (...).
    """
    if exercise not in TARGETS:
        known = ", ".join(sorted(TARGETS))
        return Check(exercise, False, f"Onbekende opgave '{exercise}'. Bekend: {known}.")
    if answer is Ellipsis:
        return Check(exercise, False, "Vul eerst je antwoord in: zet een getal op de plaats "
                                      "van de drie puntjes (...).")  # fmt: skip
    number = _as_number(answer)
    if number is None:
        shown = str(answer) if len(str(answer)) <= 40 else str(answer)[:37] + "…"
        return Check(exercise, False, f"'{shown}' is geen getal. Geef je antwoord als getal, "
                                      "bijvoorbeeld 12,5 of 12.5.")  # fmt: skip
    target = TARGETS[exercise]()
    if target.low - 1e-9 <= number <= target.high + 1e-9:
        unit = f" {target.unit}" if target.unit else ""
        shown = format_number(number, decimals=None if number == int(number) else 2)
        return Check(exercise, True, f"Goed! {shown}{unit} klopt. "
                                     "Vergelijk je uitleg nu met de uitwerking.")  # fmt: skip
    for low, high, slip in target.slips:
        if min(low, high) <= number <= max(low, high):
            return Check(exercise, False, f"Nog niet goed. {slip}")
    return Check(exercise, False, f"Nog niet goed. Tip: {target.hint}")
