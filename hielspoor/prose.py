"""The course's Dutch prose as plain text, for the term, spelling and readability checks.

Prose is what a reader reads: the markdown cells of the notebooks, the book pages and the
text fields of the data files (claims, tables, quizzes, cases). Identifiers (ids, bibtex
keys, file names) and code are left out; MyST markup is reduced to the words a reader sees.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import yaml

#: Columns and keys that hold identifiers, keys or quoted seed text (``claim``), not prose.
NON_PROSE_FIELDS = frozenset(
    {"id", "claim", "source", "sources", "seeds", "checked", "file", "name", "step", "created",
     "used_in", "licence", "url", "key", "direction", "verdict", "urgency", "treatment",
     "location", "passage", "quote"}
)  # fmt: skip

#: Patient-facing pages: chapters 01-03 and 05-08 and the red-flag page.
PATIENT_CHAPTERS = ("01", "02", "03", "05", "06", "07", "08")


@dataclass(frozen=True)
class Prose:
    """One piece of prose: the file, where in it (cell, row, key) and the plain text."""

    path: Path
    where: str
    text: str


_FENCE = re.compile(r"^[ \t]*(```+|~~~+)(?!\{)[^\n]*\n.*?^[ \t]*\1\s*$", re.M | re.S)
_DIRECTIVE_LINE = re.compile(r"^\s*(```+\{[^}]*\}.*|```+|:::+.*|:[a-z-]+:.*|\([\w-]+\)=)\s*$", re.M)
_ROLE_WITH_TEXT = re.compile(r"\{(?:term|ref|doc|numref)\}`([^`<]*?)\s*(?:<[^`>]*>)?`")
_ROLE = re.compile(r"\{[\w:-]+\}`[^`]*`")
_INLINE_CODE = re.compile(r"``?[^`]*``?")
_MATH = re.compile(r"\$\$.*?\$\$|\$[^$\n]+\$", re.S)
_URL = re.compile(r"https?://\S+|<[^>\n]+>")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MARK = re.compile(r"[*_#>|]+")
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def plain_text(markdown: str) -> str:
    """Reduce MyST markdown to the words a reader sees (no code, roles, URLs or math).

    Examples
    --------
    >>> plain_text("Zie {term}`fascia <fascia plantaris>` en {cite:p}`nhg`. `x = 1`")
    'Zie fascia en . '
    """
    text = _FENCE.sub("", markdown)
    text = _DIRECTIVE_LINE.sub("", text)
    text = _ROLE_WITH_TEXT.sub(r"\1", text)
    text = _ROLE.sub("", text)
    text = _INLINE_CODE.sub("", text)
    text = _MATH.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    text = _PLACEHOLDER.sub("", text)
    return _MARK.sub("", text)


def _yaml_strings(node: object, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if str(key) not in NON_PROSE_FIELDS:
                yield from _yaml_strings(value, f"{where}.{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from _yaml_strings(value, f"{where}[{number}]")
    elif isinstance(node, str):
        yield where, node


def notebook_prose(path: Path) -> Iterator[Prose]:
    """Yield the markdown cells of one notebook as plain text."""
    notebook = nbformat.read(path, as_version=4)
    for number, cell in enumerate(notebook.cells):
        if cell.cell_type == "markdown":
            yield Prose(path, f"cel {number}", plain_text(cell.source))


def data_prose(path: Path) -> Iterator[Prose]:
    """Yield the prose fields of one CSV, YAML or markdown data file."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                for column, value in row.items():
                    if column not in NON_PROSE_FIELDS and value and re.search(r"[a-z]{3}", value):
                        yield Prose(path, f"regel {number}, kolom {column}", value)
    elif path.suffix in {".yaml", ".yml"}:
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        for where, value in _yaml_strings(content, path.stem):
            yield Prose(path, where, plain_text(value))
    elif path.suffix == ".md":
        yield Prose(path, "tekst", plain_text(path.read_text(encoding="utf-8")))


def book_pages(root: Path) -> list[Path]:
    """Return the book's own markdown pages (not vendored files or templates)."""
    pages = (root / "book").rglob("*.md")
    return sorted(
        p for p in pages if not any(part.startswith("_") for part in p.relative_to(root).parts)
    )


def course_prose(root: Path) -> list[Prose]:
    """Every piece of reader-facing prose in the repository at ``root``."""
    pieces: list[Prose] = []
    for path in sorted((root / "notebooks").glob("*.ipynb")):
        pieces.extend(notebook_prose(path))
    for path in book_pages(root):
        pieces.append(Prose(path, "pagina", plain_text(path.read_text(encoding="utf-8"))))
    data = root / "data"
    for path in sorted([*data.glob("*.csv"), *data.glob("*.yaml"), *data.glob("*.md"),
                        *(data / "quizzes").glob("*.yaml")]):  # fmt: skip
        # Numbers, the file register, and verbatim quotes from the sources (passages.csv).
        if path.name in {"class_cohort.csv", "pain_diary_example.csv", "datasets.csv",
                         "passages.csv"}:  # fmt: skip
            continue
        pieces.extend(data_prose(path))
    return pieces


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9ÀÉÈ'\"(])|\n\s*\n|\n\s*[-*+]\s|\n\s*\d+\.\s")
_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")


def sentences(text: str) -> list[str]:
    r"""Split plain text into sentences (list items and paragraphs end a sentence too).

    Examples
    --------
    >>> sentences("Hielpijn gaat vaak over. Bel 112 bij nood.\n\n- koorts")
    ['Hielpijn gaat vaak over.', 'Bel 112 bij nood.', 'koorts']
    """
    parts = (part.strip(" \n-*") for part in _SENTENCE_END.split(text))
    return [part for part in parts if _WORD.search(part)]


def words(text: str) -> list[str]:
    """Return the words of a text: letters, with inner hyphens and apostrophes."""
    return [word.strip("'’-") for word in _WORD.findall(text)]


def mean_sentence_length(text: str) -> float:
    """Mean number of words per sentence; NaN for a text without sentences."""
    found = sentences(text)
    if not found:
        return float("nan")
    return sum(len(words(sentence)) for sentence in found) / len(found)
