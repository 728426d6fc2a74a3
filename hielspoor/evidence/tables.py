"""Load and check the evidence tables through their pandera schemas.

Each ``validate_*`` returns the Dutch problems of a table (``[]`` when it is valid), each
``load_*`` reads the registered file, checks it and raises :class:`TableError` when it is
invalid. The schemas are in :mod:`hielspoor.schemas.evidence`.

Examples
--------
>>> table = load_risk_factors()
>>> float(table.loc[table["study"] == "Riddle 2003", "or"].max())  # Riddle 2003 abstract
23.3
>>> broken = table.assign(ci_low=16.6, ci_high=1.9)
>>> str(validate_risk_factors(broken)[0])
"Rij 2, kolom 'or': nodig is 0 < ci_low < or < ci_high; 23,3 ligt niet in het interval."
"""

from __future__ import annotations

import pandas as pd

from hielspoor.schemas.evidence import DIRECTIONS, EVIDENCE_LEVELS, STEP_LABELS, URGENCY_LEVELS
from hielspoor.schemas.registry import load_table, table_problems
from hielspoor.tables import TableError, TableProblem


def validate_risk_factors(table: pd.DataFrame) -> list[TableProblem]:
    """Problems of a risk-factor table: either no numbers or ``0 < ci_low < or < ci_high``."""
    return table_problems("risicofactoren", table)


def validate_treatments(table: pd.DataFrame) -> list[TableProblem]:
    """Problems of a treatment table: complete rows, unique ids, known levels, steps 0-4."""
    return table_problems("behandelingen", table)


def validate_differential(table: pd.DataFrame) -> list[TableProblem]:
    """Problems of a differential-diagnosis table: complete rows and known urgency levels."""
    return table_problems("differentiaaldiagnose", table)


def validate_stepped_care(table: pd.DataFrame) -> list[TableProblem]:
    """Problems of a stepped-care table: steps 1-4 in order, no gaps, guideline timing."""
    return table_problems("stappenplan", table)


def load_risk_factors() -> pd.DataFrame:
    """Read and check ``risicofactoren``; raise :class:`TableError` when it is invalid."""
    return load_table("risicofactoren")


def load_treatments() -> pd.DataFrame:
    """Read and check ``behandelingen``; raise :class:`TableError` when it is invalid."""
    return load_table("behandelingen")


def load_differential_diagnosis() -> pd.DataFrame:
    """Read and check ``differentiaaldiagnose``; raise :class:`TableError` when it is invalid."""
    return load_table("differentiaaldiagnose")


def load_stepped_care() -> pd.DataFrame:
    """Read and check ``stappenplan``; raise :class:`TableError` when it is invalid."""
    return load_table("stappenplan")


__all__ = [
    "DIRECTIONS",
    "EVIDENCE_LEVELS",
    "STEP_LABELS",
    "URGENCY_LEVELS",
    "TableError",
    "TableProblem",
    "load_differential_diagnosis",
    "load_risk_factors",
    "load_stepped_care",
    "load_treatments",
    "validate_differential",
    "validate_risk_factors",
    "validate_stepped_care",
    "validate_treatments",
]
