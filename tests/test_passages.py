"""Every data row carries where in its source it was checked: the schema test."""

from __future__ import annotations

import pandas as pd
import pytest

from hielspoor import passages
from hielspoor.data import DATA_DIR, read_table
from hielspoor.references import bib_keys
from hielspoor.tables import TableError


def test_every_data_row_quiz_and_case_question_has_a_passage():
    assert passages.coverage_problems() == []


def test_coverage_counts_every_row_of_every_table():
    rows = passages.checked_rows()
    assert len(rows["claims"]) == len(read_table("claims"))
    assert len(rows["behandelingen"]) == len(read_table("behandelingen"))
    assert len(rows["belastingcoefficienten"]) == len(read_table("belastingcoefficienten"))
    assert "mythes/1" in rows["quizzen"] and "tarsale-tunnel/2" in rows["casussen"]


@pytest.mark.parametrize("column", ["location", "passage", "checked"])
def test_schema_rejects_a_row_without_location_passage_or_date(column):
    table = passages.load_passages()
    table.loc[0, column] = ""
    with pytest.raises(TableError):
        passages.validate_passages(table)


def test_schema_rejects_long_quotes_and_unknown_sources():
    table = passages.load_passages()
    table.loc[0, "passage"] = " ".join(["woord"] * (passages.MAX_PASSAGE_WORDS + 1))
    table.loc[1, "source"] = "onbekend1999"
    with pytest.raises(TableError) as error:
        passages.validate_passages(table)
    assert "Rij 2, kolom 'passage': de passage is langer dan 35 woorden." in str(error.value)
    assert "Rij 3, kolom 'source': 'onbekend1999' is geen bekende bronsleutel" in str(error.value)


def test_coverage_finds_a_missing_row_and_a_passage_citing_another_source():
    table = passages.load_passages()
    without = table[~((table["table"] == "claims") & (table["row"] == "C-010"))]
    assert passages.coverage_problems(without) == ["claims, rij 'C-010': geen bronpassage."]
    wrong = table.copy()
    first = wrong.index[(wrong["table"] == "claims") & (wrong["row"] == "C-007")][0]
    wrong.loc[first, "source"] = "riddle2003"
    assert passages.coverage_problems(wrong) == [
        "claims, rij 'C-007': bron 'riddle2003' staat niet bij de rij."
    ]


def test_not_found_passages_say_so_and_quotes_are_never_invented():
    table = passages.load_passages()
    missing = table[table["kind"] == "niet gevonden"]
    assert len(missing) > 0
    assert missing["location"].str.startswith("niet gevonden").all()
    assert missing["passage"].str.startswith("Niet gevonden").all()
    paraphrases = table[table["kind"] == "parafrase"]
    assert paraphrases["passage"].str.startswith("Parafrase").all()


def test_known_passages_carry_the_numbers_of_their_rows():
    # spot checks against the stored abstracts (checked 2026-12-01)
    riddle = passages.passages_for("risicofactoren", "Enkel-dorsaalflexie ≤ 0°")
    quote = "23.3 (95% confidence interval, 4.3 to 124.4)"
    assert riddle["passage"].str.contains(quote, regex=False).any()
    shockwave = passages.passages_for("stappenplan", "3")
    assert shockwave["passage"].str.contains("minimaal 12 weken", regex=False).any()
    assert set(shockwave["result"]) >= {"aangepast"}


def test_counts_cover_all_tables():
    counts = passages.counts()
    assert set(counts.index) == set(passages.checked_rows())
    assert int(counts.loc["claims", "rijen"]) == len(read_table("claims"))
    assert isinstance(counts, pd.DataFrame)


def test_every_passage_source_is_in_the_bibliography():
    assert set(passages.load_passages()["source"]) <= bib_keys()


@pytest.mark.parametrize("chapter", [f"{n:02d}" for n in range(1, 11)])
def test_chapter_review_files_record_a_verdict_and_location_per_cited_sentence(chapter):
    path = DATA_DIR / "review" / f"chapter_{chapter}.csv"
    review = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert len(review) > 10
    assert set(review["verdict"]) <= {"klopt", "deels", "aangepast", "niet gevonden"}
    assert (review["location"].str.len() > 0).all() and (review["keys"].str.len() > 0).all()
    assert review["checked"].str.match(r"^\d{4}-\d{2}-\d{2}$").all()
