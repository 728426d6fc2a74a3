"""Evidence tables for the chapters on causes and treatments: load, check, summarise.

The tables live in ``data/`` and are registered in ``data/datasets.csv``:

- ``risicofactoren`` (``risk_factors.csv``): odds ratios with 95% confidence intervals;
- ``differentiaaldiagnose`` (``differential_diagnosis.csv``): other causes of heel pain;
- ``behandelingen`` (``treatments.csv``): treatments with guideline advice and evidence;
- ``stappenplan`` (``stepped_care.csv``): the steps of care over time, in weeks.

Every row carries bibtex keys in its ``source`` column; where in the source each row was
checked is in ``data/passages.csv`` (:mod:`hielspoor.passages`). The functions here never
judge a patient: they summarise published numbers for learning, not for diagnosis. HTML for
these tables is made in :mod:`hielspoor.charts.evidence_html`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from hielspoor.data import read_table
from hielspoor.references import split_keys
from hielspoor.stats import normal_quantile
from hielspoor.validation import format_number

RISK_TEXT_COLUMNS = ("factor", "domain", "population", "comparison", "study", "source", "note")
RISK_NUMBER_COLUMNS = ("or", "ci_low", "ci_high")
TREATMENT_TEXT_COLUMNS = (
    "id", "name", "what", "dose", "vsg2026", "koc2023", "evidence", "evidence_note",
    "direction", "risks", "source",
)  # fmt: skip
DIFFERENTIAL_COLUMNS = ("condition", "signs", "action", "urgency", "source")
STEP_COLUMNS = ("step", "name", "start_week", "end_week", "content", "timing_basis", "source")

#: Certainty of evidence, strongest first (GRADE as used by the Dutch guideline).
EVIDENCE_LEVELS = ("hoog", "matig", "laag", "zeer laag", "niet beoordeeld")
#: Direction of the guideline advice, from "do it" to "no statement checked".
DIRECTIONS = ("aanbevolen", "te overwegen", "niet aanbevolen", "geen advies")
#: Place in stepped care (0: no place in the pathway).
STEP_LABELS = {
    0: "geen plaats",
    1: "stap 1: uitleg en zelf doen",
    2: "stap 2: oefentherapie en hulpmiddelen",
    3: "stap 3: aanvullend na ~12 weken",
    4: "stap 4: specialist",
}
URGENCY_LEVELS = ("dezelfde dag", "binnen enkele dagen", "binnen enkele weken", "niet spoedeisend")

#: Most shockwave sessions the Dutch guideline advises, one per week (vsg2026).
SHOCKWAVE_MAX_SESSIONS = 3
#: Weeks of adequate education and exercise therapy without effect before shockwave (vsg2026).
MIN_WEEKS_BEFORE_SHOCKWAVE = 12

#: Two-sided 95% quantile of the standard normal distribution.
Z95 = normal_quantile(confidence=0.95)


@dataclass(frozen=True)
class TableProblem:
    """One problem in a data table: 1-based data row (0 for the whole table), column, message."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"rij {self.row}" if self.row else "tabel"
        return f"{where}, kolom '{self.column}': {self.message}"


class TableError(ValueError):
    """A data table failed its checks; the message lists every problem in Dutch."""


def source_keys(table: pd.DataFrame) -> set[str]:
    """Return every bibtex key used in the ``source`` column of ``table``."""
    return {key for cell in table["source"] for key in split_keys(cell)}


def missing_sources(table: pd.DataFrame, known_keys: Iterable[str]) -> list[TableProblem]:
    """List rows whose ``source`` cites a key that is not in ``known_keys``."""
    known = set(known_keys)
    problems = []
    for number, cell in enumerate(table["source"], start=1):
        for key in split_keys(cell):
            if key not in known:
                problems.append(
                    TableProblem(number, "source", f"bron '{key}' staat niet in references.bib.")
                )
    return problems


def _blank(value: object) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or (isinstance(value, str) and not value.strip())
    )


def _check_columns(table: pd.DataFrame, columns: Iterable[str]) -> list[TableProblem]:
    missing = [column for column in columns if column not in table.columns]
    return [TableProblem(0, column, "deze kolom ontbreekt.") for column in missing]


def _check_filled(table: pd.DataFrame, columns: Iterable[str]) -> list[TableProblem]:
    problems = []
    for number, (_, row) in enumerate(table.iterrows(), start=1):
        for column in columns:
            if _blank(row[column]):
                problems.append(TableProblem(number, column, "deze cel is leeg."))
    return problems


