"""Static HTML for the evidence chapters: claim cards, tables and "waar staat dit?".

Every claim card, treatment card and table row can open a ``<details>`` element
"Waar staat dit?" that shows the source passage behind it and where in the source it is
(:mod:`hielspoor.passages`). ``<details>`` works without JavaScript and with the keyboard;
the book opens them all before printing (``book/_assets/print-details.js``). All text is
escaped; the output has no scripts and no random ids, so stored notebook outputs are stable.
"""

from __future__ import annotations

import html

import pandas as pd
from IPython.display import HTML

from hielspoor import claims, evidence, passages
from hielspoor.display.disclaimers import DISCLAIMER
from hielspoor.display.palette import VERDICT_COLORS
from hielspoor.display.tables import table_html
from hielspoor.references import short_reference, split_keys
from hielspoor.schemas.registry import load_table

#: Summary text of every source-passage element.
WHERE = "Waar staat dit?"
#: CSS class of the source-passage ``<details>`` (opened for printing).
SOURCE_CLASS = "hs-source"
#: How each kind of passage is introduced.
KIND_LABELS = {"citaat": "Citaat", "parafrase": "Samengevat", "niet gevonden": "Niet gevonden"}
RESULT_LABELS = {
    "bevestigd": "klopt",
    "aangepast": "aangepast na controle",
    "deels": "klopt deels",
    "niet gevonden": "passage niet gevonden",
}

esc = html.escape


def passages_html(table: str, row: str, *, label: str = "") -> str:
    """Return a closed ``<details>`` "Waar staat dit?" with the passages of one data row.

    Parameters
    ----------
    table
        Dataset name as in ``data/passages.csv`` (``claims``, ``behandelingen``, ...).
    row
        Row key (claim id, treatment id, risk factor, ...).
    label
        Optional text after the summary, to tell several elements apart.

    Examples
    --------
    >>> out = passages_html("claims", "C-007")
    >>> out.startswith('<details class="hs-source">') and "Keller" in out
    True
    """
    found = passages.passages_for(table, row)
    summary = WHERE + (f" ({label})" if label else "")
    items = []
    for _, passage in found.iterrows():
        kind = KIND_LABELS[passage["kind"]]
        text = esc(passage["passage"])
        quote = f"<q>{text}</q>" if passage["kind"] == "citaat" else text
        note = f" {esc(passage['note'])}" if passage["note"] else ""
        items.append(
            f"<li><strong>{esc(short_reference(passage['source']))}</strong>, "
            f"{esc(passage['location'])}. {kind}: {quote} "
            f"<small>Nagekeken op {esc(passage['checked'])}: "
            f"{esc(RESULT_LABELS[passage['result']])}.{note}</small></li>"
        )
    body = "".join(items) or "<li>Nog geen passage vastgelegd.</li>"
    return (
        f'<details class="{SOURCE_CLASS}"><summary>{esc(summary)}</summary>'
        f"<ul>{body}</ul></details>"
    )


def _sources_list(table: str, rows: list[tuple[str, str]]) -> str:
    items = "".join(f"<li>{passages_html(table, key, label=label)}</li>" for key, label in rows)
    return f'<ul class="hs-sources">{items}</ul>'


def claim_card_html(claim_id: str) -> str:
    """Return one claim as an HTML card: id, verdict, claim, explanation, sources, passages.

    The verdict is written out in words (the coloured border only repeats it), so the card
    works without colour vision and without JavaScript.

    Examples
    --------
    >>> "Oordeel: onveilig" in claim_card_html("C-064")
    True
    """
    row = claims.claim(claim_id)
    color = VERDICT_COLORS[row["verdict"]]
    sources = "; ".join(short_reference(key) for key in split_keys(row["sources"]))
    return (
        f'<div class="hs-claim" role="note" aria-label="Bewering {esc(row["id"])}" '
        f'style="border-left: 6px solid {color}; padding: 0.3em 0.8em; margin: 0.5em 0;">'
        f"<p><strong>{esc(row['id'])}</strong> · "
        f"<strong>Oordeel: {esc(row['verdict'])}</strong></p>"
        f"<p><em>{esc(row['claim'])}</em></p>"
        f"<p>{esc(row['explanation'])}</p>"
        f"<p><small>Bronnen: {esc(sources)}</small></p>"
        f"{passages_html('claims', claim_id)}</div>"
    )


def claim_card(claim_id: str) -> HTML:
    """Show one claim as an HTML card in a notebook cell (see :func:`claim_card_html`)."""
    return HTML(claim_card_html(claim_id))


