"""The Dutch guideline's shockwave rule: when to consider it, and the weeks of its sessions."""

from __future__ import annotations

from hielspoor.schemas.evidence import MAX_WEEK, MIN_WEEKS_BEFORE_SHOCKWAVE
from hielspoor.validation import InputError, check_number

#: Most shockwave sessions the Dutch guideline advises, one per week (vsg2026).
SHOCKWAVE_MAX_SESSIONS = 3


def shockwave_session_weeks(
    start_week: int, *, sessions: int = SHOCKWAVE_MAX_SESSIONS
) -> list[int]:
    """Return the weeks of weekly shockwave sessions starting at ``start_week``.

    Raises
    ------
    InputError
        For a start week that is not a whole number from 0 to 104, or a number of sessions
        other than 1 to :data:`SHOCKWAVE_MAX_SESSIONS` (Dutch message).

    Notes
    -----
    The Dutch guideline (``vsg2026``) allows shockwave only after at least 12 weeks of
    education and exercise without effect, at most 3 sessions, once a week.

    Examples
    --------
    >>> shockwave_session_weeks(12)
    [12, 13, 14]
    >>> shockwave_session_weeks(12, sessions=6)
    Traceback (most recent call last):
    ...
    hielspoor.validation.InputError: Aantal sessies: 6 ligt buiten het bereik van 1 tot 3. \
Kies 1 tot 3 sessies (richtlijn: maximaal 3).
    """
    first = check_number(start_week, name="Beginweek", low=0, high=MAX_WEEK, integer=True)
    count = check_number(
        sessions,
        name="Aantal sessies",
        low=1,
        high=SHOCKWAVE_MAX_SESSIONS,
        integer=True,
        hint=f"Kies 1 tot {SHOCKWAVE_MAX_SESSIONS} sessies (richtlijn: maximaal 3).",
    )
    return [int(first) + n for n in range(int(count))]


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

    Raises
    ------
    InputError
        For a number of weeks that is negative or not a usable number (Dutch message).

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
    weeks = check_number(weeks_of_education_and_exercise, name="Aantal weken")
    if weeks < 0:
        raise InputError("Aantal weken: het aantal weken kan niet negatief zijn.")
    enough = weeks >= MIN_WEEKS_BEFORE_SHOCKWAVE
    return enough and not effect and not earlier_shockwave


__all__ = [
    "MIN_WEEKS_BEFORE_SHOCKWAVE",
    "SHOCKWAVE_MAX_SESSIONS",
    "shockwave_considered",
    "shockwave_session_weeks",
]
