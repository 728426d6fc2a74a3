"""Reading diary files: messy CSV and Excel, problems per row, the file untouched."""

from __future__ import annotations

import pandas as pd
import pytest

from hielspoor import diary
from hielspoor.validation import InputError
from tests.diary_support import digest, fixture

# --------------------------------------------------------------------------- messy input


def test_read_pain_diary_parses_dutch_excel_csv():
    # BOM, ';', decimal comma, dd-mm-jjjj and d-m-jjjj, CRLF, odd header case,
    # thousands dot in steps, quoted notes with ; "" newline and emoji, empty trailing rows.
    result = diary.read_pain_diary(fixture("excel_nl.csv"))
    assert result.ok, result.problems
    table = result.entries
    assert table["datum"].dt.strftime("%d-%m-%Y").tolist() == [
        "01-03-2026",
        "02-03-2026",
        "03-03-2026",
    ]
    assert table["pijn_eerste_stap"].tolist() == [6.0, 5.0, 4.5]
    assert table["pijn_activiteit"].tolist()[:2] == [4.5, 3.0]
    assert pd.isna(table.loc[2, "pijn_activiteit"])
    assert table["stappen"].tolist()[:2] == [8500, 7200]
    assert pd.isna(table.loc[2, "stappen"])
    assert table.loc[0, "oefeningen"] == "hielheffen 3x12 10 kg; kuitrek"
    assert table.loc[1, "notities"] == 'Nieuwe schoenen; "lange" wandeling 😬'
    assert table.loc[2, "notities"] == "Regel 1\nRegel 2"
    assert result.style == diary.DUTCH_EXCEL


def test_read_pain_diary_parses_iso_csv_with_units_in_headers():
    result = diary.read_pain_diary(fixture("iso_comma.csv"))
    assert result.ok, result.problems
    assert result.entries["datum"].tolist() == [
        pd.Timestamp("2026-03-01"),
        pd.Timestamp("2026-03-02"),
    ]
    assert result.entries["pijn_activiteit"].tolist() == [4.5, 3.0]
    assert result.entries["notities"].tolist() == ["", "komma, in notitie"]
    assert result.style == diary.ISO


def test_read_pain_diary_reads_windows_1252():
    result = diary.read_pain_diary(fixture("cp1252.csv"))
    assert result.entries.loc[0, "notities"] == "Café bezocht, €5 voor de thee"


def test_read_pain_diary_reads_utf16_tab_separated():
    result = diary.read_pain_diary(fixture("utf16_tab.txt"))
    assert result.ok
    assert result.style.sep == "\t"
    assert result.entries.loc[0, "notities"] == "Zwaar 🥾"
    assert result.entries.loc[0, "pijn_eerste_stap"] == 6.0


def test_read_pain_diary_reports_row_column_and_problem():
    result = diary.read_pain_diary(fixture("errors.csv"))
    # Only rows 2 and 12 (and the header) are valid; see the comments in make_fixtures.py.
    assert result.entries["datum"].dt.strftime("%d-%m-%Y").tolist() == ["01-03-2026", "12-03-2026"]
    messages = [str(p) for p in result.problems]
    assert messages == [
        "Rij 1, kolom 'Gewicht': onbekende kolom; deze kolom is genegeerd.",
        "Rij 3, kolom 'Pijn eerste stap': pijnscore 11 ligt buiten het bereik van 0 tot 10. "
        "Rij overgeslagen.",
        "Rij 4, kolom 'Datum': 31-02-2026 is geen bestaande datum. Rij overgeslagen.",
        "Rij 5, kolom 'Datum': dubbele datum: 01-03-2026 staat al in rij 2. Rij overgeslagen.",
        "Rij 6, kolom 'Datum': 'gisteren' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld "
        "05-03-2026. Rij overgeslagen.",
        "Rij 7, kolom 'Pijn eerste stap': pijnscore 'veel' is geen getal. Rij overgeslagen.",
        "Rij 8, kolom 'Stappen': vul een heel getal in (zonder komma). Rij overgeslagen.",
        "Rij 9, kolom 'Datum': de datum ontbreekt. Rij overgeslagen.",
        "Rij 11, kolom 'Stappen': -5 stappen ligt buiten het bereik van 0 tot 100.000 stappen. "
        "Rij overgeslagen.",
    ]
    assert result.skipped_rows == [3, 4, 5, 6, 7, 8, 9, 11]
    table = result.problem_table()
    assert list(table.columns) == ["Rij", "Kolom", "Waarde", "Probleem", "Gevolg"]
    assert table.loc[1, "Waarde"] == "11"
    assert table.loc[0, "Gevolg"] == "ingelezen, controleer"
    assert (
        result.summary()
        == "2 dagen ingelezen; 8 rijen overgeslagen; 1 opmerking om te controleren."
    )


