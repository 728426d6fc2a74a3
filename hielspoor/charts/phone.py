"""A chart's own narrow layout for phones, stored inside the chart's spec.

The book (:mod:`hielspoor.book.charts`) draws every stored chart twice at build time: as
stored ("wide") and narrow, and shows the narrow one when the chart's box is narrower than
the wide picture (a phone). Without help it makes the narrow layout by capping view widths
and stacking side-by-side views; that cannot shorten a long label or a line of text. A
chart that knows better builds its phone layout itself and stores it with
:func:`with_narrow_layout`, in ``usermeta`` (Vega-Lite ignores it; JupyterLab draws the
wide layout).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import TypeVar

import altair as alt

from hielspoor.display import NARROW_LAYOUT_KEY

PHONE_WIDTH_PX = 300
"""Widest phone layout: a 360 px phone gives a chart 328 px; browsers measure text a bit
wider than the build does."""
PHONE_VIEW_PX = 230
"""Width of a plot in a phone layout: with a y axis it stays within :data:`PHONE_WIDTH_PX`."""
PHONE_FONT_PX = 12
"""Smallest text in a phone layout (the course theme's axis labels)."""

Chart = TypeVar("Chart", bound=alt.TopLevelMixin)


def with_narrow_layout(wide: Chart, narrow: alt.TopLevelMixin) -> Chart:
    """Return ``wide`` carrying ``narrow`` as its phone layout.

    Datasets both layouts use are stored once (the wide spec's); the narrow layout keeps
    only the datasets of its own. It gets the wide layout's description if it has none.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = pd.DataFrame({"x": [1, 2]})
    >>> wide = alt.Chart(rows).mark_point().encode(x="x:Q").properties(width=480)
    >>> chart = with_narrow_layout(wide, wide.properties(width=PHONE_VIEW_PX))
    >>> spec = chart.to_dict()
    >>> narrow = spec["usermeta"][NARROW_LAYOUT_KEY]
    >>> narrow["width"], "datasets" in narrow
    (230, False)
    """
    wide_spec = wide.to_dict()
    shared = set(wide_spec.get("datasets", {}))
    layout = narrow.to_dict()
    layout.pop("$schema", None)
    if "description" in wide_spec:  # what a screen reader hears is the same in both
        layout.setdefault("description", wide_spec["description"])
    own = {name: rows for name, rows in layout.pop("datasets", {}).items() if name not in shared}
    if own:
        layout["datasets"] = own
    return wide.properties(usermeta={NARROW_LAYOUT_KEY: layout})


_GLUE = "\u2060"  # a word joiner: textwrap keeps "≥ 4" together, then it becomes a space
_GLUED = re.compile(r"([≤≥<>=]) ")
LINE_BREAK = "\n"
"""Line break inside a label: axis labels split on it (:data:`SPLIT_LINES`), text marks
draw it with ``lineBreak``."""
SPLIT_LINES = "split(datum.label, '\\n')"
"""``labelExpr`` that draws a label with :data:`LINE_BREAK` as several lines."""


def wrap_label(text: str, *, chars: int, keep: str | None = " · ") -> str:
    r"""``text`` in lines of at most ``chars`` characters, joined by :data:`LINE_BREAK`.

    ``keep`` separates parts that each start a new line (e.g. factor and study); ``None``
    wraps the whole text. A comparison such as ``≥ 4`` stays on one line.

    Examples
    --------
    >>> wrap_label("Grootste deel van de werkdag staan · Riddle 2003", chars=18)
    'Grootste deel van\nde werkdag staan\nRiddle 2003'
    >>> wrap_label("Pronerende voetstand (FPI ≥ 4)", chars=24, keep=None)
    'Pronerende voetstand\n(FPI ≥ 4)'
    """
    parts = [text] if keep is None else text.split(keep)
    lines = [
        line.replace(_GLUE, " ")
        for part in parts
        for line in textwrap.wrap(
            _GLUED.sub(r"\1" + _GLUE, part), width=chars, break_on_hyphens=False
        )
        or [""]
    ]
    return LINE_BREAK.join(lines)


def row_labels(base: alt.Chart, *, y: alt.Y, field: str, top_px: int = 28) -> alt.Chart:
    """Each row's label as text above its marks, the full width of the chart.

    For a phone layout without a y axis: give the row's own marks ``yOffset`` of about
    half a line and the rows a step of 2 lines more than the marks need. Vega draws a text of
    several lines (:data:`LINE_BREAK`) downwards, so the label starts ``top_px`` above the
    row's centre.
    """
    return base.mark_text(
        align="left",
        baseline="top",
        dy=-top_px,
        lineBreak=LINE_BREAK,
        fontSize=PHONE_FONT_PX,
        color="black",
    ).encode(x=alt.value(0), y=y, text=f"{field}:N")


LINE_PX = 15
"""Height of one line of :data:`PHONE_FONT_PX` text (vega's line height for 12 px)."""


def label_rows(labels: Iterable[str], *, mark_px: int) -> tuple[int, int, int]:
    r"""Row step, label top and mark offset (px) for :func:`row_labels` with these labels.

    Rows are as tall as the longest label (in lines of :data:`LINE_BREAK`) plus the marks
    (``mark_px`` high) under it. Returns (``alt.Step`` of the rows, ``top_px`` for
    :func:`row_labels`, ``yOffset`` of the row's marks).

    Examples
    --------
    >>> label_rows(["een", "twee\nregels"], mark_px=16)
    (60, 28, 12)
    """
    lines = max((label.count(LINE_BREAK) + 1 for label in labels), default=1)
    label_px = LINE_PX * lines
    step = label_px + mark_px + 14  # 4 px above the label, 10 px below the marks
    top = step // 2 - 2
    return step, top, -top + label_px + 2 + mark_px // 2
