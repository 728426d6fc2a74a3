"""Adding to the own diary: one entry, imports, merging, the default path."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import diary
from hielspoor.data import example_path
from hielspoor.validation import InputError
from tests.diary_support import digest, fixture


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
