"""The book's pain rule (book/_assets/hs-regel.js, the shipped file) equals the Python rule.

Both rules run on the same generated diaries; node runs the JavaScript with the JSON the
book build inlines (:func:`hielspoor.booktools.payload.rule_payload`). Decision, reason
and zone must be identical, and so must the Dutch message when there is no advice.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from hielspoor import monitoring
from hielspoor.booktools.payload import rule_payload
from hielspoor.validation import InputError

ROOT = Path(__file__).resolve().parent.parent
RULE_JS = ROOT / "book" / "_assets" / "hs-regel.js"
N_DIARIES = 1000

RUNNER = """
const fs = require("fs");
const regel = require(process.argv[1]);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const rule = regel.make(input.rule);
const out = input.diaries.map((d) => {
  try {
    const a = rule.adviseFromDiary(d.entries, d.today || undefined);
    return { decision: a.decision, reason: a.reason, zone: a.zone, rule: a.rule, text: a.text };
  } catch (e) { return { error: e.message }; }
});
process.stdout.write(JSON.stringify(out));
"""


def _score(rng: random.Random, style: str) -> float | None:
    if rng.random() < 0.12:
        return None
    if style == "low":
        value = rng.choice([0, 0, 1, 1, 2, 2, 2.5, 3])
    elif style == "high":
        value = rng.choice([5, 6, 7, 8, 8, 9, 10])
    else:
        value = rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 2.5, 4.5, 0.5, 5.5, 7.5, 1.25])
    return float(value)


def generated_diaries(count: int = N_DIARIES, seed: int = 14) -> list[dict]:
    """Diaries of 1 to 120 days with gaps, blanks, halves, slips and long runs."""
    rng = random.Random(seed)
    diaries = []
    for number in range(count):
        style = rng.choice(["low", "low", "mixed", "mixed", "high"])
        length = rng.choice([1, 2, 3, 5, 7, 8, 10, 14, 15, 21, 30, 60, 84, 85, 90, 120])
        start = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randrange(0, 400))
        entries = []
        day = start
        for _ in range(length):
            day += dt.timedelta(days=rng.choice([1, 1, 1, 1, 2, 3]) if entries else 0)
            trend = style
            if length >= 84 and rng.random() < 0.5:
                trend = "low" if day > start + dt.timedelta(days=60) else "mixed"
            entries.append(
                {
                    "datum": day.isoformat(),
                    "pijn_eerste_stap": _score(rng, trend),
                    "pijn_activiteit": _score(rng, trend),
                    "pijn_volgende_ochtend": _score(rng, trend),
                }
            )
        today = None
        if rng.random() < 0.15:
            today = (day - dt.timedelta(days=rng.randrange(0, 10))).isoformat()
        if number % 50 == 0:
            rng.shuffle(entries)
        diaries.append({"entries": entries, "today": today})
    return diaries


def python_advice(diary: dict) -> dict:
    frame = pd.DataFrame(diary["entries"]).astype({"datum": "datetime64[ns]"})
    for column in ("pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend"):
        frame[column] = frame[column].astype("float64")
    today = dt.date.fromisoformat(diary["today"]) if diary["today"] else None
    try:
        advice = monitoring.advise_from_diary(frame, today=today)
    except InputError as error:
        return {"error": str(error)}
    return {
        "decision": advice.decision,
        "reason": advice.reason,
        "zone": advice.zone,
        "rule": advice.rule,
        "text": advice.text,
    }


def run_js_rule(diaries: list[dict]) -> list[dict]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node ontbreekt: apt-get install -y nodejs")
    payload = json.dumps({"rule": rule_payload(), "diaries": diaries})
    result = subprocess.run(
        [node, "-e", RUNNER, str(RULE_JS)],
        input=payload,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    return json.loads(result.stdout)


@functools.cache
def python_outcomes() -> list[dict]:
    return [python_advice(d) for d in generated_diaries()]


def test_the_generator_covers_every_decision_and_branch():
    outcomes = python_outcomes()
    decisions = {o.get("decision", "error") for o in outcomes}
    assert decisions == {*monitoring.DECISIONS, "error"}
    rules = {o.get("rule", "error") for o in outcomes}
    week_rules = {key for key in monitoring.TEXTS if key.startswith("week_")}
    assert rules >= week_rules - {"week_missing_mornings"}


def test_book_rule_equals_python_rule_on_generated_diaries():
    diaries = generated_diaries()
    expected = python_outcomes()
    actual = run_js_rule(diaries)
    differences = [
        (index, want, got)
        for index, (want, got) in enumerate(zip(expected, actual, strict=True))
        if want != got
    ]
    assert not differences, f"{len(differences)} verschillen, eerste: {differences[:3]}"
    reasons = {o.get("reason") for o in expected}
    assert len(reasons) > 100  # the diaries exercise many different texts and numbers


@pytest.mark.parametrize("value", [0.25, 0.75, 2.25, 1.05, 4.35, 2.5, 2.55, 7.0, 1234.5])
def test_numbers_are_formatted_as_python_does(value):
    script = (
        f"const r = require({json.dumps(str(RULE_JS))});"
        f"process.stdout.write(r.fmt({value}) + '|' + r.fmt(r.round1({value})));"
    )
    node = shutil.which("node") or "node"
    out = subprocess.run([node, "-e", script], capture_output=True, text=True, check=True).stdout
    from hielspoor.validation import format_number

    assert out == f"{format_number(value)}|{format_number(round(np.float64(value), 1))}"


def test_exercise_cards_have_one_section_per_phase_and_a_drawing_per_card():
    from hielspoor import programme
    from hielspoor.booktools.cards import cards_html, drawing_text

    page = cards_html()
    catalogue = programme.exercises()
    scheduled = {programme.HEEL_RAISE, *programme.STRETCHES}
    others = [item for item in catalogue.index if item not in scheduled]
    assert len(others) >= 2  # fasciarek and handdoekrek are not in the 12-week schedule
    assert page.count('class="hs-fase"') == len(programme.PHASES) + 1
    per_phase = 1 + len(programme.STRETCHES)
    assert page.count("<img ") == len(programme.PHASES) * per_phase + len(others)
    assert 'alt=""' not in page
    for item in catalogue.index:  # every row has a card with its own drawing and alt text
        assert page.count(f'id="kaart-{item}"') == 1  # unique, also when a phase repeats it
        assert f'data-oefening="{item}"' in page
        assert f"oefeningen/{item}.svg" in page
        assert drawing_text(item).count(". ") >= 1  # title and description
    assert "Andere oefeningen uit de bronnen" in page


def test_a_new_exercise_row_does_not_change_the_programme():
    import datetime as dt

    from hielspoor import programme

    plan = programme.weekly_plan(dt.date(2026, 3, 2))
    assert set(plan["exercise_id"]) == {programme.HEEL_RAISE, *programme.STRETCHES}
    assert len(plan) == 12 * 7 * len(programme.STRETCHES) + 12 * 7 // 2


LOG_RUNNER = """
const fs = require("fs");
const regel = require(process.argv[1]);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const rule = regel.make(input.rule);
const out = input.diaries.map((d) => {
  const log = rule.adviceLog(d.entries);
  const days = [...new Set(d.entries.map((e) => e.datum))].sort();
  const naive = days.map((day) => {
    const upto = d.entries.filter((e) => e.datum <= day);
    try {
      const a = rule.adviseFromDiary(upto, day);
      return { datum: day, decision: a.decision, label: a.label, rule: a.rule, reason: a.reason };
    } catch (e) {
      return { datum: day, decision: "", label: input.rule.no_advice, rule: "", reason: e.message };
    }
  });
  return { log, naive };
});
process.stdout.write(JSON.stringify(out));
"""


def test_book_advice_log_equals_the_naive_log_and_python():
    """rule.adviceLog (each day from the rows it needs) = the rule on the whole diary up to
    each day, on all generated diaries; and = monitoring.advice_log on the first 40."""
    diaries = generated_diaries()
    node = shutil.which("node") or "node"
    payload = json.dumps({"rule": rule_payload(), "diaries": diaries})
    result = subprocess.run(
        [node, "-e", LOG_RUNNER, str(RULE_JS)],
        input=payload, capture_output=True, text=True, check=True, timeout=300,
    )  # fmt: skip
    logs = json.loads(result.stdout)
    assert all(item["log"] == item["naive"] for item in logs)
    assert sum(len(item["log"]) for item in logs) > 20_000
    for diary, item in zip(diaries[:40], logs[:40], strict=True):
        frame = pd.DataFrame(diary["entries"]).astype({"datum": "datetime64[ns]"})
        for column in ("pijn_eerste_stap", "pijn_activiteit", "pijn_volgende_ochtend"):
            frame[column] = frame[column].astype("float64")
        log = monitoring.advice_log(frame)
        want = [
            {"datum": row.datum.date().isoformat(), "decision": row.decision,
             "label": row.label, "rule": row.rule, "reason": row.reason}
            for row in log.itertuples(index=False)
        ]  # fmt: skip
        assert item["log"] == want
