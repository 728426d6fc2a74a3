"""The pain rule for one day: zones, the :class:`Advice` and :func:`pain_rule_advice`."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.display.palette import ZONE_COLORS
from hielspoor.monitoring.params import (
    BRANCH_SOURCES,
    DECISION_LABELS,
    fill,
    source_text,
    thresholds_table,
    value,
    zones,
)
from hielspoor.validation import check_range

DECISIONS = ("opbouwen", "handhaven", "verminderen", "raadpleeg")
"""Possible decisions, from 'progress' to 'see a professional'."""

ACTION_DECISIONS = ("verminderen", "raadpleeg")
"""Decisions that mean a day went too far."""


@dataclass(frozen=True)
class Advice:
    """Outcome of the pain rule.

    Attributes
    ----------
    decision
        ``"opbouwen"`` (load may go up), ``"handhaven"`` (keep the load),
        ``"verminderen"`` (less load) or ``"raadpleeg"`` (see a GP or physiotherapist).
    reason
        Dutch: what the rule saw (with the numbers) and the source of that branch, or
        that it is the course's own choice.
    zone
        Traffic-light zone (``"groen"``, ``"oranje"``, ``"rood"``) of the pain during
        the activity.
    rule
        Which branch decided: a key of the texts in ``data/pain_rule.yaml``.
    sources
        Keys in ``book/references.bib`` of that branch, ``"cursus"`` for a course choice.
    """

    decision: str
    reason: str
    zone: str
    rule: str = ""
    sources: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """Dutch label of the decision, e.g. ``"minder belasting"``."""
        return DECISION_LABELS[self.decision]

    @property
    def outcome(self) -> str:
        """First sentence: the outcome of the rule, e.g. 'Uitkomst van de pijnregel: ...'."""
        return fill("outcome", label=self.label)

    red_flags: str = RED_FLAGS_NOTE
    """Pointer to the red-flag page; part of every outcome."""

    @property
    def text(self) -> str:
        """Outcome, reason and the red-flag pointer as one Dutch text."""
        return f"{self.outcome} {self.reason} {self.red_flags}"

    def _repr_html_(self) -> str:
        from hielspoor.display.rule import advice_html

        return advice_html(self)


def _score(value_: object, label: str) -> float:
    return check_range(value_, label=label, low=0, high=10)


def pain_zone(score: float) -> str:
    """Traffic-light zone of a pain score on 0-10.

    A score above a zone's ``max_score`` belongs to the next zone, so 2,5 is
    ``"oranje"`` and 5,5 is ``"rood"``.

    Parameters
    ----------
    score
        Pain on a 0-10 scale (number or Dutch text such as ``"4,5"``).

    Raises
    ------
    InputError
        When the score is not a number between 0 and 10.

    Notes
    -----
    Zones from ``data/pain_monitoring.csv`` (``silbernagel2007``).

    Examples
    --------
    >>> pain_zone(2), pain_zone(4), pain_zone("5,5")
    ('groen', 'oranje', 'rood')
    """
    number = _score(score, "Pijnscore")
    table = zones()
    for zone, high in zip(table["zone"], table["max_score"], strict=True):
        if number <= high:
            return str(zone)
    return str(table["zone"].iloc[-1])


def zone_bands() -> pd.DataFrame:
    """Zones as contiguous bands for charts: columns ``zone``, ``low``, ``high``, ``color``.

    ``color`` comes from :data:`hielspoor.display.palette.ZONE_COLORS` (kept here for the
    diary chart, which reads it).

    Examples
    --------
    >>> zone_bands()[["zone", "low", "high"]].values.tolist()
    [['groen', 0, 2], ['oranje', 2, 5], ['rood', 5, 10]]
    """
    table = zones()
    highs = table["max_score"].tolist()
    lows = [table["min_score"].iloc[0], *highs[:-1]]
    colors = [ZONE_COLORS[zone] for zone in table["zone"]]
    return pd.DataFrame({"zone": table["zone"], "low": lows, "high": highs, "color": colors})


def _branch(
    decision: str, key: str, numbers: dict[str, float | None]
) -> tuple[str, str, dict[str, float | None], tuple[str, ...]]:
    """Return one branch's outcome, with its sources from ``data/pain_rule.yaml``."""
    return decision, key, numbers, BRANCH_SOURCES[key]


