"""Body-mass index and the load on the foot per step and per day.

All loads scale linearly with body weight: a load factor (× body weight) from
``data/load_coefficients.csv`` times the weight. Each coefficient carries its
bibtex key, shown next to the number wherever a reader sees it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import pandas as pd

from hielspoor.schemas.registry import load_table
from hielspoor.validation import InputError, check_choice, check_number, check_range

G = 9.81  # m/s², standard gravity: 1 kg-force = 9.81 N
ACTIVITIES = ("lopen", "hardlopen", "traplopen")

# Input limits (inclusive; the course's own choice): outside these the model is not meant
# for people.
MASS_KG = (25.0, 300.0)
HEIGHT_CM = (100.0, 230.0)
HEIGHT_M = (HEIGHT_CM[0] / 100, HEIGHT_CM[1] / 100)
STEPS_PER_DAY = (0, 60_000)
BMI_RANGE = (5.0, 250.0)
MAX_GRID_MASSES = 10_000

# WHO adult BMI classes: lower bound (kg/m²) and Dutch label (who2000).
BMI_CLASSES = (
    (0.0, "ondergewicht"),
    (18.5, "gezond gewicht"),
    (25.0, "overgewicht"),
    (30.0, "obesitas"),
)


@dataclass(frozen=True)
class LoadRange:
    """A peak load per step as a range, in newton and kilogram-force, with its source."""

    low_n: float
    high_n: float
    source: str

    @property
    def low_kgf(self) -> float:
        """Lower bound in kilogram-force."""
        return self.low_n / G

    @property
    def high_kgf(self) -> float:
        """Upper bound in kilogram-force."""
        return self.high_n / G


@dataclass(frozen=True)
class LoadProfile:
    """Everything the calculator shows for one person and one activity."""

    body_mass_kg: float
    height_cm: float
    activity: str
    steps_per_day: int
    bmi: float
    bmi_class: str
    step_force: LoadRange
    fascia_tension: LoadRange | None
    daily_load_per_foot_kn: tuple[float, float]


def bmi(*, body_mass_kg: float, height_m: float) -> float:
    """Body-mass index in kg/m².

    Parameters
    ----------
    body_mass_kg
        Body mass in kilograms, 25-300.
    height_m
        Standing height in metres (not centimetres), 1,00-2,30.

    Raises
    ------
    InputError
        For anything that is not a plausible adult mass or height, with a Dutch
        hint when the height looks like centimetres.

    Examples
    --------
    >>> round(bmi(body_mass_kg=80, height_m=1.80), 1)
    24.7
    """
    mass = check_mass_kg(body_mass_kg)
    low, high = HEIGHT_M
    height = check_number(
        height_m, name="Lengte", low=low, high=high, unit="m",
        hint="Geef de lengte in meters: 180 cm is height_m=1.8.",
    )  # fmt: skip
    return mass / height**2


def bmi_class(*, bmi_kg_m2: float) -> str:
    """Dutch name of the WHO adult BMI class for ``bmi_kg_m2``.

    Notes
    -----
    WHO (2000) cut-offs: < 18.5 underweight, 18.5–24.9 normal, 25–29.9 overweight,
    ≥ 30 obesity (``who2000``). For adults only; a boundary value belongs to the
    higher class. Values outside 5–250 kg/m² (the course's own plausibility
    limits) are refused rather than classified.

    Examples
    --------
    >>> bmi_class(bmi_kg_m2=24.99), bmi_class(bmi_kg_m2=25.0)
    ('gezond gewicht', 'overgewicht')
    """
    value = check_number(bmi_kg_m2, name="BMI", low=BMI_RANGE[0], high=BMI_RANGE[1],
                         unit="kg/m²")  # fmt: skip
    label = BMI_CLASSES[0][1]
    for lower, name in BMI_CLASSES:
        if value >= lower:
            label = name
    return label


@cache
def load_coefficients() -> pd.DataFrame:
    """Load factors (× body weight) per activity and quantity, with source keys."""
    return load_table("belastingcoefficienten")


def _factors(activity: str, quantity: str) -> pd.Series | None:
    check_activity(activity)
    table = load_coefficients()
    rows = table[(table["activity"] == activity) & (table["quantity"] == quantity)]
    return None if rows.empty else rows.iloc[0]


def _load_range(row: pd.Series, body_mass_kg: float) -> LoadRange:
    weight_n = body_mass_kg * G
    return LoadRange(
        float(row["factor_low"]) * weight_n, float(row["factor_high"]) * weight_n, row["source"]
    )


def check_activity(activity: object) -> str:
    """Return ``activity`` if it is one the model knows, else raise a Dutch error."""
    return check_choice(activity, name="Activiteit", choices=ACTIVITIES)


def check_mass_kg(value: object) -> float:
    """Check a body mass given as a number in kg (25–300 kg; Dutch error otherwise)."""
    return check_number(value, name="Gewicht", low=MASS_KG[0], high=MASS_KG[1], unit="kg")


def step_force(*, body_mass_kg: float, activity: str = "lopen") -> LoadRange:
    """Peak vertical ground-reaction force under one foot per step, as a range.

    Parameters
    ----------
    body_mass_kg
        Body mass in kilograms, 25-300.
    activity
        ``"lopen"``, ``"hardlopen"`` or ``"traplopen"``.

    Notes
    -----
    Force = factor × body mass × g, with the factor range from
    ``data/load_coefficients.csv`` (walking and running: ``keller1996``; stairs:
    ``stacoff2005``). Linear in body mass.

    Examples
    --------
    >>> f = step_force(body_mass_kg=80, activity="lopen")
    >>> round(f.low_kgf), round(f.high_kgf)
    (88, 104)
    """
    mass = check_mass_kg(body_mass_kg)
    return _load_range(_factors(activity, "grondreactiekracht"), mass)


def fascia_tension(*, body_mass_kg: float, activity: str = "lopen") -> LoadRange | None:
    """Peak plantar-fascia tension per step, or ``None`` where no measured value exists.

    Notes
    -----
    Walking only: 0.96 ± 0.36 × body weight in a cadaver gait simulator
    (``erdemir2004``) and about 1.5 × in a model (``caravaggi2009``), so the range is
    0.6–1.5 × body weight.

    Examples
    --------
    >>> round(fascia_tension(body_mass_kg=80).high_n)
    1177
    >>> fascia_tension(body_mass_kg=80, activity="hardlopen") is None
    True
    """
    mass = check_mass_kg(body_mass_kg)
    row = _factors(activity, "fasciaspanning")
    return None if row is None else _load_range(row, mass)


def daily_load_per_foot_kn(
    *, body_mass_kg: float, activity: str, steps_per_day: int
) -> tuple[float, float]:
    """Sum of the peak forces under one foot over a day, in kilonewton (low, high).

    Half of the steps land on each foot. A crude measure of how much the tissue is
    loaded in a day; it ignores speed, surface and shoes.

    Examples
    --------
    >>> low, high = daily_load_per_foot_kn(body_mass_kg=80, activity="lopen", steps_per_day=8000)
    >>> round(low), round(high)
    (3453, 4081)
    """
    force = step_force(body_mass_kg=body_mass_kg, activity=activity)
    low, high = STEPS_PER_DAY
    steps = check_number(steps_per_day, name="Stappen per dag", low=low, high=high, integer=True)
    steps_per_foot = steps / 2
    return force.low_n * steps_per_foot / 1000, force.high_n * steps_per_foot / 1000


def extra_force_per_kg(*, activity: str = "lopen") -> LoadRange:
    """Extra peak force per step for each extra kilogram of body mass.

    The answer to the myth "every extra kilo triples the pressure": it adds about
    1.1–1.3 kg-force per walking step.

    Examples
    --------
    >>> f = extra_force_per_kg(activity="lopen")
    >>> round(f.low_kgf, 1), round(f.high_kgf, 1)
    (1.1, 1.3)
    """
    return _load_range(_factors(activity, "grondreactiekracht"), 1.0)


def check_body_mass(value: object) -> float:
    """Parse a typed body mass in kg and check it lies in 25–300 kg (Dutch error otherwise)."""
    return check_range(value, label="Gewicht", low=MASS_KG[0], high=MASS_KG[1], unit="kg")


def check_height(value: object) -> float:
    """Parse a typed height in cm and check it lies in 100–230 cm (Dutch error otherwise)."""
    return check_range(value, label="Lengte", low=HEIGHT_CM[0], high=HEIGHT_CM[1], unit="cm")


def check_steps(value: object) -> int:
    """Parse typed steps per day: a whole number from 0 to 60.000 (Dutch error otherwise)."""
    low, high = STEPS_PER_DAY
    return int(check_range(value, label="Stappen per dag", low=low, high=high, integer=True))


def load_profile(
    *, body_mass_kg: object, height_cm: object, activity: str, steps_per_day: object
) -> LoadProfile:
    """Check the inputs and compute everything the calculator shows.

    Parameters
    ----------
    body_mass_kg, height_cm, steps_per_day
        Numbers or text as typed in the form (a decimal comma is fine). Limits:
        weight 25–300 kg, height 100–230 cm, steps 0–60.000 per day (whole number).
    activity
        ``"lopen"``, ``"hardlopen"`` or ``"traplopen"``.

    Raises
    ------
    InputError
        With a Dutch message naming the field, for empty, non-numeric or
        out-of-range input.

    Examples
    --------
    >>> profile = load_profile(body_mass_kg="80", height_cm="180", activity="lopen",
    ...                        steps_per_day="8000")
    >>> round(profile.bmi, 1), profile.bmi_class
    (24.7, 'gezond gewicht')
    """
    mass = check_body_mass(body_mass_kg)
    height = check_height(height_cm)
    steps = check_steps(steps_per_day)
    check_activity(activity)
    value = bmi(body_mass_kg=mass, height_m=height / 100)
    return LoadProfile(
        body_mass_kg=mass,
        height_cm=height,
        activity=activity,
        steps_per_day=steps,
        bmi=value,
        bmi_class=bmi_class(bmi_kg_m2=value),
        step_force=step_force(body_mass_kg=mass, activity=activity),
        fascia_tension=fascia_tension(body_mass_kg=mass, activity=activity),
        daily_load_per_foot_kn=daily_load_per_foot_kn(
            body_mass_kg=mass, activity=activity, steps_per_day=steps
        ),
    )


def load_grid(*, masses_kg: Iterable[float] = range(40, 201)) -> pd.DataFrame:
    """Tabulate peak force per step for every activity and each body mass in ``masses_kg``.

    Used by the static chart, so the book shows the package's own numbers.
    Columns: gewicht_kg, activiteit, kracht_laag_n, kracht_hoog_n, kracht_midden_n,
    kgf_laag, kgf_hoog, bron. At most 10.000 masses, each within 25–300 kg.
    """
    if isinstance(masses_kg, str | bytes) or not isinstance(masses_kg, Iterable):
        raise InputError("Gewichten: geef een reeks getallen in kg, bijvoorbeeld range(40, 201).")
    masses = list(itertools.islice(masses_kg, MAX_GRID_MASSES + 1))
    if len(masses) > MAX_GRID_MASSES:
        raise InputError(f"Gewichten: hoogstens {MAX_GRID_MASSES:_} waarden.".replace("_", "."))
    for mass in masses:
        check_mass_kg(mass)
    rows = []
    for activity in ACTIVITIES:
        factors = _factors(activity, "grondreactiekracht")  # one look-up per activity
        for mass in masses:
            force = _load_range(factors, mass)
            rows.append(
                {
                    "gewicht_kg": mass,
                    "activiteit": activity,
                    "kracht_laag_n": round(force.low_n, 1),
                    "kracht_hoog_n": round(force.high_n, 1),
                    "kracht_midden_n": round((force.low_n + force.high_n) / 2, 1),
                    "kgf_laag": round(force.low_kgf, 1),
                    "kgf_hoog": round(force.high_kgf, 1),
                    "bron": force.source,
                }
            )
    return pd.DataFrame(rows)
