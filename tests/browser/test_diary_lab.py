"""Chapter 07 in the browser: the form in real JupyterLab, the static chart in the book.

Uses the fixtures in tests/browser/conftest.py: ``open_lab_notebook`` opens the
notebook in a JupyterLab whose environment sets ``HIELSPOOR_BESTANDEN`` to a scratch folder,
so the form writes there and never into the repository; ``open_book_page`` serves the
built book and fails the test if the page asked another host for anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hielspoor import diary
from tests.browser.waits import KERNEL_IDLE, wait_until_changed

pytestmark = [pytest.mark.browser]

DAY_ISO = "2026-05-04"
DAY_NL = "04-05-2026"
NOTE = 'browsertest; "hiel" 😬'


def set_slider(page, css_class: str, value: int) -> None:
    """Type a value into an ipywidgets slider's editable read-out and confirm it."""
    readout = page.locator(f".{css_class} .widget-readout")
    readout.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(str(value))
    page.keyboard.press("Enter")


@pytest.mark.lab
def test_diary_form_adds_entry_to_file_and_chart(open_lab_notebook, run_all, lab_server):
    diary_file = Path(lab_server["dir"]) / "mijn_bestanden" / diary.DIARY_NAME
    diary_file.unlink(missing_ok=True)
    page = open_lab_notebook("07_pijndagboek.ipynb")
    run_all(page)
    form = page.locator(".hs-dagboek-formulier")
    form.wait_for(timeout=60_000)
    assert not diary_file.exists()  # showing the form writes nothing

    date_input = page.locator(".hs-dagboek-datum input[type=date]")
    date_input.fill(DAY_ISO)
    date_input.dispatch_event("change")
    set_slider(page, "hs-dagboek-eerste-stap", 4)
    set_slider(page, "hs-dagboek-activiteit", 3)
    page.locator(".hs-dagboek-notities textarea").fill(NOTE)
    page.locator(".hs-dagboek-notities textarea").dispatch_event("change")
    page.locator(".hs-dagboek-stappen input").fill("8.500")
    page.locator(".hs-dagboek-stappen input").dispatch_event("change")
    # The kernel has every new value once it is idle: ipywidgets sends (or flushes its
    # buffered) state updates before the click, over the same connection.
    page.wait_for_function(KERNEL_IDLE, timeout=20_000, polling=100)
    page.locator("button.hs-dagboek-opslaan").click()

    message = page.locator(".hs-dagboek-melding")
    message.get_by_text(f"Opgeslagen: {DAY_NL}").wait_for(timeout=20_000)
    # The chart in the form is redrawn from the file: its description names the new day.
    chart = form.locator(f'[aria-label*="tot en met {DAY_NL} (1 dag)"]')
    chart.first.wait_for(timeout=20_000)

    result = diary.read_pain_diary(diary_file)
    assert result.ok
    row = result.entries.iloc[-1]
    assert row["datum"].strftime("%d-%m-%Y") == DAY_NL
    assert (row["pijn_eerste_stap"], row["pijn_activiteit"]) == (4.0, 3.0)
    assert row["stappen"] == 8500
    assert row["notities"] == NOTE

    # Saving the same date again is refused and leaves the file as it was.
    before = diary_file.read_bytes()
    page.locator("button.hs-dagboek-opslaan").click()
    message.get_by_text("staat al een invoer").wait_for(timeout=20_000)
    assert diary_file.read_bytes() == before


@pytest.mark.book
def test_book_diary_chart_has_dutch_tooltips_and_brush_zoom(open_book_page):
    page = open_book_page("notebooks/07_pijndagboek.html")
    chart = page.locator('.vl-chart[aria-label^="Pijndagboek van 05-01-2026"]')
    assert chart.count() == 1
    svg = chart.locator("svg").first
    svg.scroll_into_view_if_needed()
    # Tooltip of a daily point: Dutch date and decimal comma (18-01-2026, mean 4,4).
    # Points of neighbouring days overlap at this width, so a hover at the point's centre can
    # land on the next day: send the pointer events to the point itself, as vega reads them.
    point = chart.locator('g.mark-symbol path[aria-label*="Datum: 18-01-2026"]').first
    point.wait_for(state="attached")
    for event in ("pointerover", "pointermove", "mouseover", "mousemove"):
        point.dispatch_event(event)
    tooltip = page.locator("#vg-tooltip-element")
    tooltip.wait_for(state="visible", timeout=5_000)
    assert "18-01-2026" in tooltip.inner_text()
    assert "7-daags gemiddelde" in tooltip.inner_text()
    # Brush on the overview strip ('overzicht') zooms the detail view.
    before = svg.inner_html()
    box = chart.locator("g[class*=overzicht]").first.bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.4, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    wait_until_changed(svg, before)  # the detail view zoomed
    # No live controls of the JupyterLab-only cells in the static page.
    assert page.locator(".jupyter-widgets").count() == 0
    assert "diary_form(" not in page.content()
