"""The student build: solution cells removed, notebooks still run, originals untouched."""

import hashlib
import importlib.util
import json
import zipfile
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from hielspoor import chapters, student

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
CHAPTERS = chapters.chapters(ROOT)


def _script():
    path = ROOT / "scripts" / "make_student_version.py"
    spec = importlib.util.spec_from_file_location("make_student_version", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _digest(paths):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    assert NOTEBOOKS, "no notebooks in notebooks/"
    before = _digest(NOTEBOOKS)
    out = tmp_path_factory.mktemp("student")
    assert _script().main(["--out", str(out)]) == 0
    return {"out": out, "before": before}


def test_build_leaves_originals_untouched(build):
    assert _digest(NOTEBOOKS) == build["before"]


def test_build_writes_every_notebook_without_solutions(build):
    written = sorted((build["out"] / "notebooks").glob("*.ipynb"))
    assert [p.name for p in written] == [p.name for p in NOTEBOOKS]
    for original, copy in zip(NOTEBOOKS, written, strict=True):
        source = nbformat.read(original, as_version=4)
        result = nbformat.read(copy, as_version=4)
        assert not any(student.is_solution_cell(cell) for cell in result.cells), copy.name
        text = json.dumps(result)
        assert "{solution" not in text, copy.name
        # Everything else is kept as it was, outputs included, in the same order.
        kept = [cell for cell in source.cells if not student.is_solution_cell(cell)]
        assert result.cells == kept, copy.name
        assert result.metadata == source.metadata


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.path.stem)
def test_every_solution_cell_carries_the_solution_tag(chapter):
    # {solution} markdown cells and every cell from {solution-start} to {solution-end}.
    notebook = nbformat.read(chapter.path, as_version=4)
    assert student.untagged_solution_cells(notebook) == []


def test_strip_solutions_refuses_an_untagged_solution():
    notebook = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_markdown_cell("```{exercise}\n:label: ex-1\nVraag\n```"),
            nbformat.v4.new_markdown_cell("```{solution-start} ex-1\n:class: dropdown\n```"),
            nbformat.v4.new_code_cell("antwoord = 42"),
            nbformat.v4.new_markdown_cell("```{solution-end}\n```"),
        ]
    )
    for cell in notebook.cells[1:]:
        cell.metadata["tags"] = ["solution"]
    assert [c.source for c in student.strip_solutions(notebook).cells] == [notebook.cells[0].source]
    del notebook.cells[2].metadata["tags"]  # the code of the answer, untagged
    with pytest.raises(ValueError, match="cel 3"):
        student.strip_solutions(notebook)


def test_chapter_09_loses_its_solutions_but_keeps_exercises(build):
    name = "09_klasdata_analyseren.ipynb"
    assert name in {c.file for c in CHAPTERS}, "chapter 09 is gone from _toc.yml"
    source = nbformat.read(ROOT / "notebooks" / name, as_version=4)
    result = nbformat.read(build["out"] / "notebooks" / name, as_version=4)
    tagged = [c for c in source.cells if "solution" in c.metadata.get("tags", [])]
    assert len(tagged) >= 5
    assert len(result.cells) == len(source.cells) - len(tagged)
    exercises = [c for c in result.cells if "{exercise" in c.source]
    assert len(exercises) >= 5


def test_zip_holds_student_notebooks_and_package_and_is_reproducible(build, tmp_path):
    zip_path = build["out"] / student.ZIP_NAME
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        for notebook in NOTEBOOKS:
            entry = f"hielspoor/notebooks/{notebook.name}"
            assert entry in names
            assert "{solution" not in archive.read(entry).decode("utf-8")
    assert "hielspoor/hielspoor/stats.py" in names
    assert "hielspoor/data/class_cohort.csv" in names
    assert "hielspoor/LEESMIJ.txt" in names
    # scripts/lab_settings.py installs the citations extension from the package (hielspoor.lab).
    built = [n for n in names if n.startswith("hielspoor/hielspoor/lab/labextension/")]
    assert "hielspoor/hielspoor/lab/labextension/package.json" in built
    assert any(n.endswith(".js") for n in built), built
    # What `pip install -e .` (pyproject's readme and licence files) and the bibliography need.
    for name in student.PROJECT_FILES:
        assert f"hielspoor/{name}" in names
    assert not any("__pycache__" in name for name in names)
    again = student.make_zip(
        sorted((build["out"] / "notebooks").glob("*.ipynb")),
        tmp_path / "again.zip",
        project_root=ROOT,
    )
    assert again.read_bytes() == zip_path.read_bytes()


def _lost_code(notebook: Path) -> bool:
    cells = nbformat.read(notebook, as_version=4).cells
    return any(cell.cell_type == "code" and student.is_solution_cell(cell) for cell in cells)


# Only a notebook that lost code cells can run differently from its original (which nbval
# runs): removing markdown cells does not change what the kernel executes. Keeps this fast.
@pytest.mark.parametrize("notebook", [p for p in NOTEBOOKS if _lost_code(p)], ids=lambda p: p.stem)
def test_student_notebook_executes(build, notebook):
    path = build["out"] / "notebooks" / notebook.name
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    )
    client.execute()  # raises CellExecutionError if a cell needs a removed solution


def test_holds_solution_finds_directives_and_spares_exercises():
    gated_end = {"cell_type": "markdown", "metadata": {}, "source": "```{solution-end}\n```"}
    colon = {"cell_type": "markdown", "metadata": {}, "source": ":::{solution} ex-1\nJa\n:::"}
    exercise = {
        "cell_type": "markdown",
        "metadata": {},
        "source": "```{exercise}\n:label: ex-1\nZoek de solution van de som.\n```",
    }
    code = {"cell_type": "code", "metadata": {}, "source": "# {solution} staat in commentaar"}
    assert student.holds_solution(gated_end)
    assert student.holds_solution(colon)
    assert not student.holds_solution(exercise)
    assert not student.holds_solution(code)


def test_strip_solutions_does_not_change_its_input():
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("Vraag"),
        nbformat.v4.new_code_cell("1 + 1", metadata={"tags": ["solution"]}),
    ]
    result = student.strip_solutions(nb)
    assert len(result.cells) == 1
    assert len(nb.cells) == 2
