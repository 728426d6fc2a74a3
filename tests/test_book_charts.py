"""The book's chart renderer (hielspoor.book.charts): pictures, live specs, escaping."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from hielspoor.book import VegaLiteRenderer, json_for_script, toc_documents
from hielspoor.book.charts import MIME, narrow_spec

HOSTILE = "<!-- <script>alert(1)</script> & \u2028\u2029 </script><script>"


def chart_spec(note: str = "gewoon") -> dict:
    """A small Vega-Lite chart whose data and description hold ``note``."""
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
        "description": f"Pijn per dag ({note})",
        "data": {"values": [{"dag": 1, "pijn": 3, "notitie": note}, {"dag": 2, "pijn": 5}]},
        "mark": "line",
        "encoding": {"x": {"field": "dag", "type": "quantitative"}, "y": {"field": "pijn"}},
        "width": 400,
    }


def render(spec: dict) -> str:
    """HTML of one stored output through the real myst-nb plugin."""
    data = SimpleNamespace(mime_type=MIME, content=spec, string=json.dumps(spec))
    data.output_metadata = {MIME: {"embed_options": {"formatLocale": {"decimal": ","}}}}
    (node,) = VegaLiteRenderer.handle_mime(None, data, False)
    return node.astext()


def test_json_for_script_escapes_what_changes_the_html_parser():
    text = json_for_script({"a": HOSTILE})
    assert not re.search("[<>&\u2028\u2029]", text)
    assert json.loads(text) == {"a": HOSTILE}


@pytest.mark.parametrize("note", [HOSTILE, "<!--", "<script", "</script>", "\u2028"])
def test_hostile_text_in_a_chart_cannot_break_the_page(note):
    """A note with <!-- then <script inside a chart's JSON dropped the
    chart and everything after it. The page must parse to the chart, its JSON and the
    paragraph that follows, with the note intact in the JSON."""
    html = render(chart_spec(note)) + "\n<p id='after'>verder</p>"
    soup = BeautifulSoup(html, "html.parser")
    payload = soup.find("script", attrs={"data-vl-for": True})
    assert payload is not None and soup.find("p", id="after") is not None
    assert len(soup.find_all("script")) == 1
    data = json.loads(payload.string)
    assert note in json.dumps(data, ensure_ascii=False)
    chart = soup.find("div", class_="vl-chart")
    assert chart["aria-label"] == f"Pijn per dag ({note})"
    assert chart.find("svg") is not None


def test_chart_has_a_static_picture_and_a_compiled_vega_spec():
    html = render(chart_spec())
    soup = BeautifulSoup(html, "html.parser")
    svgs = soup.find("div", class_="vl-static").find_all("svg")
    assert [("data-vl-wide" in s.attrs, "data-vl-narrow" in s.attrs) for s in svgs] == [
        (True, False),
        (False, True),
    ]
    payload = json.loads(soup.find("script").string)
    assert "vega/v5" in payload["spec"]["$schema"] and "marks" in payload["spec"]
    assert payload["spec"]["autosize"]["type"] == "fit-x"  # takes its container's width
    assert payload["opt"]["formatLocale"]["decimal"] == ","
    assert payload["size"]["narrow"] <= 360 < payload["size"]["wide"] + 200


def test_ids_in_the_pictures_are_unique():
    spec = chart_spec() | {"mark": {"type": "line", "clip": True}}
    soup = BeautifulSoup(render(spec), "html.parser")
    ids = [tag["id"] for tag in soup.find_all(id=True)]
    assert len(ids) == len(set(ids))


def test_narrow_layout_stacks_side_by_side_views():
    spec = {"hconcat": [{"mark": "bar", "width": 400}, {"mark": "bar", "width": 300}]}
    narrow = narrow_spec(spec)
    assert "hconcat" not in narrow and [v["width"] for v in narrow["vconcat"]] == [250, 250]
    assert narrow["config"]["legend"]["orient"] == "bottom"
    assert spec["hconcat"][0]["width"] == 400  # the original is not changed


def test_toc_documents_is_importable_from_the_package(root):
    assert toc_documents(root)[0] == "book/intro"
