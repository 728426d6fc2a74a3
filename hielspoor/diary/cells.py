"""Reading one diary cell (date, pain score, steps), one value or a whole column at once.

The column readers are the fast path: they read the common, clean forms of a whole
column with numpy and hand every other cell to the single-value reader, which either
understands it (``7/10``, ``8.500``, ``5/3/26``, an Excel date) or raises the Dutch
message. So a column gives exactly what reading cell by cell would give, only faster.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence

import numpy as np
import pandas as pd

from hielspoor.diary.schema import (
    FIRST_YEAR,
    LAST_YEAR,
    MAX_STEPS,
    PAIN_MAX,
    PAIN_MIN,
    is_blank,
)
from hielspoor.validation import InputError, check_range

_PAIN_FRACTION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*10\s*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[. ]\d{3})+$")
ISO_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_NL_DATE = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_NAT = np.datetime64("NaT", "D")


def parse_date(value: object) -> dt.date:
    """Read a diary date: dd-mm-jjjj (also d-m-jj, with / or .), jjjj-mm-dd, or a date.

    Raises
    ------
    InputError
        With a Dutch message (no row or column; the caller adds those).

    Examples
    --------
    >>> parse_date("05-03-2026"), parse_date("2026-03-05"), parse_date("5/3/26")
    (datetime.date(2026, 3, 5), datetime.date(2026, 3, 5), datetime.date(2026, 3, 5))
    >>> parse_date("31-02-2026")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: 31-02-2026 is geen bestaande datum.
    """
    if isinstance(value, dt.datetime):  # also pandas.Timestamp
        if value != value:  # NaT
            raise InputError("de datum ontbreekt.")
        return _checked_year(value.date(), iso=True)
    if isinstance(value, dt.date):
        return _checked_year(value)
    if is_blank(value):
        raise InputError("de datum ontbreekt.")
    text = str(value).strip()
    if match := ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _NL_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        raise InputError(
            f"'{text[:40]}' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 05-03-2026."
        )
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(_year_message(text, year))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{text} is geen bestaande datum.") from None


def _year_message(text: str, year: int) -> str:
    return (
        f"{text}: het jaartal {year} kan niet kloppen (een datum in het dagboek ligt "
        f"tussen {FIRST_YEAR} en {LAST_YEAR})."
    )


def _checked_year(day: dt.date, *, iso: bool = False) -> dt.date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(_year_message(str(day) if iso else f"{day:%d-%m-%Y}", day.year))
    return day


def parse_pain(value: object, *, label: str = "Pijn") -> float | None:
    """Read a pain score 0-10 (``7``, ``"6,5"``, ``"7/10"``); blank gives ``None``.

    Examples
    --------
    >>> parse_pain("6,5"), parse_pain("7/10"), parse_pain("")
    (6.5, 7.0, None)
    >>> parse_pain("11", label="Pijn eerste stap")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Pijn eerste stap: 11 ligt buiten het bereik van 0 tot 10.
    """
    if is_blank(value):
        return None
    if isinstance(value, str) and (match := _PAIN_FRACTION.match(value)):
        value = match.group(1)
    if isinstance(value, str) and len(value) > 40:
        raise InputError(f"{label}: '{value[:40]}…' is geen getal.")
    return check_range(value, label=label, low=PAIN_MIN, high=PAIN_MAX)


def parse_steps(value: object, *, label: str = "Stappen") -> int | None:
    """Read a step count (``8500``, ``"8.500"``, ``"8 500"``); blank gives ``None``.

    Examples
    --------
    >>> parse_steps("8.500"), parse_steps(7200.0), parse_steps(" ")
    (8500, 7200, None)
    """
    if is_blank(value):
        return None
    if isinstance(value, str) and _THOUSANDS.match(value.strip()):
        value = re.sub(r"[. ]", "", value.strip())
    if isinstance(value, str) and len(value) > 40:
        raise InputError(f"{label}: '{value[:40]}…' is geen getal.")
    number = check_range(value, label=label, low=0, high=MAX_STEPS, unit="stappen", integer=True)
    return int(number)


# --------------------------------------------------------------------------- columns


def date_column(values: Sequence[object]) -> tuple[np.ndarray, np.ndarray, dict[int, str]]:
    """Read a column of dates.

    Returns
    -------
    dates, iso, errors
        ``datetime64[D]`` (NaT where unreadable), per cell whether it was written
        jjjj-mm-dd, and the Dutch message per unreadable cell index.
    """
    count = len(values)
    joined = all_text(values)
    if joined is not None and "\x00" not in joined:  # e.g. a CSV: no strip, one C call
        cells = np.array(values, dtype="U11").reshape(count)
        lengths = np.char.str_len(cells)
        codes = cells.view(np.uint32).reshape(count, 11)[:, :10].astype(np.int64)
    else:  # an unstripped cell only takes the careful reader below; same result
        texts = [value.strip() if isinstance(value, str) else "" for value in values]
        codes = np.array(texts, dtype="U10").view(np.uint32).reshape(count, 10).astype(np.int64)
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=count)
    digit = (codes >= 48) & (codes <= 57)
    digits = codes - 48

    def separator(column: int) -> np.ndarray:
        code = codes[:, column]
        return (code == 45) | (code == 46) | (code == 47)  # - . /

    dutch = (lengths == 10) & digit[:, [0, 1, 3, 4, 6, 7, 8, 9]].all(axis=1) & separator(2)
    dutch &= codes[:, 2] == codes[:, 5]
    iso = (lengths == 10) & digit[:, [0, 1, 2, 3, 5, 6, 8, 9]].all(axis=1) & separator(4)
    iso &= codes[:, 4] == codes[:, 7]

    def number(columns: list[int]) -> np.ndarray:
        total = np.zeros(count, dtype=np.int64)
        for column in columns:
            total = total * 10 + digits[:, column]
        return total

    day = np.where(dutch, number([0, 1]), number([8, 9]))
    month = np.where(dutch, number([3, 4]), number([5, 6]))
    year = np.where(dutch, number([6, 7, 8, 9]), number([0, 1, 2, 3]))
    ok = (dutch | iso) & (month >= 1) & (month <= 12) & (day >= 1)
    ok &= (year >= FIRST_YEAR) & (year <= LAST_YEAR)
    months = (np.where(ok, year, 1970) - 1970).astype("datetime64[Y]").astype("datetime64[M]")
    months = months + (np.where(ok, month, 1) - 1)
    dates = months.astype("datetime64[D]") + (np.where(ok, day, 1) - 1)
    ok &= dates.astype("datetime64[M]") == months
    dates[~ok] = _NAT
    errors: dict[int, str] = {}
    for index in np.flatnonzero(~ok):
        value = values[index]
        try:
            dates[index] = np.datetime64(parse_date(value), "D")
        except InputError as error:
            errors[int(index)] = str(error)
        else:
            iso[index] = isinstance(value, str) and bool(ISO_DATE.match(value.strip()))
    return dates, iso & (dates != _NAT), errors


def all_text(values: Sequence[object]) -> str | None:
    """Return the cells joined by line breaks if every cell is text, else ``None``.

    One C-level pass: the fast paths use it to test and to convert a column at once.
    """
    try:
        return "\n".join(values)  # type: ignore[arg-type]
    except TypeError:
        return None


def _clean_numbers(values: Sequence[object]) -> tuple[np.ndarray, np.ndarray] | None:
    """Numbers and blanks of a column of clean text cells (``"6,5"``, ``""``), or ``None``."""
    joined = all_text(values)
    if joined is None:
        return None
    parts = (joined.replace(",", ".") if "," in joined else joined).split("\n")
    if len(parts) != len(values):  # a cell with a line break
        return None
    try:
        numbers = np.array([part or "nan" for part in parts], dtype=float)
    except ValueError:
        return None
    blank = np.isnan(numbers)
    for index in np.flatnonzero(blank):
        blank[index] = not parts[index]
    return numbers, blank


def _float(value: object) -> float:
    """Fast reading of one number; ``-inf`` sends the cell to the single-value reader."""
    kind = type(value)
    if kind is str:
        if not value.strip():
            return math.nan
        try:
            return float(value.replace(",", "."))
        except ValueError:
            return -math.inf
    if kind is int or isinstance(value, float):
        return value  # type: ignore[return-value]
    if value is None or value is pd.NA:
        return math.nan
    return -math.inf  # bool, datetime, numpy scalars, ...: the careful reader decides


def number_column(
    values: Sequence[object],
    reader: Callable[[object], float | None],
    *,
    low: float,
    high: float,
    integer: bool = False,
) -> tuple[np.ndarray, dict[int, str]]:
    """Read a column of numbers; blank gives NaN.

    ``reader`` is the single-value reader (:func:`parse_pain` or :func:`parse_steps`
    with its label); it is asked only about cells the fast path does not accept.
    """
    clean = _clean_numbers(values)  # clean text cells (the CSV case); "" is blank
    if clean is not None:
        numbers, blank = clean
    else:
        try:
            numbers = np.array([_float(value) for value in values], dtype=np.float64)
        except OverflowError:  # an int too big for a float
            numbers = np.full(len(values), -np.inf)
        blank = np.isnan(numbers)
        for index in np.flatnonzero(blank):
            blank[index] = is_blank(values[index])
    with np.errstate(invalid="ignore"):
        ok = blank | (np.isfinite(numbers) & (numbers >= low) & (numbers <= high))
        if integer:
            ok &= blank | (numbers == np.round(numbers))
    numbers[blank] = np.nan
    errors: dict[int, str] = {}
    for index in np.flatnonzero(~ok):
        try:
            value = reader(values[index])
        except InputError as error:
            errors[int(index)] = str(error)
            numbers[index] = np.nan
        else:
            numbers[index] = np.nan if value is None else value
    return numbers, errors
