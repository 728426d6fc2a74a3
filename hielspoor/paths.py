"""Where the course's files are: its data, its bibliography and the learner's own files.

One resolver for both ways the package runs:

* **in the repository** (``make lab``, an editable install, ``PYTHONPATH``): the data are the
  repository's ``data/`` and the bibliography is ``book/references.bib``;
* **installed** (``pip install .``): the wheel carries a copy of both in
  ``hielspoor/_data/`` (made at build time by ``setup.py``; never committed).

The learner's own files (the pain diary, the exported plan) go to one folder,
:func:`learner_dir`: ``$HIELSPOOR_BESTANDEN`` when set, otherwise ``mijn_bestanden/`` in
the working folder (for the course's notebooks: ``notebooks/mijn_bestanden/``).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

#: Folder name of the data and bibliography copy inside an installed package.
PACKAGED = "_data"
#: Environment variable that overrides :func:`learner_dir`.
LEARNER_DIR_ENV = "HIELSPOOR_BESTANDEN"
#: Default folder for the learner's own files, relative to the working folder.
LEARNER_DIR_NAME = "mijn_bestanden"


def _package_dir() -> Path:
    root = files("hielspoor")
    if not isinstance(root, Path):  # a zip import: nothing here reads from a zip
        raise RuntimeError("hielspoor moet als gewone map geïnstalleerd zijn, niet als zip.")
    return root


def repo_root() -> Path | None:
    """Return the repository root when the package runs from a checkout, else ``None``.

    A checkout is a folder that holds the package next to ``data/datasets.csv``: the
    repository, or the unpacked student zip (``make student``).
    """
    root = _package_dir().parent
    if (root / "data" / "datasets.csv").is_file():
        return root
    return None


def data_dir() -> Path:
    """Return the folder with the course's data files (``data/`` or the packaged copy).

    Raises
    ------
    FileNotFoundError
        If neither a checkout's ``data/`` nor the packaged copy exists (a broken install).

    Examples
    --------
    >>> (data_dir() / "datasets.csv").is_file()
    True
    """
    packaged = _package_dir() / PACKAGED
    if (packaged / "datasets.csv").is_file():
        return packaged
    root = repo_root()
    if root is None:
        raise FileNotFoundError(
            f"De data van de cursus ontbreken: geen {packaged} en geen data/ naast het pakket. "
            "Installeer het pakket opnieuw met 'pip install .'."
        )
    return root / "data"


def bib_path() -> Path:
    """Return the path of the book's bibliography (``book/references.bib`` or its copy).

    Examples
    --------
    >>> bib_path().name
    'references.bib'
    """
    packaged = _package_dir() / PACKAGED / "references.bib"
    if packaged.is_file():
        return packaged
    root = repo_root()
    if root is None:
        raise FileNotFoundError("De bronnenlijst (references.bib) ontbreekt in de installatie.")
    return root / "book" / "references.bib"


def labextension_dir() -> Path:
    """Return the folder of the built JupyterLab extension ``hielspoor-bronnen`` (package data).

    Examples
    --------
    >>> (labextension_dir() / "package.json").is_file()
    True
    """
    return _package_dir() / "lab" / "labextension"


def learner_dir(*, create: bool = False) -> Path:
    """Return the one folder for the learner's own files (diary, exported plans).

    ``$HIELSPOOR_BESTANDEN`` when set, otherwise ``mijn_bestanden`` in the working folder.
    The folder is made only when ``create`` is true (reading never makes folders).

    Examples
    --------
    >>> import os
    >>> os.environ.pop("HIELSPOOR_BESTANDEN", None) and None
    >>> learner_dir().name
    'mijn_bestanden'
    """
    folder = Path(os.environ.get(LEARNER_DIR_ENV) or LEARNER_DIR_NAME)
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


#: Resolved once at import; other modules import these names.
DATA_DIR = data_dir()
BIB_PATH = bib_path()
