"""Every data table has a pandera schema; a broken copy gives a Dutch message (row, column)."""

from __future__ import annotations

import pandas as pd
import pytest

from hielspoor.data import datasets
from hielspoor.schemas import registry
from hielspoor.tables import TableError, TableProblem

#: Per table: a key column (None: no single key), a required text column, a cell to break
#: (column, bad value, words of the expected message) and the source column (None: none).
CASES = {
    "risicofactoren": ("factor", "population", ("or", 5000.0, "buiten het bereik"), "source"),
    "differentiaaldiagnose": ("condition", "signs", ("urgency", "morgen", "kies uit"), "source"),
    "behandelingen": ("id", "dose", ("step", 7, "kies uit: 0, 1, 2, 3, 4"), "source"),
    "stappenplan": (
        None,
        "content",
        ("end_week", 500, "buiten het bereik van 0 tot 104"),
        "source",
    ),
    "richtlijngraden": ("id", "koc2023", ("koc2023_grade", "Z", "geen JOSPT-graad"), "source"),
    "belastingcoefficienten": (None, "note", ("factor_high", 50.0, "tot 10"), "source"),
    "anatomiecoefficienten": (None, "description", ("value", "veel", "geen getal"), "source"),
    "pijnmonitoring": ("zone", "meaning", ("max_score", 11, "tot 10"), "source"),
    "oefeningen": (
        "id",
        "instructions_nl",
        ("id", "Hiel heffen", "geen geldige sleutel"),
        "source",
    ),
    "klascohort": ("id", "geslacht", ("bmi", 300.0, "buiten het bereik van 12 tot 70"), None),
    "termenlijst": ("pattern", "note", ("pattern", "(open", "geen geldig zoekpatroon"), None),
    "claims": ("id", "claim", ("verdict", "misschien", "kies uit: ondersteund"), "sources"),
    "bronpassages": (None, "location", ("kind", "gok", "kies uit: citaat"), "source"),
    "datasets": ("name", "description", ("file", "weg.csv", "geen bekende bestand"), None),
}
TABLES = sorted(CASES)


def _problems(name: str, table: pd.DataFrame) -> list[str]:
    return [str(problem) for problem in registry.table_problems(name, table)]


def test_every_registered_csv_has_a_schema():
    index = datasets()
    csv = {name for name, file in index["file"].items() if file.endswith(".csv")}
    missing = csv - set(registry.SCHEMAS) - registry.CHECKED_ELSEWHERE
    assert missing == set()
    assert set(CASES) == set(registry.SCHEMAS)


@pytest.mark.parametrize("name", TABLES)
def test_the_real_table_passes(name):
    assert registry.table_problems(name) == []
    assert len(registry.load_table(name)) > 0


@pytest.mark.parametrize("name", TABLES)
def test_a_missing_column_is_named(name):
    text = CASES[name][1]
    table = registry.read(name).drop(columns=text)
    assert f"de kolom '{text}' ontbreekt." in _problems(name, table)


@pytest.mark.parametrize("name", TABLES)
def test_an_empty_required_cell_names_row_and_column(name):
    text = CASES[name][1]
    table = registry.read(name)
    table[text] = table[text].astype(object)
    table.loc[2, text] = "   "
    table.loc[3, text] = None
    problems = _problems(name, table)
    if name == "klascohort":  # a choice column: blank is not one of the choices
        assert any(p.startswith(f"Rij 4, kolom '{text}': '   ' is geen geldige") for p in problems)
    else:
        assert f"Rij 4, kolom '{text}': deze cel is leeg." in problems
    assert f"Rij 5, kolom '{text}': hier ontbreekt een waarde." in problems


@pytest.mark.parametrize("name", TABLES)
def test_a_bad_value_names_row_and_column(name):
    column, value, words = CASES[name][2]
    table = registry.read(name)
    table[column] = table[column].astype(object)
    table.loc[1, column] = value
    problems = [p for p in _problems(name, table) if p.startswith(f"Rij 3, kolom '{column}': ")]
    assert problems, _problems(name, table)
    assert any(words in p for p in problems), problems


@pytest.mark.parametrize("name", [name for name in TABLES if CASES[name][0] is not None])
def test_a_duplicate_key_names_both_rows(name):
    key = CASES[name][0]
    table = registry.read(name)
    table.loc[1, key] = table.loc[0, key]
    problems = _problems(name, table)
    for row in (2, 3):
        assert any(
            p.startswith(f"Rij {row}, kolom '{key}': ") and "vaker dan één keer" in p
            for p in problems
        ), problems


@pytest.mark.parametrize("name", ["belastingcoefficienten", "anatomiecoefficienten"])
def test_a_duplicate_compound_key_is_found(name):
    table = registry.read(name)
    table.iloc[1] = table.iloc[0]
    assert any(
        p.startswith("Rij 3, ") and "vaker dan één keer" in p for p in _problems(name, table)
    )


@pytest.mark.parametrize("name", [name for name in TABLES if CASES[name][3] is not None])
def test_an_unknown_bib_key_names_row_and_column(name):
    column = CASES[name][3]
    table = registry.read(name)
    table.loc[0, column] = "onbekend2099"
    problems = [p for p in _problems(name, table) if p.startswith(f"Rij 2, kolom '{column}': ")]
    assert problems and all("onbekend2099" in p and "references.bib" in p for p in problems)


