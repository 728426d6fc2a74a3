"""Every public function of the models refuses bad input with a Dutch InputError.

The functions are found by inspection, so a new public function fails this test until it
is given valid example arguments here (and, with them, the same protection).
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
import tempfile
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import calf, class_data, data, load, stats, validation, windlass
from hielspoor.charts import calf as calf_charts
from hielspoor.charts import expressions
from hielspoor.charts import load as load_charts
from hielspoor.charts import result_tables as tables
from hielspoor.charts import stats as stats_charts
from hielspoor.charts import windlass as windlass_charts
from hielspoor.display import plan as plan_display
from hielspoor.monitoring import day as rule_day
from hielspoor.monitoring import params as rule_params
from hielspoor.monitoring import week as rule_week
from hielspoor.programme import adjust as plan_adjust
from hielspoor.programme import export as plan_export
from hielspoor.programme import plan as plan_model
from hielspoor.validation import InputError

MODULES = (
    load, calf, windlass, stats, class_data, validation, tables,
    load_charts, calf_charts, windlass_charts, stats_charts, expressions,
    rule_day, rule_week, rule_params, plan_model, plan_adjust, plan_export, plan_display,
)  # fmt: skip

#: Public names that are not checked here, with the reason.
EXEMPT: dict[str, str] = {
    "hielspoor.monitoring.day.day_rule": "gets scores already checked by pain_rule_advice",
    "hielspoor.monitoring.day.day_reason": "gets a branch key and numbers from day_rule",
    "hielspoor.monitoring.params.fill": "template keys and values come from the course's code",
    "hielspoor.monitoring.params.fmt": "formats numbers the rule computed",
    "hielspoor.monitoring.params.source_text": "source keys come from the course's code",
    "hielspoor.monitoring.params.value": "threshold names come from the course's code",
    "hielspoor.programme.plan.dose_text": "gets a row of a plan checked by check_plan",
    "hielspoor.programme.export.clean_text": "cleans any object into one line of text, by design",
}
#: Bad values that are good values for one parameter.
ALLOWED = {
    ("hielspoor.validation.parse_number", "value"): {"negative"},
    ("hielspoor.windlass.check_geometry", "geometry"): {"None"},  # None: the default geometry
    ("hielspoor.programme.plan.weekly_plan", "heel_raises"): {"bool"},  # True is valid
    # A relative file name ("tachtig") is a valid path; it would write into the folder.
    ("hielspoor.programme.export.save_plan_csv", "path"): {"text"},
    ("hielspoor.programme.export.save_plan_ics", "path"): {"text"},
}
#: Parameters that configure a check (set by the course's code, not by a learner).
OPTIONS = {
    "name", "label", "low", "high", "unit", "integer", "text", "hint", "choices", "columns",
    # names of Vega parameters and expressions, written by the course's code
    "bmi_expr", "knee", "ankle", "toe", "body_mass", "arch_height",
    "earliest", "latest",  # bounds of check_date, set by the course's code
}  # fmt: skip

BAD_VALUES = {
    "nan": float("nan"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "negative": -80,
    "bool": True,
    "text": "tachtig",
    "None": None,
    "huge": 10**400,
}


def _cohort() -> pd.DataFrame:
    return data.read_table("klascohort")


def _valid() -> dict[str, dict[str, object]]:
    cohort = _cohort()
    table = [[20, 80], [10, 90]]
    exposed = cohort["bmi"] > 30
    profile = load.load_profile(
        body_mass_kg=80, height_cm=180, activity="lopen", steps_per_day=8000
    )
    plan = plan_model.weekly_plan(dt.date(2026, 3, 2), weeks=1)
    diary = pd.DataFrame({
        "datum": pd.date_range("2026-03-02", periods=3), "pijn_eerste_stap": [3, 3, 3],
        "pijn_activiteit": [2, 2, 2], "pijn_volgende_ochtend": [3, 3, 3],
    })  # fmt: skip
    scratch = Path(tempfile.mkdtemp(prefix="hielspoor-guards-"))
    return {
        "hielspoor.monitoring.day.pain_zone": {"score": 4},
        "hielspoor.monitoring.day.zone_bands": {},
        "hielspoor.monitoring.day.pain_rule_advice": {
            "pain_during": 3, "pain_next_morning": 2, "pain_morning_before": 2, "max_pain": 5,
        },
        "hielspoor.monitoring.week.advise_from_diary": {
            "diary": diary, "today": dt.date(2026, 3, 4),
        },
        "hielspoor.monitoring.week.daily_advice_frame": {"diary": diary},
        "hielspoor.programme.plan.phase_for_week": {"week": 3},
        "hielspoor.programme.plan.weekly_plan": {
            "start": dt.date(2026, 3, 2), "weeks": 2, "stretches": ("kuitrek_soleus",),
            "heel_raises": True,
        },
        "hielspoor.programme.plan.check_plan": {"plan": plan},
        "hielspoor.programme.plan.weekly_volume": {"plan": plan},
        "hielspoor.programme.plan.plan_frame": {"plan": plan},
        "hielspoor.programme.adjust.adjust_plan": {
            "plan": plan, "advice": "handhaven", "from_date": dt.date(2026, 3, 4),
        },
        "hielspoor.programme.adjust.plan_after_week": {
            "start": dt.date(2026, 3, 2), "advice": "verminderen", "week_done": 1, "weeks": 2,
        },
        "hielspoor.programme.export.check_calendar_name": {"name": "Mijn plan"},
        "hielspoor.programme.export.plan_csv_bytes": {"plan": plan},
        "hielspoor.programme.export.save_plan_csv": {"plan": plan, "path": scratch / "p.csv"},
        "hielspoor.programme.export.plan_to_ics": {"plan": plan, "name": "Mijn plan"},
        "hielspoor.programme.export.save_plan_ics": {
            "plan": plan, "path": scratch / "p.ics", "name": "Mijn plan",
        },
        "hielspoor.display.plan.plan_html": {"plan": plan, "days": 2},
        "hielspoor.display.plan.exercise_card": {"exercise_id": "hielheffen"},
        "hielspoor.load.bmi": {"body_mass_kg": 80, "height_m": 1.8},
        "hielspoor.load.bmi_class": {"bmi_kg_m2": 24.7},
        "hielspoor.load.check_activity": {"activity": "lopen"},
        "hielspoor.load.check_body_mass": {"value": 80},
        "hielspoor.load.check_height": {"value": 180},
        "hielspoor.load.check_mass_kg": {"value": 80},
        "hielspoor.load.check_steps": {"value": 8000},
        "hielspoor.load.daily_load_per_foot_kn": {
            "body_mass_kg": 80, "activity": "lopen", "steps_per_day": 8000,
        },
        "hielspoor.load.extra_force_per_kg": {"activity": "lopen"},
        "hielspoor.load.fascia_tension": {"body_mass_kg": 80, "activity": "lopen"},
        "hielspoor.load.load_grid": {"masses_kg": range(40, 60)},
        "hielspoor.load.load_profile": {
            "body_mass_kg": 80, "height_cm": 180, "activity": "lopen", "steps_per_day": 8000,
        },
        "hielspoor.load.step_force": {"body_mass_kg": 80, "activity": "lopen"},
        "hielspoor.calf.calf_coefficients": {},
        "hielspoor.calf.calf_lengths": {
            "knee_flexion_deg": 40, "ankle_dorsiflexion_deg": 20, "shank_length_mm": 443,
        },
        "hielspoor.calf.hawkins_ankle_angle": {"ankle_dorsiflexion_deg": 20},
        "hielspoor.calf.length_change_from_neutral": {
            "knee_flexion_deg": 40, "ankle_dorsiflexion_deg": 20, "shank_length_mm": 443,
        },
        "hielspoor.windlass.default_windlass_geometry": {},
        "hielspoor.windlass.check_geometry": {"geometry": windlass.default_windlass_geometry()},
        "hielspoor.windlass.fascia_tension_truss": {
            "body_mass_kg": 70, "arch_height_mm": 37.4, "span_mm": 139.2, "load_fraction": 1,
        },
        "hielspoor.windlass.foot_outline": {
            "toe_dorsiflexion_deg": 30, "toe_length_mm": 35,
            "geometry": windlass.default_windlass_geometry(),
        },
        "hielspoor.windlass.windlass_curve": {
            "step_deg": 10, "geometry": windlass.default_windlass_geometry(),
        },
        "hielspoor.windlass.windlass_state": {
            "toe_dorsiflexion_deg": 30, "geometry": windlass.default_windlass_geometry(),
        },
        "hielspoor.windlass.WindlassGeometry": {
            "a_mm": 66.95, "b_mm": 91.71, "phi0_deg": 121.89, "radius_mm": 9.5,
            "toe_insertion_mm": 0,
        },
        "hielspoor.stats.age_groups": {"age": cohort["leeftijd"], "edges": (0, 40, 55, 120)},
        "hielspoor.charts.result_tables.dutch": {
            "table": class_data.risk_factor_table(cohort), "decimals": 2,
        },
        "hielspoor.class_data.ffi_long": {"cohort": cohort},
        "hielspoor.stats.mantel_haenszel": {"tables": [table, table], "confidence": 0.95},
        "hielspoor.class_data.mean_difference": {
            "cohort": cohort, "arm": "krachttraining", "reference": "voorlichting+rekken",
            "week": 12, "confidence": 0.95,
        },
        "hielspoor.stats.normal_quantile": {"confidence": 0.95},
        "hielspoor.stats.odds_ratio": {"table": table, "confidence": 0.95, "correction": 0.5},
        "hielspoor.class_data.recovery_curves": {"cohort": cohort, "confidence": 0.95},
        "hielspoor.class_data.risk_factor_groups": {"cohort": cohort},
        "hielspoor.class_data.risk_factor_table": {"cohort": cohort, "confidence": 0.95},
        "hielspoor.stats.stratified_odds_ratios": {
            "exposed": exposed, "outcome": cohort["hielpijn"],
            "strata": stats.age_groups(cohort["leeftijd"]), "reference": cohort["bmi"] <= 25,
            "confidence": 0.95,
        },
        "hielspoor.stats.two_by_two": {
            "exposed": exposed, "outcome": cohort["hielpijn"], "reference": cohort["bmi"] <= 25,
        },
        "hielspoor.validation.check_choice": {
            "value": "lopen", "name": "Activiteit", "choices": ("lopen",),
        },
        "hielspoor.validation.check_column": {"value": [1, 2], "name": "Kolom"},
        "hielspoor.validation.check_date": {"value": "02-03-2026", "name": "Startdatum"},
        "hielspoor.validation.check_frame": {"value": cohort, "name": "Klasdata"},
        "hielspoor.validation.check_number": {"value": 80, "name": "Gewicht", "low": 0},
        "hielspoor.validation.check_range": {
            "value": "80", "label": "Gewicht", "low": 25, "high": 300,
        },
        "hielspoor.validation.parse_number": {"value": "80", "label": "Gewicht"},
        "hielspoor.charts.load.bmi_class_expression": {"bmi_expr": "b"},
        "hielspoor.charts.expressions.calf_length_expression": {"shank_length_mm": 443},
        "hielspoor.charts.expressions.windlass_expressions": {
            "geometry": windlass.default_windlass_geometry(),
        },
        "hielspoor.charts.expressions.fascia_tension_expression": {"span_mm": 139.2},
        "hielspoor.charts.load.load_calculator_chart": {
            "body_mass_kg": 80, "height_cm": 180, "activity": "lopen",
        },
        "hielspoor.charts.calf.calf_stretch_chart": {
            "knee_flexion_deg": 0, "ankle_dorsiflexion_deg": 15, "shank_length_mm": 443,
        },
        "hielspoor.charts.calf.lunge_chart": {"left_cm": 10, "right_cm": 9},
        "hielspoor.charts.windlass.windlass_chart": {
            "toe_dorsiflexion_deg": 30, "toe_length_mm": 35,
        },
        "hielspoor.charts.windlass.fascia_tension_chart": {
            "body_mass_kg": 70, "arch_height_mm": 37,
        },
        "hielspoor.charts.stats.recovery_chart": {"curves": class_data.recovery_curves(cohort)},
        "hielspoor.charts.stats.odds_ratio_chart": {"table": class_data.risk_factor_table(cohort)},
        "hielspoor.charts.result_tables.bmi_text": {"body_mass_kg": 80, "height_m": 1.8},
        "hielspoor.charts.result_tables.calf_coefficient_table": {},
        "hielspoor.charts.result_tables.calf_table": {
            "knee_flexion_deg": 40, "ankle_dorsiflexion_deg": 20, "shank_length_mm": 443,
        },
        "hielspoor.charts.result_tables.force_range_text": {
            "force": load.step_force(body_mass_kg=80), "decimals": 0,
        },
        "hielspoor.charts.result_tables.profile_table": {"profile": profile},
        "hielspoor.charts.result_tables.windlass_geometry_table": {
            "geometry": windlass.default_windlass_geometry(),
        },
        "hielspoor.charts.result_tables.windlass_table": {
            "toe_dorsiflexion_deg": 60, "geometry": windlass.default_windlass_geometry(),
        },
    }  # fmt: skip


def _public_callables() -> dict[str, object]:
    found = {}
    for module in MODULES:
        for name, member in vars(module).items():
            if name.startswith("_") or getattr(member, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(member) or (
                inspect.isclass(member) and hasattr(member, "__post_init__")
            ):
                found[f"{module.__name__}.{name}"] = member
    return found


PUBLIC = _public_callables()
VALID = _valid()


def _cases():
    for qualname, function in sorted(PUBLIC.items()):
        if qualname in EXEMPT:
            continue
        parameters = inspect.signature(function).parameters
        for parameter in parameters.values():
            if parameter.name in OPTIONS:
                continue
            for label, bad in BAD_VALUES.items():
                if label in ALLOWED.get((qualname, parameter.name), ()):
                    continue
                if bad is None and parameter.default is None:
                    continue  # None is the documented default ("use the standard")
                yield pytest.param(
                    qualname, parameter.name, bad, id=f"{qualname}-{parameter.name}-{label}"
                )


def test_every_public_function_has_valid_example_arguments():
    missing = sorted(set(PUBLIC) - set(VALID) - set(EXEMPT))
    assert not missing, f"add valid example arguments (and input checks) for: {missing}"
    for qualname, kwargs in VALID.items():
        PUBLIC[qualname](**kwargs)  # the examples themselves are accepted


_ENGLISH = re.compile(
    r"\b(must|invalid|expected|could not|cannot|object|argument|not supported|error)\b", re.I
)
_DUTCH = re.compile(r"\b(een|de|het|geef|vul|kies|ligt|geen|is|moet|bevat|ontbreek\w*)\b", re.I)


@pytest.mark.parametrize(("qualname", "parameter", "bad"), list(_cases()))
def test_public_function_refuses_bad_value_in_dutch(qualname, parameter, bad):
    kwargs = dict(VALID[qualname])
    kwargs[parameter] = bad
    with pytest.raises(InputError) as error:
        PUBLIC[qualname](**kwargs)
    message = str(error.value)
    assert _DUTCH.search(message) and not _ENGLISH.search(message), message
