"""Charts for the evidence chapters: forest plot, stepped-care timeline, evidence overview.

Every chart draws the rows of a course data table (see :mod:`hielspoor.evidence`) without
changing their numbers, so a test can compare the chart's data with the CSV.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor import evidence
from hielspoor.charts import COLORS
from hielspoor.charts.phone import (
    PHONE_WIDTH_PX,
    label_rows,
    row_labels,
    with_narrow_layout,
    wrap_label,
)

#: Colour per risk-factor domain (Okabe-Ito, colour-blind safe).
DOMAIN_COLORS = {
    "Beweeglijkheid enkel": COLORS["vermiljoen"],
    "Lichaamsgewicht": COLORS["blauw"],
    "Belasting": COLORS["groen"],
    "Voetstand": COLORS["paars"],
}
#: Colour and shape per direction of guideline advice (shape keeps it readable without colour).
DIRECTION_COLORS = {
    "aanbevolen": COLORS["groen"],
    "te overwegen": COLORS["oranje"],
    "niet aanbevolen": COLORS["vermiljoen"],
    "geen advies": COLORS["grijs"],
}
DIRECTION_SHAPES = {
    "aanbevolen": "circle",
    "te overwegen": "diamond",
    "niet aanbevolen": "cross",
    "geen advies": "square",
}
STEP_COLORS = [COLORS["hemelsblauw"], COLORS["blauw"], COLORS["oranje"], COLORS["vermiljoen"]]
#: Odds-ratio axis (log scale) wide enough for every interval in the table.
OR_DOMAIN = (0.5, 200.0)
OR_TICKS = (0.5, 1, 2, 5, 10, 20, 50, 100, 200)
PHONE_OR_TICKS = (0.5, 1, 2, 5, 10, 50, 200)  # apart enough on a phone's narrow axis
#: Longest line of a category label on a phone (characters).
PHONE_LABEL_CHARS = 42


def forest_plot(table: pd.DataFrame | None = None) -> alt.LayerChart:
    """Forest plot of odds ratios with 95% intervals on a log scale, reference line at 1.

    Parameters
    ----------
    table
        Risk-factor table as in ``data/risk_factors.csv``; default: the course table.
        Rows without an odds ratio (no association reported) are written as text on the
        reference line, so mixed evidence stays visible.

    Notes
    -----
    Sources per row in the ``source`` column (riddle2003, vanleeuwen2016, irving2007);
    they appear in the tooltip.
    """
    data = evidence.forest_data(evidence.load_risk_factors() if table is None else table)
    data = data[
        ["label", "factor", "domain", "study", "or", "ci_low", "ci_high", "or_text", "finding",
         "population", "comparison", "source", "note", "has_or"]
    ]  # fmt: skip
    rank = {domain: number for number, domain in enumerate(DOMAIN_COLORS)}
    order = data.assign(_rank=data["domain"].map(rank)).sort_values("_rank", kind="stable")
    data = data.assign(
        regels=[wrap_label(label, chars=PHONE_LABEL_CHARS) for label in data["label"]]
    )
    tooltip = [
        alt.Tooltip("factor:N", title="Factor"),
        alt.Tooltip("study:N", title="Studie"),
        alt.Tooltip("or_text:N", title="Resultaat"),
        alt.Tooltip("finding:N", title="Bevinding"),
        alt.Tooltip("population:N", title="Onderzochte groep"),
        alt.Tooltip("comparison:N", title="Vergeleken met"),
        alt.Tooltip("note:N", title="Let op"),
        alt.Tooltip("source:N", title="Bron"),
    ]
    scale = alt.Scale(type="log", domain=list(OR_DOMAIN), nice=False)
    reference = pd.DataFrame({"referentie": [1.0], "tekst": ["OR = 1: geen verband"]})
    line = (
        alt.Chart(reference)
        .mark_rule(strokeDash=[5, 4], color=COLORS["zwart"])
        .encode(x=alt.X("referentie:Q", scale=scale))
    )
    line_label = (
        alt.Chart(reference)
        .mark_text(align="left", baseline="bottom", dx=4, dy=-2, color=COLORS["zwart"])
        .encode(x=alt.X("referentie:Q", scale=scale), y=alt.value(0), text="tekst:N")
    )
    title = "Odds ratio met 95%-BI (logaritmische schaal)"

    def layout(*, phone: bool) -> alt.LayerChart:
        # On a phone each row's label is a line of text above its interval (full width),
        # not an axis label beside it.
        field = "regels" if phone else "label"
        sort = list(order["label"].map(dict(zip(data["label"], data[field], strict=True))))
        axis = None if phone else alt.Axis(labelLimit=260, labelExpr="split(datum.label, ' · ')")
        y = alt.Y(f"{field}:N", sort=sort, title=None, axis=axis)
        color = alt.Color(
            "domain:N",
            title="Soort factor",
            legend=alt.Legend(orient="bottom", columns=1 if phone else 2),
            scale=alt.Scale(domain=list(DOMAIN_COLORS), range=list(DOMAIN_COLORS.values())),
        )
        x_axis = alt.Axis(values=list(PHONE_OR_TICKS if phone else OR_TICKS), grid=True)
        x_title = title.split(" (") if phone else title
        base = alt.Chart(data)
        with_or = base.transform_filter("datum.has_or")
        step, top, offset = label_rows(data["regels"], mark_px=14)
        below = {"yOffset": offset} if phone else {}
        interval = with_or.mark_rule(strokeWidth=2, **below).encode(
            x=alt.X("ci_low:Q", scale=scale, axis=x_axis, title=x_title),
            x2="ci_high:Q", y=y, color=color, tooltip=tooltip,
        )  # fmt: skip
        point = with_or.mark_point(filled=True, size=90, shape="square", opacity=1, **below).encode(
            x=alt.X("or:Q", scale=scale), y=y, color=color, tooltip=tooltip
        )
        no_or = (
            base.transform_filter("!datum.has_or")
            .mark_text(align="left", dx=6, fontStyle="italic", **below)
            .encode(
                x=alt.datum(1, scale=scale),
                y=y,
                text=alt.value("geen verband (geen OR)"),
                color=color,
                tooltip=tooltip,
            )
        )
        layers = [line, line_label, interval, point, no_or]
        if phone:
            layers.append(row_labels(base, y=y, field=field, top_px=top))
        return alt.layer(*layers).properties(
            width=PHONE_WIDTH_PX - 20 if phone else 270, height=alt.Step(step if phone else 40)
        )

    wide = layout(phone=False).properties(
        description=(
            "Forest plot van risicofactoren voor fasciopathie plantaris: odds ratio's met "
            "95%-betrouwbaarheidsinterval op een logaritmische schaal, met een stippellijn bij "
            "odds ratio 1 (geen verband). Beperkte enkelbeweeglijkheid: sterk verband bij "
            "Riddle 2003, geen verband bij Irving 2007."
        ),
    )
    return with_narrow_layout(wide, layout(phone=True))


def step_data(
    steps: pd.DataFrame | None = None, treatments: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Rows of the stepped-care timeline: the steps plus the treatments of each step.

    Examples
    --------
    >>> step_data().loc[2, "behandelingen"]
    'Shockwave (ESWT), Corticosteroïdinjectie'
    """
    steps = evidence.load_stepped_care() if steps is None else steps
    treatments = evidence.load_treatments() if treatments is None else treatments
    data = steps.copy()
    data["label"] = "Stap " + data["step"].astype(str) + ": " + data["name"]
    data["behandelingen"] = [
        ", ".join(treatments.loc[treatments["step"] == step, "name"]) for step in data["step"]
    ]
    data["weken"] = [
        f"week {start}–{end}"
        for start, end in zip(data["start_week"], data["end_week"], strict=True)
    ]
    return data


