"""Dutch result tables for the reader: the models' numbers as text with decimal commas.

The models (:mod:`hielspoor.load`, :mod:`hielspoor.calf`, :mod:`hielspoor.windlass`)
return numbers; these functions turn them into the small tables and sentences the
notebooks show, with Dutch column names, units and sources.
"""

from __future__ import annotations

import pandas as pd

from hielspoor import calf, load, windlass
from hielspoor.calf import MUSCLE_NAMES
from hielspoor.display.format import format_number
from hielspoor.references import short_references
from hielspoor.validation import InputError, check_frame, check_number


def bmi_text(*, body_mass_kg: float, height_m: float) -> str:
    """Return the BMI and its WHO class as one Dutch sentence.

    Examples
    --------
    >>> bmi_text(body_mass_kg=80, height_m=1.80)
    'BMI 24,7 kg/m²: gezond gewicht'
    """
    value = load.bmi(body_mass_kg=body_mass_kg, height_m=height_m)
    return f"BMI {format_number(value, decimals=1)} kg/m²: {load.bmi_class(bmi_kg_m2=value)}"


def force_range_text(force: load.LoadRange, *, decimals: int = 0) -> str:
    """Return a force range in newton and kilogram-force as Dutch text.

    Examples
    --------
    >>> force_range_text(load.extra_force_per_kg(), decimals=1)
    '10,8–12,8 N (1,1–1,3 kg-kracht)'
    """
    if not isinstance(force, load.LoadRange):
        raise InputError("Kracht: geef een uitkomst van step_force of extra_force_per_kg.")
    decimals = int(check_number(decimals, name="Decimalen", low=0, high=3, integer=True))
    return (
        f"{format_number(force.low_n, decimals=decimals)}–"
        f"{format_number(force.high_n, decimals=decimals)} N "
        f"({format_number(force.low_kgf, decimals=decimals)}–"
        f"{format_number(force.high_kgf, decimals=decimals)} kg-kracht)"
    )


def profile_table(profile: load.LoadProfile) -> pd.DataFrame:
    """Return the calculator's results as a Dutch table: quantity, value, source.

    Numbers use a decimal comma; every row names its source as a short reference
    (``Keller e.a. (1996)``) from ``book/references.bib``.
    """
    if not isinstance(profile, load.LoadProfile):
        raise InputError("Profiel: geef de uitkomst van load_profile.")
    force = profile.step_force
    low_kn, high_kn = profile.daily_load_per_foot_kn
    rows = [
        ("BMI", f"{format_number(profile.bmi, decimals=1)} kg/m² ({profile.bmi_class})", "who2000"),
        (
            f"Piekkracht per stap ({profile.activity})",
            f"{format_number(force.low_n, decimals=0)}–{format_number(force.high_n, decimals=0)} N"
            f" ({format_number(force.low_kgf, decimals=0)}–"
            f"{format_number(force.high_kgf, decimals=0)} kg-kracht)",
            force.source,
        ),
    ]
    tension = profile.fascia_tension
    if tension is None:
        rows.append(
            (
                "Spanning in de fascia plantaris per stap",
                "niet betrouwbaar gemeten voor deze activiteit (hoger dan bij lopen)",
                "erdemir2004",
            )
        )
    else:
        rows.append(
            (
                "Spanning in de fascia plantaris per stap",
                f"{format_number(tension.low_n, decimals=0)}–"
                f"{format_number(tension.high_n, decimals=0)} N",
                tension.source,
            )
        )
    rows.append(
        (
            f"Opgetelde piekkrachten per voet per dag ({format_number(profile.steps_per_day)} "
            "stappen)",
            f"{format_number(low_kn, decimals=0)}–{format_number(high_kn, decimals=0)} kN",
            force.source,
        )
    )
    table = pd.DataFrame(rows, columns=["Grootheid", "Waarde", "Bron"])
    table["Bron"] = table["Bron"].map(short_references)
    return table.set_index("Grootheid")


def calf_table(
    *,
    knee_flexion_deg: float,
    ankle_dorsiflexion_deg: float,
    shank_length_mm: float = calf.DEFAULT_SHANK_LENGTH_MM,
) -> pd.DataFrame:
    """Lengths and changes from neutral as a Dutch table (text with decimal commas).

    Examples
    --------
    >>> calf_table(knee_flexion_deg=40, ankle_dorsiflexion_deg=20).iloc[0].tolist()
    ['Gastrocnemius medialis', '492,0', '+8,0', '+1,6']
    """
    lengths = calf.calf_lengths(
        knee_flexion_deg=knee_flexion_deg,
        ankle_dorsiflexion_deg=ankle_dorsiflexion_deg,
        shank_length_mm=shank_length_mm,
    )
    neutral = calf.calf_lengths(
        knee_flexion_deg=0, ankle_dorsiflexion_deg=0, shank_length_mm=shank_length_mm
    )
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
    table = calf.calf_coefficients()
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


def windlass_table(
    *, toe_dorsiflexion_deg: float, geometry: windlass.WindlassGeometry | None = None
) -> pd.DataFrame:
    """Return :func:`hielspoor.windlass.windlass_state` as a Dutch table (text with decimal commas).

    Examples
    --------
    >>> windlass_table(toe_dorsiflexion_deg=60).iloc[3].tolist()
    ['Stijging van de boog', '7,7', 'mm']
    """
    state = windlass.windlass_state(toe_dorsiflexion_deg=toe_dorsiflexion_deg, geometry=geometry)
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


def windlass_geometry_table(*, geometry: windlass.WindlassGeometry | None = None) -> pd.DataFrame:
    """Return the arch geometry as a Dutch table with the source of each number.

    Examples
    --------
    >>> windlass_geometry_table()["waarde"].tolist()
    ['66,95', '91,71', '121,89', '9,5']
    """
    geo = windlass.check_geometry(geometry)
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


def dutch(table: pd.DataFrame, *, decimals: int = 2) -> pd.DataFrame:
    """Return a copy of ``table`` with its decimal numbers as Dutch text (decimal comma).

    Whole-number columns stay as they are; use this only for display.

    Examples
    --------
    >>> dutch(pd.DataFrame({"or": [6.0512], "n": [38]})).to_dict("records")
    [{'or': '6,05', 'n': 38}]
    """
    check_frame(table, name="Tabel")
    decimals = int(check_number(decimals, name="Decimalen", low=0, high=10, integer=True))
    shown = table.copy()
    for column in shown.columns:
        if pd.api.types.is_float_dtype(shown[column]):
            shown[column] = [
                "" if pd.isna(value) else format_number(float(value), decimals=decimals)
                for value in shown[column]
            ]
    return shown
