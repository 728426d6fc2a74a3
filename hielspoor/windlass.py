"""The windlass model of the foot arch and the tie-rod picture of the fascia.

The arch as a truss of two struts tied by the plantar fascia (Hicks 1954;
geometry from D'Hondt et al. 2024, in ``data/anatomy_coefficients.csv``). When
the toes dorsiflex, the fascia winds around the metatarsal head, the tie
shortens and the arch rises. :func:`fascia_tension_truss` gives the pull on the
tie when the arch carries a load.

Every function refuses inputs outside the range the model was built for with
an :class:`~hielspoor.validation.InputError` (Dutch message); nothing is
extrapolated. These models are for learning, not for diagnosis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import pandas as pd

from hielspoor.load import G
from hielspoor.schemas.registry import load_table
from hielspoor.validation import InputError, check_number

__all__ = [
    "MIN_CURVE_STEP_DEG",
    "TOE_DORSIFLEXION_RANGE_DEG",
    "WindlassGeometry",
    "WindlassState",
    "check_geometry",
    "default_windlass_geometry",
    "fascia_tension_truss",
    "foot_outline",
    "windlass_curve",
    "windlass_state",
]

#: Toe (metatarsophalangeal) dorsiflexion accepted by the windlass model, degrees.
TOE_DORSIFLEXION_RANGE_DEG = (0.0, 70.0)
#: Angle the fascia is already wrapped around the metatarsal head at neutral, radians.
WRAP_AT_NEUTRAL_RAD = math.pi / 4
#: Smallest step of :func:`windlass_curve` (at most 701 rows; a tiny step would never end).
MIN_CURVE_STEP_DEG = 0.1
#: Plausible geometry (mm, degrees): the course's own limits, wide around D'Hondt et al. 2024.
_GEOMETRY_LIMITS = {
    "a_mm": ("Achterste pijler (a)", 20.0, 200.0, "mm"),
    "b_mm": ("Voorste pijler (b)", 20.0, 200.0, "mm"),
    "phi0_deg": ("Hoek tussen de pijlers (φ0)", 60.0, 179.0, "graden"),
    "radius_mm": ("Straal van de metatarsaalkop (R)", 1.0, 30.0, "mm"),
    "toe_insertion_mm": ("Fascia tot de teen", 0.0, 100.0, "mm"),
}


@cache
def _windlass_rows() -> pd.Series:
    rows = load_table("anatomiecoefficienten")
    return rows[rows["model"] == "windas"].set_index("parameter")["value"]


@dataclass(frozen=True)
class WindlassGeometry:
    """Side-view geometry of the arch truss, in mm and degrees.

    Attributes
    ----------
    a_mm
        Fascia origin on the calcaneus to the midtarsal joint (rear strut).
    b_mm
        Midtarsal joint to the fascia under the metatarsal head (front strut).
    phi0_deg
        Angle between the struts at the midtarsal joint with the toes neutral.
    radius_mm
        Radius of the metatarsal head that the fascia winds around.
    toe_insertion_mm
        Fascia length from the metatarsal head to its insertion on the toe.
    """

    a_mm: float
    b_mm: float
    phi0_deg: float
    radius_mm: float
    toe_insertion_mm: float = 0.0

    def __post_init__(self) -> None:
        """Refuse a geometry no foot has (Dutch :class:`InputError`)."""
        for field, (name, low, high, unit) in _GEOMETRY_LIMITS.items():
            check_number(getattr(self, field), name=name, low=low, high=high, unit=unit)

    @property
    def height0_mm(self) -> float:
        """Arch height above the chord with the toes neutral (mm)."""
        return _height(self.a_mm, self.b_mm, math.radians(self.phi0_deg))

    @property
    def chord0_mm(self) -> float:
        """Heel-to-metatarsal-head distance with the toes neutral (mm)."""
        return _chord(self.a_mm, self.b_mm, math.radians(self.phi0_deg))

    @property
    def fascia_length_mm(self) -> float:
        """Length of the (inextensible) fascia: chord + wrap + toe part (mm)."""
        return self.chord0_mm + self.radius_mm * WRAP_AT_NEUTRAL_RAD + self.toe_insertion_mm


def default_windlass_geometry() -> WindlassGeometry:
    """Return the arch geometry of D'Hondt et al. (2024) from the data file.

    Notes
    -----
    ``dhondt2024``: a = 66.95 mm, b = 91.71 mm, phi0 = 121.89 degrees (2.1274
    rad) and a first-metatarsal-head radius of 9.5 mm, as in the authors'
    public model code. The toe insertion is 0 mm there, and the 45-degree wrap
    at neutral is an assumption of this course; neither changes the arch rise.

    Examples
    --------
    >>> round(default_windlass_geometry().chord0_mm, 1)
    139.2
    """
    values = _windlass_rows()
    return WindlassGeometry(
        a_mm=float(values["a"]),
        b_mm=float(values["b"]),
        phi0_deg=float(values["phi0"]),
        radius_mm=float(values["radius"]),
    )


@dataclass(frozen=True)
class WindlassState:
    """Arch shape at one toe angle (all lengths in mm, angles in degrees).

    Attributes
    ----------
    toe_deg
        Toe dorsiflexion.
    phi_deg
        Angle between the two struts at the midtarsal joint.
    chord_mm
        Straight distance from the fascia origin on the heel to the metatarsal head.
    arch_height_mm
        Height of the midtarsal joint above that chord.
    arch_rise_mm
        Arch height minus the height with the toes neutral.
    fascia_length_mm
        Length of the fascia; constant, because the model takes it as inextensible.
    strain_if_arch_fixed
        Fascia strain (fraction) that the same toe angle would demand if the arch
        could not rise at all: the wound-up length divided by the fascia length.
    """

    toe_deg: float
    phi_deg: float
    chord_mm: float
    arch_height_mm: float
    arch_rise_mm: float
    fascia_length_mm: float
    strain_if_arch_fixed: float


def _chord(a: float, b: float, phi_rad: float) -> float:
    return math.sqrt(a * a + b * b - 2 * a * b * math.cos(phi_rad))


def _height(a: float, b: float, phi_rad: float) -> float:
    return a * b * math.sin(phi_rad) / _chord(a, b, phi_rad)


def check_geometry(geometry: object) -> WindlassGeometry:
    """Return ``geometry``, or the default one for ``None``; anything else is a Dutch error."""
    if geometry is None:
        return default_windlass_geometry()
    if not isinstance(geometry, WindlassGeometry):
        raise InputError("Voetgeometrie: geef een WindlassGeometry, of niets voor de standaard.")
    return geometry


def _check_toe(toe_dorsiflexion_deg: object) -> float:
    low, high = TOE_DORSIFLEXION_RANGE_DEG
    return check_number(
        toe_dorsiflexion_deg, name="Dorsaalflexie van de teen", low=low, high=high,
        unit="graden", hint="De hoek gaat in graden, niet in radialen.",
    )  # fmt: skip


def windlass_state(
    *, toe_dorsiflexion_deg: float, geometry: WindlassGeometry | None = None
) -> WindlassState:
    """Solve the windlass truss for one toe dorsiflexion angle.

    The fascia has a fixed length ``L = l + R (pi/4 + theta) + c``. Winding it
    around the metatarsal head (radius ``R``) by the toe angle ``theta``
    shortens the chord ``l`` by ``R * theta``; the law of cosines then gives the
    strut angle ``phi`` and the arch height ``h = a b sin(phi) / l``.

    Parameters
    ----------
    toe_dorsiflexion_deg
        Dorsiflexion of the big toe, 0-70 degrees.
    geometry
        Arch geometry; default :func:`default_windlass_geometry`.

    Raises
    ------
    InputError
        For a toe angle outside 0-70 degrees, or a geometry that cannot take it.

    Notes
    -----
    Windlass: Hicks (1954), ``hicks1954``; truss formulas and geometry:
    D'Hondt et al. (2024), ``dhondt2024``. Idealised: the real fascia stretches
    and foot muscles act, so in walking the arch rises less than this
    (``sichting2021``, ``williams2022``).

    Examples
    --------
    >>> state = windlass_state(toe_dorsiflexion_deg=0)
    >>> round(state.arch_height_mm, 1)
    37.4
    >>> round(windlass_state(toe_dorsiflexion_deg=60).arch_rise_mm, 1)
    7.7
    """
    theta_deg = _check_toe(toe_dorsiflexion_deg)
    geo = check_geometry(geometry)
    a, b, radius = geo.a_mm, geo.b_mm, geo.radius_mm
    theta = math.radians(theta_deg)
    chord = geo.chord0_mm - radius * theta
    if not abs(a - b) < chord < a + b:
        raise InputError("Deze voetgeometrie kan deze teenhoek niet aannemen.")
    phi = math.acos((a * a + b * b - chord * chord) / (2 * a * b))
    height = a * b * math.sin(phi) / chord
    fascia = geo.fascia_length_mm
    return WindlassState(
        toe_deg=theta_deg,
        phi_deg=math.degrees(phi),
        chord_mm=chord,
        arch_height_mm=height,
        arch_rise_mm=height - geo.height0_mm,
        fascia_length_mm=fascia,
        strain_if_arch_fixed=radius * theta / fascia,
    )


def windlass_curve(
    *, step_deg: float = 5.0, geometry: WindlassGeometry | None = None
) -> pd.DataFrame:
    """Arch height and rise over the whole toe range, one row per ``step_deg``.

    Parameters
    ----------
    step_deg
        Distance between toe angles, degrees: from 0,1 (701 rows) to 70.
    geometry
        Arch geometry; default :func:`default_windlass_geometry`.

    Returns
    -------
    pandas.DataFrame
        Columns ``toe_deg``, ``arch_height_mm``, ``arch_rise_mm`` and
        ``strain_if_arch_fixed_pct``, from 0 degrees up to and including 70.

    Examples
    --------
    >>> curve = windlass_curve(step_deg=35)
    >>> curve["toe_deg"].tolist()
    [0.0, 35.0, 70.0]
    """
    low, high = TOE_DORSIFLEXION_RANGE_DEG
    step = check_number(
        step_deg, name="Stapgrootte", low=MIN_CURVE_STEP_DEG, high=high - low,
        unit="graden",
    )  # fmt: skip
    geo = check_geometry(geometry)
    count = math.floor((high - low) / step + 1e-9)
    angles = [low + i * step for i in range(count + 1)]
    if angles[-1] < high - 1e-9:
        angles.append(high)
    rows = []
    for angle in angles:
        state = windlass_state(toe_dorsiflexion_deg=angle, geometry=geo)
        rows.append(
            {
                "toe_deg": state.toe_deg,
                "arch_height_mm": state.arch_height_mm,
                "arch_rise_mm": state.arch_rise_mm,
                "strain_if_arch_fixed_pct": 100 * state.strain_if_arch_fixed,
            }
        )
    return pd.DataFrame(rows)


def foot_outline(
    *,
    toe_dorsiflexion_deg: float,
    toe_length_mm: float = 35.0,
    geometry: WindlassGeometry | None = None,
) -> pd.DataFrame:
    """Points of the schematic side view: heel, midtarsal joint, metatarsal head, toe tip.

    The fascia origin on the heel is at (0, 0) and the metatarsal head at
    (chord, 0); the midtarsal joint sits at the arch height above the chord; the
    toe points up at the toe angle. ``toe_length_mm`` (0-100) only sets the drawing.

    Returns
    -------
    pandas.DataFrame
        Columns ``order``, ``point`` (``heel``, ``midtarsal``, ``metatarsal_head``,
        ``toe_tip``), ``x_mm`` and ``y_mm``.

    Examples
    --------
    >>> foot_outline(toe_dorsiflexion_deg=0)["point"].tolist()
    ['heel', 'midtarsal', 'metatarsal_head', 'toe_tip']
    """
    toe_length = check_number(toe_length_mm, name="Teenlengte", low=0, high=100, unit="mm")
    geo = check_geometry(geometry)
    state = windlass_state(toe_dorsiflexion_deg=toe_dorsiflexion_deg, geometry=geo)
    chord = state.chord_mm
    apex_x = (geo.a_mm**2 - geo.b_mm**2 + chord**2) / (2 * chord)
    theta = math.radians(state.toe_deg)
    points = [
        ("heel", 0.0, 0.0),
        ("midtarsal", apex_x, state.arch_height_mm),
        ("metatarsal_head", chord, 0.0),
        ("toe_tip", chord + toe_length * math.cos(theta), toe_length * math.sin(theta)),
    ]
    return pd.DataFrame(
        [{"order": i, "point": name, "x_mm": x, "y_mm": y} for i, (name, x, y) in enumerate(points)]
    )


def fascia_tension_truss(
    *,
    body_mass_kg: float,
    arch_height_mm: float,
    span_mm: float,
    load_fraction: float = 1.0,
) -> float:
    """Tension in the plantar fascia as the tie of a loaded arch truss, in newton.

    A vertical load ``F`` on the top of a symmetric truss of span ``L`` and
    height ``h``, resting on heel and forefoot, pulls on the tie with
    ``T = F L / (4 h)``: a lower arch gives a higher tension.

    Parameters
    ----------
    body_mass_kg
        Body mass, 20-250 kg.
    arch_height_mm
        Arch height above the tie, 10-60 mm.
    span_mm
        Distance heel to forefoot along the tie, 80-250 mm.
    load_fraction
        Fraction of body weight on this foot (1 = standing on one leg), 0-3.

    Notes
    -----
    Tie-rod picture of the arch (``hicks1954``); an idealised statics model.
    Measured and modelled walking values are about 1 x body weight
    (``erdemir2004``: 0.96 +/- 0.36 BW) up to 1.5 x (``caravaggi2009``).

    Examples
    --------
    >>> round(fascia_tension_truss(body_mass_kg=70, arch_height_mm=37.4, span_mm=139.6))
    641
    """
    mass = check_number(body_mass_kg, name="Lichaamsgewicht", low=20, high=250, unit="kg")
    height = check_number(
        arch_height_mm, name="Booghoogte", low=10, high=60, unit="mm",
        hint="De hoogte gaat in millimeters: 3,7 cm is 37 mm.",
    )  # fmt: skip
    span = check_number(
        span_mm, name="Booglengte", low=80, high=250, unit="mm",
        hint="De lengte gaat in millimeters: 14 cm is 140 mm.",
    )  # fmt: skip
    fraction = check_number(load_fraction, name="Deel van het lichaamsgewicht", low=0, high=3)
    force_n = mass * G * fraction
    return force_n * span / (4 * height)
