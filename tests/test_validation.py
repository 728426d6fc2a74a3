import pytest

from hielspoor.validation import InputError, check_range, format_number, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [("72,5", 72.5), ("72.5", 72.5), (" 80 ", 80.0), ("1.234,5", 1234.5), (90, 90.0)],
)
def test_parse_number_accepts_dutch_and_english_decimals(text, expected):
    assert parse_number(text, label="Gewicht") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Gewicht: dit veld is leeg"),
        (None, "Gewicht: dit veld is leeg"),
        ("tachtig", "Gewicht: 'tachtig' is geen getal."),
        ("nan", "Gewicht: vul een gewoon getal in."),
        (True, "Gewicht: vul een getal in."),
    ],
)
def test_parse_number_rejects_non_numbers_in_dutch(value, message):
    with pytest.raises(InputError, match=message):
        parse_number(value, label="Gewicht")


def test_check_range_names_field_value_and_range():
    with pytest.raises(InputError) as error:
        check_range("30", label="Lengte", low=100, high=230, unit="cm")
    assert str(error.value) == "Lengte: 30 cm ligt buiten het bereik van 100 tot 230 cm."


def test_check_range_requires_whole_numbers_when_asked():
    with pytest.raises(InputError, match="heel getal"):
        check_range("8000,5", label="Stappen per dag", low=0, high=60000, integer=True)


def test_input_error_is_a_value_error():
    assert issubclass(InputError, ValueError)


def test_format_number_uses_decimal_comma_and_thousands_dot():
    assert format_number(1234567.891, decimals=2) == "1.234.567,89"
