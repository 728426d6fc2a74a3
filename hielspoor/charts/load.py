"""Charts for the load chapter: force per step against body weight."""

from __future__ import annotations

import altair as alt

from hielspoor import load
from hielspoor.charts import COLORS, text_readout
from hielspoor.charts.phone import PHONE_VIEW_PX, with_narrow_layout
from hielspoor.validation import check_number

WEIGHT_RANGE = range(40, 201)


def bmi_class_expression(bmi_expr: str) -> str:
    """Vega expression giving the Dutch WHO class for ``bmi_expr``, from ``load.BMI_CLASSES``.

    Examples
    --------
    >>> bmi_class_expression("b")[:40]
    "b >= 30.0 ? 'obesitas' : b >= 25.0 ? 'ov"
    """
    parts = [f"{bmi_expr} >= {lower} ? '{name}'" for lower, name in reversed(load.BMI_CLASSES[1:])]
    return " : ".join(parts) + f" : '{load.BMI_CLASSES[0][1]}'"


def load_calculator_chart(
    *, body_mass_kg: int = 80, height_cm: int = 180, activity: str = "lopen"
) -> alt.VConcatChart:
    """Interactive chart of peak force per step against body weight, for the static book.

    Three Vega-Lite parameters bound to controls (``gewicht``, ``lengte``,
    ``activiteit``) move the reader's point, switch the activity band and update
    the BMI and force read-out. All forces come from :func:`hielspoor.load.load_grid`;
    only BMI is computed in the browser, from the same formula and WHO classes.
    """
    check_number(body_mass_kg, name="Gewicht", low=WEIGHT_RANGE.start, high=WEIGHT_RANGE.stop - 1,
                 unit="kg")  # fmt: skip
    check_number(height_cm, name="Lengte", low=load.HEIGHT_CM[0], high=load.HEIGHT_CM[1], unit="cm")
    load.check_activity(activity)
    grid = load.load_grid(masses_kg=WEIGHT_RANGE)
    weight = alt.param(
        name="gewicht",
        value=body_mass_kg,
        bind=alt.binding_range(
            min=WEIGHT_RANGE.start, max=WEIGHT_RANGE.stop - 1, step=1, name="Gewicht (kg) "
        ),
    )
    height = alt.param(
        name="lengte",
        value=height_cm,
        bind=alt.binding_range(
            min=int(load.HEIGHT_CM[0]), max=int(load.HEIGHT_CM[1]), step=1, name="Lengte (cm) "
        ),
    )
    chosen = alt.param(
        name="activiteit",
        value=activity,
        bind=alt.binding_select(options=list(load.ACTIVITIES), name="Activiteit "),
    )
    base = alt.Chart(grid).transform_filter("datum.activiteit == activiteit")
    x = alt.X("gewicht_kg:Q", title="Lichaamsgewicht (kg)", scale=alt.Scale(domain=[40, 200]))
    y_max = float(grid["kracht_hoog_n"].max())
    y_title = ["Piekkracht onder één voet", "per stap (N)"]  # two lines on a phone

    def band(*, phone: bool) -> alt.Chart:
        title = y_title if phone else " ".join(y_title)
        y = alt.Y(
            "kracht_laag_n:Q", title=title, scale=alt.Scale(domain=[0, round(y_max, -2) + 100])
        )
        return base.mark_area(opacity=0.35, color=COLORS["blauw"]).encode(
            x=x, y=y, y2="kracht_hoog_n:Q"
        )

    middle = base.mark_line(color=COLORS["blauw"]).encode(x=x, y="kracht_midden_n:Q")
    tooltip = [
        alt.Tooltip("gewicht_kg:Q", title="Gewicht (kg)"),
        alt.Tooltip("kracht_laag_n:Q", title="Kracht laag (N)", format=",.0f"),
        alt.Tooltip("kracht_hoog_n:Q", title="Kracht hoog (N)", format=",.0f"),
        alt.Tooltip("bron:N", title="Bron"),
    ]
    reader = (
        base.transform_filter("datum.gewicht_kg == gewicht")
        .mark_point(size=160, filled=True, color=COLORS["vermiljoen"], shape="diamond")
        .encode(x=x, y="kracht_midden_n:Q", tooltip=tooltip)
    )
    readout = base.transform_filter("datum.gewicht_kg == gewicht").transform_calculate(
        bmi="gewicht / pow(lengte / 100, 2)",
        klasse=bmi_class_expression("datum.bmi"),
        per_kg_laag="datum.kracht_laag_n / datum.gewicht_kg",
        per_kg_hoog="datum.kracht_hoog_n / datum.gewicht_kg",
    )
    bmi = "'BMI: ' + format(datum.bmi, '.1f') + ' kg/m² (' + datum.klasse + ')'"
    force = (
        "format(datum.kracht_laag_n, ',.0f') + '–' + format(datum.kracht_hoog_n, ',.0f') + ' N ('"
        " + format(datum.kgf_laag, ',.0f') + '–' + format(datum.kgf_hoog, ',.0f') + ' kg-kracht)'"
    )
    per_kg = "format(datum.per_kg_laag, ',.0f') + '–' + format(datum.per_kg_hoog, ',.0f')"
    wide_lines = [
        bmi,
        f"'Piekkracht per stap bij ' + datum.activiteit + ': ' + {force}",
        f"'Eén kilo zwaarder: ' + {per_kg} + ' N meer per stap, niet drie keer zoveel'",
    ]
    phone_lines = [  # the same text in lines that fit a phone
        bmi,
        "'Piekkracht per stap bij ' + datum.activiteit + ':'",
        force,
        f"'Eén kilo zwaarder: ' + {per_kg} + ' N meer'",
        "'per stap, niet drie keer zoveel'",
    ]

    def layout(*, phone: bool) -> alt.VConcatChart:
        width_px, height_px = (PHONE_VIEW_PX - 15, 220) if phone else (480, 280)
        lines = phone_lines if phone else wide_lines
        layers = band(phone=phone) + middle + reader
        plot = layers.properties(width=width_px, height=height_px)
        text = text_readout(readout, lines, width=width_px, height=23 * len(lines))
        return alt.vconcat(plot, text).add_params(weight, height, chosen)

    wide = layout(phone=False).properties(
        description=(
            "Piekkracht onder één voet per stap tegen lichaamsgewicht: een rechte lijn. "
            "Met schuifregelaars voor gewicht en lengte en een keuze voor de activiteit."
        )
    )
    return with_narrow_layout(wide, layout(phone=True))
