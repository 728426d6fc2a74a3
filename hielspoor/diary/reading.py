"""Reading diary files (CSV or ``.xlsx``) as people really keep them, without changing them.

Forgiving about form: Dutch Excel CSV (``;``, decimal comma), ISO CSV, UTF-8 with or
without BOM, Windows-1252, UTF-16 (with or without BOM), a single Windows-1252 row in a
UTF-8 file (read row by row and reported), CRLF, blank rows, headers in any case or a
common variant, an unclosed quote (reported; the rows after it are kept). Strict about
content and size: every problem gets a Dutch message with the row number.
"""

from __future__ import annotations

import csv
import io
import os
import re
import zipfile
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd

from hielspoor.diary.decoding import decode, line_ending, sniff_sep
from hielspoor.diary.fastcsv import ROW_START, clean_csv_cells, swallows_rows
from hielspoor.diary.rows import parse_columns, parse_rows
from hielspoor.diary.schema import (
    MAX_FILE_BYTES,
    CsvStyle,
    DiaryProblem,
    DiaryResult,
    is_blank,
)
from hielspoor.fileio import restore_formula
from hielspoor.validation import InputError, format_number

XLSX_MAX_UNPACKED_BYTES = 200_000_000
"""Largest total size of the files inside an ``.xlsx`` (checked before unpacking)."""

XLSX_MAX_RATIO = 200
"""Largest packing ratio of one file inside an ``.xlsx`` (higher suggests a zip bomb)."""

XLSX_MAX_MEMBERS = 10_000
"""Largest number of files inside an ``.xlsx`` (checked before unpacking)."""

_XLSX_MAGIC = b"PK\x03\x04"
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _too_big(size: int) -> InputError:
    return InputError(
        f"Het bestand is {format_number(size / 1e6, decimals=1)} MB; een dagboek mag hoogstens "
        f"{format_number(MAX_FILE_BYTES / 1e6)} MB zijn. Is dit wel je dagboek?"
    )


# --------------------------------------------------------------------------- CSV records


def _swallowed_rows(rows: list[list[str]], ends: list[int], sep: str) -> bool:
    """Tell whether a line inside a multi-line cell looks like the start of a diary row."""
    spans = np.diff(np.asarray(ends), prepend=0)
    return swallows_rows((cell for i in np.flatnonzero(spans > 1) for cell in rows[i]), sep)


