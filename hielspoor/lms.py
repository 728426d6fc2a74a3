"""Export the course's quizzes and case questions for a school's learning environment.

Two formats that Dutch schools import:

* **Moodle XML** (Moodle's own question format): one file with a category per quiz and per
  case, a ``multichoice`` question per question, feedback per option and the source as
  general feedback.
* **IMS QTI 1.2** as a content package (a zip with ``imsmanifest.xml`` and one assessment per
  quiz): the format Canvas ("QTI .zip-bestand") and Brightspace (Vragenbibliotheek,
  "Importeren") read.

Text is exported as plain text: it is HTML-escaped for the HTML fields of both formats, so a
question about ``1 < 2`` or a feedback with ``&`` shows as written and never as markup.

Examples
--------
>>> items = question_items()
>>> items[0].ident, items[0].source
('anatomie-1', 'Hawkins en Hull (1990)')
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree as ET

from hielspoor.questions import load_cases, load_quiz, quiz_names
from hielspoor.references import short_references

MOODLE_CATEGORY_ROOT = "$course$/Hielspoor"
QTI_NS = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
IMSCP_NS = "http://www.imsglobal.org/xsd/imscp_v1p1"
LETTERS = "ABCDEFGH"


@dataclass(frozen=True)
class Item:
    """One multiple-choice question, ready to export.

    ``options`` holds ``(text, correct, feedback)`` per option; ``source`` is the short
    reference (e.g. ``"Keller e.a. (1996)"``).
    """

    ident: str
    group: str
    question: str
    options: tuple[tuple[str, bool, str], ...]
    source: str


def _item(question: dict, *, ident: str, group: str, intro: str = "") -> Item:
    options = tuple(
        (option["text"], bool(option.get("correct")), option["feedback"])
        for option in question["options"]
    )
    text = f"{intro}\n\n{question['question']}" if intro else question["question"]
    return Item(ident, group, text, options, short_references(str(question["source"])))


def question_items() -> list[Item]:
    """Return every quiz question and every case question, in course order."""
    items = []
    for name in quiz_names():
        quiz = load_quiz(name)
        group = quiz.get("title") or name
        for number, question in enumerate(quiz["questions"], start=1):
            items.append(_item(question, ident=f"{name}-{number}", group=group))
    for case in load_cases():
        intro = case["vignette"] + "\nBevindingen: " + "; ".join(case["findings"])
        for number, question in enumerate(case["questions"], start=1):
            ident = f"casus-{case['id']}-{number}"
            group = f"Casus: {case['title']}"
            items.append(_item(question, ident=ident, group=group, intro=intro))
    return items


def _html_text(text: str) -> str:
    """Plain text as HTML: escaped, paragraphs kept."""
    paragraphs = [html.escape(part.strip()) for part in re.split(r"\n\s*\n", text)]
    return "".join(f"<p>{part}</p>" for part in paragraphs if part)


def _text_element(parent: ET.Element, tag: str, text: str, *, html_format: bool = True):
    element = ET.SubElement(parent, tag, {"format": "html"} if html_format else {})
    ET.SubElement(element, "text").text = _html_text(text) if html_format else text
    return element


def moodle_xml(items: list[Item] | None = None) -> str:
    """Return the questions as a Moodle XML question file (UTF-8 text)."""
    items = question_items() if items is None else items
    quiz = ET.Element("quiz")
    group = None
    for item in items:
        if item.group != group:
            group = item.group
            category = ET.SubElement(quiz, "question", {"type": "category"})
            name = re.sub(r"[/$]", "-", group)
            _text_element(category, "category", f"{MOODLE_CATEGORY_ROOT}/{name}",
                          html_format=False)  # fmt: skip
        question = ET.SubElement(quiz, "question", {"type": "multichoice"})
        _text_element(question, "name", item.ident, html_format=False)
        _text_element(question, "questiontext", item.question)
        _text_element(question, "generalfeedback", f"Bron: {item.source}.")
        for tag, value in (
            ("defaultgrade", "1"), ("penalty", "0"), ("hidden", "0"), ("idnumber", item.ident),
            ("single", "true"), ("shuffleanswers", "true"), ("answernumbering", "ABCD"),
        ):  # fmt: skip
            ET.SubElement(question, tag).text = value
        for text, correct, feedback in item.options:
            answer = ET.SubElement(
                question, "answer", {"fraction": "100" if correct else "0", "format": "html"}
            )
            ET.SubElement(answer, "text").text = _html_text(text)
            _text_element(answer, "feedback", feedback)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode")


def _mattext(parent: ET.Element, text: str) -> None:
    material = ET.SubElement(parent, "material")
    ET.SubElement(material, "mattext", {"texttype": "text/html"}).text = _html_text(text)


def _qti_item(section: ET.Element, item: Item) -> None:
    element = ET.SubElement(section, "item", {"ident": item.ident, "title": item.ident})
    metadata = ET.SubElement(ET.SubElement(element, "itemmetadata"), "qtimetadata")
    for label, entry in (("question_type", "multiple_choice_question"),
                         ("points_possible", "1")):  # fmt: skip
        field = ET.SubElement(metadata, "qtimetadatafield")
        ET.SubElement(field, "fieldlabel").text = label
        ET.SubElement(field, "fieldentry").text = entry
    presentation = ET.SubElement(element, "presentation")
    _mattext(presentation, item.question)
    response = ET.SubElement(
        presentation, "response_lid", {"ident": "response1", "rcardinality": "Single"}
    )
    choices = ET.SubElement(response, "render_choice")
    for letter, (text, _correct, _feedback) in zip(LETTERS, item.options, strict=False):
        _mattext(ET.SubElement(choices, "response_label", {"ident": letter}), text)
    processing = ET.SubElement(element, "resprocessing")
    ET.SubElement(ET.SubElement(processing, "outcomes"), "decvar", {
        "maxvalue": "100", "minvalue": "0", "varname": "SCORE", "vartype": "Decimal"})  # fmt: skip
    general = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
    ET.SubElement(ET.SubElement(general, "conditionvar"), "other")
    ET.SubElement(general, "displayfeedback", {"feedbacktype": "Response",
                                               "linkrefid": "general_fb"})  # fmt: skip
    for letter, (_text, correct, _feedback) in zip(LETTERS, item.options, strict=False):
        condition = ET.SubElement(processing, "respcondition", {"continue": "Yes"})
        variable = ET.SubElement(condition, "conditionvar")
        ET.SubElement(variable, "varequal", {"respident": "response1"}).text = letter
        ET.SubElement(condition, "displayfeedback", {"feedbacktype": "Response",
                                                     "linkrefid": f"{letter}_fb"})  # fmt: skip
        if correct:
            ET.SubElement(condition, "setvar", {"action": "Set", "varname": "SCORE"}).text = "100"
    feedbacks = [("general_fb", f"Bron: {item.source}.")] + [
        (f"{letter}_fb", option[2]) for letter, option in zip(LETTERS, item.options, strict=False)
    ]
    for ident, text in feedbacks:
        flow = ET.SubElement(ET.SubElement(element, "itemfeedback", {"ident": ident}), "flow_mat")
        _mattext(flow, text)


def _qti_assessment(ident: str, title: str, items: list[Item]) -> str:
    root = ET.Element("questestinterop", {"xmlns": QTI_NS})
    assessment = ET.SubElement(root, "assessment", {"ident": ident, "title": title})
    section = ET.SubElement(assessment, "section", {"ident": f"{ident}-section"})
    for item in items:
        _qti_item(section, item)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def _qti_manifest(resources: list[str]) -> str:
    root = ET.Element("manifest", {"identifier": "hielspoor-vragen", "xmlns": IMSCP_NS})
    metadata = ET.SubElement(root, "metadata")
    ET.SubElement(metadata, "schema").text = "IMS Content"
    ET.SubElement(metadata, "schemaversion").text = "1.1.3"
    ET.SubElement(root, "organizations")
    listing = ET.SubElement(root, "resources")
    for ident in resources:
        resource = ET.SubElement(
            listing, "resource", {"identifier": ident, "type": "imsqti_xmlv1p2"}
        )
        ET.SubElement(resource, "file", {"href": f"{ident}.xml"})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def qti_zip(items: list[Item] | None = None) -> bytes:
    """Return the questions as an IMS QTI 1.2 content package (zip bytes), one per group."""
    items = question_items() if items is None else items
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(item.group, []).append(item)
    buffer = io.BytesIO()
    idents = []
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for number, (title, members) in enumerate(groups.items(), start=1):
            ident = f"hielspoor-{number:02d}"
            idents.append(ident)
            archive.writestr(f"{ident}.xml", _qti_assessment(ident, title, members))
        archive.writestr("imsmanifest.xml", _qti_manifest(idents))
    return buffer.getvalue()


def write_exports(out_dir: Path) -> list[Path]:
    """Write ``hielspoor-moodle.xml`` and ``hielspoor-qti.zip`` into ``out_dir``."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    items = question_items()
    moodle = out_dir / "hielspoor-moodle.xml"
    moodle.write_text(moodle_xml(items), encoding="utf-8")
    qti = out_dir / "hielspoor-qti.zip"
    qti.write_bytes(qti_zip(items))
    return [moodle, qti]
