"""Dutch formatting of numbers, ranges and dates for everything a reader sees.

Pure standard-library code: models use it for their Dutch messages.
"""

from __future__ import annotations

import datetime as dt
import math

DATE_FORMAT = "%d-%m-%Y"
"""Dates as readers see them: dd-mm-jjjj."""

WEEKDAYS_NL = ("ma", "di", "wo", "do", "vr", "za", "zo")
"""Short Dutch weekday names, Monday first (as :meth:`datetime.date.weekday`)."""


def format_number(value: float, *, decimals: int | None = None) -> str:
    """Format a number the Dutch way: decimal comma, dot for thousands.

    Parameters
    ----------
    value
        The number.
    decimals
        Digits after the comma; default 0 for whole numbers and 1 otherwise.

    Examples
    --------
    >>> format_number(24.7, decimals=1)
    '24,7'
    >>> format_number(1234.5, decimals=1)
    '1.234,5'
    >>> format_number(300)
    '300'
    >>> format_number(-0.04, decimals=1)
    '0,0'
    """
    try:
        number = float(value)
    except OverflowError:  # an int too large for a float: every digit is shown
        return f"{int(value):,}".replace(",", ".")
    if not math.isfinite(number):
        return "onbekend" if math.isnan(number) else ("∞" if number > 0 else "-∞")
    if decimals is None:
        decimals = 0 if number.is_integer() else 1
    text = f"{number:,.{decimals}f}"
    if text.startswith("-") and not any(char in "123456789" for char in text):
        text = text[1:]
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def format_range(
    low: float, high: float, *, decimals: int | None = None, unit: str = "", joiner: str = "–"
) -> str:
    """Format a range such as ``2–5`` or ``0 tot en met 2``, with an optional unit.

    Examples
    --------
    >>> format_range(2.5, 5, decimals=1, unit="kg")
    '2,5–5,0 kg'
    >>> format_range(0, 2, joiner=" tot en met ")
    '0 tot en met 2'
    """
    suffix = f" {unit}" if unit else ""
    low_text = format_number(low, decimals=decimals)
    return f"{low_text}{joiner}{format_number(high, decimals=decimals)}{suffix}"


def _as_date(day: object) -> dt.date | None:
    if day is None:
        return None
    if isinstance(day, float) and math.isnan(day):
        return None
    # pandas.NaT is an instance of datetime.datetime whose fields are not usable.
    if isinstance(day, dt.datetime):
        return None if day != day else day.date()  # NaT != NaT
    if isinstance(day, dt.date):
        return day
    raise TypeError(f"not a date: {day!r}")


def format_date(day: object) -> str:
    """Date as Dutch text ``dd-mm-jjjj``; ``""`` for a missing date (None, NaT, NaN).

    Accepts :class:`datetime.date`, :class:`datetime.datetime` and
    :class:`pandas.Timestamp`.

    Examples
    --------
    >>> format_date(dt.date(2026, 3, 2))
    '02-03-2026'
    >>> format_date(None)
    ''
    """
    date = _as_date(day)
    return "" if date is None else date.strftime(DATE_FORMAT)


def weekday_nl(day: object) -> str:
    """Short Dutch weekday name (``ma`` ... ``zo``); ``""`` for a missing date.

    Examples
    --------
    >>> weekday_nl(dt.date(2026, 3, 2))
    'ma'
    """
    date = _as_date(day)
    return "" if date is None else WEEKDAYS_NL[date.weekday()]