def stepped_care_chart(
    steps: pd.DataFrame | None = None, treatments: pd.DataFrame | None = None
) -> alt.LayerChart:
    """Timeline of stepped care: one band per step over weeks, shockwave sessions as points.

    The vertical line marks the start of step 3, where the Dutch guideline allows shockwave
    after at least 12 weeks of education and exercise without effect (``vsg2026``).
    """
    data = step_data(steps, treatments)
    sessions = pd.DataFrame(
        {
            "week": evidence.shockwave_session_weeks(int(data.loc[data["step"] == 3,
                                                                 "start_week"].iloc[0])),
            "label": data.loc[data["step"] == 3, "label"].iloc[0],
        }
    )  # fmt: skip
    sessions["sessie"] = [f"shockwave-sessie {n}" for n in range(1, len(sessions) + 1)]
    end = int(data["end_week"].max())
    x_scale = alt.Scale(domain=[0, end], nice=False)
    tooltip = [
        alt.Tooltip("label:N", title="Stap"),
        alt.Tooltip("weken:N", title="Periode"),
        alt.Tooltip("content:N", title="Wat"),
        alt.Tooltip("behandelingen:N", title="Behandelingen in de tabel"),
        alt.Tooltip("timing_basis:N", title="Waarom deze weken"),
        alt.Tooltip("source:N", title="Bron"),
    ]
    boundary = pd.DataFrame(
        {"week": [sessions["week"].min()], "tekst": ["na 12 weken zonder effect"]}
    )
    rule = (
        alt.Chart(boundary)
        .mark_rule(strokeDash=[5, 4], color=COLORS["zwart"])
        .encode(x=alt.X("week:Q", scale=x_scale))
    )

    def layout(*, phone: bool) -> alt.LayerChart:
        # On a phone each step's name is a line above its band, not an axis label beside it
        axis = None if phone else alt.Axis(labelLimit=240)
        y = alt.Y("label:N", sort=list(data["label"]), title=None, axis=axis)
        below = 12 if phone else 0
        x_title = "Weken sinds het begin van de behandeling"
        bands = (
            alt.Chart(data)
            .mark_bar(cornerRadius=3, height=26, yOffset=below)
            .encode(
                x=alt.X("start_week:Q", scale=x_scale, title=x_title,
                        axis=alt.Axis(values=list(range(0, end + 1, 8)))),
                x2="end_week:Q",
                y=y,
                color=alt.Color("label:N", legend=None,
                                scale=alt.Scale(domain=list(data["label"]), range=STEP_COLORS)),
                tooltip=tooltip,
            )
        )  # fmt: skip
        dots = (
            alt.Chart(sessions)
            .mark_point(
                shape="triangle-down", filled=True, size=90, color=COLORS["zwart"],
                yOffset=below - 18,
            )
            .encode(
                x=alt.X("week:Q", scale=x_scale),
                y=y,
                tooltip=[
                    alt.Tooltip("sessie:N", title="Shockwave"),
                    alt.Tooltip("week:Q", title="Week"),
                ],
            )
        )  # fmt: skip
        rule_text = (
            alt.Chart(boundary)
            .mark_text(align="left", dx=4, baseline="bottom" if phone else "top",
                       dy=-2 if phone else 2)
            .encode(x=alt.X("week:Q", scale=x_scale), y=alt.value(0), text="tekst:N")
        )  # fmt: skip
        layers = [bands, dots, rule, rule_text]
        if phone:
            layers.append(row_labels(alt.Chart(data), y=y, field="label"))
        return alt.layer(*layers).properties(
            width=PHONE_WIDTH_PX - 20 if phone else 300, height=alt.Step(66 if phone else 44)
        )

    wide = layout(phone=False).properties(
        description=(
            "Stappenplan bij hielpijn over de tijd in weken: stap 1 uitleg en stap 2 "
            "oefentherapie lopen samen van week 0 tot week 12; stap 3 aanvullende behandeling pas "
            "na ten minste 12 weken educatie en oefentherapie zonder effect (maximaal 3 wekelijkse "
            "shockwave-sessies), stap 4 specialist. Alleen de grens van 12 weken komt rechtstreeks "
            "uit de richtlijn."
        ),
    )
    return with_narrow_layout(wide, layout(phone=True))


