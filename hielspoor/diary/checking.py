"""Checking a diary table in code: :func:`validate_pain_diary` and :func:`check_entries`.

Both run the row engine of :mod:`hielspoor.diary.rows` on a DataFrame, column by column
(:func:`~hielspoor.diary.rows.parse_columns`), so a table in code is checked exactly as a
file row is: the pain rule in :mod:`hielspoor.monitoring`, saving
and importing all use :func:`check_entries`.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from hielspoor.diary.cells import parse_date
from hielspoor.diary.rows import parse_columns
from hielspoor.diary.schema import (
    COLUMNS,
    ENTRIES_SCHEMA,
    FIRST_YEAR,
    LAST_YEAR,
    TEXT_COLUMNS,
    DiaryProblem,
    column_of,
)
from hielspoor.tables import schema_problems
from hielspoor.validation import InputError


def validate_pain_diary(diary: pd.DataFrame) -> list[DiaryProblem]:
    """Check a diary DataFrame (internal column names) with the same rules as a file.

    Row numbers count the header as row 1, as if the table were saved to a file.

    Examples
    --------
    >>> table = pd.DataFrame({"datum": ["2026-03-01", "2026-03-01", "2026-03-02"],
    ...                       "pijn_activiteit": [4, 3, 12]})
    >>> for problem in validate_pain_diary(table):
    ...     print(problem)  # doctest: +NORMALIZE_WHITESPACE
    Rij 3, kolom 'datum': dubbele datum: 01-03-2026 staat al in rij 2. Rij overgeslagen.
    Rij 4, kolom 'pijn_activiteit': pijnscore 12 ligt buiten het bereik van 0 tot 10.
    Rij overgeslagen.
    """
    _, problems, _ = _parse_table(diary)
    return problems


def _parse_table(table: pd.DataFrame) -> tuple[pd.DataFrame, list[DiaryProblem], object]:
    """Run the row engine on a DataFrame, column by column (header = row 1)."""
    header = [str(name) for name in table.columns]
    columns = [
        _date_texts(table.iloc[:, index]) if column_of(name) == "datum" else None
        for index, name in enumerate(header)
    ]
    columns = [
        table.iloc[:, index].to_numpy(dtype=object) if cells is None else cells
        for index, cells in enumerate(columns)
    ]
    return parse_columns(header, columns)


def _date_texts(column: pd.Series) -> np.ndarray | None:
    """Return valid naive dates as jjjj-mm-dd text (read at once by the engine), or ``None``.

    Only when every date is known, within the diary's years and there once, so no problem
    can name the date cell (whose text would differ from a date object's); a Timestamp's
    time of day is dropped, as :func:`~hielspoor.diary.cells.parse_date` does.
    """
    values = column.to_numpy()
    if values.dtype.kind != "M":
        return None
    days = values.astype("datetime64[D]")
    years = days.astype("datetime64[Y]").astype(np.int64) + 1970
    if np.isnat(days).any() or not ((years >= FIRST_YEAR) & (years <= LAST_YEAR)).all():
        return None
    if np.unique(days).size != days.size:
        return None
    return np.datetime_as_string(days, unit="D").astype(object)


def check_entries(diary: pd.DataFrame, *, schema: bool = True) -> pd.DataFrame:
    """Return a diary DataFrame checked and typed, or raise the first problem in Dutch.

    Missing optional columns (pain scores, steps, texts) are added empty. Every row is
    checked as in a file (:func:`validate_pain_diary`), then the result is validated
    against :data:`hielspoor.diary.schema.ENTRIES_SCHEMA` with pandera, unless
    ``schema=False``: the pain rule, which checks a diary on every call, leaves that
    pass out (about 11 ms); the row check already gives a table that fits the schema,
    which the tests assert.

    Raises
    ------
    InputError
        The first bad row, with its date when that can be read (row numbers count the
        header as row 1): ``"Rij 3 (02-03-2026), kolom 'pijn_activiteit': pijnscore 12
        ligt buiten het bereik van 0 tot 10."``.

    Examples
    --------
    >>> check_entries(pd.DataFrame({"datum": ["2026-03-01"], "pijn_activiteit": ["3,5"]}))[
    ...     "pijn_activiteit"].tolist()
    [3.5]
    """
    table = diary.copy()
    for key in COLUMNS:
        if key not in table.columns:
            table[key] = "" if key in TEXT_COLUMNS else math.nan
    table = table.loc[:, list(COLUMNS)]
    entries, problems, _ = _parse_table(table)
    first = next((p for p in problems if p.skipped), None)
    if first is not None:
        raise InputError(_refusal(first, table["datum"]))
    if not schema:
        return entries
    schema_problem = next(iter(schema_problems(entries, ENTRIES_SCHEMA)), None)
    if schema_problem is not None:  # pragma: no cover - parse_rows already checks all this
        raise InputError(str(schema_problem))
    return entries


def _refusal(problem: DiaryProblem, dates: pd.Series) -> str:
    """Return the Dutch message for a table refused as a whole (no row is skipped)."""
    where = f"Rij {problem.row}"
    if problem.column != "datum" and problem.row is not None:
        try:
            where += f" ({parse_date(dates.iloc[problem.row - 2]):%d-%m-%Y})"
        except InputError:
            pass
    if problem.column is not None:
        where += f", kolom '{problem.column}'"
    return f"{where}: {problem.message.removesuffix(' Rij overgeslagen.')}"
