"""Checks of the built HTML (run after `make book`): pages, assets, links, privacy."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from hielspoor.chapters import chapters, toc_documents

pytestmark = pytest.mark.book

ASSET_ATTRIBUTES = {"script": "src", "link": "href", "img": "src", "iframe": "src", "source": "src"}


def html_pages(built_book: Path) -> list[Path]:
    skip = {"genindex.html", "search.html"}
    pages = built_book.rglob("*.html")
    return [p for p in pages if p.name not in skip and "_static" not in p.parts]


def test_every_toc_page_is_built(root, built_book):
    missing = [f for f in toc_documents(root) if not (built_book / f"{f}.html").exists()]
    assert not missing


def test_every_notebook_is_in_the_book(root):
    registered = {c.document for c in chapters(root)}
    notebooks = {f"notebooks/{p.stem}" for p in (root / "notebooks").glob("[0-9][0-9]_*.ipynb")}
    assert notebooks - {"notebooks/00_start"} == registered


def test_no_page_loads_assets_from_other_hosts(built_book):
    offenders = []
    for page in html_pages(built_book):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for tag, attribute in ASSET_ATTRIBUTES.items():
            for element in soup.find_all(tag):
                url = element.get(attribute) or ""
                if urlparse(url).scheme in {"http", "https"} or url.startswith("//"):
                    offenders.append(f"{page.relative_to(built_book)}: <{tag}> {url}")
    assert not offenders


def test_internal_links_and_anchors_resolve(built_book):
    broken = []
    ids: dict[Path, set[str]] = {}

    def anchors(path: Path) -> set[str]:
        if path not in ids:
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            ids[path] = {el["id"] for el in soup.find_all(id=True)}
        return ids[path]

    for page in html_pages(built_book):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for link in soup.find_all("a", href=True):
            url = urlparse(link["href"])
            if url.scheme or link["href"].startswith(("mailto:", "//")):
                continue
            target = page if not url.path else (page.parent / unquote(url.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(built_book)} -> {link['href']}")
            elif url.fragment and target.suffix == ".html" and url.fragment not in anchors(target):
                broken.append(f"{page.relative_to(built_book)} -> {link['href']} (anker)")
    assert not broken


def test_pages_are_dutch(built_book):
    html = (built_book / "book" / "intro.html").read_text(encoding="utf-8")
    assert '<html lang="nl"' in html


def test_chart_scripts_only_on_chart_pages(built_book):
    chapter = (built_book / "notebooks" / "01_belasting_en_lichaamsgewicht.html").read_text()
    assert "vl-init.js" in chapter and 'class="vl-chart"' in chapter
    picture = chapter.split('class="vl-chart"', 1)[1][:2000]
    assert '<img src="../_static/charts/vl-' in picture, "chart without picture"
    name = picture.split('src="../_static/charts/', 1)[1].split('"', 1)[0]
    assert (built_book / "_static" / "charts" / name).read_text().startswith("<svg")
    for picture_file in (built_book / "_static" / "charts").glob("*.svg"):
        root = ElementTree.parse(picture_file).getroot()  # an <img> needs well-formed XML
        assert root.tag == "{http://www.w3.org/2000/svg}svg", picture_file
    intro = (built_book / "book" / "intro.html").read_text()
    assert "vl-init.js" not in intro and "vega.min.js" not in intro


def test_no_page_loads_mathjax_the_search_index_or_the_icon_font(built_book):
    for page in html_pages(built_book):
        html = page.read_text(encoding="utf-8")
        assert "tex-chtml" not in html and "searchindex.js" not in html, page
        assert 'class="fa-' not in html and "fa-solid" not in html, page
    search = (built_book / "search.html").read_text(encoding="utf-8")
    assert "searchindex.js" in search


def test_formulas_are_mathml(built_book):
    chapter = (built_book / "notebooks" / "03_windlasmechanisme.html").read_text()
    assert chapter.count("<math ") >= 20 and "math notranslate nohighlight" not in chapter


def test_no_widget_manager_or_requirejs_is_loaded(built_book):
    for page in html_pages(built_book):
        html = page.read_text(encoding="utf-8")
        assert "require.min.js" not in html, page
        assert "html-manager" not in html and "embed-amd" not in html, page
