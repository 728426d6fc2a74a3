"""Clinical reasoning cases for chapter 10, read from ``data/cases.yaml``.

Each case is a short vignette with findings and a few multiple-choice questions in the
format of :mod:`hielspoor.quiz`; it is shown as plain HTML (``<details>`` feedback), so it
works in JupyterLab and in the static book without JavaScript. The cases are for students
practising clinical reasoning, not a diagnostic tool.
"""

from __future__ import annotations

import html
import re
from functools import cache
from pathlib import Path

import yaml
from IPython.display import HTML

from hielspoor.data import DATA_DIR
from hielspoor.quiz import check_question, quiz_html

CASES_PATH = DATA_DIR / "cases.yaml"
BIB_PATH = DATA_DIR.parent / "book" / "references.bib"
REQUIRED = ("id", "title", "vignette", "findings", "questions", "sources")


def load_cases(path: Path = CASES_PATH) -> list[dict]:
    """Read and check all cases.

    Raises
    ------
    ValueError
        When a case lacks a field, ids repeat, or a question does not have exactly one
        correct option with feedback for every option.

    Examples
    --------
    >>> [case["id"] for case in load_cases()][:2]
    ['hardloopster', 'staande-werker']
    """
    cases = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["cases"]
    seen: set[str] = set()
    for case in cases:
        missing = [field for field in REQUIRED if not case.get(field)]
        if missing:
            raise ValueError(f"Casus {case.get('id', '?')}: ontbreekt {', '.join(missing)}.")
        if case["id"] in seen:
            raise ValueError(f"Casus {case['id']} komt twee keer voor.")
        seen.add(case["id"])
        for number, question in enumerate(case["questions"], start=1):
            check_question(question, where=f"Casus {case['id']}, vraag {number}")
    return cases


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


@cache
def _bibliography() -> dict[str, str]:
    """Map bibtex keys to a short Dutch reference like ``Riddle e.a. (2003)``."""
    text = BIB_PATH.read_text(encoding="utf-8") if BIB_PATH.exists() else ""
    references = {}
    for entry in re.split(r"\n(?=@)", text):
        key = re.match(r"@\w+\{([^,]+),", entry.strip())
        if not key:
            continue
        author = re.search(r"author\s*=\s*\{(.+?)\},?\s*\n", entry)
        year = re.search(r"year\s*=\s*\{(\d{4})\}", entry)
        references[key.group(1)] = _short(author.group(1) if author else "", year)
    return references


def _short(authors: str, year: re.Match | None) -> str:
    names = [name.strip() for name in authors.split(" and ") if name.strip()]
    first = names[0] if names else "?"
    first = first.split(",")[0].strip("{} ") if "," in first else first.strip("{} ")
    suffix = " e.a." if len(names) > 2 else (f" en {names[1].split(',')[0].strip('{} ')}"
                                             if len(names) == 2 else "")  # fmt: skip
    return f"{first}{suffix} ({year.group(1) if year else 'z.j.'})"


def short_reference(key: str) -> str:
    """Short Dutch reference for a bibtex key, or the key itself when it is unknown.

    Examples
    --------
    >>> short_reference("riddle2003")
    'Riddle e.a. (2003)'
    """
    return _bibliography().get(key, key)


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
    parts.append(quiz_html({"questions": case["questions"]}, name=f"casus-{case['id']}"))
    sources = "; ".join(short_reference(key) for key in case["sources"])
    parts.append(f'<p class="hs-case-sources"><small>Bronnen: {html.escape(sources)}. '
                 "Oefencasus voor studenten: voor leren, geen diagnose.</small></p>")  # fmt: skip
    parts.append("</section>")
    return "\n".join(parts)


def show_case(case_id: str) -> HTML:
    """Return case ``case_id`` as an HTML display object for a notebook cell."""
    return HTML(case_html(get_case(case_id)))
