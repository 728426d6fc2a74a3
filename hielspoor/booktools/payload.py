"""JSON for the book's own JavaScript, generated from ``data/`` and the package.

Nothing here defines a threshold, a label or a text: each value is read from the module
that owns it (:mod:`hielspoor.monitoring`, :mod:`hielspoor.diary`,
:mod:`hielspoor.programme`, the diary chart), so the page and JupyterLab cannot drift
apart. ``tests/test_booktools.py`` and the browser tests check that they agree.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pandas as pd

from hielspoor import diary, monitoring, programme
from hielspoor.charts import EMBED_OPTIONS, ZONE_COLORS
from hielspoor.charts.diary import describe, pain_diary_chart

REFERENCE_START = dt.date(2026, 3, 2)
"""Start date of the programme template; the page shifts every date to the reader's."""

VEGA_LITE_VERSION = "5.20"
"""Vega-Lite version the diary chart is compiled with (the vendored one, book/_vendor)."""

_RULE_CONSTANTS = (
    "MAX_PAIN",
    "SEVERE_PAIN",
    "SEVERE_DAYS",
    "PROGRAMME_WEEKS",
    "MIN_IMPROVEMENT",
    "WEEKLY_INCREASE",
    "BAD_DAYS",
    "MIN_DAYS_TO_PROGRESS",
)

# Texts of the rule as str.format templates, keyed as in ``book/_assets/hs-regel.js``.
# Temporary home: they move into hielspoor.monitoring (as ``TEXTS``, used by the Python
# rule itself) once the rule rewrite has landed; until then tests/test_booktools_rule.py
# pins them to the Python rule's output on 1,000+ diaries.
_PENDING_TEXTS = {
    "day_severe": (
        "Heftige pijn: {during} op 10 tijdens de activiteit en de volgende ochtend nog "
        "{next_morning} op 10. Stop met opbouwen en overleg met je huisarts of "
        "fysiotherapeut. {red_flags_note}"
    ),
    "day_too_much": (
        "Je had {during} op 10 pijn tijdens de activiteit; dat is meer dan {max_pain} op 10. "
        "Doe de volgende keer minder: een set minder, minder gewicht of een kortere wandeling."
    ),
    "day_not_settled": (
        "De pijn was de volgende ochtend niet gezakt: {next_morning} op 10, tegen {before} "
        "op 10 de ochtend ervoor. Doe de volgende keer minder."
    ),
    "day_morning_high": (
        "De volgende ochtend had je nog {next_morning} op 10 pijn; dat is meer dan "
        "{max_pain} op 10. Doe de volgende keer minder."
    ),
    "settled_value": " en de volgende ochtend {next_morning} op 10",
    "settled_lower": " en de volgende ochtend was die gezakt",
    "day_progress": (
        "Weinig pijn tijdens de activiteit ({during} op 10){settled}: je mag de belasting "
        "rustig opbouwen."
    ),
    "day_keep": (
        "Pijn tot {max_pain} op 10 tijdens de activiteit mag; je had {during} op 10{settled}. "
        "Houd deze belasting nog even aan."
    ),
    "no_scores": "Geen pijn tijdens activiteit ingevuld in de 7 dagen tot en met {end}.",
    "week_severe": (
        "Op {days} van de laatste 7 dagen had je {severe} op 10 pijn of meer. Zulke "
        "aanhoudende heftige pijn hoort niet bij oefenen: overleg met je huisarts of "
        "fysiotherapeut. {red_flags_note}"
    ),
    "no_improvement": (
        "Na {weeks_done} weken is je pijn bij de eerste stappen niet duidelijk minder: "
        "gemiddeld {baseline} op 10 in de eerste week en {recent} op 10 in de laatste week. "
        "Helpt oefenen na {weeks} weken niet genoeg, overleg dan met je huisarts of "
        "fysiotherapeut over een andere aanpak. {red_flags_note}"
    ),
    "bad_day_prefix": "Op {day}",
    "bad_days_prefix": "Op {count} dagen deze week ging het te ver; de laatste keer op {day}",
    "label_activity": "tijdens activiteit",
    "label_first_step": "bij de eerste stappen",
    "weekly_increase": (
        "Je pijn {label} neemt per week toe: gemiddeld {now} op 10 deze week, tegen {then} "
        "op 10 de week ervoor. Doe de komende week minder."
    ),
    "one_slip": (
        "Op {day} ging het één keer te ver: {first} Daarna bleef de pijn binnen de regel: "
        "houd de belasting nog even gelijk en bouw nog niet op."
    ),
    "week_progress": (
        "De afgelopen week ({days} dagen ingevuld) was de pijn tijdens activiteit steeds laag "
        "en de volgende ochtend gezakt, en niet hoger dan de week ervoor: je mag de "
        "belasting rustig opbouwen."
    ),
    "too_few_days": (
        "Je hebt de afgelopen week maar {days} dag(en) ingevuld; dat is te weinig om veilig "
        "op te bouwen (minstens {min_days}). Houd de belasting gelijk en vul je dagboek "
        "vaker in."
    ),
    "week_keep": (
        "De afgelopen week bleef de pijn tijdens activiteit binnen {max_pain} op 10 en was "
        "die de volgende ochtend gezakt, maar niet elke dag in de groene zone: houd de "
        "belasting nog even gelijk."
    ),
}


def rule_payload() -> dict[str, Any]:
    """Thresholds, zones and texts of the pain rule (:mod:`hielspoor.monitoring`).

    Examples
    --------
    >>> rule_payload()["constants"]["MAX_PAIN"]
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
        for row in monitoring.thresholds().itertuples(index=False)
    ]
    return {
        "constants": {
            name: getattr(monitoring, name) for name in _RULE_CONSTANTS if hasattr(monitoring, name)
        },
        "decisions": list(monitoring.DECISIONS),
        "zones": zones,
        "texts": dict(getattr(monitoring, "TEXTS", _PENDING_TEXTS)),
        "red_flags_note": monitoring.RED_FLAGS_NOTE,
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
        "header_lookup": dict(diary._HEADER_LOOKUP),
        "max_steps": diary.MAX_STEPS,
        "mean_prefix": diary.MEAN_PREFIX,
        "weekly_headers": list(diary.format_weekly_summary(summary).columns),
        "csv": {"sep": style.sep, "decimal": style.decimal, "bom": style.bom},
        "csv_newline": style.newline,
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
    table = programme.plan_table(plan)
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
        "red_flags_note": monitoring.RED_FLAGS_NOTE,
    }


def as_script(name: str, payload: dict[str, Any]) -> str:
    r"""Inline ``payload`` as inert JSON in a page: ``<script type="application/json">``.

    ``<`` is written as ``\u003c``, so no text in the data can close the tag or open a
    comment.

    Examples
    --------
    >>> as_script("x", {"a": "</script><!--"})
    '<script type="application/json" id="hs-data-x">{"a": "\\u003c/script>\\u003c!--"}</script>'
    """
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True).replace("<", "\\u003c")
    return f'<script type="application/json" id="hs-data-{name}">{text}</script>'
