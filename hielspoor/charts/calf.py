"""Charts for chapter 02: calf stretch and the lunge test, with sliders.

Every chart has Vega-Lite parameters bound to sliders, so it also works in the static
book without Python. The calf lengths are Vega expressions written from the
coefficients of :mod:`hielspoor.calf` (tests compare them with the model to 1e-12).
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor import calf
from hielspoor.charts import COLORS, expressions, text_readout
from hielspoor.charts.phone import PHONE_VIEW_PX, with_narrow_layout
from hielspoor.validation import check_number

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
    calf.calf_lengths(
        knee_flexion_deg=knee_flexion_deg,
        ankle_dorsiflexion_deg=ankle_dorsiflexion_deg,
        shank_length_mm=shank_length_mm,
    )  # refuses what the model refuses, in Dutch
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
    tooltip = [
        alt.Tooltip("spier:N", title="Spier"),
        alt.Tooltip("lengte:Q", title="Lengte (mm)", format=",.1f"),
        alt.Tooltip("verandering:Q", title="Verandering (mm)", format="+,.1f"),
        alt.Tooltip("procent:Q", title="Verandering (%)", format="+,.1f"),
    ]
    zero = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color=COLORS["grijs"]).encode(x="x:Q")

    def bar_panel(width_px: int, *, phone: bool) -> alt.LayerChart:
        title = "Verandering t.o.v. rechtop staan (mm): + = gerekt, − = ingekort"
        x_change = alt.X(
            "verandering:Q",
            title=title.split(": ") if phone else title,
            scale=alt.Scale(domain=[-65, 35]),
        )
        # On a phone the muscle names take two lines (labelExpr gives an array of lines)
        axis = alt.Axis(labelExpr="split(datum.label, ' ')") if phone else alt.Axis()
        muscle = alt.Y("spier:N", title=None, sort=list(_MUSCLE_COLORS), axis=axis)
        bars = bars_base.mark_bar().encode(x=x_change, y=muscle, color=color, tooltip=tooltip)
        labels = bars_base.mark_text(align="left", dx=4, fontSize=12).encode(
            x=alt.value(width_px + 5),
            y=alt.Y("spier:N", sort=list(_MUSCLE_COLORS)),
            text=alt.Text("verandering:Q", format="+,.1f"),
        )
        return (bars + zero + labels).properties(width=width_px, height=130 if phone else 110)

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
    curve_layers = curves + knee_rule
    wide = alt.vconcat(
        bar_panel(400, phone=False), curve_layers.properties(width=400, height=200)
    ).add_params(knee, ankle)
    phone = alt.vconcat(
        bar_panel(PHONE_VIEW_PX - 80, phone=True),
        curve_layers.properties(width=PHONE_VIEW_PX - 40, height=180),  # same origin as the bars
    ).add_params(knee, ankle)
    wide = wide.properties(
        description=(
            "Lengteverandering van gastrocnemius medialis, gastrocnemius lateralis en soleus "
            "ten opzichte van rechtop staan, met schuifregelaars voor kniebuiging en "
            "enkelhoek. "
            "Bij een gebogen knie wordt de gastrocnemius korter, de soleus niet."
        )
    )
    return with_narrow_layout(wide, phone.configure_legend(orient="bottom", direction="vertical"))


def lunge_chart(*, left_cm: float = 10.0, right_cm: float = 9.0) -> alt.VConcatChart:
    """Lunge-test distances of both legs against the measurement error, with two sliders.

    Parameters ``links`` and ``rechts`` (toe-wall distance, 0-20 cm). The read-out
    compares the difference with the smallest real difference of 1.5 cm
    (Chisholm et al. 2012); it gives no verdict about the reader's foot.
    """
    for value, name in ((left_cm, "Afstand links"), (right_cm, "Afstand rechts")):
        check_number(value, name=name, low=0, high=20, unit="cm")
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
    within = f"abs(links - rechts) < {LUNGE_MDC_DIFFERENCE_CM}"
    amount = "format(abs(links - rechts), ',.1f') + ' cm'"
    difference = f"'Verschil tussen links en rechts: ' + {amount}"
    inside = ["Dit verschil valt binnen de meetfout:", "het kan toeval zijn."]
    outside = [
        "Dit verschil is groter dan de meetfout.",
        "Het zegt nog niets over de oorzaak",
        "van hielpijn.",
    ]
    wide_lines = [
        difference,
        f"{within} ? '{' '.join(inside)}' : '{' '.join(outside)}'",
    ]
    phone_lines = [  # the same sentences in lines that fit a phone
        f"'Verschil links en rechts: ' + {amount}",
        *(
            f"{within} ? '{inside[n] if n < len(inside) else ''}' : '{outside[n]}'"
            for n in range(len(outside))
        ),
    ]

    def layout(width_px: int, lines: list[str]) -> alt.VConcatChart:
        readout = text_readout(
            alt.Chart(pd.DataFrame({"r": [0]})), lines, width=width_px, height=22 * len(lines)
        )
        plot = (band + dots).properties(width=width_px, height=90)
        return alt.vconcat(plot, readout).add_params(left, right)

    wide = layout(420, wide_lines).properties(
        description=(
            "Uitslag van de lunge-test links en rechts in centimeters, met een grijze band "
            "voor de meetfout van één meting en een zin over het verschil tussen beide kanten."
        )
    )
    return with_narrow_layout(wide, layout(PHONE_VIEW_PX, phone_lines))
