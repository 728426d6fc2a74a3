"""Text from a note or a data file cannot break a book page.

A chart whose data and description hold ``<!--``, ``<script>``, ``</script>``, ``&`` and
U+2028 is rendered by the book's real renderer (hielspoor.book.charts) into a page that
loads the book's own vl-init.js and vega; in chromium the chart is drawn, the note is in it
unchanged, no script from the note runs and the paragraph after the chart is still there.
"""

from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import CHARTS_DRAWN, SCROLL_TO_FIRST_CHART
from tests.test_book_charts import HOSTILE, chart_spec, render

pytestmark = [pytest.mark.browser, pytest.mark.book]

PAGE = """<!doctype html><html lang="nl" data-content_root="./"><head><meta charset="utf-8">
<title>test</title><link rel="stylesheet" href="_static/hielspoor.css"></head><body>
<div class="bd-article">{chart}<p id="after">Tekst na de grafiek.</p></div>
<script defer src="_static/vl-init.js"></script></body></html>"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def test_hostile_note_keeps_the_chart_and_the_rest_of_the_page(browser, built_book, tmp_path):
    (tmp_path / "_static").symlink_to(built_book / "_static")
    spec = chart_spec(HOSTILE)
    spec["mark"] = {"type": "line", "point": True, "tooltip": True}
    spec["encoding"]["tooltip"] = {"field": "notitie"}
    (tmp_path / "page.html").write_text(PAGE.format(chart=render(spec)), encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.on("dialog", lambda dialog: (errors.append("alert ran"), dialog.dismiss()))
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/page.html")
        assert page.locator("#after").inner_text() == "Tekst na de grafiek."
        assert page.locator(".vl-chart svg").count() >= 1  # the picture, or the live chart
        page.evaluate(SCROLL_TO_FIRST_CHART)
        page.wait_for_function(CHARTS_DRAWN, timeout=20_000)
        label = page.locator(".vl-chart").get_attribute("aria-label")
        assert label == f"Pijn per dag ({HOSTILE})"
        payload = page.evaluate(
            "() => JSON.parse(document.querySelector('script[data-vl-for]').textContent)"
        )
        notes = [row.get("notitie") for rows in payload["values"].values() for row in rows]
        assert HOSTILE in notes
        # payload, vl-init.js, vega.min.js, vega-tooltip.min.js
        assert page.locator("script").count() == 4
        assert not errors, errors
    finally:
        page.close()
        server.shutdown()
