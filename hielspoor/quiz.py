"""Multiple-choice quizzes that work in JupyterLab and in the static book.

A quiz is a YAML file in ``data/quizzes/``. It is shown as plain HTML: each answer
option is a ``<details>`` element whose feedback opens on click or Enter. No
JavaScript is needed, so the same stored output works offline in the book.
"""

from __future__ import annotations

import html
from pathlib import Path

import yaml
from IPython.display import HTML

from hielspoor.data import DATA_DIR

QUIZ_DIR = DATA_DIR / "quizzes"
# The page adds "Juist." / "Niet juist." itself; feedback starting with a verdict repeats it.
VERDICT_OPENINGS = (
    "juist.", "juist:", "niet juist", "onjuist", "nee.", "nee,", "ja.", "fout.", "goed.",
)  # fmt: skip


def load_quiz(name: str, *, quiz_dir: Path = QUIZ_DIR) -> dict:
    """Read and check quiz ``name``: every question has one correct option and feedback.

    Raises
    ------
    ValueError
        When a question fails :func:`check_question`.
    """
    path = quiz_dir / f"{name}.yaml"
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


def quiz_html(quiz: dict, *, name: str, label: str | None = None) -> str:
    """Render a quiz as accessible HTML with feedback per option."""
    label = label or quiz.get("title") or "Quiz"
    parts = [
        f'<section class="hs-quiz" id="quiz-{html.escape(name)}" '
        f'aria-label="{html.escape(label, quote=True)}">'
    ]
    if quiz.get("title"):
        parts.append(f'<p class="hs-quiz-title"><strong>{html.escape(quiz["title"])}</strong></p>')
    for number, question in enumerate(quiz["questions"], start=1):
        parts.append('<div class="hs-quiz-question">')
        parts.append(f"<p><strong>Vraag {number}.</strong> {html.escape(question['question'])}</p>")
        for letter, option in zip("ABCDEFGH", question["options"], strict=False):
            verdict = "Juist." if option.get("correct") else "Niet juist."
            css = "hs-correct" if option.get("correct") else "hs-wrong"
            parts.append(
                f'<details class="hs-quiz-option {css}"><summary>{letter}. '
                f"{html.escape(option['text'])}</summary>"
                f"<p><strong>{verdict}</strong> {html.escape(option['feedback'])}</p></details>"
            )
        parts.append("</div>")
    parts.append("<p><em>Klik op een antwoord om de uitleg te zien.</em></p></section>")
    return "\n".join(parts)


def show_quiz(name: str) -> HTML:
    """Return quiz ``name`` as an HTML display object for a notebook cell."""
    return HTML(quiz_html(load_quiz(name), name=name))
