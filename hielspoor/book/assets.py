"""Which scripts a page of the book loads: only what that page uses.

* Charts: a page whose HTML holds ``class="vl-chart"`` (a stored chart) or ``data-hs-vega``
  (a page's own tool that draws with vega, e.g. the diary) loads ``vl-init.js``; that script
  loads the vendored vega runtime on demand (``window.hielspoorVega()``). No other page does.
* Thebe: Jupyter Book 1 always adds sphinx-thebe, whose inline config names a CDN and is
  declared twice (a console error). The book has no live-code button, so it goes.
* Search: the theme loads the search index (``searchindex.js``, ~100 KB) on every page for a
  "search as you type" the book does not use; only ``search.html`` needs it
  (``book/_templates/theme/layout.html``).
"""

from __future__ import annotations

from typing import Any

CHART_MARKERS = ('class="vl-chart"', "data-hs-vega")
# (file under html_static_path, load priority, attributes)
CHART_SCRIPTS = (("vl-init.js", 900, {"defer": "defer"}),)
# Scripts of extensions that no page of the book uses.
UNUSED_SCRIPTS = ("sphinx-thebe.js", "clipboard.min.js", "copybutton.js")
# Code is folded behind "toon code" (cells.py); the copy button is not needed.
UNUSED_CSS = ("sphinx-thebe.css", "copybutton.css")
# sphinx-design's files, only on pages that use it.
DESIGN_CSS, DESIGN_JS = "sphinx-design.min.css", "design-tabs.js"


def _filename(script: Any) -> str:
    return getattr(script, "filename", None) or ""


def _is_unused(script: Any) -> bool:
    """Whether ``script`` is thebe's loader or config, or a script the book does not use."""
    body = (getattr(script, "attributes", None) or {}).get("body", "")
    return _filename(script).endswith(UNUSED_SCRIPTS) or "THEBE_JS_URL" in body


def uses_vega(body: str) -> bool:
    """Whether a page's HTML body holds a chart or a tool that asks for vega."""
    return any(marker in body for marker in CHART_MARKERS)


def page_scripts(app: Any, pagename: str, templatename: str, context: dict, doctree: Any):
    """``html-page-context`` handler: drop unused scripts; add the chart script where needed."""
    scripts = context.get("script_files")
    if isinstance(scripts, list):
        scripts[:] = [script for script in scripts if not _is_unused(script)]
    css = context.get("css_files")
    if isinstance(css, list):
        css[:] = [sheet for sheet in css if not _filename(sheet).endswith(UNUSED_CSS)]
    body = context.get("body", "")
    if 'class="sd-' not in body and isinstance(css, list):  # sphinx-design: cards, tabs
        css[:] = [sheet for sheet in css if not _filename(sheet).endswith(DESIGN_CSS)]
    if "sd-tab" not in body and isinstance(scripts, list):
        scripts[:] = [script for script in scripts if not _filename(script).endswith(DESIGN_JS)]
    if uses_vega(body):
        for filename, priority, attributes in CHART_SCRIPTS:
            app.add_js_file(filename, priority=priority, **attributes)
