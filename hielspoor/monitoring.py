"""Pain-monitoring rule (traffic light) for exercising with heel pain.

The rule is the pain-monitoring model of Silbernagel et al. (2007), tested in
Achilles tendinopathy and *borrowed* here for plantar heel pain (it is widely used
that way, but it was not tested in plantar fasciopathy):

* pain during the activity up to 5/10 is allowed (green 0-2, amber 3-5, red 6-10;
  the zones are data, ``data/pain_monitoring.csv``);
* the pain must have settled by the next morning (not higher than the morning before);
* the pain must not increase from week to week.

The Dutch guideline advises exercise for at least 12 weeks and a referral when it has
not helped by then (``vsg2026``). The decisions are for learning, not a diagnosis.
"""

from __future__ import annotations

import datetime as dt
import html
import math
from dataclasses import dataclass
from functools import cache

import pandas as pd

from hielspoor.data import read_table
from hielspoor.display.disclaimers import DISCLAIMER, RED_FLAGS_NOTE
from hielspoor.display.palette import NEUTRAL, ZONE_COLORS
from hielspoor.display.tables import Html
from hielspoor.validation import InputError, check_range, format_number

DECISIONS = ("opbouwen", "handhaven", "verminderen", "raadpleeg")
"""Possible decisions, from 'progress' to 'see a professional'."""


MAX_PAIN = 5.0
"""Highest acceptable pain during activity on 0-10 (Silbernagel 2007)."""

SEVERE_PAIN = 8.0
"""Pain (0-10) that, when it persists, is a reason to see a professional (course choice)."""

SEVERE_DAYS = 3
"""Days with severe pain within one week that count as 'persistent' (course choice)."""

PROGRAMME_WEEKS = 12
"""Weeks of structured exercise before referral if there is no improvement (vsg2026)."""

MIN_IMPROVEMENT = 2.0
"""Smallest relevant drop in first-step pain, 0-10 scale: MCID 19 mm on a 100 mm VAS
(Landorf et al. 2010), rounded to 2 points."""

WEEKLY_INCREASE = 1.0
"""Rise of the weekly mean pain (0-10) that counts as 'increasing' (course choice)."""

BAD_DAYS = 2
"""Days in one week that break the rule and together mean 'reduce', even when the last
day was fine; a single earlier slip that settled means 'keep' (course choice)."""

MIN_DAYS_TO_PROGRESS = 3
"""Days with a score in the last week needed before advising to progress (course choice)."""

DIARY_COLUMNS = ("datum", "pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend")


@dataclass(frozen=True)
class Advice:
    """Advice of the pain-monitoring rule.

    Attributes
    ----------
    decision
        ``"opbouwen"`` (progress), ``"handhaven"`` (keep the load), ``"verminderen"``
        (reduce the load) or ``"raadpleeg"`` (see a GP or physiotherapist).
    reason
        Dutch explanation with the numbers that led to the decision.
    zone
        Traffic-light zone (``"groen"``, ``"oranje"``, ``"rood"``) of the pain during
        the activity.
    """

    decision: str
    reason: str
    zone: str

    def _repr_html_(self) -> str:
        """Show the advice as a small coloured box in a notebook."""
        color = ZONE_COLORS.get(self.zone, NEUTRAL)
        return (
            f'<div class="hs-advice" style="border-left:6px solid {color};padding:0.3em 0.8em">'
            f"<strong>Advies: {html.escape(self.decision)}</strong> "
            f"(zone: {html.escape(self.zone)})<br>{html.escape(self.reason)}<br>"
            f"<em>{html.escape(DISCLAIMER)}</em></div>"
        )


@cache
def thresholds() -> pd.DataFrame:
    """Return the zone table from ``data/pain_monitoring.csv``, sorted by score.

    Columns: ``zone``, ``min_score``, ``max_score``, ``meaning`` (Dutch), ``source``.

    Examples
    --------
    >>> thresholds()["zone"].tolist()
    ['groen', 'oranje', 'rood']
    """
    table = read_table("pijnmonitoring").sort_values("max_score", ignore_index=True)
    return table


