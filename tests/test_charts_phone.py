"""Charts' own phone layouts (hielspoor.charts.phone): narrow, full-size text, data once."""

from __future__ import annotations

import json
import re

import altair as alt
import pandas as pd
import pytest

from hielspoor import class_data, data
from hielspoor.book import charts as book_charts
from hielspoor.charts import EMBED_OPTIONS, calf, claims, evidence, load, stats, windlass
from hielspoor.charts.phone import PHONE_WIDTH_PX, with_narrow_layout, wrap_label
from hielspoor.display import NARROW_LAYOUT_KEY

CHARTS = {
    "01 belasting": lambda: load.load_calculator_chart(),
    "02 kuitrek": lambda: calf.calf_stretch_chart(),
    "02 lunge-test": lambda: calf.lunge_chart(left_cm=5),  # the longest verdict
    "03 windlas": lambda: windlass.windlass_chart(),
    "03 spanning": lambda: windlass.fascia_tension_chart(),
    "04 forest plot": lambda: evidence.forest_plot(),
    "05 beweringen": lambda: claims.claims_explorer(),
    "06 stappenplan": lambda: evidence.stepped_care_chart(),
    "06 overzicht": lambda: evidence.evidence_overview(),
    "09 odds ratio's": lambda: stats.odds_ratio_chart(
        class_data.risk_factor_table(data.read_table("klascohort"))
    ),
    "09 herstel": lambda: stats.recovery_chart(
        class_data.recovery_curves(data.read_table("klascohort"))
    ),
}


def _pictures(chart: alt.TopLevelMixin) -> tuple[float, float, str]:
    """(wide px, narrow px, narrow SVG) as the book draws them at build time."""
    spec = json.dumps(chart.to_dict(), sort_keys=True, ensure_ascii=False)
    wide, narrow, *_ = book_charts._convert(spec, json.dumps(EMBED_OPTIONS, sort_keys=True))
    return book_charts._svg_width(wide), book_charts._svg_width(narrow), narrow


@pytest.mark.parametrize("name", list(CHARTS))
def test_phone_layout_fits_a_phone_without_scaling(name):
    wide_px, narrow_px, narrow_svg = _pictures(CHARTS[name]())
    assert narrow_px <= PHONE_WIDTH_PX < wide_px, (wide_px, narrow_px)
    assert len(narrow_svg) <= book_charts.NARROW_PICTURE_MAX_CHARS  # the book shows it
    sizes = [float(size) for size in re.findall(r'font-size="(\d+)px"', narrow_svg)]
    assert sizes and min(sizes) >= 11  # axis, legend and readout text at the theme's size


def test_phone_layout_keeps_controls_and_shares_the_data():
    spec = load.load_calculator_chart().to_dict()
    narrow = book_charts.narrow_spec(spec)
    assert [p["name"] for p in narrow["params"]] == [p["name"] for p in spec["params"]]
    assert NARROW_LAYOUT_KEY not in json.dumps(book_charts.without_narrow_layout(spec))
    assert "datasets" not in spec["usermeta"][NARROW_LAYOUT_KEY]  # stored once, in the spec
    assert narrow["datasets"] == spec["datasets"]
    assert narrow["description"] == spec["description"]


def test_the_live_chart_is_compiled_without_the_phone_layout():
    spec = json.dumps(calf.lunge_chart().to_dict(), sort_keys=True, ensure_ascii=False)
    _, _, live, live_narrow = book_charts._convert(spec, json.dumps(EMBED_OPTIONS))
    assert NARROW_LAYOUT_KEY not in json.dumps(live)
    assert live_narrow["width"] < live["width"]


def test_own_data_of_the_phone_layout_is_kept():
    rows = pd.DataFrame({"x": [1, 2]})
    wide = alt.Chart(rows).mark_point().encode(x="x:Q")
    other = alt.Chart(pd.DataFrame({"x": [3]})).mark_point().encode(x="x:Q")
    spec = with_narrow_layout(wide, other).to_dict()
    narrow = book_charts.narrow_spec(spec)
    assert len(narrow["datasets"]) == 2
    assert [row["x"] for row in narrow["datasets"][narrow["data"]["name"]]] == [3]


def test_a_chart_without_own_phone_layout_is_still_narrowed():
    spec = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q").to_dict()
    assert book_charts.narrow_spec(spec)["width"] == book_charts.NARROW_VIEW_PX


@pytest.mark.parametrize(
    ("text", "chars", "keep", "lines"),
    [
        ("Pronerende voetstand (FPI ≥ 4) · Irving 2007", 24, " · ",
         ["Pronerende voetstand", "(FPI ≥ 4)", "Irving 2007"]),
        ("Beperkte enkel-dorsaalflexie (lunge-test)", 30, None,
         ["Beperkte enkel-dorsaalflexie", "(lunge-test)"]),
        ("kort", 10, None, ["kort"]),
    ],
)  # fmt: skip
def test_wrap_label_keeps_comparisons_and_hyphenated_words_whole(text, chars, keep, lines):
    wrapped = wrap_label(text, chars=chars, keep=keep)
    assert wrapped.split("\n") == lines
    assert "\u2060" not in wrapped


def test_narrow_picture_gets_room_for_a_wider_font():
    spec = calf.lunge_chart(left_cm=5).to_dict()
    html = book_charts.chart_html(spec, EMBED_OPTIONS)
    payload = json.loads(re.search(r"<script[^>]*>(.*)</script>", html, re.S).group(1))
    _, narrow_px, _ = _pictures(calf.lunge_chart(left_cm=5))
    assert payload["size"]["narrow"] == min(
        book_charts.PHONE_CONTENT_PX, round(narrow_px * (1 + book_charts.TEXT_ROOM))
    )
    narrow = re.search(r"<svg[^>]*data-vl-narrow[^>]*>", html).group(0)
    assert f'viewBox="0 0 {payload["size"]["narrow"]:g} ' in narrow
