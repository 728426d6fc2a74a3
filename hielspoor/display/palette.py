"""Colour tables of the course: one palette, safe for colour-blind readers.

Colour is never the only carrier of meaning: every zone, verdict or phase is also
written out in text next to it.
"""

from __future__ import annotations

COLORS = {
    "blauw": "#0072B2",
    "oranje": "#E69F00",
    "groen": "#009E73",
    "vermiljoen": "#D55E00",
    "hemelsblauw": "#56B4E9",
    "paars": "#CC79A7",
    "geel": "#F0E442",
    "zwart": "#000000",
    "grijs": "#767676",
}
"""Okabe & Ito (2008) colour-blind-safe palette, by Dutch colour name."""

ZONE_COLORS = {"groen": COLORS["groen"], "oranje": COLORS["oranje"], "rood": COLORS["vermiljoen"]}
"""Traffic-light zones of the pain-monitoring rule, distinguishable without colour vision."""

NEUTRAL = COLORS["grijs"]
"""Colour for 'unknown' or 'not judged' (e.g. an advice without a zone)."""

VERDICT_COLORS = {
    "ondersteund": COLORS["groen"],
    "deels ondersteund": COLORS["hemelsblauw"],
    "onvoldoende bewijs": COLORS["grijs"],
    "weerlegd": COLORS["oranje"],
    "onveilig": COLORS["vermiljoen"],
}
"""One colour per verdict of the claims register (the verdict is always written out too)."""

PLAN_KIND_COLORS = {
    "fase 1": COLORS["hemelsblauw"],
    "fase 2": COLORS["blauw"],
    "fase 3": COLORS["paars"],
    "alleen rekken": "#f2f2f2",
    "gepauzeerd": COLORS["grijs"],
}
"""Colour per kind of day in the exercise plan: heel-raise phase, stretching only, paused."""

ERROR_COLOR = "#B00020"
"""Text colour of a Dutch error message next to a field (contrast >= 4.5:1 on white)."""

OK_COLOR = "#006644"
"""Text colour of a status message such as 'Opgeslagen' (contrast >= 4.5:1 on white)."""
