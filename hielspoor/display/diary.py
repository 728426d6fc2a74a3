"""How the diary looks in a notebook: its Dutch text tables as plain, escaped HTML."""

from __future__ import annotations

import pandas as pd

from hielspoor.display.tables import Html, table_html


def html_table(table: pd.DataFrame) -> Html:
    """Show a Dutch text table (e.g. :func:`hielspoor.diary.show_entries`) as HTML.

    Examples
    --------
    >>> html_table(pd.DataFrame({"Datum": ["01-03-2026"]})).data.count("<td>")
    1
    """
    return Html(table_html(table, css_class="hs-tabel"))
