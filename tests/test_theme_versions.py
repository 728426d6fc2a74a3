"""The theme templates copied into book/_templates match the installed theme versions.

``book/_templates/theme-origins.csv`` records, for every override, the theme, its version and
the SHA-256 of the theme's own file the override was made from. An upgraded theme (another
version, or a changed original) fails here: compare the override with the new original,
then update the row.
"""

from __future__ import annotations

import csv
import hashlib
import re
from importlib import metadata
from importlib.resources import files

import pytest

from tests.conftest import ROOT

TEMPLATES = ROOT / "book" / "_templates"
ORIGINS = list(csv.DictReader((TEMPLATES / "theme-origins.csv").open(encoding="utf-8")))
PACKAGES = {"pydata-sphinx-theme": "pydata_sphinx_theme", "sphinx-book-theme": "sphinx_book_theme"}
# "Override of <theme> <version> <file>"; a layout override may name the parent theme too:
# "Override of sphinx-book-theme 1.3.0 / pydata-sphinx-theme 0.17.1 layout.html".
HEADER = re.compile(r"Override of (\S+) (\S+) (?:/ \S+ \S+ )?(\S+\.html)")


def _locked(name: str) -> str:
    lock = (ROOT / "requirements.txt").read_text(encoding="utf-8")
    match = re.search(rf"^{re.escape(name)}==([^\s;\\]+)", lock, flags=re.MULTILINE)
    assert match, f"{name} is not in the lock"
    return match.group(1)


def test_every_override_is_recorded():
    overrides = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html")}
    assert overrides == {row["override"] for row in ORIGINS}


@pytest.mark.parametrize("row", ORIGINS, ids=lambda r: r["override"])
def test_override_was_made_from_the_installed_theme(row):
    theme, version = row["theme"], row["version"]
    assert metadata.version(theme) == version, f"{theme} upgraded: check {row['override']}"
    assert _locked(theme) == version
    header = HEADER.search((TEMPLATES / row["override"]).read_text(encoding="utf-8")[:500])
    assert header and header.groups() == (theme, version, row["original"])
    original = files(PACKAGES[theme]) / "theme" / PACKAGES[theme] / row["original"]
    assert hashlib.sha256(original.read_bytes()).hexdigest() == row["original_sha256"]
