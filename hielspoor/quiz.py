"""Multiple-choice quizzes that work in JupyterLab and in the static book.

A quiz is a YAML file in ``data/quizzes/``. It is shown as plain HTML: each answer
option is a ``<details>`` element whose feedback opens on click or Enter. No
JavaScript is needed, so the same stored output works offline in the book.
"""

from __future__ import annotations

import html

from IPython.display import HTML

from hielspoor.questions import check_question, load_quiz

__all__ = ["check_question", "load_quiz", "quiz_html", "show_quiz"]


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
