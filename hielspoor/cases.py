"""Clinical reasoning cases for chapter 10, read from ``data/cases.yaml``.

Each case is a short vignette with findings and a few multiple-choice questions in the
format of :mod:`hielspoor.quiz`; it is shown as plain HTML (``<details>`` feedback), so it
works in JupyterLab and in the static book without JavaScript. The cases are for students
practising clinical reasoning, not a diagnostic tool.
"""

from __future__ import annotations

import html

from IPython.display import HTML

from hielspoor.display.disclaimers import DISCLAIMER
from hielspoor.questions import load_cases
from hielspoor.quiz import quiz_html

__all__ = ["case_html", "get_case", "load_cases", "show_case"]
from hielspoor.references import short_reference


def get_case(case_id: str) -> dict:
    """Return the case with id ``case_id``.

    Raises
    ------
    KeyError
        With the known ids, when ``case_id`` does not exist.
    """
    cases = {case["id"]: case for case in load_cases()}
    if case_id not in cases:
        raise KeyError(f"Onbekende casus '{case_id}'. Bekend: {', '.join(cases)}.")
    return cases[case_id]


def case_html(case: dict) -> str:
    """Render one case as HTML: vignette, findings, questions with feedback, sources."""
    parts = [f'<section class="hs-case" id="casus-{html.escape(case["id"])}">']
    if case.get("red_flag"):
        parts.append('<p class="hs-case-note"><em>Let op: lees deze casus met de pagina '
                     "Rode vlaggen ernaast.</em></p>")  # fmt: skip
    parts.append(f"<p>{html.escape(case['vignette'])}</p>")
    parts.append("<p><strong>Bevindingen bij onderzoek</strong></p><ul>")
    parts.extend(f"<li>{html.escape(finding)}</li>" for finding in case["findings"])
    parts.append("</ul>")
    parts.append(
        quiz_html(
            {"questions": case["questions"]},
            name=f"casus-{case['id']}",
            label=f"Vragen bij de casus: {case['title']}",
        )
    )
    sources = "; ".join(short_reference(key) for key in case["sources"])
    note = f"Oefencasus voor studenten: {DISCLAIMER[0].lower()}{DISCLAIMER[1:]}"
    parts.append(f'<p class="hs-case-sources"><small>Bronnen: {html.escape(sources)}. '
                 f"{note}</small></p>")  # fmt: skip
    parts.append("</section>")
    return "\n".join(parts)


def show_case(case_id: str) -> HTML:
    """Return case ``case_id`` as an HTML display object for a notebook cell."""
    return HTML(case_html(get_case(case_id)))
