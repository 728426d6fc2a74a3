"""The display layer: Dutch formatting, the one table renderer, disclaimers, palette."""

import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

from hielspoor.display import VEGA_LITE_MIME, disclaimers, palette
from hielspoor.display.format import format_date, format_number, format_range, weekday_nl
from hielspoor.display.tables import Html, table_html

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (24.7, 1, "24,7"),
        (1234567.891, 2, "1.234.567,89"),
        (0, None, "0"),
        (-0.01, 1, "0,0"),
        (-2.5, 1, "-2,5"),
        (float("nan"), 1, "onbekend"),
        (10**400, None, "10" + ".000" * 133),
    ],
)
def test_format_number(value, decimals, expected):
    assert format_number(value, decimals=decimals) == expected


def test_format_range_and_dates():
    assert format_range(0, 2, joiner=" tot en met ") == "0 tot en met 2"
    assert format_range(1.25, 2, decimals=2, unit="kg") == "1,25–2,00 kg"
    assert format_date(pd.Timestamp("2026-12-31 23:59")) == "31-12-2026"
    assert format_date(dt.datetime(2026, 1, 2, 3, 4)) == "02-01-2026"
    assert format_date(pd.NaT) == "" and format_date(None) == "" and format_date(float("nan")) == ""
    assert weekday_nl(dt.date(2026, 3, 8)) == "zo" and weekday_nl(pd.NaT) == ""
    with pytest.raises(TypeError):
        format_date("02-03-2026")


def test_table_html_escapes_every_cell_header_and_caption():
    frame = pd.DataFrame({"<b>": ["<script>alert(1)</script>", None], "n": [2.5, float("nan")]})
    text = table_html(frame, caption='<img src=x onerror="1">', label='a"b')
    assert "<script>" not in text and "<b>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text and 'id="a&quot;b"' in text
    assert "<td>2,5</td>" in text and text.count("<td></td>") == 2
    assert text.count("<tr>") == 3  # header row + 2 rows


def test_table_html_selects_and_renames_columns_in_order():
    frame = pd.DataFrame({"a": [1], "b": [2], "c": [3]})
    text = table_html(frame, {"c": "Derde", "a": "Eerste"}, css_class="hs-plan")
    assert re.findall(r"<th[^>]*>(\w+)</th>", text) == ["Derde", "Eerste"]
    assert "<td>3</td><td>1</td>" in text and '<table class="hs-plan">' in text
    assert "<caption>" not in text
    with pytest.raises(KeyError):
        table_html(frame, {"x": "X"})


def test_html_output_object():
    block = Html("<p>x</p>")
    assert block._repr_html_() == "<p>x</p>" and block.data == "<p>x</p>"


def test_red_flag_page_has_the_title_and_label_the_disclaimers_use():
    page = (ROOT / disclaimers.RED_FLAGS_PAGE).read_text(encoding="utf-8")
    assert f"({disclaimers.RED_FLAGS_LABEL})=" in page
    assert f"# {disclaimers.RED_FLAGS_TITLE}" in page
    # Both links resolve from a notebook: the .md in JupyterLab, the .html in the book.
    lab = (ROOT / "notebooks" / disclaimers.RED_FLAGS_HREF["lab"]).resolve()
    assert lab == (ROOT / disclaimers.RED_FLAGS_PAGE).resolve()
    assert disclaimers.RED_FLAGS_HREF["book"] == "../" + disclaimers.RED_FLAGS_PAGE[:-3] + ".html"


def test_disclaimer_links_the_red_flags_and_escapes_the_lead():
    text = disclaimers.disclaimer_html(target="lab", lead="<b>Let op</b>")
    assert "&lt;b&gt;Let op&lt;/b&gt;" in text
    assert '<a href="../book/rode_vlaggen.md">‘Wanneer naar de huisarts?’</a>' in text
    assert disclaimers.DISCLAIMER in text


def test_no_other_disclaimer_or_page_name_in_the_package():
    """One disclaimer text: no module spells it (or the old page name) itself."""
    offenders = []
    for path in (ROOT / "hielspoor").rglob("*.py"):
        if path.parent.name == "display":
            continue
        text = path.read_text(encoding="utf-8")
        if (
            "geen diagnose" in text
            or "‘Rode vlaggen’" in text
            or "Wanneer naar de huisarts" in text
        ):
            offenders.append(path.name)
    assert offenders == []


def test_one_copy_of_the_vega_lite_mime_string():
    copies = [
        path.name
        for path in (ROOT / "hielspoor").rglob("*.py")
        if '"application/vnd.vegalite' in path.read_text(encoding="utf-8")
    ]
    assert copies == ["__init__.py"] and VEGA_LITE_MIME.endswith("v5+json")


def test_palette_is_used_by_the_charts():
    from hielspoor import charts

    assert charts.ZONE_COLORS is palette.ZONE_COLORS and charts.COLORS is palette.COLORS
