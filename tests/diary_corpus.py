"""Hostile diary files for comparing the book's reader with :mod:`hielspoor.diary`.

:func:`csv_corpus` gives hand-made files for each symptom (mixed encodings, an unclosed
quote, oversize cells, formulas, BOM, CRLF, UTF-16, Dutch Excel variants, ...) and
:func:`generated_csv` mixes valid rows with junk, encodings and quotes at random.
:func:`xlsx_corpus` builds Excel files with openpyxl, plus a zip bomb.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path

from hielspoor.diary.schema import COLUMNS, HEADERS

FIXTURES = Path(__file__).resolve().parent / "data" / "diary"

HEADER = (
    "Datum;Pijn eerste stap;Pijn bij activiteit;Pijn volgende ochtend;Stappen;Oefeningen;Notities"
)


def _rows(count: int, *, start: dt.date = dt.date(2026, 3, 2), note: str = "") -> list[str]:
    return [
        f"{start + dt.timedelta(days=i):%d-%m-%Y};{i % 7};{(i * 3) % 6},5;{i % 4};{8000 + i};;"
        f"{note}{i}"
        for i in range(count)
    ]


def _lines(*lines: str, end: str = "\r\n") -> str:
    return end.join(lines) + end


def csv_corpus() -> dict[str, bytes]:
    """Named hostile CSV files, one or more per symptom a tester met."""
    files: dict[str, bytes] = {}
    good = _rows(6)
    # 5. encodings
    files["mixed_utf8_cp1252.csv"] = (
        _lines(HEADER, *good[:2], "04-03-2026;3;2;2;;;één").encode("utf-8")
        + "05-03-2026;3;2;2;;;café crème\r\n".encode("cp1252")
        + _lines("06-03-2026;3;2;2;;;naïef", "07-03-2026;3;2;2;;;zo").encode("utf-8")
    )
    files["cp1252_only.csv"] = _lines(
        HEADER, "02-03-2026;4;3;2;;;café", "03-03-2026;4;3;2;;;ok"
    ).encode("cp1252")
    files["cp1252_undefined_byte.csv"] = (
        _lines(HEADER, *good[:2]).encode("utf-8")
        + b"04-03-2026;3;2;2;;;a\x81b\r\n"
        + _lines("05-03-2026;3;2;2;;;zo").encode("utf-8")
    )
    files["utf8_with_undefined_and_cp1252.csv"] = (
        _lines(HEADER, "02-03-2026;4;3;2;;;ëë").encode("utf-8")
        + b"03-03-2026;4;3;2;;;caf\xe9\r\n04-03-2026;4;3;2;;;x\x9dy\r\n"
    )
    files["bom_and_bad_byte.csv"] = (
        b"\xef\xbb\xbf" + _lines(HEADER, *good[:3]).encode("utf-8") + b"05-03-2026;3;2;2;;;\xff\r\n"
    )
    files["bom_crlf.csv"] = ("\ufeff" + _lines(HEADER, *good)).encode("utf-8")
    files["cr_only.csv"] = _lines(HEADER, *good, end="\r").encode("utf-8")
    files["lf_only.csv"] = _lines(HEADER, *good, end="\n").encode("utf-8")
    text = _lines(HEADER, *good, "08-03-2026;2;2;2;;;ü")
    files["utf16le_bom.csv"] = text.encode("utf-16")
    files["utf16be_bom.csv"] = b"\xfe\xff" + text.encode("utf-16-be")
    files["utf16le_no_bom.csv"] = text.encode("utf-16-le")
    files["utf16be_no_bom.csv"] = text.encode("utf-16-be")
    files["utf16_broken.csv"] = text.encode("utf-16-le")[:-1]
    files["binary_junk.csv"] = b"Datum;Pijn\n\x00\x01\x02\x03;\x00\n" + bytes(range(256))
    # 6. quotes
    rows = _rows(20)
    rows[4] = rows[4] + ' "niet gesloten'
    files["unclosed_quote.csv"] = _lines(HEADER, *rows).encode("utf-8")
    rows = _rows(20)
    rows[4] = rows[4].rsplit(";", 1)[0] + ';"open notitie'
    files["unclosed_quote_in_cell.csv"] = _lines(HEADER, *rows).encode("utf-8")
    rows = _rows(5)
    rows[-1] = rows[-1].rsplit(";", 1)[0] + ';"laatste open'
    files["unclosed_quote_last_row.csv"] = _lines(HEADER, *rows).encode("utf-8")
    files["multiline_notes.csv"] = _lines(
        HEADER,
        '02-03-2026;3;2;2;;;"regel 1\r\nregel 2; met puntkomma"',
        "03-03-2026;3;2;2;;;x",
        '04-03-2026;3;2;2;;"a ""b"" c";"dubbel ""geciteerd"""',
    ).encode("utf-8")
    both = _rows(8)
    both[2] = both[2].rsplit(";", 1)[0] + ';"open'
    files["unclosed_quote_and_cp1252.csv"] = (
        _lines(HEADER, "01-03-2026;1;1;1;;;ë", *both[:5]).encode("utf-8")
        + "10-03-2026;3;2;2;;;café\r\n".encode("cp1252")
        + _lines(*both[5:]).encode("utf-8")
    )
    # 7. size
    files["oversize_cell.csv"] = _lines(
        HEADER, *good[:2], "05-03-2026;3;2;2;;;" + "x" * 10_001
    ).encode()
    files["huge_cell.csv"] = _lines(
        HEADER, "05-03-2026;3;2;2;;;" + "y" * 151_200, *good[4:]
    ).encode()
    files["emoji_cell_at_limit.csv"] = _lines(
        HEADER, "05-03-2026;3;2;2;;;" + "🦶" * 10_000
    ).encode()
    files["emoji_cell_over_limit.csv"] = _lines(
        HEADER, "05-03-2026;3;2;2;;;" + "🦶" * 10_001
    ).encode()
    files["years.csv"] = _lines(
        HEADER,
        "05-03-2300;3;2;2;;;",
        "05-03-1899;3;2;2;;;",
        "2300-01-01;1;1;1;;;",
        "31-12-2200;1;1;1;;;",
        "01-01-1900;1;1;1;;;",
        "29-02-2027;1;1;1;;;",
        "29-02-2028;1;1;1;;;",
    ).encode()
    # 2. formulas
    files["formulas.csv"] = _lines(
        HEADER,
        "02-03-2026;3;2;2;;'=SOM(A1);'+31 6",
        "03-03-2026;3;2;2;;@x;'-2",
        "04-03-2026;3;2;2;;'\tTAB;''=1",
        "05-03-2026;3;2;2;;;'s ochtends",
        "06-03-2026;3;2;2;;;=1+1",
    ).encode()
    # Dutch Excel variants and the course's own format
    files["excel_nl.csv"] = _lines(
        "\ufeffDatum;Pijn eerste stap;Pijn bij activiteit;Pijn volgende ochtend;Stappen;"
        "Oefeningen;Notities",
        '05-03-2026;6,5;4;5;8.500;hielheffen;"met ; puntkomma"',
        "06-03-26;7/10;3,5;;7 200;;",
        "31-02-2026;5;3;2;;;",
        "07-03-2026;11;3;2;;;",
        "07-03-2026;4;3;2;;;dubbel",
        "5/3/26;1;1;1;;;slash",
        "08.03.2026;1;1;1;;;punten",
        "09-03-2026 08:15;1;1;1;;;tijd",
    ).encode("utf-8-sig")
    files["iso_comma.csv"] = (
        b"date,first step pain,activity pain,next morning pain,steps,notes,extra\n"
        b'2026-03-05,2.5,1,1,9000,"regel 1\nregel 2",x\n2026-03-06,3,2,2,,,\n'
    )
    files["tabs.csv"] = (
        b"Datum\tPijn bij activiteit\tNotities\n05-03-2026\t3\tmet, komma\n06-03-2026\t2\t\n"
    )
    files["odd_numbers.csv"] = _lines(
        HEADER,
        "02-03-2026;1_0;nan;inf;1e3;;",
        "03-03-2026;-0;+2;0,5;1.000.000;;",
        "04-03-2026;５;٣;1.234,5;8,5;;",
        "05-03-2026; 4 ;3 /10;7/10;100001;;",
        "06-03-2026;ja;True;;-5;;",
        "07-03-2026;" + "9" * 50 + ";1;1;" + "1" * 45 + ";;",
        "٢٠٢٦-٠٣-٠٨;1;1;1;;;arabisch",
    ).encode()
    files["headers.csv"] = _lines(
        "DATUM (dd-mm-jjjj);Ochtendpijn;Pijn tijdens oefenen [0-10];Gewicht;;Notities",
        "02-03-2026;3;2;80;;a",
        "03-03-2026;3;2;;x;b",
        "  ;  ;  ;  ;  ;  ",
        "",
        "04-03-2026;3;2;;;c;extra;veel",
    ).encode()
    files["extra_cells_not_notes.csv"] = _lines(
        "Datum;Notities;Pijn bij activiteit", "02-03-2026;a;3;x", "03-03-2026;b;2;", "04-03-2026;c"
    ).encode()
    files["duplicates.csv"] = _lines(
        HEADER,
        "02-03-2026;11;2;2;;;eerst fout",
        "02-03-2026;3;2;2;;;dan goed",
        "02-03-2026;3;2;2;;;dubbel",
        "2026-03-02;3;2;2;;;iso dubbel",
    ).encode()
    files["duplicate_column.csv"] = (
        b"Datum;Pijn;Pijn bij activiteit;Pijn tijdens activiteit\n02-03-2026;1;2;3\n"
    )
    files["no_date.csv"] = b"Dag nummer;Pijn\n1;3\n"
    files["no_pain.csv"] = b"Datum;Notities\n02-03-2026;x\n"
    files["empty.csv"] = b""
    files["only_space.csv"] = b" \r\n\t\r\n"
    files["blank_lines_first.csv"] = _lines("", ";;", HEADER, *good[:2]).encode()
    files["nul_header.csv"] = b"Dat\x00um;Pijn\x01\n02-03-2026;3\n"
    files["wrong_type.xls"] = b"\xd0\xcf\x11\xe0 oud excel"
    files["named.xlsx"] = b"geen zip"
    files.update({f"fixture_{p.name}": p.read_bytes() for p in sorted(FIXTURES.glob("*.csv"))})
    return files


