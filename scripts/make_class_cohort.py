"""Generate the synthetic class cohort ``data/class_cohort.csv`` (deterministic).

The cohort is a fictional case-control sample for chapter 09 (Klasdata analyseren):
100 people with plantar heel pain and 200 without, drawn from a simulated source
population. Every parameter is listed in ``PARAMETERS`` below with where it comes from
(a bibtex key from ``book/references.bib`` or ``"aanname"`` for a teaching choice);
``data/class_cohort_README.md`` documents the same table for readers.

Usage::

    .venv/bin/python scripts/make_class_cohort.py            # writes data/class_cohort.csv
    .venv/bin/python scripts/make_class_cohort.py --out x.csv

Running it twice gives byte-identical output (``tests/test_cohort.py`` checks this).
"""

from __future__ import annotations

import argparse
import math
from pathlib import Path

import numpy as np
import pandas as pd

from hielspoor.fileio import atomic_write_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "data" / "class_cohort.csv"

SEED = 2026
POPULATION_SIZE = 20_000
N_CASES = 100  # 1 case : 2 controls, the ratio of riddle2003 (50 cases, 100 controls)
N_CONTROLS = 200
ARMS = ("voorlichting+rekken", "krachttraining", "afwachten")
WEEKS = (0, 4, 8, 12)

# name: (value, source). Odds ratios are conditional (adjusted) odds ratios of the
# data-generating logistic model in the source population.
PARAMETERS: dict[str, tuple[float, str]] = {
    "population_prevalence": (0.10, "trojian2019; thomas2019"),
    "age_mean_years": (48.0, "aanname"),
    "age_sd_years": (12.0, "aanname"),
    "share_women": (0.5, "aanname"),
    "bmi_at_age_48": (26.5, "aanname"),
    "bmi_per_year_of_age": (0.15, "aanname (didactisch sterk: confounder leeftijd)"),
    "bmi_sd": (4.0, "aanname"),
    "dorsiflexion_mean_deg": (10.0, "aanname"),
    "dorsiflexion_sd_deg": (5.0, "aanname"),
    "share_standing_work": (0.35, "aanname"),
    "or_bmi_over_30_vs_25_or_less": (5.6, "riddle2003"),
    "or_bmi_25_to_30_vs_25_or_less": (2.0, "aanname"),
    "or_dorsiflexion_0_or_less_vs_over_10": (23.3, "riddle2003"),
    "or_dorsiflexion_1_to_5_vs_over_10": (4.0, "aanname"),
    "or_dorsiflexion_6_to_10_vs_over_10": (2.0, "aanname"),
    "or_standing_work": (3.6, "riddle2003"),
    "or_per_10_years_of_age": (2.0, "aanname (didactisch sterk: confounder leeftijd)"),
    "or_women_vs_men": (1.0, "aanname (geen effect)"),
    "ffi_baseline_mean": (58.0, "aanname"),
    "ffi_baseline_sd": (14.0, "aanname"),
    "ffi_noise_sd": (9.0, "aanname"),
    "ffi_strength_minus_stretch_week12": (-29.0, "rathleff2015"),
}

# Mean FFI (0-100, higher = worse) per arm at weeks 0, 4, 8, 12. Week 4: no difference
# between the active arms (rathleff2015, 1 month); week 12: strength 29 points lower than
# stretching (rathleff2015, 3 months). The other values are assumptions.
FFI_MEANS: dict[str, tuple[float, float, float, float]] = {
    "voorlichting+rekken": (58.0, 49.0, 45.0, 42.0),
    "krachttraining": (58.0, 48.0, 30.0, 13.0),
    "afwachten": (58.0, 55.0, 52.0, 50.0),
}

COLUMNS = [
    "id", "leeftijd", "geslacht", "bmi", "enkel_dorsaalflexie_graden", "staand_werk",
    "hielpijn", "behandeling", "ffi_w0", "ffi_w4", "ffi_w8", "ffi_w12",
]  # fmt: skip


def _p(name: str) -> float:
    return PARAMETERS[name][0]


def _linear_predictor(population: pd.DataFrame) -> np.ndarray:
    """Log-odds of heel pain without the intercept."""
    bmi = population["bmi"].to_numpy()
    df = population["enkel_dorsaalflexie_graden"].to_numpy()
    eta = np.zeros(len(population))
    eta += np.where(bmi > 30, math.log(_p("or_bmi_over_30_vs_25_or_less")), 0.0)
    eta += np.where((bmi > 25) & (bmi <= 30), math.log(_p("or_bmi_25_to_30_vs_25_or_less")), 0.0)
    eta += np.where(df <= 0, math.log(_p("or_dorsiflexion_0_or_less_vs_over_10")), 0.0)
    eta += np.where((df > 0) & (df <= 5), math.log(_p("or_dorsiflexion_1_to_5_vs_over_10")), 0.0)
    eta += np.where((df > 5) & (df <= 10), math.log(_p("or_dorsiflexion_6_to_10_vs_over_10")), 0)
    standing = (population["staand_werk"] == "ja").to_numpy()
    eta += np.where(standing, math.log(_p("or_standing_work")), 0.0)
    age_decades = (population["leeftijd"].to_numpy() - _p("age_mean_years")) / 10
    eta += age_decades * math.log(_p("or_per_10_years_of_age"))
    women = (population["geslacht"] == "vrouw").to_numpy()
    eta += np.where(women, math.log(_p("or_women_vs_men")), 0.0)
    return eta


