"""Evidence chapters in the published book: the claims filter and a quiz work statically."""

import re

import pytest

from hielspoor import claims
from tests.browser.waits import wait_until_changed

pytestmark = [pytest.mark.browser, pytest.mark.book]

MYTHS = "notebooks/05_mythes_en_feiten.html"
CLAIM_ID = re.compile(r">(C-\d{3})<")


def explorer(page):
    """The claims explorer: the chart whose controls include the 'oordeel' select."""
    return page.locator(".vl-chart", has=page.locator("select")).first


def shown_ids(chart) -> set[str]:
    return set(CLAIM_ID.findall(chart.locator("svg").inner_html()))


def test_claims_filter_by_verdict_shows_exactly_those_claims(open_book_page):
    page = open_book_page(MYTHS)
    chart = explorer(page)
    register = claims.load_claims()
    assert shown_ids(chart) == set(register["id"])

    selects = chart.locator("select")
    svg = chart.locator("svg").first
    before = svg.inner_html()
    selects.nth(1).select_option("onveilig")
    wait_until_changed(svg, before)
    unsafe = set(register.loc[register["verdict"] == "onveilig", "id"])
    assert shown_ids(chart) == unsafe  # C-026 and C-064 (camphor tincture) on 2026-11-25

    before = svg.inner_html()
    selects.nth(0).select_option("voeding")
    selects.nth(1).select_option("alle")
    nutrition = set(register.loc[register["topic"] == "voeding", "id"])
    page.wait_for_function(
        "([el, n]) => (el.innerHTML.match(/>C-\\d{3}</g) || []).length === n",
        arg=[svg.element_handle(), len(nutrition)],
    )  # both selects applied: exactly the nutrition claims are drawn
    nutrition = set(register.loc[register["topic"] == "voeding", "id"])
    assert shown_ids(chart) == nutrition


def test_quiz_feedback_opens_on_click_without_javascript(open_book_page):
    page = open_book_page(MYTHS)
    option = page.locator("#quiz-mythes details.hs-quiz-option").first
    feedback = option.locator("p")
    assert not feedback.is_visible()
    option.locator("summary").click()
    assert feedback.is_visible()
    assert re.match(r"(Juist|Niet juist)\.", feedback.inner_text())


def test_quiz_is_keyboard_operable(open_book_page):
    page = open_book_page(MYTHS)
    summary = page.locator("#quiz-mythes details.hs-quiz-option summary").nth(1)
    summary.focus()
    page.keyboard.press("Enter")
    assert summary.locator("xpath=..").get_attribute("open") is not None


TREATMENTS = "notebooks/06_behandelingen.html"
CAUSES = "notebooks/04_oorzaken_en_risicofactoren.html"


@pytest.mark.parametrize("page_path", [MYTHS, TREATMENTS, CAUSES])
def test_where_is_this_opens_by_keyboard_and_shows_the_source_passage(open_book_page, page_path):
    page = open_book_page(page_path)
    source = page.locator("details.hs-source").first
    passage = source.locator("li").first
    assert not passage.is_visible()
    summary = source.locator("summary")
    assert summary.inner_text().startswith("Waar staat dit?")
    summary.focus()
    page.keyboard.press("Enter")
    assert passage.is_visible()
    assert "Nagekeken op" in passage.inner_text()


def test_every_source_passage_opens_for_printing(open_book_page):
    page = open_book_page(TREATMENTS)
    closed = page.locator("details.hs-source:not([open])")
    total = closed.count()
    assert total > 0
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
    assert page.locator("details.hs-source:not([open])").count() == 0
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    assert page.locator("details.hs-source:not([open])").count() == total
