"""Vega expressions written from the models' own coefficients, for charts with sliders.

The static book has no Python, so a chart bound to a slider recomputes its numbers
in the browser. These functions write the models' formulas as Vega expressions with
the same coefficients; tests evaluate them and compare them with the models to 1e-12.
"""

from __future__ import annotations

from hielspoor import calf, windlass
from hielspoor.load import G
from hielspoor.validation import check_number


def calf_length_expression(
    *,
    knee: str = "knie",
    ankle: str = "enkel",
    shank_length_mm: float = calf.DEFAULT_SHANK_LENGTH_MM,
) -> str:
    """Vega expression for a muscle's length (mm), with coefficients taken from ``datum``.

    The chart's data rows hold ``c0``, ``c_knee`` and ``c_ankle`` from
    :func:`hielspoor.calf.calf_coefficients`; ``knee`` and ``ankle`` name the bound
    parameters (knee flexion and dorsiflexion from neutral, degrees). This is the
    same formula as :func:`hielspoor.calf.calf_lengths`, written for the browser.

    Examples
    --------
    >>> calf_length_expression(shank_length_mm=400)
    '400.0 * (datum.c0 + datum.c_knee * knie + datum.c_ankle * (90.0 + enkel))'
    """
    low, high = calf.SHANK_LENGTH_RANGE_MM
    shank = check_number(shank_length_mm, name="Onderbeenlengte", low=low, high=high, unit="mm")
    return (
        f"{shank!r} * (datum.c0 + datum.c_knee * {knee} "
        f"+ datum.c_ankle * ({calf.NEUTRAL_ANKLE_HH_DEG!r} + {ankle}))"
    )


def windlass_expressions(
    *, toe: str = "teen", geometry: windlass.WindlassGeometry | None = None
) -> dict[str, str]:
    """Vega expressions for the windlass quantities as functions of the toe parameter.

    Keys: ``chord``, ``phi``, ``height``, ``rise``, ``apex_x`` (mm or radians) and
    ``strain`` (fraction). Later expressions refer to earlier ones as
    ``datum.<key>``, so apply them in this order as ``calculate`` transforms.
    Same formulas as :func:`hielspoor.windlass.windlass_state`, written for the browser.

    Examples
    --------
    >>> list(windlass_expressions())
    ['chord', 'phi', 'height', 'rise', 'apex_x', 'strain']
    """
    geo = windlass.check_geometry(geometry)
    a, b, radius = geo.a_mm, geo.b_mm, geo.radius_mm
    theta = f"({toe} * PI / 180)"
    return {
        "chord": f"{geo.chord0_mm!r} - {radius!r} * {theta}",
        "phi": f"acos(({a * a + b * b!r} - datum.chord * datum.chord) / {2 * a * b!r})",
        "height": f"{a * b!r} * sin(datum.phi) / datum.chord",
        "rise": f"datum.height - {geo.height0_mm!r}",
        "apex_x": f"({a * a - b * b!r} + datum.chord * datum.chord) / (2 * datum.chord)",
        "strain": f"{radius!r} * {theta} / {geo.fascia_length_mm!r}",
    }


def fascia_tension_expression(
    *, body_mass: str = "gewicht", arch_height: str = "booghoogte", span_mm: float
) -> str:
    """Vega expression for :func:`hielspoor.windlass.fascia_tension_truss` (newton, one leg).

    Examples
    --------
    >>> fascia_tension_expression(span_mm=140)
    'gewicht * 9.81 * 140.0 / (4 * booghoogte)'
    """
    span = check_number(span_mm, name="Booglengte", low=80, high=250, unit="mm")
    return f"{body_mass} * {G!r} * {span!r} / (4 * {arch_height})"
