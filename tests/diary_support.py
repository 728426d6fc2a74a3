"""Helpers shared by the diary tests."""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import pandas as pd

from hielspoor import diary, fileio
from hielspoor.data import example_path
from tests.widget_support import walk

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


def run_processes(
    target: Callable[..., None], arguments: list[tuple], *, timeout_s: float = 300
) -> None:
    """Run ``target`` in one real process per argument tuple (spawned), all at once."""
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=target, args=args) for args in arguments]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout_s)
        assert worker.exitcode == 0


def hold_lock(path: str, ready: Any, release: Any) -> None:
    """Hold the diary's lock (in another process) until ``release`` is set."""
    with fileio.file_lock(path):
        ready.set()
        release.wait(60)


@contextmanager
def lock_held_elsewhere(path: Path) -> Iterator[None]:
    """Let another real process hold the lock of ``path`` while the block runs."""
    context = multiprocessing.get_context("spawn")
    ready, release = context.Event(), context.Event()
    holder = context.Process(target=hold_lock, args=(str(path), ready, release))
    holder.start()
    try:
        assert ready.wait(60)
        yield
    finally:
        release.set()
        holder.join(60)


def saved_form(path: Path) -> dict[str, widgets.Widget]:
    """The diary form's controls after one first save of the default entry on 05-03-2026."""
    from hielspoor.widgets import diary as diary_widgets

    form = diary_widgets.diary_form(path, today=dt.date(2026, 3, 5))
    parts = controls(form, "hs-dagboek-")
    parts["opslaan"].click()
    assert "Opgeslagen" in parts["melding"].value
    return parts


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
