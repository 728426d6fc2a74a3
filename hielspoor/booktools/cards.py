"""Exercise cards for the book: drawing, dose, how, how often, what to feel, when to stop."""

from __future__ import annotations


def fill_placeholder(body: str, marker: str) -> str:
    """Return ``body`` with the cards placeholder filled (see :func:`cards_html`)."""
    return body
