"""Altair set-up shared by every chart: offline renderer, Dutch locale, course theme.

Importing this package enables altair's ``mimetype`` renderer, which stores charts as
``application/vnd.vegalite.v5+json``: JupyterLab draws that offline from the saved
notebook, and :mod:`hielspoor.book` draws the same JSON in the published book.
"""

from __future__ import annotations

import altair as alt

from hielspoor.display import VEGA_LITE_MIME as MIMETYPE
from hielspoor.display.palette import COLORS, ZONE_COLORS

NL_LOCALE = {"decimal": ",", "thousands": ".", "grouping": [3], "currency": ["€ ", ""]}
NL_TIME_LOCALE = {
    "dateTime": "%a %e %B %Y %X",
    "date": "%d-%m-%Y",
    "time": "%H:%M:%S",
    "periods": ["AM", "PM"],
    "days": ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
    "shortDays": ["zo", "ma", "di", "wo", "do", "vr", "za"],
    "months": [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ],
    "shortMonths": [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
}  # fmt: skip
EMBED_OPTIONS = {"formatLocale": NL_LOCALE, "timeFormatLocale": NL_TIME_LOCALE, "actions": False}

FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"


@alt.theme.register("hielspoor", enable=True)
def course_theme() -> alt.theme.ThemeConfig:
    """Return the Vega-Lite config shared by all course charts."""
    return {
        "config": {
            "font": FONT,
            "view": {"continuousWidth": 480, "continuousHeight": 300, "stroke": None},
            "axis": {"labelFontSize": 12, "titleFontSize": 13, "titleFontWeight": "normal"},
            "legend": {"labelFontSize": 12, "titleFontSize": 13},
            "range": {"category": list(COLORS.values())},
        }
    }


alt.renderers.enable("mimetype", embed_options=EMBED_OPTIONS)

__all__ = ["COLORS", "EMBED_OPTIONS", "MIMETYPE", "ZONE_COLORS", "course_theme", "text_readout"]


def text_readout(base: alt.Chart, lines: list[str], *, width: int, height: int) -> alt.Chart:
    """Lines of text under a chart, one under the other, computed in the browser.

    Each entry of ``lines`` is a Vega expression that gives a string; it may use
    bound parameters and the fields of ``base``'s (single) row, so the text follows
    the controls in JupyterLab and in the static book alike.
    """
    names = [f"regel{number}" for number in range(1, len(lines) + 1)]
    return (
        base.transform_calculate(**dict(zip(names, lines, strict=True)))
        .transform_fold(names, as_=["regel", "tekst"])
        .mark_text(align="left", baseline="top", fontSize=14)
        .encode(text="tekst:N", y=alt.Y("regel:N", axis=None), x=alt.value(0))
        .properties(width=width, height=height)
    )
