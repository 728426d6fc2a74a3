"""Clinical cases (chapter 10): complete, each answer explained, sources in the bibliography."""

import re

import pytest

from hielspoor import cases
from hielspoor.references import bib_keys

BIB_KEYS = bib_keys()


def test_load_cases_covers_the_required_scenarios():
    ids = [case["id"] for case in cases.load_cases()]
    assert 4 <= len(ids) <= 6
    # brief: runner, standing worker with overweight, fat pad, red flag, tarsal tunnel
    for needed in ("hardloopster", "staande-werker", "vetkussen", "nachtpijn", "tarsale-tunnel"):
        assert needed in ids
    assert any(case.get("red_flag") for case in cases.load_cases())


def test_every_case_source_is_in_references_bib():
    for case in cases.load_cases():
        keys = set(case["sources"]) | {q["source"] for q in case["questions"]}
        assert keys <= BIB_KEYS, (case["id"], keys - BIB_KEYS)
        # every question's source is also listed under the case
        assert {q["source"] for q in case["questions"]} <= set(case["sources"]), case["id"]


def test_red_flag_cases_put_referral_before_exercise():
    for case in cases.load_cases():
        if not case.get("red_flag"):
            continue
        first = case["questions"][0]
        right = next(o for o in first["options"] if o["correct"])
        assert re.search(r"huisarts", right["text"]), case["id"]


def test_case_html_shows_vignette_questions_sources_and_note():
    text = cases.case_html(cases.get_case("hardloopster"))
    assert "<details" in text and "Vraag 1." in text
    assert "Rathleff e.a. (2015)" in text
    assert "geen diagnose" in text


def test_get_case_unknown_id_lists_known_ids():
    with pytest.raises(KeyError, match="hardloopster"):
        cases.get_case("bestaat-niet")


def test_load_cases_rejects_two_correct_options(tmp_path):
    bad = tmp_path / "cases.yaml"
    bad.write_text(
        "cases:\n- id: x\n  title: X\n  vignette: v\n  findings: [f]\n  sources: [nhg]\n"
        "  questions:\n  - question: q\n    source: nhg\n    options:\n"
        "    - {text: a, correct: true, feedback: fa}\n"
        "    - {text: b, correct: true, feedback: fb}\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="precies één"):
        cases.load_cases(bad)