def _records(
    text: str, sep: str, line_notes: dict[int, str]
) -> tuple[list[tuple[int, list[str]]], list[DiaryProblem], set[int]]:
    """Split CSV text into numbered records; recover from an unclosed quote.

    Returns the records, problems about them and the numbers of rows to leave out.
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    if not line_notes:  # fast path: one C call when no record spans lines
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
        rows: list[list[str]] = []
        ends: list[int] = []
        try:
            for cells in reader:
                rows.append(cells)
                ends.append(reader.line_num)
        except csv.Error:
            pass
        else:
            if reader.line_num == len(rows) or not _swallowed_rows(rows, ends, sep):
                return list(enumerate(rows, start=1)), [], set()
    lines = _LINES.findall(text)
    records: list[tuple[int, list[str]]] = []
    problems: list[DiaryProblem] = []
    skip: set[int] = set()
    row_start = ROW_START[sep]
    position = 0
    while position < len(lines):
        reader = csv.reader(iter(lines[position:]), delimiter=sep)
        done = position
        try:
            for cells in reader:
                end = position + reader.line_num
                span = lines[done + 1 : end]
                if any(row_start.match(line) for line in span):
                    break  # an unclosed quote swallowed the next rows
                number = len(records) + 1
                records.append((number, cells))
                notes = [line_notes[n] for n in range(done + 1, end + 1) if n in line_notes]
                for note in dict.fromkeys(notes):
                    skipped = "overgeslagen" in note
                    problems.append(DiaryProblem(number, None, "", note, skipped=skipped))
                    if skipped:
                        skip.add(number)
                done = end
            else:
                break
        except csv.Error:
            pass
        if done >= len(lines):
            break
        line = lines[done]
        cells = next(csv.reader([line.rstrip("\r\n")], delimiter=sep), [])
        number = len(records) + 1
        records.append((number, cells))
        problems.append(
            DiaryProblem(
                number,
                None,
                line.strip()[:80],
                'een aanhalingsteken (") wordt in deze rij niet gesloten; de rij is tot het '
                "einde van de regel gelezen en de rijen erna apart. Controleer de tekst.",
                skipped=False,
            )
        )
        position = done + 1
    return records, problems, skip


def _read_records(
    text: str, sep: str, line_notes: dict[int, str]
) -> tuple[pd.DataFrame, list[DiaryProblem], np.ndarray]:
    """Read any CSV text with the row engine: records, then :func:`parse_rows`."""
    records, record_problems, skip = _records(text, sep, line_notes)
    header: list[str] | None = None
    header_row = 1
    rows: list[tuple[int, list[str]]] = []
    for number, cells in records:
        if header is None:
            if all(not c.strip() for c in cells):
                continue
            header, header_row = cells, number
        elif number not in skip:
            rows.append((number, cells))
    if header is None:
        raise InputError("Het bestand is leeg.")
    entries, problems, iso_flags = parse_rows(
        header, rows, header_row=header_row, joinable_sep=sep, restore_text=restore_formula
    )
    return entries, sorted(record_problems + problems, key=lambda p: p.row or 0), iso_flags


def _read_csv_bytes(data: bytes) -> DiaryResult:
    text, bom, line_notes = decode(data)
    if not text or text.isspace():
        raise InputError("Het bestand is leeg.")
    sep = sniff_sep(text)
    cut = None if line_notes else clean_csv_cells(text, sep)
    if cut is not None:  # a clean file: pandas cut it into cells
        entries, problems, iso_flags = parse_columns(*cut, restore_text=restore_formula)
    else:
        entries, problems, iso_flags = _read_records(text, sep, line_notes)
    iso = bool(iso_flags.sum() * 2 > len(iso_flags)) if len(iso_flags) else sep == ","
    style = CsvStyle(
        sep=sep,
        decimal="." if sep == "," else ",",
        date_format="%Y-%m-%d" if iso else "%d-%m-%Y",
        bom=bom,
        newline=line_ending(text),
    )
    return DiaryResult(entries, problems, kind="csv", style=style)


# --------------------------------------------------------------------------- Excel


def _check_xlsx_size(data: bytes) -> None:
    """Refuse an ``.xlsx`` that would unpack too large, before unpacking anything."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError("Het Excel-bestand is beschadigd (geen geldig .xlsx).") from None
    total = sum(member.file_size for member in members)
    ratio = max((member.file_size / max(member.compress_size, 1) for member in members), default=0)
    if len(members) > XLSX_MAX_MEMBERS:
        reason = (
            f"bevat {format_number(len(members))} onderdelen; een dagboek heeft er hoogstens "
            f"{format_number(XLSX_MAX_MEMBERS)}"
        )
    elif total > XLSX_MAX_UNPACKED_BYTES:
        reason = (
            f"pakt uit tot {format_number(total / 1e6)} MB; dat is te groot voor een dagboek "
            f"(hoogstens {format_number(XLSX_MAX_UNPACKED_BYTES / 1e6)} MB)"
        )
    elif ratio > XLSX_MAX_RATIO:
        reason = (
            "is verdacht sterk ingepakt: een onderdeel pakt uit tot "
            f"{format_number(ratio, decimals=0)} keer zijn grootte "
            f"(hoogstens {format_number(XLSX_MAX_RATIO)} keer)"
        )
    else:
        return
    raise InputError(f"Het Excel-bestand {reason}. Het is niet geopend.")


