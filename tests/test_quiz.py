import pytest
import yaml

from hielspoor import quiz
from hielspoor.references import bib_keys, split_keys
from tests.conftest import ROOT

QUIZZES = sorted(p.stem for p in (ROOT / "data" / "quizzes").glob("*.yaml"))


@pytest.mark.parametrize("name", QUIZZES)
def test_every_quiz_is_well_formed(name):
    loaded = quiz.load_quiz(name)
    assert len(loaded["questions"]) >= 3


@pytest.mark.parametrize("name", QUIZZES)
def test_every_quiz_question_cites_a_known_source(name):
    keys = bib_keys()
    for question in quiz.load_quiz(name)["questions"]:
        assert question.get("source"), question["question"]
        assert set(split_keys(question["source"])) <= keys, question["source"]


def test_quiz_html_marks_one_correct_option_and_escapes_text():
    html = quiz.quiz_html(
        {"questions": [{"question": "1 < 2?", "options": [
            {"text": "ja", "correct": True, "feedback": "Klopt <zeker>."},
            {"text": "nee", "correct": False, "feedback": "Het is wel zo."},
        ]}]},
        name="t",
    )  # fmt: skip
    assert html.count("hs-correct") == 1 and html.count("hs-wrong") == 1
    assert "1 &lt; 2?" in html and "&lt;zeker&gt;" in html
    assert "<strong>Juist.</strong> Klopt" in html
    assert 'aria-label="Quiz"' in html  # no title given


def test_quiz_html_labels_the_section_with_its_title():
    html = quiz.quiz_html(quiz.load_quiz("belasting"), name="belasting")
    assert 'aria-label="Controleer jezelf – belasting en lichaamsgewicht"' in html


def _write(tmp_path, options):
    (tmp_path / "q.yaml").write_text(
        yaml.safe_dump({"questions": [{"question": "?", "options": options}]}), encoding="utf-8"
    )


def test_load_quiz_refuses_two_correct_answers(tmp_path):
    _write(tmp_path, [{"text": "a", "correct": True, "feedback": "x"},
                      {"text": "b", "correct": True, "feedback": "y"}])  # fmt: skip
    with pytest.raises(ValueError, match="precies één juist antwoord"):
        quiz.load_quiz("q", quiz_dir=tmp_path)


def test_load_quiz_refuses_feedback_that_repeats_the_verdict(tmp_path):
    _write(tmp_path, [{"text": "a", "correct": True, "feedback": "Juist. Omdat."},
                      {"text": "b", "correct": False, "feedback": "Omdat niet."}])  # fmt: skip
    with pytest.raises(ValueError, match="begin feedback niet met een oordeel"):
        quiz.load_quiz("q", quiz_dir=tmp_path)
