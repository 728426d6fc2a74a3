"""Draw stored Vega-Lite charts in the Jupyter Book without any other host.

Two parts, both registered by the package:

* :class:`VegaLiteRenderer`, a myst-nb mime-render plugin (entry point
  ``myst_nb.mime_renderers``): a stored ``application/vnd.vegalite.v5+json``
  output becomes a ``<div class="vl-chart">`` plus the spec as inert JSON.
* :func:`setup`, a Sphinx extension (``sphinx: extra_extensions`` in
  ``_config.yml``): pages that hold a chart load the vendored vega, vega-lite,
  vega-embed and ``vl-init.js`` from ``book/_vendor``; other pages load none.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, ClassVar

from docutils import nodes

from hielspoor.display import VEGA_LITE_MIME

MIME = VEGA_LITE_MIME
CHART_MARKER = 'class="vl-chart"'
# (file under html_static_path, load priority); vl-init.js draws the charts.
CHART_SCRIPTS = (
    ("vega/vega.min.js", 100),
    ("vega/vega-lite.min.js", 101),
    ("vega/vega-embed.min.js", 102),
    ("vl-init.js", 900),
)


def chart_html(spec: dict[str, Any], embed_options: dict[str, Any]) -> str:
    """Return the HTML that stands for one chart: an empty div and its spec as JSON.

    The id is derived from the spec, so the same notebook always gives the same page.
    """
    spec_json = json.dumps(spec, sort_keys=True, ensure_ascii=False)
    chart_id = "vl-" + hashlib.sha1(spec_json.encode("utf-8")).hexdigest()[:12]
    label = spec.get("description") or "Grafiek"
    payload = json.dumps({"spec": spec, "opt": embed_options}, ensure_ascii=False)
    payload = payload.replace("</", "<\\/")
    label = label.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return (
        f'<div class="vl-chart" id="{chart_id}" role="img" aria-label="{label}"></div>\n'
        f'<script type="application/json" data-vl-for="{chart_id}">{payload}</script>'
    )


class VegaLiteRenderer:
    """myst-nb plugin: render stored Vega-Lite 5 outputs as self-hosted charts."""

    mime_priority_overrides: ClassVar[list[tuple[str, str, int | None]]] = [
        ("html", MIME, 5),
        ("dirhtml", MIME, 5),
        ("singlehtml", MIME, 5),
    ]

    @staticmethod
    def handle_mime(renderer: Any, data: Any, inline: bool) -> list[nodes.Element] | None:
        """Return a raw HTML node for a Vega-Lite output, or ``None`` for other outputs."""
        if inline or data.mime_type != MIME:
            return None
        spec = data.content if isinstance(data.content, dict) else json.loads(data.string)
        options = (data.output_metadata or {}).get(MIME, {}).get("embed_options", {})
        return [nodes.raw("", chart_html(spec, options), format="html")]


def _is_thebe(script: Any) -> bool:
    """Whether ``script`` is sphinx-thebe's loader or its config (names a CDN host)."""
    filename = getattr(script, "filename", None) or ""
    body = (getattr(script, "attributes", None) or {}).get("body", "")
    return filename.endswith("sphinx-thebe.js") or "THEBE_JS_URL" in body


def _page_scripts(app: Any, pagename: str, templatename: str, context: dict, doctree: Any):
    """Load the vendored chart scripts only on pages with a chart; drop unused thebe.

    Jupyter Book 1 always adds sphinx-thebe, whose inline config names a CDN and is
    declared twice (a console error). The book has no live-code button, so it goes.
    Docutils marks each entry of a list of sources with the deprecated ARIA role
    ``doc-biblioentry`` inside a ``role="list"``; a list needs ``listitem`` children.
    """
    if "doc-biblioentry" in context.get("body", ""):
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')
    scripts = context.get("script_files")
    if isinstance(scripts, list):
        scripts[:] = [script for script in scripts if not _is_thebe(script)]
    if CHART_MARKER in context.get("body", ""):
        for filename, priority in CHART_SCRIPTS:
            app.add_js_file(filename, priority=priority)


def _dutch_search_language() -> type:
    """Sphinx's Dutch search, with the stemmer its JavaScript (dutch-stemmer.js) uses.

    snowballstemmer 3 renamed the old Dutch stemmer to ``dutch_porter`` and made ``dutch``
    a new algorithm, while Sphinx 7.4's browser side still stems with the old one: the index
    held "hielspoor" and the browser searched "hielspor", so a search found nothing.
    """
    import snowballstemmer
    from sphinx.search.nl import SearchDutch

    algorithm = "dutch_porter" if "dutch_porter" in snowballstemmer.algorithms() else "dutch"

    class SearchDutchLikeTheBrowser(SearchDutch):
        def init(self, options: dict[str, str]) -> None:
            self.stemmer = snowballstemmer.stemmer(algorithm)

    return SearchDutchLikeTheBrowser


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point: connect the per-page script loader; fix the Dutch search."""
    app.connect("html-page-context", _page_scripts)
    app.add_search_language(_dutch_search_language())
    return {"parallel_read_safe": True, "parallel_write_safe": True}
