import pytest

from hielspoor.validation import (
    InputError,
    check_choice,
    check_column,
    check_frame,
    check_number,
    check_range,
    format_number,
    parse_number,
)


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
        ("nan", "Gewicht: NaN \\(geen getal\\) kan niet"),
        (True, "Gewicht: vul een getal in, geen ja/nee"),
        ("1e400", "Gewicht: oneindig kan niet"),
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


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "Lengte: ontbreekt"),
        (True, "ja/nee"),
        ("1,80", "is tekst"),
        (float("nan"), "NaN"),
        (float("-inf"), "oneindig"),
        (10**400, "te groot"),
        ([1.8], "vul één getal in"),
        (180, "180 m ligt buiten het bereik van 1 tot 2,3 m. Gebruik meters."),
    ],
)
def test_check_number_refuses_in_dutch(value, message):
    with pytest.raises(InputError, match=message):
        check_number(value, name="Lengte", low=1, high=2.3, unit="m", hint="Gebruik meters.")


def test_check_number_accepts_numpy_and_text_when_asked():
    import numpy as np

    assert check_number(np.float32(1.5), name="x") == 1.5
    assert check_number(np.int64(3), name="x", integer=True) == 3.0
    assert check_number("1,8", name="Lengte", text=True) == 1.8
    with pytest.raises(InputError):
        check_number(np.bool_(True), name="x")


def test_check_choice_column_and_frame():
    import pandas as pd

    with pytest.raises(InputError, match="Activiteit: kies uit lopen, hardlopen"):
        check_choice(float("nan"), name="Activiteit", choices=("lopen", "hardlopen"))
    with pytest.raises(InputError, match="geef een kolom"):
        check_column(30.0, name="BMI")
    assert check_column((1, 2), name="BMI").tolist() == [1, 2]
    with pytest.raises(InputError, match="de kolom\\(men\\) bmi ontbreken"):
        check_frame(pd.DataFrame({"x": [1]}), name="Klasdata", columns=["bmi"])
