"""Which schema checks which data set, the keys tables share, and checked loading.

A schema is made from :class:`Keys`: the bibtex keys of ``book/references.bib`` (every
``source`` cell), the treatment ids (``richtlijngraden.treatment``) and the files in
``data/`` (``datasets.csv``). :func:`load_table` reads a data set, checks it and raises one
Dutch :class:`~hielspoor.tables.TableError` naming every failing row and column.

Examples
--------
>>> table_problems("behandelingen")
[]
>>> broken = read("behandelingen").assign(direction="wondermiddel")
>>> str(table_problems("behandelingen", broken)[0])  # doctest: +ELLIPSIS
"Rij 2, kolom 'direction': 'wondermiddel' is geen geldige waarde (kies uit: aanbevolen, ..."
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import pandas as pd
import pandera.pandas as pa

from hielspoor.data import INDEX, example_path, read_table
from hielspoor.paths import DATA_DIR
from hielspoor.references import bib_keys
from hielspoor.schemas import claims, course, evidence, index
from hielspoor.tables import TableError, TableProblem, check_table, schema_problems

#: Name under which the data index itself is checked (it is not listed in itself).
INDEX_NAME = "datasets"
#: Data sets read with every cell as text (their schemas compare text).
TEXT_TABLES = frozenset({"claims", "bronpassages"})
#: Registered files checked elsewhere: the diary by :mod:`hielspoor.diary`, YAML by their readers.
CHECKED_ELSEWHERE = frozenset({"voorbeelddagboek", "pijnregel", "casussen"})


@dataclass(frozen=True)
class Keys:
    """Keys one table may point at in another."""

    bib: frozenset[str]
    treatments: frozenset[str]
    data_files: frozenset[str]


@cache
def known_keys() -> Keys:
    """Keys of the tables as they are in the repository (or the installed package)."""
    treatments = read_table("behandelingen")["id"].dropna().astype(str)
    files = frozenset(path.name for path in DATA_DIR.iterdir())
    return Keys(bib=frozenset(bib_keys()), treatments=frozenset(treatments), data_files=files)


SCHEMAS: dict[str, Callable[[Keys], pa.DataFrameSchema]] = {
    "risicofactoren": lambda keys: evidence.risk_factors_schema(keys.bib),
    "differentiaaldiagnose": lambda keys: evidence.differential_schema(keys.bib),
    "behandelingen": lambda keys: evidence.treatments_schema(keys.bib),
    "stappenplan": lambda keys: evidence.stepped_care_schema(keys.bib),
    "richtlijngraden": lambda keys: evidence.guideline_grades_schema(
        keys.bib, treatment_ids=keys.treatments
    ),
    "belastingcoefficienten": lambda keys: course.load_coefficients_schema(keys.bib),
    "anatomiecoefficienten": lambda keys: course.anatomy_coefficients_schema(keys.bib),
    "pijnmonitoring": lambda keys: course.pain_monitoring_schema(keys.bib),
    "oefeningen": lambda keys: course.exercises_schema(keys.bib),
    "klascohort": lambda keys: course.class_cohort_schema(),
    "termenlijst": lambda keys: index.terms_schema(),
    "claims": lambda keys: claims.claims_schema(keys.bib),
    "bronpassages": lambda keys: claims.passages_schema(keys.bib),
    INDEX_NAME: lambda keys: index.datasets_schema(data_files=keys.data_files),
}


def schema_for(name: str, *, keys: Keys | None = None) -> pa.DataFrameSchema:
    """Return the schema of data set ``name`` (as in ``datasets.csv``, or ``"datasets"``).

    Raises
    ------
    KeyError
        If the data set has no schema here (message in Dutch).
    """
    if name not in SCHEMAS:
        raise KeyError(f"Geen schema voor de dataset '{name}'. Bekend: {', '.join(SCHEMAS)}.")
    return SCHEMAS[name](known_keys() if keys is None else keys)


def read(name: str) -> pd.DataFrame:
    """Read data set ``name`` unchecked, as its schema expects (text tables as text).

    Raises
    ------
    hielspoor.tables.TableError
        If the file is empty, not UTF-8 or not readable as CSV (Dutch message).
    """
    path = INDEX if name == INDEX_NAME else example_path(name)
    try:
        if name == INDEX_NAME or name in TEXT_TABLES:
            return pd.read_csv(path, dtype=str, keep_default_na=False)
        return read_table(name)
    except pd.errors.EmptyDataError:
        problem = "het bestand is leeg."
    except UnicodeDecodeError:
        problem = "het bestand is geen UTF-8-tekst; sla het op als CSV UTF-8."
    except pd.errors.ParserError as error:
        problem = f"het bestand is geen geldige CSV (technische melding: {str(error).strip()})."
    raise TableError(name, [TableProblem(None, None, "", problem)])


def table_problems(
    name: str, table: pd.DataFrame | None = None, *, keys: Keys | None = None
) -> list[TableProblem]:
    """Dutch problems of ``table`` (default: the file of data set ``name``); ``[]`` when valid."""
    frame = read(name) if table is None else table
    return schema_problems(frame, schema_for(name, keys=keys))


def check(name: str, table: pd.DataFrame) -> pd.DataFrame:
    """Return ``table`` if it passes the schema of ``name``; else raise ``TableError``."""
    return check_table(table, schema_for(name), name=name)


@cache
def _loaded(name: str) -> pd.DataFrame:
    return check(name, read(name))


def load_table(name: str) -> pd.DataFrame:
    """Read and check data set ``name``; a fresh copy each call (the check runs once).

    Raises
    ------
    hielspoor.tables.TableError
        If the file fails its schema; the Dutch message names every row and column.

    Examples
    --------
    >>> load_table("oefeningen").loc[0, "id"]
    'hielheffen'
    """
    return _loaded(name).copy()


__all__ = [
    "CHECKED_ELSEWHERE",
    "INDEX_NAME",
    "Keys",
    "SCHEMAS",
    "TEXT_TABLES",
    "check",
    "known_keys",
    "load_table",
    "read",
    "schema_for",
    "table_problems",
]
