"""Chapter 07 in real JupyterLab: run the notebook, add a day with the form, see it saved.

Uses the lead's fixtures (tests/browser/conftest.py): ``open_lab_notebook`` opens the
notebook in a JupyterLab whose environment sets ``HIELSPOOR_DAGBOEK`` to a scratch file,
so the form writes there and never into the repository.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hielspoor import diary

pytestmark = [pytest.mark.browser, pytest.mark.lab]

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


def test_diary_form_adds_entry_to_file_and_chart(open_lab_notebook, run_all, lab_server):
    diary_file = Path(lab_server["dir"]) / "notebooks" / "test_dagboek.csv"
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
    page.wait_for_timeout(500)
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
