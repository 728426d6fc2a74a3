"""Sphinx extension: the patient tools on the pages that ask for them.

A chapter asks for a tool with a placeholder in a markdown cell, e.g.
``<div class="hs-tool" data-hs-tool="dagboek"></div>``. On such a page this
extension inlines the tool's JSON (:mod:`hielspoor.booktools.payload`) and loads
``hs-regel.js``, ``hs-lezen.js``, ``hs-dagboek.js`` and ``hs-tools.css`` from ``book/_assets``;
``data-hs-tool="kaarten"`` is filled with the exercise cards at build time.
Other pages load nothing.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from hielspoor.booktools import cards, payload

SCRIPTS = (("hs-regel.js", 910), ("hs-lezen.js", 910), ("hs-dagboek.js", 911))
STYLE = "hs-tools.css"
RED_FLAGS_DOC = "book/rode_vlaggen"
TOOLS = {
    "dagboek": ("dagboek",),
    "programma": ("dagboek", "programma"),
}
"""Placeholder name -> the JSON payloads its page needs."""


def marker(tool: str) -> str:
    """Return the attribute that marks a page's placeholder for ``tool``."""
    return f'data-hs-tool="{tool}"'


@cache
def _payload(name: str) -> str:
    build = {"dagboek": payload.diary_payload, "programma": payload.programme_payload}[name]
    return payload.as_script(name, build())


def _page(app: Any, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    body = context.get("body", "")
    if not isinstance(body, str) or "data-hs-tool=" not in body:
        return
    needed: list[str] = []
    for tool, names in TOOLS.items():
        if marker(tool) in body:
            needed += [name for name in names if name not in needed]
    if marker("kaarten") in body:
        static = context["pathto"]("_static/", 1)
        body = cards.fill_placeholder(body, marker("kaarten"), static=static)
    if needed:
        links = {"rode_vlaggen": app.builder.get_relative_uri(pagename, RED_FLAGS_DOC)}
        scripts = [*(_payload(name) for name in needed), payload.as_script("links", links)]
        body += "\n" + "\n".join(scripts)
        for filename, priority in SCRIPTS:
            app.add_js_file(filename, priority=priority)
    app.add_css_file(STYLE)
    context["body"] = body


def setup(app: Any) -> dict[str, Any]:
    """Sphinx entry point (``sphinx: extra_extensions`` in ``_config.yml``)."""
    app.connect("html-page-context", _page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
