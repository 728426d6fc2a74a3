"""Charts of the claims register that stay interactive in the static book.

:func:`claims_explorer` draws a text table of the claims with two dropdowns
(Vega-Lite params ``onderwerp`` and ``oordeel``, each with an ``alle`` option) that filter
the rows, above a bar chart of the number of claims per verdict for the chosen topic.
The filtering runs in Vega, so it works in JupyterLab and in the published book alike.
"""

from __future__ import annotations

import textwrap

import altair as alt
import pandas as pd

from hielspoor.claims import TOPICS, VERDICTS, load_claims
from hielspoor.display.palette import VERDICT_COLORS

#: Value of both dropdowns that switches the filter off.
ALL = "alle"
ROW_HEIGHT = 38
TABLE_WIDTH = 540
CLAIM_WIDTH_CHARS = 50


def wrap_claim(text: str, *, width: int = CLAIM_WIDTH_CHARS, max_lines: int = 2) -> str:
    r"""Wrap a claim to at most ``max_lines`` lines joined by ``\n``, ending in ``…`` if cut.

    Examples
    --------
    >>> wrap_claim("een twee drie vier", width=9, max_lines=2)
    'een twee\ndrie vier'
    >>> wrap_claim("een twee drie vier vijf", width=9, max_lines=2)
    'een twee\ndrie…'
    """
    lines = textwrap.wrap(text, width=width)
    if len(lines) <= max_lines:
        return "\n".join(lines)
    kept = lines[:max_lines]
    last = textwrap.shorten(kept[-1] + " " + lines[max_lines], width=width - 1, placeholder="")
    kept[-1] = last.rstrip(" ,;:") + "…"
    return "\n".join(kept)


def explorer_data(claims: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the rows the explorer draws: id, wrapped claim, topic, verdict, tooltip text."""
    table = load_claims() if claims is None else claims
    return pd.DataFrame(
        {
            "id": table["id"],
            "bewering": table["claim"],
            "regels": [wrap_claim(text) for text in table["claim"]],
            "onderwerp": table["topic"],
            "oordeel": table["verdict"],
            "uitleg": table["explanation"],
            "bronnen": table["sources"].str.replace(";", ", ", regex=False),
            "volgorde": range(len(table)),
        }
    )


def filter_expression() -> str:
    """Return the Vega expression that keeps a row for the chosen topic and verdict.

    Examples
    --------
    >>> "(oordeel == 'alle' || datum.oordeel == oordeel)" in filter_expression()
    True
    """
    return (
        f"(onderwerp == '{ALL}' || datum.onderwerp == onderwerp) && "
        f"(oordeel == '{ALL}' || datum.oordeel == oordeel)"
    )


def _params() -> tuple[alt.Parameter, alt.Parameter]:
    topic = alt.param(
        name="onderwerp",
        value=ALL,
        bind=alt.binding_select(options=[ALL, *TOPICS], name="Onderwerp "),
    )
    verdict = alt.param(
        name="oordeel",
        value=ALL,
        bind=alt.binding_select(options=[ALL, *VERDICTS], name="Oordeel "),
    )
    return topic, verdict


def _verdict_color(*, legend: bool) -> alt.Color:
    return alt.Color(
        "oordeel:N",
        scale=alt.Scale(domain=list(VERDICTS), range=[VERDICT_COLORS[v] for v in VERDICTS]),
        legend=alt.Legend(title="Oordeel") if legend else None,
    )


def verdict_bar_chart(data: pd.DataFrame) -> alt.Chart:
    """Bars: number of claims per verdict, for the topic chosen in ``onderwerp``.

    The count axis runs from 0 to the largest count over all topics, so bars of different
    topics can be compared and ticks fall on whole numbers.
    """
    largest = int(data["oordeel"].value_counts().max())
    return (
        alt.Chart(data, name="oordelen")
        .transform_filter(f"onderwerp == '{ALL}' || datum.onderwerp == onderwerp")
        .mark_bar()
        .encode(
            y=alt.Y("oordeel:N", sort=list(VERDICTS), scale=alt.Scale(domain=list(VERDICTS)),
                    title=None),
            x=alt.X("count():Q", title="Aantal beweringen", scale=alt.Scale(domain=[0, largest]),
                    axis=alt.Axis(tickMinStep=1, format="d")),
            color=_verdict_color(legend=False),
            tooltip=[alt.Tooltip("oordeel:N", title="Oordeel"),
                     alt.Tooltip("count():Q", title="Aantal")],
        )
        .properties(width=TABLE_WIDTH - 130, height=alt.Step(22))
    )  # fmt: skip


def claims_table_chart(data: pd.DataFrame) -> alt.LayerChart:
    """Text table: id, claim (two lines), verdict; filtered by ``onderwerp`` and ``oordeel``."""
    base = (
        alt.Chart(data)
        .transform_filter(filter_expression())
        .transform_window(rij="row_number()", sort=[alt.SortField("volgorde")])
        .encode(
            y=alt.Y("rij:O", axis=None),
            tooltip=[
                alt.Tooltip("id:N", title="Nr."),
                alt.Tooltip("bewering:N", title="Bewering"),
                alt.Tooltip("oordeel:N", title="Oordeel"),
                alt.Tooltip("uitleg:N", title="Uitleg"),
                alt.Tooltip("bronnen:N", title="Bronnen"),
            ],
        )
    )
    ids = base.mark_text(align="left", baseline="middle", fontWeight="bold").encode(
        x=alt.value(0), text="id:N"
    )
    text = base.mark_text(align="left", baseline="middle", lineBreak="\n", fontSize=12).encode(
        x=alt.value(52), text="regels:N"
    )
    swatch = base.mark_square(size=120, opacity=1).encode(
        x=alt.value(TABLE_WIDTH - 148), color=_verdict_color(legend=False)
    )
    verdict = base.mark_text(align="left", baseline="middle", fontSize=12).encode(
        x=alt.value(TABLE_WIDTH - 136), text="oordeel:N"
    )
    return alt.layer(ids, text, swatch, verdict).properties(
        width=TABLE_WIDTH, height=alt.Step(ROW_HEIGHT)
    )


def claims_explorer(claims: pd.DataFrame | None = None) -> alt.VConcatChart:
    """Return the claims explorer: dropdowns, verdict counts, and the filtered text table.

    Parameters
    ----------
    claims
        Claims register; defaults to :func:`hielspoor.claims.load_claims`.
    """
    data = explorer_data(claims)
    topic, verdict = _params()
    return (
        alt.vconcat(verdict_bar_chart(data), claims_table_chart(data), spacing=18)
        .add_params(topic, verdict)
        .properties(
            # resize: the table shrinks and grows with the filtered rows (Vega re-lays out)
            autosize=alt.AutoSizeParams(type="pad", resize=True),
            description=(
                "Beweringen over hielspoor uit vijf webartikelen: aantal per oordeel en een "
                "tabel met nummer, bewering en oordeel. Kies een onderwerp en een oordeel "
                "om te filteren; beweeg over een rij voor de uitleg en de bronnen."
            ),
        )
        .configure_view(stroke=None)
    )
