"""Thresholds, labels and texts of the pain rule, read once from ``data/pain_rule.yaml``.

That file is the one source for the Python rule and for the book's JavaScript port; this
module only reads it and fills its templates with Dutch numbers and dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import pandas as pd
import yaml

from hielspoor.data import example_path
from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.display.format import format_number
from hielspoor.schemas.registry import load_table

COURSE_CHOICE = "cursus"
"""``source`` of a threshold that is the course's own choice, not from a study."""


@dataclass(frozen=True)
class Threshold:
    """One threshold of the rule, with where it comes from.

    Attributes
    ----------
    value
        The number.
    unit
        What it is measured in (Dutch).
    source
        Key in ``book/references.bib``, or ``"cursus"`` for the course's own choice.
    location
        Where in the source the value was checked.
    note
        Dutch remark, e.g. what part of the use is the course's choice.
    """

    value: float
    unit: str
    source: str
    location: str
    note: str


@cache
def rule_data() -> dict[str, Any]:
    """Return the parsed ``data/pain_rule.yaml`` (thresholds, decisions, sources, texts)."""
    with example_path("pijnregel").open(encoding="utf-8") as stream:
        return yaml.safe_load(stream)


@cache
def zones() -> pd.DataFrame:
    """Return the zone table from ``data/pain_monitoring.csv``, sorted by score.

    Columns: ``zone``, ``min_score``, ``max_score``, ``meaning`` (Dutch), ``source``.

    Examples
    --------
    >>> zones()["zone"].tolist()
    ['groen', 'oranje', 'rood']
    """
    return load_table("pijnmonitoring").sort_values("max_score", ignore_index=True)


def _zone_threshold(zone: str, note: str) -> Threshold:
    row = zones().set_index("zone").loc[zone]
    return Threshold(
        value=float(row["max_score"]),
        unit="pijn 0-10",
        source=str(row["source"]),
        location="data/pain_monitoring.csv, zone " + zone,
        note=note,
    )


@cache
def thresholds_table() -> dict[str, Threshold]:
    """Thresholds of the rule by name, e.g. ``thresholds_table()["max_pain"].value``.

    ``green_max`` and ``max_pain`` are the upper ends of the green and amber zones in
    ``data/pain_monitoring.csv``; the others come from ``data/pain_rule.yaml``.

    Examples
    --------
    >>> table = thresholds_table()
    >>> table["max_pain"].value, table["min_important_change"].source
    (5.0, 'landorf2010')
    """
    return {
        "green_max": _zone_threshold(
            "groen",
            "Bovengrens van de groene zone. Niet nagekeken in de volledige tekst van de bron; "
            "samenvattingen noemen 2 of 3 op 10 als 'veilig'.",
        ),
        "max_pain": _zone_threshold(
            "oranje",
            "Hoogste pijn tijdens de activiteit die mag (5 op 10), zoals samenvattingen van de "
            "bron het geven; de volledige tekst is niet nagekeken.",
        ),
        **{
            name: Threshold(
                value=float(item["value"]),
                unit=str(item["unit"]),
                source=str(item["source"]),
                location=str(item["location"] or ""),
                note=str(item["note"] or ""),
            )
            for name, item in rule_data()["thresholds"].items()
        },
    }


def value(name: str) -> float:
    """Value of one threshold."""
    return thresholds_table()[name].value


TEXTS: dict[str, str] = dict(rule_data()["texts"])
"""Text templates of the rule (``str.format``), as in ``data/pain_rule.yaml``."""

DECISION_LABELS: dict[str, str] = dict(rule_data()["decisions"])
"""Dutch label of each decision, e.g. ``"verminderen"`` -> ``"minder belasting"``."""

SOURCE_TEXTS: dict[str, str] = dict(rule_data()["sources"])
"""Dutch sentence naming the source of a branch (or saying it is the course's choice)."""


BRANCH_SOURCES: dict[str, tuple[str, ...]] = {
    key: tuple(branch["sources"]) for key, branch in rule_data()["branches"].items()
}
"""Source keys of each branch of the rule (``day_*`` D1-D8, ``week_*`` W1-W9), in order."""


def fmt(number: float) -> str:
    """Dutch number for a rule text: no decimals for whole numbers, else one."""
    return format_number(number)


def fill(key: str, **values: object) -> str:
    """Fill template ``key`` with ``values`` and the thresholds (Dutch numbers)."""
    names = {
        "max_pain": fmt(value("max_pain")),
        "green_max": fmt(value("green_max")),
        "severe": fmt(value("severe_pain")),
        "severe_days": fmt(value("severe_days")),
        "weeks": fmt(value("programme_weeks")),
        "mcid": fmt(value("min_important_change")),
        "weekly_increase": fmt(value("weekly_increase")),
        "min_days": fmt(value("min_days_to_progress")),
        "red_flags_note": RED_FLAGS_NOTE,
    }
    names.update(
        {name: fmt(item) if isinstance(item, float) else item for name, item in values.items()}
    )
    return TEXTS[key].format(**names)


def source_text(sources: tuple[str, ...]) -> str:
    """Dutch sentences naming each source of a branch, in order.

    Examples
    --------
    >>> source_text(("cursus",))
    'Dit deel van de regel is een keuze van de cursus, niet uit onderzoek.'
    """
    return " ".join(SOURCE_TEXTS[key] for key in sources)
