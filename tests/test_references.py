"""The bibliography: every citation in the book resolves, every entry is complete."""

import json
import re
from collections import Counter
from pathlib import Path

import pybtex.database

from hielspoor.citations import citations_in
from hielspoor.references import BIB_PATH, bib_keys

ROOT = Path(__file__).resolve().parent.parent
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
    return {key for citation in citations_in(text) for key in citation.keys}


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


def _incomplete(entry) -> list[str]:
    """Fields a reader needs that ``entry`` lacks: who, what, when."""
    fields = entry.fields
    missing = []
    if not (entry.persons.get("author") or entry.persons.get("editor")):
        if not (fields.get("organization") or fields.get("institution")):
            missing.append("author")
    if not fields.get("title"):
        missing.append("title")
    # An undated web page (shown as "z.j.") must say where it is and when it was read.
    read_on = "geraadpleegd" in fields.get("note", "") or "urldate" in fields
    undated_web = bool(fields.get("url")) and read_on
    if not fields.get("year") and not undated_web:
        missing.append("year")
    return missing


def test_every_bib_entry_has_author_title_and_year():
    entries = pybtex.database.parse_file(str(BIB_PATH)).entries
    assert len(entries) >= len(CANONICAL)
    incomplete = {key: _incomplete(entry) for key, entry in entries.items() if _incomplete(entry)}
    assert incomplete == {}


def test_incomplete_entry_is_reported(tmp_path):
    bib = tmp_path / "x.bib"
    bib.write_text(
        "@article{goed2020, author = {Jansen, A.}, title = {T}, year = {2020}}\n"
        "@article{zonderjaar, author = {Jansen, A.}, title = {T}}\n"
        "@misc{web, title = {Richtlijn}, organization = {NHG}, url = {https://x.nl},"
        " note = {geraadpleegd 1-1-2026}}\n"
        "@book{niemand, title = {Boek}, year = {1999}}\n",
        encoding="utf-8",
    )
    entries = pybtex.database.parse_file(str(bib)).entries
    assert {k: _incomplete(e) for k, e in entries.items()} == {
        "goed2020": [], "zonderjaar": ["year"], "web": [], "niemand": ["author"],
    }  # fmt: skip
