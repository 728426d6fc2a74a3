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

from hielspoor.charts.phone import PHONE_WIDTH_PX, row_labels, with_narrow_layout
from hielspoor.claims import TOPICS, VERDICTS, load_claims
from hielspoor.display.palette import VERDICT_COLORS

#: Value of both dropdowns that switches the filter off.
ALL = "alle"
ROW_HEIGHT = 38
TABLE_WIDTH = 540
CLAIM_WIDTH_CHARS = 50
#: On a phone: a row is the id and verdict on one line, the claim in two lines under it.
PHONE_ROW_HEIGHT = 58
PHONE_CLAIM_WIDTH_CHARS = 40


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
    """Return the rows the explorer draws: id, wrapped claim (wide and phone), topic, verdict."""
    table = load_claims() if claims is None else claims
    return pd.DataFrame(
        {
            "id": table["id"],
            "bewering": table["claim"],
            "regels": [wrap_claim(text) for text in table["claim"]],
            "regels_telefoon": [
                wrap_claim(text, width=PHONE_CLAIM_WIDTH_CHARS) for text in table["claim"]
            ],
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


def verdict_bar_chart(data: pd.DataFrame, *, phone: bool = False) -> alt.Chart | alt.LayerChart:
    """Bars: number of claims per verdict, for the topic chosen in ``onderwerp``.

    The count axis runs from 0 to the largest count over all topics, so bars of different
    topics can be compared and ticks fall on whole numbers. ``phone``: each verdict's name
    is a line above its bar, so the bars and the table below start at the left edge.
    """
    largest = int(data["oordeel"].value_counts().max())
    y = alt.Y(
        "oordeel:N",
        sort=list(VERDICTS),
        scale=alt.Scale(domain=list(VERDICTS)),
        title=None,
        axis=None if phone else alt.Axis(),
    )
    bars = (
        alt.Chart(data, name="oordelen")
        .transform_filter(f"onderwerp == '{ALL}' || datum.onderwerp == onderwerp")
        .mark_bar(**({"yOffset": 7, "height": 14} if phone else {}))
        .encode(
            y=y,
            x=alt.X("count():Q", title="Aantal beweringen", scale=alt.Scale(domain=[0, largest]),
                    axis=alt.Axis(tickMinStep=1, format="d")),
            color=_verdict_color(legend=False),
            tooltip=[alt.Tooltip("oordeel:N", title="Oordeel"),
                     alt.Tooltip("count():Q", title="Aantal")],
        )
    )  # fmt: skip
    if not phone:
        return bars.properties(width=TABLE_WIDTH - 130, height=alt.Step(22))
    names = row_labels(
        alt.Chart(pd.DataFrame({"oordeel": list(VERDICTS)})), y=y, field="oordeel", top_px=17
    )
    return alt.layer(bars, names).properties(width=PHONE_WIDTH_PX - 20, height=alt.Step(36))


def claims_table_chart(data: pd.DataFrame, *, phone: bool = False) -> alt.LayerChart:
    """Text table: id, claim (two lines), verdict; filtered by ``onderwerp`` and ``oordeel``.

    ``phone``: the id and verdict on one line and the claim in two lines under it, in a
    column of :data:`~hielspoor.charts.phone.PHONE_WIDTH_PX`. Only the claim's text is
    read out by a screen reader (id, claim and verdict); the other marks are decoration.
    """
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
    # (x of the claim, of the swatch, of the verdict; y offset of the header, of the claim)
    x_claim, x_swatch, x_verdict = (
        (0, 58, 68) if phone else (52, TABLE_WIDTH - 148, TABLE_WIDTH - 136)
    )
    dy_header, dy_claim = (-PHONE_ROW_HEIGHT // 2 + 5, -10) if phone else (0, 0)
    line = {"baseline": "top" if phone else "middle", "aria": False}
    ids = base.mark_text(align="left", fontWeight="bold", dy=dy_header, **line).encode(
        x=alt.value(0), text="id:N"
    )
    said = "datum.id + ': ' + datum.bewering + ' Oordeel: ' + datum.oordeel + '.'"
    text = (
        base.transform_calculate(voorgelezen=said)
        .mark_text(
            align="left", baseline=line["baseline"], lineBreak="\n", fontSize=12, dy=dy_claim
        )
        .encode(
            x=alt.value(x_claim),
            text="regels_telefoon:N" if phone else "regels:N",
            description="voorgelezen:N",
        )
    )
    swatch = base.mark_square(
        size=120, opacity=1, aria=False, yOffset=dy_header + 7 if phone else 0
    ).encode(x=alt.value(x_swatch), color=_verdict_color(legend=False))
    verdict = base.mark_text(align="left", fontSize=12, dy=dy_header, **line).encode(
        x=alt.value(x_verdict), text="oordeel:N"
    )
    return alt.layer(ids, text, swatch, verdict).properties(
        width=PHONE_WIDTH_PX - 20 if phone else TABLE_WIDTH,
        height=alt.Step(PHONE_ROW_HEIGHT if phone else ROW_HEIGHT),
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

    def layout(*, phone: bool) -> alt.VConcatChart:
        return (
            alt.vconcat(
                verdict_bar_chart(data, phone=phone),
                claims_table_chart(data, phone=phone),
                spacing=18,
            )
            .add_params(topic, verdict)
            .properties(
                # resize: the table shrinks and grows with the filtered rows (Vega re-lays out)
                autosize=alt.AutoSizeParams(type="pad", resize=True),
            )
            .configure_view(stroke=None)
        )

    wide = layout(phone=False).properties(
        description=(
            "Beweringen over hielspoor uit vijf webartikelen: aantal per oordeel en een "
            "tabel met nummer, bewering en oordeel. Kies een onderwerp en een oordeel "
            "om te filteren; beweeg over een rij voor de uitleg en de bronnen."
        ),
    )
    return with_narrow_layout(wide, layout(phone=True))
