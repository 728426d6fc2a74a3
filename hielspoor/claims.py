"""Claims register: load, validate and query the claims made in the seed web articles.

The register is ``data/claims.csv`` (registered as ``claims`` in ``data/datasets.csv``;
schema and verdict scale in ``data/claims_README.md``). Every claim carries a verdict on
the course's scale and bibtex keys that must exist in ``book/references.bib``.
Chapters cite a claim by its id, e.g. ``C-007``. Where each claim was checked is in
``data/passages.csv`` (:mod:`hielspoor.passages`); the claim cards are made in
:mod:`hielspoor.charts.evidence_html`.
"""

from __future__ import annotations

import pandas as pd

from hielspoor.references import bib_keys
from hielspoor.schemas.claims import CLAIM_COLUMNS as COLUMNS
from hielspoor.schemas.claims import CLAIM_ID, TOPICS, VERDICTS, claims_schema
from hielspoor.schemas.registry import load_table
from hielspoor.tables import check_table
from hielspoor.validation import InputError

__all__ = [
    "CLAIM_ID",
    "COLUMNS",
    "TOPICS",
    "VERDICTS",
    "claim",
    "claims_by",
    "claims_schema",
    "cited_claim_ids",
    "load_claims",
    "validate_claims",
    "verdict_counts",
]


def validate_claims(table: pd.DataFrame, *, known_keys: set[str] | None = None) -> pd.DataFrame:
    """Validate a claims table and return it; raise a Dutch ``TableError`` if it is invalid.

    Validation is lazy: the error lists every failing cell (row and column), not only the first.

    Parameters
    ----------
    table
        Claims as read from the CSV (all columns as text).
    known_keys
        Bibtex keys that sources may use; defaults to the keys in ``book/references.bib``.
    """
    keys = bib_keys() if known_keys is None else known_keys
    return check_table(table, claims_schema(keys), name="claims")


def load_claims() -> pd.DataFrame:
    """Return the validated claims register, one row per claim, in id order.

    Examples
    --------
    >>> claims = load_claims()
    >>> list(claims.columns) == list(COLUMNS)
    True
    >>> len(claims) >= 40
    True
    """
    return load_table("claims")


def claim(claim_id: str) -> pd.Series:
    """Return one claim by id (``"C-007"``).

    Raises
    ------
    KeyError
        If no claim has that id (message in Dutch).

    Examples
    --------
    >>> claim("C-007")["verdict"]
    'weerlegd'
    """
    table = load_claims().set_index("id", drop=False)
    if claim_id not in table.index:
        raise KeyError(f"Onbekende bewering '{claim_id}'.")
    return table.loc[claim_id]


def claims_by(*, topic: str | None = None, verdict: str | None = None) -> pd.DataFrame:
    """Return the claims with the given topic and/or verdict (``None``: any).

    Raises
    ------
    InputError
        If ``topic`` or ``verdict`` is not on its scale (message in Dutch).

    Examples
    --------
    >>> sorted(claims_by(verdict="onveilig")["id"])
    ['C-026', 'C-064']
    """
    if topic is not None and topic not in TOPICS:
        raise InputError(f"Onbekend onderwerp '{topic}'. Kies uit: {', '.join(TOPICS)}.")
    if verdict is not None and verdict not in VERDICTS:
        raise InputError(f"Onbekend oordeel '{verdict}'. Kies uit: {', '.join(VERDICTS)}.")
    table = load_claims()
    mask = pd.Series(True, index=table.index)
    if topic is not None:
        mask &= table["topic"] == topic
    if verdict is not None:
        mask &= table["verdict"] == verdict
    return table[mask].reset_index(drop=True)


def verdict_counts() -> pd.DataFrame:
    """Return the number of claims per verdict, in scale order (zero counts included).

    Examples
    --------
    >>> counts = verdict_counts()
    >>> list(counts["verdict"]) == list(VERDICTS)
    True
    >>> int(counts["aantal"].sum()) == len(load_claims())
    True
    """
    counts = load_claims()["verdict"].value_counts().reindex(list(VERDICTS), fill_value=0)
    return pd.DataFrame({"verdict": list(VERDICTS), "aantal": counts.to_numpy(dtype=int)})


def cited_claim_ids(text: str) -> set[str]:
    """Return the claim ids (``C-NNN``) mentioned in a text.

    Examples
    --------
    >>> sorted(cited_claim_ids("zie C-002 en C-010; niet C-1"))
    ['C-002', 'C-010']
    """
    return set(CLAIM_ID.findall(text))