def overview_data(treatments: pd.DataFrame | None = None) -> pd.DataFrame:
    """Rows of the evidence overview, sorted by step (step 0, no place in the pathway, last)."""
    data = evidence.load_treatments() if treatments is None else treatments.copy()
    data = data.assign(
        stap=[evidence.STEP_LABELS[step] for step in data["step"]],
        _order=[(step if step else 9) for step in data["step"]],
    )
    return data.sort_values("_order", kind="stable").drop(columns="_order").reset_index(drop=True)


def evidence_overview(treatments: pd.DataFrame | None = None) -> alt.Chart:
    """Treatments × certainty of evidence, coloured (and shaped) by the guideline's advice."""
    data = overview_data(treatments)
    tooltip = [
        alt.Tooltip("name:N", title="Behandeling"),
        alt.Tooltip("stap:N", title="Plaats"),
        alt.Tooltip("direction:N", title="Advies"),
        alt.Tooltip("evidence:N", title="Bewijskracht"),
        alt.Tooltip("evidence_note:N", title="Toelichting"),
        alt.Tooltip("vsg2026:N", title="Nederlandse richtlijn"),
        alt.Tooltip("koc2023:N", title="JOSPT-richtlijn"),
        alt.Tooltip("risks:N", title="Risico's"),
        alt.Tooltip("source:N", title="Bron"),
    ]
    data["regels"] = [wrap_label(name, chars=PHONE_LABEL_CHARS) for name in data["name"]]
    step, top, offset = label_rows(data["regels"], mark_px=16)

    def layout(*, phone: bool) -> alt.Chart | alt.LayerChart:
        # On a phone each treatment's name is a line above its row, not an axis label
        field = "regels" if phone else "name"
        axis = None if phone else alt.Axis(labelLimit=240)
        y = alt.Y(f"{field}:N", sort=list(data[field]), title=None, axis=axis)
        # vega grows a label of two lines downwards: on a phone lift it above the axis, and
        # a grid line leads from each level down to the rows far below
        lift = {"labelPadding": 17, "grid": True} if phone else {}
        levels = alt.Axis(labelAngle=0, orient="top", labelExpr="split(datum.label, ' ')", **lift)
        columns = 1 if phone else 2
        points = (
            alt.Chart(data)
            .mark_point(filled=True, size=220, opacity=1, yOffset=offset if phone else 0)
            .encode(
                x=alt.X("evidence:O", title="Bewijskracht volgens de richtlijn",
                        scale=alt.Scale(domain=list(evidence.EVIDENCE_LEVELS)), axis=levels),
                y=y,
                color=alt.Color("direction:N", title="Advies",
                                legend=alt.Legend(orient="bottom", columns=columns),
                                scale=alt.Scale(domain=list(DIRECTION_COLORS),
                                                range=list(DIRECTION_COLORS.values()))),
                shape=alt.Shape("direction:N", title="Advies",
                                legend=alt.Legend(orient="bottom", columns=columns),
                                scale=alt.Scale(domain=list(DIRECTION_SHAPES),
                                                range=list(DIRECTION_SHAPES.values()))),
                tooltip=tooltip,
            )
        )  # fmt: skip
        if not phone:
            return points.properties(width=280, height=alt.Step(26))
        names = row_labels(alt.Chart(data), y=y, field=field, top_px=top)
        return alt.layer(points, names).properties(width=PHONE_WIDTH_PX - 20, height=alt.Step(step))

    wide = layout(phone=False).properties(
        description=(
            "Overzicht van behandelingen: bewijskracht volgens de richtlijn en het advies "
            "(aanbevolen, te overwegen, niet aanbevolen of geen advies nagegaan). Educatie, "
            "rekken en krachttraining worden aanbevolen; injectie met eigen bloed en "
            "supplementen niet."
        ),
    )
    return with_narrow_layout(wide, layout(phone=True))
