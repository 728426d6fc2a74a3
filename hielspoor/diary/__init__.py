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

Reading is forgiving about form and strict about content: every bad value is reported
with the row number as a spreadsheet shows it (header = row 1), the column and the
problem, and the other rows still load. Reading never changes the file; writing is
locked and atomic, text that a spreadsheet would run as a formula is neutralised, and a
write followed by a read gives back exactly the same entries.

The package is split by job: :mod:`~hielspoor.diary.schema` (columns, aliases, limits,
the pandera schema, result types), :mod:`~hielspoor.diary.cells` (one cell or one
column), :mod:`~hielspoor.diary.rows` (the row engine), :mod:`~hielspoor.diary.checking`
(:func:`check_entries` for tables in code), :mod:`~hielspoor.diary.decoding` (bytes to
text), :mod:`~hielspoor.diary.fastcsv` (the clean-file path),
:mod:`~hielspoor.diary.reading`, :mod:`~hielspoor.diary.writing`,
:mod:`~hielspoor.diary.entries` (add, merge, import) and :mod:`~hielspoor.diary.summary`.
The schema is documented for learners in ``data/pain_diary_README.md``.
"""

from hielspoor.diary.cells import parse_date, parse_pain, parse_steps
from hielspoor.diary.checking import check_entries, validate_pain_diary
from hielspoor.diary.entries import (
    DIARY_NAME,
    add_entry,
    default_diary_path,
    entry_frame,
    import_entries,
    merge_entries,
)
from hielspoor.diary.reading import parse_pain_diary, read_pain_diary
from hielspoor.diary.schema import (
    COLUMNS,
    DUTCH_EXCEL,
    ENTRIES_SCHEMA,
    HEADER_LOOKUP,
    HEADERS,
    ISO,
    LABELS,
    MAX_CELL_CHARS,
    MAX_STEPS,
    PAIN_COLUMNS,
    CsvStyle,
    DiaryProblem,
    DiaryResult,
    DuplicateDateError,
    empty_diary,
    frame_from_records,
)
from hielspoor.diary.summary import (
    MEAN_PREFIX,
    chart_frame,
    format_weekly_summary,
    rolling_means,
    sessions,
    show_entries,
    weekly_summary,
)
from hielspoor.diary.writing import write_pain_diary
from hielspoor.fileio import atomic_write_bytes

__all__ = [
    "COLUMNS",
    "DIARY_NAME",
    "DUTCH_EXCEL",
    "ENTRIES_SCHEMA",
    "HEADER_LOOKUP",
    "HEADERS",
    "ISO",
    "LABELS",
    "MAX_CELL_CHARS",
    "MAX_STEPS",
    "MEAN_PREFIX",
    "PAIN_COLUMNS",
    "CsvStyle",
    "DiaryProblem",
    "DiaryResult",
    "DuplicateDateError",
    "add_entry",
    "atomic_write_bytes",
    "chart_frame",
    "check_entries",
    "default_diary_path",
    "empty_diary",
    "entry_frame",
    "format_weekly_summary",
    "frame_from_records",
    "import_entries",
    "merge_entries",
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
