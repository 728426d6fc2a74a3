"""JSON for the book's own JavaScript, generated from ``data/`` and the package.

Nothing here defines a threshold, a label or a text: each value is read from the module
that owns it (:mod:`hielspoor.monitoring`, :mod:`hielspoor.diary`,
:mod:`hielspoor.programme`, the diary chart), so the page and JupyterLab cannot drift
apart. ``tests/test_booktools.py`` and the browser tests check that they agree.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pandas as pd

from hielspoor import diary, monitoring, programme
from hielspoor.book.charts import VEGA_LITE_VERSION, json_for_script
from hielspoor.charts import EMBED_OPTIONS
from hielspoor.charts.diary import describe, pain_diary_chart
from hielspoor.diary.schema import HEADER_LOOKUP
from hielspoor.display.disclaimers import DISCLAIMER, RED_FLAGS_NOTE, RED_FLAGS_TITLE
from hielspoor.display.palette import ZONE_COLORS
from hielspoor.fileio import FORMULA_TRIGGERS
from hielspoor.monitoring.history import NO_ADVICE
from hielspoor.monitoring.params import BRANCH_SOURCES

REFERENCE_START = dt.date(2026, 3, 2)
"""Start date of the programme template; the page shifts every date to the reader's."""


def rule_payload() -> dict[str, Any]:
    """Return the thresholds, zones, labels and texts of the pain rule.

    As :mod:`hielspoor.monitoring` reads them from ``data/pain_rule.yaml`` and
    ``data/pain_monitoring.csv``.

    Examples
    --------
    >>> rule_payload()["thresholds"]["max_pain"]
    5.0
    """
    zones = [
        {
            "zone": str(row.zone),
            "min": float(row.min_score),
            "max": float(row.max_score),
            "meaning": str(row.meaning),
            "color": ZONE_COLORS[str(row.zone)],
        }
        for row in monitoring.zones().itertuples(index=False)
    ]
    return {
        "thresholds": {name: item.value for name, item in monitoring.thresholds_table().items()},
        "decisions": dict(monitoring.DECISION_LABELS),
        "sources": dict(monitoring.SOURCE_TEXTS),
        "branch_sources": {key: list(keys) for key, keys in BRANCH_SOURCES.items()},
        "texts": dict(monitoring.TEXTS),
        "zones": zones,
        "red_flags_note": RED_FLAGS_NOTE,
        "red_flags_title": RED_FLAGS_TITLE,
        "disclaimer": DISCLAIMER,
        "no_advice": NO_ADVICE,
    }


def _description_templates() -> dict[str, str]:
    """:func:`hielspoor.charts.diary.describe` with ``{first}``, ``{last}``, ``{days}``."""
    templates = {}
    for key, dates in (("one", ["2031-01-02"]), ("many", ["2031-01-02", "2031-01-04"])):
        text = describe(pd.DataFrame({"datum": pd.to_datetime(dates)}))
        text = text.replace("02-01-2031", "{first}").replace("04-01-2031", "{last}")
        templates[key] = text.replace(f"({len(dates)} ", "({days} ", 1)
    return templates


def _sample_entries() -> pd.DataFrame:
    days = pd.date_range("2031-01-06", periods=2)
    return pd.DataFrame(
        {
            "datum": days,
            "pijn_eerste_stap": [4.0, 3.0],
            "pijn_activiteit": [3.0, 2.0],
            "pijn_volgende_ochtend": [3.0, 2.0],
            "stappen": pd.array([None, None], dtype="Int64"),
            "oefeningen": ["hielheffen", ""],
            "notities": ["", ""],
        }
    )


def chart_payload() -> dict[str, Any]:
    """Compile the diary chart to a Vega spec with named data sets the page fills in.

    The package's own Vega-Lite spec (:func:`~hielspoor.charts.diary.pain_diary_chart`)
    is compiled at build time, so the page needs vega but not the Vega-Lite compiler.
    ``days`` and ``sessions`` name the data sets that take the reader's rows
    (:func:`hielspoor.diary.chart_frame` and :func:`hielspoor.diary.sessions`).
    """
    import vl_convert

    spec = pain_diary_chart(_sample_entries()).to_dict()
    days = spec["data"]["name"]
    sessions = next(
        part["data"]["name"]
        for part in spec["vconcat"]
        if part.get("data", {}).get("name") not in (None, days)
    )
    vega = vl_convert.vegalite_to_vega(spec, vl_version=VEGA_LITE_VERSION)
    vega.pop("$schema", None)
    for dataset in vega["data"]:
        if dataset["name"] in (days, sessions):
            dataset["values"] = []
    return {
        "vega": vega,
        "days": days,
        "sessions": sessions,
        "description": _description_templates(),
        "embed_options": EMBED_OPTIONS,
    }


