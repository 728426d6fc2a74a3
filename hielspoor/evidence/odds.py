"""Odds ratios from the risk-factor table: standard errors, intervals, forest-plot rows."""

from __future__ import annotations

import math

import pandas as pd

from hielspoor.stats import normal_quantile
from hielspoor.validation import InputError, check_number, format_number

#: Two-sided 95% quantile of the standard normal distribution.
Z95 = normal_quantile(confidence=0.95)


def log_standard_error(ci_low: float, ci_high: float, *, z: float = Z95) -> float:
    """Recover the standard error of ln(OR) from a 95% confidence interval.

    On the log scale a Wald interval is symmetric: ``ln(high) - ln(low) = 2 z SE``.

    Examples
    --------
    >>> round(log_standard_error(1.9, 16.6), 3)  # Riddle 2003, BMI > 30
    0.553

    Raises
    ------
    InputError
        Unless ``0 < ci_low < ci_high`` (Dutch message).
    """
    low = check_number(ci_low, name="Ondergrens (ci_low)")
    high = check_number(ci_high, name="Bovengrens (ci_high)")
    if not 0 < low < high:
        raise InputError("Nodig is 0 < ci_low < ci_high.")
    return (math.log(high) - math.log(low)) / (2 * z)


def interval_excludes_one(ci_low: float, ci_high: float) -> bool:
    """Whether a ratio's confidence interval lies entirely above or below 1.

    Examples
    --------
    >>> interval_excludes_one(1.3, 10.1), interval_excludes_one(0.8, 1.6)
    (True, False)
    """
    return ci_low > 1 or ci_high < 1


def format_odds_ratio(odds: float, ci_low: float, ci_high: float) -> str:
    """Dutch text for an odds ratio with its 95% interval.

    Examples
    --------
    >>> format_odds_ratio(23.3, 4.3, 124.4)
    'OR 23,3 (95%-BI 4,3–124,4)'
    >>> format_odds_ratio(3.7, 2.93, 5.62)
    'OR 3,7 (95%-BI 2,93–5,62)'
    """
    low, high = (format_number(value, decimals=_decimals(value)) for value in (ci_low, ci_high))
    return f"OR {format_number(odds, decimals=_decimals(odds))} (95%-BI {low}–{high})"


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") else len(text.split(".")[1])


def forest_data(table: pd.DataFrame) -> pd.DataFrame:
    """Rows of the forest plot: the table plus label, verdict and Dutch text per row.

    Columns added: ``label`` (``factor · study``), ``has_or``, ``associated`` (interval
    excludes 1), ``finding`` (Dutch verdict) and ``or_text``. Rows keep the CSV order.
    """
    data = table.copy()
    data["label"] = data["factor"] + " · " + data["study"]
    data["has_or"] = data["or"].notna()
    data["associated"] = [
        bool(has) and interval_excludes_one(low, high)
        for has, low, high in zip(data["has_or"], data["ci_low"], data["ci_high"], strict=True)
    ]
    data["finding"] = [
        "verband" if associated else "geen verband" for associated in data["associated"]
    ]
    data["or_text"] = [
        format_odds_ratio(odds, low, high) if has else "geen odds ratio gerapporteerd"
        for has, odds, low, high in zip(
            data["has_or"], data["or"], data["ci_low"], data["ci_high"], strict=True
        )
    ]
    return data


def domain_consistency(table: pd.DataFrame) -> pd.DataFrame:
    """Per domain: how many rows found an association, and whether the evidence is mixed.

    Returns one row per ``domain`` (the index, ``soort factor``) with the Dutch columns
    ``rijen``, ``studies``, ``met_verband`` (interval excludes 1) and ``oordeel``:
    ``consistent`` when every row agrees, ``gemengd`` when rows disagree, ``één studie``
    when a single study cannot settle it.

    Examples
    --------
    >>> from hielspoor.evidence import load_risk_factors
    >>> summary = domain_consistency(load_risk_factors())
    >>> summary.loc["Beweeglijkheid enkel", "oordeel"]  # Riddle 2003 vs Irving 2007
    'gemengd'
    """
    data = forest_data(table)
    rows = []
    for domain, group in data.groupby("domain", sort=True):
        studies = group["study"].nunique()
        associated = int(group["associated"].sum())
        if studies < 2:
            verdict = "één studie"
        elif associated in (0, len(group)):
            verdict = "consistent"
        else:
            verdict = "gemengd"
        rows.append(
            {"soort factor": domain, "rijen": len(group), "studies": studies,
             "met_verband": associated, "oordeel": verdict}
        )  # fmt: skip
    return pd.DataFrame(rows).set_index("soort factor")


__all__ = [
    "Z95",
    "domain_consistency",
    "forest_data",
    "format_odds_ratio",
    "interval_excludes_one",
    "log_standard_error",
]
