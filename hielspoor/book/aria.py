"""ARIA fixes in the HTML that docutils writes."""

from __future__ import annotations

from typing import Any


def list_roles(app: Any, pagename: str, templatename: str, context: dict, doctree: Any) -> None:
    """Give the entries of a list of sources the role ``listitem``.

    Docutils marks each entry with the deprecated ARIA role ``doc-biblioentry`` inside a
    ``role="list"``; a list needs ``listitem`` children (axe: aria-required-children).
    """
    if "doc-biblioentry" in context.get("body", ""):
        context["body"] = context["body"].replace('role="doc-biblioentry"', 'role="listitem"')


def plain_summaries(html: str) -> str:
    """Drop myst-nb's English ``aria-label`` on the "toon code" fold-outs.

    Its "Toggle hidden content" hid the visible Dutch text from screen readers (axe:
    label-content-name-mismatch); the summary's own text names it.
    """
    return html.replace('<summary aria-label="Toggle hidden content">', "<summary>")
