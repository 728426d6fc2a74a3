"""Pain-diary chart: daily scores, 7-day means, pain-monitoring zones, exercise days.

The chart is pure Vega-Lite, so the brush (an interval selection named ``periode``
on the overview strip) and the Dutch tooltips work in JupyterLab and in the static
book alike. All numbers (rolling means, zones) come from :mod:`hielspoor.diary` and
:mod:`hielspoor.monitoring`; the chart only draws them.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from hielspoor import diary, monitoring
from hielspoor.charts import COLORS
from hielspoor.validation import InputError

BRUSH_NAME = "periode"
"""Name of the interval selection on the overview strip (drives the detail x domain)."""

MEASURE_ORDER = [diary.LABELS[key] for key in diary.PAIN_COLUMNS]
MEASURE_COLORS = [COLORS["blauw"], COLORS["zwart"], COLORS["paars"]]
MEASURE_DASHES = [[1, 0], [6, 3], [2, 2]]
DATE_FORMAT = "%d-%m-%Y"
MAX_DAYS = 5000
"""Most days in one chart (altair's inline-data limit; about 13 years of daily entries)."""


def _measure_scales() -> tuple[alt.Scale, alt.Scale]:
    color = alt.Scale(domain=MEASURE_ORDER, range=MEASURE_COLORS)
    dash = alt.Scale(domain=MEASURE_ORDER, range=MEASURE_DASHES)
    return color, dash


def describe(entries: pd.DataFrame) -> str:
    """Dutch description of the chart (the aria-label in the book).

    Examples
    --------
    >>> days = pd.to_datetime(["2026-03-01", "2026-03-03"])
    >>> describe(pd.DataFrame({"datum": days}))[:57]
    'Pijndagboek van 01-03-2026 tot en met 03-03-2026 (2 dagen'
    """
    first, last = entries["datum"].min(), entries["datum"].max()
    days = len(entries)
    return (
        f"Pijndagboek van {first:%d-%m-%Y} tot en met {last:%d-%m-%Y} "
        f"({days} {'dag' if days == 1 else 'dagen'}): pijn bij de eerste stap, bij activiteit "
        "en de volgende ochtend op 0 tot 10, met het 7-daags gemiddelde, de zones groen, "
        "oranje en rood van de pijnregel, en de oefendagen. Sleep in de onderste strook "
        "om een periode te kiezen."
    )


def pain_diary_chart(entries: pd.DataFrame, *, width: int = 640) -> alt.VConcatChart:
    """Chart of a pain diary with zone bands, 7-day means, exercise days and a brush.

    Layout, top to bottom:

    * detail: daily scores (thin lines and points with tooltips) and the 7-day rolling
      mean (thick lines) of the three pain measures, over the green/amber/red zones of
      the pain-monitoring rule; its time axis follows the brush;
    * exercise days: a tick per day with exercises (tooltip: exercises and notes);
    * overview: the 7-day means over the whole period, with the brush ``periode``.

    Parameters
    ----------
    entries
        Diary entries (:func:`hielspoor.diary.read_pain_diary` ``.entries``).
    width
        Width of the plots in pixels.

    Raises
    ------
    InputError
        When the diary has no entries.

    Notes
    -----
    Zones from :func:`hielspoor.monitoring.zone_bands` (``silbernagel2007``).
    """
    if entries.empty:
        raise InputError("Je dagboek is nog leeg; vul eerst een dag in.")
    if len(entries) > MAX_DAYS:
        raise InputError(
            f"Meer dan {MAX_DAYS} dagen past niet in één grafiek; kies een kortere periode, "
            "bijvoorbeeld entries[entries['datum'] >= '2020-01-01']."
        )
    entries = entries.sort_values("datum", ignore_index=True)
    frame = diary.chart_frame(entries)
    color, dash = _measure_scales()
    brush = alt.selection_interval(name=BRUSH_NAME, encodings=["x"])
    x_detail = alt.X(
        "datum:T",
        title=None,
        scale=alt.Scale(domain=brush),
        axis=alt.Axis(format="%d %b", labelAngle=0),
    )
    y_pain = alt.Y("pijn:Q", title="Pijn (0-10)", scale=alt.Scale(domain=[0, 10], nice=False))
    legend = alt.Legend(title="Pijn", orient="top")
    tooltip = [
        alt.Tooltip("datum:T", title="Datum", format=DATE_FORMAT),
        alt.Tooltip("maat:N", title="Moment"),
        alt.Tooltip("pijn:Q", title="Pijn (0-10)", format=".1~f"),
        alt.Tooltip("gemiddelde_7d:Q", title="7-daags gemiddelde", format=".1f"),
    ]

    bands = monitoring.zone_bands()
    zone_fill = alt.Fill(
        "zone:N",
        title="Zone pijnregel",
        scale=alt.Scale(domain=list(bands["zone"]), range=list(bands["color"])),
        legend=alt.Legend(orient="top"),
    )
    band_layer = (
        alt.Chart(bands)
        .mark_rect(opacity=0.13)
        .encode(y=alt.Y("low:Q", scale=alt.Scale(domain=[0, 10])), y2="high:Q", fill=zone_fill)
    )
    # Data (one row per day) is attached once to the top-level chart; each layer folds
    # the three measures into rows (maat, pijn) and looks up the matching 7-day mean.
    base = (
        alt.Chart()
        .transform_fold(MEASURE_ORDER, as_=["maat", "pijn"])
        .transform_calculate(gemiddelde_7d=f"datum['{diary.MEAN_PREFIX}' + datum.maat]")
    )
    daily = base.mark_line(strokeWidth=1, opacity=0.45, clip=True).encode(
        x=x_detail,
        y=y_pain,
        color=alt.Color("maat:N", scale=color, legend=legend, sort=MEASURE_ORDER),
        strokeDash=alt.StrokeDash("maat:N", scale=dash, legend=None),
    )
    points = base.mark_point(size=22, filled=True, opacity=0.6, clip=True).encode(
        x=x_detail,
        y=y_pain,
        color=alt.Color("maat:N", scale=color, legend=None),
        tooltip=tooltip,
    )
    mean_y = alt.Y("gemiddelde_7d:Q", title="Pijn (0-10)", scale=alt.Scale(domain=[0, 10]))
    mean_lines = base.mark_line(strokeWidth=3, clip=True).encode(
        x=x_detail,
        y=mean_y,
        color=alt.Color("maat:N", scale=color, legend=None),
        strokeDash=alt.StrokeDash("maat:N", scale=dash, legend=None),
        tooltip=tooltip,
    )
    detail = alt.layer(band_layer, daily, points, mean_lines).properties(width=width, height=300)

    done = diary.sessions(entries)
    exercise_days = (
        alt.Chart(done)
        .mark_tick(thickness=2, size=18, color=COLORS["groen"], clip=True)
        .encode(
            x=alt.X(
                "datum:T",
                title=None,
                scale=alt.Scale(domain=brush),
                axis=alt.Axis(format="%d %b", labelAngle=0, labels=False, ticks=False),
            ),
            tooltip=[
                alt.Tooltip("datum:T", title="Datum", format=DATE_FORMAT),
                alt.Tooltip("oefeningen:N", title="Oefeningen"),
                alt.Tooltip("notities:N", title="Notities"),
            ],
        )
        .properties(
            width=width, height=24, title=alt.TitleParams("Oefendagen", fontSize=12, anchor="start")
        )
    )

    overview = (
        base.mark_line(strokeWidth=1.5)
        .encode(
            x=alt.X(
                "datum:T",
                title="Datum",
                axis=alt.Axis(
                    format="%b %Y", labelAngle=0, tickCount={"interval": "month", "step": 1}
                ),
            ),
            y=alt.Y(
                "gemiddelde_7d:Q",
                title=None,
                scale=alt.Scale(domain=[0, 10]),
                axis=alt.Axis(values=[0, 5, 10]),
            ),
            color=alt.Color("maat:N", scale=color, legend=None),
        )
        .add_params(brush)
        .properties(width=width, height=60, name="overzicht")
    )
    return alt.vconcat(detail, exercise_days, overview, spacing=8, data=frame).properties(
        description=describe(entries)
    )
