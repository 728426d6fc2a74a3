"""Charts for chapters 02 and 03: calf stretch, lunge test, windlass and tie-rod.

Every chart has Vega-Lite parameters bound to sliders, so it also works in the
static book without Python. The numbers come from :mod:`hielspoor.calf` and
:mod:`hielspoor.windlass`: either as data the package computed, or as Vega expressions the package
generated from the same coefficients (tests compare both with direct calls).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor import calf, windlass
from hielspoor.charts import COLORS, expressions, text_readout
from hielspoor.load import G

#: Smallest toe-wall difference between legs beyond measurement noise (cm), Chisholm 2012.
LUNGE_MDC_DIFFERENCE_CM = 1.5
#: Same, for one leg measured twice (cm), Chisholm 2012.
LUNGE_MDC_SINGLE_CM = 1.0

_MUSCLE_COLORS = {
    "Gastrocnemius medialis": COLORS["blauw"],
    "Gastrocnemius lateralis": COLORS["hemelsblauw"],
    "Soleus": COLORS["oranje"],
}


def _calf_rows() -> pd.DataFrame:
    table = calf.calf_coefficients().reset_index()
    table["spier"] = table["muscle"].map(calf.MUSCLE_NAMES)
    return table[["spier", "c0", "c_knee", "c_ankle"]]


def calf_stretch_chart(
    *,
    knee_flexion_deg: int = 0,
    ankle_dorsiflexion_deg: int = 15,
    shank_length_mm: float = calf.DEFAULT_SHANK_LENGTH_MM,
) -> alt.VConcatChart:
    """Bars and curves of calf muscle stretch, with sliders for knee and ankle angle.

    Parameters ``knie`` (knee flexion, 0-120 degrees) and ``enkel`` (dorsiflexion
    from neutral, -30 to 30 degrees) drive
    :func:`hielspoor.charts.expressions.calf_length_expression`, so the browser
    computes the same lengths as :func:`hielspoor.calf.calf_lengths`.
    """
    knee_low, knee_high = calf.KNEE_FLEXION_RANGE_DEG
    ankle_low, ankle_high = calf.ANKLE_DORSIFLEXION_RANGE_DEG
    knee = alt.param(
        name="knie",
        value=knee_flexion_deg,
        bind=alt.binding_range(
            min=knee_low, max=knee_high, step=5, name="Kniebuiging (graden, 0 = gestrekt) "
        ),
    )
    ankle = alt.param(
        name="enkel",
        value=ankle_dorsiflexion_deg,
        bind=alt.binding_range(
            min=ankle_low, max=ankle_high, step=1,
            name="Enkel (graden; + = voet naar de scheen, − = strekken) ",
        ),
    )  # fmt: skip
    now = expressions.calf_length_expression(
        knee="knie", ankle="enkel", shank_length_mm=shank_length_mm
    )
    neutral = expressions.calf_length_expression(
        knee="0", ankle="0", shank_length_mm=shank_length_mm
    )
    color = alt.Color(
        "spier:N",
        title="Spier",
        scale=alt.Scale(domain=list(_MUSCLE_COLORS), range=list(_MUSCLE_COLORS.values())),
    )
    rows = _calf_rows()
    bars_base = alt.Chart(rows).transform_calculate(lengte=now, neutraal=neutral)
    bars_base = bars_base.transform_calculate(
        verandering="datum.lengte - datum.neutraal",
        procent="100 * (datum.lengte / datum.neutraal - 1)",
    )
    x_change = alt.X(
        "verandering:Q",
        title="Verandering t.o.v. rechtop staan (mm): + = gerekt, − = ingekort",
        scale=alt.Scale(domain=[-65, 35]),
    )
    tooltip = [
        alt.Tooltip("spier:N", title="Spier"),
        alt.Tooltip("lengte:Q", title="Lengte (mm)", format=",.1f"),
        alt.Tooltip("verandering:Q", title="Verandering (mm)", format="+,.1f"),
        alt.Tooltip("procent:Q", title="Verandering (%)", format="+,.1f"),
    ]
    bars = bars_base.mark_bar().encode(
        x=x_change,
        y=alt.Y("spier:N", title=None, sort=list(_MUSCLE_COLORS)),
        color=color,
        tooltip=tooltip,
    )
    labels = bars_base.mark_text(align="left", dx=4, fontSize=12).encode(
        x=alt.value(405),
        y=alt.Y("spier:N", sort=list(_MUSCLE_COLORS)),
        text=alt.Text("verandering:Q", format="+,.1f"),
    )
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color=COLORS["grijs"]).encode(x="x:Q")
    bar_panel = (bars + zero + labels).properties(width=400, height=110)

    knee_grid = pd.DataFrame({"knie_x": list(range(int(knee_low), int(knee_high) + 1, 5))})
    curve_rows = rows.merge(knee_grid, how="cross")
    curve_now = expressions.calf_length_expression(
        knee="datum.knie_x", ankle="enkel", shank_length_mm=shank_length_mm
    )
    curves = (
        alt.Chart(curve_rows)
        .transform_calculate(lengte=curve_now, neutraal=neutral)
        .transform_calculate(verandering="datum.lengte - datum.neutraal")
        .mark_line()
        .encode(
            x=alt.X("knie_x:Q", title="Kniebuiging (graden)", scale=alt.Scale(domain=[0, 120])),
            y=alt.Y(
                "verandering:Q",
                title="Verandering (mm)",
                scale=alt.Scale(domain=[-65, 35]),
            ),
            color=color,
        )
    )
    knee_rule = (
        alt.Chart(pd.DataFrame({"r": [0]}))
        .transform_calculate(knie_nu="knie")
        .mark_rule(color=COLORS["zwart"], strokeDash=[4, 3])
        .encode(x="knie_nu:Q")
    )
    curve_panel = (curves + knee_rule).properties(width=400, height=200)
    return (
        alt.vconcat(bar_panel, curve_panel)
        .add_params(knee, ankle)
        .properties(
            description=(
                "Lengteverandering van gastrocnemius medialis, gastrocnemius lateralis en soleus "
                "ten opzichte van rechtop staan, met schuifregelaars voor kniebuiging en "
                "enkelhoek. "
                "Bij een gebogen knie wordt de gastrocnemius korter, de soleus niet."
            )
        )
    )


def lunge_chart(*, left_cm: float = 10.0, right_cm: float = 9.0) -> alt.VConcatChart:
    """Lunge-test distances of both legs against the measurement error, with two sliders.

    Parameters ``links`` and ``rechts`` (toe-wall distance, 0-20 cm). The read-out
    compares the difference with the smallest real difference of 1.5 cm
    (Chisholm et al. 2012); it gives no verdict about the reader's foot.
    """
    left = alt.param(
        name="links",
        value=left_cm,
        bind=alt.binding_range(min=0, max=20, step=0.5, name="Links: teen tot muur (cm) "),
    )
    right = alt.param(
        name="rechts",
        value=right_cm,
        bind=alt.binding_range(min=0, max=20, step=0.5, name="Rechts: teen tot muur (cm) "),
    )
    sides = pd.DataFrame({"been": ["Links", "Rechts"]})
    base = alt.Chart(sides).transform_calculate(
        afstand="datum.been == 'Links' ? links : rechts",
        onder=f"max(0, datum.afstand - {LUNGE_MDC_SINGLE_CM})",
        boven=f"datum.afstand + {LUNGE_MDC_SINGLE_CM}",
    )
    x = alt.X(
        "afstand:Q", title="Afstand grote teen tot muur (cm)", scale=alt.Scale(domain=[0, 21])
    )
    y = alt.Y("been:N", title=None)
    band = base.mark_rule(strokeWidth=8, opacity=0.35, color=COLORS["grijs"]).encode(
        x="onder:Q", x2="boven:Q", y=y
    )
    dots = base.mark_point(filled=True, size=180, color=COLORS["blauw"]).encode(
        x=x,
        y=y,
        tooltip=[
            alt.Tooltip("been:N", title="Been"),
            alt.Tooltip("afstand:Q", title="Afstand (cm)", format=",.1f"),
        ],
    )
    plot = (band + dots).properties(width=420, height=90)
    verdict = (
        f"abs(links - rechts) < {LUNGE_MDC_DIFFERENCE_CM} "
        "? 'Dit verschil valt binnen de meetfout: het kan toeval zijn.' "
        ": 'Dit verschil is groter dan de meetfout. '"
        "+ 'Het zegt nog niets over de oorzaak van hielpijn.'"
    )
    readout = text_readout(
        alt.Chart(pd.DataFrame({"r": [0]})),
        [
            "'Verschil tussen links en rechts: ' + format(abs(links - rechts), ',.1f') + ' cm'",
            verdict,
        ],
        width=420,
        height=45,
    )
    return (
        alt.vconcat(plot, readout)
        .add_params(left, right)
        .properties(
            description=(
                "Uitslag van de lunge-test links en rechts in centimeters, met een grijze band "
                "voor de meetfout van één meting en een zin over het verschil tussen beide kanten."
            )
        )
    )


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
    side_panel = (ghost + lines).properties(width=380, height=200)
    readout = side.transform_filter("datum.punt == 'hiel' && datum.deel == 'botten'")
    text = text_readout(
        readout,
        [
            (
                "'Booghoogte: ' + format(datum.height, ',.1f') + ' mm (+' "
                "+ format(datum.rise, ',.1f') + ' mm t.o.v. tenen plat)'"
            ),
            (
                "'Rek die nodig zou zijn als de boog niet stijgt: ' "
                "+ format(100 * datum.strain, ',.1f') + ' %'"
            ),
        ],
        width=380,
        height=45,
    )

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
    curve_panel = (walk + curve_line + now).properties(width=260, height=190)
    return (
        alt.hconcat(alt.vconcat(side_panel, text), curve_panel)
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


def fascia_tension_chart(*, body_mass_kg: int = 70, arch_height_mm: int = 37) -> alt.VConcatChart:
    """Tie-rod tension of the fascia against arch height, with sliders for weight and arch.

    Parameters ``gewicht`` (40-150 kg) and ``booghoogte`` (20-50 mm); the span is
    the heel-to-forefoot chord of the default geometry. Formula from
    :func:`hielspoor.charts.expressions.fascia_tension_expression`.
    """
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
    plot = (line + point).properties(width=420, height=220)
    readout = text_readout(
        alt.Chart(pd.DataFrame({"r": [0]})).transform_calculate(kracht=tension_now),
        [
            "'Spanning: ' + format(datum.kracht, ',.0f') + ' N'",
            (
                f"'= ' + format(datum.kracht / (gewicht * {G!r}), ',.2f') "
                "+ ' × je lichaamsgewicht (staand op één been)'"
            ),
        ],
        width=420,
        height=45,
    )
    return (
        alt.vconcat(plot, readout)
        .add_params(weight, height)
        .properties(
            description=(
                "Spanning in de fascia plantaris volgens het spanbalkmodel, tegen de booghoogte, "
                "met schuifregelaars voor lichaamsgewicht en booghoogte: hoe lager de boog, "
                "hoe groter de spanning."
            )
        )
    )
