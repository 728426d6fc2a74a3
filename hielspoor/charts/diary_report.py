"""One printable A4 page about a pain diary, for the physiotherapist or GP.

The same page as the book's "Verslag" button (``book/_assets/hs-dagboek.js``): the period
covered, the diary chart, the weekly table with the pain rule's outcome at the end of each
week, the latest outcome, and programme adherence on one A4 page; after it, on pages of
its own, the rule's outcome and reason on each day of that period
(:func:`hielspoor.monitoring.advice_log`). It shows nothing about the person but
what they entered. In JupyterLab: ``diary_report(entries)`` shows it;
``save_diary_report(entries, path)`` writes a stand-alone HTML file to print.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pandas as pd

from hielspoor import diary, monitoring, programme
from hielspoor.charts import EMBED_OPTIONS
from hielspoor.charts.diary import pain_diary_chart
from hielspoor.display.disclaimers import DISCLAIMER, RED_FLAGS_NOTE
from hielspoor.display.format import format_date
from hielspoor.display.tables import Html, table_html
from hielspoor.fileio import atomic_write_bytes
from hielspoor.monitoring.history import NO_ADVICE
from hielspoor.validation import InputError

REPORT_WEEKS = 12
"""Weeks shown in the chart and the table (the programme's length, ``vsg2026``)."""

CHART_WIDTH_PX = 600
ADVICE_COLUMN = "Advies"

STYLE = """
.hs-rapport { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  font-size: 8.5pt; line-height: 1.3; max-width: 186mm; }
.hs-rapport h2 { font-size: 13pt; margin: 0 0 .3em; }
.hs-rapport svg { width: 100%; height: auto; max-height: 95mm; }
.hs-rapport table { border-collapse: collapse; font-size: 8pt; }
.hs-rapport th, .hs-rapport td { border-bottom: 1px solid #ccc; padding: 1px 4px;
  text-align: left; }
.hs-rapport-log { break-before: page; }
.hs-rapport-log tr { break-inside: avoid; }
@page { size: A4; margin: 12mm; }
"""


def _week_advice(entries: pd.DataFrame, monday: pd.Timestamp) -> str:
    end = min(monday + pd.Timedelta(days=6), entries["datum"].max())
    try:
        return monitoring.advise_from_diary(entries, today=end.date()).decision
    except InputError:
        return NO_ADVICE


def _adherence(entries: pd.DataFrame, plan_start: dt.date | None) -> str:
    if plan_start is None:
        return "Oefendagen per week: zie de kolom Oefendagen (geen schema gekozen)."
    plan = programme.weekly_plan(plan_start)
    last = min(entries["datum"].max(), plan["date"].max())
    planned = plan[plan["date"] <= last]
    done_by_day = {
        day: [part.strip() for part in str(text).split(";")]
        for day, text in zip(entries["datum"], entries["oefeningen"], strict=True)
    }

    def done(row: pd.Series) -> bool:
        name = row["exercise_id"].replace("_", " ")
        parts = done_by_day.get(row["date"], [])
        return any(part == name or part.startswith(name + " ") for part in parts)

    count = int(planned.apply(done, axis=1).sum()) if not planned.empty else 0
    return (
        f"Oefenprogramma gestart op {format_date(plan_start)}: {count} van {len(planned)} "
        f"geplande oefeningen afgevinkt tot en met {format_date(last)}."
    )


def _chart_svg(entries: pd.DataFrame) -> str:
    import vl_convert

    spec = pain_diary_chart(entries, width=CHART_WIDTH_PX).to_dict()
    return vl_convert.vegalite_to_svg(
        spec,
        format_locale=EMBED_OPTIONS["formatLocale"],
        time_format_locale=EMBED_OPTIONS["timeFormatLocale"],
    )


def _log_html(entries: pd.DataFrame, first_day: pd.Timestamp) -> str:
    """Return the appendix: the rule's outcome on each day from ``first_day`` (own pages)."""
    log = monitoring.advice_log(entries, first_day=first_day)
    table = pd.DataFrame(
        {
            "Datum": [format_date(day) for day in log["datum"]],
            "Uitkomst": log["label"],
            "Waarom": log["reason"],
        }
    )
    caption = f"Advies per dag, {table['Datum'].iloc[0]} tot en met {table['Datum'].iloc[-1]}"
    return (
        '<section class="hs-rapport-log" aria-label="Advies per dag">'
        "<h3>Bijlage: advies van de pijnregel per dag</h3>"
        "<p>Per ingevulde dag: de uitkomst van de pijnregel met wat er tot en met die dag in "
        "het dagboek stond (de ochtend erna was toen nog niet bekend).</p>"
        + table_html(table, caption=caption, css_class="hs-tabel hs-log")
        + "</section>"
    )


def diary_report(
    entries: pd.DataFrame, *, plan_start: dt.date | None = None, with_log: bool = True
) -> Html:
    """Return the report as HTML: period, chart, weekly table with outcomes, adherence.

    Parameters
    ----------
    entries
        Diary entries (:func:`hielspoor.diary.read_pain_diary` ``.entries``).
    plan_start
        Start of the 12-week programme, if the reader follows it: adherence counts the
        planned exercises whose name is in the diary's ``oefeningen`` on that day.
    with_log
        Add the appendix with the rule's outcome on each day of the period (after the
        A4 page, on pages of its own; :func:`hielspoor.monitoring.advice_log`).

    Raises
    ------
    InputError
        When the diary is empty.

    Examples
    --------
    >>> from hielspoor.data import example_path
    >>> entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    >>> page = diary_report(entries, with_log=False)
    >>> "Periode: 05-01-2026 tot en met 26-04-2026 (107 dagen ingevuld)" in page
    True
    """
    if entries.empty:
        raise InputError("Het dagboek is leeg; er is nog niets om te laten zien.")
    entries = entries.sort_values("datum", ignore_index=True)
    last = entries["datum"].max()
    recent = entries[entries["datum"] > last - pd.Timedelta(days=REPORT_WEEKS * 7)]
    first_text, last_text = format_date(entries["datum"].min()), format_date(last)
    days = len(entries)
    period = f"Periode: {first_text} tot en met {last_text} ({days} dagen ingevuld)"
    if len(recent) < days:
        period += f"; grafiek en tabellen: de laatste {REPORT_WEEKS} weken."
    else:
        period += "."
    summary = diary.weekly_summary(recent)
    table = diary.format_weekly_summary(summary)
    table[ADVICE_COLUMN] = [_week_advice(entries, week) for week in summary["week"]]
    try:
        latest = monitoring.advise_from_diary(entries)
    except InputError:
        latest = None
    latest_html = (
        f"<p><strong>Laatste uitkomst ({last_text}): {html.escape(latest.outcome)}</strong> "
        f"{html.escape(latest.reason)}</p>"
        if latest
        else ""
    )
    body = (
        '<section class="hs-rapport" aria-label="Verslag pijndagboek">'
        "<h2>Pijndagboek: verslag voor fysiotherapeut of huisarts</h2>"
        f"<p>{html.escape(period)}</p>"
        f'<div class="hs-grafiek">{_chart_svg(recent)}</div>'
        + table_html(
            table,
            caption="Per week, met de uitkomst van de pijnregel aan het eind van de week",
            css_class="hs-tabel",
        )
        + latest_html
        + f"<p>{html.escape(_adherence(entries, plan_start))}</p>"
        f'<p class="hs-klein">Ingevuld door de patiënt zelf in de cursus Hielspoor. '
        f"{html.escape(DISCLAIMER)} {html.escape(RED_FLAGS_NOTE)}</p>"
        + (_log_html(entries, recent["datum"].min()) if with_log else "")
        + "</section>"
    )
    return Html(f"<style>{STYLE}</style>{body}")


def save_diary_report(
    entries: pd.DataFrame, path: str | Path, *, plan_start: dt.date | None = None
) -> Path:
    """Write :func:`diary_report` as a stand-alone HTML page (open it and print it)."""
    page = (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        "<title>Pijndagboek: verslag</title></head><body>"
        f"{diary_report(entries, plan_start=plan_start)}</body></html>\n"
    )
    target = Path(path)
    atomic_write_bytes(target, page.encode("utf-8"))
    return target
