"""Every chapter with ipywidgets runs in real JupyterLab: no errors, the widgets appear."""

import pytest

from hielspoor.chapters import chapters
from tests.conftest import ROOT

pytestmark = [pytest.mark.browser, pytest.mark.lab]

# Every chapter whose stored outputs hold widget views, from the chapter registry: its
# run-all must show at least that many views again.
WIDGET_CHAPTERS = {c.file: c.widget_views for c in chapters(ROOT) if c.widget_views}

ERRORS = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.error']"
WIDGET_VIEWS = ".jp-OutputArea-output .widget-vbox, .jp-OutputArea-output .widget-box"


@pytest.mark.parametrize(("notebook", "views"), WIDGET_CHAPTERS.items())
def test_chapter_runs_in_jupyterlab_with_widgets(open_lab_notebook, run_all, notebook, views):
    page = open_lab_notebook(notebook)
    run_all(page)
    page.wait_for_function(
        f"() => document.querySelectorAll({WIDGET_VIEWS!r}).length >= {views}", timeout=30_000
    )
    assert page.locator(ERRORS).count() == 0, page.locator(ERRORS).first.inner_text()
