"""Execute notebooks in place so their stored outputs are deterministic.

No timing metadata, no widget state (the book then loads no widget manager),
execution counts from 1. Usage: python scripts/run_notebooks.py notebooks/*.ipynb
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient


def run_notebook(path: Path, *, timeout: int = 300) -> None:
    """Execute ``path`` in its own folder and write it back with clean metadata."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        record_timing=False,
        store_widget_state=True,  # needed by Output widgets; stripped below
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        cell.metadata.pop("execution", None)
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "name": "python3",
    }
    nbformat.write(notebook, path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("notebooks", nargs="+", type=Path)
    args = parser.parse_args()
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    for path in args.notebooks:
        print(f"uitvoeren: {path}", flush=True)
        run_notebook(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
