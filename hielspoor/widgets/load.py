"""The BMI and plantar-load calculator as an ipywidgets form (JupyterLab only)."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from hielspoor import load
from hielspoor.charts.load import WEIGHT_RANGE, load_calculator_chart
from hielspoor.charts.result_tables import profile_table
from hielspoor.display.disclaimers import disclaimer_html
from hielspoor.validation import InputError
from hielspoor.widgets import error_html, show_charts

DISCLAIMER = disclaimer_html(target="lab")


def _field(description: str, value: str, placeholder: str) -> tuple[widgets.Text, widgets.HTML]:
    box = widgets.Text(
        value=value,
        description=description,
        placeholder=placeholder,
        continuous_update=False,
        style={"description_width": "12em"},
        layout=widgets.Layout(width="24em"),
    )
    return box, widgets.HTML(value="")


def load_calculator(
    *, body_mass_kg: str = "80", height_cm: str = "180", steps_per_day: str = "8000"
) -> widgets.VBox:
    """Return the calculator form: inputs, a Dutch error next to each field, results, chart.

    Bad input (empty, text, out of range) shows a message next to its field; the
    last valid result stays visible, marked as such.
    """
    mass, mass_error = _field("Gewicht (kg)", body_mass_kg, "bijv. 80")
    height, height_error = _field("Lengte (cm)", height_cm, "bijv. 180")
    steps, steps_error = _field("Stappen per dag", steps_per_day, "bijv. 8000")
    activity = widgets.Dropdown(
        options=list(load.ACTIVITIES),
        value="lopen",
        description="Activiteit",
        style={"description_width": "12em"},
        layout=widgets.Layout(width="24em"),
    )
    status = widgets.HTML(value="")
    results = widgets.HTML(value="")
    chart = widgets.Output()
    checks: list[tuple[widgets.Text, widgets.HTML, Callable[[object], float]]] = [
        (mass, mass_error, load.check_body_mass),
        (height, height_error, load.check_height),
        (steps, steps_error, load.check_steps),
    ]

    def update(_change: object = None) -> None:
        valid = True
        for box, error, check in checks:
            try:
                check(box.value)
                error.value = ""
            except InputError as problem:
                error.value = error_html(problem)
                valid = False
        if not valid:
            status.value = "<p><strong>Hieronder staat de laatste geldige uitkomst.</strong></p>"
            return
        profile = load.load_profile(
            body_mass_kg=mass.value,
            height_cm=height.value,
            activity=activity.value,
            steps_per_day=steps.value,
        )
        status.value = ""
        results.value = profile_table(profile).to_html(border=0) + DISCLAIMER
        weight = min(max(round(profile.body_mass_kg), WEIGHT_RANGE.start), WEIGHT_RANGE.stop - 1)
        show_charts(
            chart,
            load_calculator_chart(
                body_mass_kg=weight, height_cm=round(profile.height_cm), activity=profile.activity
            ),
        )

    for widget in (mass, height, steps, activity):
        widget.observe(update, names="value")
    update()
    rows = [widgets.HBox([box, error]) for box, error, _ in checks]
    form = widgets.VBox([*rows, activity, status, results, chart])
    form.add_class("hs-load-calculator")
    return form
