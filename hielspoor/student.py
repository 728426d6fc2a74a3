"""Build the student version of the notebooks: the same chapters without the solutions.

Solution cells carry the cell tag ``solution``; nbconvert's ``TagRemovePreprocessor``
drops them. Nothing else changes: other cells, their outputs and metadata, and the notebook
metadata are copied as they are. The originals are only read. A solution directive in a
cell without the tag (a forgotten tag) stops the build with a Dutch message instead of
leaking the answer: :func:`untagged_solution_cells` finds them, and a test runs it on every
chapter.
"""

from __future__ import annotations

import copy
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

import nbformat
from nbconvert.preprocessors import TagRemovePreprocessor

SOLUTION_TAG = "solution"
# sphinx-exercise: ```{solution} ex-..., and {solution-start} ... {solution-end} around code.
SOLUTION_DIRECTIVE = re.compile(r"[`:]{3,}\s*\{solution(?:-start|-end)?\}")
# A fixed time stamp makes the zip byte-identical on every build.
ZIP_DATE = (2026, 1, 1, 0, 0, 0)
ZIP_NAME = "hielspoor-notebooks.zip"
PROJECT_FILES = (
    "pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE",
    "requirements.txt", "book/references.bib", "scripts/lab_settings.py",
)  # fmt: skip


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def is_solution_cell(cell: dict) -> bool:
    r"""Return True if ``cell`` carries the ``solution`` tag (the student build drops it).

    Examples
    --------
    >>> is_solution_cell({"cell_type": "code", "source": "1 + 1",
    ...                   "metadata": {"tags": ["solution"]}})
    True
    >>> is_solution_cell({"cell_type": "markdown", "metadata": {},
    ...                   "source": "```{exercise}\n:label: ex-09-1\nVraag\n```"})
    False
    """
    return SOLUTION_TAG in cell.get("metadata", {}).get("tags", [])


def holds_solution(cell: dict) -> bool:
    r"""Return True if ``cell`` is a markdown cell with a solution directive.

    The directives are ``{solution}``, ``{solution-start}`` and ``{solution-end}``; the
    code cells between a start and an end are found by :func:`untagged_solution_cells`.

    Examples
    --------
    >>> holds_solution({"cell_type": "markdown", "metadata": {},
    ...                 "source": "```{solution} ex-09-1\n:class: dropdown\nAntwoord\n```"})
    True
    """
    return cell.get("cell_type") == "markdown" and bool(SOLUTION_DIRECTIVE.search(_source(cell)))


def untagged_solution_cells(notebook: nbformat.NotebookNode) -> list[int]:
    r"""Return the indices of solution cells without the ``solution`` tag.

    Solution cells are markdown cells holding a solution directive and every cell between
    a ``{solution-start}`` and its ``{solution-end}`` (the code of a code solution).

    Examples
    --------
    >>> nb = nbformat.v4.new_notebook(cells=[
    ...     nbformat.v4.new_markdown_cell("```{solution-start} ex-1\n```"),
    ...     nbformat.v4.new_code_cell("antwoord = 42"),
    ...     nbformat.v4.new_markdown_cell("```{solution-end}\n```"),
    ... ])
    >>> untagged_solution_cells(nb)
    [0, 1, 2]
    """
    found, inside = [], False
    for index, cell in enumerate(notebook.cells):
        source = _source(cell) if cell.get("cell_type") == "markdown" else ""
        starts = "{solution-start}" in source
        ends = "{solution-end}" in source
        if (inside or holds_solution(cell)) and not is_solution_cell(cell):
            found.append(index)
        inside = (inside or starts) and not ends
    return found


