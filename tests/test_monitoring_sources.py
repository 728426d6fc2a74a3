"""The sources of each branch of the pain rule live once, in ``data/pain_rule.yaml``."""

from __future__ import annotations

import re

import hielspoor.monitoring as monitoring
from hielspoor.monitoring.params import BRANCH_SOURCES, SOURCE_TEXTS, TEXTS

BRANCH = r"((?:(?:day|week)_\w+(?: or )?)+) \(([\w, ]+)\)"


def _documented() -> dict[str, tuple[str, ...]]:
    """Branch key -> sources as the decision tables in the module docstring give them."""
    found: dict[str, tuple[str, ...]] = {}
    column = None
    row: list[str] = []
    for line in [*(monitoring.__doc__ or "").splitlines(), ""]:
        if "text key" in line:
            column = line.index("text key")
        elif column is not None and re.match(r"[DW]\d |=|$", line):
            text = " ".join(" ".join(row).split())
            for keys, sources in re.findall(BRANCH, text):
                for key in keys.split(" or "):
                    found[key] = tuple(s.strip() for s in sources.split(","))
            row = [line[column:]]
        elif column is not None:
            row.append(line[column:])
    return found


def test_every_branch_has_known_sources_and_a_text():
    assert BRANCH_SOURCES, "branches ontbreekt in data/pain_rule.yaml"
    for key, sources in BRANCH_SOURCES.items():
        assert key in TEXTS, key
        assert sources and set(sources) <= set(SOURCE_TEXTS), key


def test_the_decision_tables_name_the_same_sources_as_the_data():
    assert _documented() == BRANCH_SOURCES


def test_advice_carries_the_sources_of_its_branch():
    import pandas as pd

    days = pd.date_range("2026-03-02", periods=7)
    diary = pd.DataFrame(
        {"datum": days, "pijn_eerste_stap": [3] * 7, "pijn_activiteit": [2] * 7,
         "pijn_volgende_ochtend": [3] * 7}
    )  # fmt: skip
    advice = monitoring.advise_from_diary(diary)
    assert advice.sources == BRANCH_SOURCES[advice.rule]
    assert advice.reason.endswith(" ".join(SOURCE_TEXTS[s] for s in advice.sources))
    day = monitoring.pain_rule_advice(7, 3, pain_morning_before=2)
    assert day.sources == BRANCH_SOURCES[day.rule]
