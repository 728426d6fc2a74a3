"""The synthetic class cohort: reproducible and matching the targets in its README."""

import importlib.util
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import class_data, data, stats

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "make_class_cohort.py"


def _generator():
    spec = importlib.util.spec_from_file_location("make_class_cohort", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cohort() -> pd.DataFrame:
    return data.read_table("klascohort")


def test_make_class_cohort_is_byte_identical_to_committed_file(tmp_path):
    generator = _generator()
    generator.main(["--out", str(tmp_path / "a.csv")])
    generator.main(["--out", str(tmp_path / "b.csv")])
    first = (tmp_path / "a.csv").read_bytes()
    assert first == (tmp_path / "b.csv").read_bytes()
    assert first == data.example_path("klascohort").read_bytes()


def test_cohort_has_columns_and_design(cohort):
    # Design from data/class_cohort_README.md: 100 cases, 200 controls (1:2 as riddle2003).
    assert list(cohort.columns) == _generator().COLUMNS
    assert len(cohort) == 300
    assert cohort["id"].is_unique
    assert (cohort["hielpijn"] == "ja").sum() == 100
    cases = cohort[cohort["hielpijn"] == "ja"]
    controls = cohort[cohort["hielpijn"] == "nee"]
    assert cases["behandeling"].value_counts().sort_values().tolist() == [33, 33, 34]
    assert controls["behandeling"].isna().all()
    assert controls[["ffi_w0", "ffi_w12"]].isna().all().all()
    ffi = cases[[f"ffi_w{w}" for w in (0, 4, 8, 12)]]
    assert ffi.notna().all().all() and ffi.ge(0).all().all() and ffi.le(100).all().all()


def test_cohort_summary_matches_readme_targets(cohort):
    # Targets and tolerances: table "Doelwaarden" in data/class_cohort_README.md.
    assert cohort["leeftijd"].mean() == pytest.approx(48, abs=3)
    assert cohort["bmi"].mean() == pytest.approx(26.75, abs=1)
    by_status = cohort.groupby("hielpijn")["leeftijd"].mean()
    assert by_status["ja"] - by_status["nee"] > 4  # age is the built-in confounder


def test_cohort_odds_ratios_point_the_way_of_riddle2003(cohort):
    # riddle2003: BMI > 30 vs <= 25 OR 5.6; dorsiflexion <= 0 vs > 10 OR 23.3; standing 3.6.
    table = class_data.risk_factor_table(cohort).query("bron == 'klasdata'").set_index("factor")
    assert 2 < table.loc["BMI > 30 (ref. ≤ 25)", "or"] < 15
    assert table.loc["Dorsaalflexie ≤ 0° (ref. > 10°)", "or"] > 2
    assert 2 < table.loc["Meestal staand werk (ref. niet)", "or"] < 8
    women = stats.odds_ratio(stats.two_by_two(cohort["geslacht"] == "vrouw", cohort["hielpijn"]))
    assert women.low < 1 < women.high  # sex has no effect in the generating model


def test_cohort_age_stratification_shrinks_bmi_odds_ratio(cohort):
    exposed, reference = class_data.risk_factor_groups(cohort)["BMI > 30 (ref. ≤ 25)"]
    table = stats.stratified_odds_ratios(
        exposed, cohort["hielpijn"], stats.age_groups(cohort["leeftijd"]), reference=reference
    ).set_index("groep")
    assert table.loc["Mantel-Haenszel", "or"] < table.loc["ruw (alle leeftijden)", "or"]


def test_cohort_ffi_difference_resembles_rathleff2015(cohort):
    # rathleff2015: strength 29 points lower than stretching at 3 months, none at 1 month.
    week12 = class_data.mean_difference(
        cohort, arm="krachttraining", reference="voorlichting+rekken", week=12
    )
    week4 = class_data.mean_difference(
        cohort, arm="krachttraining", reference="voorlichting+rekken", week=4
    )
    assert week12.estimate == pytest.approx(-29, abs=10)
    assert week4.estimate == pytest.approx(0, abs=8)
