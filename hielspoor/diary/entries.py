"""Adding to the learner's own diary: one day from the form, or the days of an import.

Every change is a locked read-merge-write (:func:`hielspoor.fileio.file_lock`): the file
is read again after the lock is taken, so two notebook tabs or two processes adding
days at the same time never lose an entry, and the write is atomic.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from hielspoor.diary.cells import parse_date, parse_pain, parse_steps
from hielspoor.diary.checking import check_entries
from hielspoor.diary.reading import read_pain_diary
from hielspoor.diary.schema import (
    DUTCH_EXCEL,
    HEADERS,
    MAX_CELL_CHARS,
    PAIN_COLUMNS,
    TEXT_COLUMNS,
    CsvStyle,
    DuplicateDateError,
    as_text,
    column_of,
    empty_diary,
    frame_from_records,
    is_blank,
    typed_frame,
)
from hielspoor.diary.writing import write_pain_diary
from hielspoor.fileio import file_lock
from hielspoor.paths import learner_dir
from hielspoor.validation import InputError, format_number

DIARY_NAME = "mijn_pijndagboek.csv"
"""File name of the learner's own diary inside :func:`hielspoor.paths.learner_dir`."""

_LOSSY = ("onbekende kolom", 'een aanhalingsteken (")')


def entry_frame(entry: Mapping[str, object]) -> pd.DataFrame:
    """Check one diary entry (internal names or file headers as keys) into a 1-row frame.

    Raises
    ------
    InputError
        Dutch message naming the field and the problem.

    Examples
    --------
    >>> row = entry_frame({"datum": "05-03-2026", "Pijn eerste stap": "4,5"})
    >>> row.loc[0, "pijn_eerste_stap"], row.loc[0, "notities"]
    (np.float64(4.5), '')
    """
    values: dict[str, object] = {}
    for key, value in entry.items():
        column = column_of(key)
        if column is None:
            raise InputError(f"Onbekend veld '{str(key)[:40]}' in de invoer.")
        values[column] = value
    if is_blank(values.get("datum")):
        raise InputError("Datum: vul een datum in.")
    record: dict[str, object] = {}
    try:
        record["datum"] = parse_date(values["datum"])
    except InputError as error:
        raise InputError(f"Datum: {error}") from None
    for key in PAIN_COLUMNS:
        record[key] = parse_pain(values.get(key), label=HEADERS[key])
    record["stappen"] = parse_steps(values.get("stappen"), label=HEADERS["stappen"])
    for key in TEXT_COLUMNS:
        text = as_text(values.get(key))
        if len(text) > MAX_CELL_CHARS:
            raise InputError(
                f"{HEADERS[key]}: de tekst is {format_number(len(text))} tekens lang; "
                f"het dagboek bewaart hoogstens {format_number(MAX_CELL_CHARS)} tekens. "
                "Maak de tekst korter."
            )
        record[key] = text
    return frame_from_records([record])


def merge_entries(
    diary: pd.DataFrame, new: pd.DataFrame, *, replace: bool = False
) -> tuple[pd.DataFrame, list[dt.date]]:
    """Combine a diary with new entries; dates already present are kept unless ``replace``.

    Returns
    -------
    merged, conflicts
        The merged diary (sorted by date) and the dates of ``new`` that were already
        in ``diary`` (kept from ``diary`` when ``replace`` is false, else overwritten).
    """
    old_dates = set(diary["datum"])
    clash = new["datum"].isin(old_dates)
    conflicts = sorted(ts.date() for ts in new.loc[clash, "datum"])
    if replace:
        kept = diary[~diary["datum"].isin(set(new["datum"]))]
        parts = [kept, new]
    else:
        parts = [diary, new[~clash]]
    parts = [part for part in parts if not part.empty]
    merged = pd.concat(parts, ignore_index=True) if parts else empty_diary()
    return typed_frame(merged), conflicts


def _load_own_diary(target: Path) -> tuple[pd.DataFrame, CsvStyle]:
    """Read the user's own diary for an update; refuse when saving would lose rows."""
    if not target.exists():
        return empty_diary(), DUTCH_EXCEL
    result = read_pain_diary(target)
    lost = [p for p in result.problems if p.skipped or p.message.startswith(_LOSSY)]
    if lost:
        raise InputError(
            f"Je dagboek {target.name} heeft rijen of kolommen die niet goed gelezen worden "
            f"({lost[0]}). Herstel dat eerst; anders zou opslaan die gegevens weggooien."
        )
    return result.entries, result.style or DUTCH_EXCEL


def add_entry(
    path: str | os.PathLike[str], entry: Mapping[str, object], *, replace: bool = False
) -> pd.DataFrame:
    """Add one day to the diary file at ``path`` (created if missing) and save atomically.

    Parameters
    ----------
    path
        The user's own diary (CSV or ``.xlsx``); an existing CSV keeps its style. A
        symbolic link stays a link.
    entry
        Field values, keyed by internal name or file header; ``datum`` is required.
    replace
        Overwrite an existing entry for the same date.

    Returns
    -------
    pandas.DataFrame
        The whole diary after saving.

    Raises
    ------
    DuplicateDateError
        When the date is already in the diary and ``replace`` is false.
    InputError
        When the entry is invalid, the existing file has rows that would be lost, or
        saving fails (:class:`hielspoor.fileio.SaveError`); the file is then unchanged.
    """
    target = Path(path)
    new = entry_frame(entry)
    target.parent.mkdir(parents=True, exist_ok=True)  # the learner's folder, on first save
    with file_lock(target):
        diary, style = _load_own_diary(target)
        merged, conflicts = merge_entries(diary, new, replace=replace)
        if conflicts and not replace:
            raise DuplicateDateError(
                f"Voor {conflicts[0]:%d-%m-%Y} staat al een invoer in je dagboek. "
                "Kies 'vervang' om die te overschrijven."
            )
        write_pain_diary(merged, target, style=style)
    return merged


def import_entries(
    path: str | os.PathLike[str], new: pd.DataFrame, *, replace: bool = False
) -> tuple[pd.DataFrame, list[dt.date]]:
    """Add imported entries to the diary at ``path``; existing dates win unless ``replace``.

    Returns
    -------
    merged, conflicts
        The saved diary and the dates that were already present.
    """
    target = Path(path)
    try:
        checked = check_entries(new)
    except InputError as error:
        raise InputError(f"Niet opgeslagen: {error}") from None
    target.parent.mkdir(parents=True, exist_ok=True)  # the learner's folder, on first save
    with file_lock(target):
        diary, style = _load_own_diary(target)
        merged, conflicts = merge_entries(diary, checked, replace=replace)
        write_pain_diary(merged, target, style=style)
    return merged, conflicts


def default_diary_path() -> Path:
    """Path of the learner's own diary: ``mijn_pijndagboek.csv`` in the learner's folder.

    The folder is :func:`hielspoor.paths.learner_dir` (``$HIELSPOOR_BESTANDEN`` or
    ``mijn_bestanden/`` in the working folder, the notebooks folder in JupyterLab).

    Examples
    --------
    >>> default_diary_path().name
    'mijn_pijndagboek.csv'
    """
    return learner_dir() / DIARY_NAME
