"""Schemas of the evidence tables: risk factors, differential diagnosis, treatments, care steps.

Also the guideline-grades table (JOSPT next to the Dutch guideline), whose ``treatment``
column points at the treatment ids. The scales below are the values the course allows;
a new row must use one of them (add a value here, with its meaning, to widen a scale).
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd
import pandera.pandas as pa

from hielspoor.schemas import parts
from hielspoor.schemas.parts import numbers

#: Certainty of evidence, strongest first (GRADE as used by the Dutch guideline).
EVIDENCE_LEVELS = ("hoog", "matig", "laag", "zeer laag", "niet beoordeeld")
#: Direction of the guideline advice, from "do it" to "no statement checked".
DIRECTIONS = ("aanbevolen", "te overwegen", "niet aanbevolen", "geen advies")
#: Place in stepped care (0: no place in the pathway).
STEP_LABELS = {
    0: "geen plaats",
    1: "stap 1: uitleg en zelf doen",
    2: "stap 2: oefentherapie en hulpmiddelen",
    3: "stap 3: aanvullend na ~12 weken",
    4: "stap 4: specialist",
}
URGENCY_LEVELS = ("dezelfde dag", "binnen enkele dagen", "binnen enkele weken", "niet spoedeisend")
#: JOSPT grade letters (Koc et al. 2023), or the honest "not found".
GRADES = ("A", "B", "C", "D", "E", "F", "graad niet gevonden")
#: A grade cell: a letter of :data:`GRADES`, optionally with a note in brackets
#: (``"B (bron: fabrikant)"``: where the grade was found), or "graad niet gevonden".
GRADE_PATTERN = r"^(?:[A-F](?: \([^()]+\))?|graad niet gevonden)$"
#: Weeks of adequate education and exercise therapy without effect before shockwave (vsg2026).
MIN_WEEKS_BEFORE_SHOCKWAVE = 12
#: Latest week a care step may end (the chart's axis; the course's own bound).
MAX_WEEK = 104


def risk_factors_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``risicofactoren``: no numbers, or ``0 < low < or < high``.

    A row without an odds ratio (the study gave none) must say why in ``note``.
    """
    ratio = {"low": 0.001, "high": 1000.0, "nullable": True}
    odds = ("or", "ci_low", "ci_high")

    def all_or_none(frame: pd.DataFrame) -> pd.Series:
        filled = frame[list(odds)].notna().sum(axis=1)
        return filled.isin([0, 3])

    def ordered(frame: pd.DataFrame) -> pd.Series:
        low, mid, high = (numbers(frame, column) for column in ("ci_low", "or", "ci_high"))
        return low.isna() | mid.isna() | high.isna() | ((low < mid) & (mid < high))

    return parts.table_schema(
        {
            "factor": parts.text(unique=True),
            "domain": parts.text(),
            "population": parts.text(),
            "comparison": parts.text(),
            "or": parts.number(**ratio),
            "ci_low": parts.number(**ratio),
            "ci_high": parts.number(**ratio),
            "study": parts.text(),
            "source": parts.sources(known_keys),
            "note": parts.text(),
        },
        checks=[
            parts.row_rule(
                all_or_none,
                column="or",
                needs=odds,
                message="vul or, ci_low en ci_high alle drie in, of geen van drieën.",
            ),
            parts.row_rule(
                ordered,
                column="or",
                needs=odds,
                message="nodig is 0 < ci_low < or < ci_high; {waarde} ligt niet in het interval.",
            ),
        ],
    )


def differential_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``differentiaaldiagnose``: one row per condition, a known urgency."""
    return parts.table_schema(
        {
            "condition": parts.text(unique=True),
            "signs": parts.text(),
            "action": parts.text(),
            "urgency": parts.choice(URGENCY_LEVELS),
            "source": parts.sources(known_keys),
        }
    )


def treatments_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``behandelingen``: unique ids, cells filled, known scales."""
    filled = ("name", "what", "dose")
    advice = ("vsg2026", "koc2023")
    return parts.table_schema(
        {
            "id": parts.key(),
            **{column: parts.text() for column in filled},
            "step": parts.choice(STEP_LABELS),
            **{column: parts.text() for column in advice},
            "evidence": parts.choice(EVIDENCE_LEVELS),
            "evidence_note": parts.text(),
            "direction": parts.choice(DIRECTIONS),
            "risks": parts.text(),
            "source": parts.sources(known_keys),
        }
    )


