"""Writing a diary as CSV (in the reader's style) or ``.xlsx``: checked, atomic, formula-free."""

from __future__ import annotations

import io
import math
import os
import re
from pathlib import Path

import pandas as pd

from hielspoor.diary.checking import check_entries
from hielspoor.diary.schema import (
    COLUMNS,
    DUTCH_EXCEL,
    HEADERS,
    PAIN_COLUMNS,
    TEXT_COLUMNS,
    CsvStyle,
    as_text,
    is_blank,
)
from hielspoor.fileio import atomic_write_bytes, neutralise_formula
from hielspoor.validation import InputError

_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _format_float(value: float, decimal: str) -> str:
    if math.isnan(value):
        return ""
    text = str(int(value)) if value.is_integer() else repr(float(value))
    return text.replace(".", decimal)


def _csv_field(text: str, sep: str) -> str:
    """Quote a CSV field when needed, also for a lone carriage return (csv misses that)."""
    if any(char in text for char in (sep, '"', "\r", "\n")):
        return '"' + text.replace('"', '""') + '"'
    return text


def csv_bytes(entries: pd.DataFrame, style: CsvStyle) -> bytes:
    """Return a typed diary as CSV bytes; text cells that look like formulas are neutralised."""
    lines = [style.sep.join(HEADERS[c] for c in COLUMNS)]
    for row in entries.itertuples(index=False):
        values = row._asdict()
        cells = [pd.Timestamp(values["datum"]).strftime(style.date_format)]
        cells += [_format_float(float(values[key]), style.decimal) for key in PAIN_COLUMNS]
        steps = values["stappen"]
        cells.append("" if is_blank(steps) else str(int(steps)))
        cells += [neutralise_formula(as_text(values[key])) for key in TEXT_COLUMNS]
        lines.append(style.sep.join(_csv_field(cell, style.sep) for cell in cells))
    text = style.newline.join(lines) + style.newline
    return (b"\xef\xbb\xbf" if style.bom else b"") + text.encode("utf-8")


def xlsx_bytes(entries: pd.DataFrame) -> bytes:
    """Return a typed diary as Excel workbook bytes; text is stored as text, never as a formula."""
    import openpyxl
    from openpyxl.styles import Alignment

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Pijndagboek"
    sheet.append([HEADERS[c] for c in COLUMNS])
    for row_number, row in enumerate(entries.itertuples(index=False), start=2):
        values = row._asdict()
        for col_number, key in enumerate(COLUMNS, start=1):
            value = values[key]
            cell = sheet.cell(row=row_number, column=col_number)
            if key == "datum":
                cell.value = pd.Timestamp(value).to_pydatetime()
                cell.number_format = "DD-MM-YYYY"
            elif key in PAIN_COLUMNS:
                cell.value = None if math.isnan(float(value)) else float(value)
            elif key == "stappen":
                cell.value = None if is_blank(value) else int(value)
            else:
                # Excel stores a line break as LF; a CR would silently become LF anyway.
                text = as_text(value).replace("\r\n", "\n").replace("\r", "\n")
                if _ILLEGAL_XLSX.search(text):
                    raise InputError(
                        f"Rij {row_number}, kolom '{HEADERS[key]}': de tekst bevat een "
                        "stuurteken dat Excel niet kan bewaren; sla op als CSV."
                    )
                if text:
                    cell.value = text
                    cell.data_type = "s"  # never a formula, even when it starts with '='
                    if "\n" in text:
                        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.column_dimensions["A"].width = 12
    for letter in "BCD":
        sheet.column_dimensions[letter].width = 20
    sheet.column_dimensions["F"].width = 30
    sheet.column_dimensions["G"].width = 40
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def diary_bytes(entries: pd.DataFrame, path: str | os.PathLike[str], style: CsvStyle) -> bytes:
    """Return the bytes :func:`write_pain_diary` would write (checked first; no file touched)."""
    try:
        table = check_entries(entries)
    except InputError as error:
        raise InputError(f"Niet opgeslagen: {error}") from None
    if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
        return xlsx_bytes(table)
    return csv_bytes(table, style)


def write_pain_diary(
    entries: pd.DataFrame,
    path: str | os.PathLike[str],
    *,
    style: CsvStyle = DUTCH_EXCEL,
) -> Path:
    """Save diary entries atomically as CSV or ``.xlsx`` (chosen by the file extension).

    Parameters
    ----------
    entries
        Diary DataFrame with the internal column names (missing optional columns are
        written empty). Checked first: nothing is written if a row is invalid.
    path
        Target file; ``.xlsx`` gives an Excel workbook, anything else CSV. A symbolic
        link stays a link (the file it points to is written).
    style
        CSV style; default :data:`DUTCH_EXCEL` (``;``, decimal comma, dd-mm-jjjj, BOM, CRLF).

    Returns
    -------
    Path
        The path written.

    Raises
    ------
    InputError
        When an entry is invalid (Dutch message with the row); the old file is untouched.
    hielspoor.fileio.SaveError
        When saving fails (full disk, read-only folder, ...); the old file is untouched.
    """
    target = Path(path)
    atomic_write_bytes(target, diary_bytes(entries, target, style))
    return target
