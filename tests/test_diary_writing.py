"""Writing diaries: round trips, formulas, Excel, safe saving."""

from __future__ import annotations

import datetime as dt
import errno
import os

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hielspoor import diary
from hielspoor.validation import InputError
from tests.diary_support import entries_frame

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
    with pytest.raises(
        InputError, match=r"Niet opgeslagen: Rij 2 \(02-03-2026\), kolom 'pijn_eerste_stap'"
    ):
        diary.write_pain_diary(bad, path)
    assert path.read_bytes() == before


def test_write_pain_diary_keeps_file_permissions(tmp_path):
    path = tmp_path / "dagboek.csv"
    path.write_bytes(b"Datum;Pijn eerste stap\r\n01-03-2026;4\r\n")
    path.chmod(0o600)
    diary.write_pain_diary(diary.read_pain_diary(path).entries, path)
    assert path.stat().st_mode & 0o777 == 0o600