@pytest.mark.parametrize(
    "name", ["behandelingen", "oefeningen", "claims", "richtlijngraden", "differentiaaldiagnose"]
)
def test_a_new_valid_row_is_accepted(name):
    # other contributors add rows: any row that follows the rules must pass
    table = registry.read(name)
    key = CASES[name][0]
    extra = table.iloc[[-1]].copy()
    extra[key] = "C-999" if name == "claims" else "nieuwe-rij_2"
    assert registry.table_problems(name, pd.concat([table, extra], ignore_index=True)) == []


def test_a_guideline_grade_points_at_a_known_treatment():
    table = registry.read("richtlijngraden")
    table.loc[0, "treatment"] = "wonderpil"
    assert _problems("richtlijngraden", table) == [
        "Rij 2, kolom 'treatment': 'wonderpil' is geen bekende behandeling (id in treatments.csv)."
    ]


def test_pain_zones_must_cover_zero_to_ten_without_a_gap():
    table = registry.read("pijnmonitoring")
    table.loc[1, "min_score"] = 4
    table.loc[2, "max_score"] = 9
    problems = _problems("pijnmonitoring", table)
    assert problems == [
        "kolom 'max_score': de laatste zone eindigt bij 10.",  # whole-table problems first
        "Rij 3, kolom 'min_score': een zone begint bij 0 of één punt boven het einde van de "
        "vorige zone.",
    ]


def test_load_factors_low_must_not_exceed_high():
    table = registry.read("belastingcoefficienten")
    table.loc[0, "factor_low"] = 2.0
    assert _problems("belastingcoefficienten", table) == [
        "Rij 2, kolom 'factor_high': factor_high (1,3) is kleiner dan factor_low."
    ]


def test_cohort_controls_have_no_treatment_and_patients_all_scores():
    table = registry.read("klascohort")
    control = table.index[table["hielpijn"] == "nee"][0]
    patient = table.index[table["hielpijn"] == "ja"][0]
    table.loc[control, "behandeling"] = "afwachten"
    table.loc[patient, "ffi_w8"] = float("nan")
    problems = _problems("klascohort", table)
    assert (
        f"Rij {control + 2}, kolom 'behandeling': een behandeling hoort bij hielpijn = ja, "
        "en alleen daar." in problems
    )
    assert any(p.startswith(f"Rij {patient + 2}, kolom 'ffi_w0': FFI-scores") for p in problems)


def test_a_number_typed_with_a_decimal_comma_is_reported_per_cell():
    table = registry.read("belastingcoefficienten")
    table["factor_low"] = table["factor_low"].astype(object)
    table.loc[2, "factor_low"] = "1,1"
    assert _problems("belastingcoefficienten", table) == [
        "Rij 4, kolom 'factor_low': '1,1' is geen getal (gebruik een punt als decimaalteken)."
    ]


def test_check_raises_one_dutch_error_listing_every_problem():
    table = registry.read("oefeningen")
    table.loc[0, "dose"] = ""
    table.loc[1, "source"] = "vsg2026; weg1999"
    with pytest.raises(TableError) as error:
        registry.check("oefeningen", table)
    text = str(error.value)
    assert text.startswith("De tabel 'oefeningen' klopt niet:\n- Rij 2, kolom 'dose'")
    assert "- Rij 3, kolom 'source': 'vsg2026; weg1999'" in text
    assert all(isinstance(p, TableProblem) for p in error.value.problems)


def test_load_table_gives_a_fresh_copy():
    first = registry.load_table("oefeningen")
    first.loc[0, "id"] = "veranderd"
    assert registry.load_table("oefeningen").loc[0, "id"] == "hielheffen"


def test_the_programme_and_the_exercise_cards_use_exercises_of_the_catalogue():
    from hielspoor import programme

    ids = set(registry.load_table("oefeningen")["id"])
    assert {programme.HEEL_RAISE, *programme.STRETCHES} <= ids


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "het bestand is leeg."),
        (b"id,name_nl\nhielheffen,\xff\xfe kapot\n", "geen UTF-8"),
        (b'id,name_nl\n"hielheffen,open\nx,y,z,w\n', "geen geldige CSV"),
    ],
)
def test_an_unreadable_file_gives_a_dutch_table_error(tmp_path, monkeypatch, content, words):
    path = tmp_path / "exercises.csv"
    path.write_bytes(content)
    monkeypatch.setattr(registry, "example_path", lambda name: path)
    monkeypatch.setattr(registry, "read_table", lambda name: pd.read_csv(path))
    with pytest.raises(TableError, match=words) as error:
        registry.read("oefeningen")
    assert str(error.value).startswith("De tabel 'oefeningen' klopt niet:")


@pytest.mark.parametrize(
    ("grade", "valid"),
    [("A", True), ("B (bron: fabrikant)", True), ("graad niet gevonden", True),
     ("G", False), ("B tegen", False), ("b", False), ("", False)],
)  # fmt: skip
def test_a_jospt_grade_is_a_letter_with_an_optional_note(grade, valid):
    table = registry.read("richtlijngraden")
    table.loc[0, "koc2023_grade"] = grade
    assert (registry.table_problems("richtlijngraden", table) == []) == valid
