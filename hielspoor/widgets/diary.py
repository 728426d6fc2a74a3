"""Pain-diary forms (JupyterLab only): add today's entry, import an existing file.

Both forms write only to the learner's own diary file (default
:func:`hielspoor.diary.default_diary_path`, never inside the course's ``data/``
folder), atomically, and never touch an imported file.
"""

from __future__ import annotations

import datetime as dt
import html
import os
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from hielspoor import diary, monitoring
from hielspoor.charts.diary import pain_diary_chart
from hielspoor.data import DATA_DIR
from hielspoor.display.diary import html_table
from hielspoor.display.disclaimers import disclaimer_html
from hielspoor.display.rule import advice_html
from hielspoor.schemas.registry import load_table
from hielspoor.validation import InputError
from hielspoor.widgets import ERROR_STYLE, OK_STYLE, error_html, show_charts

DISCLAIMER = disclaimer_html(target="lab")
_WIDE = {"description_width": "13em"}


def _message(text: str, *, ok: bool) -> str:
    return f"<p {OK_STYLE if ok else ERROR_STYLE}>{html.escape(text)}</p>"


def own_diary_path(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the learner's diary path, refusing a path inside the course ``data/`` folder.

    Raises
    ------
    InputError
        When ``path`` lies in ``data/`` (the example files must stay untouched).

    Examples
    --------
    >>> own_diary_path("mijn_pijndagboek.csv").name
    'mijn_pijndagboek.csv'
    """
    target = Path(path) if path is not None else diary.default_diary_path()
    if target.resolve().is_relative_to(DATA_DIR.resolve()):
        raise InputError(
            "Kies voor je eigen dagboek een bestand buiten de map data/ van de cursus; "
            "daar staan de voorbeeldbestanden."
        )
    return target


def exercise_names() -> list[str]:
    """Exercise names for the checkboxes, from the exercise catalogue ``data/exercises.csv``.

    Examples
    --------
    >>> exercise_names()[0]
    'hielheffen'
    """
    return [str(name).replace("_", " ") for name in load_table("oefeningen")["id"]]


def exercises_text(choices: list[tuple[str, bool, str]]) -> str:
    """Join ticked exercises and their details into the diary's ``oefeningen`` text.

    Examples
    --------
    >>> exercises_text([("hielheffen", True, "3x12 10 kg"), ("fasciarek", False, ""),
    ...                 ("kuitrek soleus", True, " ")])
    'hielheffen 3x12 10 kg; kuitrek soleus'
    """
    parts = [f"{name} {detail.strip()}".strip() for name, ticked, detail in choices if ticked]
    return "; ".join(parts)


def _show_diary(output: widgets.Output, entries: pd.DataFrame, advice_box: widgets.HTML) -> None:
    show_charts(output)
    advice_box.value = ""
    if entries.empty:
        advice_box.value = "<p>Je dagboek is nog leeg.</p>"
        return
    try:
        show_charts(output, pain_diary_chart(entries))
    except InputError as error:
        advice_box.value = f"<p>{html.escape(str(error))}</p>"
        return
    try:
        advice = monitoring.advise_from_diary(entries)
    except InputError as error:
        advice_box.value = f"<p>Nog geen advies: {html.escape(str(error))}</p>"
        return
    advice_box.value = advice_html(advice, target="lab")


def _read_own(target: Path) -> tuple[pd.DataFrame, str]:
    if not target.exists():
        return diary.empty_diary(), ""
    try:
        result = diary.read_pain_diary(target)
    except InputError as error:
        return diary.empty_diary(), _message(str(error), ok=False)
    note = "" if result.ok else _message(f"Let op: {result.problems[0]}", ok=False)
    return result.entries, note


def diary_form(
    path: str | os.PathLike[str] | None = None, *, today: dt.date | None = None
) -> widgets.VBox:
    """Return the form to add one day to the learner's diary, with the updated chart.

    Parameters
    ----------
    path
        The learner's diary file; default :func:`hielspoor.diary.default_diary_path`
        (``mijn_bestanden/mijn_pijndagboek.csv``, created on the first save).
    today
        Date shown first in the date picker; default today.

    Raises
    ------
    InputError
        When ``path`` lies inside the course ``data/`` folder.
    """
    target = own_diary_path(path)
    day = widgets.DatePicker(description="Datum", value=today or dt.date.today(), style=_WIDE)

    def slider(description: str) -> widgets.IntSlider:
        return widgets.IntSlider(
            value=0, min=0, max=10, step=1, description=description, style=_WIDE,
            layout=widgets.Layout(width="32em"),
        )  # fmt: skip

    first_step = slider("Pijn eerste stap (0-10)")
    activity = slider("Pijn bij activiteit (0-10)")
    next_morning = slider("Pijn volgende ochtend (0-10)")
    next_unknown = widgets.Checkbox(value=True, description="volgende ochtend nog niet bekend")
    next_morning.disabled = True
    next_unknown.observe(lambda change: setattr(next_morning, "disabled", change["new"]), "value")
    steps = widgets.Text(description="Stappen (mag leeg)", placeholder="bijv. 8500", style=_WIDE)
    steps_error = widgets.HTML()
    exercise_rows = [
        (
            widgets.Checkbox(value=False, description=name, indent=False),
            widgets.Text(placeholder="sets x herhalingen, gewicht (bijv. 3x12 10 kg)"),
        )
        for name in exercise_names()
    ]
    notes = widgets.Textarea(
        description="Notities", style=_WIDE, layout=widgets.Layout(width="32em", height="4em")
    )
    replace = widgets.Checkbox(
        value=False, description="vervang: overschrijf deze datum als die al in je dagboek staat"
    )
    save = widgets.Button(description="Opslaan", button_style="primary", icon="save")
    status = widgets.HTML()
    advice_box = widgets.HTML()
    chart = widgets.Output()
    for widget, name in (
        (day, "datum"), (first_step, "eerste-stap"), (activity, "activiteit"),
        (next_morning, "volgende-ochtend"), (steps, "stappen"), (notes, "notities"),
        (replace, "vervang"), (save, "opslaan"), (status, "melding"),
    ):  # fmt: skip
        widget.add_class(f"hs-dagboek-{name}")

    def on_save(_button: object = None) -> None:
        steps_error.value = ""
        status.value = ""  # never leave an earlier "Opgeslagen" next to a new attempt
        if day.value is None:
            status.value = _message("Kies eerst een datum.", ok=False)
            return
        try:
            steps_value = diary.parse_steps(steps.value, label="Stappen")
        except InputError as error:
            steps_error.value = error_html(error)
            status.value = _message("Niet opgeslagen: kijk bij Stappen.", ok=False)
            return
        entry = {
            "datum": day.value,
            "pijn_eerste_stap": first_step.value,
            "pijn_activiteit": activity.value,
            "pijn_volgende_ochtend": None if next_unknown.value else next_morning.value,
            "stappen": steps_value,
            "oefeningen": exercises_text(
                [(box.description, box.value, detail.value) for box, detail in exercise_rows]
            ),
            "notities": notes.value,
        }
        try:
            entries = diary.add_entry(target, entry, replace=replace.value)
        except InputError as error:  # also SaveError: full disk, read-only, locked file
            status.value = _message(str(error), ok=False)
            return
        days = len(entries)
        status.value = _message(
            f"Opgeslagen: {day.value:%d-%m-%Y} in {target.name} "
            f"({days} {'dag' if days == 1 else 'dagen'} in je dagboek).",
            ok=True,
        )
        replace.value = False
        _show_diary(chart, entries, advice_box)

    save.on_click(on_save)
    entries, note = _read_own(target)
    status.value = note
    _show_diary(chart, entries, advice_box)
    form = widgets.VBox(
        [
            widgets.HTML(
                f"<p>Je dagboek: <code>{html.escape(str(target))}</code> "
                "(wordt gemaakt bij de eerste keer opslaan).</p>"
            ),
            day,
            first_step,
            activity,
            widgets.HBox([next_morning, next_unknown]),
            widgets.HBox([steps, steps_error]),
            widgets.HTML("<p><strong>Oefeningen vandaag</strong></p>"),
            *[widgets.HBox([box, detail]) for box, detail in exercise_rows],
            notes,
            replace,
            save,
            status,
            advice_box,
            chart,
            widgets.HTML(DISCLAIMER),
        ]
    )
    form.add_class("hs-dagboek-formulier")
    return form


def diary_import(path: str | os.PathLike[str] | None = None) -> widgets.VBox:
    """Return the import form: upload a CSV or ``.xlsx``, see the check, then add it.

    The uploaded bytes are only read; the learner's diary at ``path`` is written only
    when the button "Zet in mijn dagboek" is pressed. Dates already in the diary are
    kept unless "vervang" is ticked.

    Raises
    ------
    InputError
        When ``path`` lies inside the course ``data/`` folder.
    """
    target = own_diary_path(path)
    upload = widgets.FileUpload(
        accept=".csv,.txt,.xlsx", multiple=False, description="Kies bestand"
    )
    report = widgets.HTML()
    preview = widgets.Output()
    replace = widgets.Checkbox(
        value=False, description="vervang: overschrijf datums die al in mijn dagboek staan"
    )
    confirm = widgets.Button(
        description="Zet in mijn dagboek", button_style="primary", icon="download", disabled=True
    )
    status = widgets.HTML()
    for widget, name in (
        (upload, "upload"), (report, "rapport"), (replace, "vervang"),
        (confirm, "importeer"), (status, "melding"),
    ):  # fmt: skip
        widget.add_class(f"hs-import-{name}")
    state: dict[str, pd.DataFrame] = {}

    def on_upload(change: dict) -> None:
        state.clear()
        confirm.disabled = True
        status.value = ""
        show_charts(preview)
        files = change["new"]
        if not files:
            report.value = ""
            return
        item = files[0]
        name = str(item["name"])
        try:
            result = diary.parse_pain_diary(bytes(item["content"]), filename=name)
        except InputError as error:
            report.value = _message(f"{name}: {error}", ok=False)
            return
        parts = [f"<p><strong>{html.escape(name)}</strong>: {html.escape(result.summary())}</p>"]
        if result.problems:
            parts.append(html_table(result.problem_table()))
        report.value = "".join(parts)
        if not result.entries.empty:
            state["entries"] = result.entries
            confirm.disabled = False
            show_charts(preview, pain_diary_chart(result.entries))

    def on_confirm(_button: object = None) -> None:
        status.value = ""
        if "entries" not in state:
            return
        try:
            merged, conflicts = diary.import_entries(
                target, state["entries"], replace=replace.value
            )
        except InputError as error:  # also SaveError: full disk, read-only, locked file
            status.value = _message(str(error), ok=False)
            return
        imported = len(state["entries"])
        kept = 0 if replace.value else len(conflicts)
        added = imported - kept
        text = f"{added} {'dag' if added == 1 else 'dagen'} in {target.name} gezet"
        if kept:
            text += (
                f"; {kept} {'datum stond' if kept == 1 else 'datums stonden'} er al en "
                f"{'is' if kept == 1 else 'zijn'} niet overschreven (kies 'vervang' om dat "
                "wel te doen)"
            )
        elif conflicts:
            word = "datum" if len(conflicts) == 1 else "datums"
            text += f", waarvan {len(conflicts)} bestaande {word} overschreven"
        status.value = _message(f"{text}. Je dagboek heeft nu {len(merged)} dagen.", ok=True)
        confirm.disabled = True
        state.clear()

    upload.observe(on_upload, names="value")
    confirm.on_click(on_confirm)
    form = widgets.VBox(
        [
            widgets.HTML(
                "<p>Kies een CSV- of Excel-bestand (.xlsx). Het bestand wordt alleen gelezen, "
                f"niet veranderd. Pas na ‘Zet in mijn dagboek’ komen de dagen in "
                f"<code>{html.escape(str(target))}</code>.</p>"
            ),
            upload,
            report,
            preview,
            replace,
            confirm,
            status,
            widgets.HTML(DISCLAIMER),
        ]
    )
    form.add_class("hs-dagboek-import")
    return form
