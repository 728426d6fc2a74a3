"""Multiple-choice questions of the course: the quizzes and the cases, read and checked.

A quiz is a YAML file in ``data/quizzes/``; the clinical cases are ``data/cases.yaml``, whose
questions have the same form. This module only reads and checks them (plain data in and
out); :mod:`hielspoor.quiz` and :mod:`hielspoor.cases` render them as HTML and
:mod:`hielspoor.lms` exports them for a school's learning environment.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from hielspoor.paths import DATA_DIR

QUIZ_DIR = DATA_DIR / "quizzes"
CASES_PATH = DATA_DIR / "cases.yaml"
CASE_FIELDS = ("id", "title", "vignette", "findings", "questions", "sources")
# The page adds "Juist." / "Niet juist." itself; feedback starting with a verdict repeats it.
VERDICT_OPENINGS = (
    "juist.", "juist:", "niet juist", "onjuist", "nee.", "nee,", "ja.", "fout.", "goed.",
)  # fmt: skip


def quiz_names(*, quiz_dir: Path = QUIZ_DIR) -> list[str]:
    """Return the names of all quizzes, sorted.

    Examples
    --------
    >>> "belasting" in quiz_names()
    True
    """
    return sorted(path.stem for path in Path(quiz_dir).glob("*.yaml"))


def load_quiz(name: str, *, quiz_dir: Path = QUIZ_DIR) -> dict:
    """Read and check quiz ``name``: every question has one correct option and feedback.

    Raises
    ------
    ValueError
        When a question fails :func:`check_question`.
    """
    path = Path(quiz_dir) / f"{name}.yaml"
    quiz = yaml.safe_load(path.read_text(encoding="utf-8"))
    for number, question in enumerate(quiz["questions"], start=1):
        check_question(question, where=f"{name}, vraag {number}")
    return quiz


def check_question(question: dict, *, where: str) -> None:
    """Check one multiple-choice question; ``where`` names it in the Dutch error.

    Raises
    ------
    ValueError
        No or several correct options, an option without feedback, feedback that
        opens with a verdict (the page adds it), or no ``source``.
    """
    correct = [option for option in question["options"] if option.get("correct")]
    if len(correct) != 1:
        raise ValueError(f"{where}: precies één juist antwoord nodig.")
    if any(not option.get("feedback") for option in question["options"]):
        raise ValueError(f"{where}: elke optie heeft feedback nodig.")
    for option in question["options"]:
        if option["feedback"].lower().startswith(VERDICT_OPENINGS):
            raise ValueError(
                f"{where}: begin feedback niet met een oordeel "
                "('Juist.'/'Niet juist.' staat er al)."
            )
    if not question.get("source"):
        raise ValueError(f"{where}: bron ontbreekt.")


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    """Read and check all cases.

    Raises
    ------
    ValueError
        When a case lacks a field, ids repeat, or a question does not have exactly one
        correct option with feedback for every option.

    Examples
    --------
    >>> [case["id"] for case in load_cases()][:2]
    ['hardloopster', 'staande-werker']
    """
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["cases"]
    seen: set[str] = set()
    for case in cases:
        missing = [field for field in CASE_FIELDS if not case.get(field)]
        if missing:
            raise ValueError(f"Casus {case.get('id', '?')}: ontbreekt {', '.join(missing)}.")
        if case["id"] in seen:
            raise ValueError(f"Casus {case['id']} komt twee keer voor.")
        seen.add(case["id"])
        for number, question in enumerate(case["questions"], start=1):
            check_question(question, where=f"Casus {case['id']}, vraag {number}")
    return cases
