"""Exercise cards for the book: drawing, dose, how, how often, what to feel, when to stop.

One section per phase of the heel-raise programme (:data:`hielspoor.programme.PHASES`),
each printable on one A4 page, plus the other exercise of the catalogue. Everything on a
card comes from ``data/exercises.csv``, the programme and the pain rule's zones
(``data/pain_monitoring.csv``); the drawings are ``book/_assets/oefeningen/<id>.svg``,
whose ``<title>`` and ``<desc>`` are the text alternative.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from hielspoor import monitoring, programme
from hielspoor.display.disclaimers import RED_FLAGS_NOTE
from hielspoor.paths import repo_root

DRAWINGS = Path("book") / "_assets" / "oefeningen"
"""Folder of the exercise drawings in the repository (copied to ``_static/oefeningen/``)."""


def _drawings() -> Path:
    root = repo_root()
    if root is None:  # an installed package has no book/ folder
        raise FileNotFoundError("De tekeningen staan alleen in de cursusmap (book/_assets).")
    return root / DRAWINGS


def drawing_text(exercise_id: str) -> str:
    """Text alternative of an exercise drawing: its SVG ``<title>`` and ``<desc>``.

    The drawings are in the repository only (``book/_assets/oefeningen``); the book's
    browser test checks every card's text alternative.
    """
    svg = (_drawings() / f"{exercise_id}.svg").read_text(encoding="utf-8")
    parts = [re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", svg, re.S) for tag in ("title", "desc")]
    return ". ".join(html.unescape(p.group(1).strip()) for p in parts if p)


def _zones() -> dict[str, str]:
    table = monitoring.thresholds()
    return {
        str(row.zone): f"{row.min_score} tot en met {row.max_score} op 10: {row.meaning}"
        for row in table.itertuples(index=False)
    }


def _card(exercise_id: str, dose: str, static: str, *, phase: int | None = None) -> str:
    """One card; ``phase`` (after the first) makes the element id unique on the page."""
    row = programme.exercises().loc[exercise_id]
    zones = _zones()
    green, amber, red = (zones[zone] for zone in monitoring.thresholds()["zone"])
    sources = ", ".join(key.strip() for key in str(row["source"]).split(";"))
    alt = html.escape(drawing_text(exercise_id), quote=True)
    items = [
        ("Hoe", html.escape(str(row["instructions_nl"]))),
        ("Dosis", html.escape(dose)),
        ("Hoe vaak", html.escape(str(row["frequency"]))),
        ("Wat mag je voelen", f"{html.escape(green)}<br>{html.escape(amber)}"),
        (
            "Wanneer stop je",
            f"{html.escape(red)} Bij {monitoring.SEVERE_PAIN:g} op 10 of meer tijdens het "
            "oefenen én de volgende ochtend: stop met opbouwen en overleg met je huisarts of "
            f"fysiotherapeut. {html.escape(RED_FLAGS_NOTE)}",
        ),
        ("Bron (sleutel in de bronnenlijst)", html.escape(sources)),
    ]
    body = "".join(f"<dt>{name}</dt><dd>{text}</dd>" for name, text in items)
    card_id = f"kaart-{exercise_id}" if phase in (None, 1) else f"kaart-{exercise_id}-fase-{phase}"
    return (
        f'<article class="hs-kaart" id="{card_id}" data-oefening="{exercise_id}">'
        f"<h3>{html.escape(str(row['name_nl']))}</h3>"
        f'<img loading="eager" src="{static}oefeningen/{exercise_id}.svg" alt="{alt}" width="320" '
        f'height="300"><dl>{body}</dl></article>'
    )


def cards_html(static: str = "_static/") -> str:
    """All cards: one ``<section>`` per programme phase, then the other exercises.

    The phases show the programme's exercises (:data:`hielspoor.programme.HEEL_RAISE`,
    :data:`hielspoor.programme.STRETCHES`); every other row of ``data/exercises.csv`` gets
    its card in the last section, so a new row never changes the 12-week schedule.

    Parameters
    ----------
    static
        URL of the book's ``_static/`` folder relative to the page.
    """
    sections = []
    phases = programme.PHASES
    used = {programme.HEEL_RAISE, *programme.STRETCHES}
    for index, phase in enumerate(phases):
        last_week = programme.PROGRAMME_WEEKS
        if index + 1 < len(phases):
            last_week = phases[index + 1].first_week - 1
        dose = (
            f"{phase.sets} sets van {phase.reps} ({phase.reps}RM): zo zwaar dat je net "
            f"{phase.reps} keer lukt. Tempo: {programme.TEMPO}."
        )
        cards = [_card(programme.HEEL_RAISE, dose, static, phase=phase.number)]
        cards += [
            _card(item, str(programme.exercises().loc[item, "dose"]), static, phase=phase.number)
            for item in programme.STRETCHES
        ]
        sections.append(
            f'<section class="hs-fase" aria-labelledby="fase-{phase.number}">'
            f'<h2 id="fase-{phase.number}">Fase {phase.number}: week {phase.first_week} tot en '
            f"met {last_week}</h2>{''.join(cards)}</section>"
        )
    others = [item for item in programme.exercises().index if item not in used]
    if others:
        cards = "".join(
            _card(item, str(programme.exercises().loc[item, "dose"]), static) for item in others
        )
        title = "Andere oefening" if len(others) == 1 else "Andere oefeningen"
        sections.append(
            '<section class="hs-fase" aria-labelledby="fase-anders">'
            f'<h2 id="fase-anders">{title} uit de bronnen (niet in het schema)</h2>'
            f"{cards}</section>"
        )
    return f'<div class="hs-kaarten">{"".join(sections)}</div>'


def fill_placeholder(body: str, marker: str, *, static: str = "_static/") -> str:
    """Return ``body`` with the cards placeholder ``<div ... marker></div>`` filled."""
    pattern = re.compile(rf"(<div[^>]*{re.escape(marker)}[^>]*>)(.*?)(</div>)", re.S)
    return pattern.sub(lambda m: m.group(1) + cards_html(static) + m.group(3), body, count=1)
