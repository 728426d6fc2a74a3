"""The diary forms (callbacks driven as a user would)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from hielspoor import diary
from hielspoor.data import DATA_DIR
from hielspoor.validation import InputError
from tests.diary_support import controls as form_controls
from tests.diary_support import fixture
from tests.widget_support import by_description

# --------------------------------------------------------------------------- widgets


def test_diary_form_saves_entry_and_refuses_duplicate(tmp_path):
    from hielspoor.widgets import diary as diary_widgets

    path = tmp_path / "mijn_pijndagboek.csv"
    form = diary_widgets.diary_form(path, today=dt.date(2026, 3, 5))
    controls = form_controls(form, "hs-dagboek-")
    controls["eerste-stap"].value = 4
    controls["activiteit"].value = 3
    controls["notities"].value = 'zei "stop"; 😬'
    exercise = by_description(form, "hielheffen")
    exercise.value = True
    controls["opslaan"].click()
    assert "Opgeslagen: 05-03-2026" in controls["melding"].value
    saved = diary.read_pain_diary(path).entries
    assert saved.loc[0, "pijn_eerste_stap"] == 4.0
    assert pd.isna(saved.loc[0, "pijn_volgende_ochtend"])  # 'nog niet bekend' by default
    assert saved.loc[0, "oefeningen"] == "hielheffen"
    assert saved.loc[0, "notities"] == 'zei "stop"; 😬'
    before = path.read_bytes()
    controls["eerste-stap"].value = 7
    controls["opslaan"].click()
    assert "staat al een invoer" in controls["melding"].value
    assert path.read_bytes() == before
    controls["vervang"].value = True
    controls["opslaan"].click()
    assert diary.read_pain_diary(path).entries.loc[0, "pijn_eerste_stap"] == 7.0


def test_diary_form_refuses_the_course_data_folder():
    from hielspoor.widgets import diary as diary_widgets

    with pytest.raises(InputError, match="buiten de map data/"):
        diary_widgets.diary_form(DATA_DIR / "mijn_pijndagboek.csv")


def test_diary_import_writes_only_after_button(tmp_path):
    from hielspoor.widgets import diary as diary_widgets

    own = tmp_path / "mijn_pijndagboek.csv"
    form = diary_widgets.diary_import(own)
    parts = form_controls(form, "hs-import-")
    content = fixture("errors.csv").read_bytes()
    parts["upload"].value = (
        {"name": "errors.csv", "type": "text/csv", "size": len(content),
         "content": memoryview(content), "last_modified": dt.datetime(2026, 3, 1)},
    )  # fmt: skip
    assert "2 dagen ingelezen; 8 rijen overgeslagen" in parts["rapport"].value
    assert "pijnscore 11 ligt buiten" in parts["rapport"].value
    assert not own.exists()
    assert not parts["importeer"].disabled
    parts["importeer"].click()
    assert "2 dagen in mijn_pijndagboek.csv gezet" in parts["melding"].value
    assert len(diary.read_pain_diary(own).entries) == 2
