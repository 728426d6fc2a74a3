"""Source passages: where in its source each data row was checked, and what the source says.

``data/passages.csv`` (registered as ``bronpassages``) has one row per (data row, source):
the table and row it belongs to, the bibtex key, the location in the source (section, table,
page or guideline module), a short quote or a paraphrase marked as such, the outcome of the
check and the date. A row whose passage could not be reached says so (``niet gevonden``)
rather than inventing a quote. :func:`coverage_problems` lists every data row without a
passage, which the test suite turns into a failure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pandas as pd

from hielspoor import questions
from hielspoor.data import read_table
from hielspoor.references import bib_keys, split_keys
from hielspoor.schemas.claims import KINDS, MAX_PASSAGE_WORDS, RESULTS, passages_schema
from hielspoor.schemas.claims import PASSAGE_COLUMNS as COLUMNS
from hielspoor.schemas.registry import load_table
from hielspoor.tables import check_table

__all__ = [
    "COLUMNS",
    "KINDS",
    "MAX_PASSAGE_WORDS",
    "RESULTS",
    "checked_rows",
    "counts",
    "coverage_problems",
    "load_passages",
    "passages_for",
    "passages_schema",
    "validate_passages",
]


def validate_passages(table: pd.DataFrame, *, known_keys: set[str] | None = None) -> pd.DataFrame:
    """Validate a passages table (all columns text) and return it; raise a Dutch ``TableError``."""
    keys = bib_keys() if known_keys is None else known_keys
    return check_table(table, passages_schema(keys), name="bronpassages")


def load_passages() -> pd.DataFrame:
    """Return the validated passages, one row per (data row, source).

    Examples
    --------
    >>> passages = load_passages()
    >>> set(passages["kind"]) <= set(KINDS)
    True
    """
    return load_table("bronpassages")


def passages_for(table: str, row: str) -> pd.DataFrame:
    """Return the passages of one data row (``table`` as in ``data/datasets.csv``).

    Examples
    --------
    >>> list(passages_for("claims", "C-007")["source"])
    ['keller1996']
    """
    passages = load_passages()
    chosen = passages[(passages["table"] == table) & (passages["row"] == str(row))]
    return chosen.reset_index(drop=True)


def _csv_rows(name: str, key: Callable[[pd.Series], str], sources: str) -> Iterator[tuple]:
    for _, line in read_table(name).iterrows():
        yield key(line), split_keys(line[sources])


def _quiz_rows() -> Iterator[tuple]:
    for name in questions.quiz_names():
        for number, question in enumerate(questions.load_quiz(name)["questions"], start=1):
            yield f"{name}/{number}", split_keys(question["source"])


def _case_rows() -> Iterator[tuple]:
    for case in questions.load_cases():
        for number, question in enumerate(case["questions"], start=1):
            yield f"{case['id']}/{number}", split_keys(question["source"])


def checked_rows() -> dict[str, dict[str, list[str]]]:
    """Every data row that needs a passage: table -> row key -> the row's bibtex keys.

    Row keys: claim id, treatment id, risk factor, condition, step number, exercise id,
    ``activity/quantity`` for load coefficients, ``quiz/question number`` and
    ``case id/question number`` (numbers from 1).
    """
    tables = {
        "claims": _csv_rows("claims", lambda r: r["id"], "sources"),
        "behandelingen": _csv_rows("behandelingen", lambda r: r["id"], "source"),
        "risicofactoren": _csv_rows("risicofactoren", lambda r: r["factor"], "source"),
        "differentiaaldiagnose": _csv_rows(
            "differentiaaldiagnose", lambda r: r["condition"], "source"
        ),
        "stappenplan": _csv_rows("stappenplan", lambda r: str(r["step"]), "source"),
        "oefeningen": _csv_rows("oefeningen", lambda r: r["id"], "source"),
        "belastingcoefficienten": _csv_rows(
            "belastingcoefficienten", lambda r: f"{r['activity']}/{r['quantity']}", "source"
        ),
        "richtlijngraden": _csv_rows("richtlijngraden", lambda r: r["id"], "source"),
        "quizzen": _quiz_rows(),
        "casussen": _case_rows(),
    }
    return {name: dict(rows) for name, rows in tables.items()}


def coverage_problems(passages: pd.DataFrame | None = None) -> list[str]:
    """List, in Dutch, every data row without a passage and every passage without its row.

    A passage must cite one of the bibtex keys of its own row.

    Examples
    --------
    >>> coverage_problems()
    []
    """
    passages = load_passages() if passages is None else passages
    rows = checked_rows()
    problems = []
    for table, keys in rows.items():
        mine = passages[passages["table"] == table]
        for key in sorted(set(keys) - set(mine["row"])):
            problems.append(f"{table}, rij '{key}': geen bronpassage.")
    for _, passage in passages.iterrows():
        sources = rows.get(passage["table"], {}).get(passage["row"])
        where = f"{passage['table']}, rij '{passage['row']}'"
        if sources is None:
            problems.append(f"{where}: deze rij bestaat niet (meer).")
        elif passage["source"] not in sources:
            problems.append(f"{where}: bron '{passage['source']}' staat niet bij de rij.")
    return problems


def counts() -> pd.DataFrame:
    """Count the checked data rows per table and outcome (for the notes and the teacher page).

    A data row counts once per outcome it has; ``rijen`` is the number of distinct rows.
    """
    passages = load_passages()
    per_row = passages.groupby(["table", "row"])["result"].agg(set).reset_index()
    table = pd.DataFrame({"rijen": per_row.groupby("table").size()})
    for result in RESULTS:
        table[result] = per_row.groupby("table")["result"].agg(
            lambda sets, result=result: sum(result in s for s in sets)
        )
    return table.fillna(0).astype(int)
