import math

import pandas as pd
import pytest

from hielspoor import class_data, stats
from hielspoor.validation import InputError


def test_odds_ratio_matches_hand_computed_woolf_example():
    # Hand computation: OR = (20*90)/(80*10) = 2.25; SE = sqrt(1/20+1/80+1/10+1/90) = 0.41667;
    # CI = exp(ln 2.25 ± 1.96*0.41667) = 0.9943 to 5.0915. Cross-checked with statsmodels 0.15
    # Table2x2([[20, 80], [10, 90]]).oddsratio_confint() -> (0.99429, 5.09155).
    result = stats.odds_ratio([[20, 80], [10, 90]])
    assert result.estimate == pytest.approx(2.25)
    assert result.low == pytest.approx(0.99429, abs=1e-4)
    assert result.high == pytest.approx(5.09155, abs=1e-4)
    assert not result.corrected


def test_odds_ratio_narrower_interval_at_90_percent():
    # A 90% interval is narrower than the 95% interval of the same table (z 1.645 vs 1.960).
    wide = stats.odds_ratio([[20, 80], [10, 90]], confidence=0.95)
    narrow = stats.odds_ratio([[20, 80], [10, 90]], confidence=0.90)
    assert narrow.low > wide.low and narrow.high < wide.high
    # exp(ln 2.25 - 1.6449*0.41667) = 1.1346 (hand computation)
    assert narrow.low == pytest.approx(1.1346, abs=1e-3)


def test_odds_ratio_applies_haldane_correction_for_a_zero_cell():
    # (5.5*10.5)/(0.5*5.5) = 21.0 after adding 0.5 to every cell (Haldane-Anscombe).
    result = stats.odds_ratio([[5, 0], [5, 10]])
    assert result.corrected
    assert result.estimate == pytest.approx(21.0)
    with pytest.raises(InputError, match="niet te schatten"):
        stats.odds_ratio([[5, 0], [5, 10]], correction=0)


def test_odds_ratio_rejects_bad_tables():
    with pytest.raises(InputError, match="2×2"):
        stats.odds_ratio([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(InputError, match="0 of meer"):
        stats.odds_ratio([[1, -2], [3, 4]])
    with pytest.raises(InputError, match="Betrouwbaarheid"):
        stats.odds_ratio([[1, 2], [3, 4]], confidence=95)


def test_odds_ratio_str_is_dutch():
    assert str(stats.odds_ratio([[20, 80], [10, 90]])) == "OR 2,25 (95%-BI 0,99 tot 5,09)"


def test_two_by_two_counts_and_leaves_out_middle_group():
    bmi = pd.Series([32, 31, 24, 22, 27, 28])
    pain = pd.Series(["ja", "nee", "ja", "nee", "ja", "ja"])
    table = stats.two_by_two(bmi > 30, pain, reference=bmi <= 25)
    # exposed: 32 (ja), 31 (nee); reference: 24 (ja), 22 (nee); 27 and 28 left out.
    assert table.to_numpy().tolist() == [[1, 1], [1, 1]]
    assert list(table.index) == ["blootgesteld", "niet blootgesteld"]
    assert list(table.columns) == ["hielpijn", "geen hielpijn"]


def test_two_by_two_rejects_overlapping_groups_and_bad_labels():
    exposed = pd.Series([True, False])
    with pytest.raises(InputError, match="tegelijk"):
        stats.two_by_two(exposed, pd.Series(["ja", "nee"]), reference=pd.Series([True, True]))
    with pytest.raises(InputError, match="ja"):
        stats.two_by_two(exposed, pd.Series(["misschien", "nee"]))


def test_mantel_haenszel_matches_hand_computed_example():
    # Stratum 1: R = 10*40/75 = 5.333, S = 20*5/75 = 1.333; stratum 2: R = 30*15/75 = 6,
    # S = 10*20/75 = 2.667; OR_MH = 11.333/4 = 2.8333. RBG interval cross-checked with
    # statsmodels 0.15 StratifiedTable(...).oddsratio_pooled_confint() -> (1.33096, 6.03159).
    result = stats.mantel_haenszel([[[10, 20], [5, 40]], [[30, 10], [20, 15]]])
    assert result.estimate == pytest.approx(2.83333, abs=1e-4)
    assert result.low == pytest.approx(1.33096, abs=1e-4)
    assert result.high == pytest.approx(6.03159, abs=1e-4)


def test_mantel_haenszel_of_one_stratum_equals_crude_odds_ratio():
    table = [[20, 80], [10, 90]]
    assert stats.mantel_haenszel([table]).estimate == pytest.approx(2.25)


def test_stratified_odds_ratios_removes_confounding_by_construction():
    # Within each stratum OR = 1 (same odds in exposed and unexposed), but the exposure is
    # more common in the stratum with more cases: crude OR > 1, MH OR = 1 (hand computation).
    rows = []
    rows += [("jong", False, "nee")] * 40 + [("jong", False, "ja")] * 10
    rows += [("jong", True, "nee")] * 8 + [("jong", True, "ja")] * 2
    rows += [("oud", False, "nee")] * 10 + [("oud", False, "ja")] * 10
    rows += [("oud", True, "nee")] * 30 + [("oud", True, "ja")] * 30
    df = pd.DataFrame(rows, columns=["groep", "blootgesteld", "hielpijn"])
    table = stats.stratified_odds_ratios(df["blootgesteld"], df["hielpijn"], df["groep"])
    by_group = table.set_index("groep")["or"]
    assert by_group["jong"] == pytest.approx(1.0)
    assert by_group["oud"] == pytest.approx(1.0)
    # crude: a=32, b=38, c=20, d=50 -> 32*50/(38*20) = 2.105
    assert by_group["ruw (alle leeftijden)"] == pytest.approx(2.1053, abs=1e-3)
    assert by_group["Mantel-Haenszel"] == pytest.approx(1.0)


def test_age_groups_labels_and_edges():
    groups = stats.age_groups(pd.Series([20, 39, 40, 54, 55, 75]))
    assert groups.tolist() == ["<40", "<40", "40-54", "40-54", "≥55", "≥55"]
    assert groups.cat.ordered
    with pytest.raises(InputError):
        stats.age_groups(pd.Series([30]), edges=(50, 40, 60))


def _small_trial() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": ["A", "B", "C", "D"],
            "behandeling": ["kracht", "kracht", "rekken", "rekken"],
            "hielpijn": ["ja"] * 4,
            "ffi_w0": [60, 50, 60, 50],
            "ffi_w4": [50, 40, 55, 45],
            "ffi_w8": [40, 30, 50, 40],
            "ffi_w12": [20, 10, 50, 40],
        }
    )


