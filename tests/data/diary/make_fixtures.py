"""Write the messy diary fixtures byte for byte (BOM, CRLF, encodings survive).

Run once: ``.venv/bin/python tests/data/diary/make_fixtures.py``; the files are committed.
Each file imitates what a real program or person produces; see the comment per file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

HERE = Path(__file__).resolve().parent

FIXTURES: dict[str, bytes] = {
    # Excel (Dutch) "CSV UTF-8 (door komma's gescheiden)": BOM, ';', decimal comma,
    # dd-mm-jjjj, CRLF, headers in odd case, notes with ; quotes newline emoji, and the
    # empty ';;;;;;' rows Excel leaves at the end.
    "excel_nl.csv": (
        b"\xef\xbb\xbfDATUM;pijn Eerste Stap;Pijn bij activiteit;PIJN VOLGENDE OCHTEND;"
        b"Stappen;Oefeningen;Notities\r\n"
        b'01-03-2026;6;4,5;5;8.500;"hielheffen 3x12 10 kg; kuitrek";\r\n'
        b'02-03-2026;5;3;4;7200;"hielheffen 3x12; kuitrek";"Nieuwe schoenen; ""lange"" '
        b'wandeling \xf0\x9f\x98\xac"\r\n'
        b'3-3-2026;4,5;;;;;"Regel 1\nRegel 2"\r\n'
        b";;;;;;\r\n"
        b";;;;;;\r\n"
    ),
    # Plain international CSV from a script or Google Sheets: ',', ISO dates, LF,
    # units in the headers, other header variants, no BOM.
    "iso_comma.csv": (
        b"date,Ochtendpijn (0-10),Pijn tijdens activiteit (0-10),Pijn ochtend erna (0-10),"
        b"Aantal stappen,Oefening,Opmerkingen\n"
        b"2026-03-01,6,4.5,5,8500,hielheffen,\n"
        b'2026-03-02,5,3,4,,,"komma, in notitie"\n'
        b"\n"
    ),
    # Old Excel "CSV (gescheiden door lijstscheidingsteken)": Windows-1252, no BOM.
    "cp1252.csv": (
        "Datum;Pijn eerste stap;Pijn bij activiteit;Notities\r\n"
        "01-03-2026;6;4;Caf\u00e9 bezocht, \u20ac5 voor de thee\r\n"
    ).encode("cp1252"),
    # Excel "Unicode-tekst": UTF-16 little endian with BOM, tab-separated.
    "utf16_tab.txt": (
        "Datum\tPijn eerste stap\tPijn bij activiteit\tNotities\r\n"
        "01-03-2026\t6\t4\tZwaar \U0001f97e\r\n"
    ).encode("utf-16"),
    # Typed by hand with mistakes: every bad row must be named, the good rows load.
    "errors.csv": (
        b"Datum;Pijn eerste stap;Pijn bij activiteit;Pijn volgende ochtend;Stappen;"
        b"Gewicht;Notities\r\n"
        b"01-03-2026;5;3;4;8000;80;goed\r\n"  # row 2: ok (unknown column 'Gewicht')
        b"02-03-2026;11;3;4;8000;;\r\n"  # row 3: pain 11
        b"31-02-2026;5;3;4;8000;;\r\n"  # row 4: no such date
        b"01-03-2026;4;3;4;8000;;dubbel\r\n"  # row 5: duplicate of row 2
        b"gisteren;4;3;4;8000;;\r\n"  # row 6: not a date
        b"05-03-2026;veel;3;4;8000;;\r\n"  # row 7: pain not a number
        b"06-03-2026;4;3;4;8,5;;\r\n"  # row 8: steps not whole
        b";4;3;4;;;geen datum\r\n"  # row 9: date missing
        b"\r\n"  # row 10: empty, ignored
        b"11-03-2026;7/10;2;3;-5;;\r\n"  # row 11: 7/10 ok, steps negative
        b"12-03-2026;3;2;2;7000;;ok\r\n"  # row 12: ok
    ),
    # A note with an unquoted ';' in the last column, as typed in a text editor.
    "unquoted_semicolon.csv": (
        b"Datum;Pijn eerste stap;Notities\r\n01-03-2026;4;pijn; maar minder\r\n"
    ),
    "empty.csv": b"\xef\xbb\xbf\r\n\r\n",
    "no_date_column.csv": b"Dag nummer;Pijn\r\n1;5\r\n",
    "no_pain_column.csv": b"Datum;Notities\r\n01-03-2026;niets\r\n",
}


def write_xlsx(path: Path) -> None:
    """Excel workbook as a person fills it: real date cells, text dates, a bad value."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(
        [
            "Datum",
            "Pijn eerste stap",
            "Pijn bij activiteit",
            "Pijn volgende ochtend",
            "Stappen",
            "Oefeningen",
            "Notities",
        ]
    )
    sheet.append([dt.datetime(2026, 3, 1), 6, 4.5, 5, 8500, "hielheffen 3x12", "Regel 1\nRegel 2"])
    sheet.append(["02-03-2026", 5, 3, None, None, None, "tekstdatum"])
    sheet.append([dt.datetime(2026, 3, 3), 12, 3, 4, 7000, None, None])  # row 4: pain 12
    sheet.append([None] * 7)  # empty row, ignored
    sheet.append([dt.datetime(2026, 3, 5), 4, 2, 3, 6000.0, None, "=SOM(A1:A2)"])
    sheet["G6"].data_type = "s"  # text that looks like a formula
    for cell in sheet["A"][1:]:
        cell.number_format = "DD-MM-YYYY"
    book.save(path)


if __name__ == "__main__":
    for name, data in FIXTURES.items():
        (HERE / name).write_bytes(data)
    write_xlsx(HERE / "excel.xlsx")
    print(f"{len(FIXTURES) + 1} fixtures written to {HERE}")
