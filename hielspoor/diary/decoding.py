"""From a CSV file's bytes to text: the encoding, the cell separator and the line ending.

UTF-8 with or without BOM, UTF-16 with or without BOM, Windows-1252, and a UTF-8 file
with a few Windows-1252 rows (decoded row by row, each such row noted in Dutch).
"""

from __future__ import annotations

import re

from hielspoor.diary.fastcsv import SEPARATORS
from hielspoor.validation import InputError

_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")


def _utf16_without_bom(data: bytes) -> str | None:
    """Return the UTF-16 variant of a file without BOM, judged by its NUL bytes."""
    sample = data[:4000]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if half and odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if half and even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> tuple[str, bool, dict[int, str]]:
    """Decode a CSV file's bytes.

    Returns
    -------
    text, bom, line_notes
        The text, whether the file had a BOM or was not UTF-8 (then saving writes UTF-8
        with BOM so Excel reads it), and a Dutch note per physical line number (1-based)
        that was not UTF-8 and was read as Windows-1252 or could not be read.

    Raises
    ------
    InputError
        For UTF-16 that cannot be decoded and for binary files (NUL bytes).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        body, bom = data[3:], True
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")) or (variant := _utf16_without_bom(data)):
        encoding = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else variant
        try:
            return data.decode(str(encoding)).lstrip("\ufeff"), True, {}
        except UnicodeDecodeError:
            raise InputError(
                "Het bestand lijkt UTF-16-tekst, maar is daarvoor beschadigd. Sla het in je "
                "spreadsheetprogramma op als 'CSV UTF-8' en probeer het opnieuw."
            ) from None
    else:
        body, bom = data, False
    try:
        return body.decode("utf-8"), bom, {}
    except UnicodeDecodeError:
        pass
    lines = body.split(b"\n")
    texts: list[str] = []
    bad: list[int] = []
    utf8_non_ascii = False
    for number, line in enumerate(lines, start=1):
        try:
            texts.append(line.decode("utf-8"))
            utf8_non_ascii = utf8_non_ascii or not line.isascii()
        except UnicodeDecodeError:
            texts.append(line.decode("cp1252", errors="replace"))
            bad.append(number)
    notes: dict[int, str] = {}
    if utf8_non_ascii:  # a UTF-8 file with a few other lines: say which
        for number in bad:
            if _CP1252_UNDEFINED.search(lines[number - 1]):
                notes[number] = (
                    "deze rij bevat tekens die niet te lezen zijn (geen UTF-8 en geen "
                    "Windows-1252); rij overgeslagen. Typ de rij opnieuw in."
                )
            else:
                notes[number] = (
                    "deze rij was niet als UTF-8 opgeslagen en is gelezen als Windows-1252; "
                    "controleer de letters met accenten (bijvoorbeeld é of ë)."
                )
    elif any(_CP1252_UNDEFINED.search(lines[number - 1]) for number in bad):
        for number in bad:
            if _CP1252_UNDEFINED.search(lines[number - 1]):
                notes[number] = (
                    "deze rij bevat tekens die niet te lezen zijn (geen UTF-8 en geen "
                    "Windows-1252); rij overgeslagen. Typ de rij opnieuw in."
                )
    return "\n".join(texts), True, notes


def sniff_sep(text: str) -> str:
    """Return the cell separator of a CSV text: the most common one in its first line."""
    first = next((line for line in text[:100_000].split("\n", 50) if line.strip()), "")
    counts = {sep: first.count(sep) for sep in SEPARATORS}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def line_ending(text: str) -> str:
    r"""Line ending of the file, read from the first line (a note may hold other breaks).

    Examples
    --------
    >>> line_ending('Datum,Notities\n2026-01-05,"a\r\nb"\n')
    '\n'
    >>> line_ending("Datum;Notities\r\n")
    '\r\n'
    """
    end = text.find("\n")
    return "\r\n" if end > 0 and text[end - 1] == "\r" else "\n"
