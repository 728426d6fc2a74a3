"""Text readers see says nothing about how the course was made (issues, helpers, seeds)."""

import json
import re
import subprocess

import pytest

from tests.conftest import ROOT

#: Tracker numbers and the workshop folder (spelled in parts so this file names no such path).
ISSUE_OR_FOLDER = r"\bissue\s*#?\d+|(?:\.\.|/work)/" + "shared"
WORKSHOP = re.compile(ISSUE_OR_FOLDER + r"|\b\w*-?helper\b|\bseed\s*0\d\d\b", re.IGNORECASE)
READER_FILES = sorted(
    [*ROOT.glob("data/*.csv"), *ROOT.glob("data/**/*.yaml"), *ROOT.glob("book/**/*.md"),
     *ROOT.glob("notebooks/*.ipynb")]
)  # fmt: skip


@pytest.mark.parametrize("path", READER_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_reader_text_has_no_workshop_words(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        cells = json.loads(text)["cells"]
        text = "\n".join(
            "".join(cell["source"]) + json.dumps(cell.get("outputs", [])) for cell in cells
        )
    found = sorted({match.group(0) for match in WORKSHOP.finditer(text)})
    assert not found, found


def test_the_pattern_finds_workshop_words():
    assert WORKSHOP.search("De tekst-helper kijkt dit na (issue 12).")
    assert WORKSHOP.search("de twee soorten uit seed 002")
    assert not WORKSHOP.search("De helpende hand; vaste data (seed 2026); 12 weken.")


TRACKER = re.compile(ISSUE_OR_FOLDER, re.IGNORECASE)
#: The changelog may name what changed in which release; these files hold the patterns.
TRACKER_EXEMPT = {"CHANGELOG.md", "tests/test_reader_text.py"}


def test_tracked_files_do_not_point_to_the_workshop():
    """A person who clones the repo has no tracker numbers and no workshop folder."""
    files = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    found = []
    for name in files:
        path = ROOT / name
        if name in TRACKER_EXEMPT or "package-lock" in name or not path.is_file():
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:  # images and other binary files
            continue
        found += [f"{name}: {match.group(0)}" for match in TRACKER.finditer(text)]
    assert not found, found


def test_the_tracker_pattern_finds_issue_numbers_and_shared_paths():
    assert TRACKER.search("Targets (issue 15): performance")
    assert TRACKER.search("see ../" + "shared/DESIGN.md")
    assert WORKSHOP.search("see ../" + "shared/DESIGN.md")
    assert not TRACKER.search("jupyter-book/jupyterlab-myst/issues/127")
