"""The book's front end: charts, per-page scripts, math, icons and fixes for Jupyter Book.

Registered by the package in two ways:

* :class:`VegaLiteRenderer`, a myst-nb mime-render plugin (entry point
  ``myst_nb.mime_renderers``): a stored ``application/vnd.vegalite.v5+json`` output becomes
  a chart drawn as SVG at build time, made interactive by vega (:mod:`.charts`).
* :func:`setup`, the Sphinx extension ``hielspoor.book`` (``sphinx: extra_extensions`` in
  ``_config.yml``): each page loads only the scripts it uses (:mod:`.assets`), formulas are
  MathML (:mod:`.mathml`), icons inline SVG (:mod:`.icons`), code cells folded behind
  "toon code" (:mod:`.cells`), a description per page (:mod:`.meta`), ARIA roles fixed
  (:mod:`.aria`) and the Dutch search stems like its JavaScript (:mod:`.search`).

:func:`toc_documents` (from :mod:`hielspoor.chapters`) lists the documents of ``_toc.yml``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hielspoor.book.aria import list_roles, plain_summaries
from hielspoor.book.assets import page_scripts
from hielspoor.book.cells import FoldCodeCells
from hielspoor.book.charts import MIME, VegaLiteRenderer, chart_html, json_for_script, vega_spec
from hielspoor.book.icons import ICONS_CSS, rewrite_pages
from hielspoor.book.mathml import register as register_mathml
from hielspoor.book.meta import add_description
from hielspoor.book.search import dutch_search_language
from hielspoor.chapters import toc_documents  # kept importable here for older callers

__all__ = [
    "MIME",
    "VegaLiteRenderer",
    "chart_html",
    "json_for_script",
    "setup",
    "toc_documents",
    "vega_spec",
]


def _finish(app: Any, exception: Exception | None) -> None:
    """After an HTML build: inline the icons and fix the fold-outs in every page."""
    if exception is None and app.builder.format == "html":
        rewrite_pages(Path(app.outdir), also=plain_summaries)


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point: connect the page handlers and transforms of the book."""
    app.connect("html-page-context", page_scripts)
    app.connect("html-page-context", list_roles)
    app.connect("html-page-context", add_description)
    app.connect("build-finished", _finish)
    app.add_post_transform(FoldCodeCells)
    app.add_search_language(dutch_search_language())
    app.add_css_file(ICONS_CSS)
    register_mathml(app)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
