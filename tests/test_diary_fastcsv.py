"""The fast CSV path (pandas' C parser, :mod:`hielspoor.diary.fastcsv`) gives exactly what
the row engine gives: the same typed entries, the same Dutch problems with the same row
numbers, the same file style."""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hielspoor import diary
from hielspoor.diary import decoding, fastcsv, reading
from hielspoor.diary.rows import parse_columns, parse_rows
from hielspoor.diary.schema import HEADERS, MAX_CELL_CHARS
from hielspoor.tables import schema_problems
from hielspoor.validation import InputError

DATES = st.one_of(
    st.dates().map(lambda day: f"{day:%d-%m-%Y}"),
    st.dates().map(lambda day: f"{day:%Y-%m-%d}"),
    st.sampled_from(
        ["31-02-2026", "01-01-2300", "2300-01-01", "31-12-1850", "5/3/26", " 05-03-2026 ",
         "gisteren", "", "  ", "05-03-2026 08:00", "2026-13-01", "00-01-2026", "05.03.2026",
         "05-03-2026x", "=TODAY()", "01-03-2026", "02-03-2026"]
    ),
)  # fmt: skip
"""Dates: any day, as typed or as ISO (year 1 to 9999), plus junk and repeats."""

PAINS = st.one_of(
    st.integers(0, 10).map(str),
    st.tuples(st.integers(0, 10), st.integers(0, 99)).map(lambda p: f"{p[0]},{p[1]}"),
    st.sampled_from(
        ["", "11", "-1", "10,5", "nan", "NaN", "inf", "-inf", "1e1", "1e400", "6.5", " 5",
         "5 ", "7/10", "hoog", "0,1234567890123456789", "1_0", "+3", "٣", "3,", ",5", "'4"]
    ),
)  # fmt: skip

STEPS = st.one_of(
    st.integers(0, 100_000).map(str),
    st.sampled_from(["", "8.500", "8 500", "-5", "2,5", "1e9", "100001", "veel", "1e3"]),
)

TEXTS = st.one_of(
    st.sampled_from(
        ["", "hielheffen 3x12", 'zei "au"', "a;b", "regel 1\nregel 2", "regel 1\r\nregel 2",
         "=SOM(A1:A3)", "'=SOM(A1)", "'s ochtends", "+31 6", "-", "@home", "\tinspringen",
         "😬 zwaar", "einde\n05-03-2026;4;4", '"', 'a""b', "x" * (MAX_CELL_CHARS + 1)]
    ),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=15),
)  # fmt: skip

RAW_LINES = st.sampled_from(
    ["", "   ", ";;;;;;", '05-03-2026;4;"niet gesloten', "06-03-2026;1;2;3;4;5;6;7;8",
     '07-03-2026;"a"b;3', '08-03-2026;3; "spatie"', "09-03-2026;3\r", '"\n', "\ufeffDatum"]
)  # fmt: skip
"""Lines written as they are, not through a CSV writer: the junk people's files hold."""

ROW = st.one_of(
    st.tuples(DATES, PAINS, PAINS, PAINS, STEPS, TEXTS, TEXTS).map(list),
    RAW_LINES,
)


def _file(rows, *, sep: str, newline: str, encoding: str, header: list[str]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=sep, lineterminator=newline)
    writer.writerow(header)
    for row in rows:
        if isinstance(row, str):
            buffer.write(row + newline)
        else:
            writer.writerow(row)
    return buffer.getvalue().encode(encoding, errors="replace")


def _row_engine(data: bytes, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as patch:
        patch.setattr(reading, "clean_csv_cells", lambda text, sep: None)
        return _outcome(data)


def _outcome(data: bytes):
    try:
        result = diary.parse_pain_diary(data)
    except InputError as error:
        return str(error)
    return result


def _assert_same(fast, slow) -> None:
    if isinstance(slow, str) or isinstance(fast, str):
        assert fast == slow
        return
    pd.testing.assert_frame_equal(fast.entries, slow.entries, check_exact=True)
    assert fast.problems == slow.problems
    assert (fast.kind, fast.style) == (slow.kind, slow.style)


HEADER = list(HEADERS.values())


@settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(ROW, max_size=30),
    sep=st.sampled_from([";", ","]),
    newline=st.sampled_from(["\r\n", "\n"]),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252", "utf-16"]),
    header=st.sampled_from(
        [HEADER, HEADER[:4], ["Date", "Pijn tijdens activiteit", "Notities"], [*HEADER, "Gewicht"]]
    ),
    last_newline=st.booleans(),
)
def test_fast_path_and_row_engine_agree_on_generated_files(
    rows, sep, newline, encoding, header, last_newline, monkeypatch
):
    rows = [row[: len(header)] if isinstance(row, list) else row for row in rows]
    data = _file(rows, sep=sep, newline=newline, encoding=encoding, header=header)
    if not last_newline:
        data = data.decode(encoding).removesuffix(newline).encode(encoding)
    _assert_same(_outcome(data), _row_engine(data, monkeypatch))


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    rows=st.lists(st.tuples(DATES, PAINS, PAINS, PAINS, STEPS, TEXTS, TEXTS), max_size=30),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "utf-16"]),
    newline=st.sampled_from(["\r\n", "\n"]),
)
def test_files_written_by_a_csv_writer_take_the_fast_path_and_agree(
    rows, encoding, newline, monkeypatch
):
    """Bad values (dates, 11, -1, nan, formulas, long notes) do not leave the fast path."""
    rows = [row for row in rows if not fastcsv.swallows_rows(row[5:], ";")]  # a row in a note
    data = _file(rows, sep=";", newline=newline, encoding=encoding, header=HEADER)
    text = decoding.decode(data)[0]
    assert fastcsv.clean_csv_cells(text, ";") is not None
    _assert_same(_outcome(data), _row_engine(data, monkeypatch))


