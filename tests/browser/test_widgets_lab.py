"""Every chapter with ipywidgets runs in real JupyterLab: no errors, the widgets appear."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.lab]

# Chapter -> number of widget views its run-all must show (one per widget cell at least).
WIDGET_CHAPTERS = {
    "02_voet_en_kuit.ipynb": 2,  # calf length, lunge test
    "03_windlasmechanisme.ipynb": 1,  # windlass
    "08_oefenprogramma.ipynb": 1,  # programme planner
}

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
