"""Helpers shared by the diary tests."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import ipywidgets as widgets
import pandas as pd

from hielspoor import diary
from hielspoor.data import example_path

FIXTURES = Path(__file__).parent / "data" / "diary"


def fixture(name: str) -> Path:
    """Path of a diary test file in tests/data/diary."""
    return FIXTURES / name


def digest(path: Path) -> str:
    """SHA-256 of a file, to show it was not changed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def entries_frame(rows: list[dict]) -> pd.DataFrame:
    """Diary frame with canonical dtypes from plain dicts (missing keys are blank)."""
    return diary.frame_from_records(rows)


def example_entries() -> pd.DataFrame:
    """The course's example diary, read as a learner would."""
    return diary.read_pain_diary(example_path("voorbeelddagboek")).entries


def walk(widget: widgets.Widget) -> Iterator[widgets.Widget]:
    """The widget and all widgets inside it."""
    yield widget
    for child in getattr(widget, "children", ()):
        yield from walk(child)


def controls(form: widgets.Widget, prefix: str) -> dict[str, widgets.Widget]:
    """The form's widgets by their CSS class (``hs-dagboek-opslaan`` -> ``opslaan``).

    Read through ``get_state()``, the public state that the browser also receives.
    """
    found = {}
    for widget in walk(form):
        for name in widget.get_state().get("_dom_classes", ()):
            if name.startswith(prefix):
                found[name.removeprefix(prefix)] = widget
    return found
