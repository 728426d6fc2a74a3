"""Citations in real JupyterLab look as in the book, with the chapter's sources under it.

jupyterlab-myst alone shows every ``{cite:p}`key``` as a warning icon with the bare key; the
course's extension (``hielspoor.lab``, installed by scripts/lab_settings.py) replaces it.
"""

import json

import pytest

from hielspoor.citations import citations_in
from tests.browser.conftest import WatchedPages
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.lab]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
# Every markdown cell of the open notebook is on the page and rendered by MyST.
ALL_MARKDOWN_RENDERED = (
    "() => { const a = window.jupyterapp; const w = a && a.shell.currentWidget;"
    " const nb = w && w.content;"
    " if (!nb || !nb.model) return false;"
    " const cells = nb.widgets.filter(c => c.model.type === 'markdown');"
    " return cells.length > 0 && cells.every(c => c.rendered && c.node.isConnected"
    " && c.node.querySelector('.myst')); }"
)
# Each citation group is shown by the extension, and no warning of jupyterlab-myst is visible.
UNRESOLVED = (
    "() => [...document.querySelectorAll('.jp-NotebookPanel .cite-group')]"
    ".filter(g => !g.querySelector(':scope > .hs-verwijzing')"
    " || g.querySelector(':scope > [title]:not([hidden]):not(.hs-verwijzing)'))"
    ".map(g => g.textContent)"
)
SHOWN = (
    "() => [...document.querySelectorAll('.jp-NotebookPanel .hs-verwijzing')].map(s => ({"
    " text: s.textContent, links: [...s.querySelectorAll('a')].map(a => a.title) }))"
)
LISTED = "() => [...document.querySelectorAll('.hs-bronnen li')].map(li => li.id)"


# Stop the notebook's kernel (these tests need none), so eleven chapters do not load the server.
SHUT_DOWN_KERNEL = (
    "async () => { const a = window.jupyterapp; const w = a && a.shell.currentWidget;"
    " const c = w && w.sessionContext; if (c) { await c.ready; await c.shutdown(); } }"
)


@pytest.fixture
def open_notebook(browser, lab_server, page_logs):
    """Open ``notebooks/<name>`` in JupyterLab and wait until every markdown cell is rendered.

    Unlike ``open_lab_notebook`` it does not wait for the kernel, and stops it afterwards.
    """
    pages = WatchedPages(browser, page_logs)

    def open_page(name: str):
        page = pages.new()
        page.goto(
            f"{lab_server['url']}/lab/workspaces/cite-{len(pages.pages)}/tree/notebooks/{name}"
            f"?reset&token={lab_server['token']}"
        )
        page.wait_for_function(ALL_MARKDOWN_RENDERED, timeout=90_000, polling=250)
        return page

    yield open_page
    for page in pages.pages:
        page.evaluate(SHUT_DOWN_KERNEL)
    pages.close("JupyterLab vroeg andere hosts")


def cited_keys(notebook) -> set[str]:
    """The keys the notebook's markdown cells cite."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    text = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")
    return {key for citation in citations_in(text) for key in citation.keys}


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[n.stem for n in NOTEBOOKS])
def test_every_citation_shows_author_year_and_the_sources_are_listed(
    open_notebook, page_logs, notebook
):
    keys = cited_keys(notebook)
    page = open_notebook(notebook.name)
    if keys:
        page.wait_for_function(f"() => ({UNRESOLVED})().length === 0", timeout=30_000)
        expected = sorted(f"hs-bron-{key}" for key in keys)
        page.wait_for_function(
            f"(ids) => ids.every(id => ({LISTED})().includes(id))", arg=expected, timeout=30_000
        )
    assert page.evaluate(UNRESOLVED) == []
    assert not page.locator(".jp-NotebookPanel [title='Citation Not Found']:visible").count()
    shown = page.evaluate(SHOWN)
    assert len(shown) >= len(keys) > 0 or not keys
    for citation in shown:  # "[Hicks, 1954]" or "Hawkins and Hull [1990]"
        assert citation["text"].count("[") == 1 and citation["text"].endswith("]"), citation
        assert all(title for title in citation["links"]), citation
    assert sorted(set(page.evaluate(LISTED))) == sorted(f"hs-bron-{key}" for key in keys)
    errors = page_logs[page].console_errors + page_logs[page].page_errors
    assert not [e for e in errors if "hielspoor" in e or "bronnen" in e], errors


def test_a_known_citation_reads_as_in_the_book_and_links_to_its_source(open_notebook):
    page = open_notebook("03_windlasmechanisme.ipynb")
    citation = page.locator(".hs-verwijzing", has_text="Hicks, 1954").first
    citation.wait_for(timeout=30_000)
    assert citation.inner_text() == "[Hicks, 1954]"  # the book: [Hicks, 1954]
    link = citation.locator("a")
    assert link.get_attribute("title").startswith("J. H. Hicks. The mechanics of the foot.")
    source = page.locator(".hs-bronnen li#hs-bron-hicks1954")
    assert "Journal of Anatomy" in source.inner_text()
    textual = page.locator(".hs-verwijzing", has_text="D'Hondt").first
    assert textual.inner_text() == "D'Hondt et al. [2024]"  # {cite:t}: the book's form
    link.click()
    # The source is scrolled into the notebook's view and highlighted; the view stays there.
    page.wait_for_function(
        "(el) => { const r = el.getBoundingClientRect();"
        " const v = el.closest('.jp-WindowedPanel-outer').getBoundingClientRect();"
        " return el.classList.contains('hs-gekozen') && r.top >= v.top && r.bottom <= v.bottom; }",
        arg=source.element_handle(),
        timeout=10_000,
    )


def test_a_citation_typed_into_a_cell_is_shown_and_listed_before_saving(open_notebook):
    """A new citation in an edited cell: shown as in the book; its source joins the list."""
    page = open_notebook("03_windlasmechanisme.ipynb")
    page.wait_for_function(f"() => ({UNRESOLVED})().length === 0", timeout=30_000)
    assert "hs-bron-keller1996" not in page.evaluate(LISTED)  # chapter 03 does not cite it
    page.evaluate(
        "() => { const nb = window.jupyterapp.shell.currentWidget.content;"
        " const cell = nb.widgets.find(c => c.model.type === 'markdown');"
        " cell.rendered = false;"
        " cell.model.sharedModel.setSource('Zie {cite:t}`keller1996` en {cite:p}`onbekend`.');"
        " cell.rendered = true; }"
    )
    typed = page.locator(".hs-verwijzing", has_text="Keller")
    typed.first.wait_for(timeout=30_000)
    assert typed.first.inner_text() == "Keller et al. [1996]"
    page.wait_for_function(f"() => ({LISTED})().includes('hs-bron-keller1996')", timeout=30_000)
    assert "hs-bron-hicks1954" in page.evaluate(LISTED)  # the saved file's sources stay
    # An unknown key stays a warning, as the book's build fails on it.
    assert page.locator(".cite-group [title='Citation Not Found']:visible").count() == 1
