"""Notebooks are stored with clean, deterministic outputs that draw offline."""

import json

import pytest

from hielspoor.chapters import chapters
from tests.conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CHAPTERS = chapters(ROOT)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_stored_executed_and_clean(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert "widgets" not in notebook["metadata"], "widget state pulls in a widget manager"
    text = path.read_text(encoding="utf-8")
    assert "vnd.vegalite.v6" not in text and "cdn.jsdelivr.net" not in text
    assert str(ROOT) not in text, "absolute local paths in outputs"
    cells = notebook["cells"]
    code = [c for c in cells if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    assert all(c.get("execution_count") for c in code), "run `make notebooks` and commit"
    for cell in code:
        assert "execution" not in cell.get("metadata", {}), "timing metadata in a cell"
        for output in cell.get("outputs", []):
            assert output.get("output_type") != "error", f"error output: {cell['source'][:80]}"


@pytest.mark.parametrize("path", [c.path for c in CHAPTERS], ids=lambda p: p.stem)
def test_chapter_links_the_red_flags(path):
    text = path.read_text(encoding="utf-8")
    assert "rode-vlaggen" in text or "rode_vlaggen" in text
