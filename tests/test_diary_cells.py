"""Reading single diary cells: dates, pain scores, steps."""

from __future__ import annotations

import datetime as dt

import pytest

from hielspoor import diary
from hielspoor.validation import InputError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05-03-2026", dt.date(2026, 3, 5)),
        ("5-3-2026", dt.date(2026, 3, 5)),
        ("05/03/2026", dt.date(2026, 3, 5)),
        ("05.03.2026", dt.date(2026, 3, 5)),
        ("5-3-26", dt.date(2026, 3, 5)),
        ("2026-03-05", dt.date(2026, 3, 5)),
        ("2026-03-05T00:00:00", dt.date(2026, 3, 5)),
        (" 05-03-2026 00:00 ", dt.date(2026, 3, 5)),
        ("29-02-2028", dt.date(2028, 2, 29)),  # leap year
    ],
)
def test_parse_date_accepts_dutch_and_iso_forms(text, expected):
    assert diary.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31-02-2026", "31-02-2026 is geen bestaande datum."),
        ("29-02-2026", "29-02-2026 is geen bestaande datum."),  # 2026 is no leap year
        ("03-05", "'03-05' is geen datum"),
        ("", "de datum ontbreekt."),
        ("01-01-1850", "het jaartal 1850 kan niet kloppen"),
    ],
)
def test_parse_date_rejects_with_dutch_message(text, message):
    with pytest.raises(InputError, match=message):
        diary.parse_date(text)


def test_parse_pain_and_steps_accept_dutch_forms():
    assert diary.parse_pain("6,5") == 6.5
    assert diary.parse_pain("0") == 0.0
    assert diary.parse_pain(None) is None
    assert diary.parse_steps("12.345") == 12345
    assert diary.parse_steps("12 345") == 12345
    with pytest.raises(InputError, match="buiten het bereik van 0 tot 10"):
        diary.parse_pain("10,5")
    with pytest.raises(InputError, match="heel getal"):
        diary.parse_steps("1,5")
