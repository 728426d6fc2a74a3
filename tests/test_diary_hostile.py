"""The diary against hostile input: each symptom a careful user or tester met, at their level.

Encodings, quotes, sizes, impossible dates, failing saves, two writers and symbolic
links, tried through the public functions and the forms' callbacks.
"""

from __future__ import annotations

import datetime as dt
import errno
import io
import os
import re
import time
import zipfile

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hielspoor import diary, fileio
from hielspoor.validation import InputError
from tests.diary_corpus import zip_bomb
from tests.diary_support import (
    controls,
    entries_frame,
    lock_held_elsewhere,
    run_processes,
    saved_form,
)

HEADER = "Datum;Pijn eerste stap;Pijn bij activiteit;Notities"


def csv_lines(count: int, *, start: dt.date = dt.date(2026, 3, 1)) -> list[str]:
    """``count`` valid rows with a UTF-8 note that has accents."""
    return [f"{start + dt.timedelta(days=i):%d-%m-%Y};3;2;café {i} naïef" for i in range(count)]


# --------------------------------------------------------------------------- encodings


def test_bom_with_one_bad_byte_reports_that_row_and_keeps_the_rest():
    rows = csv_lines(5)
    data = "\ufeff".encode() + (HEADER + "\r\n").encode()
    data += b"\r\n".join(r.encode() for r in rows[:2])
    data += b"\r\n01-04-2026;4;4;kapot \x81 teken\r\n"
    data += b"\r\n".join(r.encode() for r in rows[2:]) + b"\r\n"
    result = diary.parse_pain_diary(data)
    assert len(result.entries) == 5
    assert result.entries["notities"].str.startswith("café").all()
    assert result.skipped_rows == [4]
    assert "niet te lezen" in str(result.problems[0])
    assert str(result.problems[0]).startswith("Rij 4")


def test_one_windows_1252_row_in_a_utf8_file_gives_no_mojibake_even_after_saving(tmp_path):
    rows = csv_lines(6)
    data = (HEADER + "\r\n").encode()
    data += "\r\n".join(rows[:3]).encode() + b"\r\n"
    data += "10-03-2026;5;5;crème brûlée uit Excel\r\n".encode("cp1252")
    data += "\r\n".join(rows[3:]).encode() + b"\r\n"
    path = tmp_path / "mijn_pijndagboek.csv"
    path.write_bytes(data)
    result = diary.read_pain_diary(path)
    notes = result.entries["notities"].tolist()
    assert "crème brûlée uit Excel" in notes
    assert all("Ã" not in note for note in notes)
    assert [p.row for p in result.problems] == [5]
    assert "Windows-1252" in result.problems[0].message
    assert not result.problems[0].skipped
    diary.add_entry(path, {"datum": "20-03-2026", "pijn_eerste_stap": 2})
    saved = path.read_bytes().decode("utf-8-sig")  # now one encoding, and no mojibake
    assert "crème brûlée uit Excel" in saved and "café 0 naïef" in saved
    assert "Ã" not in saved


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(encoding):
    text = HEADER + "\r\n" + "\r\n".join(csv_lines(3)) + "\r\n"
    result = diary.parse_pain_diary(text.encode(encoding))
    assert result.ok
    assert result.entries["notities"].tolist() == ["café 0 naïef", "café 1 naïef", "café 2 naïef"]


def test_broken_utf16_is_refused_in_dutch_without_nul_characters():
    data = (HEADER + "\r\n01-03-2026;3;2;x\r\n").encode("utf-16-le") + b"\x00\xd8"  # lone surrogate
    with pytest.raises(InputError) as caught:
        diary.parse_pain_diary(data)
    assert "UTF-16" in str(caught.value)
    assert "\x00" not in str(caught.value)


def test_binary_junk_gives_a_dutch_message_without_control_characters():
    with pytest.raises(InputError) as caught:
        diary.parse_pain_diary(b"\x00\x01\x02PDF\x00;\x00binary\x00\n\x00\x00")
    assert "Geen kolom 'Datum'" in str(caught.value)
    assert "\x00" not in str(caught.value)


