"""The book's diary reader (book/_assets/hs-lezen.js) reads CSV files as hielspoor.diary does.

node runs the shipped file with the JSON the book build inlines
(:func:`hielspoor.booktools.payload.diary_payload`) on the hostile corpus of
``tests/diary_corpus.py`` and on generated files; for every file the kept rows, the
problems (row, column, Dutch message, skipped) and the summary must equal
:func:`hielspoor.diary.parse_pain_diary`, or both must refuse the file with the same
Dutch message. ``tests/browser/test_diary_import.py`` does the same in chromium, with
``.xlsx`` files.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import json
import math
import shutil
import subprocess
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import diary
from hielspoor.booktools.payload import diary_payload
from hielspoor.diary.schema import MAX_FILE_BYTES
from hielspoor.validation import InputError
from tests.diary_corpus import csv_corpus, generated_csv

ROOT = Path(__file__).resolve().parent.parent
READER_JS = ROOT / "book" / "_assets" / "hs-lezen.js"

RUNNER = """
const fs = require("fs");
const lezen = require(process.argv[1]);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const reader = lezen.make(input.config);
(async () => {
  const out = {};
  for (const [name, data] of Object.entries(input.files)) {
    try {
      out[name] = await reader.parse(new Uint8Array(Buffer.from(data, "base64")), name);
    } catch (e) { out[name] = { error: e.message, dutch: !!e.dutch }; }
  }
  out.__sizes = input.sizes.map((size) => {
    try { reader.checkSize(size); return null; } catch (e) { return e.message; }
  });
  process.stdout.write(JSON.stringify(out));
})();
"""


@functools.cache
def _config() -> dict:
    payload = diary_payload()
    return {key: payload[key] for key in ("headers", "header_lookup", "pain_columns",
                                          "formula_triggers", "limits")}  # fmt: skip


def run_reader(files: dict[str, bytes], sizes: tuple[int, ...] = ()) -> dict:
    node = shutil.which("node")
    if node is None:  # pragma: no cover - CI has node (see .ci/run)
        pytest.skip("node is not installed")
    payload = {
        "config": _config(),
        "files": {name: base64.b64encode(data).decode() for name, data in files.items()},
        "sizes": list(sizes),
    }
    done = subprocess.run(
        [node, "-e", RUNNER, str(READER_JS)],
        input=json.dumps(payload), capture_output=True, text=True, timeout=600, check=True,
    )  # fmt: skip
    return json.loads(done.stdout)


def expected(data: bytes, name: str) -> dict:
    """What the Python reader gives, in the page's terms."""
    try:
        result = diary.parse_pain_diary(data, filename=name)
    except InputError as error:
        return {"error": str(error)}
    entries = []
    table = result.entries
    for index in range(len(table)):
        entry = {"datum": table["datum"].iloc[index].date().isoformat()}
        for key in diary.PAIN_COLUMNS:
            value = float(table[key].iloc[index])
            entry[key] = None if math.isnan(value) else value
        steps = table["stappen"].iloc[index]
        entry["stappen"] = None if steps is pd.NA else int(steps)
        entry["oefeningen"] = table["oefeningen"].iloc[index]
        entry["notities"] = table["notities"].iloc[index]
        entries.append(entry)
    return {
        "summary": result.summary(),
        "problems": [[p.row, p.column, p.message, p.skipped] for p in result.problems],
        "entries": entries,
    }


def got_in_python_terms(got: dict) -> dict:
    if "error" in got:
        assert got["dutch"], got["error"]  # a JavaScript error, not a Dutch refusal
        return {"error": got["error"]}
    return {
        "summary": got["summary"],
        "problems": [[p["row"], p["column"], p["message"], p["skipped"]] for p in got["problems"]],
        "entries": got["entries"],
    }


def compare(files: dict[str, bytes]) -> list[str]:
    results = run_reader(files)
    differences = []
    for name, data in files.items():
        want, got = expected(data, name), got_in_python_terms(results[name])
        if want != got:
            differences.append(
                f"{name}:\n  python: {str(want)[:1500]}\n  page:   {str(got)[:1500]}"
            )
    return differences


def test_hostile_csv_files_read_as_the_package_reads_them():
    files = csv_corpus()
    differences = compare(files)
    assert not differences, "\n".join(differences)
    # the corpus reaches the symptoms it is for
    problems = " ".join(
        message for data, name in ((d, n) for n, d in files.items())
        for message in [str(expected(data, name))]
    )  # fmt: skip
    for text in ("Windows-1252", "niet te lezen", "niet gesloten", "tekens lang", "het jaartal",
                 "UTF-16", "dubbele datum", "onbekende kolom", "meer cellen"):  # fmt: skip
        assert text in problems, text


def test_generated_files_with_junk_read_as_the_package_reads_them():
    differences = compare(generated_csv())
    assert not differences, f"{len(differences)} verschillen:\n" + "\n".join(differences[:5])


def test_size_limit_is_checked_before_reading_in_dutch():
    sizes = (MAX_FILE_BYTES, MAX_FILE_BYTES + 1, 25_500_000)
    got = run_reader({}, sizes)["__sizes"]
    assert got[0] is None
    for size, message in zip(sizes[1:], got[1:], strict=True):
        with pytest.raises(InputError) as error:
            diary.parse_pain_diary(b"x" * size)
        assert message == str(error.value)
        assert "MB" in message and "hoogstens 20 MB" in message


def test_the_page_never_stores_mojibake():
    """A UTF-8 diary with one Windows-1252 row: the other notes stay intact."""
    name = "mixed_utf8_cp1252.csv"
    got = run_reader({name: csv_corpus()[name]})[name]
    notes = [entry["notities"] for entry in got["entries"]]
    assert "één" in notes and "naïef" in notes and "café crème" in notes
    assert not any("Ã" in note for note in notes)
    assert [p["row"] for p in got["problems"]] == [5]
    assert dt.date.fromisoformat(got["entries"][0]["datum"]) == dt.date(2026, 3, 2)
