"""Validate any table with a pandera schema and report the failures in Dutch.

One formatter for every table in the course (diary, plan, data files): each pandera
failure becomes a :class:`TableProblem` that names the row as a spreadsheet shows it
(header = row 1), the column (by its Dutch header when one is given) and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from hielspoor.validation import format_number

_RANGE = re.compile(r"^in_range\((.+), (.+)\)$")
_LENGTH = re.compile(r"^str_length\((.+), (.+)\)$")


@dataclass(frozen=True)
class TableProblem:
    """One failed check: row (header = 1, ``None`` for the whole table), column, value, text."""

    row: int | None
    column: str | None
    value: str
    message: str

    def __str__(self) -> str:
        """Dutch text: ``"Rij 3, kolom 'Pijn': 12 ligt buiten het bereik van 0 tot 10."``."""
        where = [f"Rij {self.row}"] if self.row is not None else []
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


def _shown(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return format_number(value)
    if isinstance(value, float):
        return format_number(value, decimals=2).rstrip("0").rstrip(",")
    if isinstance(value, pd.Timestamp):
        return f"{value:%d-%m-%Y}"
    return str(value)


def dutch_check_message(check: str, value: object) -> str:
    """Dutch sentence for one pandera check name and the value that failed it.

    Examples
    --------
    >>> dutch_check_message("in_range(0, 10)", 12.0)
    '12 ligt buiten het bereik van 0 tot 10.'
    >>> dutch_check_message("field_uniqueness", "2026-03-01")
    '2026-03-01 komt vaker dan één keer voor.'
    """
    shown = _shown(value)
    if match := _RANGE.match(check):
        low, high = (_shown(_number_or_text(part)) for part in match.groups())
        return f"{shown} ligt buiten het bereik van {low} tot {high}."
    if match := _LENGTH.match(check):
        high = match.group(2)
        return f"de tekst is te lang (hoogstens {format_number(float(high))} tekens)."
    if check in ("field_uniqueness", "unique", "multiple_fields_uniqueness"):
        return f"{shown} komt vaker dan één keer voor."
    if check == "not_nullable":
        return "hier ontbreekt een waarde."
    if check.startswith("dtype("):
        return f"'{shown}' heeft niet de goede soort waarde (verwacht: {check[7:-2]})."
    if check == "column_in_dataframe":
        return f"de kolom '{shown}' ontbreekt."
    if check == "column_in_schema":
        return f"de kolom '{shown}' hoort niet in deze tabel."
    if check == "column_ordered":
        return "de kolommen staan niet in de goede volgorde."
    return f"'{shown}' voldoet niet aan de controle {check}."


def _number_or_text(text: str) -> object:
    try:
        return float(text)
    except ValueError:
        return pd.Timestamp(text) if text[:4].isdigit() else text


def schema_problems(
    table: pd.DataFrame,
    schema: pa.DataFrameSchema,
    *,
    headers: Mapping[str, str] | None = None,
    first_row: int = 2,
) -> list[TableProblem]:
    """Validate ``table`` with ``schema`` (all checks, lazily) and return Dutch problems.

    Parameters
    ----------
    table
        The table; row ``i`` (0-based position) is reported as ``first_row + i``.
    schema
        A pandera ``DataFrameSchema``.
    headers
        Dutch header per column name, used in the messages.
    first_row
        Spreadsheet row number of the first data row (2 when the header is row 1).

    Examples
    --------
    >>> schema = pa.DataFrameSchema({"pijn": pa.Column(float, pa.Check.in_range(0, 10))})
    >>> for problem in schema_problems(pd.DataFrame({"pijn": [3.0, 12.0]}), schema,
    ...                                headers={"pijn": "Pijn"}):
    ...     print(problem)
    Rij 3, kolom 'Pijn': 12 ligt buiten het bereik van 0 tot 10.
    """
    try:
        schema.validate(table, lazy=True)
    except pa.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    else:
        return []
    names = headers or {}
    positions = {label: position for position, label in enumerate(table.index)}
    problems = []
    for case in cases.itertuples(index=False):
        column = case.column if isinstance(case.column, str) else None
        index = case.index
        row = None
        if index is not None and not (isinstance(index, float) and pd.isna(index)):
            row = first_row + positions.get(index, int(index))
        value = case.failure_case
        problems.append(
            TableProblem(
                row,
                names.get(column, column) if column is not None else None,
                "" if value is None else str(value),
                dutch_check_message(str(case.check), value),
            )
        )
    problems.sort(key=lambda p: (p.row is not None, p.row or 0))
    return problems


__all__ = ["TableProblem", "dutch_check_message", "schema_problems"]
