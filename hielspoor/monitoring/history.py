"""The pain rule's outcome on each day of a diary, as it was on that day (an advice log)."""

from __future__ import annotations

import pandas as pd

from hielspoor.monitoring.params import DECISION_LABELS
from hielspoor.monitoring.week import _checked_diary, advise_from_diary
from hielspoor.validation import InputError

LOG_COLUMNS = ("datum", "decision", "label", "rule", "reason")
"""Columns of :func:`advice_log`."""

NO_ADVICE = "geen advies"
"""``label`` of a day on which the rule could not judge (``reason`` says why)."""


def advice_log(diary: pd.DataFrame, *, first_day: pd.Timestamp | None = None) -> pd.DataFrame:
    """Return the rule's outcome and reason for every diary day, from the diary up to that day.

    Each day gets :func:`~hielspoor.monitoring.advise_from_diary` of the rows up to and
    including it, with ``today`` = that day: what the reader saw that evening, before
    the next morning was known. A day on which the rule cannot judge (no pain score
    during activity in the 7 days up to it) has ``decision`` ``""``, ``label``
    :data:`NO_ADVICE` and the Dutch message as ``reason``.

    Parameters
    ----------
    diary
        A checked pain diary (:func:`hielspoor.diary.read_pain_diary` ``.entries``).
    first_day
        Leave out the days before this date (e.g. a report's period); the rule still
        sees the whole diary up to each day.

    Raises
    ------
    InputError
        When the diary as a whole is not valid (as :func:`advise_from_diary`).

    Examples
    --------
    >>> days = pd.date_range("2026-03-02", periods=3)
    >>> diary = pd.DataFrame({"datum": days, "pijn_eerste_stap": [3, 3, 3],
    ...     "pijn_activiteit": [2, 7, 2], "pijn_volgende_ochtend": [3, 3, 3]})
    >>> advice_log(diary)[["decision", "rule"]].values.tolist()
    [['handhaven', 'week_too_few'], ['verminderen', 'week_last_day_bad'], \
['handhaven', 'week_one_slip']]
    """
    table = _checked_diary(diary)
    dates = table["datum"]
    # The rule on day d reads only the diary's first week (W2) and the 14 days up to d
    # (the week, the week before, the morning before): give it just those rows.
    head = dates <= dates.min() + pd.Timedelta(days=6)
    rows = []
    for day in dates.drop_duplicates():
        if first_day is not None and day < first_day:
            continue
        window = (head | (dates >= day - pd.Timedelta(days=13))) & (dates <= day)
        try:
            advice = advise_from_diary(table[window], today=day.date())
        except InputError as error:
            rows.append({"datum": day, "decision": "", "label": NO_ADVICE, "rule": "",
                         "reason": str(error)})  # fmt: skip
            continue
        rows.append(
            {
                "datum": day,
                "decision": advice.decision,
                "label": DECISION_LABELS[advice.decision],
                "rule": advice.rule,
                "reason": advice.reason,
            }
        )
    return pd.DataFrame(rows, columns=list(LOG_COLUMNS))
