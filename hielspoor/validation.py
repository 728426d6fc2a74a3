"""Checking user input once, with Dutch messages that learners can read.

Every public model function checks its arguments here, so that a wrong value
(NaN, infinity, text, ``True``, ``None``, a number too big for a float, or a
number outside the range the model was made for) stops with an
:class:`InputError` in Dutch instead of a wrong answer or an English traceback.

* :func:`check_number`: one number, optionally typed text, within a range.
* :func:`check_choice`: one of a few allowed values (e.g. an activity).
* :func:`check_column` and :func:`check_frame`: a pandas column or table.
* :func:`parse_number` and :func:`check_range`: the same checks for text typed
  in a form (decimal comma allowed).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection, Iterable
from numbers import Real

import numpy as np
import pandas as pd

from hielspoor.display.format import format_number

__all__ = [
    "InputError",
    "check_choice",
    "check_column",
    "check_date",
    "check_frame",
    "check_number",
    "check_range",
    "format_number",
    "parse_number",
]


class InputError(ValueError):
    """Bad input from a learner; the message is Dutch and safe to show as is."""


def _shown(value: object, *, limit: int = 40) -> str:
    text = str(value).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(number: float) -> str:
    """Dutch text of a number as given: thousands dots, up to four decimals, no trailing zeros."""
    if abs(number) >= 1e15 or 0 < abs(number) < 1e-4:
        return f"{number:.3g}".replace(".", ",")
    if float(number).is_integer():
        return format_number(number)
    return format_number(number, decimals=4).rstrip("0").rstrip(",")


def _parse_text(text: str, *, name: str) -> float:
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        raise InputError(f"{name}: dit veld is leeg; vul een getal in.")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        return float(cleaned)
    except (ValueError, OverflowError):
        raise InputError(f"{name}: '{_shown(text)}' is geen getal.") from None


def check_number(
    value: object,
    *,
    name: str,
    low: float | None = None,
    high: float | None = None,
    unit: str = "",
    integer: bool = False,
    text: bool = False,
    hint: str = "",
) -> float:
    """Return ``value`` as a float after checking it is a usable number in ``[low, high]``.

    Parameters
    ----------
    value
        What was passed: a number (int, float, numpy number, fraction), or text
        such as ``"72,5"`` when ``text`` is true.
    name
        Dutch name of the quantity, first word of every message (e.g. ``"Lengte"``).
    low, high
        Inclusive bounds of what the model accepts (``None``: no bound).
    unit
        Unit shown in the message, e.g. ``"kg"``.
    integer
        Require a whole number (e.g. steps per day).
    text
        Also accept text with a decimal comma or point (for forms). By default
        text is refused: a model called from code must get a number.
    hint
        Extra Dutch sentence for an out-of-range value, e.g. which unit is meant.

    Raises
    ------
    InputError
        For ``None``, ``True``/``False``, text (unless ``text``), other types,
        NaN, infinity, numbers too large for a float, a fraction where a whole
        number is needed, and values outside ``[low, high]``.

    Examples
    --------
    >>> check_number(1.8, name="Lengte", low=1.0, high=2.3, unit="m")
    1.8
    >>> check_number(180, name="Lengte", low=1.0, high=2.3, unit="m",
    ...              hint="Geef de lengte in meters, bijvoorbeeld 1,80.")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Lengte: 180 m ligt buiten het bereik van 1 tot 2,3 m. \
