"""The clean-file path for diary CSVs: pandas' C parser cuts the text into cells.

A diary as the course writes it, or as a spreadsheet program saves it, is cut into text
cells by pandas' C tokenizer, several times faster than :mod:`csv` and a Python loop.
The cells then go through the same column readers as every other diary
(:func:`hielspoor.diary.rows.parse_columns`), so the entries and the problems are the
ones the row engine in :mod:`hielspoor.diary.reading` gives for the same cells.

Only a file whose cutting is beyond doubt takes this path: every ``"`` belongs to a
cleanly quoted cell, every row is at most as wide as the header, the header is the first
line, and no multi-line note has a line that looks like the start of a diary row (the
sign of an unclosed quote). Anything else returns ``None``, and the caller uses the row
engine, which reports what it finds. A property test checks that both paths agree.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable

import numpy as np
import pandas as pd

SEPARATORS = (";", ",", "\t")
"""Cell separators a diary CSV may use."""

ROW_START = {
    sep: re.compile(rf'^\s*"?\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}"?\s*{re.escape(sep)}')
    for sep in SEPARATORS
}
"""The start of a diary row (a date, then the separator)."""

_ROW_START_LINE = {sep: re.compile("(?m)" + start.pattern) for sep, start in ROW_START.items()}
_QUOTED = {
    sep: re.compile(rf'"(?<![^{sep}\r\n]")[^"]*(?:""[^"]*)*"(?=[{sep}\r\n]|\Z)')
    for sep in SEPARATORS
}
"""A cleanly quoted cell: starts a cell, doubles its inner quotes, ends its cell."""

_DIGIT_AFTER_BREAK = re.compile(r'[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]\s*"*\d')
"""A digit at the start of a later line of a cell (quotes still doubled): every line
:func:`swallows_rows` finds has one, so a cell without it needs no closer look."""


def swallows_rows(cells: Iterable[str], sep: str) -> bool:
    """Tell whether a later line of a multi-line cell looks like the start of a diary row.

    That is the sign of an unclosed quote that swallowed the rows after it.
    """
    inner = "\n".join(
        "\n".join(cell.splitlines()[1:]) for cell in cells if "\n" in cell or "\r" in cell
    )
    return _ROW_START_LINE[sep].search(inner) is not None


def _multiline_cells(text: str, sep: str) -> list[str] | None:
    """Return the quoted cells that hold a line break, or ``None`` if a quote is not clean.

    Clean means every ``"`` in ``text`` is part of a cleanly quoted cell. Cells in which
    no later line starts with a digit are left out: they cannot look like a diary row.
    """
    quotes = text.count('"')
    if not quotes:
        return []
    quoted = _QUOTED[sep].findall(text)
    if "".join(quoted).count('"') != quotes:
        return None
    multiline = [cell for cell in quoted if "\n" in cell or "\r" in cell]
    if not _DIGIT_AFTER_BREAK.search("\x00".join(multiline)):
        return []  # no later line of a cell starts like a diary row
    return [cell[1:-1].replace('""', '"') for cell in multiline]


def clean_csv_cells(text: str, sep: str) -> tuple[list[str], list[np.ndarray]] | None:
    """Cut a clean diary CSV into its header and one array of text cells per column.

    Returns ``None`` when the file is not clean (see the module docstring); then the
    row engine must read it. Row ``i`` of the columns is row ``i + 2`` of the file.
    """
    if text.startswith("\ufeff") or "\x00" in text:
        return None
    multiline = _multiline_cells(text, sep)
    if multiline is None or swallows_rows(multiline, sep):
        return None
    try:
        frame = pd.read_csv(
            io.BytesIO(text.encode("utf-8")),
            sep=sep,
            header=None,
            dtype=object,
            na_filter=False,
            skip_blank_lines=False,
            encoding="utf-8",
            engine="c",
        )
    except (ValueError, UnicodeError, pd.errors.ParserError):  # e.g. a row too wide
        return None
    cells = [frame[name].to_numpy(dtype=object) for name in frame.columns]
    header = [str(column[0]) for column in cells]
    if not "".join(header).strip():
        return None  # blank lines above the header: the row engine skips them
    return header, [column[1:] for column in cells]