# --------------------------------------------------------------------------- quotes


def test_unclosed_quote_is_reported_and_the_rows_after_it_are_kept(tmp_path):
    rows = csv_lines(20)
    rows[4] = '05-03-2026;3;2;"zei stop en liep door'
    path = tmp_path / "mijn_pijndagboek.csv"
    path.write_text(HEADER + "\r\n" + "\r\n".join(rows) + "\r\n", encoding="utf-8")
    before = path.read_bytes()
    result = diary.read_pain_diary(path)
    assert len(result.entries) == 20
    assert [p.row for p in result.problems] == [6]
    assert "aanhalingsteken" in str(result.problems[0])
    assert result.entries.loc[4, "notities"] == "zei stop en liep door"
    with pytest.raises(InputError, match="Herstel dat eerst"):  # saving would change that note
        diary.add_entry(path, {"datum": "01-05-2026", "pijn_eerste_stap": 1})
    assert path.read_bytes() == before


def test_a_quoted_note_with_line_breaks_is_not_mistaken_for_an_unclosed_quote():
    text = HEADER + '\r\n01-03-2026;3;2;"regel 1\r\nregel 2; nog wat"\r\n02-03-2026;4;3;x\r\n'
    result = diary.parse_pain_diary(text.encode())
    assert result.ok
    assert result.entries.loc[0, "notities"] == "regel 1\r\nregel 2; nog wat"


# --------------------------------------------------------------------------- sizes


def test_a_cell_over_131072_characters_skips_only_that_row_in_dutch():
    rows = csv_lines(3)
    rows[1] = "02-03-2026;3;2;" + "x" * 140_000
    result = diary.parse_pain_diary((HEADER + "\n" + "\n".join(rows) + "\n").encode())
    assert len(result.entries) == 2
    assert result.skipped_rows == [3]
    assert "140.000 tekens" in str(result.problems[0])


def test_the_form_refuses_a_too_long_note_in_dutch_and_the_diary_stays_readable(tmp_path):
    path = tmp_path / "mijn_pijndagboek.csv"
    parts = saved_form(path)
    parts["notities"].value = "x" * 151_200
    parts["vervang"].value = True
    parts["opslaan"].click()
    assert "Opgeslagen" not in parts["melding"].value
    assert "hoogstens 10.000 tekens" in parts["melding"].value
    assert diary.read_pain_diary(path).ok


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.csv"
    with path.open("wb") as stream:
        stream.truncate(diary.schema.MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="hoogstens 20 MB"):
        diary.read_pain_diary(path)


def _many_members() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(diary.reading.XLSX_MAX_MEMBERS + 1):
            archive.writestr(f"xl/{number}.xml", "")
    return buffer.getvalue()


