"""Every page of the published book in headless chromium.

For each page in ``_toc.yml`` (plus search.html): no request leaves 127.0.0.1, no console or
page errors, every chart is drawn as SVG with Dutch number formats, and every control bound to
a chart (slider, drop-down, radio buttons, check box) redraws its chart when moved; a chapter
offers its notebook (.ipynb) for download. A full-page screenshot of each page goes to
``artifacts/screenshots/`` (not in git) to look at.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hielspoor.chapters import toc_documents

pytestmark = [pytest.mark.browser, pytest.mark.book]

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
# Console messages that may appear on a page. Empty on purpose: the theme's
# "Got invalid theme mode" (fixed with html_context.default_mode), the favicon 404 (fixed
# with html.favicon) and sphinx-thebe's double declaration (dropped in hielspoor.book)
# are gone. Add an entry only for something unavoidable, with the reason next to it.
ALLOWED_CONSOLE_ERRORS: tuple[str, ...] = ()

# Bound controls of one chart (vega-embed puts them in .vega-bindings inside the chart div).
CONTROLS = "input[type=range], select, input[type=radio], input[type=checkbox]"
SVG_CHANGED = "c => c.querySelector('svg').innerHTML !== c.__hsBefore"


def toc_pages(root: Path = ROOT) -> list[str]:
    """The HTML path of every page in _toc.yml, in book order, plus search.html."""
    return [f"{name}.html" for name in toc_documents(root)] + ["search.html"]


PAGES = toc_pages()


def screenshot_name(relpath: str) -> str:
    """``notebooks/01_x.html`` -> ``notebooks_01_x.png``."""
    return Path(relpath).with_suffix("").as_posix().replace("/", "_") + ".png"


def unexpected(messages: list[str]) -> list[str]:
    return [m for m in messages if not any(allowed in m for allowed in ALLOWED_CONSOLE_ERRORS)]


def move(control) -> str:
    """Set ``control`` to another value the way a reader would; return what was done."""
    kind = control.evaluate("el => el.tagName === 'SELECT' ? 'select' : el.type")
    if kind == "range":
        low, high, value = control.evaluate("el => [+el.min, +el.max, +el.value]")
        target = high if value != high else low
        control.fill(f"{target:g}")
        control.dispatch_event("input")
        return f"schuif {value:g} -> {target:g}"
    if kind == "select":
        values = control.evaluate("el => [...el.options].map(o => o.value)")
        current = control.input_value()
        target = next(v for v in values if v != current)
        control.select_option(target)
        return f"keuze {current!r} -> {target!r}"
    if kind == "checkbox":
        control.click()
        return "vinkje omgezet"
    control.check()  # a radio button that was not selected
    return f"keuzerondje {control.get_attribute('value')!r}"


def bound_controls(chart) -> list:
    """The controls of ``chart`` to move: each slider, select and box; per radio group
    the first button that is not selected."""
    controls, groups = [], set()
    for control in chart.locator(CONTROLS).all():
        if control.get_attribute("type") == "radio":
            name = control.get_attribute("name")
            if name in groups or control.is_checked():
                continue
            groups.add(name)
        controls.append(control)
    return controls


@pytest.mark.parametrize("relpath", PAGES)
def test_page_works_offline_without_errors(relpath, open_book_page, page_logs, built_book):
    assert (built_book / relpath).exists(), f"{relpath} staat in _toc.yml maar is niet gebouwd"
    page = open_book_page(relpath)
    log = page_logs[page]
    assert page.evaluate("document.documentElement.lang") == "nl"

    charts = page.locator(".vl-chart")
    drawn = page.evaluate(
        "() => [...document.querySelectorAll('.vl-chart')]"
        ".map(d => d.dataset.vlDrawn === 'true' && !!d.querySelector('svg'))"
    )
    assert all(drawn), f"niet getekend: grafiek {[i for i, ok in enumerate(drawn) if not ok]}"
    for payload in page.locator("script[data-vl-for]").all():
        options = json.loads(payload.text_content())["opt"]
        assert options["formatLocale"]["decimal"] == ",", "grafiek zonder decimale komma"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / screenshot_name(relpath)), full_page=True)

    dead = []
    for index in range(charts.count()):
        chart = charts.nth(index)
        for control in bound_controls(chart):
            chart.evaluate("c => { c.__hsBefore = c.querySelector('svg').innerHTML; }")
            action = move(control)
            try:
                page.wait_for_function(SVG_CHANGED, arg=chart.element_handle(), timeout=3_000)
            except Exception:  # Playwright's TimeoutError: the chart did not change
                dead.append(f"grafiek {index}: {action}")
    assert not dead, f"bedieningselementen die de grafiek niet veranderen: {dead}"

    if relpath.startswith("notebooks/"):  # "Zelf doen": the download button gives the notebook
        link = page.locator("a.btn-download-source-button[href$='.ipynb']")
        assert link.count() == 1, "geen downloadknop voor het notebook"
        response = page.request.get(page.url.rsplit("/", 1)[0] + "/" + link.get_attribute("href"))
        assert response.ok and "cells" in response.json()

    assert not log.external, f"verzoeken naar andere hosts: {log.external}"
    assert not unexpected(log.console_errors), f"consolefouten: {log.console_errors}"
    assert not log.page_errors, f"JavaScript-fouten: {log.page_errors}"


def test_chapter_prints_cleanly(open_book_page, tmp_path):
    """@media print in book/_assets/hielspoor.css: one column, chart drawn, no controls,
    quiz feedback readable on paper."""
    page = open_book_page("notebooks/01_belasting_en_lichaamsgewicht.html")
    margins = {side: "15mm" for side in ("top", "bottom", "left", "right")}
    pdf = page.pdf(format="A4", margin=margins)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert pdf.startswith(b"%PDF") and 3 <= pages <= 15, pages  # 8 A4 pages in 2026
    page.emulate_media(media="print")
    shown = page.evaluate(
        "() => { const seen = s => { const e = document.querySelector(s);"
        " return !!e && e.getBoundingClientRect().height > 0; };"
        " return {sidebar: seen('.bd-sidebar-primary'), header: seen('.bd-header'),"
        " controls: seen('.vl-chart .vega-bindings'), chart: seen('.vl-chart svg'),"
        " feedback: seen('.hs-quiz-option > p'), toc: seen('#jb-print-toc')}; }"
    )
    assert shown == {
        "sidebar": False, "header": False, "controls": False,
        "chart": True, "feedback": True, "toc": True,
    }  # fmt: skip


def test_first_visit_has_no_console_errors(open_book_page, page_logs):
    """A reader's first visit (nothing in localStorage yet): the theme used to log
    'Got invalid theme mode' then; html_context.default_mode in _config.yml prevents it."""
    page = open_book_page("book/intro.html")
    page.evaluate("localStorage.clear(); sessionStorage.clear()")
    page_logs[page].console_errors.clear()
    page.reload(wait_until="networkidle")
    assert page.evaluate("localStorage.getItem('mode')") == "auto"
    assert not unexpected(page_logs[page].console_errors), page_logs[page].console_errors