def strip_solutions(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Return a copy of ``notebook`` without its solution cells; the input is not changed.

    Raises
    ------
    ValueError
        If a solution cell lacks the ``solution`` tag (it would stay in the student version).
    """
    untagged = untagged_solution_cells(notebook)
    if untagged:
        numbers = ", ".join(str(i + 1) for i in untagged)
        raise ValueError(
            f"Uitwerking zonder tag '{SOLUTION_TAG}' in cel {numbers}: geef die cellen de tag, "
            "anders staat het antwoord in de studentenversie."
        )
    remover = TagRemovePreprocessor(remove_cell_tags={SOLUTION_TAG}, remove_metadata_fields=set())
    student, _ = remover.preprocess(copy.deepcopy(notebook), {})
    return student


def make_student_notebooks(sources: Iterable[Path], out_dir: Path) -> list[Path]:
    """Write a solution-free copy of every notebook in ``sources`` to ``out_dir``.

    Returns
    -------
    list of pathlib.Path
        The written notebooks, in the order of ``sources``.
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sources:
        notebook = nbformat.read(source, as_version=4)
        target = out_dir / source.name
        if target.resolve() == Path(source).resolve():
            raise ValueError(f"{source}: de studentenversie mag het origineel niet overschrijven.")
        nbformat.write(strip_solutions(notebook), target)
        written.append(target)
    return written


def _files_under(root: Path, folder: str, patterns: tuple[str, ...]) -> list[Path]:
    files: set[Path] = set()
    for pattern in patterns:
        files.update((root / folder).rglob(pattern))
    return sorted(p for p in files if "__pycache__" not in p.parts and p.is_file())


def make_zip(notebooks: Iterable[Path], zip_path: Path, *, project_root: Path) -> Path:
    """Pack the student notebooks with the package and data so they run on their own.

    The zip holds ``hielspoor/notebooks/*.ipynb``, the ``hielspoor`` package, ``data/``,
    the files in :data:`PROJECT_FILES` (what ``pip install`` and the bibliography need) and
    ``LEESMIJ.txt``. Entries are sorted and
    carry a fixed date, so the same input gives a byte-identical zip.
    """
    entries: list[tuple[str, bytes]] = []
    for notebook in notebooks:
        entries.append((f"notebooks/{notebook.name}", notebook.read_bytes()))
    extra = (
        _files_under(project_root, "hielspoor", ("*.py",))
        # the built JupyterLab extension that shows citations as in the book (hielspoor.lab)
        + _files_under(project_root, "hielspoor/lab/labextension", ("*.json", "*.js"))
        + _files_under(project_root, "data", ("*.csv", "*.yaml", "*.md", "*.json"))
    )
    for path in extra:
        entries.append((path.relative_to(project_root).as_posix(), path.read_bytes()))
    # Everything `pip install -e .` and hielspoor.paths need in the unpacked folder.
    for name in PROJECT_FILES:
        if (project_root / name).exists():
            entries.append((name, (project_root / name).read_bytes()))
    entries.append(("LEESMIJ.txt", README_TEXT.encode("utf-8")))
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, payload in sorted(entries):
            info = zipfile.ZipInfo(f"hielspoor/{name}", date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, payload)
    return zip_path


README_TEXT = """Hielspoor: notebooks voor studenten (zonder uitwerkingen)

1. Pak deze map uit.
2. Maak een Python-omgeving (Python 3.11 of nieuwer) en installeer wat nodig is:
       python -m venv .venv
       .venv/bin/pip install --require-hashes -r requirements.txt
       .venv/bin/pip install -e . --no-deps
       .venv/bin/python scripts/lab_settings.py
   (Windows: .venv\\Scripts\\pip en .venv\\Scripts\\python in plaats van .venv/bin/...)
   De laatste stap zet JupyterLab in het Nederlands en toont de bronnen zoals in de cursus.
3. Start JupyterLab met  .venv/bin/jupyter lab  en open de map notebooks/.

De uitwerkingen staan in de online cursus; je docent bepaalt wanneer je ze ziet.
De rekenmodellen in deze cursus zijn om van te leren, niet om een diagnose te stellen.
"""
