"""Spelling: every word of the course's prose is Dutch (hunspell nl_NL) or in the word list.

The word list ``tests/data/wordlist.txt`` holds the course's own words (medical terms,
names, English titles): one word a line. Add a word there only after checking that it is
spelled right; a typo belongs in the text, not in the list.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest

from hielspoor import prose

ROOT = Path(__file__).resolve().parent.parent
WORDLIST = ROOT / "tests" / "data" / "wordlist.txt"

pytestmark = pytest.mark.skipif(
    shutil.which("hunspell") is None or not Path("/usr/share/hunspell/nl_NL.dic").exists(),
    reason="hunspell met hunspell-nl is niet geïnstalleerd (.ci/run installeert het)",
)


def unknown_words(words: list[str]) -> set[str]:
    """The words hunspell (nl_NL plus the course word list) does not know."""
    result = subprocess.run(
        ["hunspell", "-d", "nl_NL", "-p", str(WORDLIST), "-l"],
        input="\n".join(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return set(result.stdout.split())


def spellable_pieces() -> list[prose.Prose]:
    """Pages, notebook markdown and data prose; not the contributors' data READMEs."""
    return [
        piece
        for piece in prose.course_prose(ROOT)
        if piece.path.name != "terms.csv"
        and not (piece.path.suffix == ".md" and piece.path.parent.name == "data")
    ]


def test_unknown_words_finds_a_typo_and_accepts_dutch():
    assert unknown_words(["hielpijn", "voetzool", "huisarst"]) == {"huisarst"}


def test_word_list_is_sorted_and_has_no_duplicates():
    entries = WORDLIST.read_text(encoding="utf-8").split()
    assert entries == sorted(set(entries))


def test_course_prose_is_spelled_right():
    where = defaultdict(set)
    for piece in spellable_pieces():
        for word in prose.words(piece.text):
            if not re.search(r"\d", word):
                where[word].add(f"{piece.path.relative_to(ROOT)} ({piece.where})")
    unknown = unknown_words(sorted(where))
    report = [f"{word}: {sorted(where[word])[0]}" for word in sorted(unknown)]
    assert not report, "Onbekende woorden (typfout, of voeg toe aan tests/data/wordlist.txt):\n" + (
        "\n".join(report)
    )


def test_code_blocks_inside_list_items_are_not_prose():
    markdown = "- Een stap:\n\n  ```yaml\n  singleuser:\n    cull: true\n  ```\n\nNa de lijst."
    assert "singleuser" not in prose.plain_text(markdown)
    assert "Na de lijst." in prose.plain_text(markdown)
