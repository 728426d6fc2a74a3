"""How the pain rule looks: the outcome box and the zone table (HTML, no scripts)."""

from __future__ import annotations

import html

import pandas as pd

from hielspoor.display.disclaimers import DISCLAIMER, Target, red_flags_note_html
from hielspoor.display.format import format_range
from hielspoor.display.palette import NEUTRAL, ZONE_COLORS
from hielspoor.display.tables import Html, table_html


def advice_html(advice: object, *, target: Target = "book") -> Html:
    """Outcome of the pain rule as a small box: outcome, reason, zone, red-flag link.

    ``advice`` is a :class:`hielspoor.monitoring.Advice` (anything with ``decision``,
    ``outcome``, ``reason`` and ``zone``). The zone is written out, never colour alone.
    """
    color = ZONE_COLORS.get(advice.zone, NEUTRAL)
    return Html(
        f'<div class="hs-advice" style="border-left:6px solid {color};padding:0.3em 0.8em">'
        f"<strong>{html.escape(advice.outcome)}</strong> "
        f"(zone tijdens de activiteit: {html.escape(advice.zone)})<br>"
        f"{html.escape(advice.reason)}<br>"
        f"<em>{html.escape(DISCLAIMER)} {red_flags_note_html(target=target)}</em></div>"
    )


def zone_frame() -> pd.DataFrame:
    """Return the zones as a Dutch table: zone, pain range during the activity, meaning.

    Examples
    --------
    >>> zone_frame().iloc[0].tolist()[:2]
    ['groen', '0 tot en met 2']
    """
    from hielspoor.monitoring import zones

    table = zones()
    return pd.DataFrame(
        {
            "Zone": table["zone"],
            "Pijn tijdens activiteit (0-10)": [
                format_range(low, high, joiner=" tot en met ")
                for low, high in zip(table["min_score"], table["max_score"], strict=True)
            ],
            "Betekenis": table["meaning"],
        }
    )


def zone_html() -> Html:
    """Return the zones as an HTML table (see :func:`zone_frame`).

    Examples
    --------
    >>> "0 tot en met 2" in zone_html()
    True
    """
    return Html(table_html(zone_frame(), caption="Zones van de pijnregel", css_class="hs-zones"))
