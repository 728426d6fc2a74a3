"""Exercise-programme planner as an ipywidgets form (JupyterLab only).

Pick a start date, say how the last week went (pain during the exercises, the next
morning and the morning before), and get the advice of the pain-monitoring rule, the
adjusted 12-week plan as a chart, and a calendar file (.ics) and table (.csv) saved in the
learner's folder (:func:`hielspoor.paths.learner_dir`). For learning, not a diagnosis.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import ipywidgets as widgets

from hielspoor import monitoring, programme
from hielspoor.charts.programme import plan_calendar_chart, weekly_volume_chart
from hielspoor.display.disclaimers import disclaimer_html
from hielspoor.display.rule import advice_html
from hielspoor.paths import learner_dir
from hielspoor.validation import InputError, check_range
from hielspoor.widgets import error_html, show_charts

ICS_NAME = "oefenprogramma.ics"
CSV_NAME = "oefenprogramma.csv"

DISCLAIMER = disclaimer_html(target="lab")
_LABELS = {
    "during": "Pijn tijdens oefenen",
    "next_morning": "Pijn volgende ochtend",
    "before": "Pijn ochtend ervoor",
}
_STYLE = {"description_width": "16em"}
_LAYOUT = widgets.Layout(width="26em")


class ProgrammeApp:
    """The planner: inputs, advice, adjusted plan, and export buttons.

    Parameters
    ----------
    start
        Start date shown in the date picker; default today.
    output_dir
        Folder for the .ics and .csv files; default :func:`hielspoor.paths.learner_dir`.
    """

    def __init__(self, *, start: dt.date | None = None, output_dir: str | Path | None = None):
        self.output_dir = Path(output_dir) if output_dir is not None else learner_dir()
        self.start = widgets.DatePicker(
            value=start or dt.date.today(),
            description="Startdatum",
            style=_STYLE,
            layout=_LAYOUT,
        )
        self.week_done = widgets.BoundedIntText(
            value=1,
            min=1,
            max=programme.PROGRAMME_WEEKS - 1,
            description="Hoe ging week",
            style=_STYLE,
            layout=_LAYOUT,
        )
        self.during = self._text("Pijn tijdens oefenen (0-10)", "3")
        self.next_morning = self._text("Pijn volgende ochtend (0-10, mag leeg)", "2")
        self.before = self._text("Pijn ochtend ervoor (0-10, mag leeg)", "2")
        self.fields = {
            "start": (self.start, widgets.HTML()),
            "during": (self.during, widgets.HTML()),
            "next_morning": (self.next_morning, widgets.HTML()),
            "before": (self.before, widgets.HTML()),
        }
        self.advise_button = widgets.Button(
            description="Geef advies en pas plan aan", button_style="primary", icon="check"
        )
        self.ics_button = widgets.Button(description="Bewaar agenda (.ics)", icon="calendar")
        self.csv_button = widgets.Button(description="Bewaar tabel (.csv)", icon="table")
        self.status = widgets.HTML()
        self.advice_html = widgets.HTML()
        self.saved = widgets.HTML()
        self.charts = widgets.Output()
        self.advice: monitoring.Advice | None = None
        self.plan = None
        self.advise_button.on_click(self.update)
        self.ics_button.on_click(self.save_ics)
        self.csv_button.on_click(self.save_csv)
        rows = [widgets.HBox([box, error]) for box, error in self.fields.values()]
        self.widget = widgets.VBox(
            [
                widgets.HTML("<p><strong>Jouw 12-wekenplan</strong></p>"),
                rows[0],
                self.week_done,
                *rows[1:],
                self.advise_button,
                self.status,
                self.advice_html,
                self.charts,
                widgets.HBox([self.ics_button, self.csv_button]),
                self.saved,
                widgets.HTML(DISCLAIMER),
            ]
        )
        self.widget.add_class("hs-programme-planner")
        self.update()

    @staticmethod
    def _text(description: str, value: str) -> widgets.Text:
        return widgets.Text(
            value=value,
            description=description,
            continuous_update=False,
            style=_STYLE,
            layout=_LAYOUT,
        )

    def _read(self) -> tuple[dt.date, monitoring.Advice] | None:
        valid = True
        for _, error in self.fields.values():
            error.value = ""
        start = self.start.value
        if start is None:
            self.fields["start"][1].value = error_html(InputError("Startdatum: kies een datum."))
            valid = False
        values: dict[str, float | None] = {}
        for key, label in _LABELS.items():
            box, error = self.fields[key]
            text = box.value.strip()
            if key in ("before", "next_morning") and not text:
                values[key] = None
                continue
            try:
                values[key] = check_range(text, label=label, low=0, high=10)
            except InputError as problem:
                error.value = error_html(problem)
                valid = False
        if not valid:
            return None
        advice = monitoring.pain_rule_advice(
            values["during"], values["next_morning"], pain_morning_before=values["before"]
        )
        return start, advice

    def update(self, _button: object = None) -> None:
        """Read the inputs, give advice and redraw the adjusted plan."""
        result = self._read()
        if result is None:
            self.status.value = (
                "<p><strong>Verbeter de invoer; hieronder staat het laatste geldige plan."
                "</strong></p>"
            )
            return
        start, advice = result
        self.status.value = ""
        self.advice = advice
        self.plan = programme.plan_after_week(start, advice, week_done=self.week_done.value)
        self.advice_html.value = advice_html(advice, target="lab")
        show_charts(
            self.charts,
            plan_calendar_chart(self.plan, highlight_week=self.week_done.value + 1),
            weekly_volume_chart(self.plan),
        )

    def _saved_message(self, path: Path) -> None:
        name = html.escape(path.name)
        # A relative link resolves against the notebook's folder, the working folder.
        href = html.escape(path.as_posix() if not path.is_absolute() else path.name, quote=True)
        self.saved.value = (
            f'<p>Opgeslagen: <a href="{href}" download>{name}</a> '
            f"(in de map {html.escape(path.parent.name)}). Open het bestand met je "
            "agenda of rekenprogramma.</p>"
        )

    def save_ics(self, _button: object = None) -> Path | None:
        """Write the current plan as a calendar file in the output folder."""
        if self.plan is None:
            return None
        path = programme.save_plan_ics(self.plan, self.output_dir / ICS_NAME)
        self._saved_message(path)
        return path

    def save_csv(self, _button: object = None) -> Path | None:
        """Write the current plan as a CSV table (Dutch Excel) in the output folder."""
        if self.plan is None:
            return None
        path = programme.save_plan_csv(self.plan, self.output_dir / CSV_NAME)
        self._saved_message(path)
        return path


def programme_planner(
    *, start: dt.date | None = None, output_dir: str | Path | None = None
) -> widgets.VBox:
    """Return the planner form (see :class:`ProgrammeApp`)."""
    return ProgrammeApp(start=start, output_dir=output_dir).widget