def _reader_limits() -> dict[str, float]:
    """Limits of :func:`hielspoor.diary.parse_pain_diary`, for the page's own reader."""
    from hielspoor.diary import reading, schema

    return {
        "max_file_bytes": schema.MAX_FILE_BYTES,
        "max_cell_chars": schema.MAX_CELL_CHARS,
        "first_year": schema.FIRST_YEAR,
        "last_year": schema.LAST_YEAR,
        "pain_min": schema.PAIN_MIN,
        "pain_max": schema.PAIN_MAX,
        "max_steps": schema.MAX_STEPS,
        "xlsx_max_unpacked_bytes": reading.XLSX_MAX_UNPACKED_BYTES,
        "xlsx_max_ratio": reading.XLSX_MAX_RATIO,
        "xlsx_max_members": reading.XLSX_MAX_MEMBERS,
    }


def diary_payload() -> dict[str, Any]:
    """Fields, file format, header names and chart of the pain diary.

    Examples
    --------
    >>> diary_payload()["headers"]["pijn_activiteit"]
    'Pijn bij activiteit'
    """
    from hielspoor.widgets.diary import exercise_names

    style = diary.DUTCH_EXCEL
    summary = diary.weekly_summary(_sample_entries())
    return {
        "columns": list(diary.COLUMNS),
        "pain_columns": list(diary.PAIN_COLUMNS),
        "headers": dict(diary.HEADERS),
        "labels": dict(diary.LABELS),
        "header_lookup": dict(HEADER_LOOKUP),
        "max_steps": diary.MAX_STEPS,
        "limits": _reader_limits(),
        "mean_prefix": diary.MEAN_PREFIX,
        "weekly_headers": list(diary.format_weekly_summary(summary).columns),
        "csv": {"sep": style.sep, "decimal": style.decimal, "bom": style.bom},
        "csv_newline": style.newline,
        "formula_triggers": list(FORMULA_TRIGGERS),
        "exercises": exercise_names(),
        "chart": chart_payload(),
        "rule": rule_payload(),
    }


def _offsets(plan: pd.DataFrame) -> list[int]:
    return [(day.date() - REFERENCE_START).days for day in plan["date"]]


def programme_payload() -> dict[str, Any]:
    """Return the 12-week schedule and its calendar file for :data:`REFERENCE_START`.

    The page shifts the dates (``offset`` = days after the start) to the reader's start
    date; the calendar text is :func:`hielspoor.programme.plan_to_ics` itself, whose
    ``yyyymmdd`` dates the page replaces the same way.

    Examples
    --------
    >>> rows = programme_payload()["rows"]
    >>> rows[0]["offset"], rows[0]["Dosis"]
    (0, '3 × 12')
    """
    plan = programme.weekly_plan(REFERENCE_START)
    table = programme.plan_frame(plan)
    rows = []
    for offset, exercise_id, (_, row) in zip(
        _offsets(plan), plan["exercise_id"], table.iterrows(), strict=True
    ):
        item = {"offset": offset, "exercise_id": exercise_id}
        item.update({key: str(value) for key, value in row.items() if key not in ("Dag", "Datum")})
        rows.append(item)
    ics = programme.plan_to_ics(plan).decode("utf-8")
    return {
        "reference_start": REFERENCE_START.isoformat(),
        "weeks": programme.PROGRAMME_WEEKS,
        "columns": list(table.columns),
        "weekdays": list(programme.WEEKDAYS_NL),
        "rows": rows,
        "ics": ics,
        "ics_dates": sorted(set(re.findall(r"(?<!\d)(20\d{6})(?!\d)", ics))),
        "learning_note": programme.LEARNING_NOTE,
        "red_flags_note": RED_FLAGS_NOTE,
    }


def as_script(name: str, payload: dict[str, Any]) -> str:
    r"""Inline ``payload`` as inert JSON in a page: ``<script type="application/json">``.

    ``<``, ``>`` and ``&`` are written as ``\u003c``-style escapes
    (:func:`hielspoor.book.charts.json_for_script`), so no text in the data can close the
    tag or open a comment.

    Examples
    --------
    >>> as_script("x", {"a": "</script><!--"})[47:]
    '{"a": "\\u003c/script\\u003e\\u003c!--"}</script>'
    """
    text = json_for_script(payload)
    return f'<script type="application/json" id="hs-data-{name}">{text}</script>'
