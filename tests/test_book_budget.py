"""Byte budgets of the built book: what a page costs a reader on a phone.

For every page of ``_toc.yml`` (plus search.html): the HTML plus every local resource it
references (scripts, stylesheets, images, the icon) and, on a page with a chart or a tool
that asks for vega, the vega runtime that ``vl-init.js`` loads, each gzip-compressed (level 6,
as web servers send them). Deterministic: it reads files, not a browser. Fonts named in the
theme's CSS are not counted: no page uses them (test_book_html checks there are no webfont
icons and no MathJax).
"""

from __future__ import annotations

import gzip
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from bs4 import BeautifulSoup

from hielspoor.book import toc_documents
from hielspoor.book.assets import uses_vega

pytestmark = pytest.mark.book

KIB = 1024
TEXT_PAGE_BUDGET = 150 * KIB
CHART_PAGE_BUDGET = 450 * KIB
VEGA = (Path("_static/vega/vega.min.js"), Path("_static/vega/vega-tooltip.min.js"))


@cache
def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6, mtime=0))


def local_resources(page: Path, built_book: Path) -> set[Path]:
    """Files under ``built_book`` that ``page`` loads by itself."""
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
    found: set[Path] = set()
    refs = [tag.get("src") for tag in soup.find_all(["script", "img", "source"])]
    refs += [
        tag.get("href")
        for tag in soup.find_all("link")
        if {"stylesheet", "icon", "preload"} & set(tag.get("rel", []))
    ]
    for ref in filter(None, refs):
        url = urlparse(ref)
        if url.scheme or ref.startswith("//") or not url.path:
            continue
        target = (page.parent / unquote(url.path)).resolve()
        if target.is_file() and built_book in target.parents:
            found.add(target)
    if uses_vega(page.read_text(encoding="utf-8")):
        found.update((built_book / path).resolve() for path in VEGA)
    return found


def page_bytes(page: Path, built_book: Path) -> int:
    """gzip bytes of ``page`` with everything it loads."""
    return gzip_size(page) + sum(gzip_size(p) for p in local_resources(page, built_book))


def pages(root: Path) -> list[str]:
    return [f"{name}.html" for name in toc_documents(root)] + ["search.html"]


def test_every_page_stays_within_its_byte_budget(root, built_book):
    over, seen = [], []
    for relpath in pages(root):
        page = built_book / relpath
        html = page.read_text(encoding="utf-8")
        budget = CHART_PAGE_BUDGET if uses_vega(html) else TEXT_PAGE_BUDGET
        size = page_bytes(page, built_book)
        seen.append((relpath, size))
        if size > budget:
            over.append(f"{relpath}: {size / KIB:.0f} KiB > {budget / KIB:.0f} KiB")
    assert not over, over
    assert len(seen) >= 20


def test_the_budget_counts_the_vega_runtime_on_chart_pages(built_book):
    chapter = built_book / "notebooks" / "01_belasting_en_lichaamsgewicht.html"
    runtime = {(built_book / path).resolve() for path in VEGA}
    assert runtime <= local_resources(chapter, built_book)
    assert page_bytes(chapter, built_book) > sum(gzip_size(path) for path in runtime)
    intro = built_book / "book" / "intro.html"
    assert not runtime & local_resources(intro, built_book)
