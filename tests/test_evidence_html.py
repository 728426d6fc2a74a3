"""Static HTML of the evidence chapters: cards, tables and "waar staat dit?"."""

from __future__ import annotations

import pytest

from hielspoor import claims, evidence
from hielspoor.charts import evidence_html as eh
from hielspoor.data import read_table


def test_claim_card_writes_verdict_in_words_escapes_text_and_shows_the_passage():
    card = eh.claim_card_html("C-002")
    assert "Oordeel: weerlegd" in card
    assert "Riepert e.a. (1995)" in card
    assert "<em>Het botuitsteeksel" in card
    assert '<details class="hs-source"><summary>Waar staat dit?</summary>' in card
    assert "Zusammenfassung" in card  # the location of the passage
    unsafe = eh.claim_card_html("C-064")
    assert "Oordeel: onveilig" in unsafe and "&#x27;s nachts" in unsafe


def test_passages_html_escapes_markup_in_a_passage(monkeypatch):
    from hielspoor import passages

    table = passages.load_passages()
    table.loc[0, "passage"] = "<script>alert(1)</script>"
    monkeypatch.setattr(passages, "load_passages", lambda: table)
    out = eh.passages_html(table.loc[0, "table"], table.loc[0, "row"])
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_register_has_one_source_element_per_claim_and_no_scripts():
    out = eh.claim_register_html()
    assert out.count('class="hs-source"') == len(claims.load_claims())
    assert "<script" not in out


def test_risk_factor_and_differential_tables_open_a_passage_per_row():
    risk = eh.risk_factor_table().data
    assert risk.count('class="hs-source"') == len(evidence.load_risk_factors())
    assert "23,3" in risk  # Dutch decimal comma in the table
    diff = eh.differential_table().data
    for condition in evidence.load_differential_diagnosis()["condition"]:
        assert condition in diff
    assert diff.count('class="hs-source"') == len(evidence.load_differential_diagnosis())


def test_treatment_cards_show_only_the_chosen_step_with_passages():
    table = evidence.load_treatments()
    html = eh.treatment_cards(step=3).data
    for _, row in table.iterrows():
        assert (f'aria-label="{row["name"]}"' in html) == (row["step"] == 3)
    assert html.count('class="hs-source"') == int((table["step"] == 3).sum())
    assert "<script" not in html
    with pytest.raises(ValueError, match="Onbekende stap"):
        eh.treatment_cards(step=7)


def test_guideline_grades_show_jospt_next_to_vsg_and_say_not_found_honestly():
    grades = read_table("richtlijngraden").set_index("id")
    assert grades.loc["orthesen", "koc2023_grade"] == "B"
    assert "niet als losse" in grades.loc["orthesen", "koc2023"]
    assert grades.loc["kracht", "koc2023_grade"] == "graad niet gevonden"
    out = eh.guideline_grades_table().data
    assert "JOSPT-graad (2023)" in out and "Nederlandse richtlijn (VSG 2026)" in out
    assert out.count('class="hs-source"') == len(grades)


def test_treatments_no_longer_say_orthoses_are_recommended():
    treatments = evidence.load_treatments().set_index("id")
    assert "worden aanbevolen" not in treatments.loc["zolen", "koc2023"]
    assert "mogelijke optie" not in treatments.loc["kracht", "koc2023"]
