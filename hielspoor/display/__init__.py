"""Display layer: colours, Dutch formatting, one HTML-table renderer and the disclaimers.

Models may use the pure modules here (``format``, ``palette``, ``disclaimers``) for
Dutch text in messages; nothing in this package imports altair, IPython or ipywidgets,
so importing it never switches on a renderer or theme. Charts and widgets build on it.
"""

from __future__ import annotations

VEGA_LITE_MIME = "application/vnd.vegalite.v5+json"
"""MIME type under which charts are stored in notebooks and drawn by the book."""
NARROW_LAYOUT_KEY = "hielspoorNarrow"
"""Key in a Vega-Lite spec's ``usermeta`` holding the chart's own phone layout."""
