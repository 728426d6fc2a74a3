"""The one chapter registry: the book's pages from ``_toc.yml`` and the course's chapters.

A chapter is a notebook ``notebooks/NN_name.ipynb`` named in ``_toc.yml``. Its title is the
notebook's first ``# `` heading; its one-line summary for the start page is the notebook
metadata ``hielspoor.samenvatting``. The start page (``00_start.ipynb``), the HTML checks,
the browser tests and the book benchmark all read the chapters from here, so adding a
chapter means adding its notebook and one line in ``_toc.yml``.

Where there is no ``_toc.yml`` (the unpacked student zip, an installed package), the
chapters are the ``NN_*.ipynb`` notebooks in the notebooks folder, in file-name order.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from hielspoor.paths import repo_root

#: The notebook metadata key that holds the course's own fields.
METADATA_KEY = "hielspoor"
#: MIME type of a stored ipywidgets view.
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
CHAPTER_NAME = re.compile(r"^(\d\d)_\w+$")
START_PAGE = "00_start"


@dataclass(frozen=True)
class Chapter:
    """One chapter: its notebook, number, title and start-page summary."""

    path: Path
    number: int
    title: str
    summary: str
    widget_views: int

    @property
    def file(self) -> str:
        """Notebook file name, e.g. ``01_belasting_en_lichaamsgewicht.ipynb``."""
        return self.path.name

    @property
    def document(self) -> str:
        """Book document name, e.g. ``notebooks/01_belasting_en_lichaamsgewicht``."""
        return f"notebooks/{self.path.stem}"


def toc_documents(root: Path) -> list[str]:
    """Every document named in ``root/_toc.yml``, in book order (without suffix)."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if "file" in entry:
                files.append(entry["file"])
            walk(entry.get("sections", []))

    walk(toc.get("chapters", []))
    for part in toc.get("parts", []):
        walk(part.get("chapters", []))
    return files


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def read_chapter(path: Path) -> Chapter:
    """Read one chapter notebook's number, title, summary and widget count.

    Raises
    ------
    ValueError
        If the file name is not ``NN_name.ipynb`` or the notebook has no ``# `` title.
    """
    match = CHAPTER_NAME.match(path.stem)
    if match is None:
        raise ValueError(f"{path.name}: een hoofdstuk heet NN_naam.ipynb.")
    notebook = json.loads(path.read_text(encoding="utf-8"))
    title = next(
        (
            line[2:].strip()
            for cell in notebook["cells"]
            if cell["cell_type"] == "markdown"
            for line in _source(cell).splitlines()
            if line.startswith("# ")
        ),
        None,
    )
    if title is None:
        raise ValueError(f"{path.name}: geen titel (een regel die begint met '# ').")
    views = sum(
        WIDGET_MIME in output.get("data", {})
        for cell in notebook["cells"]
        if cell["cell_type"] == "code"
        for output in cell.get("outputs", [])
    )
    summary = notebook["metadata"].get(METADATA_KEY, {}).get("samenvatting", "")
    return Chapter(path, int(match.group(1)), title, summary, views)


def chapters(root: Path | None = None, *, notebooks_dir: Path | None = None) -> list[Chapter]:
    """Return the course's chapters in book order.

    Parameters
    ----------
    root
        The repository root with ``_toc.yml``; default the checkout the package runs from.
    notebooks_dir
        Where the notebooks are when there is no ``_toc.yml``; default ``root/notebooks``,
        or the working folder when there is no checkout either.
    """
    root = root if root is not None else repo_root()
    if notebooks_dir is None:
        notebooks_dir = root / "notebooks" if root is not None else Path.cwd()
    if root is not None and (root / "_toc.yml").is_file():
        names = [
            doc.removeprefix("notebooks/")
            for doc in toc_documents(root)
            if doc.startswith("notebooks/")
        ]
    else:
        names = sorted(p.stem for p in notebooks_dir.glob("[0-9][0-9]_*.ipynb"))
    return [read_chapter(notebooks_dir / f"{name}.ipynb") for name in names if name != START_PAGE]


def chapter_list_markdown(root: Path | None = None, **kwargs: Path) -> str:
    """Markdown list of the chapters for the start page: number, link, title, summary."""
    lines = []
    for chapter in chapters(root, **kwargs):
        summary = f": {chapter.summary}" if chapter.summary else ""
        lines.append(f"{chapter.number}. [{chapter.title}]({chapter.file}){summary}")
    return "\n".join(lines)
