"""Pain diary: read, validate and write the files people actually keep.

A diary has one row per day. The file (CSV or Excel ``.xlsx``) has Dutch column headers;
inside the package the columns have fixed internal names (see :data:`COLUMNS`):

========================  ==========================  ==========================
file header               internal name               content
========================  ==========================  ==========================
Datum                     ``datum``                   day (dd-mm-jjjj or jjjj-mm-dd)
Pijn eerste stap          ``pijn_eerste_stap``        0-10, first steps in the morning
Pijn bij activiteit       ``pijn_activiteit``         0-10, during/after activity
Pijn volgende ochtend     ``pijn_volgende_ochtend``   0-10, first steps the next morning
Stappen                   ``stappen``                 whole number, optional
Oefeningen                ``oefeningen``              text, e.g. ``hielheffen 3x12 10kg``
Notities                  ``notities``                free text
========================  ==========================  ==========================

Reading is forgiving about form (Dutch Excel CSV with ``;`` and decimal comma, ISO
dates, UTF-8 with BOM or Windows-1252, CRLF, empty rows, headers in any case or a
common variant) and strict about content: every bad value is reported with the row
number as a spreadsheet shows it (header = row 1), the column and the problem, and
the other rows still load. Reading never changes the file; writing is atomic
(temporary file in the same folder, then :func:`os.replace`) and a write followed by
a read gives back exactly the same entries.

The schema is documented for learners in ``data/pain_diary_README.md``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import pandas as pd

if TYPE_CHECKING:
    from IPython.display import HTML

from hielspoor.fileio import atomic_write_bytes, file_lock, neutralise_formula, restore_formula
from hielspoor.paths import learner_dir
from hielspoor.validation import InputError, check_range, format_number

#: File name of the learner's own diary inside :func:`hielspoor.paths.learner_dir`.
DIARY_NAME = "mijn_pijndagboek.csv"

PAIN_COLUMNS = ("pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend")
"""Internal names of the three pain scores (0-10)."""

COLUMNS = ("datum", *PAIN_COLUMNS, "stappen", "oefeningen", "notities")
"""Internal column names of a diary DataFrame, in file order."""

HEADERS = {
    "datum": "Datum",
    "pijn_eerste_stap": "Pijn eerste stap",
    "pijn_activiteit": "Pijn bij activiteit",
    "pijn_volgende_ochtend": "Pijn volgende ochtend",
    "stappen": "Stappen",
    "oefeningen": "Oefeningen",
    "notities": "Notities",
}
"""Dutch file header written for each internal column."""

LABELS = {
    "pijn_eerste_stap": "Eerste stap",
    "pijn_activiteit": "Bij activiteit",
    "pijn_volgende_ochtend": "Volgende ochtend",
}
"""Short Dutch names of the pain measures, for charts and tables."""

_ALIASES = {
    "datum": ["datum", "date", "dag", "dag datum"],
    "pijn_eerste_stap": [
        "pijn eerste stap", "pijn eerste stappen", "eerste stap", "eerste stappen",
        "pijn eerste stap ochtend", "pijn bij eerste stap", "pijn bij eerste stappen",
        "pijn bij opstaan", "ochtendpijn", "startpijn", "first step pain",
    ],
    "pijn_activiteit": [
        "pijn bij activiteit", "pijn activiteit", "pijn tijdens activiteit",
        "pijn na activiteit", "pijn tijdens na activiteit", "pijn bij na activiteit",
        "activiteit", "pijn bij oefenen", "pijn tijdens oefenen", "pijn bij belasting",
        "pijn tijdens belasting", "activity pain",
    ],
    "pijn_volgende_ochtend": [
        "pijn volgende ochtend", "volgende ochtend", "pijn ochtend erna", "ochtend erna",
        "pijn de volgende ochtend", "pijn volgende dag", "next morning pain",
    ],
    "stappen": ["stappen", "aantal stappen", "stappen per dag", "stappenteller", "steps"],
    "oefeningen": ["oefeningen", "oefening", "training", "oefeningen gedaan", "exercises"],
    "notities": [
        "notities", "notitie", "opmerkingen", "opmerking", "aantekeningen", "notes",
    ],
}  # fmt: skip

MAX_STEPS = 100_000
"""Highest plausible number of steps in a day (about 70 km of walking)."""

_PAIN_FRACTION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*/\s*10\s*$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[. ]\d{3})+$")
_ISO_DATE = re.compile(
    r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_NL_DATE = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$"
)
_XLSX_MAGIC = b"PK\x03\x04"
_ILLEGAL_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _normalise_header(text: object) -> str:
    r"""Lower-case a header and drop units, punctuation and extra spaces.

    Examples
    --------
    >>> _normalise_header("\ufeffPIJN  eerste_stap (0-10)")
    'pijn eerste stap'
    """
    value = unicodedata.normalize("NFKC", "" if text is None else str(text))
    value = value.replace("\ufeff", "").strip().lower()
    value = re.sub(r"\(.*?\)|\[.*?\]", " ", value)
    value = re.sub(r"[_\-/:.,;]+", " ", value)
    return re.sub(r"\s+", " ", value).strip()


_HEADER_LOOKUP = {
    _normalise_header(alias): column for column, aliases in _ALIASES.items() for alias in aliases
}
_HEADER_LOOKUP.update({_normalise_header(header): column for column, header in HEADERS.items()})


# --------------------------------------------------------------------------- data types


@dataclass(frozen=True)
class CsvStyle:
    """How a diary CSV is written: separator, decimal mark, date format, BOM, line ends.

    Reading a file records its style, so that saving back keeps the look the user's
    spreadsheet program expects.
    """

    sep: str = ";"
    decimal: str = ","
    date_format: str = "%d-%m-%Y"
    bom: bool = True
    newline: str = "\r\n"


DUTCH_EXCEL = CsvStyle()
"""What Excel in Dutch writes and reads on a double click: ``;``, ``2,5``, dd-mm-jjjj."""

ISO = CsvStyle(sep=",", decimal=".", date_format="%Y-%m-%d", bom=False, newline="\n")
"""Plain international CSV: ``,``, ``2.5``, jjjj-mm-dd, UTF-8 without BOM."""


@dataclass(frozen=True)
class DiaryProblem:
    """One problem found while reading or checking a diary.

    Attributes
    ----------
    row
        Row number as a spreadsheet shows it (header = 1), or ``None`` for the file.
    column
        Column header as written in the file, or ``None``.
    value
        The offending value as text (may be empty).
    message
        Dutch description of the problem and what happened to the row.
    skipped
        ``True`` if the row was left out; ``False`` if it loaded and only needs a look.
    """

    row: int | None
    column: str | None
    value: str
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        """Return the Dutch message with row and column, as shown to the learner."""
        where = []
        if self.row is not None:
            where.append(f"Rij {self.row}")
        if self.column is not None:
            where.append(f"kolom '{self.column}'")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass
class DiaryResult:
    """Entries read from a diary file plus the problems found in it.

    Attributes
    ----------
    entries
        Valid rows, one per date, sorted by date, with the columns in :data:`COLUMNS`.
    problems
        Problems in file order; rows with ``skipped`` problems are not in ``entries``.
    kind
        ``"csv"`` or ``"xlsx"``.
    style
        The CSV style found in the file (``None`` for Excel files).
    """

    entries: pd.DataFrame
    problems: list[DiaryProblem] = field(default_factory=list)
    kind: Literal["csv", "xlsx"] = "csv"
    style: CsvStyle | None = None

    @property
    def ok(self) -> bool:
        """``True`` when the file had no problems at all."""
        return not self.problems

    @property
    def skipped_rows(self) -> list[int]:
        """Row numbers (as in the file) that were left out."""
        return sorted({p.row for p in self.problems if p.skipped and p.row is not None})

    def problem_table(self) -> pd.DataFrame:
        """Problems as a Dutch table: Rij, Kolom, Waarde, Probleem, Gevolg."""
        return pd.DataFrame(
            {
                "Rij": [p.row if p.row is not None else "" for p in self.problems],
                "Kolom": [p.column or "" for p in self.problems],
                "Waarde": [p.value for p in self.problems],
                "Probleem": [p.message for p in self.problems],
                "Gevolg": [
                    "rij overgeslagen" if p.skipped else "ingelezen, controleer"
                    for p in self.problems
                ],
            }
        )

    def summary(self) -> str:
        """One Dutch sentence: how many days loaded and how many rows were skipped."""
        days = len(self.entries)
        text = f"{days} {'dag' if days == 1 else 'dagen'} ingelezen"
        skipped = len(self.skipped_rows)
        if skipped:
            text += f"; {skipped} {'rij' if skipped == 1 else 'rijen'} overgeslagen"
        notes = sum(1 for p in self.problems if not p.skipped)
        if notes:
            text += f"; {notes} {'opmerking' if notes == 1 else 'opmerkingen'} om te controleren"
        return text + "."


class DuplicateDateError(InputError):
    """An entry for this date is already in the diary (and replacing was not asked)."""


# --------------------------------------------------------------------------- cell parsers


def _is_blank(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def _as_text(value: object) -> str:
    if _is_blank(value) and not isinstance(value, str):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y")
    return str(value)


def _strip_label(error: InputError, label: str) -> str:
    message = str(error)
    prefix = f"{label}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


def parse_date(value: object) -> dt.date:
    """Read a diary date: dd-mm-jjjj (also d-m-jj, with / or .), jjjj-mm-dd, or a date.

    Raises
    ------
    InputError
        With a Dutch message (no row or column; the caller adds those).

    Examples
    --------
    >>> parse_date("05-03-2026"), parse_date("2026-03-05"), parse_date("5/3/26")
    (datetime.date(2026, 3, 5), datetime.date(2026, 3, 5), datetime.date(2026, 3, 5))
    >>> parse_date("31-02-2026")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: 31-02-2026 is geen bestaande datum.
    """
    if isinstance(value, pd.Timestamp):
        if value is pd.NaT:
            raise InputError("de datum ontbreekt.")
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if _is_blank(value):
        raise InputError("de datum ontbreekt.")
    text = str(value).strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := _NL_DATE.match(text):
        day, month, year = (int(part) for part in match.groups())
        if len(match.group(3)) == 2:
            year += 2000
    else:
        raise InputError(f"'{text}' is geen datum; schrijf dd-mm-jjjj, bijvoorbeeld 05-03-2026.")
    if not 1900 <= year <= 2200:
        raise InputError(f"{text}: het jaartal {year} kan niet kloppen.")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InputError(f"{text} is geen bestaande datum.") from None


def parse_pain(value: object, *, label: str = "Pijn") -> float | None:
    """Read a pain score 0-10 (``7``, ``"6,5"``, ``"7/10"``); blank gives ``None``.

    Examples
    --------
    >>> parse_pain("6,5"), parse_pain("7/10"), parse_pain("")
    (6.5, 7.0, None)
    >>> parse_pain("11", label="Pijn eerste stap")
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Pijn eerste stap: 11 ligt buiten het bereik van 0 tot 10.
    """
    if _is_blank(value):
        return None
    if isinstance(value, str) and (match := _PAIN_FRACTION.match(value)):
        value = match.group(1)
    return check_range(value, label=label, low=0, high=10)


def parse_steps(value: object, *, label: str = "Stappen") -> int | None:
    """Read a step count (``8500``, ``"8.500"``, ``"8 500"``); blank gives ``None``.

    Examples
    --------
    >>> parse_steps("8.500"), parse_steps(7200.0), parse_steps(" ")
    (8500, 7200, None)
    """
    if _is_blank(value):
        return None
    if isinstance(value, str) and _THOUSANDS.match(value.strip()):
        value = re.sub(r"[. ]", "", value.strip())
    number = check_range(value, label=label, low=0, high=MAX_STEPS, unit="stappen", integer=True)
    return int(number)


# --------------------------------------------------------------------------- row engine


def _map_header(
    header: Sequence[object], rows: Sequence[tuple[int, Sequence[object]]], header_row: int
) -> tuple[dict[str, int], dict[str, str], list[DiaryProblem]]:
    """Find which file column holds which field; unknown columns become problems."""
    positions: dict[str, int] = {}
    names: dict[str, str] = {}
    problems: list[DiaryProblem] = []
    for index, raw in enumerate(header):
        shown = _as_text(raw).replace("\ufeff", "").strip()
        key = _HEADER_LOOKUP.get(_normalise_header(raw))
        if key is None:
            has_values = any(
                index < len(cells) and not _is_blank(cells[index]) for _, cells in rows
            )
            if shown or has_values:
                problems.append(
                    DiaryProblem(
                        header_row,
                        shown or f"(kolom {index + 1} zonder naam)",
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
        found = ", ".join(f"'{_as_text(h).strip()}'" for h in header if not _is_blank(h))
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


def _parse_cells(
    cells: Sequence[object], positions: dict[str, int], names: dict[str, str], row_number: int
) -> tuple[dict[str, object], list[DiaryProblem]]:
    """Parse one row's cells into a record; return it with the row's problems."""
    record: dict[str, object] = {}
    errors: list[DiaryProblem] = []

    def cell(key: str) -> object:
        return cells[positions[key]] if key in positions else None

    def fail(key: str, value: object, message: str) -> None:
        errors.append(DiaryProblem(row_number, names[key], _as_text(value), message))

    try:
        record["datum"] = parse_date(cell("datum"))
    except InputError as error:
        fail("datum", cell("datum"), f"{error} Rij overgeslagen.")
    for key in PAIN_COLUMNS:
        try:
            record[key] = parse_pain(cell(key), label=names.get(key, HEADERS[key]))
        except InputError as error:
            detail = _strip_label(error, names[key])
            fail(key, cell(key), f"pijnscore {detail} Rij overgeslagen.")
    try:
        record["stappen"] = parse_steps(cell("stappen"), label=names.get("stappen", ""))
    except InputError as error:
        detail = _strip_label(error, names["stappen"])
        fail("stappen", cell("stappen"), f"{detail} Rij overgeslagen.")
    for key in ("oefeningen", "notities"):
        value = cell(key)
        record[key] = "" if value is None else _as_text(value)
    return record, errors


def _parse_rows(
    header: Sequence[object],
    rows: Sequence[tuple[int, Sequence[object]]],
    *,
    header_row: int = 1,
    joinable_sep: str | None = None,
) -> tuple[pd.DataFrame, list[DiaryProblem], list[bool]]:
    """Turn raw rows into valid entries and problems (shared by CSV, Excel, DataFrame).

    Returns the entries, the problems and, per valid row, whether its date was ISO.
    """
    positions, names, problems = _map_header(header, rows, header_row)
    width = len(header)
    records: list[dict[str, object]] = []
    iso_flags: list[bool] = []
    seen: dict[dt.date, int] = {}
    for row_number, raw_cells in rows:
        cells = list(raw_cells)
        if all(_is_blank(cell) for cell in cells):
            continue
        row_problems: list[DiaryProblem] = []
        if len(cells) > width:
            extra = cells[width:]
            last = max(positions.values())
            if joinable_sep is not None and positions.get("notities") == width - 1 == last:
                cells = [
                    *cells[: width - 1],
                    joinable_sep.join(_as_text(c) for c in cells[width - 1 :]),
                ]
                row_problems.append(
                    DiaryProblem(
                        row_number,
                        names["notities"],
                        _as_text(cells[-1]),
                        f"meer cellen dan kolommen; de extra '{joinable_sep}' is als tekst bij "
                        "de notities gezet. Zet notities met ; tussen aanhalingstekens.",
                        skipped=False,
                    )
                )
            elif any(not _is_blank(c) for c in extra):
                row_problems.append(
                    DiaryProblem(
                        row_number,
                        None,
                        "",
                        f"deze rij heeft {len(cells)} cellen maar er zijn {width} kolommen "
                        "(staat er een scheidingsteken in een tekst zonder aanhalingstekens?); "
                        "rij overgeslagen.",
                    )
                )
        cells += [None] * (width - len(cells))
        record, errors = _parse_cells(cells, positions, names, row_number)
        day = record.get("datum")
        raw_date = cells[positions["datum"]]
        if day is not None and day in seen:
            errors.append(
                DiaryProblem(
                    row_number,
                    names["datum"],
                    _as_text(raw_date),
                    f"dubbele datum: {day:%d-%m-%Y} staat al in rij {seen[day]}. Rij overgeslagen.",
                )
            )
        if any(p.skipped for p in row_problems) or errors:
            problems.extend(row_problems + errors)
            continue
        problems.extend(row_problems)
        if day is not None:
            seen[day] = row_number
        records.append(record)
        iso_flags.append(isinstance(raw_date, str) and bool(_ISO_DATE.match(raw_date.strip())))
    return _frame(records), problems, iso_flags


def _frame(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a diary DataFrame with the canonical dtypes, sorted by date."""
    table = pd.DataFrame(list(records), columns=list(COLUMNS))
    return _typed(table)


