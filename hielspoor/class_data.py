"""The class data set of chapter 09: risk factors, recovery curves and treatment effects.

Applies :mod:`hielspoor.stats` to the synthetic cohort (``data/class_cohort.csv``) and
puts the published odds ratios next to the class's own.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from hielspoor.stats import MeanDifference, normal_quantile, odds_ratio, two_by_two
from hielspoor.validation import InputError, check_frame, check_number

WEEKS = (0, 4, 8, 12)
#: Columns of the class data set that the functions below read.
RISK_COLUMNS = ("bmi", "enkel_dorsaalflexie_graden", "staand_werk")
FFI_COLUMNS = ("id", "behandeling", *(f"ffi_w{week}" for week in WEEKS))


def risk_factor_groups(cohort: pd.DataFrame) -> dict[str, tuple[pd.Series, pd.Series]]:
    """Exposed and reference groups of the three riddle2003 risk factors in the cohort.

    Returns
    -------
    dict
        Dutch factor name → ``(exposed, reference)`` boolean Series, with the reference
        groups of riddle2003 (BMI ≤ 25 kg/m²; dorsiflexion > 10°; not standing).
    """
    check_frame(cohort, name="Klasdata", columns=RISK_COLUMNS)
    bmi = cohort["bmi"]
    dorsiflexion = cohort["enkel_dorsaalflexie_graden"]
    standing = cohort["staand_werk"] == "ja"
    return {
        "BMI > 30 (ref. ≤ 25)": (bmi > 30, bmi <= 25),
        "Dorsaalflexie ≤ 0° (ref. > 10°)": (dorsiflexion <= 0, dorsiflexion > 10),
        "Meestal staand werk (ref. niet)": (standing, ~standing),
    }


# Adjusted odds ratios as published (conditional logistic regression / meta-analysis).
PUBLISHED_ODDS_RATIOS = pd.DataFrame(
    [
        ("BMI > 30 (ref. ≤ 25)", 5.6, 1.9, 16.6, "riddle2003"),
        ("Dorsaalflexie ≤ 0° (ref. > 10°)", 23.3, 4.3, 124.4, "riddle2003"),
        ("Meestal staand werk (ref. niet)", 3.6, 1.3, 10.1, "riddle2003"),
        ("BMI > 27 (niet-sporters)", 3.7, 2.93, 5.62, "vanleeuwen2016"),
    ],
    columns=["factor", "or", "laag", "hoog", "bron"],
)


def risk_factor_table(cohort: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Crude odds ratios of the riddle2003 risk factors in ``cohort`` next to the published ones.

    Returns
    -------
    pandas.DataFrame
        Long table with columns ``factor, bron, or, laag, hoog``; ``bron`` is
        ``"klasdata"`` or the bibtex key of the published value.
    """
    normal_quantile(confidence=confidence)
    check_frame(cohort, name="Klasdata", columns=[*RISK_COLUMNS, "hielpijn"])
    rows = []
    for factor, (exposed, reference) in risk_factor_groups(cohort).items():
        table = two_by_two(exposed, cohort["hielpijn"], reference=reference)
        result = odds_ratio(table, confidence=confidence)
        rows.append({"factor": factor, "bron": "klasdata", "or": result.estimate,
                     "laag": result.low, "hoog": result.high})  # fmt: skip
        published = PUBLISHED_ODDS_RATIOS[PUBLISHED_ODDS_RATIOS["factor"] == factor]
        for record in published.to_dict("records"):
            rows.append({"factor": factor, "bron": record["bron"], "or": record["or"],
                         "laag": record["laag"], "hoog": record["hoog"]})  # fmt: skip
    return pd.DataFrame(rows)


def ffi_long(cohort: pd.DataFrame) -> pd.DataFrame:
    """FFI scores of the treated people in long form: ``id, behandeling, week, ffi``."""
    check_frame(cohort, name="Klasdata", columns=FFI_COLUMNS)
    columns = [f"ffi_w{week}" for week in WEEKS]
    treated = cohort.loc[cohort["behandeling"].notna(), ["id", "behandeling", *columns]]
    long = treated.melt(id_vars=["id", "behandeling"], var_name="week", value_name="ffi")
    long["week"] = long["week"].str.removeprefix("ffi_w").astype(int)
    long["ffi"] = long["ffi"].astype(float)
    return long.dropna(subset=["ffi"]).sort_values(["behandeling", "id", "week"],
                                                   ignore_index=True)  # fmt: skip


def recovery_curves(cohort: pd.DataFrame, *, confidence: float = 0.95) -> pd.DataFrame:
    """Mean FFI per treatment arm and week, with a confidence interval of the mean.

    Returns
    -------
    pandas.DataFrame
        Columns ``behandeling, week, n, gemiddelde, sd, laag, hoog`` (interval
        ``mean ± z·sd/√n``, normal approximation), sorted by arm and week.
    """
    z = normal_quantile(confidence=confidence)
    long = ffi_long(cohort)
    grouped = long.groupby(["behandeling", "week"], sort=True)["ffi"]
    curves = grouped.agg(n="count", gemiddelde="mean", sd="std").reset_index()
    half = z * curves["sd"] / np.sqrt(curves["n"])
    curves["laag"] = curves["gemiddelde"] - half
    curves["hoog"] = curves["gemiddelde"] + half
    return curves


def mean_difference(
    cohort: pd.DataFrame,
    *,
    arm: str,
    reference: str,
    week: int = 12,
    confidence: float = 0.95,
) -> MeanDifference:
    """Difference in mean FFI at ``week`` between two arms (``arm`` minus ``reference``).

    Notes
    -----
    Welch standard error ``sqrt(s1²/n1 + s2²/n2)`` with a normal-approximation interval.
    rathleff2015 found strength training 29 points (95% CI 6 to 52) lower than stretching
    at 3 months.
    """
    z = normal_quantile(confidence=confidence)
    long = ffi_long(cohort)
    arms = sorted(set(long["behandeling"]))
    for name in (arm, reference):
        if not isinstance(name, str) or name not in arms:
            raise InputError(f"Behandeling '{name}' is onbekend; kies uit {', '.join(arms)}.")
    number = check_number(week, name="Week", integer=True)
    if number not in WEEKS:
        raise InputError(f"Week: kies uit {', '.join(str(w) for w in WEEKS)}.")
    week = int(number)
    at_week = long[long["week"] == week]
    x = at_week.loc[at_week["behandeling"] == arm, "ffi"]
    y = at_week.loc[at_week["behandeling"] == reference, "ffi"]
    estimate = float(x.mean() - y.mean())
    se = math.sqrt(x.var() / len(x) + y.var() / len(y))
    half = z * se
    return MeanDifference(estimate, estimate - half, estimate + half, confidence)
