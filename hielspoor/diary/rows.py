"""The row engine: from a header and raw rows to valid entries and Dutch problems.

CSV files, Excel sheets and DataFrames all pass through :func:`parse_rows`, so the same
checks apply everywhere: header mapping, row width, every cell, duplicate dates, text
length. :func:`check_entries` is the strict form for code (the pain rule in
:mod:`hielspoor.monitoring`, saving): it returns a typed diary or raises one Dutch error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from itertools import compress

import numpy as np
import pandas as pd

from hielspoor.diary.cells import (
    date_column,
    number_column,
    parse_date,
    parse_pain,
    parse_steps,
)
from hielspoor.diary.schema import (
    COLUMNS,
    ENTRIES_SCHEMA,
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
from hielspoor.tables import schema_problems
from hielspoor.validation import InputError, format_number

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

Row = tuple[int, Sequence[object]]
"""A raw row: its number in the file (header = 1) and its cells."""


def _map_header(
    header: Sequence[object], rows: Sequence[Row], header_row: int
) -> tuple[dict[str, int], dict[str, str], list[DiaryProblem]]:
    """Find which file column holds which field; unknown columns become problems."""
    positions: dict[str, int] = {}
    names: dict[str, str] = {}
    problems: list[DiaryProblem] = []
    for index, raw in enumerate(header):
        shown = as_text(raw).replace("\ufeff", "").strip()
        key = column_of(raw)
        if key is None:
            has_values = any(index < len(cells) and not is_blank(cells[index]) for _, cells in rows)
            if shown or has_values:
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
    positions, names, problems = _map_header(header, rows, header_row)
    numbers, cells, notes = _shape_rows(rows, len(header), positions, names, joinable_sep)
    count = len(numbers)
    columns = list(zip(*cells, strict=True)) if cells else [()] * len(header)
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
    texts: dict[str, list[str]] = {}
    for key in TEXT_COLUMNS:
        raw = column(key)
        if not all(type(value) is str for value in raw):
            raw = [as_text(value) for value in raw]
        if restore_text is not None and any(v[:1] == "'" for v in raw):  # type: ignore[index]
            raw = [restore_text(v) if v[:1] == "'" else v for v in raw]  # type: ignore[index]
        texts[key] = list(raw)  # type: ignore[arg-type]
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
    if np.unique(dates[dated]).size == int(dated.sum()):
        return  # no date twice: nothing to report (the common case)
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
    table = pd.DataFrame(
        {
            "datum": dates.astype("datetime64[ns]"),
            **{key: numbers[key] for key in PAIN_COLUMNS},
            "stappen": pd.arrays.IntegerArray(np.where(missing, 0, steps).astype("int64"), missing),
            **{
                key: pd.Series(list(compress(texts[key], valid)), dtype="str")
                for key in TEXT_COLUMNS
            },
        },
        columns=list(COLUMNS),
    )
    if len(dates) < 2 or bool((np.diff(dates.astype(np.int64)) >= 0).all()):
        return table
    return table.sort_values("datum", kind="stable", ignore_index=True)


def validate_pain_diary(diary: pd.DataFrame) -> list[DiaryProblem]:
    """Check a diary DataFrame (internal column names) with the same rules as a file.

    Row numbers count the header as row 1, as if the table were saved to a file.

    Examples
    --------
    >>> table = pd.DataFrame({"datum": ["2026-03-01", "2026-03-01", "2026-03-02"],
    ...                       "pijn_activiteit": [4, 3, 12]})
    >>> for problem in validate_pain_diary(table):
    ...     print(problem)  # doctest: +NORMALIZE_WHITESPACE
    Rij 3, kolom 'datum': dubbele datum: 01-03-2026 staat al in rij 2. Rij overgeslagen.
    Rij 4, kolom 'pijn_activiteit': pijnscore 12 ligt buiten het bereik van 0 tot 10.
    Rij overgeslagen.
    """
    header = [str(c) for c in diary.columns]
    rows = [(i + 2, list(values)) for i, values in enumerate(diary.itertuples(index=False))]
    _, problems, _ = parse_rows(header, rows)
    return problems


def check_entries(diary: pd.DataFrame) -> pd.DataFrame:
    """Return a diary DataFrame checked and typed, or raise the first problem in Dutch.

    Missing optional columns (pain scores, steps, texts) are added empty. Every row is
    checked as in a file (:func:`validate_pain_diary`), then the result is validated
    against :data:`hielspoor.diary.schema.ENTRIES_SCHEMA` with pandera.

    Raises
    ------
    InputError
        The first bad row, with its date when that can be read (row numbers count the
        header as row 1): ``"Rij 3 (02-03-2026), kolom 'pijn_activiteit': pijnscore 12
        ligt buiten het bereik van 0 tot 10."``.

    Examples
    --------
    >>> check_entries(pd.DataFrame({"datum": ["2026-03-01"], "pijn_activiteit": ["3,5"]}))[
    ...     "pijn_activiteit"].tolist()
    [3.5]
    """
    table = diary.copy()
    for key in COLUMNS:
        if key not in table.columns:
            table[key] = "" if key in TEXT_COLUMNS else math.nan
    table = table.loc[:, list(COLUMNS)]
    header = list(COLUMNS)
    rows = [(i + 2, list(values)) for i, values in enumerate(table.itertuples(index=False))]
    entries, problems, _ = parse_rows(header, rows)
    first = next((p for p in problems if p.skipped), None)
    if first is not None:
        raise InputError(_refusal(first, table["datum"]))
    schema_problem = next(iter(schema_problems(entries, ENTRIES_SCHEMA)), None)
    if schema_problem is not None:  # pragma: no cover - parse_rows already checks all this
        raise InputError(str(schema_problem))
    return entries


def _refusal(problem: DiaryProblem, dates: pd.Series) -> str:
    """Return the Dutch message for a table refused as a whole (no row is skipped)."""
    where = f"Rij {problem.row}"
    if problem.column != "datum" and problem.row is not None:
        try:
            where += f" ({parse_date(dates.iloc[problem.row - 2]):%d-%m-%Y})"
        except InputError:
            pass
    if problem.column is not None:
        where += f", kolom '{problem.column}'"
    return f"{where}: {problem.message.removesuffix(' Rij overgeslagen.')}"