def _check_allowed(
    table: pd.DataFrame, column: str, allowed: Iterable[object]
) -> list[TableProblem]:
    allowed = tuple(allowed)
    names = ", ".join(str(value) for value in allowed)
    return [
        TableProblem(number, column, f"'{value}' is geen geldige waarde (kies uit: {names}).")
        for number, value in enumerate(table[column], start=1)
        if not _blank(value) and value not in allowed
    ]


def validate_risk_factors(table: pd.DataFrame) -> list[TableProblem]:
    """Check the risk-factor table; return its problems (an empty list when it is valid).

    A row either has an odds ratio with its interval, with ``0 < ci_low < or < ci_high``,
    or none of the three numbers and a ``note`` that explains why.

    Examples
    --------
    >>> row = dict(factor="BMI > 30", domain="Lichaamsgewicht", population="p",
    ...            comparison="BMI ≤ 25", study="Riddle 2003", source="riddle2003", note="n",
    ...            ci_low=16.6, ci_high=1.9)
    >>> [str(p) for p in validate_risk_factors(pd.DataFrame([{**row, "or": 5.6}]))]
    ["rij 1, kolom 'or': nodig is 0 < ci_low < or < ci_high; hier 16,6 / 5,6 / 1,9."]
    """
    columns = RISK_TEXT_COLUMNS + RISK_NUMBER_COLUMNS
    problems = _check_columns(table, columns)
    if problems:
        return problems
    problems = _check_filled(table, RISK_TEXT_COLUMNS)
    for number, (_, row) in enumerate(table.iterrows(), start=1):
        values = [row[column] for column in RISK_NUMBER_COLUMNS]
        blanks = [_blank(value) for value in values]
        if all(blanks):
            continue
        if any(blanks):
            problems.append(
                TableProblem(number, "or", "vul or, ci_low en ci_high alle drie in, of geen.")
            )
            continue
        odds, low, high = (float(value) for value in values)
        if not 0 < low < odds < high:
            shown = " / ".join(format_number(value) for value in (low, odds, high))
            problems.append(
                TableProblem(number, "or", f"nodig is 0 < ci_low < or < ci_high; hier {shown}.")
            )
    return problems


def validate_treatments(table: pd.DataFrame) -> list[TableProblem]:
    """Check the treatment table: complete rows, unique ids, known levels, steps 0-4."""
    problems = _check_columns(table, TREATMENT_TEXT_COLUMNS + ("step",))
    if problems:
        return problems
    problems = _check_filled(table, TREATMENT_TEXT_COLUMNS + ("step",))
    problems += _check_allowed(table, "evidence", EVIDENCE_LEVELS)
    problems += _check_allowed(table, "direction", DIRECTIONS)
    problems += _check_allowed(table, "step", STEP_LABELS)
    duplicated = table["id"][table["id"].duplicated()]
    problems += [
        TableProblem(0, "id", f"'{value}' komt meer dan eens voor.") for value in duplicated
    ]
    return problems


def validate_differential(table: pd.DataFrame) -> list[TableProblem]:
    """Check the differential-diagnosis table: complete rows and known urgency levels."""
    problems = _check_columns(table, DIFFERENTIAL_COLUMNS)
    if problems:
        return problems
    return _check_filled(table, DIFFERENTIAL_COLUMNS) + _check_allowed(
        table, "urgency", URGENCY_LEVELS
    )


def validate_stepped_care(table: pd.DataFrame) -> list[TableProblem]:
    """Check the stepped-care table: complete rows, steps 1-4 in order, no gaps, guideline timing.

    Steps may overlap (education and exercise therapy run together) but each starts no
    earlier than the one before and no later than where the one before ends. Shockwave
    (step 3) starts only after at least :data:`MIN_WEEKS_BEFORE_SHOCKWAVE` weeks of exercise
    therapy (step 2) and not before step 2 ends (vsg2026, module Shockwave therapie).
    """
    problems = _check_columns(table, STEP_COLUMNS)
    if problems:
        return problems
    problems = _check_filled(table, STEP_COLUMNS)
    if problems:
        return problems
    if list(table["step"]) != [1, 2, 3, 4]:
        message = "de stappen moeten 1 tot en met 4 zijn, op volgorde."
        return [TableProblem(0, "step", message)]
    previous_start, previous_end = 0.0, 0.0
    for number, (_, row) in enumerate(table.iterrows(), start=1):
        start, end = float(row["start_week"]), float(row["end_week"])
        if not start < end:
            problems.append(TableProblem(number, "end_week", "het einde moet na het begin liggen."))
        if number > 1 and not previous_start <= start <= previous_end:
            message = "een stap begint niet vóór de vorige en niet na het einde van de vorige."
            problems.append(TableProblem(number, "start_week", message))
        previous_start, previous_end = start, end
    exercise, shockwave = table.iloc[1], table.iloc[2]
    weeks = float(shockwave["start_week"]) - float(exercise["start_week"])
    if weeks < MIN_WEEKS_BEFORE_SHOCKWAVE or shockwave["start_week"] < exercise["end_week"]:
        message = (
            f"shockwave (stap 3) pas na ten minste {MIN_WEEKS_BEFORE_SHOCKWAVE} weken "
            "oefentherapie (stap 2), en niet voordat stap 2 eindigt (richtlijn)."
        )
        problems.append(TableProblem(3, "start_week", message))
    return problems