def _score(value: object, label: str) -> float:
    return check_range(value, label=label, low=0, high=10)


def pain_zone(score: float) -> str:
    """Traffic-light zone of a pain score on 0-10.

    A score above a zone's ``max_score`` belongs to the next zone, so 2,5 is
    ``"oranje"`` and 5,5 is ``"rood"``.

    Parameters
    ----------
    score
        Pain on a 0-10 scale (number or Dutch text such as ``"4,5"``).

    Raises
    ------
    InputError
        When the score is not a number between 0 and 10.

    Notes
    -----
    Zones from ``data/pain_monitoring.csv`` (``silbernagel2007``).

    Examples
    --------
    >>> pain_zone(2), pain_zone(4), pain_zone("5,5")
    ('groen', 'oranje', 'rood')
    """
    value = _score(score, "Pijnscore")
    table = thresholds()
    for zone, high in zip(table["zone"], table["max_score"], strict=True):
        if value <= high:
            return str(zone)
    return str(table["zone"].iloc[-1])


def zone_bands() -> pd.DataFrame:
    """Zones as contiguous bands for charts: columns ``zone``, ``low``, ``high``, ``color``.

    Examples
    --------
    >>> zone_bands()[["zone", "low", "high"]].values.tolist()
    [['groen', 0, 2], ['oranje', 2, 5], ['rood', 5, 10]]
    """
    table = thresholds()
    highs = table["max_score"].tolist()
    lows = [table["min_score"].iloc[0], *highs[:-1]]
    return pd.DataFrame(
        {
            "zone": table["zone"],
            "low": lows,
            "high": highs,
            "color": [ZONE_COLORS[zone] for zone in table["zone"]],
        }
    )


def zone_table() -> Html:
    """Show the zones as a small HTML table: zone, pain score range and meaning.

    Examples
    --------
    >>> "0 tot en met 2" in zone_table().data
    True
    """
    rows = "".join(
        f"<tr><td>{html.escape(str(row.zone))}</td>"
        f"<td>{row.min_score} tot en met {row.max_score}</td>"
        f"<td>{html.escape(str(row.meaning))}</td></tr>"
        for row in thresholds().itertuples(index=False)
    )
    return Html(
        '<table class="hs-zones"><thead><tr><th scope="col">Zone</th>'
        '<th scope="col">Pijn tijdens activiteit (0-10)</th><th scope="col">Betekenis</th>'
        f"</tr></thead><tbody>{rows}</tbody></table>"
    )


def _fmt(value: float) -> str:
    return format_number(value)


def _rule(
    during: float, next_morning: float | None, before: float | None, max_pain: float
) -> tuple[str, str]:
    """Apply the rule to checked scores; ``None`` means 'not filled in'."""
    if next_morning is not None and during >= SEVERE_PAIN and next_morning >= SEVERE_PAIN:
        return "raadpleeg", (
            f"Heftige pijn: {_fmt(during)} op 10 tijdens de activiteit en de volgende ochtend "
            f"nog {_fmt(next_morning)} op 10. Stop met opbouwen en overleg met je huisarts "
            f"of fysiotherapeut. {RED_FLAGS_NOTE}"
        )
    if during > max_pain:
        return "verminderen", (
            f"Je had {_fmt(during)} op 10 pijn tijdens de activiteit; dat is meer dan "
            f"{_fmt(max_pain)} op 10. Doe de volgende keer minder: een set minder, "
            "minder gewicht of een kortere wandeling."
        )
    if next_morning is not None and before is not None and next_morning > before:
        return "verminderen", (
            f"De pijn was de volgende ochtend niet gezakt: {_fmt(next_morning)} op 10, "
            f"tegen {_fmt(before)} op 10 de ochtend ervoor. Doe de volgende keer minder."
        )
    if next_morning is not None and before is None and next_morning > max_pain:
        return "verminderen", (
            f"De volgende ochtend had je nog {_fmt(next_morning)} op 10 pijn; dat is meer "
            f"dan {_fmt(max_pain)} op 10. Doe de volgende keer minder."
        )
    if next_morning is None:
        settled = ""
    elif before is None:
        settled = f" en de volgende ochtend {_fmt(next_morning)} op 10"
    else:
        settled = " en de volgende ochtend was die gezakt"
    if pain_zone(during) == "groen":
        return "opbouwen", (
            f"Weinig pijn tijdens de activiteit ({_fmt(during)} op 10){settled}: "
            "je mag de belasting rustig opbouwen."
        )
    return "handhaven", (
        f"Pijn tot {_fmt(max_pain)} op 10 tijdens de activiteit mag; je had "
        f"{_fmt(during)} op 10{settled}. Houd deze belasting nog even aan."
    )