def generated_csv(count: int = 300, seed: int = 13) -> dict[str, bytes]:
    """Files that mix valid rows with junk rows, encodings, quotes and line ends."""
    rng = random.Random(seed)
    junk = ["31-02-2026", "2300-01-01", "x", "", " ", "11", "-1", "nan", "inf", "7/10"]
    junk += ["6,5", "8.500", '"', '""', "=1", "'=1", "é", "\t", "05-03-26", "1e3", "١", "12,5/10"]
    files = {}
    for number in range(count):
        lines = [HEADER if rng.random() < 0.8 else HEADER.replace(";", ",")]
        sep = ";" if lines[0] == HEADER else ","
        day = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
        encodings = []
        for _ in range(rng.randrange(1, 25)):
            day += dt.timedelta(days=rng.choice([0, 1, 1, 1, 2]))
            note = rng.choice(["", "ok", "café"])
            cells = [f"{day:%d-%m-%Y}", str(rng.randrange(11)), f"{rng.randrange(10)},5"]
            cells += [str(rng.randrange(11)), str(rng.randrange(20000)), "", note]
            if rng.random() < 0.3:
                cells[rng.randrange(len(cells))] = rng.choice(junk)
            if rng.random() < 0.08:
                cells[-1] = '"twee\nregels' + rng.choice(['"', ""])
            if rng.random() < 0.05:
                cells.append(rng.choice(["x", "", "y;z"]))
            lines.append(sep.join(cells))
            encodings.append(rng.choice(["utf-8"] * 8 + ["cp1252", "latin-1"]))
        end = rng.choice(["\n", "\r\n", "\r"])
        data = (lines[0] + end).encode("utf-8")
        for line, encoding in zip(lines[1:], encodings, strict=True):
            data += (line + end).encode(encoding, errors="replace")
        if rng.random() < 0.1:
            data = b"\xef\xbb\xbf" + data
        if rng.random() < 0.05:
            data = data.decode("utf-8", errors="replace").encode("utf-16")
        if rng.random() < 0.05:
            position = rng.randrange(len(data))
            data = data[:position] + bytes([rng.choice([0x81, 0xFF, 0x00, 0x22])]) + data[position:]
        files[f"gen_{number:03d}.csv"] = data
    return files


