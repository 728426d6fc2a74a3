"""Build step: put a copy of data/ and book/references.bib into the wheel.

The repository keeps one copy of each (``data/`` and ``book/references.bib``); a built
wheel carries them as ``hielspoor/_data/``, where :mod:`hielspoor.paths` finds them when
the package is installed with ``pip install .``. An editable install reads them in place.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithData(build_py):
    """``build_py`` that also copies the course's data and bibliography into the package."""

    def run(self):
        """Build the package, then copy ``data/`` and the bibliography (not when editable)."""
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "hielspoor" / "_data"
        shutil.copytree(
            ROOT / "data",
            target,
            dirs_exist_ok=True,
            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"),
        )
        shutil.copy2(ROOT / "book" / "references.bib", target / "references.bib")


setup(cmdclass={"build_py": BuildPyWithData})