def pain_rule_advice(
    pain_during: float,
    pain_next_morning: float,
    *,
    pain_morning_before: float | None = None,
    max_pain: float = MAX_PAIN,
) -> Advice:
    """Advise on the next session from one day's pain scores.

    Decisions, first match wins:

    1. pain during and next morning both at least 8/10: ``"raadpleeg"``;
    2. pain during above ``max_pain``: ``"verminderen"``;
    3. next-morning pain higher than the morning before (or, when that is not given,
       above ``max_pain``): ``"verminderen"``;
    4. pain during in the green zone (0-2): ``"opbouwen"``;
    5. otherwise (amber, settled by the next morning): ``"handhaven"``.

    Parameters
    ----------
    pain_during
        Pain during the activity or exercise, 0-10.
    pain_next_morning
        Pain at the first steps the next morning, 0-10.
    pain_morning_before
        Pain at the first steps the morning before the activity, 0-10, if known.
    max_pain
        Highest acceptable pain during the activity (default 5).

    Raises
    ------
    InputError
        When a score is not a number between 0 and 10 (Dutch message).

    Notes
    -----
    Pain-monitoring model of ``silbernagel2007`` (Achilles tendinopathy), borrowed for
    heel pain; the 8/10 threshold for 'raadpleeg' is a course choice. For learning, not
    a diagnosis.

    Examples
    --------
    >>> pain_rule_advice(2, 1).decision
    'opbouwen'
    >>> pain_rule_advice(4, 3, pain_morning_before=3).decision
    'handhaven'
    >>> pain_rule_advice(6, 3).decision
    'verminderen'
    >>> pain_rule_advice(4, 5, pain_morning_before=3).decision
    'verminderen'
    >>> pain_rule_advice(9, 8).decision
    'raadpleeg'
    """
    during = _score(pain_during, "Pijn tijdens activiteit")
    next_morning = _score(pain_next_morning, "Pijn volgende ochtend")
    before = (
        None
        if pain_morning_before is None
        else _score(pain_morning_before, "Pijn de ochtend ervoor")
    )
    limit = check_range(max_pain, label="Maximale pijn", low=0, high=10)
    decision, reason = _rule(during, next_morning, before, limit)
    return Advice(decision=decision, reason=reason, zone=pain_zone(during))


def _first_sentence(text: str) -> str:
    return text.split(". ")[0].rstrip(".") + "."


def _date_nl(day: dt.date) -> str:
    return day.strftime("%d-%m-%Y")


def _optional(value: object) -> float | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return float(value)


def _checked_diary(diary: pd.DataFrame) -> pd.DataFrame:
    missing = [column for column in DIARY_COLUMNS if column not in diary.columns]
    if missing:
        raise InputError(f"Het dagboek mist de kolom(men): {', '.join(missing)}.")
    if diary.empty:
        raise InputError("Het dagboek is leeg; vul eerst een paar dagen in.")
    table = diary.loc[:, list(DIARY_COLUMNS)].copy()
    try:
        table["datum"] = pd.to_datetime(table["datum"]).dt.normalize()
    except (ValueError, TypeError):
        raise InputError("Het dagboek heeft een datum die geen geldige datum is.") from None
    if table["datum"].isna().any():
        raise InputError("Het dagboek heeft een rij zonder datum.")
    labels = {
        "pijn_eerste_stap": "Pijn eerste stap",
        "pijn_activiteit": "Pijn tijdens activiteit",
        "pijn_volgende_ochtend": "Pijn volgende ochtend",
    }
    for column, label in labels.items():
        values = pd.to_numeric(table[column], errors="coerce").astype("float64")
        bad = table[column].notna() & values.isna()
        if bad.any():
            day = table.loc[bad, "datum"].iloc[0].date()
            raise InputError(
                f"{label} ({_date_nl(day)}): '{table.loc[bad, column].iloc[0]}' is geen getal."
            )
        for day, value in zip(table["datum"], values, strict=True):
            if not math.isnan(value):
                _score(value, f"{label} ({_date_nl(day.date())})")
        table[column] = values
    return table.sort_values("datum", kind="stable", ignore_index=True)