def day_rule(
    during: float, next_morning: float | None, before: float | None, *, max_pain: float
) -> tuple[str, str, dict[str, float | None], tuple[str, ...]]:
    """Apply the one-day rule to checked scores; ``None`` means 'not filled in'.

    Returns the decision, the text key (branch), the numbers for the text and the
    sources. The branches, first match wins, are D1-D8 in :mod:`hielspoor.monitoring`.
    """
    severe = value("severe_pain")
    numbers = {"during": during, "next_morning": next_morning, "before": before}
    if next_morning is not None and during >= severe and next_morning >= severe:
        return _branch("raadpleeg", "day_severe", numbers)
    if during > max_pain:
        return _branch("verminderen", "day_too_much", numbers)
    if next_morning is not None and before is not None and next_morning > before:
        return _branch("verminderen", "day_not_settled", numbers)
    if next_morning is not None and before is None and next_morning > max_pain:
        return _branch("verminderen", "day_morning_high", numbers)
    if next_morning is None:
        return _branch("handhaven", "day_no_next_morning", numbers)
    if before is None:
        return _branch("handhaven", "day_no_morning_before", numbers)
    if during <= value("green_max"):
        return _branch("opbouwen", "day_progress", numbers)
    return _branch("handhaven", "day_keep", numbers)


def day_reason(key: str, numbers: dict[str, float | None], *, max_pain: float) -> str:
    """Dutch text of one day's branch, without its sources."""
    values = {name: number for name, number in numbers.items() if number is not None}
    return fill(key, **values, max_pain=float(max_pain))


def pain_rule_advice(
    pain_during: float,
    pain_next_morning: float | None = None,
    *,
    pain_morning_before: float | None = None,
    max_pain: float | None = None,
) -> Advice:
    """Outcome of the pain rule for one day's pain scores.

    The branches D1-D8 are listed in :mod:`hielspoor.monitoring`; without a next-morning
    score (or without the morning before) the rule cannot judge recovery and never gives
    ``"opbouwen"``.

    Parameters
    ----------
    pain_during
        Pain during the activity or exercise, 0-10.
    pain_next_morning
        Pain at the first steps the next morning, 0-10; ``None`` if not known (yet).
    pain_morning_before
        Pain at the first steps the morning before the activity, 0-10, if known.
    max_pain
        Highest acceptable pain during the activity; default the top of the amber zone
        (5, ``silbernagel2007``).

    Raises
    ------
    InputError
        When a score is not a number between 0 and 10 (Dutch message).

    Examples
    --------
    >>> pain_rule_advice(2, 1, pain_morning_before=2).decision
    'opbouwen'
    >>> pain_rule_advice(2).decision, pain_rule_advice(2, 1).decision
    ('handhaven', 'handhaven')
    >>> pain_rule_advice(4, 3, pain_morning_before=3).decision
    'handhaven'
    >>> pain_rule_advice(6, 3).decision
    'verminderen'
    >>> pain_rule_advice(4, 5, pain_morning_before=3).decision
    'verminderen'
    >>> pain_rule_advice(9, 8).decision
    'raadpleeg'
    """
    during = _score(pain_during, "Pijn tijdens activiteit")
    next_morning = (
        None if pain_next_morning is None else _score(pain_next_morning, "Pijn volgende ochtend")
    )
    before = (
        None
        if pain_morning_before is None
        else _score(pain_morning_before, "Pijn de ochtend ervoor")
    )
    limit = (
        thresholds_table()["max_pain"].value
        if max_pain is None
        else check_range(max_pain, label="Maximale pijn", low=0, high=10)
    )
    decision, key, numbers, sources = day_rule(during, next_morning, before, max_pain=limit)
    reason = f"{day_reason(key, numbers, max_pain=limit)} {source_text(sources)}"
    return Advice(decision, reason, pain_zone(during), key, sources)
