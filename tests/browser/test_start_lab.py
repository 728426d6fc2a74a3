"""The start page in real JupyterLab: the generated chapter list links open the chapters."""

import pytest

from hielspoor.chapters import chapters
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.lab]

CURRENT_TAB = (
    "(name) => { const w = window.jupyterapp.shell.currentWidget;"
    " return !!w && !!w.context && w.context.path.endsWith(name); }"
)


def test_start_page_lists_every_chapter_and_its_link_opens_it(open_lab_notebook):
    page = open_lab_notebook("00_start.ipynb")
    listed = page.locator(".jp-OutputArea-output[data-mime-type='text/markdown'] li a")
    listed.first.wait_for(timeout=30_000)  # the stored output, before any code runs
    registry = chapters(ROOT)
    assert listed.all_inner_texts() == [c.title for c in registry]
    target = registry[-1]
    listed.last.click()
    page.wait_for_function(CURRENT_TAB, arg=target.file, timeout=30_000)
