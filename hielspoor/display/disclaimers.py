"""The course's one disclaimer and the link to its red-flag page.

The red-flag page is ``book/rode_vlaggen.md`` (MyST label ``rode-vlaggen``) with the
title "Wanneer naar de huisarts?". Markdown cells link it with ``{ref}`rode-vlaggen```;
HTML built by the package links it with :func:`red_flags_link_html`.
"""

from __future__ import annotations

import html
from typing import Literal

RED_FLAGS_TITLE = "Wanneer naar de huisarts?"
"""Title of the red-flag page, the one name every text uses for it."""

RED_FLAGS_LABEL = "rode-vlaggen"
"""MyST label of the red-flag page (``{ref}`rode-vlaggen``` in notebooks and pages)."""

RED_FLAGS_PAGE = "book/rode_vlaggen.md"
"""Source of the red-flag page, relative to the repository root."""

RED_FLAGS_HREF = {"book": "../book/rode_vlaggen.html", "lab": "../book/rode_vlaggen.md"}
"""Link to the red-flag page from a notebook: in the built book, and in JupyterLab."""

DISCLAIMER = "Voor leren, geen diagnose."
"""The course's disclaimer: its tools and models teach, they do not diagnose."""

ALARM_SIGNS = "koorts, een ongeluk, nachtelijke pijn of een gevoelloze voet"
"""Short examples of alarm signs, as the red-flag page lists them."""

RED_FLAGS_NOTE = (
    f"Heb je alarmsignalen, zoals {ALARM_SIGNS}? Lees dan ‘{RED_FLAGS_TITLE}’ "
    "en neem contact op met je huisarts."
)
"""Plain-text pointer to the red-flag page, for messages and advice texts."""

Target = Literal["book", "lab"]


def red_flags_link_html(*, target: Target = "book", text: str = RED_FLAGS_TITLE) -> str:
    """HTML link to the red-flag page from a notebook, for the book or JupyterLab.

    Examples
    --------
    >>> red_flags_link_html()
    '<a href="../book/rode_vlaggen.html">Wanneer naar de huisarts?</a>'
    >>> red_flags_link_html(target="lab")
    '<a href="../book/rode_vlaggen.md">Wanneer naar de huisarts?</a>'
    """
    return f'<a href="{RED_FLAGS_HREF[target]}">{html.escape(text)}</a>'


def red_flags_note_html(*, target: Target = "book") -> str:
    """:data:`RED_FLAGS_NOTE` as HTML, with the page title as a link.

    Examples
    --------
    >>> "rode_vlaggen.md" in red_flags_note_html(target="lab")
    True
    """
    link = red_flags_link_html(target=target, text=f"‘{RED_FLAGS_TITLE}’")
    return html.escape(RED_FLAGS_NOTE).replace(html.escape(f"‘{RED_FLAGS_TITLE}’"), link)


def disclaimer_html(*, target: Target = "lab", lead: str = "") -> str:
    """Return the disclaimer paragraph for a widget or output, with the red-flag link.

    Parameters
    ----------
    target
        ``"lab"`` for widgets (they run in JupyterLab), ``"book"`` for stored outputs.
    lead
        Optional Dutch sentence(s) before the disclaimer, e.g. what a model cannot know.

    Examples
    --------
    >>> disclaimer_html().startswith("<p><em>Voor leren, geen diagnose. Heb je")
    True
    """
    first = f"{html.escape(lead)} " if lead else ""
    return f"<p><em>{first}{DISCLAIMER} {red_flags_note_html(target=target)}</em></p>"