def _checked(table: pd.DataFrame, problems: list[TableProblem], *, name: str) -> pd.DataFrame:
    if problems:
        lines = "\n".join(f"- {problem}" for problem in problems)
        raise TableError(f"De tabel '{name}' klopt niet:\n{lines}")
    return table


def load_risk_factors() -> pd.DataFrame:
    """Read and check ``risicofactoren``; raise :class:`TableError` when it is invalid.

    Examples
    --------
    >>> table = load_risk_factors()
    >>> float(table.loc[table["study"] == "Riddle 2003", "or"].max())  # Riddle 2003 abstract
    23.3
    """
    table = read_table("risicofactoren")
    return _checked(table, validate_risk_factors(table), name="risicofactoren")


def load_treatments() -> pd.DataFrame:
    """Read and check ``behandelingen``; raise :class:`TableError` when it is invalid."""
    table = read_table("behandelingen")
    return _checked(table, validate_treatments(table), name="behandelingen")


def load_differential_diagnosis() -> pd.DataFrame:
    """Read and check ``differentiaaldiagnose``; raise :class:`TableError` when it is invalid."""
    table = read_table("differentiaaldiagnose")
    return _checked(table, validate_differential(table), name="differentiaaldiagnose")


def load_stepped_care() -> pd.DataFrame:
    """Read and check ``stappenplan``; raise :class:`TableError` when it is invalid."""
    table = read_table("stappenplan")
    return _checked(table, validate_stepped_care(table), name="stappenplan")


def shockwave_session_weeks(
    start_week: int, *, sessions: int = SHOCKWAVE_MAX_SESSIONS
) -> list[int]:
    """Return the weeks of weekly shockwave sessions starting at ``start_week``.

    Notes
    -----
    The Dutch guideline (``vsg2026``) allows shockwave only after at least 12 weeks of
    education and exercise without effect, at most 3 sessions, once a week.

    Examples
    --------
    >>> shockwave_session_weeks(12)
    [12, 13, 14]
    """
    if not 1 <= sessions <= SHOCKWAVE_MAX_SESSIONS:
        raise ValueError(f"Kies 1 tot {SHOCKWAVE_MAX_SESSIONS} sessies (richtlijn: maximaal 3).")
    return [start_week + n for n in range(sessions)]


def shockwave_considered(
    weeks_of_education_and_exercise: float, *, effect: bool, earlier_shockwave: bool
) -> bool:
    """Whether the Dutch guideline lets one consider shockwave at this point (a rule, no advice).

    Parameters
    ----------
    weeks_of_education_and_exercise
        Weeks of adequate education and exercise therapy so far.
    effect
        Whether that treatment has helped.
    earlier_shockwave
        Whether shockwave was already given in this episode of heel pain.

    Notes
    -----
    vsg2026, module Shockwave therapie: at least 12 weeks of adequate education and exercise
    without effect, and no earlier shockwave in the same episode. Whether to do it is
    decided together with the patient; see the red flags (``book/rode_vlaggen.md``) first.

    Examples
    --------
    >>> shockwave_considered(12, effect=False, earlier_shockwave=False)
    True
    >>> shockwave_considered(8, effect=False, earlier_shockwave=False)
    False
    >>> shockwave_considered(20, effect=False, earlier_shockwave=True)
    False
    """
    if weeks_of_education_and_exercise < 0:
        raise ValueError("Het aantal weken kan niet negatief zijn.")
    enough = weeks_of_education_and_exercise >= MIN_WEEKS_BEFORE_SHOCKWAVE
    return enough and not effect and not earlier_shockwave


def log_standard_error(ci_low: float, ci_high: float, *, z: float = Z95) -> float:
    """Recover the standard error of ln(OR) from a 95% confidence interval.

    On the log scale a Wald interval is symmetric: ``ln(high) - ln(low) = 2 z SE``.

    Examples
    --------
    >>> round(log_standard_error(1.9, 16.6), 3)  # Riddle 2003, BMI > 30
    0.553
    """
    if not 0 < ci_low < ci_high:
        raise ValueError("Nodig is 0 < ci_low < ci_high.")
    return (math.log(ci_high) - math.log(ci_low)) / (2 * z)


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
