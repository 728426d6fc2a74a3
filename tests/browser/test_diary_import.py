"""The static book's diary imports what hielspoor.diary reads, with the same result.

Every file of the hostile corpus (``tests/diary_corpus.py``: mixed encodings, an
unclosed quote, oversize cells, formulas, BOM, CRLF, UTF-16, Dutch Excel variants and
``.xlsx`` files, among them a zip bomb and a date in 2300) is read by the page in chromium
and by :func:`hielspoor.diary.parse_pain_diary`: the same kept rows, the same problem row
numbers and Dutch messages, or the same Dutch refusal. Offline: a request to any other
host fails the test.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from hielspoor import diary
from hielspoor.validation import InputError
from tests.browser.test_patient_tools import DIARY_PAGE, TOOL, Phone, _frame, _import, phone  # noqa: F401
from tests.diary_corpus import csv_corpus, generated_xlsx, xlsx_corpus, zip_bomb
from tests.test_booktools_reader import expected, got_in_python_terms

pytestmark = [pytest.mark.browser, pytest.mark.book]

PARSE = """async ([bytes, name]) => {
  try { return await HielspoorDagboek.parseDiary(new Uint8Array(bytes), name); }
  catch (e) { return {error: e.message, dutch: !!e.dutch}; } }"""


def _page_reads(page, data: bytes, name: str) -> dict:
    return got_in_python_terms(page.evaluate(PARSE, [list(data), name]))


def test_hostile_corpus_reads_as_the_package_reads_it(phone):  # noqa: F811
    page = phone.open(DIARY_PAGE)
    files = {**csv_corpus(), **xlsx_corpus(), **generated_xlsx()}
    differences = []
    for name, data in files.items():
        want, got = expected(data, name), _page_reads(page, data, name)
        if want != got:
            differences.append(
                f"{name}:\n  python: {str(want)[:1200]}\n  page:   {str(got)[:1200]}"
            )
    assert not differences, "\n".join(differences)


def test_xlsx_dates_and_the_year_2300(phone):  # noqa: F811
    page = phone.open(DIARY_PAGE)
    data = xlsx_corpus()["dates.xlsx"]
    got = _page_reads(page, data, "dates.xlsx")
    rows = {row: message for row, _, message, _ in got["problems"]}
    assert "het jaartal 2300 kan niet kloppen" in rows[4]
    assert [e["datum"] for e in got["entries"]][:2] == ["2026-03-02", "2026-03-03"]
    # a cell openpyxl wrote as a formula has no cached value; text with @ stays text
    assert [e["notities"] for e in got["entries"]][:2] == ["", "@x"]


def test_zip_bomb_is_refused_before_unpacking(phone):  # noqa: F811
    """The declared sizes are checked first; inflating a lying zip stops at its limit."""
    page = phone.open(DIARY_PAGE)
    bomb = zip_bomb()
    got = _page_reads(page, bomb, "bom.xlsx")
    assert got == expected(bomb, "bom.xlsx")
    assert "verdacht sterk ingepakt" in got["error"] and "niet geopend" in got["error"]
    # a zip that declares a small sheet but inflates to more: stopped, in Dutch
    lied = _lie_about_sizes(bytearray(xlsx_corpus()["dates.xlsx"]), "xl/worksheets/sheet1.xml", 100)
    got = page.evaluate(PARSE, [list(lied), "gelogen.xlsx"])
    assert got["dutch"] and "niet te openen" in got["error"], got
    with pytest.raises(InputError):
        diary.parse_pain_diary(lied, filename="gelogen.xlsx")


def _lie_about_sizes(data: bytearray, name: str, size: int) -> bytes:
    """Write a smaller uncompressed size for ``name`` in the central directory."""
    import struct

    at = 0
    while (at := data.find(b"PK\x01\x02", at)) >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + length].decode() == name:
            struct.pack_into("<I", data, at + 24, size)
        at += 4
    return bytes(data)


def test_import_of_an_xlsx_by_touch_then_export_reads_back_unchanged(phone, tmp_path):  # noqa: F811
    page = phone.open(DIARY_PAGE, fresh=True)
    path = tmp_path / "dagboek.xlsx"
    path.write_bytes(xlsx_corpus()["dates.xlsx"])
    _import(phone, path)
    report = page.locator(".hs-import-rapport")
    assert "overgeslagen" in report.inner_text()
    with page.expect_download() as info:
        phone.tap(page.get_by_role("button", name="Download als CSV"))
    exported = tmp_path / info.value.suggested_filename
    info.value.save_as(exported)
    want = diary.parse_pain_diary(path.read_bytes(), filename=path.name).entries
    back = diary.read_pain_diary(exported)
    assert back.ok, back.problems
    pd.testing.assert_frame_equal(back.entries, want)
    written = diary.write_pain_diary(want, tmp_path / "python.csv")
    assert exported.read_bytes() == written.read_bytes()


def test_a_file_over_the_size_limit_is_refused_before_reading(phone, tmp_path):  # noqa: F811
    page = phone.open(DIARY_PAGE, fresh=True)
    path = tmp_path / "groot.csv"
    with path.open("wb") as handle:
        handle.truncate(diary.schema.MAX_FILE_BYTES + 1)
    page.set_input_files(f"{TOOL} input[type=file]", str(path))
    page.wait_for_selector(".hs-import-rapport .hs-fout", state="attached")
    with pytest.raises(InputError) as error:
        diary.read_pain_diary(path)
    assert page.locator(".hs-import-rapport .hs-fout").inner_text() == f"groot.csv: {error.value}"
    assert dt.date.today()  # the page stays usable
    assert page.get_by_role("button", name="Zet in mijn dagboek").is_disabled()