def _huge() -> bytes:
    """Unpacks past the size limit while no member is packed suspiciously tight."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * 1000)
    data = bytearray(buffer.getvalue())
    size = (diary.reading.XLSX_MAX_UNPACKED_BYTES + 1).to_bytes(4, "little")
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    data[local + 22 : local + 26] = size  # uncompressed size in the local header
    data[central + 24 : central + 28] = size  # ... and in the central directory
    return bytes(data)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (zip_bomb, "verdacht sterk ingepakt: een onderdeel pakt uit tot"),
        (_huge, "pakt uit tot 200,0 MB; dat is te groot voor een dagboek (hoogstens 200 MB)"),
        (_many_members, "bevat 10.001 onderdelen; een dagboek heeft er hoogstens 10.000"),
    ],
    ids=["ratio", "size", "members"],
)
def test_an_xlsx_that_unpacks_huge_is_refused_before_unpacking(monkeypatch, make, message):
    """Each of the three limits says which one it is, before openpyxl sees anything."""
    import openpyxl

    def never(*args, **kwargs):
        raise AssertionError("openpyxl must not be called")

    monkeypatch.setattr(openpyxl, "load_workbook", never)
    data = make()
    assert len(data) < 2_000_000
    with pytest.raises(InputError, match=re.escape(message)) as refused:
        diary.parse_pain_diary(data, filename="bom.xlsx")
    assert str(refused.value).endswith("Het is niet geopend.")


@pytest.mark.parametrize("day", ["01-01-2300", "31-12-1850", "2300-01-01"])
def test_csv_dates_outside_1900_2200_are_row_problems_in_dutch(day):
    text = HEADER + f"\n01-03-2026;3;2;x\n{day};3;2;y\n"
    result = diary.parse_pain_diary(text.encode())
    assert len(result.entries) == 1
    assert "kan niet kloppen" in str(result.problems[0])
    assert str(result.problems[0]).startswith("Rij 3")


def test_xlsx_date_in_2300_is_a_dutch_row_problem_not_a_traceback(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Datum", "Pijn eerste stap"])
    sheet.append([dt.datetime(2026, 3, 1), 3])
    sheet.append([dt.datetime(2300, 1, 1), 4])
    path = tmp_path / "dagboek.xlsx"
    book.save(path)
    result = diary.read_pain_diary(path)
    assert len(result.entries) == 1
    assert result.skipped_rows == [3]
    assert "2300" in str(result.problems[0])


def test_the_form_refuses_year_2300_and_drops_the_earlier_saved_message(tmp_path):
    path = tmp_path / "mijn_pijndagboek.csv"
    parts = saved_form(path)
    parts["datum"].value = dt.date(2300, 1, 1)
    parts["opslaan"].click()
    assert "Opgeslagen" not in parts["melding"].value
    assert "jaartal 2300 kan niet kloppen" in parts["melding"].value
    assert len(diary.read_pain_diary(path).entries) == 1


# --------------------------------------------------------------------------- failing saves


@pytest.mark.parametrize(
    ("code", "message"),
    [(errno.ENOSPC, "de schijf is vol"), (errno.EACCES, "geen toestemming"),
     (errno.EROFS, "alleen-lezen")],
)  # fmt: skip
def test_form_shows_a_dutch_message_when_saving_fails_and_the_file_stays(
    tmp_path, monkeypatch, code, message
):
    from hielspoor.widgets import diary as diary_widgets

    path = tmp_path / "mijn_pijndagboek.csv"
    diary.add_entry(path, {"datum": "01-03-2026", "pijn_eerste_stap": 4})
    before = path.read_bytes()
    form = diary_widgets.diary_form(path, today=dt.date(2026, 3, 5))
    parts = controls(form, "hs-dagboek-")

    def broken(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", broken)
    parts["opslaan"].click()
    assert "Niet opgeslagen" in parts["melding"].value
    assert message in parts["melding"].value
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [
        "mijn_pijndagboek.csv"
    ]


def test_form_says_the_diary_is_in_use_when_another_writer_holds_it(tmp_path, monkeypatch):
    from hielspoor.widgets import diary as diary_widgets

    path = tmp_path / "mijn_pijndagboek.csv"
    form = diary_widgets.diary_form(path, today=dt.date(2026, 3, 5))
    parts = controls(form, "hs-dagboek-")
    monkeypatch.setattr(fileio, "LOCK_TIMEOUT_S", 0.2)
    with lock_held_elsewhere(path):
        started = time.monotonic()
        parts["opslaan"].click()
        assert "in gebruik" in parts["melding"].value
        assert time.monotonic() - started < 5
    assert not path.exists()


# --------------------------------------------------------------------------- two writers


def _add_days(path: str, worker: int, count: int) -> None:
    for number in range(count):
        day = dt.date(2026, 1, 1) + dt.timedelta(days=worker * count + number)
        diary.add_entry(path, {"datum": day, "pijn_eerste_stap": worker, "notities": f"w{worker}"})


@pytest.mark.parametrize("through_link", [False, True])
def test_four_processes_adding_twenty_days_each_lose_nothing(tmp_path, through_link):
    synced = tmp_path / "sync"
    synced.mkdir()
    real = synced / "mijn_pijndagboek.csv"
    path = real
    if through_link:
        path = tmp_path / "mijn_pijndagboek.csv"
        path.symlink_to(real)
    run_processes(_add_days, [(str(path), worker, 20) for worker in range(4)])
    entries = diary.read_pain_diary(real).entries
    assert len(entries) == 80
    assert entries["notities"].value_counts().to_dict() == {f"w{w}": 20 for w in range(4)}
    assert path.is_symlink() == through_link


def test_add_entry_writes_through_a_symbolic_link(tmp_path):
    synced = tmp_path / "sync"
    synced.mkdir()
    real = synced / "dagboek.csv"
    diary.write_pain_diary(entries_frame([{"datum": dt.date(2026, 3, 1)}]), real)
    link = tmp_path / "mijn_pijndagboek.csv"
    link.symlink_to(real)
    diary.add_entry(link, {"datum": "02-03-2026", "pijn_eerste_stap": 3})
    assert link.is_symlink()
    assert len(diary.read_pain_diary(real).entries) == 2


# --------------------------------------------------------------------------- properties

GOOD = st.builds(
    lambda day, pain, note: (day, pain, note),
    st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)),
    st.integers(0, 10),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\r\n\x00"), max_size=12),
)
JUNK = st.sampled_from(
    [
        "31-02-2026;3;2;x", "hoog;3;2;x", "01-03-2026;elf;2;x", "01-03-2026;11;2;x",
        "01-03-2026;3;-1;x", "01-01-2300;3;2;x", "01-03-2026;nan;2;x", "01-03-2026;3;inf;x",
        "1-3;3;2;x", '"05-03-2026";12;2;x',
    ]
)  # fmt: skip


def _note_cell(note: str) -> str:
    return '"' + note.replace('"', '""') + '"'


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    plan=st.lists(st.tuples(st.booleans(), GOOD, JUNK), min_size=1, max_size=25),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    bad_byte_row=st.one_of(st.none(), st.integers(0, 24)),
)
def test_reader_keeps_every_good_row_and_reports_every_bad_row(
    tmp_path_factory, plan, encoding, newline, bad_byte_row
):
    lines, good_rows, bad_rows, used = [HEADER], {}, set(), set()
    for good, (day, pain, note), junk in plan:
        row = len(lines) + 1
        if good and day not in used:
            used.add(day)
            good_rows[row] = (day, pain, note)
            lines.append(f"{day:%d-%m-%Y};{pain};;{_note_cell(note)}")
        else:
            bad_rows.add(row)
            lines.append(junk)
    data = (newline.join(lines) + newline).encode(encoding)
    if bad_byte_row is not None and encoding == "utf-8" and bad_byte_row + 2 in bad_rows:
        target = lines[bad_byte_row + 1].encode()
        data = data.replace(target, target + b"\x81", 1)  # undecodable byte in a bad row
    path = tmp_path_factory.mktemp("dagboek") / "dagboek.csv"
    path.write_bytes(data)
    started = time.monotonic()
    result = diary.read_pain_diary(path)
    assert time.monotonic() - started < 2
    assert path.read_bytes() == data
    kept = {
        (day.date(), pain, note)
        for day, pain, note in zip(
            result.entries["datum"],
            result.entries["pijn_eerste_stap"],
            result.entries["notities"],
            strict=True,
        )
    }
    assert kept == set(good_rows.values())
    reported = {p.row for p in result.problems}
    assert bad_rows <= reported
    assert all(str(p).startswith(f"Rij {p.row}") for p in result.problems)
    diary.ENTRIES_SCHEMA.validate(result.entries)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_no_exception_but_a_dutch_input_error_escapes_the_reader(data):
    for name in ("dagboek.csv", "dagboek.xlsx"):
        try:
            result = diary.parse_pain_diary(b"Datum;Pijn eerste stap\n" + data, filename=name)
        except InputError as error:
            assert "\x00" not in str(error)
        else:
            assert isinstance(result.entries, pd.DataFrame)
