"""Shared test set-up: paths and the altair renderer used by the package."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The built book; HIELSPOOR_BOOK_HTML points the tests at another build folder.
BUILD_HTML = Path(os.environ.get("HIELSPOOR_BOOK_HTML", ROOT / "_build" / "html"))


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The built book; fails with a hint when `make book` has not run."""
    if not (BUILD_HTML / "index.html").exists():
        pytest.fail("Het boek is nog niet gebouwd: run eerst `make book`.")
    return BUILD_HTML
