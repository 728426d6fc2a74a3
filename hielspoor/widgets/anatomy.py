"""ipywidgets for chapters 02 and 03 (JupyterLab only; the book shows the static charts).

* :func:`calf_length_widget`: knee and ankle sliders plus the reader's own shank
  length -> calf muscle lengths and changes from neutral (text + chart).
* :func:`lunge_widget`: the reader's lunge-test distances -> their difference
  against the measurement error, without any verdict about the foot.
* :func:`windlass_widget`: toe slider -> arch height and the fascia strain that
  would be needed if the arch could not rise.
"""

from __future__ import annotations

import ipywidgets as widgets

from hielspoor import calf, windlass
from hielspoor.charts import calf as calf_charts
from hielspoor.charts import windlass as windlass_charts
from hielspoor.charts.result_tables import calf_table
from hielspoor.display.disclaimers import disclaimer_html
from hielspoor.display.format import format_number
from hielspoor.validation import InputError, check_range
from hielspoor.widgets import error_html, show_charts

DISCLAIMER = disclaimer_html(
    target="lab", lead="Een model rekent met gemiddelden, niet met jouw been of voet."
)
_STYLE = {"description_width": "16em"}
_LAYOUT = widgets.Layout(width="34em")


def calf_length_widget(
    *, knee_flexion_deg: int = 0, ankle_dorsiflexion_deg: int = 15, shank_length_mm: str = "443"
) -> widgets.VBox:
    """Return sliders for knee and ankle and a field for shank length, with results and chart.

    A bad shank length shows a Dutch message next to the field; the last valid
    result stays visible.
    """
    knee_low, knee_high = calf.KNEE_FLEXION_RANGE_DEG
    ankle_low, ankle_high = calf.ANKLE_DORSIFLEXION_RANGE_DEG
    knee = widgets.IntSlider(
        value=knee_flexion_deg,
        min=int(knee_low),
        max=int(knee_high),
        step=5,
        description="Kniebuiging (graden)",
        style=_STYLE,
        layout=_LAYOUT,
    )
    ankle = widgets.IntSlider(
        value=ankle_dorsiflexion_deg,
        min=int(ankle_low),
        max=int(ankle_high),
        step=1,
        description="Enkel: + naar de scheen",
        style=_STYLE,
        layout=_LAYOUT,
    )
    shank = widgets.Text(
        value=shank_length_mm, description="Onderbeenlengte (mm)", placeholder="bijv. 443",
        continuous_update=False, style=_STYLE, layout=_LAYOUT,
    )  # fmt: skip
    shank_error = widgets.HTML(value="")
    status = widgets.HTML(value="")
    results = widgets.HTML(value="")
    chart = widgets.Output()

    def update(_change: object = None) -> None:
        try:
            shank_mm = check_range(
                shank.value, label="Onderbeenlengte", low=calf.SHANK_LENGTH_RANGE_MM[0],
                high=calf.SHANK_LENGTH_RANGE_MM[1], unit="mm",
            )  # fmt: skip
        except InputError as problem:
            shank_error.value = error_html(problem)
            status.value = "<p><strong>Hieronder staat de laatste geldige uitkomst.</strong></p>"
            return
        shank_error.value = ""
        status.value = ""
        table = calf_table(
            knee_flexion_deg=knee.value,
            ankle_dorsiflexion_deg=ankle.value,
            shank_length_mm=shank_mm,
        )
        results.value = (
            table.to_html(
                index=False, border=0, float_format=lambda x: format_number(x, decimals=1)
            )
            + DISCLAIMER
        )
        show_charts(
            chart,
            calf_charts.calf_stretch_chart(
                knee_flexion_deg=knee.value,
                ankle_dorsiflexion_deg=ankle.value,
                shank_length_mm=shank_mm,
            ),
        )

    for control in (knee, ankle, shank):
        control.observe(update, names="value")
    update()
    return widgets.VBox([knee, ankle, widgets.HBox([shank, shank_error]), status, results, chart])


