"""Tests of the pain diary: messy files, validation messages, round trips, safe saving."""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import os
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hielspoor import diary, monitoring
from hielspoor.charts import diary as diary_charts
from hielspoor.data import DATA_DIR, example_path
from hielspoor.validation import InputError

FIXTURES = Path(__file__).parent / "data" / "diary"


def fixture(name: str) -> Path:
    return FIXTURES / name


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries_frame(rows: list[dict]) -> pd.DataFrame:
    """Diary frame with canonical dtypes from plain dicts (missing keys are blank)."""
    return diary.frame_from_records(rows)


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


# --------------------------------------------------------------------------- round trips

# Arbitrary unicode, with the characters that break naive CSV code made more likely.
TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list(';,"\n\r\t 😬👍é€')), st.characters(exclude_categories=("Cs",))
    ),
    max_size=40,
)
XLSX_TEXT = st.text(  # no control characters: Excel cannot store them (see test below)
    alphabet=st.one_of(
        st.sampled_from(list(';,"\n\t 😬👍é€=')),
        st.characters(
            exclude_categories=("Cs",),
            exclude_characters="".join(chr(c) for c in range(32) if c not in (9, 10)),
        ),
    ),
    max_size=40,
)
PAIN = st.one_of(st.none(), st.floats(min_value=0, max_value=10, allow_nan=False))
STEPS = st.one_of(st.none(), st.integers(min_value=0, max_value=diary.MAX_STEPS))


def diaries(text: st.SearchStrategy[str]) -> st.SearchStrategy[pd.DataFrame]:
    row = st.fixed_dictionaries(
        {
            "pijn_eerste_stap": PAIN,
            "pijn_activiteit": PAIN,
            "pijn_volgende_ochtend": PAIN,
            "stappen": STEPS,
            "oefeningen": text,
            "notities": text,
        }
    )
    days = st.lists(
        st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)),
        unique=True,
        min_size=1,
        max_size=6,
    )
    return st.builds(
        lambda ds, rows: entries_frame(
            [{"datum": d, **r} for d, r in zip(ds, rows, strict=False)][: len(ds)]
        ),
        days,
        st.lists(row, min_size=6, max_size=6),
    )


# Deterministic in CI; HIELSPOOR_HYPOTHESIS_EXAMPLES=2000 runs a longer random search by hand.
ROUND_TRIP = settings(
    max_examples=int(os.environ.get("HIELSPOOR_HYPOTHESIS_EXAMPLES", "60")),
    deadline=None,
    database=None,
    derandomize="HIELSPOOR_HYPOTHESIS_EXAMPLES" not in os.environ,
    suppress_health_check=[HealthCheck.too_slow],
)


@ROUND_TRIP
@given(table=diaries(TEXT), style=st.sampled_from([diary.DUTCH_EXCEL, diary.ISO]))
def test_csv_round_trip_loses_nothing(tmp_path_factory, table, style):
    path = tmp_path_factory.mktemp("rt") / "dagboek.csv"
    diary.write_pain_diary(table, path, style=style)
    result = diary.read_pain_diary(path)
    assert result.problems == []
    pd.testing.assert_frame_equal(result.entries, table)
    assert result.style == style


@ROUND_TRIP
@given(table=diaries(XLSX_TEXT))
def test_xlsx_round_trip_loses_nothing(tmp_path_factory, table):
    path = tmp_path_factory.mktemp("rt") / "dagboek.xlsx"
    diary.write_pain_diary(table, path)
    result = diary.read_pain_diary(path)
    assert result.problems == []
    pd.testing.assert_frame_equal(result.entries, table)


