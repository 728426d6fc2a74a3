"""Every page of the book on a phone: 360 x 740 px, touch, offline.

No page scrolls sideways; every chart fits its container at (nearly) full size, before and
after vega makes it live; wide tables scroll inside their own box; code cells are folded
behind "Toon code"; a chart's picture shows without JavaScript. Screenshots go to
``artifacts/phone/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.browser.conftest import CHARTS_DRAWN, SCROLL_TO_FIRST_CHART, PageLog, _watch
from tests.browser.test_accessibility import BLOCKING, run_axe, summary
from tests.browser.test_every_page import PAGES, screenshot_name

pytestmark = [pytest.mark.browser, pytest.mark.book]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "phone"
PHONE = {"width": 360, "height": 740}
# Elements wider than the page: [tag.class, right edge px] of those that stick out and are
# not inside a box that scrolls by itself.
STICKING_OUT = """() => {
  const width = document.documentElement.clientWidth;
  const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll|hidden)/.test(s.overflowX) && p !== document.body
      && p !== document.documentElement) return true; } return false; };
  return [...document.querySelectorAll('.bd-article *')]
    .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > width + 1)
    .filter(e => !scrolls(e)).slice(0, 5)
    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
}"""
CHARTS_FIT = """() => [...document.querySelectorAll('.vl-chart')].map(c => {
  const box = c.getBoundingClientRect(); const svg = [...c.querySelectorAll('svg, img')]
    .filter(s => s.getBoundingClientRect().width > 0)[0];
  return {chart: c.id, fits: !!svg && svg.getBoundingClientRect().right <= box.right + 1
    && box.right <= document.documentElement.clientWidth + 1};
})"""

# Charts drawn smaller than they were laid out: [chart id, shown / laid-out width] of every
# visible picture (<img width>) or live view (<svg width>) shown below 95 % of its size, so
# its text would be below full size.
SCALED_DOWN = """() => [...document.querySelectorAll('.vl-chart')].flatMap(c => {
  const shown = [...c.querySelectorAll('.vl-static img, .vl-live.vl-ready > svg')]
    .filter(e => e.getBoundingClientRect().width > 0);
  return shown.map(e => [c.id, e.getBoundingClientRect().width / +e.getAttribute('width')])
    .filter(([, scale]) => !(scale >= 0.95));
})"""


class PhonePage:
    """A page of the shared chromium emulating a phone (CDP: mobile metrics and touch)."""

    def __init__(self, browser, url: str, *, javascript: bool = True) -> None:
        self.page = browser.new_page()
        self.log = PageLog()
        _watch(self.page, self.log)
        cdp = browser.new_cdp_session(self.page)
        cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {**PHONE, "deviceScaleFactor": 2, "mobile": True},
        )
        cdp.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        if not javascript:
            cdp.send("Emulation.setScriptExecutionDisabled", {"value": True})
        self.page.set_viewport_size(PHONE)
        self.page.goto(url, wait_until="networkidle")

    def close(self) -> None:
        self.page.close()


@pytest.mark.parametrize("relpath", PAGES)
def test_page_fits_a_phone(relpath, browser, book_url):
    phone = PhonePage(browser, f"{book_url}/{relpath}")
    page, log = phone.page, phone.log
    try:
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.evaluate(STICKING_OUT) == []
        before = page.evaluate(CHARTS_FIT)
        assert all(c["fits"] for c in before), f"picture sticks out: {before}"
        assert page.evaluate(SCALED_DOWN) == [], "picture scaled down: its text is too small"
        if before:
            page.evaluate(SCROLL_TO_FIRST_CHART)
            page.wait_for_function(CHARTS_DRAWN, timeout=20_000)
            after = page.evaluate(CHARTS_FIT)
            assert all(c["fits"] for c in after), f"live chart sticks out: {after}"
            assert page.evaluate(SCALED_DOWN) == [], "live chart scaled down: text too small"
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        if relpath.startswith("notebooks/"):
            folds = page.locator("details.hide summary")
            assert folds.count() >= 1 and "Toon code" in folds.first.inner_text()
            assert folds.first.bounding_box()["height"] >= 44
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / screenshot_name(relpath)), full_page=True)
        assert not log.external and not log.page_errors, (log.external, log.page_errors)
    finally:
        phone.close()


def test_chart_is_readable_without_javascript(browser, book_url):
    url = f"{book_url}/notebooks/01_belasting_en_lichaamsgewicht.html"
    phone = PhonePage(browser, url, javascript=False)
    page = phone.page
    try:
        page.locator(".vl-chart").first.scroll_into_view_if_needed()
        page.wait_for_function(
            "() => [...document.querySelectorAll('.vl-static img')]"
            ".some(i => i.getBoundingClientRect().width > 0 && i.complete && i.naturalWidth > 0)",
            polling=250,  # no requestAnimationFrame in a page without JavaScript
        )
        shown = page.evaluate(
            "() => [...document.querySelectorAll('.vl-static img')]"
            ".filter(i => i.getBoundingClientRect().width > 0).map(i => i.naturalWidth)"
        )
        assert shown and all(width > 100 for width in shown)
        page.screenshot(path=str(SHOTS / "zonder_javascript_01.png"), full_page=False)
    finally:
        phone.close()


def test_touching_a_slider_redraws_the_chart(browser, book_url):
    url = f"{book_url}/notebooks/01_belasting_en_lichaamsgewicht.html"
    phone = PhonePage(browser, url)
    page = phone.page
    try:
        chart = page.locator(".vl-chart").first
        chart.scroll_into_view_if_needed()
        page.wait_for_function(CHARTS_DRAWN, timeout=20_000)
        before = chart.locator("svg").first.inner_html()
        slider = chart.locator("input[type=range]").first
        assert slider.bounding_box()["height"] >= 44
        slider.fill(slider.get_attribute("max"))
        slider.dispatch_event("input")
        page.wait_for_function(
            "([c, b]) => c.querySelector('svg').innerHTML !== b",
            arg=[chart.element_handle(), before],
        )
    finally:
        phone.close()


@pytest.mark.parametrize("relpath", [p for p in PAGES if p.startswith("notebooks/")])
def test_axe_finds_nothing_serious_on_a_phone(relpath, browser, book_url):
    """axe-core at 360 px on the charts' pictures and on the live charts (narrow layout)."""
    phone = PhonePage(browser, f"{book_url}/{relpath}")
    page = phone.page
    try:
        for stage in ("picture", "live"):
            if stage == "live" and page.locator(".vl-chart").count():
                page.evaluate(SCROLL_TO_FIRST_CHART)
                page.wait_for_function(CHARTS_DRAWN, timeout=20_000)
            blocking = [v for v in run_axe(page) if v["impact"] in BLOCKING]
            assert not blocking, (stage, summary(blocking))
    finally:
        phone.close()