def test_read_pain_diary_keeps_seven_out_of_ten_as_7():
    result = diary.parse_pain_diary(b"Datum;Pijn eerste stap\n01-03-2026;7/10\n")
    assert result.entries.loc[0, "pijn_eerste_stap"] == 7.0


def test_read_pain_diary_joins_unquoted_semicolon_in_last_notes_column():
    result = diary.read_pain_diary(fixture("unquoted_semicolon.csv"))
    assert result.entries.loc[0, "notities"] == "pijn; maar minder"
    assert len(result.problems) == 1
    assert not result.problems[0].skipped
    assert result.problems[0].row == 2


def test_read_pain_diary_skips_row_with_extra_cells_when_notes_not_last():
    data = b"Datum;Notities;Pijn eerste stap\r\n01-03-2026;a;b;4\r\n02-03-2026;ok;3\r\n"
    result = diary.parse_pain_diary(data)
    assert result.entries["pijn_eerste_stap"].tolist() == [3.0]
    assert result.problems[0].row == 2
    assert "4 cellen maar er zijn 3 kolommen" in result.problems[0].message


def test_read_pain_diary_reads_xlsx_with_date_cells_and_text_dates():
    result = diary.read_pain_diary(fixture("excel.xlsx"))
    assert result.kind == "xlsx"
    assert result.entries["datum"].dt.strftime("%d-%m-%Y").tolist() == [
        "01-03-2026",
        "02-03-2026",
        "05-03-2026",
    ]
    assert result.entries.loc[0, "notities"] == "Regel 1\nRegel 2"
    assert result.entries.loc[2, "notities"] == "=SOM(A1:A2)"
    assert result.entries["stappen"].tolist()[0] == 8500
    assert [str(p) for p in result.problems] == [
        "Rij 4, kolom 'Pijn eerste stap': pijnscore 12 ligt buiten het bereik van 0 tot 10. "
        "Rij overgeslagen."
    ]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "Het bestand is leeg."),
        ("no_date_column.csv", "Geen kolom 'Datum' gevonden (wel: 'Dag nummer', 'Pijn')"),
        ("no_pain_column.csv", "Geen pijnkolom gevonden"),
    ],
)
def test_read_pain_diary_rejects_unreadable_files(name, message):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")):
        diary.read_pain_diary(fixture(name))


def test_read_pain_diary_rejects_old_excel_and_missing_file(tmp_path):
    old = tmp_path / "dagboek.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match="sla het op als .xlsx of als CSV"):
        diary.read_pain_diary(old)
    with pytest.raises(InputError, match="bestaat niet"):
        diary.read_pain_diary(tmp_path / "weg.csv")


def test_read_pain_diary_rejects_two_columns_with_same_meaning():
    with pytest.raises(InputError, match="betekenen allebei 'Pijn eerste stap'"):
        diary.parse_pain_diary(b"Datum;Ochtendpijn;Pijn eerste stap\n01-03-2026;4;4\n")


def test_read_pain_diary_never_modifies_the_file():
    paths = [fixture(name) for name in ("excel_nl.csv", "errors.csv", "excel.xlsx")]
    before = [(digest(p), p.stat().st_mtime_ns) for p in paths]
    for path in paths:
        diary.read_pain_diary(path)
    assert [(digest(p), p.stat().st_mtime_ns) for p in paths] == before
