"""Evidence tables for the chapters on causes and treatments: load, check, summarise.

The tables live in ``data/`` and are registered in ``data/datasets.csv``:

- ``risicofactoren`` (``risk_factors.csv``): odds ratios with 95% confidence intervals;
- ``differentiaaldiagnose`` (``differential_diagnosis.csv``): other causes of heel pain;
- ``behandelingen`` (``treatments.csv``): treatments with guideline advice and evidence;
- ``stappenplan`` (``stepped_care.csv``): the steps of care over time, in weeks.

Their pandera schemas are in :mod:`hielspoor.schemas.evidence`; every source key must be in
``book/references.bib``, and where in the source each row was checked is in
``data/passages.csv`` (:mod:`hielspoor.passages`). This package never judges a patient: it
summarises published numbers for learning, not for diagnosis. HTML for these tables is made
in :mod:`hielspoor.charts.evidence_html`.

- :mod:`hielspoor.evidence.tables`: load and check the four tables;
- :mod:`hielspoor.evidence.odds`: odds ratios, their intervals and the forest-plot rows;
- :mod:`hielspoor.evidence.shockwave`: the guideline's shockwave timing rule.
"""

from hielspoor.evidence.odds import (
    Z95,
    domain_consistency,
    forest_data,
    format_odds_ratio,
    interval_excludes_one,
    log_standard_error,
)
from hielspoor.evidence.shockwave import (
    MIN_WEEKS_BEFORE_SHOCKWAVE,
    SHOCKWAVE_MAX_SESSIONS,
    shockwave_considered,
    shockwave_session_weeks,
)
from hielspoor.evidence.tables import (
    DIRECTIONS,
    EVIDENCE_LEVELS,
    STEP_LABELS,
    URGENCY_LEVELS,
    TableError,
    TableProblem,
    load_differential_diagnosis,
    load_risk_factors,
    load_stepped_care,
    load_treatments,
    validate_differential,
    validate_risk_factors,
    validate_stepped_care,
    validate_treatments,
)

__all__ = [
    "DIRECTIONS",
    "EVIDENCE_LEVELS",
    "MIN_WEEKS_BEFORE_SHOCKWAVE",
    "SHOCKWAVE_MAX_SESSIONS",
    "STEP_LABELS",
    "URGENCY_LEVELS",
    "Z95",
    "TableError",
    "TableProblem",
    "domain_consistency",
    "forest_data",
    "format_odds_ratio",
    "interval_excludes_one",
    "load_differential_diagnosis",
    "load_risk_factors",
    "load_stepped_care",
    "load_treatments",
    "log_standard_error",
    "shockwave_considered",
    "shockwave_session_weeks",
    "validate_differential",
    "validate_risk_factors",
    "validate_stepped_care",
    "validate_treatments",
]