def lunge_widget(*, left_cm: str = "10", right_cm: str = "9") -> widgets.VBox:
    """Return two fields for the lunge-test distances and a read-out of their difference."""
    fields = {
        "links": widgets.Text(value=left_cm, description="Links: teen tot muur (cm)"),
        "rechts": widgets.Text(value=right_cm, description="Rechts: teen tot muur (cm)"),
    }
    errors = {side: widgets.HTML(value="") for side in fields}
    for box in fields.values():
        box.continuous_update = False
        box.style = _STYLE
        box.layout = _LAYOUT
    status = widgets.HTML(value="")
    results = widgets.HTML(value="")
    chart = widgets.Output()
    values: dict[str, float] = {}

    def update(_change: object = None) -> None:
        valid = True
        for side, box in fields.items():
            try:
                values[side] = check_range(
                    box.value, label=f"Afstand {side}", low=0, high=20, unit="cm"
                )
                errors[side].value = ""
            except InputError as problem:
                errors[side].value = error_html(problem)
                valid = False
        if not valid:
            status.value = "<p><strong>Hieronder staat de laatste geldige uitkomst.</strong></p>"
            return
        status.value = ""
        difference = abs(values["links"] - values["rechts"])
        limit = calf_charts.LUNGE_MDC_DIFFERENCE_CM
        if difference < limit:
            verdict = "Dit verschil valt binnen de meetfout: het kan toeval zijn."
        else:
            verdict = (
                "Dit verschil is groter dan de meetfout. Het zegt nog niets over de oorzaak "
                "van hielpijn."
            )
        results.value = (
            f"<p>Verschil tussen links en rechts: {format_number(difference, decimals=1)} cm "
            f"(meetfout voor een verschil: {format_number(limit, decimals=1)} cm). {verdict}</p>"
            + DISCLAIMER
        )
        show_charts(
            chart, calf_charts.lunge_chart(left_cm=values["links"], right_cm=values["rechts"])
        )

    for box in fields.values():
        box.observe(update, names="value")
    update()
    rows = [widgets.HBox([fields[side], errors[side]]) for side in fields]
    return widgets.VBox([*rows, status, results, chart])


def windlass_widget(*, toe_dorsiflexion_deg: int = 30) -> widgets.VBox:
    """Return a toe slider with arch height, rise, fascia length and strain-if-fixed."""
    low, high = windlass.TOE_DORSIFLEXION_RANGE_DEG
    toe = widgets.IntSlider(
        value=toe_dorsiflexion_deg, min=int(low), max=int(high), step=1,
        description="Teen omhoog (graden)", style=_STYLE, layout=_LAYOUT,
    )  # fmt: skip
    results = widgets.HTML(value="")
    chart = widgets.Output()

    def update(_change: object = None) -> None:
        state = windlass.windlass_state(toe_dorsiflexion_deg=toe.value)
        results.value = (
            "<ul>"
            f"<li>Booghoogte: {format_number(state.arch_height_mm, decimals=1)} mm "
            f"({format_number(state.arch_rise_mm, decimals=1)} mm hoger dan met platte tenen)</li>"
            f"<li>Hoek in de middenvoet: {format_number(state.phi_deg, decimals=1)} graden</li>"
            f"<li>Lengte van de fascia: {format_number(state.fascia_length_mm, decimals=1)} mm "
            "(blijft gelijk: het model neemt aan dat de fascia niet rekt)</li>"
            "<li>Rek die nodig zou zijn als de boog niet kon stijgen: "
            f"{format_number(100 * state.strain_if_arch_fixed, decimals=1)} %</li>"
            "</ul>" + DISCLAIMER
        )
        show_charts(chart, windlass_charts.windlass_chart(toe_dorsiflexion_deg=toe.value))

    toe.observe(update, names="value")
    update()
    return widgets.VBox([toe, results, chart])
