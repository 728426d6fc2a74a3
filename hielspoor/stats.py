"""Epidemiology: 2×2 tables, odds ratios, Mantel-Haenszel pooling over strata.

All functions are small and pure (pandas in, numbers or tables out) so that the solutions
of chapter 09 are computed by tested code; :mod:`hielspoor.class_data` applies them to the
class data set. Confidence intervals use the normal approximation (Woolf's log method for
odds ratios, Robins-Breslow-Greenland for the Mantel-Haenszel odds ratio).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

from hielspoor.display.format import format_number
from hielspoor.validation import (
    InputError,
    check_column,
    check_number,
)

EXPOSED = "blootgesteld"
UNEXPOSED = "niet blootgesteld"
CASE = "hielpijn"
NON_CASE = "geen hielpijn"


#: Confidence levels accepted (fractions; the course's own limits).
CONFIDENCE_RANGE = (0.5, 0.999)


def normal_quantile(*, confidence: float) -> float:
    """Two-sided quantile ``z`` of the standard normal distribution for ``confidence``.

    The one place the course computes it (1,96 for 95%).

    Examples
    --------
    >>> round(normal_quantile(confidence=0.95), 4)
    1.96
    """
    level = check_number(
        confidence, name="Betrouwbaarheid", low=CONFIDENCE_RANGE[0], high=CONFIDENCE_RANGE[1],
        hint="Geef een fractie: 0,95 voor 95%.",
    )  # fmt: skip
    return NormalDist().inv_cdf(0.5 + level / 2)


def _z(confidence: float) -> float:
    return normal_quantile(confidence=confidence)


@dataclass(frozen=True)
class OddsRatio:
    """An odds ratio with its confidence interval.

    Attributes
    ----------
    estimate, low, high
        Point estimate and confidence limits.
    confidence
        Confidence level of the interval, e.g. 0.95.
    corrected
        True when 0.5 was added to every cell because one cell was zero (Haldane-Anscombe).
    """

    estimate: float
    low: float
    high: float
    confidence: float = 0.95
    corrected: bool = False

    def __str__(self) -> str:
        """Dutch text, e.g. ``OR 2,25 (95%-BI 0,99 tot 5,09)``."""
        level = format_number(100 * self.confidence)
        return (
            f"OR {format_number(self.estimate, decimals=2)} ({level}%-BI "
            f"{format_number(self.low, decimals=2)} tot {format_number(self.high, decimals=2)})"
        )


@dataclass(frozen=True)
class MeanDifference:
    """A difference between two group means with its confidence interval (same units)."""

    estimate: float
    low: float
    high: float
    confidence: float = 0.95

    def __str__(self) -> str:
        """Dutch text, e.g. ``-29,0 punten (95%-BI -38,1 tot -19,9)``."""
        level = format_number(100 * self.confidence)
        return (
            f"{format_number(self.estimate, decimals=1)} punten ({level}%-BI "
            f"{format_number(self.low, decimals=1)} tot {format_number(self.high, decimals=1)})"
        )


def _as_bool(series: pd.Series, *, label: str) -> pd.Series:
    values = check_column(series, name=label)
    if values.dtype == object or pd.api.types.is_string_dtype(values):
        mapped = values.map({"ja": True, "nee": False, True: True, False: False})
        if mapped.isna().any() and not values.isna().all():
            raise InputError(f"{label}: gebruik True/False of 'ja'/'nee'.")
        return mapped.astype("boolean")
    try:
        return values.astype("boolean")
    except (TypeError, ValueError):
        raise InputError(f"{label}: gebruik True/False of 'ja'/'nee'.") from None


def two_by_two(
    exposed: pd.Series, outcome: pd.Series, *, reference: pd.Series | None = None
) -> pd.DataFrame:
    """Count a 2×2 table of exposure against outcome.

    Parameters
    ----------
    exposed
        True for people in the exposed group (e.g. ``cohort["bmi"] > 30``).
    outcome
        True (or ``"ja"``) for people with heel pain.
    reference
        True for people in the reference group. Default: everyone not exposed. People in
        neither group are left out (e.g. BMI 25-30 when comparing > 30 with ≤ 25, as in
        riddle2003).

    Returns
    -------
    pandas.DataFrame
        Index ``blootgesteld``, ``niet blootgesteld``; columns ``hielpijn``,
        ``geen hielpijn``; integer counts: ``[[a, b], [c, d]]``.

    Examples
    --------
    >>> exposed = pd.Series([True, True, False, False, False])
    >>> pain = pd.Series(["ja", "nee", "ja", "nee", "nee"])
    >>> two_by_two(exposed, pain).to_numpy().tolist()
    [[1, 1], [1, 2]]
    """
    exposed_b = _as_bool(exposed, label="Blootstelling")
    outcome_b = _as_bool(outcome, label="Uitkomst")
    if len(exposed_b) != len(outcome_b):
        raise InputError("Blootstelling en uitkomst moeten even lang zijn.")
    if reference is None:
        reference_b = ~exposed_b
    else:
        reference_b = _as_bool(reference, label="Referentiegroep")
        if (exposed_b & reference_b).fillna(False).any():
            raise InputError("Niemand mag tegelijk in de blootgestelde en de referentiegroep.")
    exposed_arr = exposed_b.fillna(False).to_numpy(dtype=bool)
    reference_arr = reference_b.fillna(False).to_numpy(dtype=bool)
    known = outcome_b.notna().to_numpy()
    case = outcome_b.fillna(False).to_numpy(dtype=bool)
    counts = [
        [int(np.sum(g & known & case)), int(np.sum(g & known & ~case))]
        for g in (exposed_arr, reference_arr)
    ]
    return pd.DataFrame(counts, index=[EXPOSED, UNEXPOSED], columns=[CASE, NON_CASE])


def _cells(table: pd.DataFrame | Sequence[Sequence[float]]) -> tuple[float, float, float, float]:
    try:
        array = np.asarray(table, dtype=float)
    except (TypeError, ValueError, OverflowError):
        raise InputError("Een 2×2-tabel bevat alleen aantallen van 0 of meer.") from None
    if array.shape != (2, 2):
        raise InputError("Een 2×2-tabel heeft precies twee rijen en twee kolommen.")
    if np.any(array < 0) or not np.all(np.isfinite(array)):
        raise InputError("Een 2×2-tabel bevat alleen aantallen van 0 of meer.")
    a, b, c, d = array.ravel()
    return float(a), float(b), float(c), float(d)


def odds_ratio(
    table: pd.DataFrame | Sequence[Sequence[float]],
    *,
    confidence: float = 0.95,
    correction: float = 0.5,
) -> OddsRatio:
    """Odds ratio ``(a·d)/(b·c)`` of a 2×2 table with Woolf's confidence interval.

    Parameters
    ----------
    table
        ``[[a, b], [c, d]]``: exposed cases, exposed non-cases, unexposed cases,
        unexposed non-cases (as returned by :func:`two_by_two`).
    confidence
        Confidence level, default 0.95.
    correction
        Added to every cell when one cell is zero (Haldane-Anscombe); 0 switches it off.

    Notes
    -----
    Woolf (1955): ``SE(ln OR) = sqrt(1/a + 1/b + 1/c + 1/d)`` and the interval is
    ``exp(ln OR ± z·SE)``. The same method gives the intervals in riddle2003 and
    vanleeuwen2016 only approximately: they report adjusted odds ratios from regression.

    Examples
    --------
    >>> result = odds_ratio([[20, 80], [10, 90]])
    >>> round(result.estimate, 3), round(result.low, 3), round(result.high, 3)
    (2.25, 0.994, 5.092)
    >>> print(result)
    OR 2,25 (95%-BI 0,99 tot 5,09)
    """
    a, b, c, d = _cells(table)
    z = _z(confidence)
    correction = check_number(correction, name="Correctie", low=0, high=1)
    corrected = False
    if min(a, b, c, d) == 0:
        if correction <= 0:
            raise InputError("Een cel van de 2×2-tabel is 0: de odds ratio is niet te schatten.")
        a, b, c, d = (x + correction for x in (a, b, c, d))
        corrected = True
    estimate = (a * d) / (b * c)
    se = math.sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    log_or = math.log(estimate)
    return OddsRatio(
        estimate=estimate,
        low=math.exp(log_or - z * se),
        high=math.exp(log_or + z * se),
        confidence=confidence,
        corrected=corrected,
    )


def mantel_haenszel(
    tables: Iterable[pd.DataFrame | Sequence[Sequence[float]]], *, confidence: float = 0.95
) -> OddsRatio:
    """Mantel-Haenszel odds ratio over strata, with the Robins-Breslow-Greenland interval.

    Parameters
    ----------
    tables
        One 2×2 table per stratum (e.g. per age group), each ``[[a, b], [c, d]]``.
    confidence
        Confidence level, default 0.95.

    Notes
    -----
    ``OR_MH = Σ(a·d/n) / Σ(b·c/n)``; variance of ``ln OR_MH`` from Robins, Breslow and
    Greenland (1986). Strata with fewer than two people add nothing and are skipped.

    Examples
    --------
    >>> result = mantel_haenszel([[[10, 20], [5, 40]], [[30, 10], [20, 15]]])
    >>> round(result.estimate, 3)
    2.833
    """
    z = _z(confidence)
    if isinstance(tables, str | bytes | pd.DataFrame) or not isinstance(tables, Iterable):
        raise InputError("Strata: geef een lijst van 2×2-tabellen, één per groep.")
    r_sum = s_sum = pr = ps_qr = qs = 0.0
    for table in tables:
        a, b, c, d = _cells(table)
        n = a + b + c + d
        if n < 2:
            continue
        r, s = a * d / n, b * c / n
        p, q = (a + d) / n, (b + c) / n
        r_sum += r
        s_sum += s
        pr += p * r
        ps_qr += p * s + q * r
        qs += q * s
    if r_sum == 0 or s_sum == 0:
        raise InputError("De Mantel-Haenszel-odds ratio is niet te schatten (lege cellen).")
    estimate = r_sum / s_sum
    variance = pr / (2 * r_sum**2) + ps_qr / (2 * r_sum * s_sum) + qs / (2 * s_sum**2)
    half = z * math.sqrt(variance)
    return OddsRatio(
        estimate=estimate,
        low=math.exp(math.log(estimate) - half),
        high=math.exp(math.log(estimate) + half),
        confidence=confidence,
    )


def age_groups(age: pd.Series, *, edges: Sequence[int] = (0, 40, 55, 120)) -> pd.Series:
    """Cut ages (years) into ordered groups labelled like ``"40-54"``, for stratifying.

    Examples
    --------
    >>> age_groups(pd.Series([25, 40, 54, 55, 70])).tolist()
    ['<40', '40-54', '40-54', '≥55', '≥55']
    """
    ages = check_column(age, name="Leeftijd")
    numeric = pd.to_numeric(ages, errors="coerce")
    if (numeric.isna() & ages.notna()).any():
        raise InputError("Leeftijd: de kolom bevat iets anders dan getallen.")
    if isinstance(edges, str | bytes) or not isinstance(edges, Iterable):
        raise InputError("Leeftijdsgrenzen: geef minstens drie oplopende grenzen.")
    edges = [
        int(check_number(edge, name="Leeftijdsgrens", low=0, high=150, unit="jaar", integer=True))
        for edge in edges
    ]
    if sorted(edges) != edges or len(set(edges)) != len(edges) or len(edges) < 3:
        raise InputError("Leeftijdsgrenzen: geef minstens drie oplopende grenzen.")
    labels = []
    for i, (low, high) in enumerate(zip(edges[:-1], edges[1:], strict=True)):
        if i == 0:
            labels.append(f"<{high}")
        elif i == len(edges) - 2:
            labels.append(f"≥{low}")
        else:
            labels.append(f"{low}-{high - 1}")
    groups = pd.cut(numeric, bins=edges, right=False, labels=labels)
    return groups.astype(pd.CategoricalDtype(labels, ordered=True))


def stratified_odds_ratios(
    exposed: pd.Series,
    outcome: pd.Series,
    strata: pd.Series,
    *,
    reference: pd.Series | None = None,
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Odds ratio per stratum plus the crude and the Mantel-Haenszel odds ratio.

    Returns
    -------
    pandas.DataFrame
        One row per stratum, then ``ruw (alle leeftijden)`` and ``Mantel-Haenszel``;
        columns ``groep, a, b, c, d, or, laag, hoog``.
    """
    _z(confidence)
    exposed = check_column(exposed, name="Blootstelling")
    outcome = check_column(outcome, name="Uitkomst")
    strata = check_column(strata, name="Strata")
    if reference is not None:
        reference = check_column(reference, name="Referentiegroep")
    if not len(exposed) == len(outcome) == len(strata):
        raise InputError("Blootstelling, uitkomst en strata moeten even lang zijn.")
    levels = (
        list(strata.cat.categories)
        if isinstance(strata.dtype, pd.CategoricalDtype)
        else sorted(strata.dropna().unique())
    )
    rows = []
    tables = []
    for level in levels:
        mask = (strata == level).to_numpy()
        ref = None if reference is None else pd.Series(reference)[mask]
        table = two_by_two(pd.Series(exposed)[mask], pd.Series(outcome)[mask], reference=ref)
        tables.append(table)
        rows.append(_row(str(level), table, confidence))
    rows.append(_row("ruw (alle leeftijden)", two_by_two(exposed, outcome, reference=reference),
                     confidence))  # fmt: skip
    pooled = mantel_haenszel(tables, confidence=confidence)
    total = sum(t.to_numpy() for t in tables)
    rows.append(
        {"groep": "Mantel-Haenszel", "a": int(total[0, 0]), "b": int(total[0, 1]),
         "c": int(total[1, 0]), "d": int(total[1, 1]),
         "or": pooled.estimate, "laag": pooled.low, "hoog": pooled.high}
    )  # fmt: skip
    return pd.DataFrame(rows)


def _row(label: str, table: pd.DataFrame, confidence: float) -> dict:
    a, b, c, d = (int(x) for x in table.to_numpy().ravel())
    result = odds_ratio(table, confidence=confidence)
    return {"groep": label, "a": a, "b": b, "c": c, "d": d,
            "or": result.estimate, "laag": result.low, "hoog": result.high}  # fmt: skip
