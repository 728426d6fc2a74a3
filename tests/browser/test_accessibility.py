"""Accessibility and language of the published book.

* axe-core (vendored: tests/browser/vendor/axe.min.js, version in MANIFEST.txt) on every
  page of the book, after the charts are drawn: no serious or critical violations. The full
  axe result per page goes to ``artifacts/axe/`` (not in git).
* Charts: every stored chart has a Dutch description (its text alternative in the book),
  uses the colour-blind-safe palette, and its controls are native, named, keyboard-operable
  form elements.
* Dutch: the theme's labels, the search page and the exercise labels are Dutch.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hielspoor.charts import COLORS, MIMETYPE
from tests.browser.test_every_page import PAGES, ROOT, screenshot_name

VENDOR = Path(__file__).parent / "vendor"
AXE_JS = VENDOR / "axe.min.js"
AXE_VERSION = "4.14.1"
REPORTS = ROOT / "artifacts" / "axe"
BLOCKING = {"serious", "critical"}
CHAPTER = "notebooks/01_belasting_en_lichaamsgewicht.html"  # sliders, a select and math
# English texts of the theme and Sphinx that the Dutch catalog (book/_locale) replaces.
ENGLISH = [
    "Skip to main content", "Back to top", "Search this book", "Toggle primary sidebar",
    "Toggle secondary sidebar", "Color mode", "On this page", "Link to this heading",
    "previous page", "next page", "Site navigation", "System Settings", "Exercise",
    "Solution", "Show code cell", "Contents",
]  # fmt: skip

browser_book = [pytest.mark.browser, pytest.mark.book]


def run_axe(page) -> list[dict]:
    """Run axe-core on the open page; return its violations."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
        " return {version: axe.version, violations: r.violations}; }"
    )
    assert result["version"] == AXE_VERSION
    return result["violations"]


def summary(violations: list[dict]) -> list[str]:
    return [
        f"{v['impact']} {v['id']} ({v['help']}): "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in violations
    ]


def stored_charts() -> list[tuple[str, int, dict]]:
    """(notebook, cell index, Vega-Lite spec) of every chart stored in notebooks/."""
    charts = []
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        for index, cell in enumerate(cells):
            for output in cell.get("outputs", []):
                spec = output.get("data", {}).get(MIMETYPE)
                if spec is not None:
                    charts.append((notebook.name, index, spec))
    return charts


# --- axe on every page ---------------------------------------------------------------------


def test_axe_is_the_vendored_version():
    manifest = (VENDOR / "MANIFEST.txt").read_text(encoding="utf-8")
    assert f"axe-core {AXE_VERSION}" in manifest
    assert AXE_JS.read_text(encoding="utf-8").startswith(f"/*! axe v{AXE_VERSION}")


@pytest.mark.browser
@pytest.mark.book
@pytest.mark.parametrize("relpath", PAGES)
def test_axe_finds_no_serious_violations(relpath, open_book_page):
    page = open_book_page(relpath)
    violations = run_axe(page)
    REPORTS.mkdir(parents=True, exist_ok=True)
    report = REPORTS / screenshot_name(relpath).replace(".png", ".json")
    report.write_text(json.dumps(violations, indent=1, ensure_ascii=False), encoding="utf-8")
    blocking = [v for v in violations if v["impact"] in BLOCKING]
    assert not blocking, summary(blocking)


@pytest.mark.browser
@pytest.mark.book
def test_axe_dark_mode_chapter(open_book_page):
    """The theme follows the system's dark mode; colours must hold there too."""
    page = open_book_page(CHAPTER)
    page.emulate_media(color_scheme="dark")
    page.wait_for_function("document.documentElement.dataset.theme === 'dark'")
    blocking = [v for v in run_axe(page) if v["impact"] in BLOCKING]
    assert not blocking, summary(blocking)


# --- charts: text alternative, colours, keyboard -------------------------------------------


def test_every_stored_chart_has_a_dutch_description():
    charts = stored_charts()
    assert charts
    missing = [f"{name} cel {index}" for name, index, spec in charts if not spec.get("description")]
    assert not missing, f"grafieken zonder description (tekstalternatief): {missing}"
    short = [f"{name} cel {index}" for name, index, spec in charts if len(spec["description"]) < 40]
    assert not short, f"description te kort om de grafiek te beschrijven: {short}"


