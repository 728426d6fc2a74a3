"""The load chapter in the published book: the chart draws and its controls work."""

import pytest

from hielspoor import load
from hielspoor.validation import format_number
from tests.browser.waits import wait_until_changed

pytestmark = [pytest.mark.browser, pytest.mark.book]

PAGE = "notebooks/01_belasting_en_lichaamsgewicht.html"


def chart_state(page):
    chart = page.locator(".vl-chart").first
    return chart.locator("svg").inner_html(), chart.inner_text()


def redrawn(page, before: str) -> str:
    """The chart's SVG once it differs from ``before`` (after a control changed)."""
    return wait_until_changed(page.locator(".vl-chart svg").first, before)


def test_load_chart_draws_offline_with_dutch_numbers(open_book_page):
    page = open_book_page(PAGE)
    svg, text = chart_state(page)
    assert "<path" in svg
    # Default 80 kg, 180 cm: BMI 24,7; walking 863–1.020 N (Keller 1996 factors 1.1–1.3)
    assert "BMI: 24,7 kg/m² (gezond gewicht)" in svg or "BMI: 24,7" in text
    assert "863–1.020 N" in svg


def test_weight_slider_moves_point_and_numbers(open_book_page):
    page = open_book_page(PAGE)
    before, _ = chart_state(page)
    weight = page.locator(".vl-chart input[type=range]").first
    weight.fill("120")
    weight.dispatch_event("input")
    after = redrawn(page, before)
    # 120 kg walking: 1.1*120*9.81 = 1295 N, 1.3*120*9.81 = 1530 N
    assert "1.295–1.530 N" in after
    assert "BMI: 37,0 kg/m² (obesitas)" in after


def test_height_slider_changes_bmi(open_book_page):
    page = open_book_page(PAGE)
    before, _ = chart_state(page)
    height = page.locator(".vl-chart input[type=range]").nth(1)
    height.fill("160")
    height.dispatch_event("input")
    svg = redrawn(page, before)
    # 80 / 1.60² = 31.2 in floats
    expected = format_number(load.bmi(body_mass_kg=80, height_m=1.60), decimals=1)
    assert f"BMI: {expected} kg/m² (obesitas)" in svg


def test_activity_select_switches_band(open_book_page):
    page = open_book_page(PAGE)
    before, _ = chart_state(page)
    page.locator(".vl-chart select").first.select_option("hardlopen")
    after = redrawn(page, before)
    assert "1.570–1.962 N" in after  # 80 kg × 9.81 × 2.0–2.5 (Keller 1996)
