"""The row engine: from a header and raw rows to valid entries and Dutch problems.

CSV files, Excel sheets and DataFrames all pass through :func:`parse_rows`, so the same
checks apply everywhere: header mapping, row width, every cell, duplicate dates, text
length. :func:`parse_columns` is the same engine for rows already cut into columns (the
fast CSV path). :func:`hielspoor.diary.checking.check_entries` is the strict form for
code: it returns a typed diary or raises one Dutch error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import compress

import numpy as np
import pandas as pd

from hielspoor.diary.cells import (
    all_text,
    date_column,
    number_column,
    parse_pain,
    parse_steps,
)
from hielspoor.diary.schema import (
    HEADERS,
    MAX_CELL_CHARS,
    MAX_STEPS,
    PAIN_COLUMNS,
    PAIN_MAX,
    PAIN_MIN,
    TEXT_COLUMNS,
    DiaryProblem,
    as_text,
    column_of,
    is_blank,
)
from hielspoor.validation import InputError, format_number

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

Row = tuple[int, Sequence[object]]
"""A raw row: its number in the file (header = 1) and its cells."""


def _map_header(
    header: Sequence[object], has_values: Callable[[int], bool], header_row: int
) -> tuple[dict[str, int], dict[str, str], list[DiaryProblem]]:
    """Find which file column holds which field; unknown columns become problems.

    ``has_values(index)`` tells whether any row has a value in file column ``index``.
    """
    positions: dict[str, int] = {}
    names: dict[str, str] = {}
    problems: list[DiaryProblem] = []
    for index, raw in enumerate(header):
        shown = as_text(raw).replace("\ufeff", "").strip()
        key = column_of(raw)
        if key is None:
            if shown or has_values(index):
                problems.append(
                    DiaryProblem(
                        header_row,
                        shown[:80] or f"(kolom {index + 1} zonder naam)",
                        "",
                        "onbekende kolom; deze kolom is genegeerd.",
                        skipped=False,
                    )
                )
            continue
        if key in positions:
            raise InputError(
                f"De kolommen '{names[key]}' en '{shown}' betekenen allebei "
                f"'{HEADERS[key]}'; houd er één over."
            )
        positions[key] = index
        names[key] = shown
    if "datum" not in positions:
        found = ", ".join(f"'{_printable(h)}'" for h in header[:10] if not is_blank(h))
        raise InputError(
            f"Geen kolom 'Datum' gevonden (wel: {found or 'niets'}). De eerste rij moet de "
            "kolomnamen bevatten: Datum, Pijn eerste stap, Pijn bij activiteit, ..."
        )
    if not any(column in positions for column in PAIN_COLUMNS):
        raise InputError(
            "Geen pijnkolom gevonden. Verwacht minstens één van: "
            + ", ".join(HEADERS[c] for c in PAIN_COLUMNS)
            + "."
        )
    return positions, names, problems


def _printable(value: object) -> str:
    """Header text safe to show: control characters (e.g. NUL) as '?', at most 40 characters."""
    return _CONTROL.sub("?", as_text(value).strip())[:40]


def _blank_row(cells: Sequence[object]) -> bool:
    if all(type(cell) is str for cell in cells):
        return not "".join(cells).strip()  # type: ignore[arg-type]
    return all(is_blank(cell) for cell in cells)


def _shape_rows(
    rows: Sequence[Row],
    width: int,
    positions: dict[str, int],
    names: dict[str, str],
    joinable_sep: str | None,
) -> tuple[list[int], list[list[object]], dict[int, list[DiaryProblem]]]:
    """Drop blank rows and give every row ``width`` cells; wrong widths become problems."""
    numbers: list[int] = []
    shaped: list[list[object]] = []
    notes: dict[int, list[DiaryProblem]] = {}
    join_notes = joinable_sep is not None and positions.get("notities") == width - 1
    join_notes = join_notes and max(positions.values()) == width - 1
    if all(len(cells) == width and type(cells) is list for _, cells in rows):
        date_at = positions["datum"]  # only rows without a date can be blank
        keep = [not _blank_row(cells) if is_blank(cells[date_at]) else True for _, cells in rows]
        numbers = [number for (number, _), kept in zip(rows, keep, strict=True) if kept]
        shaped = [cells for (_, cells), kept in zip(rows, keep, strict=True) if kept]
        return numbers, shaped, notes  # type: ignore[return-value]
    for row_number, raw in rows:
        cells = raw if isinstance(raw, list) else list(raw)
        if len(cells) == width:
            first = cells[0]
            if (type(first) is str and first and not first.isspace()) or not _blank_row(cells):
                numbers.append(row_number)
                shaped.append(cells)
            continue
        if _blank_row(cells):
            continue
        if len(cells) > width:
            extra = cells[width:]
            if join_notes:
                text = str(joinable_sep).join(as_text(c) for c in cells[width - 1 :])
                cells = [*cells[: width - 1], text]
                notes.setdefault(row_number, []).append(
                    DiaryProblem(
                        row_number,
                        names["notities"],
                        text,
                        f"meer cellen dan kolommen; de extra '{joinable_sep}' is als tekst bij "
                        "de notities gezet. Zet notities met ; tussen aanhalingstekens.",
                        skipped=False,
                    )
                )
            elif any(not is_blank(c) for c in extra):
                notes.setdefault(row_number, []).append(
                    DiaryProblem(
                        row_number,
                        None,
                        "",
                        f"deze rij heeft {len(cells)} cellen maar er zijn {width} kolommen "
                        "(staat er een scheidingsteken in een tekst zonder aanhalingstekens?); "
                        "rij overgeslagen.",
                    )
                )
            cells = cells[:width]
        numbers.append(row_number)
        shaped.append(cells + [None] * (width - len(cells)))
    return numbers, shaped, notes


def parse_rows(
    header: Sequence[object],
    rows: Sequence[Row],
    *,
    header_row: int = 1,
    joinable_sep: str | None = None,
    restore_text: Callable[[str], str] | None = None,
) -> tuple[pd.DataFrame, list[DiaryProblem], np.ndarray]:
    """Turn raw rows into valid entries and problems (shared by CSV, Excel, DataFrame).

    Parameters
    ----------
    header, rows
        The header cells and the rows after it, each with its row number.
    header_row
        Row number of the header (for problems about columns).
    joinable_sep
        CSV separator: when the notes are the last column, extra cells are joined
        back into the note instead of skipping the row.
    restore_text
        Applied to every text cell (e.g. :func:`hielspoor.fileio.restore_formula`).

    Returns
    -------
    entries, problems, iso
        Valid entries (typed, sorted by date), problems in file order, and per valid
        row whether its date was written jjjj-mm-dd.
    """

    def has_values(index: int) -> bool:
        return any(index < len(cells) and not is_blank(cells[index]) for _, cells in rows)

    positions, names, problems = _map_header(header, has_values, header_row)
    numbers, cells, notes = _shape_rows(rows, len(header), positions, names, joinable_sep)
    columns = list(zip(*cells, strict=True)) if cells else [()] * len(header)
    return _parse_columns(positions, names, problems, numbers, columns, notes, restore_text)


def parse_columns(
    header: Sequence[object],
    columns: Sequence[Sequence[object]],
    *,
    header_row: int = 1,
    restore_text: Callable[[str], str] | None = None,
) -> tuple[pd.DataFrame, list[DiaryProblem], np.ndarray]:
    """Do what :func:`parse_rows` does, for rows that are already cut into columns.

    Every column has one cell per row and as many columns as the header has cells; row
    ``i`` of the columns is row ``header_row + 1 + i`` of the file. Blank rows are
    dropped, then every cell goes through the same column readers as in
    :func:`parse_rows`, so both give the same entries and problems for the same cells.
    The fast CSV reader (:mod:`hielspoor.diary.fastcsv`) hands its columns here.
    """
    width = len(header)
    if len(columns) != width:
        raise ValueError(f"{len(columns)} columns for a header of {width} cells")
    positions, names, problems = _map_header(
        header, lambda index: not all(map(is_blank, columns[index])), header_row
    )
    count = len(columns[0]) if width else 0
    keep = np.ones(count, dtype=bool)
    dates = columns[positions["datum"]]
    if all_text(dates) is None or not all(dates) or any(map(str.isspace, dates)):
        for index, value in enumerate(dates):  # only rows without a date can be blank
            if is_blank(value):
                keep[index] = not all(is_blank(column[index]) for column in columns)
    numbers = (np.flatnonzero(keep) + header_row + 1).tolist()
    if not keep.all():
        columns = [list(compress(column, keep)) for column in columns]
    return _parse_columns(positions, names, problems, numbers, columns, {}, restore_text)


def _parse_columns(
    positions: dict[str, int],
    names: dict[str, str],
    problems: list[DiaryProblem],
    numbers: list[int],
    columns: Sequence[Sequence[object]],
    notes: dict[int, list[DiaryProblem]],
    restore_text: Callable[[str], str] | None,
) -> tuple[pd.DataFrame, list[DiaryProblem], np.ndarray]:
    """Read every column of the shaped rows: the second half of :func:`parse_rows`."""
    count = len(numbers)
    errors: dict[int, list[DiaryProblem]] = {}

    def column(key: str) -> Sequence[object]:
        return columns[positions[key]] if key in positions else (None,) * count

    def fail(index: int, key: str, message: str) -> None:
        value = as_text(column(key)[index])
        errors.setdefault(index, []).append(
            DiaryProblem(numbers[index], names[key], value[:200], message)
        )

    dates, iso, date_errors = date_column(column("datum"))
    for index, message in date_errors.items():
        fail(index, "datum", f"{message} Rij overgeslagen.")
    values: dict[str, np.ndarray] = {}
    for key in PAIN_COLUMNS:
        label = names.get(key, HEADERS[key])
        values[key], cell_errors = number_column(
            column(key), lambda v, label=label: parse_pain(v, label=label),
            low=PAIN_MIN, high=PAIN_MAX,
        )  # fmt: skip
        for index, message in cell_errors.items():
            fail(index, key, f"pijnscore {_strip_label(message, label)} Rij overgeslagen.")
    steps_label = names.get("stappen", "")
    values["stappen"], step_errors = number_column(
        column("stappen"), lambda v: parse_steps(v, label=steps_label),
        low=0, high=MAX_STEPS, integer=True,
    )  # fmt: skip
    for index, message in step_errors.items():
        fail(index, "stappen", f"{_strip_label(message, steps_label)} Rij overgeslagen.")
    texts: dict[str, Sequence[str]] = {}
    for key in TEXT_COLUMNS:
        raw = column(key)
        joined = all_text(raw)
        if joined is None:
            raw = [as_text(value) for value in raw]
        if restore_text is not None and (joined is None or "'" in joined):
            if any(v[:1] == "'" for v in raw):  # type: ignore[index]
                raw = [restore_text(v) if v[:1] == "'" else v for v in raw]  # type: ignore[index]
        texts[key] = raw  # type: ignore[assignment]
        if max(map(len, texts[key]), default=0) <= MAX_CELL_CHARS:
            continue
        for index, text in enumerate(texts[key]):
            if len(text) > MAX_CELL_CHARS:
                fail(
                    index,
                    key,
                    f"de tekst is {format_number(len(text))} tekens lang; het dagboek bewaart "
                    f"hoogstens {format_number(MAX_CELL_CHARS)} tekens per cel. Maak de tekst "
                    "korter. Rij overgeslagen.",
                )
    row_index = {number: index for index, number in enumerate(numbers)} if notes else {}
    bad = np.zeros(count, dtype=bool)
    bad[list(errors)] = True
    bad[[row_index[n] for n, ps in notes.items() if any(p.skipped for p in ps)]] = True
    _mark_duplicates(dates, bad, numbers, fail)
    valid = ~bad
    valid[list(errors)] = False
    for index in sorted({*errors, *(row_index[n] for n in notes)}):
        problems.extend(notes.get(numbers[index], []))
        problems.extend(errors.get(index, []))
    entries = _entries(dates[valid], {k: v[valid] for k, v in values.items()}, texts, valid)
    order = np.argsort(dates[valid], kind="stable")
    return entries, problems, iso[valid][order]


def _mark_duplicates(
    dates: np.ndarray, bad: np.ndarray, numbers: list[int], fail: Callable[[int, str, str], None]
) -> None:
    """Report each row whose date an earlier valid row already has (the first one wins)."""
    dated = ~np.isnat(dates)
    known = dates[dated].view(np.int64)
    if bool((np.diff(known) > 0).all()) or np.unique(known).size == known.size:
        return  # no date twice: nothing to report (the common case, often in order)
    days = pd.Series(dates.astype(np.int64))
    first_valid = days[dated & ~bad].drop_duplicates(keep="first")
    owner = pd.Series(first_valid.index.to_numpy(dtype=float), index=first_valid.to_numpy())
    first_index = days.map(owner).to_numpy(dtype=float, na_value=np.nan)
    positions = np.arange(len(dates))
    with np.errstate(invalid="ignore"):
        duplicate = dated & ~np.isnan(first_index) & (first_index < positions)
    for index in np.flatnonzero(duplicate):
        shown = pd.Timestamp(dates[index]).strftime("%d-%m-%Y")
        first = numbers[int(first_index[index])]
        fail(
            int(index),
            "datum",
            f"dubbele datum: {shown} staat al in rij {first}. Rij overgeslagen.",
        )


def _strip_label(message: str, label: str) -> str:
    prefix = f"{label}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def _entries(
    dates: np.ndarray,
    numbers: dict[str, np.ndarray],
    texts: dict[str, list[str]],
    valid: np.ndarray,
) -> pd.DataFrame:
    steps = numbers["stappen"]
    missing = np.isnan(steps)
    all_valid = bool(valid.all())
    table = pd.DataFrame(
        {
            "datum": dates.astype("datetime64[ns]"),
            **{key: numbers[key] for key in PAIN_COLUMNS},
            "stappen": pd.arrays.IntegerArray(np.where(missing, 0, steps).astype("int64"), missing),
            **{
                key: pd.array(
                    texts[key] if all_valid else list(compress(texts[key], valid)), dtype="str"
                )
                for key in TEXT_COLUMNS
            },
        },
        copy=False,  # every array here is new
    )
    if len(dates) < 2 or bool((np.diff(dates.astype(np.int64)) >= 0).all()):
        return table
    return table.sort_values("datum", kind="stable", ignore_index=True)
