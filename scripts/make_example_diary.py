"""Generate the synthetic example pain diary ``data/pain_diary_example.csv``.

SYNTHETIC DATA: no real person. 16 weeks (05-01-2026 to 26-04-2026) of someone who
starts a heel-raise programme in the style of Rathleff et al. (2015): every second
day, 3x12 in weeks 1-2, 4x10 from week 3, 5x8 from week 7, with load from a backpack.
In week 8 a long walk in new shoes causes a flare-up; following the pain-monitoring
rule (Silbernagel et al. 2007) the exercises are made lighter for ten days, then
built up again. Pain falls from about 6/10 to about 2/10 at the first steps.

A few days are missing (forgotten), steps are sometimes missing, and a few notes hold
``;``, quotes, a newline and an emoji, as real notes do.

Run: ``.venv/bin/python scripts/make_example_diary.py`` (same output every time).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd

from hielspoor import diary

SEED = 2026
START = dt.date(2026, 1, 5)  # a Monday
DAYS = 16 * 7
FLARE_DAY = 52  # Thursday 26-02-2026
OUT = Path(__file__).resolve().parent.parent / "data" / "pain_diary_example.csv"

NOTES = {
    0: "SYNTHETISCH voorbeelddagboek (verzonnen gegevens). Start oefenprogramma.",
    3: 'Fysio: "pijn tot 5 op 10 tijdens oefenen mag, als het de volgende ochtend weer zakt"',
    10: "Na lang zitten weer stijf bij opstaan.\nWel minder dan vorige week.",
    FLARE_DAY: "Lange wandeling in de duinen (18 km); nieuwe schoenen 😬",
    FLARE_DAY + 1: "Flinke terugslag. Oefeningen lichter gemaakt (pijnregel: verminderen).",
    FLARE_DAY + 11: "Weer opgebouwd naar 4x10 met rugzak.",
    90: "Hele dag op de been geweest, ging goed 👍",
    DAYS - 1: "Einde voorbeeld (16 weken).",
}


def exercise(day: int) -> str:
    """Heel-raise session of ``day`` (every second day), in the diary's text format."""
    if day % 2:
        return ""
    if FLARE_DAY < day <= FLARE_DAY + 10:
        return "hielheffen 3x12 zonder gewicht"
    if day < 14:
        return "hielheffen 3x12 zonder gewicht"
    if day < 42 or day <= FLARE_DAY + 24:
        return "hielheffen 4x10 rugzak 5 kg"
    return "hielheffen 5x8 rugzak 7,5 kg" if day < 91 else "hielheffen 5x8 rugzak 10 kg"


def make_diary(seed: int = SEED) -> pd.DataFrame:
    """Return the synthetic diary as a DataFrame with the internal column names."""
    rng = np.random.default_rng(seed)
    t = np.arange(DAYS + 1, dtype=float)
    level = 1.8 + 4.6 * np.exp(-t / 40)
    after = np.clip(t - FLARE_DAY, 0, None)
    level += np.where(t > FLARE_DAY, 4.0 * np.exp(-after / 8), 0.0)
    noise = 0.12 * level  # scores vary less once the pain is low
    first_step = np.clip(np.round(level + rng.normal(0, 1, t.size) * noise), 0, 10)
    activity = np.clip(np.round(0.75 * level + rng.normal(0, 1, t.size) * noise), 0, 10)
    activity[FLARE_DAY] = 7
    steps = np.round(rng.normal(7800, 1300, t.size), -1)
    steps[FLARE_DAY] = 24_310
    steps[FLARE_DAY + 1 : FLARE_DAY + 4] = [3120, 3890, 4570]
    steps_missing = rng.random(t.size) < 0.08
    forgotten = set(rng.choice(np.arange(5, DAYS - 1), size=5, replace=False).tolist())
    forgotten -= set(NOTES) | {FLARE_DAY - 1}
    rows = []
    for day in range(DAYS):
        if day in forgotten:
            continue
        next_morning = np.nan if day + 1 in forgotten or day + 1 >= DAYS else first_step[day + 1]
        rows.append(
            {
                "datum": START + dt.timedelta(days=day),
                "pijn_eerste_stap": first_step[day],
                "pijn_activiteit": activity[day],
                "pijn_volgende_ochtend": next_morning,
                "stappen": None if steps_missing[day] else int(steps[day]),
                "oefeningen": exercise(day),
                "notities": NOTES.get(day, ""),
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    """Write the example diary in the Dutch Excel style (``;``, decimal comma)."""
    diary.write_pain_diary(make_diary(), OUT, style=diary.DUTCH_EXCEL)
    result = diary.read_pain_diary(OUT)
    print(f"{OUT.name}: {result.summary()}")


if __name__ == "__main__":
    main()
