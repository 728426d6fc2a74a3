"""Readability of the patient-facing text: words per sentence and Flesch-Douma, per page.

Run: ``PYTHONPATH=$PWD .venv/bin/python benchmarks/bench_readability.py``. Prints, for each
patient chapter (01-03, 05-08), the red-flag page and each chapter's "In het kort" summary:
the number of words, the mean number of words per sentence and, when ``textstat`` is
installed, the Dutch Flesch reading ease (Flesch-Douma: 206,84 - 0,93 x words per sentence
- 77 x syllables per word; higher is easier, 60-70 is about B1). The goal is at
most 15 words a sentence in the summaries and on the red-flag page, and at most ~120 words
per summary. Not a test: the figures describe the text, they do not judge it.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import nbformat

from hielspoor import prose

ROOT = Path(__file__).resolve().parent.parent
GOAL_WORDS_PER_SENTENCE = 15
GOAL_SUMMARY_WORDS = 120

try:
    import textstat

    textstat.set_lang("nl")
except ImportError:  # pragma: no cover - textstat is optional
    textstat = None

_SUMMARY = re.compile(r":::\{admonition\} In het kort\n(?::class:[^\n]*\n)?(.*?)\n:::", re.S)


def flesch_douma(text: str) -> float:
    """Dutch Flesch reading ease of ``text``; NaN without textstat or without words."""
    if textstat is None or not prose.words(text):
        return math.nan
    return float(textstat.flesch_reading_ease(text))


def patient_texts() -> list[tuple[str, str]]:
    """(label, plain text) for every patient page, its summary, and the red-flag page."""
    texts = []
    for number in prose.PATIENT_CHAPTERS:
        path = next((ROOT / "notebooks").glob(f"{number}_*.ipynb"))
        notebook = nbformat.read(path, as_version=4)
        markdown = "\n\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
        texts.append((f"{path.stem} (hele hoofdstuk)", prose.plain_text(markdown)))
        found = _SUMMARY.search(markdown)
        if found:
            texts.append((f"{path.stem}: In het kort", prose.plain_text(found.group(1))))
        else:
            texts.append((f"{path.stem}: In het kort", ""))
    page = ROOT / "book" / "rode_vlaggen.md"
    texts.append(("rode_vlaggen.md", prose.plain_text(page.read_text(encoding="utf-8"))))
    return texts


def main() -> None:
    """Print one line per text and whether it meets the goal."""
    if textstat is None:
        print("textstat is niet geïnstalleerd: alleen woorden per zin.")
    print(f"{'tekst':55} {'woorden':>8} {'w/zin':>6} {'Flesch-Douma':>13}  doel")
    for label, text in patient_texts():
        n_words = len(prose.words(text))
        per_sentence = prose.mean_sentence_length(text)
        ease = flesch_douma(text)
        goal = ""
        if "In het kort" in label:
            short = per_sentence <= GOAL_WORDS_PER_SENTENCE and n_words <= GOAL_SUMMARY_WORDS
            ok = n_words and short
            goal = "ja" if ok else "NEE (ontbreekt of te lang)"
        elif label == "rode_vlaggen.md":
            goal = "ja" if per_sentence <= GOAL_WORDS_PER_SENTENCE else "NEE"
        print(f"{label:55} {n_words:8d} {per_sentence:6.1f} {ease:13.1f}  {goal}")


if __name__ == "__main__":
    main()
