"""The one HTML-table renderer of the course: plain, accessible, every cell escaped.

A table is a :class:`pandas.DataFrame` of what the reader sees (Dutch headers, text
already formatted where it matters); this module only turns it into safe HTML: no
scripts, no styles, no random ids, so stored notebook outputs stay stable.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping

import pandas as pd

from hielspoor.display.format import format_number


def cell_text(value: object) -> str:
    """Text of one cell: ``""`` for a missing value, Dutch decimal comma for floats.

    Examples
    --------
    >>> cell_text(None), cell_text(float("nan")), cell_text(2.5), cell_text(3), cell_text("a")
    ('', '', '2,5', '3', 'a')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float):
        if math.isnan(value):
            return ""
        if value.is_integer() and abs(value) < 1e15:
            return format_number(value, decimals=0)
        return repr(value).replace(".", ",")
    return str(value)


def table_html(
    table: pd.DataFrame,
    columns: Mapping[str, str] | None = None,
    *,
    caption: str = "",
    label: str = "",
    css_class: str = "hs-table",
) -> str:
    """Render a table as a plain, accessible HTML ``<table>``; every cell is escaped.

    Parameters
    ----------
    table
        The data; the index is not shown.
    columns
        Column name -> Dutch header, in display order; default every column, with
        its own name as header.
    caption
        Dutch caption, read out by screen readers; no ``<caption>`` when empty.
    label
        Optional ``id`` of the table element.
    css_class
        Class of the ``<table>`` element (the book's stylesheet targets it).

    Returns
    -------
    str
        HTML, one line per row.

    Examples
    --------
    >>> print(table_html(pd.DataFrame({"a": ["x < y"]}), {"a": "Kolom"}, caption="Test"))
    <table class="hs-table">
    <caption>Test</caption>
    <thead><tr><th scope="col">Kolom</th></tr></thead>
    <tbody>
    <tr><td>x &lt; y</td></tr>
    </tbody>
    </table>
    """
    headers = {str(name): str(name) for name in table.columns} if columns is None else columns
    missing = [name for name in headers if name not in table.columns]
    if missing:
        raise KeyError(f"columns not in the table: {missing}")
    ident = f' id="{html.escape(label)}"' if label else ""
    klass = f' class="{html.escape(css_class)}"' if css_class else ""
    head = "".join(f'<th scope="col">{html.escape(str(title))}</th>' for title in headers.values())
    body = [
        "<tr>" + "".join(f"<td>{html.escape(cell_text(value))}</td>" for value in row) + "</tr>"
        for row in table.loc[:, list(headers)].itertuples(index=False, name=None)
    ]
    lines = [f"<table{klass}{ident}>"]
    if caption:
        lines.append(f"<caption>{html.escape(caption)}</caption>")
    lines += [f"<thead><tr>{head}</tr></thead>", "<tbody>", *body, "</tbody>", "</table>"]
    return "\n".join(lines)


class Html(str):
    """HTML text that a notebook shows as HTML; ``.data`` gives the text (as IPython's).

    Lets models and display code hand HTML to a notebook without importing IPython.

    Examples
    --------
    >>> Html("<b>x</b>")._repr_html_(), Html("<b>x</b>").data
    ('<b>x</b>', '<b>x</b>')
    """

    __slots__ = ()

    @property
    def data(self) -> str:
        """The HTML text."""
        return str(self)

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return "<HTML>"


class Markdown(str):
    """Markdown text that a notebook renders; ``.data`` gives the text (as IPython's).

    Examples
    --------
    >>> Markdown("**x**")._repr_markdown_()
    '**x**'
    """

    __slots__ = ()

    @property
    def data(self) -> str:
        """The Markdown text."""
        return str(self)

    def _repr_markdown_(self) -> str:
        return str(self)

    def __repr__(self) -> str:
        return "<Markdown>"