@pytest.mark.parametrize(
    "text",
    [
        'Datum;Notities\r\n05-03-2026;"niet gesloten\r\n06-03-2026;ok\r\n',
        "Datum;Notities\r\n05-03-2026;a;b\r\n",
        'Datum;Notities\r\n05-03-2026;"a"b\r\n',
        'Datum;Notities\r\n05-03-2026; "a"\r\n',
        "\r\nDatum;Notities\r\n05-03-2026;a\r\n",
        "\ufeffDatum;Notities\r\n05-03-2026;a\r\n",
        'Datum;Notities\r\n05-03-2026;"a\r\n06-03-2026;b"\r\n',
        "Datum;Notities\r\n05-03-2026;a\x00b\r\n",
    ],
)
def test_unusual_files_leave_the_fast_path(text):
    assert fastcsv.clean_csv_cells(text, ";") is None


def test_the_course_diary_takes_the_fast_path(monkeypatch):
    from hielspoor.data import example_path

    data = example_path("voorbeelddagboek").read_bytes()
    text = decoding.decode(data)[0]
    assert fastcsv.clean_csv_cells(text, decoding.sniff_sep(text)) is not None
    _assert_same(_outcome(data), _row_engine(data, monkeypatch))


CELLS = st.one_of(
    st.none(),
    st.just(math.nan),
    st.just(pd.NA),
    st.just(pd.NaT),
    st.booleans(),
    st.integers(-5, 200_000),
    st.integers(10**20, 10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(),
    st.datetimes(dt.datetime(1600, 1, 1), dt.datetime(2400, 1, 1)).map(pd.Timestamp),
    DATES,
    PAINS,
    STEPS,
    TEXTS,
)
"""Cells as a DataFrame or a spreadsheet gives them: numbers, dates, text, blanks."""


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    header=st.sampled_from([list(diary.COLUMNS), HEADER, HEADER[:3], ["datum", "x", "notities"]]),
    data=st.data(),
)
def test_parse_columns_gives_what_parse_rows_gives(header, data):
    """Tables in code (check_entries) go column by column; files with odd rows row by row."""
    rows = data.draw(st.lists(st.lists(CELLS, min_size=len(header), max_size=len(header))))
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[]] * len(header)
    try:
        by_rows = parse_rows(header, [(number, row) for number, row in enumerate(rows, start=2)])
    except InputError as error:
        with pytest.raises(InputError, match=f"^{re.escape(str(error))}$"):
            parse_columns(header, columns)
        return
    by_columns = parse_columns(header, columns)
    pd.testing.assert_frame_equal(by_columns[0], by_rows[0], check_exact=True)
    assert by_columns[1] == by_rows[1]
    assert by_columns[2].tolist() == by_rows[2].tolist()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    days=st.lists(
        st.one_of(
            st.datetimes(dt.datetime(1678, 1, 1), dt.datetime(2261, 12, 31)),
            st.datetimes(dt.datetime(2026, 3, 1), dt.datetime(2026, 3, 9)),
            st.just(None),
        ),
        max_size=12,
    ),
    data=st.data(),
)
def test_tables_with_date_columns_are_checked_as_with_date_objects(days, data):
    """check_entries reads a datetime64 column at once; the result is as cell by cell."""
    pains = data.draw(st.lists(st.one_of(st.none(), st.floats(-1, 11)), min_size=len(days),
                               max_size=len(days)))  # fmt: skip
    table = pd.DataFrame({"datum": pd.to_datetime(pd.Series(days, dtype=object)),
                          "pijn_activiteit": pd.Series(pains, dtype=float)})  # fmt: skip
    objects = table.astype({"datum": object})
    assert diary.validate_pain_diary(table) == diary.validate_pain_diary(objects)
    outcomes = []
    for version, schema in ((table, True), (objects, True), (table, False)):
        try:
            outcomes.append(diary.check_entries(version, schema=schema))
        except InputError as error:
            outcomes.append(str(error))
    for other in outcomes[1:]:
        if isinstance(outcomes[0], str) or isinstance(other, str):
            assert other == outcomes[0]
        else:
            pd.testing.assert_frame_equal(other, outcomes[0], check_exact=True)
            assert schema_problems(other, diary.ENTRIES_SCHEMA) == []
