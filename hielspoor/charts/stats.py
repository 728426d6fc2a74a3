"""Charts for chapter 09: recovery curves per treatment arm and a forest plot of odds ratios."""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor.charts import COLORS
from hielspoor.charts.phone import (
    PHONE_VIEW_PX,
    PHONE_WIDTH_PX,
    SPLIT_LINES,
    with_narrow_layout,
    wrap_label,
)
from hielspoor.validation import check_frame

ARM_COLORS = {
    "voorlichting+rekken": COLORS["blauw"],
    "krachttraining": COLORS["vermiljoen"],
    "afwachten": COLORS["grijs"],
}
SOURCE_COLORS = {
    "klasdata": COLORS["vermiljoen"],
    "riddle2003": COLORS["blauw"],
    "vanleeuwen2016": COLORS["groen"],
}


def _color_scale(values: pd.Series, palette: dict[str, str]) -> alt.Scale:
    present = [name for name in palette if name in set(values)]
    others = sorted(set(values) - set(present))
    domain = present + others
    spare = [COLORS["oranje"], COLORS["paars"], COLORS["hemelsblauw"], COLORS["zwart"]]
    colors = [palette[name] for name in present] + spare[: len(others)]
    return alt.Scale(domain=domain, range=colors)


def recovery_chart(curves: pd.DataFrame) -> alt.LayerChart:
    """Mean FFI per week and treatment arm, with 95% intervals; click the legend to highlight.

    Parameters
    ----------
    curves
        Output of :func:`hielspoor.class_data.recovery_curves` (columns ``behandeling, week, n,
        gemiddelde, sd, laag, hoog``).
    """
    check_frame(curves, name="Herstelcurven", columns=("behandeling", "week", "n", "gemiddelde",
                                                       "sd", "laag", "hoog"))  # fmt: skip
    data = curves.round({"gemiddelde": 1, "sd": 1, "laag": 1, "hoog": 1})
    highlight = alt.selection_point(name="arm", fields=["behandeling"], bind="legend")
    x = alt.X(
        "week:Q",
        title="Week",
        scale=alt.Scale(domain=[-0.5, 12.5]),
        axis=alt.Axis(values=[0, 4, 8, 12]),
    )
    y_title = "Gemiddelde FFI (0–100, hoger = slechter)"
    opacity = alt.condition(highlight, alt.value(1.0), alt.value(0.15))
    tooltip = [
        alt.Tooltip("behandeling:N", title="Behandeling"),
        alt.Tooltip("week:Q", title="Week"),
        alt.Tooltip("n:Q", title="Aantal"),
        alt.Tooltip("gemiddelde:Q", title="Gemiddelde FFI", format=".1f"),
        alt.Tooltip("laag:Q", title="95%-BI laag", format=".1f"),
        alt.Tooltip("hoog:Q", title="95%-BI hoog", format=".1f"),
    ]

    def layout(*, phone: bool) -> alt.LayerChart:
        # On a phone the legend goes under the plot and the y title takes two lines
        title = [y_title.split(" (")[0], "(" + y_title.split(" (")[1]] if phone else y_title
        y = alt.Y("gemiddelde:Q", title=title, scale=alt.Scale(domain=[0, 80]))
        color = alt.Color(
            "behandeling:N",
            title="Behandeling",
            scale=_color_scale(data["behandeling"], ARM_COLORS),
            legend=alt.Legend(orient="bottom", direction="vertical") if phone
            else alt.Legend(orient="right"),
        )  # fmt: skip
        base = alt.Chart(data).encode(x=x, color=color, opacity=opacity)
        lines = base.mark_line(strokeWidth=2).encode(y=y)
        points = (
            base.mark_point(filled=True, size=60).encode(y=y, tooltip=tooltip).add_params(highlight)
        )
        bars = base.mark_errorbar(ticks=True).encode(y=alt.Y("laag:Q", title=title), y2="hoog:Q")
        return alt.layer(points, lines, bars).properties(
            width=PHONE_VIEW_PX if phone else 480, height=240 if phone else 300
        )

    wide = layout(phone=False).properties(
        description=(
            "Lijndiagram: gemiddelde Foot Function Index per behandelarm in week 0, 4, 8 "
            "en 12 van de synthetische klasdata, met 95%-betrouwbaarheidsintervallen."
        ),
    )
    return with_narrow_layout(wide, layout(phone=True))


