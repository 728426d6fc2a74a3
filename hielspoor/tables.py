"""Validate any table with a pandera schema and report the failures in Dutch.

One formatter for every table in the course (diary, plan, data files): each pandera
failure becomes a :class:`TableProblem` that names the row as a spreadsheet shows it
(header = row 1), the column (by its Dutch header when one is given) and the problem.

Besides pandera's own checks it understands two conventions, so a schema can say in Dutch
what is wrong (see :mod:`hielspoor.schemas.parts`):

- a check whose ``error`` is a Dutch sentence (it ends with ``.``) is shown as written,
  with ``{waarde}`` replaced by the failing value;
- a table-wide check whose ``error`` starts with ``[column]`` is reported once per row,
  for that column (pandera itself reports such a failure once for every column).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import pandera.pandas as pa

from hielspoor.validation import InputError, format_number

_TAGGED = re.compile(r"^\[(?P<column>[^\]]+)\] (?P<message>.*)$", re.DOTALL)
_COERCE = re.compile(r"^coerce_dtype\('(.+)'\)$")
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
    if check.endswith("."):
        return check.replace("{waarde}", shown)
    if match := _COERCE.match(check):
        return f"'{shown}' is geen {_KINDS.get(match.group(1), match.group(1))}."
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


_KINDS = {"float64": "getal", "int64": "heel getal", "datetime64[ns]": "datum"}


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
    seen: set[tuple[object, str]] = set()
    for case in cases.itertuples(index=False):
        check = str(case.check)
        column = case.column if isinstance(case.column, str) else None
        index = case.index
        if tagged := _TAGGED.match(check):
            if column not in (None, tagged["column"]) or (index, check) in seen:
                continue  # pandera repeats a table-wide failure for every column
            seen.add((index, check))
            column, check = tagged["column"], tagged["message"]
        row = None
        if index is not None and not (isinstance(index, float) and pd.isna(index)):
            row = first_row + positions.get(index, int(index))
        value = case.failure_case
        problems.append(
            TableProblem(
                row,
                names.get(column, column) if column is not None else None,
                "" if value is None else str(value),
                dutch_check_message(check, value),
            )
        )
    problems.sort(key=lambda p: (p.row is not None, p.row or 0))
    return problems


class TableError(InputError):
    """A data table failed its schema; the message lists every problem in Dutch."""

    def __init__(self, name: str, problems: list[TableProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"- {problem}" for problem in problems)
        super().__init__(f"De tabel '{name}' klopt niet:\n{lines}")


def check_table(
    table: pd.DataFrame,
    schema: pa.DataFrameSchema,
    *,
    name: str,
    headers: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Return ``table`` if it passes ``schema``; else raise :class:`TableError` with every problem.

    Examples
    --------
    >>> schema = pa.DataFrameSchema({"pijn": pa.Column(float, pa.Check.in_range(0, 10))})
    >>> check_table(pd.DataFrame({"pijn": [12.0]}), schema, name="voorbeeld")
    Traceback (most recent call last):
    ...
    hielspoor.tables.TableError: De tabel 'voorbeeld' klopt niet:
    - Rij 2, kolom 'pijn': 12 ligt buiten het bereik van 0 tot 10.
    """
    problems = schema_problems(table, schema, headers=headers)
    if problems:
        raise TableError(name, problems)
    return table


__all__ = ["TableError", "TableProblem", "check_table", "dutch_check_message", "schema_problems"]
