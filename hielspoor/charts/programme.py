"""Charts of the exercise programme: a calendar heatmap and the weekly volume."""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor.charts import COLORS
from hielspoor.display.format import format_date, weekday_nl
from hielspoor.display.palette import PLAN_KIND_COLORS
from hielspoor.programme import HEEL_RAISE, STATUS_PAUSED, check_plan, weekly_volume

WEEK_PARAM = "week_markeren"
"""Name of the Vega-Lite parameter (slider) that highlights one week."""

KIND_COLORS = PLAN_KIND_COLORS
"""Colour per kind of day: heel-raise phase, stretching only, or paused."""


def _kind_scale(kinds: pd.Series) -> alt.Scale:
    """Return fixed colours for the kinds present (one colour per phase in every chart)."""
    present = [kind for kind in KIND_COLORS if kind in set(kinds)]
    return alt.Scale(domain=present, range=[KIND_COLORS[kind] for kind in present])


def calendar_data(plan: pd.DataFrame) -> pd.DataFrame:
    """One row per plan day: week, weekday, heel-raise dose and kind of day.

    Columns ``datum`` (dd-mm-jjjj), ``week``, ``dag`` (ma..zo), ``dagnummer`` (0 = ma),
    ``herhalingen`` (sets x reps of heel raises; 0 on stretch-only or paused days),
    ``label`` (``"3×12"``, ``"rek"`` or ``"pauze"``), ``soort`` (``"fase 1"`` to
    ``"fase 3"``, ``"alleen rekken"``, ``"gepauzeerd"``) and ``status``.
    """
    rows = []
    for day, group in check_plan(plan).groupby("date", sort=True):
        heel = group[(group["exercise_id"] == HEEL_RAISE) & group["sets"].notna()]
        paused = bool((group["status"] == STATUS_PAUSED).all())
        if paused:
            label, volume, kind = "pauze", 0, "gepauzeerd"
        elif len(heel):
            sets, reps = int(heel["sets"].iloc[0]), int(heel["reps"].iloc[0])
            label, volume = f"{sets}×{reps}", sets * reps
            kind = f"fase {int(heel['phase'].iloc[0])}"
        else:
            label, volume, kind = "rek", 0, "alleen rekken"
        rows.append(
            {
                "datum": format_date(day),
                "week": int(group["week"].iloc[0]),
                "dag": weekday_nl(day),
                "dagnummer": day.weekday(),
                "herhalingen": volume,
                "label": label,
                "soort": kind,
                "status": "gepauzeerd" if paused else str(group["status"].iloc[0]),
            }
        )
    return pd.DataFrame(rows)


def plan_calendar_chart(plan: pd.DataFrame, *, highlight_week: int = 1) -> alt.LayerChart:
    """Calendar-like heatmap of the plan: weeks as rows, weekdays as columns.

    Each cell is a day, coloured by heel-raise phase and labelled with the dose
    (sets × reps); ``rek`` marks a day with only stretching. A slider (Vega-Lite
    parameter ``week_markeren``) outlines one week; it works in JupyterLab and in the
    static book.
    """
    data = calendar_data(plan)
    n_weeks = int(data["week"].max())
    week = alt.param(
        name=WEEK_PARAM,
        value=int(highlight_week),
        bind=alt.binding_range(min=1, max=n_weeks, step=1, name="Week markeren "),
    )
    order = list(dict.fromkeys(data.sort_values("dagnummer", kind="stable")["dag"]))
    base = alt.Chart(data).encode(
        x=alt.X("dag:O", sort=order, title=None, axis=alt.Axis(orient="top", labelAngle=0)),
        y=alt.Y("week:O", title="Week"),
    )
    cells = base.mark_rect(stroke=COLORS["zwart"]).encode(
        color=alt.Color("soort:N", title="Dag", scale=_kind_scale(data["soort"])),
        strokeWidth=alt.condition(f"datum.week == {WEEK_PARAM}", alt.value(3), alt.value(0)),
        tooltip=[
            alt.Tooltip("datum:N", title="Datum"),
            alt.Tooltip("week:O", title="Week"),
            alt.Tooltip("label:N", title="Hielheffen"),
            alt.Tooltip("herhalingen:Q", title="Herhalingen"),
            alt.Tooltip("status:N", title="Status"),
        ],
    )
    text = base.mark_text(fontSize=11).encode(
        text="label:N",
        color=alt.condition(
            "datum.soort == 'fase 2' || datum.soort == 'gepauzeerd'",
            alt.value("white"),
            alt.value(COLORS["zwart"]),
        ),
    )
    return (
        alt.layer(cells, text)
        .add_params(week)
        .properties(
            width=7 * 48,
            height=n_weeks * 24,
            description=(
                f"Kalender van het oefenprogramma: {n_weeks} weken, per dag de dosis "
                "hielheffen (sets maal herhalingen) of alleen kuitrek, gekleurd per fase."
            ),
        )
    )


def weekly_volume_chart(plan: pd.DataFrame) -> alt.Chart:
    """Bar chart of heel-raise repetitions (sets x reps) per week, coloured by phase."""
    volume = weekly_volume(plan)
    data = pd.DataFrame(
        {
            "week": volume["week"].astype(int),
            "herhalingen": volume["repetitions"].astype(int),
            "sets": volume["sets"].astype(int),
            "sessies": volume["sessions"].astype(int),
            "fase": [
                "gepauzeerd" if pd.isna(phase) else f"fase {int(phase)}"
                for phase in volume["phase"]
            ],
        }
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("week:O", title="Week", axis=alt.Axis(labelAngle=0)),
            y=alt.Y("herhalingen:Q", title="Herhalingen per week (sets × herhalingen)"),
            color=alt.Color("fase:N", title="Fase", scale=_kind_scale(data["fase"])),
            tooltip=[
                alt.Tooltip("week:O", title="Week"),
                alt.Tooltip("sessies:Q", title="Sessies"),
                alt.Tooltip("sets:Q", title="Sets"),
                alt.Tooltip("herhalingen:Q", title="Herhalingen"),
                alt.Tooltip("fase:N", title="Fase"),
            ],
        )
        .properties(
            width=480,
            height=260,
            description=(
                "Staafdiagram: aantal herhalingen hielheffen per week. Het aantal sessies "
                "wisselt tussen 4 en 3 per week omdat je om de dag traint."
            ),
        )
    )
