"""The diary's one schema: columns, Dutch headers and their aliases, limits, result types."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd
import pandera.pandas as pa

from hielspoor.validation import InputError

PAIN_COLUMNS = ("pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend")
"""Internal names of the three pain scores (0-10)."""

TEXT_COLUMNS = ("oefeningen", "notities")
"""Internal names of the free-text columns."""

COLUMNS = ("datum", *PAIN_COLUMNS, "stappen", *TEXT_COLUMNS)
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
"""Dutch file header written for each internal column (the example data, notebooks and
book say "Pijn bij activiteit"; "Pijn tijdens activiteit" is read as an alias)."""

LABELS = {
    "pijn_eerste_stap": "Eerste stap",
    "pijn_activiteit": "Bij activiteit",
    "pijn_volgende_ochtend": "Volgende ochtend",
}
"""Short Dutch names of the pain measures, for charts and tables."""

ALIASES = {
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
"""Headers accepted on import for each internal column (compared after
:func:`normalise_header`)."""

PAIN_MIN, PAIN_MAX = 0, 10
"""Bounds of a pain score (numeric rating scale 0-10)."""

MAX_STEPS = 100_000
"""Highest plausible number of steps in a day (about 70 km of walking)."""

FIRST_YEAR, LAST_YEAR = 1900, 2200
"""Years a diary date may fall in (course choice: any date a person could mean)."""

MAX_CELL_CHARS = 10_000
"""Longest text in one cell of a diary (course choice: about four pages of notes)."""

MAX_FILE_BYTES = 20_000_000
"""Largest diary file read (course choice: a daily diary of a century is under 5 MB)."""


def normalise_header(text: object) -> str:
    r"""Lower-case a header and drop units, punctuation and extra spaces.

    Examples
    --------
    >>> normalise_header("\ufeffPIJN  eerste_stap (0-10)")
    'pijn eerste stap'
    """
    value = unicodedata.normalize("NFKC", "" if text is None else str(text))
    value = value.replace("\ufeff", "").strip().lower()
    value = re.sub(r"\(.*?\)|\[.*?\]", " ", value)
    value = re.sub(r"[_\-/:.,;]+", " ", value)
    return re.sub(r"\s+", " ", value).strip()


HEADER_LOOKUP = {
    normalise_header(alias): column for column, aliases in ALIASES.items() for alias in aliases
}
HEADER_LOOKUP.update({normalise_header(header): column for column, header in HEADERS.items()})
"""Normalised header or alias -> internal column (what :func:`column_of` looks up)."""


def column_of(header: object) -> str | None:
    """Return the internal column name for a file header or alias, or ``None`` if unknown.

    Examples
    --------
    >>> column_of("Pijn tijdens activiteit (0-10)"), column_of("Gewicht")
    ('pijn_activiteit', None)
    """
    return HEADER_LOOKUP.get(normalise_header(header))


ENTRIES_SCHEMA = pa.DataFrameSchema(
    {
        "datum": pa.Column(
            "datetime64[ns]",
            pa.Check.in_range(pd.Timestamp(FIRST_YEAR, 1, 1), pd.Timestamp(LAST_YEAR, 12, 31)),
            unique=True,
        ),
        **{
            key: pa.Column("float64", pa.Check.in_range(PAIN_MIN, PAIN_MAX), nullable=True)
            for key in PAIN_COLUMNS
        },
        "stappen": pa.Column("Int64", pa.Check.in_range(0, MAX_STEPS), nullable=True),
        **{
            key: pa.Column("str", pa.Check.str_length(max_value=MAX_CELL_CHARS))
            for key in TEXT_COLUMNS
        },
    },
    strict=True,
    ordered=True,
)
"""pandera schema of a typed diary table (what :func:`frame_from_records` returns)."""


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
                "Waarde": [_shorten(p.value) for p in self.problems],
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


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DuplicateDateError(InputError):
    """An entry for this date is already in the diary (and replacing was not asked)."""


# --------------------------------------------------------------------------- typed frames


def is_blank(value: object) -> bool:
    """Tell whether a cell is blank: ``None``, NaN, NA, NaT or text of only spaces."""
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    return isinstance(value, str) and not value.strip()


def as_text(value: object) -> str:
    """Return a cell as text: blank gives ``""``, ``7.0`` ``"7"``, a datetime dd-mm-jjjj."""
    if isinstance(value, str):
        return value
    if is_blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y")
    return str(value)


def typed_frame(table: pd.DataFrame) -> pd.DataFrame:
    """Give already-parsed diary columns the canonical dtypes and sort by date."""
    out = pd.DataFrame(
        {
            "datum": pd.to_datetime(table["datum"]).astype("datetime64[ns]"),
            **{key: pd.to_numeric(table[key]).astype("float64") for key in PAIN_COLUMNS},
            "stappen": pd.array(
                [None if is_blank(v) else int(v) for v in table["stappen"]], dtype="Int64"
            ),
            **{
                key: pd.Series([as_text(v) for v in table[key]], dtype="str")
                for key in TEXT_COLUMNS
            },
        }
    )
    return out.sort_values("datum", kind="stable", ignore_index=True)


def frame_from_records(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Build a typed diary DataFrame from parsed records (internal names), sorted by date.

    Examples
    --------
    >>> import datetime as dt
    >>> table = frame_from_records([{"datum": dt.date(2026, 3, 1), "pijn_eerste_stap": 4}])
    >>> table.dtypes["stappen"]
    Int64Dtype()
    """
    return typed_frame(pd.DataFrame(list(records), columns=list(COLUMNS)))


def empty_diary() -> pd.DataFrame:
    """Return a diary DataFrame without rows, with the canonical columns and dtypes.

    Examples
    --------
    >>> list(empty_diary().columns) == list(COLUMNS)
    True
    """
    return frame_from_records([])
