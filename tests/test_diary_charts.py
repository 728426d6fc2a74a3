"""The pain diary chart."""

from __future__ import annotations

import pandas as pd
import pytest

from hielspoor import diary, monitoring
from hielspoor.charts import diary as diary_charts
from hielspoor.validation import InputError
from tests.diary_support import entries_frame, example_entries

# --------------------------------------------------------------------------- chart


def chart_spec(table: pd.DataFrame) -> dict:
    return diary_charts.pain_diary_chart(table).to_dict()


def test_pain_diary_chart_has_named_brush_driving_detail_domain():
    spec = chart_spec(example_entries())
    assert spec["params"][0]["name"] == "periode"
    assert spec["params"][0]["select"] == {"type": "interval", "encodings": ["x"]}
    assert spec["params"][0]["views"] == ["overzicht"]
    detail_layers = spec["vconcat"][0]["layer"][1:]
    for layer in detail_layers:
        assert layer["encoding"]["x"]["scale"]["domain"] == {"param": "periode"}
    assert spec["vconcat"][1]["encoding"]["x"]["scale"]["domain"] == {"param": "periode"}


def test_pain_diary_chart_bands_are_the_monitoring_zones():
    spec = chart_spec(example_entries())
    band = spec["vconcat"][0]["layer"][0]
    rows = spec["datasets"][band["data"]["name"]]
    bands = monitoring.zone_bands()
    assert [(r["zone"], r["low"], r["high"]) for r in rows] == list(
        zip(bands["zone"], bands["low"], bands["high"], strict=True)
    )
    assert band["encoding"]["fill"]["scale"]["range"] == list(bands["color"])


def test_pain_diary_chart_numbers_match_package_rolling_means():
    table = example_entries()
    spec = chart_spec(table)
    rows = pd.DataFrame(spec["datasets"][spec["data"]["name"]])  # one row per day
    assert len(rows) == len(table)
    expected = diary.rolling_means(table)
    for key, label in diary.LABELS.items():
        pd.testing.assert_series_equal(
            rows["7d " + label].astype("float64"), expected[key].round(2), check_names=False
        )
        pd.testing.assert_series_equal(rows[label].astype("float64"), table[key], check_names=False)
    # Each layer folds the measures and looks up its own 7-day mean.
    layer = spec["vconcat"][0]["layer"][3]
    assert layer["transform"][0] == {
        "fold": ["Eerste stap", "Bij activiteit", "Volgende ochtend"],
        "as": ["maat", "pijn"],
    }
    assert layer["transform"][1]["calculate"] == "datum['7d ' + datum.maat]"


def test_pain_diary_chart_plots_ten_years_and_refuses_more_than_its_limit():
    days = pd.date_range("2016-01-01", periods=diary_charts.MAX_DAYS + 1)
    table = entries_frame([{"datum": d, "pijn_eerste_stap": 3.0} for d in days])
    with pytest.raises(InputError, match="kortere periode"):
        diary_charts.pain_diary_chart(table)
    spec = diary_charts.pain_diary_chart(table.iloc[:3653]).to_dict()  # 10 years
    assert len(spec["datasets"][spec["data"]["name"]]) == 3653


def test_pain_diary_chart_tooltips_are_dutch_and_output_is_deterministic():
    table = example_entries()
    spec = chart_spec(table)
    tooltip = spec["vconcat"][0]["layer"][2]["encoding"]["tooltip"]
    assert tooltip[0] == {
        "field": "datum",
        "format": "%d-%m-%Y",
        "title": "Datum",
        "type": "temporal",
    }
    assert spec["description"].startswith(
        "Pijndagboek van 05-01-2026 tot en met 26-04-2026 (107 dagen)"
    )
    assert chart_spec(table) == spec
    ticks = spec["datasets"][spec["vconcat"][1]["data"]["name"]]
    assert len(ticks) == (table["oefeningen"] != "").sum()


def test_pain_diary_chart_refuses_empty_diary():
    with pytest.raises(InputError, match="nog leeg"):
        diary_charts.pain_diary_chart(diary.empty_diary())