def test_csv_round_trip_of_the_hard_cases(tmp_path):
    notes = ["a;b", 'zei "stop"', "regel 1\nregel 2", "regel\r\n2", "los\rCR", "😬👍", " spatie "]
    notes.append("=1+1")
    table = entries_frame(
        [
            {"datum": dt.date(2026, 3, i + 1), "pijn_eerste_stap": 2.5 + i / 3, "notities": n}
            for i, n in enumerate(notes)
        ]
    )
    path = tmp_path / "dagboek.csv"
    diary.write_pain_diary(table, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfDatum;Pijn eerste stap;")  # Excel-NL style
    assert b"01-03-2026;2,5;" in raw  # decimal comma, dd-mm-jjjj
    assert diary.read_pain_diary(path).entries["notities"].tolist() == notes
    pd.testing.assert_frame_equal(diary.read_pain_diary(path).entries, table)


@pytest.mark.parametrize("text", ["=1+1", "+31 6", "-5 graden", "@SUM(A1)", "\tx", "\rx", "'=x"])
def test_csv_neutralises_formulas_and_reads_back_what_was_typed(tmp_path, text):
    path = tmp_path / "dagboek.csv"
    table = entries_frame(
        [{"datum": dt.date(2026, 3, 1), "oefeningen": text, "notities": text + " notitie"}]
    )
    diary.write_pain_diary(table, path)
    cells = path.read_bytes().decode("utf-8-sig").split("\r\n")[1].split(";")
    assert cells[5].lstrip('"').startswith("'")
    assert cells[6].lstrip('"').startswith("'")
    result = diary.read_pain_diary(path)
    assert result.entries.loc[0, "oefeningen"] == text
    assert result.entries.loc[0, "notities"] == text + " notitie"


def test_write_xlsx_keeps_formula_like_text_as_text(tmp_path):
    import openpyxl

    table = entries_frame([{"datum": dt.date(2026, 3, 1), "notities": '=HYPERLINK("x")'}])
    path = diary.write_pain_diary(table, tmp_path / "dagboek.xlsx")
    cell = openpyxl.load_workbook(path)["Pijndagboek"]["G2"]
    assert cell.data_type == "s"
    assert cell.value == '=HYPERLINK("x")'


def test_write_xlsx_stores_any_line_break_as_excel_line_break(tmp_path):
    table = entries_frame([{"datum": dt.date(2026, 3, 1), "notities": "a\r\nb\rc\nd"}])
    path = diary.write_pain_diary(table, tmp_path / "dagboek.xlsx")
    assert diary.read_pain_diary(path).entries.loc[0, "notities"] == "a\nb\nc\nd"


def test_write_xlsx_refuses_control_characters_excel_cannot_store(tmp_path):
    table = entries_frame([{"datum": dt.date(2026, 3, 1), "notities": "a\x01b"}])
    with pytest.raises(InputError, match="stuurteken"):
        diary.write_pain_diary(table, tmp_path / "dagboek.xlsx")
    assert not list(tmp_path.iterdir())


# --------------------------------------------------------------------------- safe saving


def test_write_pain_diary_failed_write_leaves_old_file_intact(tmp_path, monkeypatch):
    path = tmp_path / "dagboek.csv"
    old = entries_frame([{"datum": dt.date(2026, 3, 1), "pijn_eerste_stap": 4}])
    diary.write_pain_diary(old, path)
    before = path.read_bytes()
    new = entries_frame([{"datum": dt.date(2026, 3, 2), "pijn_eerste_stap": 3}])

    def broken_fsync(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(InputError, match="Niet opgeslagen: de schijf is vol"):
        diary.write_pain_diary(new, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["dagboek.csv"]  # no temp file left


def test_write_pain_diary_refuses_invalid_rows_before_touching_the_file(tmp_path):
    path = tmp_path / "dagboek.csv"
    path.write_bytes(b"Datum;Pijn eerste stap\r\n01-03-2026;4\r\n")
    before = path.read_bytes()
    bad = pd.DataFrame({"datum": [pd.Timestamp("2026-03-02")], "pijn_eerste_stap": [12.0]})
    with pytest.raises(InputError, match="Niet opgeslagen: Rij 2, kolom 'pijn_eerste_stap'"):
        diary.write_pain_diary(bad, path)
    assert path.read_bytes() == before


def test_write_pain_diary_keeps_file_permissions(tmp_path):
    path = tmp_path / "dagboek.csv"
    path.write_bytes(b"Datum;Pijn eerste stap\r\n01-03-2026;4\r\n")
    path.chmod(0o600)
    diary.write_pain_diary(diary.read_pain_diary(path).entries, path)
    assert path.stat().st_mode & 0o777 == 0o600


def test_add_entry_creates_file_and_appends(tmp_path):
    path = tmp_path / "mijn_pijndagboek.csv"
    diary.add_entry(path, {"datum": "02-03-2026", "pijn_eerste_stap": 5, "notities": "a;b"})
    table = diary.add_entry(path, {"Datum": "01-03-2026", "Pijn bij activiteit": "3,5"})
    assert table["datum"].dt.strftime("%d-%m-%Y").tolist() == ["01-03-2026", "02-03-2026"]
    result = diary.read_pain_diary(path)
    assert result.ok
    pd.testing.assert_frame_equal(result.entries, table)
    assert result.entries.loc[0, "pijn_activiteit"] == 3.5
    assert result.entries.loc[1, "notities"] == "a;b"


def test_add_entry_refuses_duplicate_date_unless_replace(tmp_path):
    path = tmp_path / "mijn_pijndagboek.csv"
    diary.add_entry(path, {"datum": dt.date(2026, 3, 1), "pijn_eerste_stap": 5})
    before = path.read_bytes()
    with pytest.raises(diary.DuplicateDateError, match="Voor 01-03-2026 staat al een invoer"):
        diary.add_entry(path, {"datum": "01-03-2026", "pijn_eerste_stap": 2})
    assert path.read_bytes() == before
    table = diary.add_entry(path, {"datum": "2026-03-01", "pijn_eerste_stap": 2}, replace=True)
    assert table["pijn_eerste_stap"].tolist() == [2.0]
    assert diary.read_pain_diary(path).entries["pijn_eerste_stap"].tolist() == [2.0]


def test_add_entry_rejects_bad_values_with_field_name(tmp_path):
    path = tmp_path / "mijn_pijndagboek.csv"
    with pytest.raises(InputError, match="Pijn bij activiteit: 11 ligt buiten"):
        diary.add_entry(path, {"datum": "01-03-2026", "pijn_activiteit": 11})
    with pytest.raises(InputError, match="Datum: 31-02-2026 is geen bestaande datum"):
        diary.add_entry(path, {"datum": "31-02-2026"})
    with pytest.raises(InputError, match="Onbekend veld 'gewicht'"):
        diary.add_entry(path, {"datum": "01-03-2026", "gewicht": 80})
    assert not path.exists()


def test_add_entry_keeps_the_style_of_an_existing_csv(tmp_path):
    path = tmp_path / "dagboek.csv"
    path.write_bytes(fixture("iso_comma.csv").read_bytes())
    diary.add_entry(path, {"datum": "03-03-2026", "pijn_eerste_stap": 2.5})
    text = path.read_text(encoding="utf-8")
    assert text.startswith("Datum,Pijn eerste stap,")
    assert "\n2026-03-03,2.5,,,,,\n" in text
    assert "\r\n" not in text


def test_add_entry_refuses_to_overwrite_a_diary_with_bad_rows(tmp_path):
    path = tmp_path / "dagboek.csv"
    path.write_bytes(fixture("errors.csv").read_bytes())
    before = path.read_bytes()
    with pytest.raises(InputError, match="Herstel dat eerst"):
        diary.add_entry(path, {"datum": "20-03-2026", "pijn_eerste_stap": 2})
    assert path.read_bytes() == before


def test_import_entries_keeps_existing_dates_unless_replace(tmp_path):
    own = tmp_path / "mijn_pijndagboek.csv"
    diary.add_entry(own, {"datum": "01-03-2026", "pijn_eerste_stap": 9})
    source = fixture("excel_nl.csv")
    before = digest(source)
    imported = diary.read_pain_diary(source).entries
    merged, conflicts = diary.import_entries(own, imported)
    assert conflicts == [dt.date(2026, 3, 1)]
    assert merged["pijn_eerste_stap"].tolist() == [9.0, 5.0, 4.5]  # own 01-03 kept
    merged, _ = diary.import_entries(own, imported, replace=True)
    assert merged["pijn_eerste_stap"].tolist() == [6.0, 5.0, 4.5]
    assert diary.read_pain_diary(own).entries["pijn_eerste_stap"].tolist() == [6.0, 5.0, 4.5]
    assert digest(source) == before  # the imported file is never modified


def test_import_entries_makes_the_learners_folder(tmp_path):
    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries.head(2)
    target = tmp_path / "mijn_bestanden" / "mijn_pijndagboek.csv"
    diary.import_entries(target, entries)
    assert len(diary.read_pain_diary(target).entries) == 2


def test_default_diary_path_is_in_the_learners_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HIELSPOOR_BESTANDEN", str(tmp_path / "eigen"))
    assert diary.default_diary_path() == tmp_path / "eigen" / "mijn_pijndagboek.csv"
    monkeypatch.delenv("HIELSPOOR_BESTANDEN")
    assert diary.default_diary_path() == Path("mijn_bestanden") / "mijn_pijndagboek.csv"


# --------------------------------------------------------------------------- summaries


def test_rolling_means_use_calendar_days_and_need_four_scores():
    days = pd.to_datetime(["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04", "2026-03-10"])
    table = pd.DataFrame(
        {
            "datum": days,
            "pijn_eerste_stap": [4.0, 6.0, 5.0, 3.0, 1.0],
            "pijn_activiteit": [1.0] * 5,
            "pijn_volgende_ochtend": [1.0] * 5,
        }
    )
    means = diary.rolling_means(table)["pijn_eerste_stap"].tolist()
    # (4+6+5+3)/4 = 4.5 on 04-03; on 10-03 the window 04..10-03 holds 3 and 1: too few.
    assert means[3] == 4.5
    assert all(pd.isna(means[i]) for i in (0, 1, 2, 4))


def test_weekly_summary_counts_days_sessions_and_zone():
    days = pd.date_range("2026-03-02", periods=10)  # Monday 02-03 to Wednesday 11-03
    table = entries_frame(
        [
            {
                "datum": d,
                "pijn_eerste_stap": 4.0,
                "pijn_activiteit": 2.0 if i < 7 else 6.0,
                "pijn_volgende_ochtend": 2.0,
                "oefeningen": "hielheffen 3x12" if i % 2 == 0 else "",
            }
            for i, d in enumerate(days)
        ]
    )
    summary = diary.weekly_summary(table)
    assert summary["week"].tolist() == [pd.Timestamp("2026-03-02"), pd.Timestamp("2026-03-09")]
    assert summary["dagen"].tolist() == [7, 3]
    assert summary["sessies"].tolist() == [4, 1]  # even days: 0, 2, 4, 6 | 8
    # Zones (Silbernagel 2007): mean 2 is green, mean 6 is red.
    assert summary["zone"].tolist() == ["groen", "rood"]
    shown = diary.format_weekly_summary(summary)
    assert shown.iloc[0].tolist() == ["02-03-2026", "7", "4,0", "2,0", "2,0", "4", "groen"]


def test_show_entries_uses_dutch_dates_and_decimal_commas():
    table = entries_frame(
        [{"datum": dt.date(2026, 3, 1), "pijn_eerste_stap": 4.5, "stappen": 8500}]
    )
    shown = diary.show_entries(table)
    assert shown.iloc[0].tolist()[:5] == ["01-03-2026", "4,5", "", "", "8.500"]


# --------------------------------------------------------------------------- example diary


def example_entries() -> pd.DataFrame:
    return diary.read_pain_diary(example_path("voorbeelddagboek")).entries


def test_example_diary_is_clean_synthetic_and_16_weeks():
    result = diary.read_pain_diary(example_path("voorbeelddagboek"))
    assert result.ok
    table = result.entries
    assert table["datum"].min() == pd.Timestamp("2026-01-05")
    assert table["datum"].max() == pd.Timestamp("2026-04-26")  # 16 weeks
    assert len(table) == 107  # 112 days minus 5 forgotten
    assert table.loc[0, "notities"].startswith("SYNTHETISCH")


def test_example_diary_has_flare_up_and_recovery():
    weeks = diary.weekly_summary(example_entries()).set_index("week")["pijn_eerste_stap"]
    # Flare-up in week 8 (23-02-2026): first-step pain rises against week 7.
    assert weeks[pd.Timestamp("2026-02-23")] > weeks[pd.Timestamp("2026-02-16")] + 1
    # Recovery: last week at least 2 points (MCID ~19 mm VAS, Landorf 2010) below week 1.
    assert weeks.iloc[0] - weeks.iloc[-1] >= 2


def test_example_diary_advice_is_progress_at_end_and_reduce_in_flare_up():
    table = example_entries()
    assert monitoring.advise_from_diary(table).decision == "opbouwen"
    flare = monitoring.advise_from_diary(table, today=dt.date(2026, 2, 28))
    assert flare.decision == "verminderen"


def test_example_diary_is_reproduced_by_its_script(tmp_path):
    import importlib.util

    script = Path(__file__).parent.parent / "scripts" / "make_example_diary.py"
    spec = importlib.util.spec_from_file_location("make_example_diary", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = diary.write_pain_diary(module.make_diary(), tmp_path / "x.csv")
    assert path.read_bytes() == example_path("voorbeelddagboek").read_bytes()


# --------------------------------------------------------------------------- chart


def chart_spec(table: pd.DataFrame) -> dict:
    return diary_charts.pain_diary_chart(table).to_dict()


def test_pain_diary_chart_has_named_brush_driving_detail_domain():
    spec = chart_spec(example_entries())
    assert spec["params"][0]["name"] == "periode"
    assert spec["params"][0]["select"] == {"type": "interval", "encodings": ["x"]}
    assert spec["params"][0]["views"] == ["overzicht"]
    detail_layers = spec["vconcat"][0]["layer"][1:]
    for layer in detail_layers:
        assert layer["encoding"]["x"]["scale"]["domain"] == {"param": "periode"}
    assert spec["vconcat"][1]["encoding"]["x"]["scale"]["domain"] == {"param": "periode"}


def test_pain_diary_chart_bands_are_the_monitoring_zones():
    spec = chart_spec(example_entries())
    band = spec["vconcat"][0]["layer"][0]
    rows = spec["datasets"][band["data"]["name"]]
    bands = monitoring.zone_bands()
    assert [(r["zone"], r["low"], r["high"]) for r in rows] == list(
        zip(bands["zone"], bands["low"], bands["high"], strict=True)
    )
    assert band["encoding"]["fill"]["scale"]["range"] == list(bands["color"])


def test_pain_diary_chart_numbers_match_package_rolling_means():
    table = example_entries()
    spec = chart_spec(table)
    rows = pd.DataFrame(spec["datasets"][spec["data"]["name"]])  # one row per day
    assert len(rows) == len(table)
    expected = diary.rolling_means(table)
    for key, label in diary.LABELS.items():
        pd.testing.assert_series_equal(
            rows["7d " + label].astype("float64"), expected[key].round(2), check_names=False
        )
        pd.testing.assert_series_equal(rows[label].astype("float64"), table[key], check_names=False)
    # Each layer folds the measures and looks up its own 7-day mean.
    layer = spec["vconcat"][0]["layer"][3]
    assert layer["transform"][0] == {
        "fold": ["Eerste stap", "Bij activiteit", "Volgende ochtend"],
        "as": ["maat", "pijn"],
    }
    assert layer["transform"][1]["calculate"] == "datum['7d ' + datum.maat]"


def test_pain_diary_chart_plots_ten_years_and_refuses_more_than_its_limit():
    days = pd.date_range("2016-01-01", periods=diary_charts.MAX_DAYS + 1)
    table = entries_frame([{"datum": d, "pijn_eerste_stap": 3.0} for d in days])
    with pytest.raises(InputError, match="kortere periode"):
        diary_charts.pain_diary_chart(table)
    spec = diary_charts.pain_diary_chart(table.iloc[:3653]).to_dict()  # 10 years
    assert len(spec["datasets"][spec["data"]["name"]]) == 3653


def test_pain_diary_chart_tooltips_are_dutch_and_output_is_deterministic():
    table = example_entries()
    spec = chart_spec(table)
    tooltip = spec["vconcat"][0]["layer"][2]["encoding"]["tooltip"]
    assert tooltip[0] == {
        "field": "datum",
        "format": "%d-%m-%Y",
        "title": "Datum",
        "type": "temporal",
    }
    assert spec["description"].startswith(
        "Pijndagboek van 05-01-2026 tot en met 26-04-2026 (107 dagen)"
    )
    assert chart_spec(table) == spec
    ticks = spec["datasets"][spec["vconcat"][1]["data"]["name"]]
    assert len(ticks) == (table["oefeningen"] != "").sum()


def test_pain_diary_chart_refuses_empty_diary():
    with pytest.raises(InputError, match="nog leeg"):
        diary_charts.pain_diary_chart(diary.empty_diary())


# --------------------------------------------------------------------------- widgets


def test_diary_form_saves_entry_and_refuses_duplicate(tmp_path):
    from hielspoor.widgets import diary as diary_widgets

    path = tmp_path / "mijn_pijndagboek.csv"
    form = diary_widgets.diary_form(path, today=dt.date(2026, 3, 5))
    controls = {
        cls.removeprefix("hs-dagboek-"): w
        for w in walk(form)
        for cls in w._dom_classes
        if cls.startswith("hs-dagboek-")
    }
    controls["eerste-stap"].value = 4
    controls["activiteit"].value = 3
    controls["notities"].value = 'zei "stop"; 😬'
    exercise = next(w for w in walk(form) if getattr(w, "description", "") == "hielheffen")
    exercise.value = True
    controls["opslaan"].click()
    assert "Opgeslagen: 05-03-2026" in controls["melding"].value
    saved = diary.read_pain_diary(path).entries
    assert saved.loc[0, "pijn_eerste_stap"] == 4.0
    assert pd.isna(saved.loc[0, "pijn_volgende_ochtend"])  # 'nog niet bekend' by default
    assert saved.loc[0, "oefeningen"] == "hielheffen"
    assert saved.loc[0, "notities"] == 'zei "stop"; 😬'
    before = path.read_bytes()
    controls["eerste-stap"].value = 7
    controls["opslaan"].click()
    assert "staat al een invoer" in controls["melding"].value
    assert path.read_bytes() == before
    controls["vervang"].value = True
    controls["opslaan"].click()
    assert diary.read_pain_diary(path).entries.loc[0, "pijn_eerste_stap"] == 7.0


def test_diary_form_refuses_the_course_data_folder():
    from hielspoor.widgets import diary as diary_widgets

    with pytest.raises(InputError, match="buiten de map data/"):
        diary_widgets.diary_form(DATA_DIR / "mijn_pijndagboek.csv")


def test_diary_import_writes_only_after_button(tmp_path):
    from hielspoor.widgets import diary as diary_widgets

    own = tmp_path / "mijn_pijndagboek.csv"
    form = diary_widgets.diary_import(own)
    parts = {
        cls.removeprefix("hs-import-"): w
        for w in walk(form)
        for cls in w._dom_classes
        if cls.startswith("hs-import-")
    }
    content = fixture("errors.csv").read_bytes()
    parts["upload"].value = (
        {"name": "errors.csv", "type": "text/csv", "size": len(content),
         "content": memoryview(content), "last_modified": dt.datetime(2026, 3, 1)},
    )  # fmt: skip
    assert "2 dagen ingelezen; 8 rijen overgeslagen" in parts["rapport"].value
    assert "pijnscore 11 ligt buiten" in parts["rapport"].value
    assert not own.exists()
    assert not parts["importeer"].disabled
    parts["importeer"].click()
    assert "2 dagen in mijn_pijndagboek.csv gezet" in parts["melding"].value
    assert len(diary.read_pain_diary(own).entries) == 2


def walk(widget):
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)