def stepped_care_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``stappenplan``: steps 1-4 in order, the guideline's timing.

    Steps may overlap (education and exercise therapy run together) but each starts no
    earlier than the one before and no later than where the one before ends. Shockwave
    (step 3) starts only after at least :data:`MIN_WEEKS_BEFORE_SHOCKWAVE` weeks of exercise
    therapy (step 2) and not before step 2 ends (vsg2026, module Shockwave therapie).
    """
    weeks = ("step", "start_week", "end_week")

    def in_order(frame: pd.DataFrame) -> bool:
        return list(numbers(frame, "step")) == [1, 2, 3, 4]

    def ends_after_start(frame: pd.DataFrame) -> pd.Series:
        return numbers(frame, "start_week") < numbers(frame, "end_week")

    def follows_previous(frame: pd.DataFrame) -> pd.Series:
        start, end = numbers(frame, "start_week"), numbers(frame, "end_week")
        ok = (start >= start.shift()) & (start <= end.shift())
        ok.iloc[:1] = True
        return ok

    def shockwave_after_exercise(frame: pd.DataFrame) -> pd.Series:
        step = numbers(frame, "step")
        start, end = numbers(frame, "start_week"), numbers(frame, "end_week")
        exercise = step == 2
        if exercise.sum() != 1:
            return pd.Series(True, index=frame.index)
        first = float(start[exercise].iloc[0])
        last = float(end[exercise].iloc[0])
        late_enough = (start - first >= MIN_WEEKS_BEFORE_SHOCKWAVE) & (start >= last)
        return (step != 3) | late_enough

    week = {"low": 0, "high": MAX_WEEK, "integer": True}
    return parts.table_schema(
        {
            "step": parts.number(low=1, high=4, integer=True),
            "name": parts.text(),
            "start_week": parts.number(**week),
            "end_week": parts.number(**week),
            "content": parts.text(),
            "timing_basis": parts.text(),
            "source": parts.sources(known_keys),
        },
        checks=[
            parts.row_rule(
                in_order,
                column="step",
                needs=weeks,
                message="de stappen moeten 1 tot en met 4 zijn, op volgorde.",
            ),
            parts.row_rule(
                ends_after_start,
                column="end_week",
                needs=weeks,
                message="het einde ({waarde}) moet na het begin liggen.",
            ),
            parts.row_rule(
                follows_previous,
                column="start_week",
                needs=weeks,
                message="een stap begint niet vóór de vorige en niet na het einde van de vorige.",
            ),
            parts.row_rule(
                shockwave_after_exercise,
                column="start_week",
                needs=weeks,
                message=(
                    f"shockwave (stap 3) pas na ten minste {MIN_WEEKS_BEFORE_SHOCKWAVE} weken "
                    "oefentherapie (stap 2), en niet voordat stap 2 eindigt (richtlijn)."
                ),
            ),
        ],
    )


def guideline_grades_schema(
    known_keys: Collection[str], *, treatment_ids: Collection[str]
) -> pa.DataFrameSchema:
    """Return the schema of ``richtlijngraden``: unique ids, a JOSPT grade or "graad niet gevonden".

    ``treatment`` is empty or the id of a row in ``behandelingen``.
    """
    return parts.table_schema(
        {
            "id": parts.key(),
            "intervention": parts.text(),
            "treatment": parts.member_of(treatment_ids, what="behandeling (id in treatments.csv)"),
            "koc2023_grade": parts.matches(
                GRADE_PATTERN,
                message=(
                    "'{waarde}' is geen JOSPT-graad: A tot F (eventueel met een toelichting "
                    "tussen haakjes) of 'graad niet gevonden'."
                ),
            ),
            "koc2023": parts.text(),
            "vsg2026": parts.text(),
            "nhg": parts.text(),
            "source": parts.sources(known_keys),
        }
    )


__all__ = [
    "DIRECTIONS",
    "EVIDENCE_LEVELS",
    "GRADES",
    "GRADE_PATTERN",
    "MIN_WEEKS_BEFORE_SHOCKWAVE",
    "STEP_LABELS",
    "URGENCY_LEVELS",
    "differential_schema",
    "guideline_grades_schema",
    "risk_factors_schema",
    "stepped_care_schema",
    "treatments_schema",
]