def _book(rows: list[list[object]], *, number_format: str | None = None) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    if number_format:
        for cell in sheet["A"][1:]:
            cell.number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def zip_bomb(*, unpacked_bytes: int = 20_000_000) -> bytes:
    """An .xlsx-looking zip whose sheet unpacks to ``unpacked_bytes`` zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"0" * unpacked_bytes)
    return buffer.getvalue()


def xlsx_corpus() -> dict[str, bytes]:
    """Named Excel files: dates as dates, text and serials, Dutch variants, hostile cells."""
    header = [HEADERS[column] for column in COLUMNS]
    files = {
        "dates.xlsx": _book(
            [
                header,
                [dt.datetime(2026, 3, 2), 3, 2.5, 2, 8500, "hielheffen 3x12", "=SOM(A1) als tekst"],
                [dt.datetime(2026, 3, 3), "6,5", "7/10", None, "8.500", None, "@x"],
                [dt.datetime(2300, 1, 1), 1, 1, 1, None, None, "jaar 2300"],
                [dt.datetime(1899, 12, 31), 1, 1, 1, None, None, "te vroeg"],
                ["05-03-2026", 11, 2, 2, None, None, "te hoog"],
                ["2026-03-06", 4, 3, 2, 100_001, None, "te veel stappen"],
                [dt.datetime(2026, 3, 2), 4, 3, 2, None, None, "dubbel"],
                [None, None, None, None, None, None, None],
                [dt.datetime(2026, 3, 7, 14, 30), True, 2, 2, 7.5, 3, "x" * 10_001],
                [45000, 1, 1, 1, None, None, "getal als datum"],
                [45000.5, 1, 1, 1, None, None, "getal met komma"],
                ["", 1, 1, 1, None, None, "geen datum"],
            ],
            number_format=None,
        ),
        "dutch_headers.xlsx": _book(
            [
                [
                    "DATUM (dd-mm-jjjj)",
                    "Ochtendpijn",
                    "Pijn tijdens oefenen [0-10]",
                    "Gewicht",
                    None,
                ],
                [dt.date(2026, 3, 2), 3, 2, 80, None],
                ["31-02-2026", 3, 2, None, None],
                [dt.date(2026, 3, 4), 3.25, 2, None, "los"],
            ]
        ),
        "date_format_dutch.xlsx": _book(
            [
                ["Datum", "Pijn bij activiteit"],
                [46083, 3],
                [46084, 2],
                [146098, 1],
                [3000000, 1],
            ],
            number_format="dd-mm-yyyy;@",
        ),
        "no_date_column.xlsx": _book([["Dag", "Pijn"], [1, 3]]),
        "empty.xlsx": _book([]),
        "bomb.xlsx": zip_bomb(),
        "fixture_excel.xlsx": (FIXTURES / "excel.xlsx").read_bytes(),
    }
    return files


def generated_xlsx(count: int = 25, seed: int = 16) -> dict[str, bytes]:
    """Excel files whose cells mix valid values with junk of every cell type."""
    import openpyxl

    rng = random.Random(seed)
    junk: list[object] = [None, "", " ", True, False, 7.25, 11, -1, 12.5, 10**20, 1e-7, 0.1,
                          "7/10", "6,5", "8.500", "x", "31-02-2026", "2300-01-01", "@x",
                          dt.datetime(2300, 1, 1), dt.datetime(1899, 12, 31, 12),
                          dt.datetime(2026, 3, 5, 8, 30), dt.date(2026, 3, 6), dt.time(12, 30),
                          45000, 45000.5, "é" * 3, "a" * 10_001]  # fmt: skip
    header = [HEADERS[column] for column in COLUMNS]
    files = {}
    for number in range(count):
        book = openpyxl.Workbook()
        sheet = book.active
        for _ in range(rng.randrange(2)):
            sheet.append([None] * rng.randrange(1, 4))  # blank rows before the header
        columns = header[: rng.randrange(3, len(header) + 1)]
        sheet.append(columns + ([None, "Extra"] if rng.random() < 0.2 else []))
        day = dt.datetime(2026, 1, 1) + dt.timedelta(days=rng.randrange(300))
        for _ in range(rng.randrange(1, 15)):
            day += dt.timedelta(days=rng.choice([0, 1, 1, 2]))
            cells: list[object] = [
                day if rng.random() < 0.7 else f"{day:%d-%m-%Y}",
                rng.randrange(11), rng.choice([2, 3.5, "4"]), rng.randrange(11),
                rng.choice([None, 8000, 7500.0]), "hielheffen", rng.choice(["", "ok"]),
            ][: len(columns)]  # fmt: skip
            if rng.random() < 0.4:
                cells[rng.randrange(len(cells))] = rng.choice(junk)
            sheet.append(cells)
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"
        if rng.random() < 0.3:
            for cell in sheet["A"]:
                if isinstance(cell.value, int):
                    cell.number_format = "dd-mm-yyyy"
        buffer = io.BytesIO()
        book.save(buffer)
        files[f"gen_{number:02d}.xlsx"] = buffer.getvalue()
    return files
