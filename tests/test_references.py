"""Every citation in the book resolves in book/references.bib (protects the whole book)."""

import json
import re
from collections import Counter
from pathlib import Path

from hielspoor.references import BIB_PATH, bib_keys

ROOT = Path(__file__).resolve().parent.parent
# {cite}`a`, {cite:p}`a,b`, {cite:t}`a`, {cite:ps}`a` ... (sphinxcontrib-bibtex roles)
CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")
CANONICAL = {
    "vsg2026", "koc2023", "rathleff2015", "silbernagel2007", "riddle2003", "irving2007",
    "vanleeuwen2016", "trojian2019", "thomas2019", "hansen2018", "lemont2003", "riepert1995",
    "keller1996", "stacoff2005", "erdemir2004", "caravaggi2009", "hawkins1990", "hicks1954",
    "dhondt2024", "sichting2021", "williams2022", "caravaggi2010", "bennell1998", "landorf2010",
    "nhg",
}  # fmt: skip


def _texts() -> dict[str, str]:
    texts = {}
    for path in sorted(ROOT.glob("notebooks/*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        texts[str(path.relative_to(ROOT))] = "\n".join(
            "".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
        )
    for path in sorted(ROOT.glob("book/**/*.md")):
        texts[str(path.relative_to(ROOT))] = path.read_text(encoding="utf-8")
    return texts


def cited_keys(text: str) -> set[str]:
    return {k.strip() for group in CITE.findall(text) for k in group.split(",") if k.strip()}


def test_cited_keys_parses_roles_and_lists():
    text = "zie {cite:p}`rathleff2015, vsg2026` en {cite:t}`nhg` en {cite}`keller1996`"
    assert cited_keys(text) == {"rathleff2015", "vsg2026", "nhg", "keller1996"}


def test_every_citation_in_notebooks_and_book_resolves():
    keys = bib_keys()
    missing = {
        name: sorted(cited_keys(text) - keys)
        for name, text in _texts().items()
        if cited_keys(text) - keys
    }
    assert not missing, missing


def test_references_bib_has_no_duplicate_keys():
    text = BIB_PATH.read_text(encoding="utf-8")
    found = re.findall(r"^\s*@\s*(\w+)\s*[{(]\s*([^,\s]+)\s*,", text, flags=re.MULTILINE)
    counts = Counter(key.lower() for kind, key in found if kind.lower() != "comment")
    assert [k for k, n in counts.items() if n > 1] == []


def test_references_bib_has_all_canonical_keys():
    assert CANONICAL <= bib_keys()


def test_references_bib_parses_with_pybtex():
    import pybtex.database

    entries = pybtex.database.parse_file(str(BIB_PATH)).entries
    assert len(entries) == len(bib_keys())