def test_recovery_curves_means_per_arm_and_week():
    curves = class_data.recovery_curves(_small_trial()).set_index(["behandeling", "week"])
    assert curves.loc[("kracht", 12), "gemiddelde"] == pytest.approx(15.0)
    assert curves.loc[("rekken", 12), "gemiddelde"] == pytest.approx(45.0)
    assert curves.loc[("kracht", 12), "n"] == 2
    # sd of (20, 10) = 7.071; half width 1.96*7.071/sqrt(2) = 9.80
    assert curves.loc[("kracht", 12), "hoog"] - 15.0 == pytest.approx(9.80, abs=0.01)


def test_mean_difference_welch_normal_interval():
    result = class_data.mean_difference(_small_trial(), arm="kracht", reference="rekken", week=12)
    # 15 - 45 = -30; SE = sqrt(50/2 + 50/2) = 7.071; half = 1.96*7.071 = 13.86
    assert result.estimate == pytest.approx(-30.0)
    assert result.high == pytest.approx(-30 + 13.859, abs=0.01)
    with pytest.raises(InputError, match="is onbekend; kies uit"):
        class_data.mean_difference(_small_trial(), arm="yoga", reference="rekken")
    with pytest.raises(InputError, match="Week"):
        class_data.mean_difference(_small_trial(), arm="kracht", reference="rekken", week=6)


def test_published_odds_ratios_are_riddle2003_values():
    # riddle2003 abstract: 23.3 (4.3-124.4), 5.6 (1.9-16.6), 3.6 (1.3-10.1).
    riddle = class_data.PUBLISHED_ODDS_RATIOS.query("bron == 'riddle2003'").set_index("factor")
    assert riddle.loc["Dorsaalflexie ≤ 0° (ref. > 10°)", "or"] == 23.3
    assert riddle.loc["BMI > 30 (ref. ≤ 25)", "hoog"] == 16.6
    assert math.isclose(riddle.loc["Meestal staand werk (ref. niet)", "laag"], 1.3)


def test_recovery_chart_carries_the_package_numbers_and_a_named_param():
    from hielspoor.charts import stats as stats_charts

    curves = class_data.recovery_curves(_small_trial())
    spec = stats_charts.recovery_chart(curves).to_dict()
    values = next(iter(spec["datasets"].values()))
    row = next(v for v in values if v["behandeling"] == "kracht" and v["week"] == 12)
    assert row["gemiddelde"] == pytest.approx(15.0)
    assert [p["name"] for p in spec["params"]] == ["arm"]  # explicit name: stable output
    assert "Foot Function Index" in spec["description"]


def test_odds_ratio_chart_shows_class_and_published_values():
    from hielspoor.charts import stats as stats_charts

    table = pd.DataFrame(
        [("BMI > 30 (ref. ≤ 25)", "klasdata", 6.05, 2.91, 12.57),
         ("BMI > 30 (ref. ≤ 25)", "riddle2003", 5.6, 1.9, 16.6)],
        columns=["factor", "bron", "or", "laag", "hoog"],
    )  # fmt: skip
    spec = stats_charts.odds_ratio_chart(table).to_dict()
    values = [v for data in spec["datasets"].values() for v in data if "bron" in v]
    assert {(v["bron"], v["or"]) for v in values} == {("klasdata", 6.05), ("riddle2003", 5.6)}
    assert spec["layer"][1]["encoding"]["x"]["scale"]["type"] == "log"
