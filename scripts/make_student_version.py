"""Write the student version of the course: notebooks without solutions, plus a zip.

Usage (``make student`` calls this)::

    .venv/bin/python scripts/make_student_version.py --out build/student

Writes ``<out>/notebooks/NN_*.ipynb`` (every cell tagged ``solution`` removed with nbconvert's
``TagRemovePreprocessor``; a solution without the tag stops the build; everything else
unchanged) and
``<out>/hielspoor-notebooks.zip`` (those notebooks with the package and the data, to hand
out). The notebooks in ``notebooks/`` are only read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat

from hielspoor import student

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "student")
    parser.add_argument("--notebooks", type=Path, default=ROOT / "notebooks")
    args = parser.parse_args(argv)
    sources = sorted(args.notebooks.glob("[0-9][0-9]_*.ipynb"))
    if not sources:
        print(f"geen notebooks gevonden in {args.notebooks}", file=sys.stderr)
        return 1
    written = student.make_student_notebooks(sources, args.out / "notebooks")
    for source, target in zip(sources, written, strict=True):
        before = len(nbformat.read(source, as_version=4).cells)
        after = len(nbformat.read(target, as_version=4).cells)
        print(f"{source.name}: {before - after} uitwerkingscellen verwijderd")
    zip_path = student.make_zip(written, args.out / student.ZIP_NAME, project_root=ROOT)
    print(f"schreef {len(written)} notebooks en {zip_path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
