"""ipywidgets user interfaces for JupyterLab; each calls the models in the package.

Shared pieces: how a Dutch error or status message looks next to a field, and how a
widget shows charts in an ``Output`` (without sending them as cell outputs).
"""

from __future__ import annotations

import html

import ipywidgets as widgets

from hielspoor.display.palette import ERROR_COLOR, OK_COLOR

ERROR_STYLE = f'role="alert" style="color:{ERROR_COLOR}"'
OK_STYLE = f'role="status" style="color:{OK_COLOR}"'


def error_html(problem: object) -> str:
    """Return a Dutch error message as an inline, escaped alert for an ``HTML`` widget.

    Examples
    --------
    >>> error_html("Gewicht: '<b>' is geen getal.")
    '<span role="alert" style="color:#B00020">Gewicht: &#x27;&lt;b&gt;&#x27; is geen getal.</span>'
    """
    return f"<span {ERROR_STYLE}>{html.escape(str(problem))}</span>"


def show_charts(output: widgets.Output, *charts: object) -> None:
    """Replace what ``output`` shows by ``charts``.

    The outputs are set on the widget directly instead of ``with output: display(...)``:
    no display messages leak into the cell's own output when a notebook runs headless
    (nbval, nbclient), where the ``with`` form also stalls execution.
    """
    output.outputs = ()
    for chart in charts:
        output.append_display_data(chart)
