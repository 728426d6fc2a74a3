"""Schemas of the claims register (``claims.csv``) and the source passages (``passages.csv``).

Both files are read with every cell as text. The scales are those of
``data/claims_README.md`` and ``data/passages_README.md``.
"""

from __future__ import annotations

import re
from collections.abc import Collection

import pandas as pd
import pandera.pandas as pa

from hielspoor.schemas import parts

#: The verdict scale, from best supported to unsafe (DESIGN.md).
VERDICTS = ("ondersteund", "deels ondersteund", "onvoldoende bewijs", "weerlegd", "onveilig")
#: Topics a claim can be about.
TOPICS = ("oorzaak", "risicofactor", "diagnose", "behandeling", "voeding", "prognose", "anatomie")
#: Columns of the register, in file order.
CLAIM_COLUMNS = ("id", "claim", "seeds", "topic", "verdict", "explanation", "sources", "checked")
#: Pattern of a claim id; also used to find claim ids cited in notebooks.
CLAIM_ID = re.compile(r"C-\d{3}")

#: How a passage is given: a quote, a close paraphrase, or not found in the reachable sources.
KINDS = ("citaat", "parafrase", "niet gevonden")
#: Outcome of the check against the passage.
RESULTS = ("bevestigd", "aangepast", "deels", "niet gevonden")
#: Longest quote or paraphrase, in words (the course asks for at most about 30).
MAX_PASSAGE_WORDS = 35
PASSAGE_COLUMNS = (
    "table", "row", "source", "location", "passage", "kind", "result", "note", "checked",
)  # fmt: skip


def claims_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of the register, checking sources against ``known_keys``."""
    return parts.table_schema(
        {
            "id": parts.key(pattern=r"^C-\d{3}$"),
            "claim": parts.text(),
            "seeds": parts.matches(
                r"^\d{3}(;\d{3})*$",
                message="'{waarde}' is geen lijst van artikelnummers zoals 000;002.",
            ),
            "topic": parts.choice(TOPICS),
            "verdict": parts.choice(VERDICTS),
            "explanation": parts.text(),
            "sources": parts.sources(known_keys, name="sources"),
            "checked": parts.iso_date(),
        }
    )


def passages_schema(known_keys: Collection[str]) -> pa.DataFrameSchema:
    """Return the schema of ``data/passages.csv``; sources must be in ``known_keys``."""

    def short(series: pd.Series) -> pd.Series:
        return series.astype(str).str.split().str.len() <= MAX_PASSAGE_WORDS

    return parts.table_schema(
        {
            "table": parts.text(),
            "row": parts.text(),
            "source": parts.member_of(
                known_keys, what="bronsleutel (book/references.bib)", nullable=False
            ),
            "location": parts.text(),
            "passage": pa.Column(
                None,
                [
                    *parts.text().checks,
                    pa.Check(short, error=f"de passage is langer dan {MAX_PASSAGE_WORDS} woorden."),
                ],
                nullable=False,
            ),
            "kind": parts.choice(KINDS),
            "result": parts.choice(RESULTS),
            "note": pa.Column(None, nullable=False),
            "checked": parts.iso_date(),
        }
    )


__all__ = [
    "CLAIM_COLUMNS",
    "CLAIM_ID",
    "KINDS",
    "MAX_PASSAGE_WORDS",
    "PASSAGE_COLUMNS",
    "RESULTS",
    "TOPICS",
    "VERDICTS",
    "claims_schema",
    "passages_schema",
]