def advise_from_diary(diary: pd.DataFrame, *, today: dt.date | None = None) -> Advice:
    """Advise on the coming days from the last 7 days of a pain diary.

    Checks, first match wins:

    1. at least 3 days in the last week with a score of 8/10 or more: ``"raadpleeg"``;
    2. the diary covers 12 weeks or more and first-step pain (mean of the last week) is
       still above 2/10 and less than 2 points lower than in the first week:
       ``"raadpleeg"`` (no improvement after 12 weeks of exercise, ``vsg2026``);
    3. the last scored day, or at least 2 days in the last week, break the rule of
       :func:`pain_rule_advice`, or the weekly mean pain (during activity or at the
       first step) rose by 1 point or more compared with the week before:
       ``"verminderen"``;
    4. one earlier day broke the rule but the days after it were fine: ``"handhaven"``;
    5. every day in the last week was green and settled, with at least 3 days scored:
       ``"opbouwen"``;
    6. otherwise ``"handhaven"``.

    Parameters
    ----------
    diary
        Pain diary with columns ``datum``, ``pijn_eerste_stap``, ``pijn_activiteit`` and
        ``pijn_volgende_ochtend`` (0-10, empty allowed); other columns are ignored.
        ``pijn_eerste_stap`` of a day is the 'morning before' of that day's activity.
    today
        Last day of the week to judge; default: the last date in the diary.

    Raises
    ------
    InputError
        Missing columns, an empty diary, a score outside 0-10, or no pain-during score
        in the 7 days up to ``today`` (Dutch message naming the date).

    Notes
    -----
    ``silbernagel2007`` (borrowed from Achilles tendinopathy); 12 weeks from ``vsg2026``;
    2 points = minimal important change of first-step pain (``landorf2010``). The other
    thresholds are course choices, named as constants in this module. Assumes the diary
    starts when the exercise programme starts. For learning, not a diagnosis.

    Examples
    --------
    >>> days = pd.date_range("2026-03-02", periods=7)
    >>> diary = pd.DataFrame({"datum": days, "pijn_eerste_stap": [3] * 7,
    ...                       "pijn_activiteit": [2] * 7, "pijn_volgende_ochtend": [3] * 7})
    >>> advise_from_diary(diary).decision
    'opbouwen'
    """
    table = _checked_diary(diary)
    end = pd.Timestamp(table["datum"].max() if today is None else today).normalize()
    start = end - pd.Timedelta(days=6)
    week = table[(table["datum"] >= start) & (table["datum"] <= end)]
    scored = week[week["pijn_activiteit"].notna()]
    if scored.empty:
        raise InputError(
            f"Geen pijn tijdens activiteit ingevuld in de 7 dagen tot en met "
            f"{_date_nl(end.date())}."
        )
    zone = pain_zone(scored["pijn_activiteit"].max())

    worst = week[["pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend"]].max(axis=1)
    severe_days = int((worst >= SEVERE_PAIN).sum())
    if severe_days >= SEVERE_DAYS:
        return Advice(
            "raadpleeg",
            f"Op {severe_days} van de laatste 7 dagen had je {_fmt(SEVERE_PAIN)} op 10 pijn of "
            "meer. Zulke aanhoudende heftige pijn hoort niet bij oefenen: overleg met je "
            f"huisarts of fysiotherapeut. {RED_FLAGS_NOTE}",
            zone,
        )

    first_day = table["datum"].min()
    span_days = (end - first_day).days + 1
    if span_days >= PROGRAMME_WEEKS * 7:
        first_week = table[table["datum"] <= first_day + pd.Timedelta(days=6)]
        baseline = first_week["pijn_eerste_stap"].mean()
        recent = week["pijn_eerste_stap"].mean()
        if (
            not math.isnan(baseline)
            and not math.isnan(recent)
            and recent > thresholds()["max_score"].iloc[0]
            and baseline - recent < MIN_IMPROVEMENT
        ):
            return Advice(
                "raadpleeg",
                f"Na {span_days // 7} weken is je pijn bij de eerste stappen niet duidelijk "
                f"minder: gemiddeld {_fmt(round(baseline, 1))} op 10 in de eerste week en "
                f"{_fmt(round(recent, 1))} op 10 in de laatste week. Helpt oefenen na "
                f"{PROGRAMME_WEEKS} weken niet genoeg, overleg dan met je huisarts of "
                f"fysiotherapeut over een andere aanpak. {RED_FLAGS_NOTE}",
                zone,
            )

    decisions = []
    for row in scored.itertuples(index=False):
        decision, reason = _rule(
            float(row.pijn_activiteit),
            _optional(row.pijn_volgende_ochtend),
            _optional(row.pijn_eerste_stap),
            MAX_PAIN,
        )
        decisions.append((row.datum.date(), decision, reason))
    bad_days = [item for item in decisions if item[1] in ("verminderen", "raadpleeg")]
    if bad_days and (bad_days[-1] is decisions[-1] or len(bad_days) >= BAD_DAYS):
        day, _, reason = bad_days[-1]
        prefix = f"Op {_date_nl(day)}"
        if len(bad_days) > 1:
            prefix = (
                f"Op {len(bad_days)} dagen deze week ging het te ver; de laatste keer op "
                f"{_date_nl(day)}"
            )
        return Advice("verminderen", f"{prefix}: {reason}", zone)

    before = table[(table["datum"] >= start - pd.Timedelta(days=7)) & (table["datum"] < start)]
    for column, label in (
        ("pijn_activiteit", "tijdens activiteit"),
        ("pijn_eerste_stap", "bij de eerste stappen"),
    ):
        now, then = week[column].mean(), before[column].mean()
        if not math.isnan(now) and not math.isnan(then) and now - then >= WEEKLY_INCREASE:
            return Advice(
                "verminderen",
                f"Je pijn {label} neemt per week toe: gemiddeld {_fmt(round(now, 1))} op 10 "
                f"deze week, tegen {_fmt(round(then, 1))} op 10 de week ervoor. "
                "Doe de komende week minder.",
                zone,
            )

    if bad_days:
        day, _, reason = bad_days[-1]
        return Advice(
            "handhaven",
            f"Op {_date_nl(day)} ging het één keer te ver: {_first_sentence(reason)} Daarna "
            "bleef de pijn "
            "binnen de regel: houd de belasting nog even gelijk en bouw nog niet op.",
            zone,
        )

    if all(item[1] == "opbouwen" for item in decisions):
        if len(decisions) >= MIN_DAYS_TO_PROGRESS:
            return Advice(
                "opbouwen",
                f"De afgelopen week ({len(decisions)} dagen ingevuld) was de pijn tijdens "
                "activiteit steeds laag en de volgende ochtend gezakt, en niet hoger dan de "
                "week ervoor: je mag de belasting rustig opbouwen.",
                zone,
            )
        return Advice(
            "handhaven",
            f"Je hebt de afgelopen week maar {len(decisions)} dag(en) ingevuld; dat is te "
            f"weinig om veilig op te bouwen (minstens {MIN_DAYS_TO_PROGRESS}). Houd de "
            "belasting gelijk en vul je dagboek vaker in.",
            zone,
        )
    return Advice(
        "handhaven",
        "De afgelopen week bleef de pijn tijdens activiteit binnen "
        f"{_fmt(MAX_PAIN)} op 10 en was die de volgende ochtend gezakt, maar niet elke dag "
        "in de groene zone: houd de belasting nog even gelijk.",
        zone,
    )
