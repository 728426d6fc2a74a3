"""Building blocks of the data-table schemas, each with its Dutch message.

Every column builder returns a pandera ``Column`` whose checks say in Dutch what is wrong
(the formatter :func:`hielspoor.tables.schema_problems` shows such a message as written,
with ``{waarde}`` replaced by the failing cell). Columns take no pandas dtype: a CSV cell
that is not a number is reported by row, not as one dtype failure for the whole column.

Examples
--------
>>> import pandera.pandas as pa
>>> from hielspoor.tables import schema_problems
>>> schema = pa.DataFrameSchema({"stap": number(low=0, high=4, integer=True)})
>>> [str(p) for p in schema_problems(pd.DataFrame({"stap": [1, 7, "twee"]}), schema)]
["Rij 3, kolom 'stap': 7 ligt buiten het bereik van 0 tot 4.", \
"Rij 4, kolom 'stap': 'twee' is geen getal (gebruik een punt als decimaalteken)."]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable

import pandas as pd
import pandera.pandas as pa

from hielspoor.references import split_keys
from hielspoor.validation import format_number

#: Pattern of a row key (treatment id, exercise id, dataset name): lower case, digits, - and _.
KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
#: Pattern of an ISO date as the data files write it.
ISO_DATE = r"^\d{4}-\d{2}-\d{2}$"


def _number(value: object) -> str:
    return format_number(float(value)) if float(value).is_integer() else str(value)


def _numbers(series: pd.Series) -> pd.Series:
    return pd.to_numeric(series, errors="coerce")


def _filled(series: pd.Series) -> pd.Series:
    return series.isna() | series.astype(str).str.strip().ne("")


def text(*, nullable: bool = False, unique: bool = False) -> pa.Column:
    """Return a text column; a required cell may not be empty or only spaces."""
    return pa.Column(
        None, pa.Check(_filled, error="deze cel is leeg."), nullable=nullable, unique=unique
    )


def _one_of(allowed: Collection[object], *, error: str, nullable: bool) -> pa.Column:
    values = tuple(allowed)
    check = pa.Check(lambda series: series.isna() | series.isin(values), error=error)
    return pa.Column(None, check, nullable=nullable)


def choice(values: Iterable[object], *, nullable: bool = False) -> pa.Column:
    """Return a column whose cells are one of ``values`` (the message lists them)."""
    allowed = tuple(values)
    names = ", ".join(str(value) for value in allowed)
    error = f"'{{waarde}}' is geen geldige waarde (kies uit: {names})."
    return _one_of(allowed, error=error, nullable=nullable)


def number(
    *,
    low: float,
    high: float,
    integer: bool = False,
    nullable: bool = False,
) -> pa.Column:
    """Return a number column with inclusive bounds ``[low, high]``."""
    checks = [
        pa.Check(
            lambda series: series.isna() | _numbers(series).notna(),
            error="'{waarde}' is geen getal (gebruik een punt als decimaalteken).",
        ),
        pa.Check(
            lambda series: _numbers(series).isna() | _numbers(series).between(low, high),
            error=f"{{waarde}} ligt buiten het bereik van {_number(low)} tot {_number(high)}.",
        ),
    ]
    if integer:
        checks.append(
            pa.Check(
                lambda series: _numbers(series).isna() | (_numbers(series) % 1 == 0),
                error="{waarde} is geen heel getal.",
            )
        )
    return pa.Column(None, checks, nullable=nullable)


def key(*, pattern: str = KEY_PATTERN, unique: bool = True) -> pa.Column:
    """Return a row-key column (id): filled, of the form ``pattern``, and by default unique."""
    return pa.Column(
        None,
        pa.Check(
            lambda series: series.astype(str).str.match(pattern),
            error="'{waarde}' is geen geldige sleutel (alleen kleine letters, cijfers, - en _).",
        ),
        unique=unique,
        nullable=False,
    )


def matches(pattern: str, *, message: str, nullable: bool = False) -> pa.Column:
    """Return a text column whose cells match the regular expression ``pattern``."""
    return pa.Column(
        None,
        pa.Check(
            lambda series: series.isna() | series.astype(str).str.match(pattern), error=message
        ),
        nullable=nullable,
    )


def iso_date() -> pa.Column:
    """Return a column of dates written ``JJJJ-MM-DD`` that exists in the calendar."""

    def real_date(series: pd.Series) -> pd.Series:
        text_ = series.astype(str)
        parsed = pd.to_datetime(text_, format="%Y-%m-%d", errors="coerce")
        return text_.str.match(ISO_DATE) & parsed.notna()

    return pa.Column(None, pa.Check(real_date, error="'{waarde}' is geen datum als JJJJ-MM-DD."))


def sources(known_keys: Collection[str], *, name: str = "source") -> pa.Column:
    """Return a column of ``;``-separated list of bibtex keys (at least one, each in the bib)."""
    known = frozenset(known_keys)
    return pa.Column(
        None,
        [
            pa.Check(
                lambda series: series.map(lambda cell: bool(split_keys(cell))),
                error="hier staat geen bronsleutel (uit book/references.bib).",
            ),
            pa.Check(
                lambda series: series.map(lambda cell: set(split_keys(cell)) <= known),
                error="'{waarde}': niet elke bronsleutel staat in book/references.bib.",
            ),
        ],
        nullable=False,
        name=name,
    )


def member_of(known: Collection[str], *, what: str, nullable: bool = True) -> pa.Column:
    """Return a column of keys of another table (``what`` names it in the message)."""
    error = f"'{{waarde}}' is geen bekende {what}."
    return _one_of(frozenset(known), error=error, nullable=nullable)


def regex_pattern() -> pa.Column:
    """Return a column of a regular expression that Python can compile."""

    def compiles(cell: object) -> bool:
        try:
            re.compile(str(cell))
        except re.error:
            return False
        return True

    return pa.Column(
        None,
        pa.Check(
            lambda series: series.map(compiles),
            error="'{waarde}' is geen geldig zoekpatroon (reguliere expressie).",
        ),
        nullable=False,
    )


def row_rule(
    predicate: Callable[[pd.DataFrame], pd.Series | bool],
    *,
    column: str,
    message: str,
    needs: Iterable[str],
) -> pa.Check:
    """Return a check across columns, reported once per failing row for ``column``.

    ``predicate`` gets the table and returns True per valid row (or one bool for the
    table). It is skipped while a column in ``needs`` is missing or not numeric where a
    number is expected: those problems are reported by the columns themselves.
    """
    required = tuple(needs)

    def check(frame: pd.DataFrame) -> pd.Series | bool:
        if not set(required) <= set(frame.columns):
            return True
        try:
            return predicate(frame)
        except (TypeError, ValueError, KeyError, IndexError):
            return True

    return pa.Check(check, error=f"[{column}] {message}")


def numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    """Return the cells of ``column`` as numbers (not a number: NaN), for row rules."""
    return _numbers(frame[column])


def table_schema(
    columns: dict[str, pa.Column],
    *,
    checks: Iterable[pa.Check] = (),
    unique: list[str] | None = None,
) -> pa.DataFrameSchema:
    """Return a strict schema: exactly these columns, in this order."""
    return pa.DataFrameSchema(
        columns, checks=list(checks), unique=unique, strict=True, ordered=True, coerce=False
    )


__all__ = [
    "ISO_DATE",
    "KEY_PATTERN",
    "choice",
    "iso_date",
    "key",
    "matches",
    "member_of",
    "number",
    "numbers",
    "regex_pattern",
    "row_rule",
    "sources",
    "table_schema",
    "text",
]
