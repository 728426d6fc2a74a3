"""Citations outside the book (hielspoor.citations, hielspoor.lab): the book's text."""

import json
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from hielspoor.citations import (
    ENTRY_STYLE,
    REFERENCE_STYLE,
    Citation,
    bibliography,
    citation_html,
    citations_in,
    parse_citation_id,
)
from hielspoor.lab import LABEXTENSION_DIR, sources_for
from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def markdown_cells(notebook: Path) -> list[str]:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "markdown"]


def text_of(html: str) -> str:
    return BeautifulSoup(html, "html.parser").get_text()


def test_the_styles_are_the_books():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    sphinx = config["sphinx"]["config"]
    assert sphinx["bibtex_reference_style"] == REFERENCE_STYLE
    assert sphinx["bibtex_default_style"] == ENTRY_STYLE
    assert config["bibtex_bibfiles"] == ["book/references.bib"]


@pytest.mark.parametrize(
    ("citation", "text"),
    [
        (Citation("p", ("hicks1954",)), "[Hicks, 1954]"),
        (
            Citation("p", ("sichting2021", "williams2022")),
            "[Sichting and Ebrecht, 2021, Williams et al., 2022]",
        ),
        (  # the book's order (the bibliography's), not the order written
            Citation("p", ("riddle2003", "vanleeuwen2016", "irving2007")),
            "[Irving et al., 2007, Riddle et al., 2003, van Leeuwen et al., 2016]",
        ),
        (Citation("t", ("hawkins1990",)), "Hawkins and Hull [1990]"),
        (Citation("t", ("riddle2003",)), "Riddle et al. [2003]"),
    ],
)
def test_author_year_as_the_book_writes_it(citation, text):
    html = citation_html(citation)
    assert text_of(html) == text
    soup = BeautifulSoup(html, "html.parser")
    assert {a["href"] for a in soup.find_all("a")} == {f"#hs-bron-{k}" for k in citation.keys}
    assert all(a["title"].endswith(".") for a in soup.find_all("a"))  # the full reference


def test_unknown_keys_and_roles_give_nothing_to_show():
    assert citation_html(Citation("p", ("hicks1954", "bestaatniet"))) is None
    assert citation_html(Citation("ps", ("hicks1954",))) is None


def test_markup_in_the_bibliography_is_escaped(tmp_path):
    bib = tmp_path / "x.bib"
    bib.write_text(
        '@article{x, author={Jan {<script>}Bos}, title={A "b" & <i>c</i>}, '
        "journal={J}, year={2020}, volume={1}, pages={1--2}}",
        encoding="utf-8",
    )
    html = citation_html(Citation("p", ("x",)), path=bib)
    assert "<script>" not in html and "<i>" not in html
    assert text_of(html) == "[<script>Bos, 2020]"
    (entry,) = bibliography({"x"}, path=bib)
    assert "<i>" not in entry["html"] and "&lt;i&gt;" in entry["html"]
    assert entry["text"].startswith('Jan <script>Bos. A "b" & <i>c</i>.')


def test_citation_ids_round_trip_and_bad_ones_say_why():
    for citation in citations_in("{cite:p}`a, b` {cite:t}`c` {cite}`d`"):
        assert parse_citation_id(citation.id) == citation
    for bad in ("", "p", "p:", ":a", "p: , "):
        with pytest.raises(ValueError, match="niet 'rol:sleutel"):
            parse_citation_id(bad)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.stem for n in NOTEBOOKS])
def test_every_citation_of_every_chapter_can_be_shown(notebook):
    answer = sources_for(markdown_cells(notebook), [])
    unknown = sorted(cid for cid, html in answer["citations"].items() if html is None)
    assert not unknown, f"{notebook.name}: JupyterLab kan deze niet tonen: {unknown}"
    keys = {key for c in citations_in("\n".join(markdown_cells(notebook))) for key in c.keys}
    assert {source["key"] for source in answer["sources"]} == keys


def test_the_answer_adds_citations_the_page_shows_but_the_file_lacks():
    answer = sources_for(["{cite:p}`hicks1954`"], ["t:riddle2003", "p:bestaatniet"])
    assert set(answer["citations"]) == {"p:hicks1954", "t:riddle2003", "p:bestaatniet"}
    assert answer["citations"]["p:bestaatniet"] is None
    assert [s["key"] for s in answer["sources"]] == ["hicks1954", "riddle2003"]


def test_the_built_extension_is_built_from_the_source():
    """Each string in labextension/src/index.js is in the built bundle (make labextension)."""
    built = json.loads((LABEXTENSION_DIR / "package.json").read_text(encoding="utf-8"))
    source = json.loads((ROOT / "labextension" / "package.json").read_text(encoding="utf-8"))
    assert built["name"] == source["name"] and built["version"] == source["version"]
    assert (LABEXTENSION_DIR / built["jupyterlab"]["_build"]["load"]).is_file()
    bundle = "".join(
        p.read_text(encoding="utf-8") for p in (LABEXTENSION_DIR / "static").glob("*.js")
    )
    script = (ROOT / "labextension" / "src" / "index.js").read_text(encoding="utf-8")
    strings = {s for s in re.findall(r"'((?:[^'\\\n]|\\.)*)'", script) if len(s) >= 6}
    assert strings, "no string literals found"
    stale = sorted(s for s in strings if s not in bundle)
    assert not stale, (
        f"hielspoor/lab/labextension is ouder dan labextension/: make labextension ({stale})"
    )


@pytest.mark.book
def test_jupyterlab_shows_the_text_and_tooltip_the_book_shows(built_book):
    """Every citation's text and hover text, as made here, is on the chapter's book page."""
    missing = []
    for notebook in NOTEBOOKS:
        page = built_book / "notebooks" / f"{notebook.stem}.html"
        if not page.exists():
            continue
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        book = {
            (span.get_text(), tuple(a.get("title") for a in span.find_all("a")))
            for span in soup.select("span.bibtex-citation")
        }
        for citation in citations_in("\n".join(markdown_cells(notebook))):
            shown = BeautifulSoup(citation_html(citation), "html.parser")
            ours = (shown.get_text(), tuple(a["title"] for a in shown.find_all("a")))
            if ours not in book:
                missing.append(f"{notebook.stem}: {citation.id} {ours[0]}")
    assert not missing, missing
