"""The pandera formatter: every failure becomes a Dutch problem with row and column."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest

from hielspoor import diary
from hielspoor.tables import TableProblem, dutch_check_message, schema_problems
from hielspoor.validation import InputError

SCHEMA = pa.DataFrameSchema(
    {
        "datum": pa.Column("datetime64[ns]", unique=True),
        "pijn": pa.Column(float, pa.Check.in_range(0, 10), nullable=False),
        "tekst": pa.Column(str, pa.Check.str_length(max_value=5)),
    },
    strict=True,
)
HEADERS = {"datum": "Datum", "pijn": "Pijn", "tekst": "Notities"}


def test_each_failure_names_spreadsheet_row_dutch_column_and_problem():
    table = pd.DataFrame(
        {
            "datum": pd.to_datetime(["2026-03-01", "2026-03-02", "2026-03-02"]),
            "pijn": [3.0, 12.5, None],
            "tekst": ["ok", "veel te lang", "ok"],
        }
    )
    problems = [str(p) for p in schema_problems(table, SCHEMA, headers=HEADERS)]
    assert "Rij 3, kolom 'Pijn': 12,5 ligt buiten het bereik van 0 tot 10." in problems
    assert "Rij 4, kolom 'Pijn': hier ontbreekt een waarde." in problems
    assert "Rij 3, kolom 'Notities': de tekst is te lang (hoogstens 5 tekens)." in problems
    assert "Rij 3, kolom 'Datum': 02-03-2026 komt vaker dan één keer voor." in problems
    assert "Rij 4, kolom 'Datum': 02-03-2026 komt vaker dan één keer voor." in problems


def test_missing_and_unknown_columns_are_reported_for_the_table():
    table = pd.DataFrame({"pijn": [1.0], "gewicht": [80]})
    problems = schema_problems(table, SCHEMA, headers=HEADERS)
    texts = [str(p) for p in problems]
    assert "de kolom 'datum' ontbreekt." in texts
    assert "de kolom 'gewicht' hoort niet in deze tabel." in texts
    assert all(isinstance(p, TableProblem) for p in problems)


def test_a_valid_table_has_no_problems():
    table = pd.DataFrame({"datum": pd.to_datetime(["2026-03-01"]), "pijn": [3.0], "tekst": ["ok"]})
    assert schema_problems(table, SCHEMA) == []


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        ("in_range(0, 100000)", 100001.0, "100.001 ligt buiten het bereik van 0 tot 100.000."),
        (
            "dtype('float64')",
            "hoog",
            "'hoog' heeft niet de goede soort waarde (verwacht: float64).",
        ),
        ("iets_anders", 3, "'3' voldoet niet aan de controle iets_anders."),
    ],
)
def test_dutch_check_message(check, value, expected):
    assert dutch_check_message(check, value) == expected


def test_every_diary_the_reader_returns_passes_the_pandera_schema():
    from hielspoor.data import example_path

    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    assert schema_problems(entries, diary.ENTRIES_SCHEMA) == []
    assert schema_problems(diary.empty_diary(), diary.ENTRIES_SCHEMA) == []


def test_check_entries_gives_monitoring_one_dutch_error_with_row_and_column():
    table = pd.DataFrame(
        {"datum": ["01-03-2026", "02-03-2026"], "pijn_activiteit": ["3,5", "hoog"]}
    )
    with pytest.raises(
        InputError,
        match=r"^Rij 3 \(02-03-2026\), kolom 'pijn_activiteit': pijnscore 'hoog' is geen getal\.$",
    ):
        diary.check_entries(table)
    typed = diary.check_entries(table.iloc[:1])
    assert typed["pijn_activiteit"].tolist() == [3.5]
    assert typed.dtypes["stappen"] == "Int64"