def _typed(table: pd.DataFrame) -> pd.DataFrame:
    out = pd.DataFrame(
        {
            "datum": pd.to_datetime(table["datum"]).astype("datetime64[ns]"),
            **{key: pd.to_numeric(table[key]).astype("float64") for key in PAIN_COLUMNS},
            "stappen": pd.array(
                [None if _is_blank(v) else int(v) for v in table["stappen"]], dtype="Int64"
            ),
            "oefeningen": pd.Series([_as_text(v) for v in table["oefeningen"]], dtype="str"),
            "notities": pd.Series([_as_text(v) for v in table["notities"]], dtype="str"),
        }
    )
    return out.sort_values("datum", kind="stable", ignore_index=True)


def empty_diary() -> pd.DataFrame:
    """Return a diary DataFrame without rows, with the canonical columns and dtypes.

    Examples
    --------
    >>> list(empty_diary().columns) == list(COLUMNS)
    True
    """
    return _frame([])


# --------------------------------------------------------------------------- reading


def _decode(data: bytes) -> tuple[str, bool]:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16, or Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), True
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), True
    try:
        return data.decode("utf-8"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), True


def _sniff_sep(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _read_csv_bytes(data: bytes) -> DiaryResult:
    text, bom = _decode(data)
    if not text.strip():
        raise InputError("Het bestand is leeg.")
    sep = _sniff_sep(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, quotechar='"')
    rows: list[tuple[int, list[str]]] = []
    header: list[str] | None = None
    header_row = 1
    try:
        for number, cells in enumerate(reader, start=1):
            if header is None:
                if all(not c.strip() for c in cells):
                    continue
                header, header_row = cells, number
            else:
                rows.append((number, cells))
    except csv.Error as error:
        raise InputError(f"Het CSV-bestand is niet te lezen: {error}.") from None
    if header is None:
        raise InputError("Het bestand is leeg.")
    entries, problems, iso_flags = _parse_rows(
        header, rows, header_row=header_row, joinable_sep=sep
    )
    for key in ("oefeningen", "notities"):
        entries[key] = entries[key].map(restore_formula).astype("str")
    iso = sum(iso_flags) * 2 > len(iso_flags) if iso_flags else sep == ","
    style = CsvStyle(
        sep=sep,
        decimal="." if sep == "," else ",",
        date_format="%Y-%m-%d" if iso else "%d-%m-%Y",
        bom=bom,
        newline=_line_ending(text),
    )
    return DiaryResult(entries, problems, kind="csv", style=style)


def _line_ending(text: str) -> str:
    r"""Line ending of the file, read from the first line (a note may hold other breaks).

    Examples
    --------
    >>> _line_ending('Datum,Notities\n2026-01-05,"a\r\nb"\n')
    '\n'
    >>> _line_ending("Datum;Notities\r\n")
    '\r\n'
    """
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"


def _read_xlsx_bytes(data: bytes) -> DiaryResult:
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for broken files
        raise InputError(f"Het Excel-bestand is niet te openen ({type(error).__name__}).") from None
    try:
        sheet = book.worksheets[0]
        rows: list[tuple[int, tuple[object, ...]]] = []
        header: tuple[object, ...] | None = None
        header_row = 1
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            if header is None:
                if all(_is_blank(c) for c in cells):
                    continue
                header, header_row = cells, number
            else:
                rows.append((number, cells))
    finally:
        book.close()
    if header is None:
        raise InputError("Het Excel-bestand is leeg.")
    while (
        header
        and _is_blank(header[-1])
        and all(len(c) < len(header) or _is_blank(c[len(header) - 1]) for _, c in rows)
    ):
        header = header[:-1]
    entries, problems, _ = _parse_rows(header, rows, header_row=header_row)
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
        When the file as a whole cannot be read (empty, wrong type, no date column).

    Examples
    --------
    >>> text = "Datum;Pijn eerste stap\r\n01-03-2026;6,5\r\n31-02-2026;5\r\n"
    >>> result = parse_pain_diary(text.encode("utf-8-sig"))
    >>> result.entries["pijn_eerste_stap"].tolist()
    [6.5]
    >>> print(result.problems[0])
    Rij 3, kolom 'Datum': 31-02-2026 is geen bestaande datum. Rij overgeslagen.
    """
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
    >>> result.ok, list(result.entries.columns) == list(COLUMNS)
    (True, True)
    """
    file = Path(path)
    try:
        data = file.read_bytes()
    except FileNotFoundError:
        raise InputError(f"Het bestand {file.name} bestaat niet.") from None
    except IsADirectoryError:
        raise InputError(f"{file.name} is een map, geen bestand.") from None
    return parse_pain_diary(data, filename=file.name)


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
    _, problems, _ = _parse_rows(header, rows)
    return problems


# --------------------------------------------------------------------------- writing


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


def _csv_bytes(entries: pd.DataFrame, style: CsvStyle) -> bytes:
    lines = [style.sep.join(HEADERS[c] for c in COLUMNS)]
    for row in entries.itertuples(index=False):
        values = row._asdict()
        cells = [pd.Timestamp(values["datum"]).strftime(style.date_format)]
        cells += [_format_float(float(values[key]), style.decimal) for key in PAIN_COLUMNS]
        steps = values["stappen"]
        cells.append("" if _is_blank(steps) else str(int(steps)))
        cells += [neutralise_formula(_as_text(values[key])) for key in ("oefeningen", "notities")]
        lines.append(style.sep.join(_csv_field(cell, style.sep) for cell in cells))
    text = style.newline.join(lines) + style.newline
    return (b"\xef\xbb\xbf" if style.bom else b"") + text.encode("utf-8")


def _xlsx_bytes(entries: pd.DataFrame) -> bytes:
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
                cell.value = None if _is_blank(value) else int(value)
            else:
                # Excel stores a line break as LF; a CR would silently become LF anyway.
                text = _as_text(value).replace("\r\n", "\n").replace("\r", "\n")
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


def _checked_entries(entries: pd.DataFrame) -> pd.DataFrame:
    missing = [c for c in COLUMNS if c not in entries.columns]
    table = entries.copy()
    for column in missing:
        table[column] = "" if column in ("oefeningen", "notities") else None
    problems = [p for p in validate_pain_diary(table.loc[:, list(COLUMNS)]) if p.skipped]
    if problems:
        raise InputError("Niet opgeslagen: " + str(problems[0]))
    return _typed(table.loc[:, list(COLUMNS)])


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
        Target file; ``.xlsx`` gives an Excel workbook, anything else CSV.
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
    """
    target = Path(path)
    table = _checked_entries(entries)
    if target.suffix.lower() in (".xlsx", ".xlsm"):
        data = _xlsx_bytes(table)
    else:
        data = _csv_bytes(table, style)
    atomic_write_bytes(target, data)
    return target


# --------------------------------------------------------------------------- adding


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
        column = _HEADER_LOOKUP.get(_normalise_header(key))
        if column is None:
            raise InputError(f"Onbekend veld '{key}' in de invoer.")
        values[column] = value
    if _is_blank(values.get("datum")):
        raise InputError("Datum: vul een datum in.")
    record: dict[str, object] = {}
    try:
        record["datum"] = parse_date(values["datum"])
    except InputError as error:
        raise InputError(f"Datum: {error}") from None
    for key in PAIN_COLUMNS:
        record[key] = parse_pain(values.get(key), label=HEADERS[key])
    record["stappen"] = parse_steps(values.get("stappen"), label=HEADERS["stappen"])
    for key in ("oefeningen", "notities"):
        record[key] = _as_text(values.get(key))
    return _frame([record])


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
    return _typed(merged), conflicts


def _load_own_diary(target: Path) -> tuple[pd.DataFrame, CsvStyle]:
    """Read the user's own diary for an update; refuse when saving would lose rows."""
    if not target.exists():
        return empty_diary(), DUTCH_EXCEL
    result = read_pain_diary(target)
    lost = [p for p in result.problems if p.skipped or p.message.startswith("onbekende kolom")]
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
        The user's own diary (CSV or ``.xlsx``); an existing CSV keeps its style.
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
        When the entry is invalid, or the existing file has rows that would be lost.
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
    checked = _checked_entries(new)
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


# --------------------------------------------------------------------------- summaries


def rolling_means(entries: pd.DataFrame, *, days: int = 7, min_days: int = 4) -> pd.DataFrame:
    """Compute the rolling mean of each pain score over the last ``days`` calendar days.

    The window ends on each diary date and counts calendar days, so missing days are
    not filled in; a mean needs at least ``min_days`` scores in the window.

    Examples
    --------
    >>> days = pd.date_range("2026-03-01", periods=5)
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4, 6, 5, 3, 2],
    ...                       "pijn_activiteit": [2] * 5, "pijn_volgende_ochtend": [1] * 5})
    >>> rolling_means(table)["pijn_eerste_stap"].tolist()
    [nan, nan, nan, 4.5, 4.0]
    """
    table = entries.sort_values("datum").set_index("datum")[list(PAIN_COLUMNS)].astype("float64")
    means = table.rolling(f"{days}D", min_periods=min_days).mean()
    return means.reset_index()


MEAN_PREFIX = "7d "
"""Prefix of the rolling-mean columns in :func:`chart_frame` (``"7d Eerste stap"``)."""


def chart_frame(entries: pd.DataFrame) -> pd.DataFrame:
    """Wide table for the diary chart: one row per date.

    Columns: ``datum``, one column per pain measure named by its Dutch label
    (:data:`LABELS`, e.g. ``"Eerste stap"``) and one per 7-day rolling mean, named
    ``"7d " + label`` (:func:`rolling_means`, rounded to 2 decimals).

    Examples
    --------
    >>> days = pd.date_range("2026-03-01", periods=4)
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4, 6, 5, 3],
    ...                       "pijn_activiteit": [2] * 4, "pijn_volgende_ochtend": [1] * 4})
    >>> chart_frame(table)[["Eerste stap", "7d Eerste stap"]].iloc[-1].tolist()
    [3.0, 4.5]
    """
    means = rolling_means(entries)
    table = entries.sort_values("datum", ignore_index=True)
    frame = pd.DataFrame({"datum": table["datum"]})
    for key in PAIN_COLUMNS:
        frame[LABELS[key]] = table[key].astype("float64")
    for key in PAIN_COLUMNS:
        frame[MEAN_PREFIX + LABELS[key]] = means[key].round(2)
    return frame


def sessions(entries: pd.DataFrame) -> pd.DataFrame:
    """Days with exercises: columns ``datum``, ``oefeningen``, ``notities``."""
    done = entries["oefeningen"].fillna("").astype("str").str.strip() != ""
    return entries.loc[done, ["datum", "oefeningen", "notities"]].reset_index(drop=True)


def weekly_summary(entries: pd.DataFrame) -> pd.DataFrame:
    """Per calendar week (Monday-Sunday): days logged, mean pain per measure, sessions, zone.

    Columns: ``week`` (Monday, datetime), ``dagen``, the three pain columns (means),
    ``sessies`` (days with exercises) and ``zone`` (traffic-light zone of the highest
    weekly mean of pain during activity and next-morning pain; empty if both are missing).

    Notes
    -----
    Zones from :func:`hielspoor.monitoring.pain_zone` (``silbernagel2007``).

    Examples
    --------
    >>> days = pd.date_range("2026-03-02", periods=8)  # Monday to next Monday
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4] * 8,
    ...     "pijn_activiteit": [2, 2, 3, 3, 2, 2, 2, 6], "pijn_volgende_ochtend": [3] * 8,
    ...     "oefeningen": ["hielheffen", "", "hielheffen", "", "", "", "", ""]})
    >>> weekly_summary(table)[["dagen", "pijn_activiteit", "sessies", "zone"]].values.tolist()
    [[7, 2.29, 2, 'oranje'], [1, 6.0, 0, 'rood']]
    """
    from hielspoor.monitoring import pain_zone

    table = entries.copy()
    if "oefeningen" not in table:
        table["oefeningen"] = ""
    table["week"] = table["datum"].dt.to_period("W-SUN").dt.start_time
    table["sessie"] = table["oefeningen"].fillna("").astype("str").str.strip() != ""
    grouped = table.groupby("week", sort=True)
    summary = grouped[list(PAIN_COLUMNS)].mean().round(2)
    summary.insert(0, "dagen", grouped["datum"].count())
    summary["sessies"] = grouped["sessie"].sum().astype(int)
    worst = summary[["pijn_activiteit", "pijn_volgende_ochtend"]].max(axis=1)
    summary["zone"] = [pain_zone(v) if not math.isnan(v) else "" for v in worst]
    return summary.reset_index()


def format_weekly_summary(summary: pd.DataFrame) -> pd.DataFrame:
    """Weekly summary as Dutch text for display: dd-mm-jjjj weeks, decimal commas.

    Examples
    --------
    >>> row = pd.DataFrame({"week": [pd.Timestamp("2026-03-02")], "dagen": [7],
    ...     "pijn_eerste_stap": [4.26], "pijn_activiteit": [2.0], "pijn_volgende_ochtend": [3.0],
    ...     "sessies": [3], "zone": ["oranje"]})
    >>> format_weekly_summary(row).iloc[0].tolist()
    ['02-03-2026', '7', '4,3', '2,0', '3,0', '3', 'oranje']
    """

    def number(value: float) -> str:
        return "" if math.isnan(value) else format_number(value, decimals=1)

    out = pd.DataFrame(
        {
            "Week vanaf": [f"{week:%d-%m-%Y}" for week in summary["week"]],
            "Dagen": [str(v) for v in summary["dagen"]],
            **{
                f"{LABELS[key]} (gem.)": [number(float(v)) for v in summary[key]]
                for key in PAIN_COLUMNS
            },
            "Oefendagen": [str(v) for v in summary["sessies"]],
            "Zone": list(summary["zone"]),
        }
    )
    return out


def html_table(table: pd.DataFrame) -> HTML:
    """Show a Dutch text table (e.g. :func:`show_entries`) as plain HTML, without the index.

    Examples
    --------
    >>> html_table(pd.DataFrame({"Datum": ["01-03-2026"]})).data.count("<td>")
    1
    """
    from IPython.display import HTML

    return HTML(table.to_html(index=False, border=0, escape=True, classes="hs-tabel"))


def show_entries(entries: pd.DataFrame) -> pd.DataFrame:
    """Diary rows as Dutch text for display: Dutch headers, dd-mm-jjjj, decimal commas."""

    def number(value: object) -> str:
        return "" if _is_blank(value) else format_number(float(value))

    return pd.DataFrame(
        {
            HEADERS["datum"]: [f"{d:%d-%m-%Y}" for d in entries["datum"]],
            **{HEADERS[k]: [number(v) for v in entries[k]] for k in PAIN_COLUMNS},
            HEADERS["stappen"]: [
                "" if _is_blank(v) else format_number(int(v)) for v in entries["stappen"]
            ],
            HEADERS["oefeningen"]: list(entries["oefeningen"]),
            HEADERS["notities"]: list(entries["notities"]),
        }
    )


__all__ = [
    "COLUMNS",
    "DUTCH_EXCEL",
    "HEADERS",
    "ISO",
    "LABELS",
    "PAIN_COLUMNS",
    "CsvStyle",
    "DiaryProblem",
    "DiaryResult",
    "DuplicateDateError",
    "add_entry",
    "atomic_write_bytes",
    "default_diary_path",
    "empty_diary",
    "entry_frame",
    "format_weekly_summary",
    "html_table",
    "import_entries",
    "merge_entries",
    "chart_frame",
    "parse_date",
    "parse_pain",
    "parse_pain_diary",
    "parse_steps",
    "read_pain_diary",
    "rolling_means",
    "sessions",
    "show_entries",
    "validate_pain_diary",
    "weekly_summary",
    "write_pain_diary",
]
