"""A ``<meta name="description">`` for every page: its first paragraph, shortened."""

from __future__ import annotations

from typing import Any

from docutils import nodes

MAX_CHARS = 155


def first_paragraph(doctree: nodes.Node) -> str:
    """Return the text of the first paragraph of ``doctree`` that is not empty."""
    for paragraph in doctree.findall(nodes.paragraph):
        text = " ".join(paragraph.astext().split())
        if len(text) > 20:
            return text
    return ""


def describe(text: str, *, max_chars: int = MAX_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``max_chars`` characters (with "…")."""
    if len(text) <= max_chars:
        return text
    return text[: max_chars - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def add_description(app: Any, pagename: str, templatename: str, context: dict, doctree) -> None:
    """``html-page-context`` handler: add the description meta tag (escaped)."""
    text = describe(first_paragraph(doctree)) if doctree is not None else ""
    if not text:
        text = str(app.config.project)
    value = text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    context["metatags"] = context.get("metatags", "") + (
        f'\n<meta name="description" content="{value}" />'
    )