def _intercept_for_prevalence(eta: np.ndarray, prevalence: float) -> float:
    """Bisect the intercept so that the mean risk in the population equals ``prevalence``."""
    low, high = -20.0, 5.0
    for _ in range(100):
        mid = (low + high) / 2
        if np.mean(1 / (1 + np.exp(-(mid + eta)))) < prevalence:
            low = mid
        else:
            high = mid
    return (low + high) / 2


def make_population(rng: np.random.Generator) -> pd.DataFrame:
    """Simulate the source population with its heel-pain status."""
    n = POPULATION_SIZE
    age = np.clip(np.rint(rng.normal(_p("age_mean_years"), _p("age_sd_years"), n)), 20, 75)
    women = rng.random(n) < _p("share_women")
    bmi = (
        _p("bmi_at_age_48")
        + _p("bmi_per_year_of_age") * (age - _p("age_mean_years"))
        + rng.normal(0, _p("bmi_sd"), n)
    )
    bmi = np.round(np.clip(bmi, 17.0, 50.0), 1)
    dorsiflexion = np.clip(
        np.rint(rng.normal(_p("dorsiflexion_mean_deg"), _p("dorsiflexion_sd_deg"), n)), -10, 25
    )
    standing = rng.random(n) < _p("share_standing_work")
    population = pd.DataFrame(
        {
            "leeftijd": age.astype(int),
            "geslacht": np.where(women, "vrouw", "man"),
            "bmi": bmi,
            "enkel_dorsaalflexie_graden": dorsiflexion.astype(int),
            "staand_werk": np.where(standing, "ja", "nee"),
        }
    )
    eta = _linear_predictor(population)
    intercept = _intercept_for_prevalence(eta, _p("population_prevalence"))
    risk = 1 / (1 + np.exp(-(intercept + eta)))
    population["hielpijn"] = np.where(rng.random(n) < risk, "ja", "nee")
    return population


def _ffi_course(arm: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """FFI at weeks 0, 4, 8, 12 for each case: arm mean + personal offset + noise, 0-100."""
    n = len(arm)
    means = np.array([FFI_MEANS[a] for a in arm])
    personal = rng.normal(0, _p("ffi_baseline_sd"), n)[:, None]
    noise = rng.normal(0, _p("ffi_noise_sd"), (n, len(WEEKS)))
    return np.clip(np.rint(means + personal + noise), 0, 100)


def make_cohort(seed: int = SEED) -> pd.DataFrame:
    """Draw the case-control sample and add treatment arms and FFI for the cases."""
    rng = np.random.default_rng(seed)
    population = make_population(rng)
    cases = population.index[population["hielpijn"] == "ja"].to_numpy()
    controls = population.index[population["hielpijn"] == "nee"].to_numpy()
    chosen_cases = rng.choice(cases, size=N_CASES, replace=False)
    chosen_controls = rng.choice(controls, size=N_CONTROLS, replace=False)
    sample = population.loc[np.concatenate([chosen_cases, chosen_controls])]
    sample = sample.iloc[rng.permutation(len(sample))].reset_index(drop=True)
    sample.insert(0, "id", [f"P{i:03d}" for i in range(1, len(sample) + 1)])

    # Block randomisation of the cases over the three arms (blocks of 3, in id order).
    is_case = (sample["hielpijn"] == "ja").to_numpy()
    n_blocks = math.ceil(N_CASES / len(ARMS))
    arms = np.concatenate([rng.permutation(ARMS) for _ in range(n_blocks)])[:N_CASES]
    sample["behandeling"] = pd.Series(pd.NA, index=sample.index, dtype="string")
    sample.loc[is_case, "behandeling"] = arms
    ffi = _ffi_course(arms, rng)
    for j, week in enumerate(WEEKS):
        column = pd.Series(pd.NA, index=sample.index, dtype="Int64")
        column[is_case] = ffi[:, j].astype(int)
        sample[f"ffi_w{week}"] = column
    return sample[COLUMNS]


def write_cohort(cohort: pd.DataFrame, path: Path) -> None:
    """Write the cohort as UTF-8 CSV with ``\\n`` line ends and one decimal for BMI."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = cohort.to_csv(index=False, lineterminator="\n", float_format="%.1f")
    atomic_write_bytes(path, text.encode("utf-8"))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output CSV path")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    write_cohort(make_cohort(args.seed), args.out)
    print(f"schreef {args.out.name}")


if __name__ == "__main__":
    main()
