"""Checking user input once, with Dutch messages that learners can read."""

from __future__ import annotations

import math
from numbers import Real

from hielspoor.display.format import format_number

__all__ = ["InputError", "check_range", "format_number", "parse_number"]


class InputError(ValueError):
    """Bad input from a learner; the message is Dutch and safe to show as is."""


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
        When the value is empty, not a number, or not finite.

    Examples
    --------
    >>> parse_number("72,5", label="Gewicht")
    72.5
    """
    if isinstance(value, bool):
        raise InputError(f"{label}: vul een getal in.")
    if isinstance(value, Real):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().replace(" ", "")
        if not text:
            raise InputError(f"{label}: dit veld is leeg; vul een getal in.")
        if "," in text and "." in text:
            text = text.replace(".", "")
        text = text.replace(",", ".")
        try:
            number = float(text)
        except ValueError:
            raise InputError(f"{label}: '{value.strip()}' is geen getal.") from None
    elif value is None:
        raise InputError(f"{label}: dit veld is leeg; vul een getal in.")
    else:
        raise InputError(f"{label}: vul een getal in.")
    if not math.isfinite(number):
        raise InputError(f"{label}: vul een gewoon getal in.")
    return number


def check_range(
    value: object,
    *,
    label: str,
    low: float,
    high: float,
    unit: str = "",
    integer: bool = False,
) -> float:
    """Parse ``value`` and check that it lies in ``[low, high]``.

    Parameters
    ----------
    value
        Number or text, see :func:`parse_number`.
    label
        Dutch field name for the message.
    low, high
        Inclusive bounds of what the model accepts.
    unit
        Unit shown in the message, e.g. ``"kg"``.
    integer
        Require a whole number (e.g. steps per day).

    Raises
    ------
    InputError
        With a Dutch message naming the field and the allowed range.

    Examples
    --------
    >>> check_range("180", label="Lengte", low=100, high=230, unit="cm")
    180.0
    >>> check_range(300, label="Lengte", low=100, high=230, unit="cm")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Lengte: 300 cm ligt buiten het bereik van 100 tot 230 cm.
    """
    number = parse_number(value, label=label)
    suffix = f" {unit}" if unit else ""
    if integer and not number.is_integer():
        raise InputError(f"{label}: vul een heel getal in (zonder komma).")
    if not low <= number <= high:
        raise InputError(
            f"{label}: {format_number(number)}{suffix} ligt buiten het bereik van "
            f"{format_number(low)} tot {format_number(high)}{suffix}."
        )
    return number
