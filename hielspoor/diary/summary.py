"""Summaries of a diary: rolling means, chart table, weekly overview, Dutch text tables.

The tables here are frames of Dutch text; :func:`hielspoor.display.diary.html_table`
shows them as HTML.
"""

from __future__ import annotations

import math

import pandas as pd

from hielspoor import monitoring
from hielspoor.diary.schema import HEADERS, LABELS, PAIN_COLUMNS, is_blank
from hielspoor.validation import format_number


def rolling_means(entries: pd.DataFrame, *, days: int = 7, min_days: int = 4) -> pd.DataFrame:
    """Compute the rolling mean of each pain score over the last ``days`` calendar days.

    The window ends on each diary date and counts calendar days, so missing days are
    not filled in; a mean needs at least ``min_days`` scores in the window.

    Examples
    --------
    >>> days = pd.date_range("2026-03-01", periods=5)
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4, 6, 5, 3, 2],
    ...                       "pijn_activiteit": [2] * 5, "pijn_volgende_ochtend": [1] * 5})
    >>> rolling_means(table)["pijn_eerste_stap"].tolist()
    [nan, nan, nan, 4.5, 4.0]
    """
    table = entries.sort_values("datum").set_index("datum")[list(PAIN_COLUMNS)].astype("float64")
    means = table.rolling(f"{days}D", min_periods=min_days).mean()
    return means.reset_index()


MEAN_PREFIX = "7d "
"""Prefix of the rolling-mean columns in :func:`chart_frame` (``"7d Eerste stap"``)."""


def chart_frame(entries: pd.DataFrame) -> pd.DataFrame:
    """Wide table for the diary chart: one row per date.

    Columns: ``datum``, one column per pain measure named by its Dutch label
    (:data:`LABELS`, e.g. ``"Eerste stap"``) and one per 7-day rolling mean, named
    ``"7d " + label`` (:func:`rolling_means`, rounded to 2 decimals).

    Examples
    --------
    >>> days = pd.date_range("2026-03-01", periods=4)
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4, 6, 5, 3],
    ...                       "pijn_activiteit": [2] * 4, "pijn_volgende_ochtend": [1] * 4})
    >>> chart_frame(table)[["Eerste stap", "7d Eerste stap"]].iloc[-1].tolist()
    [3.0, 4.5]
    """
    means = rolling_means(entries)
    table = entries.sort_values("datum", ignore_index=True)
    frame = pd.DataFrame({"datum": table["datum"]})
    for key in PAIN_COLUMNS:
        frame[LABELS[key]] = table[key].astype("float64")
    for key in PAIN_COLUMNS:
        frame[MEAN_PREFIX + LABELS[key]] = means[key].round(2)
    return frame


def sessions(entries: pd.DataFrame) -> pd.DataFrame:
    """Days with exercises: columns ``datum``, ``oefeningen``, ``notities``."""
    done = entries["oefeningen"].fillna("").astype("str").str.strip() != ""
    return entries.loc[done, ["datum", "oefeningen", "notities"]].reset_index(drop=True)


def weekly_summary(entries: pd.DataFrame) -> pd.DataFrame:
    """Per calendar week (Monday-Sunday): days logged, mean pain per measure, sessions, zone.

    Columns: ``week`` (Monday, datetime), ``dagen``, the three pain columns (means),
    ``sessies`` (days with exercises) and ``zone`` (traffic-light zone of the highest
    weekly mean of pain during activity and next-morning pain; empty if both are missing).

    Notes
    -----
    Zones from :func:`hielspoor.monitoring.pain_zone` (``silbernagel2007``).

    Examples
    --------
    >>> days = pd.date_range("2026-03-02", periods=8)  # Monday to next Monday
    >>> table = pd.DataFrame({"datum": days, "pijn_eerste_stap": [4] * 8,
    ...     "pijn_activiteit": [2, 2, 3, 3, 2, 2, 2, 6], "pijn_volgende_ochtend": [3] * 8,
    ...     "oefeningen": ["hielheffen", "", "hielheffen", "", "", "", "", ""]})
    >>> weekly_summary(table)[["dagen", "pijn_activiteit", "sessies", "zone"]].values.tolist()
    [[7, 2.29, 2, 'oranje'], [1, 6.0, 0, 'rood']]
    """
    table = entries.copy()
    if "oefeningen" not in table:
        table["oefeningen"] = ""
    table["week"] = table["datum"].dt.to_period("W-SUN").dt.start_time
    table["sessie"] = table["oefeningen"].fillna("").astype("str").str.strip() != ""
    grouped = table.groupby("week", sort=True)
    summary = grouped[list(PAIN_COLUMNS)].mean().round(2)
    summary.insert(0, "dagen", grouped["datum"].count())
    summary["sessies"] = grouped["sessie"].sum().astype(int)
    worst = summary[["pijn_activiteit", "pijn_volgende_ochtend"]].max(axis=1)
    summary["zone"] = [monitoring.pain_zone(v) if not math.isnan(v) else "" for v in worst]
    return summary.reset_index()


def format_weekly_summary(summary: pd.DataFrame) -> pd.DataFrame:
    """Weekly summary as Dutch text for display: dd-mm-jjjj weeks, decimal commas.

    Examples
    --------
    >>> row = pd.DataFrame({"week": [pd.Timestamp("2026-03-02")], "dagen": [7],
    ...     "pijn_eerste_stap": [4.26], "pijn_activiteit": [2.0], "pijn_volgende_ochtend": [3.0],
    ...     "sessies": [3], "zone": ["oranje"]})
    >>> format_weekly_summary(row).iloc[0].tolist()
    ['02-03-2026', '7', '4,3', '2,0', '3,0', '3', 'oranje']
    """

    def number(value: float) -> str:
        return "" if math.isnan(value) else format_number(value, decimals=1)

    out = pd.DataFrame(
        {
            "Week vanaf": [f"{week:%d-%m-%Y}" for week in summary["week"]],
            "Dagen": [str(v) for v in summary["dagen"]],
            **{
                f"{LABELS[key]} (gem.)": [number(float(v)) for v in summary[key]]
                for key in PAIN_COLUMNS
            },
            "Oefendagen": [str(v) for v in summary["sessies"]],
            "Zone": list(summary["zone"]),
        }
    )
    return out


def show_entries(entries: pd.DataFrame) -> pd.DataFrame:
    """Diary rows as Dutch text for display: Dutch headers, dd-mm-jjjj, decimal commas."""

    def number(value: object) -> str:
        return "" if is_blank(value) else format_number(float(value))

    return pd.DataFrame(
        {
            HEADERS["datum"]: [f"{d:%d-%m-%Y}" for d in entries["datum"]],
            **{HEADERS[k]: [number(v) for v in entries[k]] for k in PAIN_COLUMNS},
            HEADERS["stappen"]: [
                "" if is_blank(v) else format_number(int(v)) for v in entries["stappen"]
            ],
            HEADERS["oefeningen"]: list(entries["oefeningen"]),
            HEADERS["notities"]: list(entries["notities"]),
        }
    )
