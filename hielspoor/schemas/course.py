"""Schemas of the model and programme tables: load, anatomy, pain zones, exercises, class data.

The numeric bounds here are plausibility limits chosen by the course (not values from a
source): they catch a typo such as a factor of 12 instead of 1.2, nothing more.
"""

from __future__ import annotations

from collections.abc import Collection

import pandas as pd
import pandera.pandas as pa

from hielspoor.schemas import parts
from hielspoor.schemas.parts import numbers

#: Models in ``anatomy_coefficients.csv``: the calf-length model and the windlass model.
ANATOMY_MODELS = ("kuit", "windas")
#: Quantities in ``load_coefficients.csv``.
LOAD_QUANTITIES = ("grondreactiekracht", "fasciaspanning")
#: Arms of the (fictitious) trial in the class cohort.
COHORT_ARMS = ("voorlichting+rekken", "krachttraining", "afwachten")
YES_NO = ("ja", "nee")


def load_coefficients_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``belastingcoefficienten``: one row per activity and quantity."""

    def low_below_high(frame: pd.DataFrame) -> pd.Series:
        low, high = numbers(frame, "factor_low"), numbers(frame, "factor_high")
        return low.isna() | high.isna() | (low <= high)

    factor = {"low": 0.01, "high": 10.0}
    return parts.table_schema(
        {
            "activity": parts.text(),
            "quantity": parts.choice(LOAD_QUANTITIES),
            "factor_low": parts.number(**factor),
            "factor_high": parts.number(**factor),
            "source": parts.sources(known_keys),
            "note": parts.text(),
        },
        checks=[
            parts.row_rule(
                low_below_high,
                column="factor_high",
                needs=("factor_low", "factor_high"),
                message="factor_high ({waarde}) is kleiner dan factor_low.",
            )
        ],
        unique=["activity", "quantity"],
    )


def anatomy_coefficients_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``anatomiecoefficienten``: one value per model, part and parameter."""
    return parts.table_schema(
        {
            "model": parts.choice(ANATOMY_MODELS),
            "part": parts.key(unique=False),
            "parameter": parts.matches(
                r"^[a-z][a-z0-9_]*$", message="'{waarde}' is geen geldige parameternaam."
            ),
            "value": parts.number(low=-1000.0, high=1000.0),
            "unit": parts.text(nullable=True),
            "description": parts.text(),
            "source": parts.sources(known_keys),
        },
        unique=["model", "part", "parameter"],
    )


def pain_monitoring_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``pijnmonitoring``: zones covering 0-10, no gap, no overlap."""
    scores = ("min_score", "max_score")

    def low_below_high(frame: pd.DataFrame) -> pd.Series:
        return numbers(frame, "min_score") <= numbers(frame, "max_score")

    def joins_previous(frame: pd.DataFrame) -> pd.Series:
        low, high = numbers(frame, "min_score"), numbers(frame, "max_score")
        ok = low == high.shift() + 1
        ok.iloc[:1] = low.iloc[:1] == 0
        return ok

    def ends_at_ten(frame: pd.DataFrame) -> bool:
        return float(numbers(frame, "max_score").iloc[-1]) == 10

    score = {"low": 0, "high": 10, "integer": True}
    return parts.table_schema(
        {
            "zone": parts.text(unique=True),
            "min_score": parts.number(**score),
            "max_score": parts.number(**score),
            "meaning": parts.text(),
            "source": parts.sources(known_keys),
        },
        checks=[
            parts.row_rule(
                low_below_high,
                column="max_score",
                needs=scores,
                message="max_score ({waarde}) is kleiner dan min_score.",
            ),
            parts.row_rule(
                joins_previous,
                column="min_score",
                needs=scores,
                message="een zone begint bij 0 of één punt boven het einde van de vorige zone.",
            ),
            parts.row_rule(
                ends_at_ten,
                column="max_score",
                needs=scores,
                message="de laatste zone eindigt bij 10.",
            ),
        ],
    )


def exercises_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``oefeningen``: unique exercise ids and every cell filled."""
    return parts.table_schema(
        {
            "id": parts.key(),
            "name_nl": parts.text(),
            "instructions_nl": parts.text(),
            "dose": parts.text(),
            "frequency": parts.text(),
            "source": parts.sources(known_keys),
        }
    )


def class_cohort_schema() -> pa.DataFrameSchema:
    """Return the schema of ``klascohort``: patients have an arm and FFI scores, controls none."""
    ffi = [f"ffi_w{week}" for week in (0, 4, 8, 12)]
    score = {"low": 0, "high": 100, "integer": True, "nullable": True}

    def arm_only_for_patients(frame: pd.DataFrame) -> pd.Series:
        return (frame["hielpijn"] == "ja") == frame["behandeling"].notna()

    def scores_only_for_patients(frame: pd.DataFrame) -> pd.Series:
        counts = frame[ffi].notna().sum(axis=1)
        patient = frame["hielpijn"] == "ja"
        return (patient & (counts == len(ffi))) | (~patient & (counts == 0))

    return parts.table_schema(
        {
            "id": parts.key(pattern=r"^P\d{3}$"),
            "leeftijd": parts.number(low=18, high=100, integer=True),
            "geslacht": parts.choice(("vrouw", "man")),
            "bmi": parts.number(low=12.0, high=70.0),
            "enkel_dorsaalflexie_graden": parts.number(low=-30, high=40, integer=True),
            "staand_werk": parts.choice(YES_NO),
            "hielpijn": parts.choice(YES_NO),
            "behandeling": parts.choice(COHORT_ARMS, nullable=True),
            **{column: parts.number(**score) for column in ffi},
        },
        checks=[
            parts.row_rule(
                arm_only_for_patients,
                column="behandeling",
                needs=("hielpijn", "behandeling"),
                message="een behandeling hoort bij hielpijn = ja, en alleen daar.",
            ),
            parts.row_rule(
                scores_only_for_patients,
                column="ffi_w0",
                needs=("hielpijn", *ffi),
                message="FFI-scores in alle vier de weken bij hielpijn = ja, geen bij nee.",
            ),
        ],
    )


__all__ = [
    "ANATOMY_MODELS",
    "COHORT_ARMS",
    "LOAD_QUANTITIES",
    "anatomy_coefficients_schema",
    "class_cohort_schema",
    "exercises_schema",
    "load_coefficients_schema",
    "pain_monitoring_schema",
]
