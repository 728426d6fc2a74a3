"""Charts for chapter 03: the windlass truss and the tie-rod tension, with sliders.

Every chart has Vega-Lite parameters bound to sliders, so it also works in the static
book without Python. The numbers come from :mod:`hielspoor.windlass`: either as data
the package computed, or as Vega expressions written from the same geometry (tests
compare both with direct calls).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor import windlass
from hielspoor.charts import COLORS, expressions, text_readout
from hielspoor.charts.phone import PHONE_VIEW_PX, with_narrow_layout
from hielspoor.load import G
from hielspoor.validation import check_number


def _foot_segments() -> pd.DataFrame:
    rows = [
        ("botten", 0, "hiel"), ("botten", 1, "middenvoet"), ("botten", 2, "metatarsaalkop"),
        ("teen", 0, "metatarsaalkop"), ("teen", 1, "teentop"),
        ("fascia", 0, "hiel"), ("fascia", 1, "metatarsaalkop"),
    ]  # fmt: skip
    return pd.DataFrame(rows, columns=["deel", "volgorde", "punt"])


#: Dutch names of the points of :func:`hielspoor.windlass.foot_outline`, as used in the chart.
_POINT_NAMES = {
    "heel": "hiel",
    "midtarsal": "middenvoet",
    "metatarsal_head": "metatarsaalkop",
    "toe_tip": "teentop",
}
_PART_NAMES = {"botten": "Voetboog (botten)", "fascia": "Fascia plantaris", "teen": "Teen"}
_PART_COLORS = [COLORS["zwart"], COLORS["vermiljoen"], COLORS["blauw"]]


def windlass_chart(
    *, toe_dorsiflexion_deg: int = 30, toe_length_mm: float = 35.0
) -> alt.HConcatChart:
    """Side view of the windlass truss and arch height against toe angle, with a slider.

    Parameter ``teen`` (toe dorsiflexion, 0-70 degrees). The side view is drawn
    from :func:`hielspoor.charts.expressions.windlass_expressions`; the curve is
    :func:`hielspoor.windlass.windlass_curve`; grey is the foot with the toes neutral.
    """
    windlass.foot_outline(toe_dorsiflexion_deg=toe_dorsiflexion_deg, toe_length_mm=toe_length_mm)
    low, high = windlass.TOE_DORSIFLEXION_RANGE_DEG
    toe = alt.param(
        name="teen",
        value=toe_dorsiflexion_deg,
        bind=alt.binding_range(min=low, max=high, step=1, name="Teen omhoog (graden) "),
    )
    segments = _foot_segments()
    segments["onderdeel"] = segments["deel"].map(_PART_NAMES)
    side = alt.Chart(segments)
    for key, expression in expressions.windlass_expressions(toe="teen").items():
        side = side.transform_calculate(**{key: expression})
    side = side.transform_calculate(
        x=(
            "datum.punt == 'hiel' ? 0 : datum.punt == 'middenvoet' ? datum.apex_x"
            " : datum.punt == 'metatarsaalkop' ? datum.chord"
            f" : datum.chord + {toe_length_mm!r} * cos(teen * PI / 180)"
        ),
        y=(
            "datum.punt == 'middenvoet' ? datum.height"
            f" : datum.punt == 'teentop' ? {toe_length_mm!r} * sin(teen * PI / 180) : 0"
        ),
    )
    x = alt.X("x:Q", title="Lengte (mm)", scale=alt.Scale(domain=[-10, 190]))
    y = alt.Y("y:Q", title="Hoogte (mm)", scale=alt.Scale(domain=[-10, 90]))
    colour = alt.Color(
        "onderdeel:N",
        title=None,
        scale=alt.Scale(domain=list(_PART_NAMES.values()), range=_PART_COLORS),
        legend=alt.Legend(orient="bottom"),
    )
    lines = side.mark_line(strokeWidth=4, point=True).encode(
        x=x, y=y, color=colour, detail="deel:N", order="volgorde:Q"
    )
    neutral_points = windlass.foot_outline(toe_dorsiflexion_deg=0, toe_length_mm=toe_length_mm)
    neutral_points = neutral_points.rename(columns={"x_mm": "x", "y_mm": "y"})
    neutral_points["punt"] = neutral_points["point"].map(_POINT_NAMES)
    ghost_rows = segments.merge(neutral_points[["punt", "x", "y"]], on="punt")
    ghost = (
        alt.Chart(ghost_rows)
        .mark_line(strokeWidth=2, strokeDash=[5, 4], color=COLORS["grijs"])
        .encode(x=x, y=y, detail="deel:N", order="volgorde:Q")
    )
    side_layers = ghost + lines
    readout = side.transform_filter("datum.punt == 'hiel' && datum.deel == 'botten'")
    arch = "'Booghoogte: ' + format(datum.height, ',.1f') + ' mm'"
    rise = "'(+' + format(datum.rise, ',.1f') + ' mm t.o.v. tenen plat)'"
    strain = "format(100 * datum.strain, ',.1f') + ' %'"
    wide_lines = [
        f"{arch} + ' ' + {rise}",
        f"'Rek die nodig zou zijn als de boog niet stijgt: ' + {strain}",
    ]
    phone_lines = [  # the same text in lines that fit a phone
        arch,
        rise,
        "'Rek die nodig zou zijn als de boog'",
        f"'niet stijgt: ' + {strain}",
    ]

    curve = windlass.windlass_curve(step_deg=1).rename(
        columns={"toe_deg": "teenhoek", "arch_height_mm": "booghoogte"}
    )[["teenhoek", "booghoogte"]]
    curve_base = alt.Chart(curve)
    x_toe = alt.X("teenhoek:Q", title="Teen omhoog (graden)", scale=alt.Scale(domain=[0, 70]))
    y_height = alt.Y("booghoogte:Q", title="Booghoogte (mm)", scale=alt.Scale(zero=False))
    curve_line = curve_base.mark_line(color=COLORS["zwart"]).encode(x=x_toe, y=y_height)
    walk = (
        alt.Chart(pd.DataFrame({"van": [52], "tot": [64]}))
        .mark_rect(opacity=0.2, color=COLORS["groen"])
        .encode(x="van:Q", x2="tot:Q")
    )
    now = (
        curve_base.transform_filter("datum.teenhoek == teen")
        .mark_point(filled=True, size=140, color=COLORS["vermiljoen"])
        .encode(
            x=x_toe,
            y=y_height,
            tooltip=[
                alt.Tooltip("teenhoek:Q", title="Teen (graden)"),
                alt.Tooltip("booghoogte:Q", title="Booghoogte (mm)", format=",.1f"),
            ],
        )
    )
    curve_layers = walk + curve_line + now

    def side_view(width_px: int, height_px: int, lines: list[str]) -> alt.VConcatChart:
        text = text_readout(readout, lines, width=width_px, height=22 * len(lines))
        return alt.vconcat(side_layers.properties(width=width_px, height=height_px), text)

    wide = (
        alt.hconcat(side_view(380, 200, wide_lines), curve_layers.properties(width=260, height=190))
        .add_params(toe)
        .properties(
            description=(
                "Zijaanzicht van het windlasmodel van de voet: als de teen omhoog gaat, windt de "
                "fascia plantaris om de metatarsaalkop en stijgt de voetboog. Rechts de "
                "booghoogte tegen de teenhoek; de groene band is de teenhoek bij het afzetten "
                "tijdens lopen."
            )
        )
    )
    phone = alt.vconcat(
        side_view(PHONE_VIEW_PX, 120, phone_lines),  # about the same mm per px as x
        curve_layers.properties(width=PHONE_VIEW_PX, height=170),
    ).add_params(toe)
    return with_narrow_layout(wide, phone.configure_legend(direction="vertical"))


def fascia_tension_chart(*, body_mass_kg: int = 70, arch_height_mm: int = 37) -> alt.VConcatChart:
    """Tie-rod tension of the fascia against arch height, with sliders for weight and arch.

    Parameters ``gewicht`` (40-150 kg) and ``booghoogte`` (20-50 mm); the span is
    the heel-to-forefoot chord of the default geometry. Formula from
    :func:`hielspoor.charts.expressions.fascia_tension_expression`.
    """
    check_number(body_mass_kg, name="Lichaamsgewicht", low=40, high=150, unit="kg")
    check_number(arch_height_mm, name="Booghoogte", low=20, high=50, unit="mm")
    span = windlass.default_windlass_geometry().chord0_mm
    weight = alt.param(
        name="gewicht",
        value=body_mass_kg,
        bind=alt.binding_range(min=40, max=150, step=1, name="Lichaamsgewicht (kg) "),
    )
    height = alt.param(
        name="booghoogte",
        value=arch_height_mm,
        bind=alt.binding_range(min=20, max=50, step=1, name="Booghoogte (mm) "),
    )
    grid = pd.DataFrame({"h": list(range(20, 51))})
    tension_curve = expressions.fascia_tension_expression(
        body_mass="gewicht", arch_height="datum.h", span_mm=span
    )
    tension_now = expressions.fascia_tension_expression(
        body_mass="gewicht", arch_height="booghoogte", span_mm=span
    )
    x = alt.X("h:Q", title="Booghoogte (mm)", scale=alt.Scale(domain=[20, 50]))
    y = alt.Y("kracht:Q", title="Spanning in de fascia (N)", scale=alt.Scale(domain=[0, 2600]))
    line = (
        alt.Chart(grid)
        .transform_calculate(kracht=tension_curve)
        .mark_line(color=COLORS["vermiljoen"])
        .encode(x=x, y=y)
    )
    point = (
        alt.Chart(pd.DataFrame({"r": [0]}))
        .transform_calculate(h="booghoogte", kracht=tension_now)
        .mark_point(filled=True, size=140, color=COLORS["zwart"])
        .encode(x=x, y=y)
    )
    amount = "format(datum.kracht / (gewicht * " + repr(G) + "), ',.2f')"
    wide_lines = [
        "'Spanning: ' + format(datum.kracht, ',.0f') + ' N'",
        f"'= ' + {amount} + ' × je lichaamsgewicht (staand op één been)'",
    ]
    phone_lines = [  # the same text in lines that fit a phone
        wide_lines[0],
        f"'= ' + {amount} + ' × je lichaamsgewicht'",
        "'(staand op één been)'",
    ]

    def layout(width_px: int, height_px: int, lines: list[str]) -> alt.VConcatChart:
        readout = text_readout(
            alt.Chart(pd.DataFrame({"r": [0]})).transform_calculate(kracht=tension_now),
            lines,
            width=width_px,
            height=22 * len(lines),
        )
        plot = (line + point).properties(width=width_px, height=height_px)
        return alt.vconcat(plot, readout).add_params(weight, height)

    wide = layout(420, 220, wide_lines).properties(
        description=(
            "Spanning in de fascia plantaris volgens het spanbalkmodel, tegen de booghoogte, "
            "met schuifregelaars voor lichaamsgewicht en booghoogte: hoe lager de boog, "
            "hoe groter de spanning."
        )
    )
    return with_narrow_layout(wide, layout(PHONE_VIEW_PX, 200, phone_lines))
