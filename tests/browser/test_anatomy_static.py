"""Browser tests for chapters 02 and 03 in the built book: every bound slider redraws its chart.

Uses the ``open_book_page`` fixture (tests/browser/conftest.py), which serves
_build/html on 127.0.0.1 and fails the test if the page asked any other host.
"""

from __future__ import annotations

import pytest

from tests.browser.waits import wait_until_changed

pytestmark = [pytest.mark.browser, pytest.mark.book]

# (page, for each chart with sliders: a new value for each of its sliders, in page order)
PAGES = [
    # calf chart: knie, enkel; lunge chart: links, rechts
    ("notebooks/02_voet_en_kuit.html", [["60", "-10"], ["14.5", "3"]]),
    # windlass chart: teen; tie-rod chart: gewicht, booghoogte
    ("notebooks/03_windlasmechanisme.html", [["65"], ["120", "24"]]),
]


@pytest.mark.parametrize(("page_path", "new_values"), PAGES)
def test_anatomy_sliders_redraw_their_chart(open_book_page, page_path, new_values):
    page = open_book_page(page_path)
    page.wait_for_selector(".vl-chart svg")
    charts = page.locator(".vl-chart").filter(has=page.locator("input[type=range]"))
    assert charts.count() == len(new_values)
    for chart_index, values in enumerate(new_values):
        chart = charts.nth(chart_index)
        sliders = chart.locator("input[type=range]")
        assert sliders.count() == len(values)
        for slider_index, value in enumerate(values):
            slider = sliders.nth(slider_index)
            before = chart.locator("svg").first.inner_html()
            slider.fill(value)
            slider.dispatch_event("input")
            # Times out (and fails) if the slider changes nothing in the chart.
            wait_until_changed(chart.locator("svg").first, before)


def test_anatomy_figures_have_alt_text(open_book_page):
    page = open_book_page("notebooks/02_voet_en_kuit.html")
    images = page.locator("img[src$='.svg']")
    assert images.count() >= 2
    for index in range(images.count()):
        assert (images.nth(index).get_attribute("alt") or "").strip()