def test_stored_charts_use_the_colour_blind_safe_palette():
    """Okabe & Ito (2008) colours from hielspoor.charts.COLORS, or neutral greys."""
    allowed = {color.upper() for color in COLORS.values()}
    other = set()
    for name, _index, spec in stored_charts():
        for color in re.findall(r'"(#[0-9A-Fa-f]{6})"', json.dumps(spec)):
            red, green, blue = color[1:3], color[3:5], color[5:7]
            if color.upper() not in allowed and not red == green == blue:
                other.add(f"{name}: {color}")
    assert not other, f"kleuren buiten het Okabe-Ito-palet: {sorted(other)}"


@pytest.mark.browser
@pytest.mark.book
@pytest.mark.parametrize("relpath", [p for p in PAGES if p.startswith("notebooks/")])
def test_charts_have_text_alternatives_and_keyboard_controls(relpath, open_book_page):
    page = open_book_page(relpath)
    charts = page.evaluate(
        "() => [...document.querySelectorAll('.vl-chart')].map(c => ({"
        " label: c.getAttribute('aria-label') || '', role: c.getAttribute('role'),"
        " controls: [...c.querySelectorAll('.vega-bindings input, .vega-bindings select')]"
        "   .map(e => ({tag: e.tagName, tabIndex: e.tabIndex, disabled: e.disabled,"
        "     name: (e.labels && e.labels.length ? e.labels[0].textContent : '')"
        "       || e.closest('.vega-bind')?.querySelector('.vega-bind-name')?.textContent"
        "       || ''}))}))"
    )
    for number, chart in enumerate(charts):
        assert len(chart["label"]) >= 40 and chart["label"] != "Grafiek", (number, chart)
        assert chart["role"] in {"img", "graphics-document"}, (number, chart)
        for control in chart["controls"]:
            assert control["tag"] in {"INPUT", "SELECT"} and control["tabIndex"] >= 0, control
            assert not control["disabled"] and control["name"].strip(), control


@pytest.mark.browser
@pytest.mark.book
def test_slider_works_with_the_keyboard(open_book_page):
    page = open_book_page(CHAPTER)
    chart = page.locator(".vl-chart").first
    slider = chart.locator("input[type=range]").first
    before = chart.locator("svg").inner_html()
    slider.focus()
    assert page.evaluate("document.activeElement.type") == "range"
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    page.wait_for_function(
        "([c, before]) => c.querySelector('svg').innerHTML !== before",
        arg=[chart.element_handle(), before],
        timeout=3_000,
    )


@pytest.mark.browser
@pytest.mark.book
def test_tab_reaches_the_chart_controls(open_book_page):
    page = open_book_page(CHAPTER)
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("!!document.activeElement.closest('.vega-bindings')"):
            break
    else:
        pytest.fail("Met Tab kom je niet bij de schuifregelaars van de grafiek")


# --- Dutch throughout ----------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.book
def test_theme_labels_are_dutch(open_book_page):
    page = open_book_page(CHAPTER)
    texts = page.evaluate(
        "() => { const out = [document.body.innerText];"
        " for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]'))"
        "  out.push(el.getAttribute('aria-label') || '', el.getAttribute('title') || '',"
        "   el.getAttribute('placeholder') || '');"
        " return out.join('\\n'); }"
    )
    assert [word for word in ENGLISH if word in texts] == []
    for dutch in ["Zoeken", "Inhoud", "vorige", "volgende", "Opgave 1", "Oplossing van"]:
        assert dutch in texts, dutch
    assert "Zoek in dit boek..." in texts and "Naar de inhoud" in texts


@pytest.mark.browser
@pytest.mark.book
def test_search_page_is_dutch_and_finds_pages(open_book_page):
    page = open_book_page("search.html?q=hielspoor")
    page.wait_for_function(
        "document.querySelector('#search-results .search-summary')?.innerText.length > 0",
        timeout=10_000,
    )
    results = page.locator("#search-results")
    assert results.locator("h2").first.text_content() == "Zoekresultaten"
    assert re.search(r"Klaar met zoeken: \d+ pagina\('s\) gevonden", results.inner_text())
    # The course's own word: Sphinx's Dutch index and browser must stem it alike.
    assert results.locator("ul.search li").count() > 5


@pytest.mark.browser
@pytest.mark.book
def test_chart_numbers_use_a_decimal_comma(open_book_page):
    page = open_book_page(CHAPTER)
    text = page.locator(".vl-chart svg").first.text_content()
    assert re.search(r"\d,\d", text), "geen decimale komma in de grafiek"
    assert not re.search(r"\b\d+\.\d\b", text), "een decimale punt in de grafiek"