def claim_register_html(register: pd.DataFrame | None = None) -> str:
    """Return the whole register as a list: per claim its verdict, explanation and passages.

    Examples
    --------
    >>> html_text = claim_register_html()
    >>> html_text.count('class="hs-source"') == len(claims.load_claims())
    True
    """
    register = claims.load_claims() if register is None else register
    items = []
    for _, row in register.iterrows():
        items.append(
            f'<li id="bewering-{esc(row["id"])}"><strong>{esc(row["id"])}</strong> · '
            f"<em>{esc(row['claim'])}</em> <strong>Oordeel: {esc(row['verdict'])}</strong>."
            f" {esc(row['explanation'])}{passages_html('claims', row['id'])}</li>"
        )
    return (
        '<ol class="hs-register" aria-label="Register van beweringen">' + "".join(items) + ("</ol>")
    )


def claim_register() -> HTML:
    """Show the register with "waar staat dit?" per claim in a notebook cell."""
    return HTML(claim_register_html())


def risk_factor_table() -> HTML:
    """Show the risk factors as a static HTML table (decimal comma) with their passages."""
    data = evidence.forest_data(evidence.load_risk_factors())
    columns = {
        "factor": "Factor",
        "study": "Studie",
        "comparison": "Vergeleken met",
        "or_text": "Resultaat",
        "source": "Bron",
    }
    caption = "Risicofactoren: odds ratio's met 95%-betrouwbaarheidsinterval (BI)."
    table = table_html(data, columns, caption=caption, label="tabel-risicofactoren")
    rows = [(row["factor"], f"{row['factor']} · {row['study']}") for _, row in data.iterrows()]
    return HTML(table + "\n" + _sources_list("risicofactoren", rows))


def differential_table() -> HTML:
    """Show the differential diagnosis as a static HTML table with its passages."""
    table = evidence.load_differential_diagnosis()
    columns = {
        "condition": "Aandoening",
        "signs": "Wat kan opvallen",
        "action": "Wat te doen",
        "urgency": "Hoe snel",
        "source": "Bron",
    }
    caption = f"Andere oorzaken van hielpijn. {DISCLAIMER}"
    out = table_html(table, columns, caption=caption, label="tabel-differentiaaldiagnose")
    rows = [(name, name) for name in table["condition"]]
    return HTML(out + "\n" + _sources_list("differentiaaldiagnose", rows))


#: Fields of a treatment card: column -> Dutch term.
TREATMENT_FIELDS = {
    "what": "Wat is het",
    "dose": "Typische dosering",
    "vsg2026": "Nederlandse richtlijn (2026)",
    "koc2023": "JOSPT-richtlijn (2023)",
    "evidence_note": "Bewijs",
    "risks": "Risico's",
    "source": "Bron",
}


def treatment_cards_html(table: pd.DataFrame) -> str:
    """Render treatments as cards (a definition list each, readable on a phone) with passages.

    Examples
    --------
    >>> cards = treatment_cards_html(evidence.load_treatments().head(1))
    >>> print(cards.splitlines()[1])
    <section class="hs-treatment" aria-label="Uitleg en zelfmanagement">
    """
    parts = ['<div class="hs-treatments">']
    for _, row in table.iterrows():
        name = esc(str(row["name"]))
        parts.append(f'<section class="hs-treatment" aria-label="{name}">')
        parts.append(
            f"<p><strong>{name}</strong>: {esc(str(row['direction']))}; "
            f"bewijskracht {esc(str(row['evidence']))}.</p>"
        )
        fields = "".join(
            f"<dt>{esc(title)}</dt><dd>{esc(str(row[column]))}</dd>"
            for column, title in TREATMENT_FIELDS.items()
        )
        parts.append(f"<dl>{fields}</dl>")
        parts.append(passages_html("behandelingen", row["id"]))
        parts.append("</section>")
    parts.append("</div>")
    return "\n".join(parts)


def treatment_cards(*, step: int | None = None) -> HTML:
    """Show the treatments (optionally only those of one ``step``) as static HTML cards."""
    table = evidence.load_treatments()
    if step is not None:
        if step not in evidence.STEP_LABELS:
            raise ValueError(f"Onbekende stap {step}; kies uit {sorted(evidence.STEP_LABELS)}.")
        table = table[table["step"] == step]
    return HTML(treatment_cards_html(table))


def guideline_grades_table() -> HTML:
    """Show the JOSPT grade next to the Dutch guideline's advice, per treatment, with passages.

    "graad niet gevonden" means the grade was not found in a reachable source; it does not
    mean "not advised".
    """
    table = load_table("richtlijngraden").fillna("")
    columns = {
        "intervention": "Behandeling",
        "koc2023_grade": "JOSPT-graad (2023)",
        "koc2023": "JOSPT-advies",
        "vsg2026": "Nederlandse richtlijn (VSG 2026)",
        "nhg": "NHG",
    }
    caption = (
        "JOSPT-graad naast het Nederlandse advies. 'graad niet gevonden' betekent: niet "
        "gevonden in een bron die we konden nakijken, niet 'afgeraden'."
    )
    out = table_html(table, columns, caption=caption, label="tabel-richtlijngraden")
    rows = list(zip(table["id"], table["intervention"], strict=True))
    return HTML(out + "\n" + _sources_list("richtlijngraden", rows))
