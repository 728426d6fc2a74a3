"""Schemas of the data index (``data/datasets.csv``) and the term list (``data/terms.csv``)."""

from __future__ import annotations

from collections.abc import Collection

import pandera.pandas as pa

from hielspoor.schemas import parts


def datasets_schema(*, data_files: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``datasets.csv``: unique names, each naming a file in ``data/``."""
    return parts.table_schema(
        {
            "name": parts.key(),
            "file": pa.Column(
                None,
                parts.member_of(data_files, what="bestand in data/", nullable=False).checks,
                unique=True,
                nullable=False,
            ),
            "description": parts.text(),
            "source": parts.text(),
            "licence": parts.text(),
            "created": parts.iso_date(),
            "used_in": parts.text(),
        }
    )


def terms_schema() -> pa.DataFrameSchema:
    """Return the schema of ``terms.csv``: cells filled, every pattern a valid regex."""
    return parts.table_schema(
        {
            "preferred": parts.text(),
            "rejected": parts.text(),
            "pattern": pa.Column(None, parts.regex_pattern().checks, unique=True, nullable=False),
            "note": parts.text(),
        }
    )


__all__ = ["datasets_schema", "terms_schema"]
