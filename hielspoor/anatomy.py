"""Calf muscle-tendon lengths and the windlass model of the foot arch.

Two small geometric models for chapters 02 and 03, with their numbers in
``data/anatomy_coefficients.csv`` (one source key per row):

* **Calf length** (Hawkins & Hull 1990): the length of the gastrocnemius
  medialis and lateralis and the soleus as a linear function of knee and ankle
  angle, scaled by the shank length. Bending the knee shortens the
  gastrocnemius (it crosses the knee) but not the soleus (it does not).
* **Windlass** (Hicks 1954; geometry from D'Hondt et al. 2024): the arch as a
  truss of two struts tied by the plantar fascia. When the toes dorsiflex, the
  fascia winds around the metatarsal head, the tie shortens and the arch rises.

Every function refuses inputs outside the range the model was built for with
an :class:`~hielspoor.validation.InputError` (Dutch message); nothing is
extrapolated. These models are for learning, not for diagnosis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

import pandas as pd

from hielspoor.data import read_table
from hielspoor.validation import InputError, check_range, format_number

__all__ = [
    "ANKLE_DORSIFLEXION_RANGE_DEG",
    "DEFAULT_SHANK_LENGTH_MM",
    "KNEE_FLEXION_RANGE_DEG",
    "MUSCLE_NAMES",
    "SHANK_LENGTH_RANGE_MM",
    "TOE_DORSIFLEXION_RANGE_DEG",
    "WindlassGeometry",
    "WindlassState",
    "calf_coefficient_table",
    "calf_coefficients",
    "calf_length_expression",
    "calf_lengths",
    "calf_table",
    "default_windlass_geometry",
    "evaluate_vega_expression",
    "fascia_tension_expression",
    "fascia_tension_truss",
    "foot_outline",
    "hawkins_ankle_angle",
    "length_change_from_neutral",
    "windlass_curve",
    "windlass_geometry_table",
    "windlass_table",
    "windlass_expressions",
    "windlass_state",
]

# --- Calf model (Hawkins & Hull 1990) --------------------------------------------------

#: Knee flexion accepted by the calf model, degrees (0 = straight knee).
KNEE_FLEXION_RANGE_DEG = (0.0, 120.0)
#: Ankle dorsiflexion accepted, degrees from neutral (Hawkins & Hull: ankle angle 60-120).
ANKLE_DORSIFLEXION_RANGE_DEG = (-30.0, 30.0)
#: Shank lengths accepted, mm (lateral femoral epicondyle to lateral malleolus).
SHANK_LENGTH_RANGE_MM = (250.0, 600.0)
#: Example shank length, mm: 0.246 x 1800 mm body height (segment proportion in Winter 2009).
DEFAULT_SHANK_LENGTH_MM = 443.0
#: Angle of the ankle in Hawkins & Hull's convention at neutral (foot at 90 degrees to shank).
_NEUTRAL_ANKLE_HH_DEG = 90.0

#: Dutch display names of the three muscles, in the order used everywhere.
MUSCLE_NAMES = {
    "gastrocnemius_medialis": "Gastrocnemius medialis",
    "gastrocnemius_lateralis": "Gastrocnemius lateralis",
    "soleus": "Soleus",
}


@cache
def _coefficient_rows() -> pd.DataFrame:
    return read_table("anatomiecoefficienten")


def calf_coefficients() -> pd.DataFrame:
    """Return the Hawkins & Hull coefficients, one row per muscle.

    Columns ``c0`` (-), ``c_knee`` and ``c_ankle`` (per degree) and ``source``;
    the index is the muscle code (see :data:`MUSCLE_NAMES`).

    Notes
    -----
    Hawkins & Hull (1990), ``hawkins1990``: muscle-tendon length divided by the
    shank length equals ``c0 + c_knee * knee + c_ankle * ankle`` with angles in
    degrees, knee 0 = straight and ankle 90 = neutral. The hip term is zero for
    these three muscles, which do not cross the hip.

    Examples
    --------
    >>> calf_coefficients().loc["soleus", "c_knee"]
    np.float64(0.0)
    """
    rows = _coefficient_rows()
    calf = rows[rows["model"] == "kuit"]
    table = calf.pivot_table(index="part", columns="parameter", values="value", aggfunc="first")
    table = table.astype(float)
    table["source"] = calf.groupby("part")["source"].first()
    table = table.loc[list(MUSCLE_NAMES)]
    table.index.name = "muscle"
    table.columns.name = None
    return table[["c0", "c_knee", "c_ankle", "source"]]


def hawkins_ankle_angle(ankle_dorsiflexion_deg: float) -> float:
    """Convert dorsiflexion from neutral to Hawkins & Hull's ankle angle.

    In Hawkins & Hull the neutral ankle (foot at right angles to the shank) is
    90 degrees and a larger angle is more dorsiflexion, so that the calf
    muscles lengthen as the angle grows; plantarflexion gives angles below 90.

    Examples
    --------
    >>> hawkins_ankle_angle(20)
    110.0
    >>> hawkins_ankle_angle(-30)
    60.0
    """
    return _NEUTRAL_ANKLE_HH_DEG + float(ankle_dorsiflexion_deg)


def _check_calf_inputs(
    knee_flexion_deg: object, ankle_dorsiflexion_deg: object, shank_length_mm: object
) -> tuple[float, float, float]:
    knee = check_range(
        knee_flexion_deg,
        label="Kniebuiging",
        low=KNEE_FLEXION_RANGE_DEG[0],
        high=KNEE_FLEXION_RANGE_DEG[1],
        unit="graden",
    )
    ankle = check_range(
        ankle_dorsiflexion_deg,
        label="Enkelhoek (dorsaalflexie)",
        low=ANKLE_DORSIFLEXION_RANGE_DEG[0],
        high=ANKLE_DORSIFLEXION_RANGE_DEG[1],
        unit="graden",
    )
    shank = check_range(
        shank_length_mm,
        label="Onderbeenlengte",
        low=SHANK_LENGTH_RANGE_MM[0],
        high=SHANK_LENGTH_RANGE_MM[1],
        unit="mm",
    )
    return knee, ankle, shank  # fmt: skip


def calf_lengths(
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
    *,
    shank_length_mm: float = DEFAULT_SHANK_LENGTH_MM,
) -> dict[str, float]:
    """Muscle-tendon length of the three calf muscles in mm.

    Parameters
    ----------
    knee_flexion_deg
        Knee flexion in degrees, 0 (straight) to 120.
    ankle_dorsiflexion_deg
        Ankle angle in degrees from neutral: positive is dorsiflexion (toes
        towards the shin), negative is plantarflexion; -30 to 30, which is
        Hawkins & Hull's measured range of 60-120 degrees.
    shank_length_mm
        Shank length (lateral femoral epicondyle to lateral malleolus) in mm.

    Returns
    -------
    dict
        Length in mm per muscle code (see :data:`MUSCLE_NAMES`).

    Raises
    ------
    InputError
        For angles or a shank length outside the model's range (no extrapolation).

    Notes
    -----
    Regression of Hawkins & Hull (1990), ``hawkins1990``; coefficients in
    ``data/anatomy_coefficients.csv``. The default shank of 443 mm is an example
    (0.246 x 1.80 m body height, segment proportions in Winter's textbook).

    Examples
    --------
    >>> lengths = calf_lengths(0, 0)
    >>> round(lengths["gastrocnemius_medialis"], 1), round(lengths["soleus"], 1)
    (484.0, 326.4)
    """
    knee, ankle, shank = _check_calf_inputs(
        knee_flexion_deg, ankle_dorsiflexion_deg, shank_length_mm
    )
    ankle_hh = hawkins_ankle_angle(ankle)
    table = calf_coefficients()
    return {
        str(muscle): float(shank * (row.c0 + row.c_knee * knee + row.c_ankle * ankle_hh))
        for muscle, row in table.iterrows()
    }


def length_change_from_neutral(
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
    *,
    shank_length_mm: float = DEFAULT_SHANK_LENGTH_MM,
) -> dict[str, float]:
    """Change in calf muscle-tendon length (mm) from a straight knee and neutral ankle.

    Positive means the muscle-tendon unit is longer (stretched) than when
    standing upright with the knee straight and the foot at 90 degrees.

    Examples
    --------
    Bending the knee to 40 degrees with the ankle at 20 degrees dorsiflexion:

    >>> change = length_change_from_neutral(40, 20)
    >>> round(change["gastrocnemius_medialis"], 1), round(change["soleus"], 1)
    (8.0, 17.1)
    """
    current = calf_lengths(
        knee_flexion_deg, ankle_dorsiflexion_deg, shank_length_mm=shank_length_mm
    )
    neutral = calf_lengths(0, 0, shank_length_mm=shank_length_mm)
    return {muscle: current[muscle] - neutral[muscle] for muscle in current}


def calf_table(
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
    *,
    shank_length_mm: float = DEFAULT_SHANK_LENGTH_MM,
) -> pd.DataFrame:
    """Lengths and changes from neutral as a Dutch table (text with decimal commas).

    Examples
    --------
    >>> calf_table(40, 20).iloc[0].tolist()
    ['Gastrocnemius medialis', '492,0', '+8,0', '+1,6']
    """
    lengths = calf_lengths(
        knee_flexion_deg, ankle_dorsiflexion_deg, shank_length_mm=shank_length_mm
    )
    neutral = calf_lengths(0, 0, shank_length_mm=shank_length_mm)
    rows = [
        {
            "spier": MUSCLE_NAMES[muscle],
            "lengte (mm)": format_number(lengths[muscle], decimals=1),
            "verandering (mm)": _signed(lengths[muscle] - neutral[muscle]),
            "verandering (%)": _signed(100 * (lengths[muscle] / neutral[muscle] - 1)),
        }
        for muscle in MUSCLE_NAMES
    ]
    return pd.DataFrame(rows)


def _signed(value: float) -> str:
    value = round(value, 1) + 0.0  # no "-0,0"
    return ("+" if value > 0 else "") + format_number(value, decimals=1)


def calf_coefficient_table() -> pd.DataFrame:
    """Return the Hawkins & Hull coefficients as a Dutch table for the reader.

    Examples
    --------
    >>> calf_coefficient_table().iloc[2].tolist()
    ['Soleus', '0,563', '0', '0,00193', 'hawkins1990']
    """
    table = calf_coefficients()
    return pd.DataFrame(
        [
            {
                "spier": MUSCLE_NAMES[str(muscle)],
                "C0": format_number(row.c0, decimals=3),
                "C knie (per graad)": (
                    "0" if row.c_knee == 0 else format_number(row.c_knee, decimals=5)
                ),
                "C enkel (per graad)": format_number(row.c_ankle, decimals=5),
                "bron": row.source,
            }
            for muscle, row in table.iterrows()
        ]
    )


def calf_length_expression(
    *,
    knee: str = "knie",
    ankle: str = "enkel",
    shank_length_mm: float = DEFAULT_SHANK_LENGTH_MM,
) -> str:
    """Vega expression for a muscle's length (mm), with coefficients taken from ``datum``.

    The chart's data rows hold ``c0``, ``c_knee`` and ``c_ankle`` from
    :func:`calf_coefficients`; ``knee`` and ``ankle`` name the bound parameters
    (knee flexion and dorsiflexion from neutral, degrees). This is the same
    formula as :func:`calf_lengths`, written for the browser.

    Examples
    --------
    >>> calf_length_expression(shank_length_mm=400)
    '400.0 * (datum.c0 + datum.c_knee * knie + datum.c_ankle * (90.0 + enkel))'
    """
    return (
        f"{float(shank_length_mm)!r} * (datum.c0 + datum.c_knee * {knee} "
        f"+ datum.c_ankle * ({_NEUTRAL_ANKLE_HH_DEG!r} + {ankle}))"
    )


# --- Windlass model (Hicks 1954; D'Hondt et al. 2024) ------------------------------------

#: Toe (metatarsophalangeal) dorsiflexion accepted by the windlass model, degrees.
TOE_DORSIFLEXION_RANGE_DEG = (0.0, 70.0)
#: Angle the fascia is already wrapped around the metatarsal head at neutral, radians.
WRAP_AT_NEUTRAL_RAD = math.pi / 4


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
    rows = _coefficient_rows()
    values = rows[rows["model"] == "windas"].set_index("parameter")["value"]
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


def windlass_state(
    toe_dorsiflexion_deg: float, *, geometry: WindlassGeometry | None = None
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
        For a toe angle outside 0-70 degrees.

    Notes
    -----
    Windlass: Hicks (1954), ``hicks1954``; truss formulas and geometry:
    D'Hondt et al. (2024), ``dhondt2024``. Idealised: the real fascia stretches
    and foot muscles act, so in walking the arch rises less than this
    (``sichting2021``, ``williams2022``).

    Examples
    --------
    >>> state = windlass_state(0)
    >>> round(state.arch_height_mm, 1)
    37.4
    >>> round(windlass_state(60).arch_rise_mm, 1)
    7.7
    """
    theta_deg = check_range(
        toe_dorsiflexion_deg, label="Dorsaalflexie van de teen",
        low=TOE_DORSIFLEXION_RANGE_DEG[0], high=TOE_DORSIFLEXION_RANGE_DEG[1], unit="graden",
    )  # fmt: skip
    geo = geometry or default_windlass_geometry()
    a, b, radius = geo.a_mm, geo.b_mm, geo.radius_mm
    theta = math.radians(theta_deg)
    chord = geo.chord0_mm - radius * theta
    if not abs(a - b) < chord < a + b:
        raise InputError("Deze voetgeometrie kan deze teenhoek niet aannemen.")
    phi = math.acos((a * a + b * b - chord * chord) / (2 * a * b))
    height = a * b * math.sin(phi) / chord
    height0 = _height(a, b, math.radians(geo.phi0_deg))
    fascia = geo.fascia_length_mm
    return WindlassState(
        toe_deg=theta_deg,
        phi_deg=math.degrees(phi),
        chord_mm=chord,
        arch_height_mm=height,
        arch_rise_mm=height - height0,
        fascia_length_mm=fascia,
        strain_if_arch_fixed=radius * theta / fascia,
    )


def windlass_table(
    toe_dorsiflexion_deg: float, *, geometry: WindlassGeometry | None = None
) -> pd.DataFrame:
    """Return :func:`windlass_state` as a Dutch table (text with decimal commas).

    Examples
    --------
    >>> windlass_table(60).iloc[3].tolist()
    ['Stijging van de boog', '7,7', 'mm']
    """
    state = windlass_state(toe_dorsiflexion_deg, geometry=geometry)
    rows = [
        ("Teen omhoog", format_number(state.toe_deg, decimals=0), "graden"),
        ("Hoek in de middenvoet (φ)", format_number(state.phi_deg, decimals=1), "graden"),
        ("Spanbalk hiel–metatarsaalkop (l)", format_number(state.chord_mm, decimals=1), "mm"),
        ("Stijging van de boog", format_number(state.arch_rise_mm + 0.0, decimals=1), "mm"),
        ("Booghoogte (h)", format_number(state.arch_height_mm, decimals=1), "mm"),
        ("Lengte van de fascia", format_number(state.fascia_length_mm, decimals=1), "mm"),
        (
            "Rek als de boog niet zou stijgen",
            format_number(100 * state.strain_if_arch_fixed, decimals=1),
            "%",
        ),
    ]
    return pd.DataFrame(rows, columns=["grootheid", "waarde", "eenheid"])


def windlass_geometry_table(geometry: WindlassGeometry | None = None) -> pd.DataFrame:
    """Return the arch geometry as a Dutch table with the source of each number.

    Examples
    --------
    >>> windlass_geometry_table()["waarde"].tolist()
    ['66,95', '91,71', '121,89', '9,5']
    """
    geo = geometry or default_windlass_geometry()
    rows = [
        ("Achterste pijler (a): hiel tot middenvoetsgewricht", geo.a_mm, 2, "mm"),
        ("Voorste pijler (b): middenvoetsgewricht tot metatarsaalkop", geo.b_mm, 2, "mm"),
        ("Hoek tussen de pijlers in rust (φ0)", geo.phi0_deg, 2, "graden"),
        ("Straal van de eerste metatarsaalkop (R)", geo.radius_mm, 1, "mm"),
    ]
    return pd.DataFrame(
        [
            {"maat": name, "waarde": format_number(value, decimals=dec), "eenheid": unit,
             "bron": "dhondt2024"}
            for name, value, dec, unit in rows
        ]
    )  # fmt: skip


def windlass_curve(
    *, step_deg: float = 5.0, geometry: WindlassGeometry | None = None
) -> pd.DataFrame:
    """Arch height and rise over the whole toe range, one row per ``step_deg``.

    Examples
    --------
    >>> curve = windlass_curve(step_deg=35)
    >>> curve["teenhoek (graden)"].tolist()
    [0.0, 35.0, 70.0]
    """
    low, high = TOE_DORSIFLEXION_RANGE_DEG
    count = int(round((high - low) / step_deg))
    rows = []
    for i in range(count + 1):
        state = windlass_state(low + i * step_deg, geometry=geometry)
        rows.append(
            {
                "teenhoek (graden)": state.toe_deg,
                "booghoogte (mm)": state.arch_height_mm,
                "stijging (mm)": state.arch_rise_mm,
                "rek als de boog niet stijgt (%)": 100 * state.strain_if_arch_fixed,
            }
        )
    return pd.DataFrame(rows)


def foot_outline(
    toe_dorsiflexion_deg: float,
    *,
    toe_length_mm: float = 35.0,
    geometry: WindlassGeometry | None = None,
) -> pd.DataFrame:
    """Points of the schematic side view: heel, midtarsal joint, metatarsal head, toe tip.

    The fascia origin on the heel is at (0, 0) and the metatarsal head at
    (chord, 0); the midtarsal joint sits at the arch height above the chord; the
    toe points up at the toe angle. ``toe_length_mm`` only sets the drawing.

    Examples
    --------
    >>> foot_outline(0)["punt"].tolist()
    ['hiel', 'middenvoet', 'metatarsaalkop', 'teentop']
    """
    geo = geometry or default_windlass_geometry()
    state = windlass_state(toe_dorsiflexion_deg, geometry=geo)
    chord = state.chord_mm
    apex_x = (geo.a_mm**2 - geo.b_mm**2 + chord**2) / (2 * chord)
    theta = math.radians(state.toe_deg)
    points = [
        ("hiel", 0.0, 0.0),
        ("middenvoet", apex_x, state.arch_height_mm),
        ("metatarsaalkop", chord, 0.0),
        ("teentop", chord + toe_length_mm * math.cos(theta), toe_length_mm * math.sin(theta)),
    ]
    return pd.DataFrame(
        [{"volgorde": i, "punt": name, "x": x, "y": y} for i, (name, x, y) in enumerate(points)]
    )


def windlass_expressions(
    *, toe: str = "teen", geometry: WindlassGeometry | None = None
) -> dict[str, str]:
    """Vega expressions for the windlass quantities as functions of the toe parameter.

    Keys: ``chord``, ``phi``, ``height``, ``rise``, ``apex_x`` (mm or radians) and
    ``strain`` (fraction). Later expressions refer to earlier ones as
    ``datum.<key>``, so apply them in this order as ``calculate`` transforms.
    Same formulas as :func:`windlass_state`, written for the browser.

    Examples
    --------
    >>> list(windlass_expressions())
    ['chord', 'phi', 'height', 'rise', 'apex_x', 'strain']
    """
    geo = geometry or default_windlass_geometry()
    a, b, radius = geo.a_mm, geo.b_mm, geo.radius_mm
    chord0 = geo.chord0_mm
    height0 = _height(a, b, math.radians(geo.phi0_deg))
    theta = f"({toe} * PI / 180)"
    return {
        "chord": f"{chord0!r} - {radius!r} * {theta}",
        "phi": f"acos(({a * a + b * b!r} - datum.chord * datum.chord) / {2 * a * b!r})",
        "height": f"{a * b!r} * sin(datum.phi) / datum.chord",
        "rise": f"datum.height - {height0!r}",
        "apex_x": f"({a * a - b * b!r} + datum.chord * datum.chord) / (2 * datum.chord)",
        "strain": f"{radius!r} * {theta} / {geo.fascia_length_mm!r}",
    }


def evaluate_vega_expression(expression: str, *, datum: dict, params: dict) -> float:
    """Evaluate one of this module's Vega expressions in Python (for tests).

    Only the arithmetic, ``PI`` and ``sqrt``/``sin``/``cos``/``acos`` that the
    generated expressions use are available; ``datum.x`` reads ``datum["x"]``.

    Examples
    --------
    >>> evaluate_vega_expression("2 * datum.c + knie", datum={"c": 3}, params={"knie": 1})
    7.0
    """
    namespace = {
        "PI": math.pi, "sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "acos": math.acos,
        "datum": _Datum(datum), **params,
    }  # fmt: skip
    return float(eval(expression, {"__builtins__": {}}, namespace))  # noqa: S307


class _Datum:
    def __init__(self, values: dict) -> None:
        self._values = values

    def __getattr__(self, name: str) -> float:
        return self._values[name]


def fascia_tension_truss(
    body_mass_kg: float,
    *,
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
    >>> round(fascia_tension_truss(70, arch_height_mm=37.4, span_mm=139.6))
    641
    """
    mass = check_range(body_mass_kg, label="Lichaamsgewicht", low=20, high=250, unit="kg")
    height = check_range(arch_height_mm, label="Booghoogte", low=10, high=60, unit="mm")
    span = check_range(span_mm, label="Booglengte", low=80, high=250, unit="mm")
    fraction = check_range(load_fraction, label="Deel van het lichaamsgewicht", low=0, high=3)
    force_n = mass * 9.81 * fraction
    return force_n * span / (4 * height)


def fascia_tension_expression(
    *, body_mass: str = "gewicht", arch_height: str = "booghoogte", span_mm: float
) -> str:
    """Vega expression for :func:`fascia_tension_truss` (newton, one leg, full body weight).

    Examples
    --------
    >>> fascia_tension_expression(span_mm=140)
    'gewicht * 9.81 * 140.0 / (4 * booghoogte)'
    """
    return f"{body_mass} * 9.81 * {float(span_mm)!r} / (4 * {arch_height})"
