"""The LMS exports: every quiz and case question, option, answer and feedback survives."""

import io
import zipfile
from xml.etree import ElementTree as ET

import pytest

from hielspoor import lms
from hielspoor.questions import load_cases, load_quiz, quiz_names

QTI = {"q": lms.QTI_NS}


def expected_questions() -> list[dict]:
    questions = [q for name in quiz_names() for q in load_quiz(name)["questions"]]
    return questions + [q for case in load_cases() for q in case["questions"]]


def html_text(element) -> str:
    """The plain text of an exported HTML field (paragraphs joined by blank lines)."""
    inner = ET.fromstring(f"<root>{element.text}</root>")
    return "\n\n".join("".join(p.itertext()) for p in inner)


@pytest.fixture(scope="module")
def moodle():
    return ET.fromstring(lms.moodle_xml().encode("utf-8"))


@pytest.fixture(scope="module")
def qti_files():
    with zipfile.ZipFile(io.BytesIO(lms.qti_zip())) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_moodle_export_has_every_question_option_answer_and_feedback(moodle):
    exported = moodle.findall("question[@type='multichoice']")
    expected = expected_questions()
    assert len(exported) == len(expected) > 50
    for element, question in zip(exported, expected, strict=True):
        assert html_text(element.find("questiontext/text")).endswith(question["question"])
        answers = element.findall("answer")
        assert len(answers) == len(question["options"])
        for answer, option in zip(answers, question["options"], strict=True):
            assert html_text(answer.find("text")) == option["text"]
            assert html_text(answer.find("feedback/text")) == option["feedback"]
            assert answer.get("fraction") == ("100" if option.get("correct") else "0")
        assert html_text(element.find("generalfeedback/text")).startswith("Bron: ")
        assert element.findtext("single") == "true"


def test_moodle_export_has_a_category_per_quiz_and_case(moodle):
    categories = [c.findtext("category/text") for c in moodle.findall("question[@type='category']")]
    assert len(categories) == len(quiz_names()) + len(load_cases())
    assert all(c.startswith("$course$/Hielspoor/") for c in categories)


def test_qti_package_lists_every_assessment_and_holds_every_question(qti_files):
    manifest = ET.fromstring(qti_files["imsmanifest.xml"])
    hrefs = [f.get("href") for f in manifest.iter(f"{{{lms.IMSCP_NS}}}file")]
    assert sorted(hrefs) == sorted(name for name in qti_files if name != "imsmanifest.xml")
    items = [
        item
        for href in sorted(hrefs)
        for item in ET.fromstring(qti_files[href]).iterfind(".//q:item", QTI)
    ]
    expected = expected_questions()
    assert len(items) == len(expected)
    for item, question in zip(items, expected, strict=True):
        labels = item.findall(".//q:response_label", QTI)
        assert [html_text(label.find(".//q:mattext", QTI)) for label in labels] == [
            option["text"] for option in question["options"]
        ]
        correct = [
            c.find(".//q:varequal", QTI).text
            for c in item.findall(".//q:respcondition", QTI)
            if c.find("q:setvar", QTI) is not None
        ]
        letters = [
            label.get("ident")
            for label, option in zip(labels, question["options"], strict=True)
            if option.get("correct")
        ]
        assert correct == letters and len(correct) == 1
        feedback = {
            fb.get("ident"): html_text(fb.find(".//q:mattext", QTI))
            for fb in item.findall("q:itemfeedback", QTI)
        }
        for label, option in zip(labels, question["options"], strict=True):
            assert feedback[f"{label.get('ident')}_fb"] == option["feedback"]
        assert feedback["general_fb"].startswith("Bron: ")


def test_markup_and_ampersands_in_questions_are_text_not_html():
    item = lms.Item(
        ident="t-1",
        group="Test & <b>groep</b>",
        question="Is 1 < 2 & 3 > 2? <script>alert(1)</script>",
        options=(("ja <i>zeker</i>", True, "Klopt & meer."), ("nee", False, "=SUM(A1)")),
        source="Keller e.a. (1996)",
    )
    root = ET.fromstring(lms.moodle_xml([item]).encode("utf-8"))
    question = root.find("question[@type='multichoice']")
    assert html_text(question.find("questiontext/text")) == item.question
    assert "<script>" not in question.find("questiontext/text").text
    with zipfile.ZipFile(io.BytesIO(lms.qti_zip([item]))) as archive:
        assessment = ET.fromstring(archive.read("hielspoor-01.xml"))
    label = assessment.find(".//q:response_label", QTI)
    assert html_text(label.find(".//q:mattext", QTI)) == "ja <i>zeker</i>"


def test_write_exports_writes_both_files(tmp_path):
    paths = lms.write_exports(tmp_path / "lms")
    assert [p.name for p in paths] == ["hielspoor-moodle.xml", "hielspoor-qti.zip"]
    assert all(p.stat().st_size > 1000 for p in paths)
