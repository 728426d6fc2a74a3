"""One term per thing: no rejected variant from data/terms.csv in the course's prose."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import prose

ROOT = Path(__file__).resolve().parent.parent
TERMS = pd.read_csv(ROOT / "data" / "terms.csv", dtype=str)


def find_rejected(pieces: list[prose.Prose]) -> list[str]:
    """Every rejected variant found, as 'path (where): ... snippet ... -> preferred'."""
    found = []
    for row in TERMS.itertuples():
        pattern = re.compile(row.pattern)
        for piece in pieces:
            for match in pattern.finditer(piece.text):
                snippet = piece.text[max(0, match.start() - 30) : match.end() + 30]
                found.append(
                    f"{piece.path.relative_to(ROOT)} ({piece.where}): ...{snippet}... "
                    f"-> {row.preferred}"
                )
    return found


def test_term_list_is_complete_and_patterns_compile():
    assert TERMS.notna().all().all()
    for pattern in TERMS["pattern"]:
        re.compile(pattern)


@pytest.mark.parametrize(
    ("text", "hits"),
    [
        ("Het windasmechanisme spant de fascia.", 1),
        ("Zoals een touw om een windas.", 0),
        ("Een tarsale tunnelsyndroom of een tarsaletunnelsyndroom.", 1),
        ("In een Centraal-Europese reeks.", 1),
        ("Éénbenig of éénbenig hielheffen.", 2),
        ("Elke getal telt.", 1),
        ("Het spoor op de foto.", 0),
        ("Dan is het spoor op de foto niet de oorzaak.", 1),
        ("De NHG-Behandelrichtlijn Fasciitis plantaris.", 0),
        ("Bij fasciitis plantaris doet de hiel pijn.", 1),
        ("Plantaire fasciitis en hielspoorklachten.", 2),
    ],
)
def test_find_rejected_flags_each_variant(text, hits):
    piece = prose.Prose(ROOT / "data" / "terms.csv", "test", text)
    assert len(find_rejected([piece])) == hits


def test_no_rejected_term_in_course_prose():
    pieces = [p for p in prose.course_prose(ROOT) if p.path.name != "terms.csv"]
    found = find_rejected(pieces)
    assert not found, "Afgewezen termen:\n" + "\n".join(found)
