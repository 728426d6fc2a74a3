"""data/ and its index data/datasets.csv match one to one, and sources resolve."""

import re

import pandas as pd
import pytest

from hielspoor import data
from hielspoor.references import bib_keys

DATA_SUFFIXES = {".csv", ".yaml", ".xlsx"}


def test_every_data_file_is_registered_and_every_row_exists(root):
    index = data.datasets()
    listed = set(index["file"])
    on_disk = {
        p.name
        for p in (root / "data").iterdir()
        if p.suffix in DATA_SUFFIXES and p.name != "datasets.csv"
    }
    assert on_disk == listed


@pytest.mark.parametrize("name", sorted(data.datasets().index))
def test_registered_dataset_is_readable(name):
    path = data.example_path(name)
    assert path.exists()
    if path.suffix == ".csv":
        assert len(pd.read_csv(path, sep=None, engine="python")) > 0


def test_index_rows_are_complete():
    index = data.datasets().reset_index()
    assert not index.isna().any().any()
    assert index["name"].is_unique


def test_unlisted_name_is_refused():
    with pytest.raises(KeyError, match="Onbekende dataset"):
        data.example_path("bestaat_niet")


def test_source_columns_cite_known_keys():
    keys = bib_keys()
    for name in data.datasets().index:
        path = data.example_path(name)
        if path.suffix != ".csv":
            continue
        table = pd.read_csv(path, sep=None, engine="python")
        for column in ("source", "sources"):
            if column in table.columns:
                cited = {
                    key.strip()
                    for cell in table[column].dropna()
                    for key in re.split(r"[;,]", str(cell))
                    if key.strip()
                }
                assert cited <= keys, f"{name}: {sorted(cited - keys)}"