def _read_xlsx_bytes(data: bytes) -> DiaryResult:
    import openpyxl

    _check_xlsx_size(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for broken files
        raise InputError(f"Het Excel-bestand is niet te openen ({type(error).__name__}).") from None
    rows: list[tuple[int, tuple[object, ...]]] = []
    header: tuple[object, ...] | None = None
    header_row = 1
    try:
        sheet = book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if header is None:
                if all(is_blank(c) for c in cells):
                    continue
                header, header_row = cells, number
            else:
                rows.append((number, cells))
    except Exception as error:  # e.g. a date serial far outside the calendar
        raise InputError(
            f"Het Excel-bestand is niet helemaal te lezen ({type(error).__name__}); "
            "sla het opnieuw op of bewaar het als CSV."
        ) from None
    finally:
        book.close()
    if header is None:
        raise InputError("Het Excel-bestand is leeg.")
    while (
        header
        and is_blank(header[-1])
        and all(len(c) < len(header) or is_blank(c[len(header) - 1]) for _, c in rows)
    ):
        header = header[:-1]
    entries, problems, _ = parse_rows(header, rows, header_row=header_row)
    return DiaryResult(entries, problems, kind="xlsx", style=None)


def _kind_of(name: str, data: bytes) -> Literal["csv", "xlsx"]:
    suffix = Path(name).suffix.lower()
    if data.startswith(_XLSX_MAGIC) or suffix in (".xlsx", ".xlsm"):
        if not data.startswith(_XLSX_MAGIC):
            raise InputError(f"{Path(name).name} is geen geldig .xlsx-bestand.")
        return "xlsx"
    if suffix in (".xls", ".ods", ".numbers"):
        raise InputError(
            f"{Path(name).name}: dit bestandstype wordt niet ondersteund; "
            "sla het op als .xlsx of als CSV."
        )
    return "csv"


def parse_pain_diary(data: bytes, *, filename: str = "dagboek.csv") -> DiaryResult:
    r"""Parse a diary from the bytes of a CSV or ``.xlsx`` file (e.g. an upload).

    Parameters
    ----------
    data
        The file's bytes; never modified.
    filename
        Name of the file, used to tell CSV from Excel (the content decides for .xlsx).

    Raises
    ------
    InputError
        When the file as a whole cannot be read (empty, too big, wrong type, no date
        column). Problems in rows are reported in the result, not raised.

    Examples
    --------
    >>> text = "Datum;Pijn eerste stap\r\n01-03-2026;6,5\r\n31-02-2026;5\r\n"
    >>> result = parse_pain_diary(text.encode("utf-8-sig"))
    >>> result.entries["pijn_eerste_stap"].tolist()
    [6.5]
    >>> print(result.problems[0])
    Rij 3, kolom 'Datum': 31-02-2026 is geen bestaande datum. Rij overgeslagen.
    """
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(len(data))
    if _kind_of(filename, data) == "xlsx":
        return _read_xlsx_bytes(data)
    return _read_csv_bytes(data)


def read_pain_diary(path: str | os.PathLike[str]) -> DiaryResult:
    """Read a pain diary file (CSV or ``.xlsx``) without changing it.

    Parameters
    ----------
    path
        The diary file.

    Returns
    -------
    DiaryResult
        ``entries`` (valid rows, sorted by date) and ``problems`` (Dutch, per row).

    Raises
    ------
    InputError
        When the file does not exist or cannot be read as a whole.

    Examples
    --------
    >>> from hielspoor.data import example_path
    >>> result = read_pain_diary(example_path("voorbeelddagboek"))
    >>> result.ok, list(result.entries.columns)[:2]
    (True, ['datum', 'pijn_eerste_stap'])
    """
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _too_big(size)
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Het bestand {file.name} bestaat niet.") from None
    except IsADirectoryError:
        raise InputError(f"{file.name} is een map, geen bestand.") from None
    except PermissionError:
        raise InputError(f"Geen toestemming om {file.name} te lezen.") from None
    except OSError as error:
        raise InputError(f"{file.name} is niet te lezen (fout {error.errno}).") from None
    return parse_pain_diary(data, filename=file.name)
