"""The book's citations outside the book: author-year text and full references as HTML.

The book renders ``{cite:p}`key``` and ``{cite:t}`key``` with sphinxcontrib-bibtex
(``bibtex_reference_style: author_year``, ``bibtex_default_style: plain`` in ``_config.yml``).
This module uses the same two styles on the same ``book/references.bib``, so JupyterLab
(:mod:`hielspoor.lab`) shows what the book shows: ``[Hicks, 1954]`` in the text, the full
reference on hover, and the list of the chapter's sources.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pybtex.plugin
from pybtex.richtext import BaseMultipartText, HRef
from sphinxcontrib.bibtex.plugin import find_plugin
from sphinxcontrib.bibtex.richtext import BaseReferenceText
from sphinxcontrib.bibtex.style.referencing import format_references
from sphinxcontrib.bibtex.style.template import SphinxReferenceInfo

from hielspoor.paths import BIB_PATH
from hielspoor.references import _entries, split_keys

#: The styles the book is built with (``_config.yml``; tests/test_citations.py checks).
REFERENCE_STYLE = "author_year"
ENTRY_STYLE = "plain"
#: MyST citation roles and the sphinxcontrib-bibtex role each one is (``{cite}`` is ``p``).
ROLES = {"cite": "p", "cite:p": "p", "cite:t": "t"}
#: ``{cite:p}`a,b``` and the other sphinxcontrib-bibtex roles (``{cite:ps}`` ...).
CITE_ROLE = re.compile(r"\{(cite(?::[a-z]+)?)\}`([^`]+)`")
#: The id of a source in the list under a chapter, for the links in the text.
ANCHOR_PREFIX = "hs-bron-"


@dataclass(frozen=True)
class Citation:
    """One citation in the text: the role (``p`` or ``t``; other roles as written) and keys."""

    role: str
    keys: tuple[str, ...]

    @property
    def id(self) -> str:
        """``role:key1,key2``, the way JupyterLab's extension asks for a citation."""
        return f"{self.role}:{','.join(self.keys)}"


def citations_in(markdown: str) -> list[Citation]:
    """Find the citations in MyST markdown, in order (keys split on ``,`` as the book does).

    Examples
    --------
    >>> [c.id for c in citations_in("zie {cite:p}`a, b` en {cite:t}`c`; {cite}`d`")]
    ['p:a,b', 't:c', 'p:d']
    """
    return [
        Citation(ROLES.get(role, role), tuple(split_keys(keys.replace(",", ";"))))
        for role, keys in CITE_ROLE.findall(markdown)
    ]


def parse_citation_id(value: str) -> Citation:
    """Read ``role:key1,key2`` (see :attr:`Citation.id`); a Dutch ``ValueError`` if malformed.

    Examples
    --------
    >>> parse_citation_id("p:hicks1954,sichting2021").keys
    ('hicks1954', 'sichting2021')
    """
    role, sep, keys = value.partition(":")
    found = tuple(split_keys(keys.replace(",", ";")))
    if not sep or not role or not found:
        raise ValueError(f"Verwijzing {value!r} is niet 'rol:sleutel,sleutel'.")
    return Citation(role, found)


@cache
def _formatted(path: Path) -> dict:
    """Every entry formatted with the book's entry style, in the book's bibliography order."""
    style = pybtex.plugin.find_plugin("pybtex.style.formatting", ENTRY_STYLE)()
    entries = style.sort(_entries(path).values())
    labels = style.format_labels(entries)
    return {
        entry.key: style.format_entry(label, entry)
        for label, entry in zip(labels, entries, strict=True)
    }


def _linked(text):
    """Return the rich text with each reference to a source as a link to its list item."""
    if isinstance(text, BaseReferenceText):
        parts = [_linked(part) for part in text.parts]
        return HRef(f"#{ANCHOR_PREFIX}{text.info[0].citation_id}", *parts)
    if isinstance(text, BaseMultipartText):
        return text._create_similar([_linked(part) for part in text.parts])
    return text


def _plain(formatted) -> str:
    plaintext = pybtex.plugin.find_plugin("pybtex.backends", "plaintext")()
    return formatted.text.render(plaintext).replace("\\url ", "")


def citation_html(citation: Citation, *, path: str | Path = BIB_PATH) -> str | None:
    """Render a citation as the book writes it, as HTML; ``None`` for an unknown key or role.

    Each source links to ``#hs-bron-<key>`` with the full reference as its title (the
    book's tooltip).

    Examples
    --------
    >>> print(citation_html(Citation("p", ("hicks1954",))).split(" title=")[0])
    [<a href="#hs-bron-hicks1954"
    >>> citation_html(Citation("t", ("onbekend",))) is None
    True
    """
    formatted = _formatted(Path(path))
    style = find_plugin("sphinxcontrib.bibtex.style.referencing", REFERENCE_STYLE)()
    if citation.role not in ROLES.values() or not set(citation.keys) <= set(formatted):
        return None
    fake_builder = SimpleNamespace(name="html")
    # The book lists a citation's sources in the bibliography's order, not as written.
    references = [
        (
            _entries(Path(path))[key],
            entry,
            SphinxReferenceInfo(fake_builder, "", "", key, _plain(entry), "", ""),
        )
        for key, entry in formatted.items()
        if key in citation.keys
    ]
    text = _linked(format_references(style, citation.role, references))
    rendered = text.render_as("html")
    for key in citation.keys:  # the book's tooltip: the full reference, as plain text
        anchor = f'<a href="#{ANCHOR_PREFIX}{key}"'
        title = html.escape(_plain(formatted[key]), quote=True)
        rendered = rendered.replace(anchor, f'{anchor} title="{title}"', 1)
    return rendered


def bibliography(keys: list[str] | set[str], *, path: str | Path = BIB_PATH) -> list[dict]:
    """List the known sources among ``keys`` in the book's order, each as HTML and text.

    Examples
    --------
    >>> [entry["key"] for entry in bibliography({"sichting2021", "hicks1954", "onbekend"})]
    ['hicks1954', 'sichting2021']
    """
    formatted = _formatted(Path(path))
    return [
        {"key": key, "html": entry.text.render_as("html"), "text": _plain(entry)}
        for key, entry in formatted.items()
        if key in keys
    ]
