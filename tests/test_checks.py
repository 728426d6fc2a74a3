"""Self-checks: right answers pass, slips get their own hint, no answer sits in a notebook."""

import json
import re

import nbformat
import pytest

from hielspoor import checks, student
from hielspoor.chapters import chapters

CHECK_CALL = re.compile(r'controleer\("(ex-[\w-]+)", antwoord\)')


@pytest.mark.parametrize("exercise", sorted(checks.TARGETS))
def test_the_expected_answer_passes_and_a_far_one_gets_a_hint(exercise):
    target = checks.TARGETS[exercise]()
    middle = (target.low + target.high) / 2
    right = checks.controleer(exercise, middle)
    assert right.correct and right.message.startswith("Goed!")
    wrong = checks.controleer(exercise, middle * 3 + 7)
    assert not wrong.correct and wrong.message.startswith("Nog niet goed. Tip:")
    assert target.hint in wrong.message
    for low, high, slip in target.slips:
        slipped = checks.controleer(exercise, (low + high) / 2)
        assert not slipped.correct and slip in slipped.message


@pytest.mark.parametrize(
    ("answer", "start"),
    [(..., "Vul eerst je antwoord in"), ("veel", "'veel' is geen getal"),
     (True, "'True' is geen getal"), (float("nan"), "'nan' is geen getal"),
     (10**400, "'1000000000"), (None, "'None' is geen getal"), ("=1+1", "'=1+1' is geen")],
)  # fmt: skip
def test_no_answer_or_a_non_number_is_told_in_dutch(answer, start):
    result = checks.controleer("ex-belasting-2", answer)
    assert not result.correct and result.message.startswith(start)
    assert len(result.message) < 200


def test_dutch_decimal_text_is_read_as_a_number():
    assert checks.controleer("ex-windas-1", "23,3").correct
    assert checks.controleer("ex-belasting-1", "1.500,0").correct


def test_an_unknown_exercise_lists_the_known_ones():
    result = checks.controleer("ex-bestaat-niet", 1)
    assert not result.correct and "ex-belasting-1" in result.message


def _check_cells() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for chapter in chapters():
        cells = json.loads(chapter.path.read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            source = "".join(cell["source"])
            for exercise in CHECK_CALL.findall(source):
                found.setdefault(exercise, []).append(source)
    return found


def test_every_numeric_exercise_has_a_check_cell_without_the_answer():
    found = _check_cells()
    assert sorted(found) == sorted(checks.TARGETS)
    for exercise, sources in found.items():
        for source in sources:
            assert re.search(r"^antwoord = \.\.\.", source, re.MULTILINE), exercise
            assert "solution" not in source
            target = checks.TARGETS[exercise]()
            numbers = {float(n.replace(",", ".")) for n in re.findall(r"\d+(?:[.,]\d+)?", source)}
            assert not any(target.low <= n <= target.high for n in numbers), exercise


def test_the_student_version_keeps_the_check_cells():
    for chapter in chapters():
        notebook = nbformat.read(chapter.path, as_version=4)

        def calls(nb):
            return [e for cell in nb.cells for e in CHECK_CALL.findall(cell.source)]

        before = calls(notebook)
        assert calls(student.strip_solutions(notebook)) == before, chapter.file
        if chapter.number in (1, 9):
            assert before, chapter.file
