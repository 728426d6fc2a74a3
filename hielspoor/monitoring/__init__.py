"""Pain-monitoring rule ("pijnregel", traffic light) for exercising with heel pain.

The rule is the pain-monitoring model of Silbernagel et al. (2007), tested in Achilles
tendinopathy and *borrowed* here for plantar heel pain (widely used that way, not tested
in plantar fasciopathy): pain during the activity up to 5/10 is allowed, it must have
settled by the next morning, and it must not increase from week to week. The Dutch
guideline advises exercise for at least 12 weeks (``vsg2026``). Thresholds, labels and
texts live once in ``data/pain_rule.yaml`` and ``data/pain_monitoring.csv`` (zones); the
book's JavaScript port (``book/_assets/hs-regel.js``) mirrors the order of the checks
below and is tested against this module. An outcome of the rule is for learning, not a
diagnosis; every outcome carries the pointer to the red-flag page
(:data:`hielspoor.display.disclaimers.RED_FLAGS_NOTE`).

Decision table
--------------
Scores are 0-10; ``N`` = pain at the first steps the morning after the activity,
``B`` = the morning before, ``D`` = during the activity. Zones: green ``D <= 2``, amber
``D <= 5`` (= ``max_pain``), red above. Sources in brackets; "cursus" = the course's
own choice. The sources of every branch are data too (``branches`` in
``data/pain_rule.yaml``); ``tests/test_monitoring_sources.py`` checks these tables against it.

One day (:func:`pain_rule_advice`; in a diary each day with a ``D``), first match wins:

== ========================================== ============= =====================
id condition                                  decision      text key (source)
== ========================================== ============= =====================
D1 N known, D >= 8 and N >= 8                 raadpleeg     day_severe (cursus)
D2 D > max_pain                               verminderen   day_too_much (silbernagel2007)
D3 N and B known, N > B                       verminderen   day_not_settled (silbernagel2007)
D4 N known, B unknown, N > max_pain           verminderen   day_morning_high (cursus)
D5 N unknown                                  handhaven     day_no_next_morning (cursus)
D6 B unknown                                  handhaven     day_no_morning_before (cursus)
D7 D <= 2 (green)                             opbouwen      day_progress (silbernagel2007)
D8 otherwise (amber, settled)                 handhaven     day_keep (silbernagel2007, cursus)
== ========================================== ============= =====================

So "opbouwen" needs both N and B and ``N <= B``. In a diary, an empty ``N`` of day d is
taken from the first-step pain of day d+1, and an empty ``B`` of day d from the
next-morning pain of day d-1 (the same morning).

Seven days up to ``today`` (:func:`advise_from_diary`), first match wins; "days" are
the days in the window with a ``D``; no such day is a Dutch ``InputError``:

== ======================================================= =========== ========================
id condition                                               decision    text key (sources)
== ======================================================= =========== ========================
W1 >= 3 dates whose highest score (first step, during,      raadpleeg   week_severe (cursus)
   next morning) is >= 8
W2 diary spans >= 12 weeks, mean first-step pain of the     raadpleeg   week_no_improvement
   window > 2 and less than 2 points (MCID) below the                   (vsg2026, landorf2010)
   first week's
W3 the last day, or >= 2 days, went too far (D1-D4)         verminderen week_last_day_bad or
                                                                        week_bad_days
                                                                        (silbernagel2007, cursus)
W4 a morning score (B of each date, N of the last date)     verminderen week_first_step_rise
   is >= 2 points (MCID) above the lowest earlier one                   (landorf2010, cursus)
W5 weekly mean of D, or of first-step pain, >= 1 point      verminderen week_increase
   above the 7 days before                                              (silbernagel2007, cursus)
W6 one earlier day went too far, the later days did not     handhaven   week_one_slip (cursus)
W7 every day green and >= 3 judged days                     opbouwen    week_progress
                                                                        (silbernagel2007, cursus)
W8 every day green (fewer than 3 judged), or no judged day  handhaven   week_too_few (cursus)
W9 otherwise (within 5, not all green)                      handhaven   week_keep
                                                                        (silbernagel2007, cursus)
== ======================================================= =========== ========================

"Judged" = a day where D5/D6 did not apply (both mornings known). W6-W9 add the text
``week_missing_mornings`` when some days could not be judged. Before this revision the
rule gave "opbouwen" without any morning score and ignored a rising first-step pain.
"""

from __future__ import annotations

from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.monitoring.day import (
    DECISIONS,
    Advice,
    day_rule,
    pain_rule_advice,
    pain_zone,
    zone_bands,
)
from hielspoor.monitoring.history import advice_log
from hielspoor.monitoring.params import (
    COURSE_CHOICE,
    DECISION_LABELS,
    SOURCE_TEXTS,
    TEXTS,
    Threshold,
    rule_data,
    thresholds_table,
    value,
    zones,
)
from hielspoor.monitoring.week import DIARY_COLUMNS, advise_from_diary, daily_advice_frame

thresholds = zones
"""Zone table (``data/pain_monitoring.csv``); old name of :func:`zones`."""

MAX_PAIN = value("max_pain")
"""Highest acceptable pain during activity on 0-10 (``silbernagel2007``)."""
SEVERE_PAIN = value("severe_pain")
"""Pain (0-10) that, when it persists, is a reason to see a professional (course choice)."""
SEVERE_DAYS = int(value("severe_days"))
"""Days with severe pain within one week that count as 'persistent' (course choice)."""
PROGRAMME_WEEKS = int(value("programme_weeks"))
"""Weeks of structured exercise before referral if there is no improvement (``vsg2026``)."""
MIN_IMPROVEMENT = value("min_important_change")
"""Minimal important change of first-step pain on 0-10: 19 mm on a 100 mm VAS
(``landorf2010``), rounded to 2 points (course choice)."""
WEEKLY_INCREASE = value("weekly_increase")
"""Rise of the weekly mean pain (0-10) that counts as 'increasing' (course choice)."""
BAD_DAYS = int(value("bad_days"))
"""Days in one week that went too far and together mean 'verminderen' (course choice)."""
MIN_DAYS_TO_PROGRESS = int(value("min_days_to_progress"))
"""Judged days in the last week needed before 'opbouwen' (course choice)."""

__all__ = [
    "BAD_DAYS",
    "COURSE_CHOICE",
    "DECISIONS",
    "DECISION_LABELS",
    "DIARY_COLUMNS",
    "MAX_PAIN",
    "MIN_DAYS_TO_PROGRESS",
    "MIN_IMPROVEMENT",
    "PROGRAMME_WEEKS",
    "RED_FLAGS_NOTE",
    "SEVERE_DAYS",
    "SEVERE_PAIN",
    "SOURCE_TEXTS",
    "TEXTS",
    "WEEKLY_INCREASE",
    "Advice",
    "Threshold",
    "advice_log",
    "advise_from_diary",
    "daily_advice_frame",
    "day_rule",
    "pain_rule_advice",
    "pain_zone",
    "rule_data",
    "thresholds",
    "thresholds_table",
    "value",
    "zone_bands",
    "zones",
]
