"""Tests for hielspoor.evidence (tables) and hielspoor.charts.evidence (charts)."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from hielspoor import evidence
from hielspoor.charts import evidence as charts
from hielspoor.data import read_table
from hielspoor.references import split_keys
from hielspoor.validation import InputError

ALL_TABLES = {
    "risicofactoren": evidence.load_risk_factors,
    "behandelingen": evidence.load_treatments,
    "differentiaaldiagnose": evidence.load_differential_diagnosis,
    "stappenplan": evidence.load_stepped_care,
}


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_load_tables_are_valid_and_complete(name):
    table = ALL_TABLES[name]()
    assert len(table) > 0
    assert table["source"].map(split_keys).map(len).min() >= 1


def test_risk_factors_match_published_abstracts():
    table = evidence.load_risk_factors().set_index(["study", "factor"])
    # Riddle et al. 2003, J Bone Joint Surg Am 85:872, abstract.
    numbers = ["or", "ci_low", "ci_high"]
    assert tuple(table.loc[("Riddle 2003", "Enkel-dorsaalflexie ≤ 0°"), numbers]) == (
        23.3,
        4.3,
        124.4,
    )
    assert tuple(table.loc[("Riddle 2003", "BMI > 30"), ["or", "ci_low", "ci_high"]]) == (
        5.6,
        1.9,
        16.6,
    )
    # van Leeuwen et al. 2016, Br J Sports Med 50:972, abstract: BMI > 27, OR 3.7 (2.93 to 5.62).
    assert tuple(table.loc[("van Leeuwen 2016", "BMI > 27"), ["or", "ci_low", "ci_high"]]) == (
        3.7, 2.93, 5.62,
    )  # fmt: skip
    # Irving et al. 2007, BMC Musculoskelet Disord 8:41: no OR for dorsiflexion (mixed evidence).
    irving_df = table.loc[("Irving 2007", "Beperkte enkel-dorsaalflexie (lunge-test)")]
    assert math.isnan(irving_df["or"])


def test_validate_risk_factors_flags_interval_that_excludes_the_estimate():
    table = read_table("risicofactoren")
    table.loc[0, "ci_high"] = 10.0  # OR 23.3 no longer inside its interval
    problems = evidence.validate_risk_factors(table)
    assert [(p.row, p.column) for p in problems] == [(2, "or")]  # spreadsheet row 2
    assert "ci_low < or < ci_high" in problems[0].message


def test_validate_risk_factors_flags_half_filled_numbers_and_empty_text():
    table = read_table("risicofactoren")
    table.loc[1, "ci_low"] = float("nan")
    table.loc[2, "note"] = " "
    problems = {(p.row, p.column) for p in evidence.validate_risk_factors(table)}
    assert problems == {(3, "or"), (4, "note")}


def test_validate_treatments_flags_unknown_direction_and_duplicate_id():
    table = read_table("behandelingen")
    table.loc[0, "direction"] = "wondermiddel"
    table.loc[1, "id"] = table.loc[0, "id"]
    messages = [str(p) for p in evidence.validate_treatments(table)]
    assert any(m.startswith("Rij 2, kolom 'direction': 'wondermiddel'") for m in messages)
    assert "Rij 3, kolom 'id': educatie komt vaker dan één keer voor." in messages


def test_validate_stepped_care_flags_gap_between_steps():
    table = read_table("stappenplan")
    table.loc[3, "start_week"] = 30  # step 3 ends in week 24
    problems = evidence.validate_stepped_care(table)
    assert [(p.row, p.column) for p in problems] == [(5, "start_week")]


def test_stepped_care_gives_twelve_weeks_of_exercise_before_shockwave():
    # vsg2026, module Shockwave: at least 12 weeks of education and exercise without effect
    steps = evidence.load_stepped_care().set_index("step")
    assert steps.loc[3, "start_week"] - steps.loc[2, "start_week"] >= 12
    assert steps.loc[3, "start_week"] >= steps.loc[2, "end_week"]
    assert steps.loc[1, "start_week"] == steps.loc[2, "start_week"] == 0


@pytest.mark.parametrize(("start", "end"), [(6, 12), (0, 14)])
def test_validate_stepped_care_rejects_shockwave_before_twelve_weeks_of_exercise(start, end):
    table = read_table("stappenplan")
    table.loc[1, ["start_week", "end_week"]] = [start, end]  # the old chart: week 6 to 12
    problems = evidence.validate_stepped_care(table)
    assert [(p.row, p.column) for p in problems] == [(4, "start_week")]
    assert "ten minste 12 weken" in problems[0].message


def test_shockwave_considered_follows_the_guideline_rule():
    assert evidence.shockwave_considered(12, effect=False, earlier_shockwave=False)
    assert not evidence.shockwave_considered(11.9, effect=False, earlier_shockwave=False)
    assert not evidence.shockwave_considered(16, effect=True, earlier_shockwave=False)
    assert not evidence.shockwave_considered(16, effect=False, earlier_shockwave=True)
    with pytest.raises(InputError, match="negatief"):
        evidence.shockwave_considered(-1, effect=False, earlier_shockwave=False)
    with pytest.raises(InputError, match="NaN"):
        evidence.shockwave_considered(float("nan"), effect=False, earlier_shockwave=False)


def test_a_broken_table_raises_one_dutch_table_error():
    from hielspoor.schemas import registry

    broken = read_table("risicofactoren").assign(domain="")
    with pytest.raises(
        evidence.TableError, match="Rij 2, kolom 'domain': deze cel is leeg"
    ) as error:
        registry.check("risicofactoren", broken)
    assert isinstance(error.value, InputError)
    assert len(error.value.problems) == len(broken)


def test_treatments_cover_every_treatment_named_in_the_brief():
    ids = set(evidence.load_treatments()["id"])
    assert {
        "educatie", "belasting", "rekken", "kracht", "zolen", "nachtspalk", "tape", "shockwave",
        "corticosteroid", "botuline", "prp", "prolotherapie", "radiotherapie", "operatie",
        "supplementen",
    } <= ids  # fmt: skip


def test_treatments_follow_the_dutch_guideline_on_key_points():
    table = evidence.load_treatments().set_index("id")
    # vsg2026, module Shockwave: after >= 12 weeks without effect, at most 3 sessions.
    assert table.loc["shockwave", "step"] == 3
    assert (
        "12 weken" in table.loc["shockwave", "dose"]
        and "maximaal 3" in table.loc["shockwave", "dose"]
    )
    # vsg2026, module Autoloog bloed: not advised.
    assert table.loc["abi", "direction"] == "niet aanbevolen"
    # vsg2026, module Corticosteroïden: restraint; rupture, infection, fat atrophy are risks.
    assert table.loc["corticosteroid", "direction"] == "te overwegen"
    assert "scheuren van de fascia" in table.loc["corticosteroid", "risks"]
    # Unsafe home remedy from a seed (camphor tincture) is not recommended.
    assert table.loc["supplementen", "direction"] == "niet aanbevolen"


def test_log_standard_error_recovers_symmetric_interval():
    # Riddle 2003, BMI > 30: OR 5.6 (1.9 to 16.6); ln-interval half-width / 1.96.
    se = evidence.log_standard_error(1.9, 16.6)
    assert se == pytest.approx((math.log(16.6) - math.log(1.9)) / (2 * 1.959964), rel=1e-6)
    with pytest.raises(InputError, match="0 < ci_low < ci_high"):
        evidence.log_standard_error(5.0, 2.0)
    with pytest.raises(InputError, match="NaN"):
        evidence.log_standard_error(float("nan"), 2.0)


def test_interval_excludes_one():
    assert evidence.interval_excludes_one(1.3, 10.1)  # Riddle 2003, weight-bearing
    assert evidence.interval_excludes_one(0.2, 0.9)
    assert not evidence.interval_excludes_one(0.8, 1.6)


def test_domain_consistency_shows_dorsiflexion_evidence_as_mixed():
    summary = evidence.domain_consistency(evidence.load_risk_factors())
    # Riddle 2003 found OR 23.3 for dorsiflexion <= 0 deg; Irving 2007 found no association.
    assert summary.loc["Beweeglijkheid enkel", "oordeel"] == "gemengd"
    # Work load: Riddle 2003 OR 3.6 (1.3-10.1); Irving 2007 no difference in occupational stress.
    assert summary.loc["Belasting", "oordeel"] == "gemengd"
    # BMI: Riddle 2003, van Leeuwen 2016 and Irving 2007 all found an association.
    assert summary.loc["Lichaamsgewicht", "oordeel"] == "consistent"
    assert summary.loc["Lichaamsgewicht", "met_verband"] == 3
    # Foot posture: only Irving 2007 (FPI >= 4, OR 3.7).
    assert summary.loc["Voetstand", "oordeel"] == "één studie"


def test_shockwave_session_weeks_respects_guideline_maximum():
    assert evidence.shockwave_session_weeks(12) == [12, 13, 14]  # vsg2026: max 3, weekly
    with pytest.raises(InputError, match="maximaal 3"):
        evidence.shockwave_session_weeks(12, sessions=4)
    with pytest.raises(InputError, match="heel getal"):
        evidence.shockwave_session_weeks(12.5)


def _layers(spec: dict) -> list[dict]:
    return spec.get("layer", [spec])


def _dataset(spec: dict, layer: dict) -> list[dict]:
    return (
        spec["datasets"][layer["data"]["name"]]
        if "data" in layer
        else spec["datasets"][spec["data"]["name"]]
    )


def test_forest_plot_uses_log_scale_and_reference_line_at_one():
    spec = charts.forest_plot().to_dict()
    x_encodings = [layer["encoding"]["x"] for layer in _layers(spec) if "x" in layer["encoding"]]
    assert all(enc["scale"]["type"] == "log" for enc in x_encodings if "scale" in enc)
    rules = [
        layer for layer in _layers(spec)
        if layer["mark"]["type"] == "rule" and "strokeDash" in layer["mark"]
    ]  # fmt: skip
    assert len(rules) == 1
    assert [row["referentie"] for row in _dataset(spec, rules[0])] == [1.0]
    assert spec["description"]


def test_forest_plot_data_equal_the_csv():
    spec = charts.forest_plot().to_dict()
    csv = read_table("risicofactoren")
    main = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "point")
    rows = _dataset(spec, main)
    assert [row["factor"] for row in rows] == list(csv["factor"])
    for row, (_, expected) in zip(rows, csv.iterrows(), strict=True):
        for column in ("or", "ci_low", "ci_high"):
            if pd.isna(expected[column]):
                assert row[column] is None
            else:
                assert row[column] == expected[column]
        assert row["source"] == expected["source"]


def test_forest_plot_tooltip_names_the_source():
    spec = charts.forest_plot().to_dict()
    point = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "point")
    titles = [tip["title"] for tip in point["encoding"]["tooltip"]]
    assert "Bron" in titles and "Studie" in titles


def test_stepped_care_chart_data_equal_the_csv_and_mark_12_weeks():
    spec = charts.stepped_care_chart().to_dict()
    csv = read_table("stappenplan")
    bars = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "bar")
    rows = _dataset(spec, bars)
    assert [(r["start_week"], r["end_week"]) for r in rows] == list(
        zip(csv["start_week"], csv["end_week"], strict=True)
    )
    sessions = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "point")
    assert [r["week"] for r in _dataset(spec, sessions)] == [12, 13, 14]  # vsg2026


def test_evidence_overview_data_equal_the_csv_and_colour_by_direction():
    spec = charts.evidence_overview().to_dict()
    csv = read_table("behandelingen").set_index("id")
    rows = spec["datasets"][spec["data"]["name"]]
    assert sorted(r["id"] for r in rows) == sorted(csv.index)
    for row in rows:
        assert row["evidence"] == csv.loc[row["id"], "evidence"]
        assert row["direction"] == csv.loc[row["id"], "direction"]
    assert spec["encoding"]["color"]["field"] == "direction"
    assert spec["encoding"]["color"]["scale"]["domain"] == list(evidence.DIRECTIONS)


def test_charts_are_deterministic():
    for make in (charts.forest_plot, charts.stepped_care_chart, charts.evidence_overview):
        assert make().to_json() == make().to_json()
