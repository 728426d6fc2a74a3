"""Find the course's data files through the index ``data/datasets.csv``."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from hielspoor.paths import DATA_DIR

__all__ = ["DATA_DIR", "datasets", "example_path", "read_table"]
INDEX = DATA_DIR / "datasets.csv"


@cache
def datasets() -> pd.DataFrame:
    """Return the data index: one row per file, with description, source and licence."""
    return pd.read_csv(INDEX, dtype=str).set_index("name")


def example_path(name: str) -> Path:
    """Return the path of the data file registered as ``name`` in ``data/datasets.csv``.

    Raises
    ------
    KeyError
        If ``name`` is not in the index (unlisted files are never read).

    Examples
    --------
    >>> example_path("belastingcoefficienten").name
    'load_coefficients.csv'
    """
    index = datasets()
    if name not in index.index:
        known = ", ".join(sorted(index.index))
        raise KeyError(f"Onbekende dataset '{name}'. Bekend: {known}.")
    return DATA_DIR / index.loc[name, "file"]


def read_table(name: str) -> pd.DataFrame:
    """Read a registered CSV data set as a DataFrame (comma-separated, UTF-8), unchecked.

    Models read data with :func:`hielspoor.schemas.registry.load_table`, which also checks
    the table against its pandera schema; this reader is for that registry and for tests.
    """
    return pd.read_csv(example_path(name))
