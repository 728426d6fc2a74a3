"""Calf muscle-tendon lengths from knee and ankle angle (Hawkins & Hull 1990).

The length of the gastrocnemius medialis and lateralis and the soleus as a
linear function of knee and ankle angle, scaled by the shank length, with the
coefficients in ``data/anatomy_coefficients.csv`` (one source key per row).
Bending the knee shortens the gastrocnemius (it crosses the knee) but not the
soleus (it does not).

Every function refuses inputs outside the range the model was built for with
an :class:`~hielspoor.validation.InputError` (Dutch message); nothing is
extrapolated. This model is for learning, not for diagnosis.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

from hielspoor.schemas.registry import load_table
from hielspoor.validation import check_number

__all__ = [
    "ANKLE_DORSIFLEXION_RANGE_DEG",
    "DEFAULT_SHANK_LENGTH_MM",
    "KNEE_FLEXION_RANGE_DEG",
    "MUSCLE_NAMES",
    "NEUTRAL_ANKLE_HH_DEG",
    "SHANK_LENGTH_RANGE_MM",
    "calf_coefficients",
    "calf_lengths",
    "hawkins_ankle_angle",
    "length_change_from_neutral",
]

#: Knee flexion accepted by the calf model, degrees (0 = straight knee).
KNEE_FLEXION_RANGE_DEG = (0.0, 120.0)
#: Ankle dorsiflexion accepted, degrees from neutral (Hawkins & Hull: ankle angle 60-120).
ANKLE_DORSIFLEXION_RANGE_DEG = (-30.0, 30.0)
#: Shank lengths accepted, mm (lateral femoral epicondyle to lateral malleolus).
SHANK_LENGTH_RANGE_MM = (250.0, 600.0)
#: Example shank length, mm: 0.246 x 1800 mm body height (segment proportion in Winter 2009).
DEFAULT_SHANK_LENGTH_MM = 443.0
#: Angle of the ankle in Hawkins & Hull's convention at neutral (foot at 90 degrees to shank).
NEUTRAL_ANKLE_HH_DEG = 90.0

#: Dutch display names of the three muscles, in the order used everywhere.
MUSCLE_NAMES = {
    "gastrocnemius_medialis": "Gastrocnemius medialis",
    "gastrocnemius_lateralis": "Gastrocnemius lateralis",
    "soleus": "Soleus",
}


@cache
def _calf_rows() -> pd.DataFrame:
    rows = load_table("anatomiecoefficienten")
    return rows[rows["model"] == "kuit"]


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
    calf = _calf_rows()
    table = calf.pivot_table(index="part", columns="parameter", values="value", aggfunc="first")
    table = table.astype(float)
    table["source"] = calf.groupby("part")["source"].first()
    table = table.loc[list(MUSCLE_NAMES)]
    table.index.name = "muscle"
    table.columns.name = None
    return table[["c0", "c_knee", "c_ankle", "source"]]


def hawkins_ankle_angle(*, ankle_dorsiflexion_deg: float) -> float:
    """Convert dorsiflexion from neutral to Hawkins & Hull's ankle angle (degrees).

    In Hawkins & Hull the neutral ankle (foot at right angles to the shank) is
    90 degrees and a larger angle is more dorsiflexion, so that the calf
    muscles lengthen as the angle grows; plantarflexion gives angles below 90.

    Examples
    --------
    >>> hawkins_ankle_angle(ankle_dorsiflexion_deg=20)
    110.0
    >>> hawkins_ankle_angle(ankle_dorsiflexion_deg=-30)
    60.0
    """
    low, high = ANKLE_DORSIFLEXION_RANGE_DEG
    ankle = check_number(
        ankle_dorsiflexion_deg, name="Enkelhoek (dorsaalflexie)", low=low, high=high,
        unit="graden",
    )  # fmt: skip
    return NEUTRAL_ANKLE_HH_DEG + ankle


def _check_shank(shank_length_mm: object) -> float:
    low, high = SHANK_LENGTH_RANGE_MM
    return check_number(
        shank_length_mm, name="Onderbeenlengte", low=low, high=high, unit="mm",
        hint="De lengte gaat in millimeters: 44 cm is 440 mm.",
    )  # fmt: skip


def calf_lengths(
    *,
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
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
    >>> lengths = calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=0)
    >>> round(lengths["gastrocnemius_medialis"], 1), round(lengths["soleus"], 1)
    (484.0, 326.4)
    """
    low, high = KNEE_FLEXION_RANGE_DEG
    knee = check_number(knee_flexion_deg, name="Kniebuiging", low=low, high=high, unit="graden")
    ankle_hh = hawkins_ankle_angle(ankle_dorsiflexion_deg=ankle_dorsiflexion_deg)
    shank = _check_shank(shank_length_mm)
    table = calf_coefficients()
    return {
        str(muscle): float(shank * (row.c0 + row.c_knee * knee + row.c_ankle * ankle_hh))
        for muscle, row in table.iterrows()
    }


def length_change_from_neutral(
    *,
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
    shank_length_mm: float = DEFAULT_SHANK_LENGTH_MM,
) -> dict[str, float]:
    """Change in calf muscle-tendon length (mm) from a straight knee and neutral ankle.

    Positive means the muscle-tendon unit is longer (stretched) than when
    standing upright with the knee straight and the foot at 90 degrees.

    Examples
    --------
    Bending the knee to 40 degrees with the ankle at 20 degrees dorsiflexion:

    >>> change = length_change_from_neutral(knee_flexion_deg=40, ankle_dorsiflexion_deg=20)
    >>> round(change["gastrocnemius_medialis"], 1), round(change["soleus"], 1)
    (8.0, 17.1)
    """
    current = calf_lengths(
        knee_flexion_deg=knee_flexion_deg,
        ankle_dorsiflexion_deg=ankle_dorsiflexion_deg,
        shank_length_mm=shank_length_mm,
    )
    neutral = calf_lengths(
        knee_flexion_deg=0, ankle_dorsiflexion_deg=0, shank_length_mm=shank_length_mm
    )
    return {muscle: current[muscle] - neutral[muscle] for muscle in current}
