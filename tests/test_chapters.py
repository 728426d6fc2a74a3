"""The chapter registry (hielspoor.chapters): one list of chapters, from _toc.yml."""

import json

import nbformat
import pytest

from hielspoor import chapters
from tests.conftest import ROOT

CHAPTERS = chapters.chapters(ROOT)


def test_chapters_follow_the_toc_in_book_order():
    toc = [d for d in chapters.toc_documents(ROOT) if d.startswith("notebooks/")]
    assert [c.document for c in CHAPTERS] == toc
    assert [c.number for c in CHAPTERS] == sorted(c.number for c in CHAPTERS)
    assert "notebooks/00_start" not in {c.document for c in CHAPTERS}  # the start page


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.path.stem)
def test_every_chapter_has_a_title_and_a_start_page_summary(chapter):
    assert chapter.title and not chapter.title.startswith("#")
    assert chapter.summary, f"{chapter.file}: zet metadata.hielspoor.samenvatting"


def test_start_page_shows_the_generated_chapter_list():
    start = json.loads((ROOT / "notebooks" / "00_start.ipynb").read_text(encoding="utf-8"))
    shown = [
        "".join(output["data"]["text/markdown"])
        for cell in start["cells"]
        if cell["cell_type"] == "code"
        for output in cell["outputs"]
        if "text/markdown" in output.get("data", {})
    ]
    assert shown == [chapters.chapter_list_markdown(ROOT)], "re-run notebooks/00_start.ipynb"
    for chapter in CHAPTERS:
        assert f"[{chapter.title}]({chapter.file})" in shown[0]


def test_without_a_toc_the_chapters_are_the_numbered_notebooks(tmp_path):
    for name, title in [("02_b", "Twee"), ("00_start", "Start"), ("01_a", "Een")]:
        nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(f"(x)=\n# {title}")])
        nbformat.write(nb, tmp_path / f"{name}.ipynb")
    (tmp_path / "notes.ipynb").write_text("{}")  # not a chapter
    listed = chapters.chapter_list_markdown(tmp_path, notebooks_dir=tmp_path)
    assert listed == "1. [Een](01_a.ipynb)\n2. [Twee](02_b.ipynb)"


def test_read_chapter_counts_stored_widget_views(tmp_path):
    cell = nbformat.v4.new_code_cell("form()")
    cell.outputs = [nbformat.v4.new_output("display_data", {chapters.WIDGET_MIME: {}})]
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# Titel"), cell])
    nbformat.write(nb, tmp_path / "03_x.ipynb")
    assert chapters.read_chapter(tmp_path / "03_x.ipynb").widget_views == 1


def test_read_chapter_refuses_a_notebook_without_title(tmp_path):
    nbformat.write(nbformat.v4.new_notebook(), tmp_path / "04_leeg.ipynb")
    with pytest.raises(ValueError, match="geen titel"):
        chapters.read_chapter(tmp_path / "04_leeg.ipynb")