def odds_ratio_chart(table: pd.DataFrame) -> alt.LayerChart:
    """Forest plot: odds ratios with intervals on a log scale, class data next to the literature.

    Parameters
    ----------
    table
        Output of :func:`hielspoor.class_data.risk_factor_table` (columns ``factor, bron, or,
        laag, hoog``).
    """
    check_frame(table, name="Odds ratio's", columns=("factor", "bron", "or", "laag", "hoog"))
    data = table.round({"or": 2, "laag": 2, "hoog": 2})
    data["regels"] = [  # on a phone: the factor, then its reference "(ref. ...)" on a line
        "\n(".join(wrap_label(part, chars=18, keep=None) for part in factor.split(" ("))
        for factor in data["factor"]
    ]
    offset = alt.YOffset("bron:N", sort=list(dict.fromkeys(data["bron"])))
    color = alt.Color("bron:N", title="Bron", scale=_color_scale(data["bron"], SOURCE_COLORS))
    title = "Odds ratio (logaritmische schaal)"
    scale = alt.Scale(type="log", domain=[0.5, 150])
    tooltip = [
        alt.Tooltip("factor:N", title="Factor"),
        alt.Tooltip("bron:N", title="Bron"),
        alt.Tooltip("or:Q", title="OR", format=".2f"),
        alt.Tooltip("laag:Q", title="95%-BI laag", format=".2f"),
        alt.Tooltip("hoog:Q", title="95%-BI hoog", format=".2f"),
    ]

    def layout(*, phone: bool) -> alt.LayerChart:
        # On a phone a factor's name takes two lines and the axis has fewer ticks
        field = "regels" if phone else "factor"
        labels = alt.Axis(labelLimit=260, **({"labelExpr": SPLIT_LINES} if phone else {}))
        y = alt.Y(f"{field}:N", title=None, sort=list(dict.fromkeys(data[field])), axis=labels)
        ticks = [1, 2, 5, 10, 50, 100] if phone else [0.5, 1, 2, 5, 10, 20, 50, 100]
        axis = alt.Axis(values=ticks)
        x = alt.X("or:Q", title=title, scale=scale, axis=axis)
        base = alt.Chart(data).encode(y=y, yOffset=offset, color=color)
        rules = base.mark_rule(strokeWidth=2).encode(
            x=alt.X("laag:Q", title=title, scale=scale, axis=axis), x2="hoog:Q"
        )
        points = base.mark_point(filled=True, size=70).encode(x=x, tooltip=tooltip)
        one = alt.Chart(pd.DataFrame({"or": [1.0]})).mark_rule(strokeDash=[4, 4], color="#767676")
        one = one.encode(x=alt.X("or:Q", title=title, scale=scale, axis=axis))
        return alt.layer(one, rules, points).properties(
            width=PHONE_WIDTH_PX - 165 if phone else 420, height=alt.Step(16 if phone else 14)
        )

    wide = layout(phone=False).properties(
        description=(
            "Forest plot: odds ratio met 95%-betrouwbaarheidsinterval per risicofactor, "
            "klasdata naast de gepubliceerde waarden (Riddle 2003, van Leeuwen 2016), "
            "op een logaritmische schaal met een stippellijn bij 1 (geen verband)."
        ),
    )
    phone = layout(phone=True).configure_legend(orient="bottom", direction="vertical")
    return with_narrow_layout(wide, phone)