Geef de lengte in meters, bijvoorbeeld 1,80.
    >>> check_number(10**400, name="Gewicht")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Gewicht: dit getal is te groot om mee te rekenen.
    """
    suffix = f" {unit}" if unit else ""
    if value is None or value is pd.NA or value is pd.NaT:
        empty = "dit veld is leeg" if text else "ontbreekt (None)"
        raise InputError(f"{name}: {empty}; vul een getal in.")
    if isinstance(value, bool | np.bool_):
        raise InputError(f"{name}: vul een getal in, geen ja/nee (True/False).")
    if isinstance(value, str):
        if not text:
            raise InputError(
                f"{name}: '{_shown(value)}' is tekst; geef een getal zonder aanhalingstekens."
            )
        number = _parse_text(value, name=name)
    elif isinstance(value, Real):
        try:
            number = float(value)
        except OverflowError:
            raise InputError(f"{name}: dit getal is te groot om mee te rekenen.") from None
    else:
        raise InputError(f"{name}: vul één getal in.")
    if math.isnan(number):
        raise InputError(f"{name}: NaN (geen getal) kan niet; vul een gewoon getal in.")
    if math.isinf(number):
        raise InputError(f"{name}: oneindig kan niet; vul een gewoon getal in.")
    if integer and not number.is_integer():
        raise InputError(f"{name}: vul een heel getal in (zonder komma).")
    below = low is not None and number < low
    above = high is not None and number > high
    if below or above:
        if low is not None and high is not None:
            allowed = f"ligt buiten het bereik van {_plain(low)} tot {_plain(high)}"
        elif low is not None:
            allowed = f"is kleiner dan {_plain(low)}"
        else:
            allowed = f"is groter dan {_plain(high)}"
        message = f"{name}: {_plain(number)}{suffix} {allowed}{suffix}."
        raise InputError(f"{message} {hint}" if hint else message)
    return number


def check_choice(value: object, *, name: str, choices: Collection[str]) -> str:
    """Return ``value`` if it is one of ``choices``, else raise a Dutch :class:`InputError`.

    Examples
    --------
    >>> check_choice("lopen", name="Activiteit", choices=("lopen", "hardlopen"))
    'lopen'
    """
    if not isinstance(value, str) or value not in choices:
        raise InputError(f"{name}: kies uit {', '.join(choices)}.")
    return value


def check_column(value: object, *, name: str) -> pd.Series:
    """Return ``value`` as a pandas Series; refuse a single value, text or ``None`` in Dutch.

    Examples
    --------
    >>> check_column([True, False], name="Blootstelling").tolist()
    [True, False]
    """
    if isinstance(value, pd.Series):
        return value
    if isinstance(value, str | bytes | dict | pd.DataFrame) or not isinstance(
        value, Iterable | np.ndarray
    ):
        raise InputError(f"{name}: geef een kolom (bijvoorbeeld cohort['bmi']), geen los getal.")
    try:
        return pd.Series(list(value))
    except (TypeError, ValueError):
        raise InputError(f"{name}: geef een kolom met waarden.") from None


def check_frame(value: object, *, name: str, columns: Iterable[str] = ()) -> pd.DataFrame:
    """Return ``value`` if it is a pandas DataFrame with ``columns``; else a Dutch error.

    Examples
    --------
    >>> check_frame(pd.DataFrame({"bmi": [20.5]}), name="Cohort", columns=["bmi"]).shape
    (1, 1)
    """
    if not isinstance(value, pd.DataFrame):
        raise InputError(f"{name}: geef een tabel (pandas DataFrame), bijvoorbeeld de klasdata.")
    missing = [column for column in columns if column not in value.columns]
    if missing:
        raise InputError(f"{name}: de kolom(men) {', '.join(missing)} ontbreken.")
    return value


def parse_number(value: object, *, label: str) -> float:
    """Turn text or a number into a float, accepting a Dutch decimal comma.

    Parameters
    ----------
    value
        What the learner typed or passed: a number or a string such as ``"72,5"``.
    label
        Dutch name of the field, used in the message (e.g. ``"Gewicht"``).

    Raises
    ------
    InputError
        When the value is empty, not a number, or not finite (see :func:`check_number`).

    Examples
    --------
    >>> parse_number("72,5", label="Gewicht")
    72.5
    """
    return check_number(value, name=label, text=True)


def check_range(
    value: object,
    *,
    label: str,
    low: float,
    high: float,
    unit: str = "",
    integer: bool = False,
) -> float:
    """Parse ``value`` (number or typed text) and check that it lies in ``[low, high]``.

    The form-field version of :func:`check_number` (``text=True``).

    Examples
    --------
    >>> check_range("180", label="Lengte", low=100, high=230, unit="cm")
    180.0
    >>> check_range(300, label="Lengte", low=100, high=230, unit="cm")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Lengte: 300 cm ligt buiten het bereik van 100 tot 230 cm.
    """
    return check_number(
        value, name=label, low=low, high=high, unit=unit, integer=integer, text=True
    )


EARLIEST_DATE, LATEST_DATE = dt.date(1900, 1, 1), dt.date(2199, 12, 31)
"""Dates a learner could mean; outside them a date is a typing error."""

_DATE_FORMATS = ("%d-%m-%Y", "%Y-%m-%d")


def check_date(
    value: object, *, name: str, earliest: dt.date = EARLIEST_DATE, latest: dt.date = LATEST_DATE
) -> dt.date:
    """Return ``value`` as a :class:`datetime.date`, or raise a Dutch :class:`InputError`.

    Accepts a date, a datetime or pandas Timestamp (the time is dropped) and text
    ``dd-mm-jjjj`` or ``jjjj-mm-dd``. Refuses None, NaT, NaN, numbers, booleans, other
    text and dates outside ``[earliest, latest]``.

    Examples
    --------
    >>> check_date("02-03-2026", name="Startdatum")
    datetime.date(2026, 3, 2)
    >>> check_date(float("nan"), name="Startdatum")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Startdatum: vul een datum in als dd-mm-jjjj.
    """
    day: dt.date | None = None
    if isinstance(value, dt.datetime):
        day = None if value != value else value.date()  # pandas.NaT != itself
    elif isinstance(value, dt.date):
        day = value
    elif isinstance(value, str):
        for pattern in _DATE_FORMATS:
            try:
                day = dt.datetime.strptime(value.strip(), pattern).date()
                break
            except ValueError:
                continue
    if day is None:
        raise InputError(f"{name}: vul een datum in als dd-mm-jjjj.")
    if not earliest <= day <= latest:
        raise InputError(
            f"{name}: {day:%d-%m-%Y} ligt buiten {earliest:%d-%m-%Y} tot en met {latest:%d-%m-%Y}."
        )
    return day
