"""The 12-week exercise programme: high-load heel raises and calf stretching.

Heel raises follow Rathleff et al. (2015): a single-leg heel raise with a towel under
the toes, 3 s up, 2 s hold, 3 s down, every other day; 12RM x 3 sets in weeks 1-2,
10RM x 4 sets in weeks 3-6 and 8RM x 5 sets from week 7, adding load (books in a
backpack) when the repetitions get easy. Calf stretching is daily. The Dutch guideline
advises daily stretching *or* strength training every other day, for at least 12 weeks,
and says pain during the exercises is allowed (``vsg2026``).

A plan is a :class:`pandas.DataFrame` with one row per exercise per day
(:mod:`hielspoor.programme.plan`); the pain rule (:mod:`hielspoor.monitoring`) adjusts
it with :func:`adjust_plan`; :mod:`hielspoor.programme.export` writes it as CSV and
iCalendar. How a plan looks in a notebook is in :mod:`hielspoor.display.plan`.
For learning, not a prescription or a diagnosis.
"""

from __future__ import annotations

from hielspoor.display.format import WEEKDAYS_NL
from hielspoor.programme.adjust import adjust_plan, plan_after_week
from hielspoor.programme.export import (
    CALENDAR_NAME,
    check_calendar_name,
    clean_text,
    plan_csv_bytes,
    plan_to_ics,
    save_plan_csv,
    save_plan_ics,
)
from hielspoor.programme.plan import (
    HEEL_RAISE,
    LEARNING_NOTE,
    PHASES,
    PLAN_COLUMNS,
    PROGRAMME_WEEKS,
    STATUS_ADJUSTED,
    STATUS_PAUSED,
    STATUS_PLANNED,
    STRETCHES,
    TEMPO,
    Phase,
    check_plan,
    dose_text,
    exercises,
    phase_for_week,
    plan_frame,
    weekly_plan,
    weekly_volume,
)

__all__ = [
    "CALENDAR_NAME",
    "HEEL_RAISE",
    "LEARNING_NOTE",
    "PHASES",
    "PLAN_COLUMNS",
    "PROGRAMME_WEEKS",
    "STATUS_ADJUSTED",
    "STATUS_PAUSED",
    "STATUS_PLANNED",
    "STRETCHES",
    "TEMPO",
    "WEEKDAYS_NL",
    "Phase",
    "adjust_plan",
    "check_calendar_name",
    "check_plan",
    "clean_text",
    "dose_text",
    "exercises",
    "phase_for_week",
    "plan_after_week",
    "plan_csv_bytes",
    "plan_frame",
    "plan_to_ics",
    "save_plan_csv",
    "save_plan_ics",
    "weekly_plan",
    "weekly_volume",
]
