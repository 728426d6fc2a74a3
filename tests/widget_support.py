"""Find ipywidgets by what a user sees (descriptions, texts), not by position or private traits."""

from __future__ import annotations

from collections.abc import Iterator

import ipywidgets as widgets


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    """Every widget in the tree under ``widget``, itself first."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def by_description(root: widgets.Widget, description: str) -> widgets.Widget:
    """The one widget under ``root`` labelled ``description``."""
    found = [w for w in walk(root) if getattr(w, "description", None) == description]
    assert len(found) == 1, f"{len(found)} widgets labelled {description!r}"
    return found[0]


def message_next_to(root: widgets.Widget, description: str) -> widgets.HTML:
    """The message shown next to the field labelled ``description`` (in the same row)."""
    field = by_description(root, description)
    for box in walk(root):
        children = getattr(box, "children", ())
        if field in children:
            messages = [c for c in children if isinstance(c, widgets.HTML)]
            assert len(messages) == 1, f"no single message next to {description!r}"
            return messages[0]
    raise AssertionError(f"{description!r} has no row")


def shown_text(root: widgets.Widget) -> str:
    """All text the HTML widgets under ``root`` show, in order."""
    return "\n".join(w.value for w in walk(root) if isinstance(w, widgets.HTML))
