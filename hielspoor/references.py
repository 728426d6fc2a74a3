"""The book's bibliography (``book/references.bib``): keys and short Dutch references.

Parsed with pybtex, the library sphinxcontrib-bibtex uses to render the same file.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import latexcodec  # noqa: F401  (registers the "latex" codec pybtex names are written in)
from pybtex.database import parse_file

from hielspoor.paths import BIB_PATH


@cache
def _entries(path: Path) -> dict:
    return dict(parse_file(str(path), bib_format="bibtex").entries)


def bib_keys(path: str | Path = BIB_PATH) -> set[str]:
    """Return the citation keys defined in a BibTeX file.

    Examples
    --------
    >>> {"rathleff2015", "vsg2026"} <= bib_keys()
    True
    """
    return set(_entries(Path(path)))


def split_keys(value: object) -> list[str]:
    """Split a ``;``-separated list of keys or ids, dropping blanks; not text (NaN) gives ``[]``.

    Examples
    --------
    >>> split_keys("nhg; vsg2026;")
    ['nhg', 'vsg2026']
    >>> split_keys(float("nan"))
    []
    """
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(";") if part.strip()]


def _plain(latex: str) -> str:
    r"""BibTeX text as a reader sees it: ``Gr{\"o}ber`` becomes ``Gröber``, braces dropped."""
    return latex.encode("utf-8").decode("latex").replace("{", "").replace("}", "")


def _surname(person) -> str:
    return _plain(" ".join(person.prelast_names + person.last_names))


def short_reference(key: str, *, path: str | Path = BIB_PATH) -> str:
    """Short Dutch reference for a bibtex key, or the key itself when it is unknown.

    One author: ``Naam (jaar)``; two: ``Naam en Naam (jaar)``; more: ``Naam e.a. (jaar)``.

    Examples
    --------
    >>> short_reference("riddle2003")
    'Riddle e.a. (2003)'
    >>> short_reference("grober2017")
    'Gröber e.a. (2017)'
    >>> short_reference("wheeler2014")
    'Wheeler e.a. (2014)'
    >>> short_reference("onbekend")
    'onbekend'
    """
    entry = _entries(Path(path)).get(key)
    if entry is None:
        return key
    people = entry.persons.get("author") or entry.persons.get("editor") or []
    year = entry.fields.get("year", "z.j.")
    if not people:
        name = entry.fields.get("organization") or entry.fields.get("institution") or key
        return f"{_plain(name)} ({year})"
    first = _surname(people[0])
    if len(people) == 2 and _surname(people[1]) == "others":
        return f"{first} e.a. ({year})"
    if len(people) == 2:
        return f"{first} en {_surname(people[1])} ({year})"
    return f"{first}{' e.a.' if len(people) > 2 else ''} ({year})"


def short_references(keys: str) -> str:
    """Short references for a ``;``-separated list of keys, joined with ``; ``.

    Examples
    --------
    >>> short_references("erdemir2004;caravaggi2009")
    'Erdemir e.a. (2004); Caravaggi e.a. (2009)'
    """
    return "; ".join(short_reference(key) for key in split_keys(keys))
