"""The load calculator in real JupyterLab: run the chapter, type a weight, read the BMI."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.lab]


def test_calculator_updates_bmi_and_shows_dutch_error(open_lab_notebook, run_all):
    page = open_lab_notebook("01_belasting_en_lichaamsgewicht.ipynb")
    # The interface is Dutch (nl-NL language pack, chosen by scripts/lab_settings.py).
    menus = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert "Bestand" in menus and "Uitvoeren" in menus, menus
    # Stored charts draw before any code runs.
    page.wait_for_selector(".vega-embed svg, .vega-embed canvas", state="attached", timeout=30_000)
    run_all(page)
    form = page.locator(".hs-load-calculator")
    form.wait_for(timeout=30_000)
    # JupyterLab renders cells outside the viewport lazily: show the form, then wait for its text.
    form.scroll_into_view_if_needed()
    page.wait_for_function(
        "() => document.querySelector('.hs-load-calculator').innerText"
        ".includes('24,7 kg/m² (gezond gewicht)')",
        timeout=30_000,
    )

    weight = form.locator("input[type=text]").first
    weight.fill("95")
    weight.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.hs-load-calculator').innerText.includes('29,3 kg/m²')",
        timeout=15_000,
    )  # 95 / 1.80² = 29.3 (overgewicht)
    assert "overgewicht" in form.inner_text()
    form.locator(".vega-embed").first.wait_for(timeout=15_000)  # chart appears after a change

    weight.fill("500")
    weight.press("Enter")
    page.wait_for_function(
        "() => document.querySelector('.hs-load-calculator').innerText.includes('500 kg')",
        timeout=15_000,
    )
    text = form.inner_text()
    assert "Gewicht: 500 kg ligt buiten het bereik van 25 tot 300 kg." in text
    assert "laatste geldige uitkomst" in text
    assert "29,3 kg/m²" in text  # the last valid result stays visible
