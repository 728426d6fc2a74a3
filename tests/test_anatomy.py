"""Tests for the calf (Hawkins & Hull 1990) and windlass models, their tables and charts."""

from __future__ import annotations

import math

import pytest

from hielspoor import calf, windlass
from hielspoor.charts import calf as calf_charts
from hielspoor.charts import expressions
from hielspoor.charts import result_tables as tables
from hielspoor.charts import windlass as windlass_charts
from hielspoor.validation import InputError
from tests.vega_eval import evaluate
from tests.widget_support import by_description, message_next_to, shown_text

# --- calf model ---------------------------------------------------------------------------


def test_calf_coefficients_match_hawkins_hull():
    # Hawkins & Hull 1990 (J Biomech 23:487), as in EVIDENCE.md and public
    # re-implementations: GM 0.900/-0.00062/0.00214, GL 0.894/-0.0005/0.00214,
    # soleus 0.563/0/0.00193.
    table = calf.calf_coefficients()
    assert table.loc["gastrocnemius_medialis", ["c0", "c_knee", "c_ankle"]].tolist() == [
        0.900, -0.00062, 0.00214,
    ]  # fmt: skip
    assert table.loc["gastrocnemius_lateralis", ["c0", "c_knee", "c_ankle"]].tolist() == [
        0.894, -0.0005, 0.00214,
    ]  # fmt: skip
    assert table.loc["soleus", ["c0", "c_knee", "c_ankle"]].tolist() == [0.563, 0.0, 0.00193]
    assert set(table["source"]) == {"hawkins1990"}


def test_calf_lengths_knee_bend_shortens_gastrocnemius_by_11_mm():
    # Hawkins & Hull: -0.00062 per degree x 40 degrees x 443 mm shank = 11.0 mm;
    # 443 mm = 0.246 x 1800 mm (Winter's segment proportion). Soleus: c_knee = 0.
    straight = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=20, shank_length_mm=443)
    bent = calf.calf_lengths(knee_flexion_deg=40, ankle_dorsiflexion_deg=20, shank_length_mm=443)
    gm = straight["gastrocnemius_medialis"] - bent["gastrocnemius_medialis"]
    gl = straight["gastrocnemius_lateralis"] - bent["gastrocnemius_lateralis"]
    assert gm == pytest.approx(11.0, abs=0.05)
    assert gl == pytest.approx(8.9, abs=0.05)  # -0.0005 x 40 x 443 = 8.86 mm
    assert bent["soleus"] == pytest.approx(straight["soleus"])


def test_calf_lengths_dorsiflexion_lengthens_all_three():
    # Sign check against the paper's convention: ankle angle 90 = neutral and a
    # larger angle (dorsiflexion) gives a longer muscle (positive c_ankle).
    plantar = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=-20)
    neutral = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=0)
    dorsal = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=20)
    for muscle in calf.MUSCLE_NAMES:
        assert plantar[muscle] < neutral[muscle] < dorsal[muscle]
    # 0.00214 x 20 degrees x 443 mm = 18.96 mm for the gastrocnemius medialis.
    assert dorsal["gastrocnemius_medialis"] - neutral["gastrocnemius_medialis"] == pytest.approx(
        18.96, abs=0.01
    )


def test_calf_lengths_neutral_is_about_108_percent_of_shank():
    # Hawkins & Hull: GM length at knee 0, ankle 90 = 0.900 + 90 x 0.00214 = 1.0926 x shank.
    lengths = calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=0, shank_length_mm=400)
    assert lengths["gastrocnemius_medialis"] == pytest.approx(400 * 1.0926)
    assert lengths["soleus"] == pytest.approx(400 * (0.563 + 90 * 0.00193))


def test_length_change_from_neutral_soleus_is_stretched_more_with_bent_knee():
    # Wall stretch with bent knee (40 degrees, 20 degrees dorsiflexion): soleus
    # +17.1 mm (0.00193 x 20 x 443), gastrocnemius medialis only +8.0 mm.
    change = calf.length_change_from_neutral(knee_flexion_deg=40, ankle_dorsiflexion_deg=20)
    assert change["soleus"] == pytest.approx(17.10, abs=0.01)
    assert change["gastrocnemius_medialis"] == pytest.approx(7.97, abs=0.01)
    straight = calf.length_change_from_neutral(knee_flexion_deg=0, ankle_dorsiflexion_deg=20)
    assert straight["gastrocnemius_medialis"] > straight["soleus"]


@pytest.mark.parametrize(
    ("knee", "ankle"),
    [(-5, 0), (121, 0), (0, -31), (0, 30.5), (0, "veel"), (None, 0)],
)
def test_calf_lengths_refuses_out_of_range(knee, ankle):
    with pytest.raises(InputError):
        calf.calf_lengths(knee_flexion_deg=knee, ankle_dorsiflexion_deg=ankle)


def test_calf_lengths_message_is_dutch_and_names_the_range():
    with pytest.raises(InputError, match=r"Enkelhoek.*-30 tot 30 graden"):
        calf.calf_lengths(knee_flexion_deg=0, ankle_dorsiflexion_deg=40)


def test_calf_lengths_refuses_text_the_widget_parses_it():
    # The model takes numbers; typed text ("10,5") is parsed by the form (check_range).
    with pytest.raises(InputError, match="is tekst"):
        calf.calf_lengths(knee_flexion_deg="10,5", ankle_dorsiflexion_deg=5.0)


def test_calf_length_expression_equals_calf_lengths():
    expression = expressions.calf_length_expression(shank_length_mm=443)
    table = calf.calf_coefficients()
    for knee, ankle in [(0, 0), (40, 20), (120, -30), (75, 12)]:
        expected = calf.calf_lengths(
            knee_flexion_deg=knee, ankle_dorsiflexion_deg=ankle, shank_length_mm=443
        )
        for muscle, row in table.iterrows():
            datum = {"c0": row.c0, "c_knee": row.c_knee, "c_ankle": row.c_ankle}
            got = evaluate(expression, datum=datum, params={"knie": knee, "enkel": ankle})
            assert got == pytest.approx(expected[muscle], rel=1e-12)


# --- windlass model -----------------------------------------------------------------------


def test_default_windlass_geometry_is_dhondt_2024():
    # D'Hondt et al. 2024 model code: calcnPF2mtj 0.06695 m, mtj2mttPF 0.091714 m,
    # phi0 2.1274 rad, first metatarsal head radius 9.5 mm.
    geo = windlass.default_windlass_geometry()
    assert geo.a_mm == pytest.approx(66.95)
    assert geo.b_mm == pytest.approx(91.71)
    assert math.radians(geo.phi0_deg) == pytest.approx(2.1274, abs=1e-4)
    assert geo.radius_mm == 9.5


def test_windlass_state_neutral_arch_height_37_mm():
    # h = a b sin(phi0) / l with the geometry above: 37.4 mm (chord 139.2 mm).
    state = windlass.windlass_state(toe_dorsiflexion_deg=0)
    assert state.chord_mm == pytest.approx(139.2, abs=0.05)
    assert state.arch_height_mm == pytest.approx(37.45, abs=0.05)
    assert state.arch_rise_mm == pytest.approx(0, abs=1e-9)


def test_windlass_state_toe_dorsiflexion_raises_arch():
    # Pure windlass: 60 degrees toe dorsiflexion winds 9.5 mm x 1.047 rad = 9.95 mm of
    # fascia around the head; the chord shortens by that and the arch rises 7.7 mm.
    state = windlass.windlass_state(toe_dorsiflexion_deg=60)
    assert windlass.windlass_state(
        toe_dorsiflexion_deg=0
    ).chord_mm - state.chord_mm == pytest.approx(9.948, abs=0.001)
    assert state.arch_rise_mm == pytest.approx(7.70, abs=0.05)
    assert state.phi_deg < windlass.windlass_state(toe_dorsiflexion_deg=0).phi_deg
    heights = windlass.windlass_curve(step_deg=10)["arch_height_mm"].tolist()
    assert heights == sorted(heights)


def test_windlass_state_fascia_length_constant_and_strain_if_fixed():
    # Inextensible tie: same length at every angle. If the arch could not rise, the
    # fascia would need 9.95 mm / 146.7 mm = 6.8 % strain at 60 degrees.
    lengths = {
        windlass.windlass_state(toe_dorsiflexion_deg=t).fascia_length_mm for t in (0, 30, 70)
    }
    assert len(lengths) == 1
    assert windlass.windlass_state(toe_dorsiflexion_deg=60).strain_if_arch_fixed == pytest.approx(
        0.0678, abs=0.0005
    )


@pytest.mark.parametrize("toe", [-1, 70.1, "x"])
def test_windlass_state_refuses_out_of_range(toe):
    with pytest.raises(InputError):
        windlass.windlass_state(toe_dorsiflexion_deg=toe)


def test_windlass_expressions_equal_windlass_state():
    generated = expressions.windlass_expressions()
    for toe in (0, 15, 52, 64, 70):
        datum: dict[str, float] = {}
        for key, expression in generated.items():
            datum[key] = evaluate(expression, datum=datum, params={"teen": toe})
        state = windlass.windlass_state(toe_dorsiflexion_deg=toe)
        assert datum["chord"] == pytest.approx(state.chord_mm, rel=1e-12)
        assert math.degrees(datum["phi"]) == pytest.approx(state.phi_deg, rel=1e-12)
        assert datum["height"] == pytest.approx(state.arch_height_mm, rel=1e-12)
        assert datum["rise"] == pytest.approx(state.arch_rise_mm, abs=1e-9)
        assert datum["strain"] == pytest.approx(state.strain_if_arch_fixed, rel=1e-12)
        outline = windlass.foot_outline(toe_dorsiflexion_deg=toe).set_index("point")
        assert datum["apex_x"] == pytest.approx(outline.loc["midtarsal", "x_mm"], rel=1e-12)


@pytest.mark.parametrize("step", [0, -5, 1e-9, float("nan"), 71])
def test_windlass_curve_refuses_zero_tiny_or_huge_steps(step):
    # Before: step 0 divided by zero and a tiny step never finished.
    with pytest.raises(InputError, match="Stapgrootte"):
        windlass.windlass_curve(step_deg=step)


def test_windlass_curve_is_bounded_and_covers_the_whole_range():
    finest = windlass.windlass_curve(step_deg=windlass.MIN_CURVE_STEP_DEG)
    assert len(finest) == 701  # 0, 0.1, ..., 70 degrees
    # 40 does not divide 70: before, the last angle (80) was refused; now 70 closes the curve.
    assert windlass.windlass_curve(step_deg=40)["toe_deg"].tolist() == [0.0, 40.0, 70.0]
    assert list(windlass.windlass_curve().columns) == [
        "toe_deg", "arch_height_mm", "arch_rise_mm", "strain_if_arch_fixed_pct",
    ]  # fmt: skip


def test_windlass_geometry_refuses_impossible_feet():
    with pytest.raises(InputError, match="Straal van de metatarsaalkop"):
        windlass.WindlassGeometry(a_mm=67, b_mm=92, phi0_deg=122, radius_mm=-9.5)
    with pytest.raises(InputError, match="Voetgeometrie"):
        windlass.windlass_state(toe_dorsiflexion_deg=10, geometry="plat")


def test_display_tables_are_dutch_text():
    assert tables.calf_table(knee_flexion_deg=0, ankle_dorsiflexion_deg=20).iloc[0].tolist() == [
        "Gastrocnemius medialis", "503,0", "+19,0", "+3,9",
    ]  # fmt: skip
    table = tables.windlass_table(toe_dorsiflexion_deg=0).set_index("grootheid")
    assert table.loc["Stijging van de boog", "waarde"] == "0,0"  # no "-0,0"
    assert tables.windlass_geometry_table()["bron"].eq("dhondt2024").all()


def test_foot_outline_struts_keep_their_length():
    geo = windlass.default_windlass_geometry()
    for toe in (0, 40, 70):
        pts = windlass.foot_outline(toe_dorsiflexion_deg=toe).set_index("point")
        apex = pts.loc["midtarsal"]
        assert math.hypot(apex.x_mm, apex.y_mm) == pytest.approx(geo.a_mm)
        head = pts.loc["metatarsal_head"]
        assert math.hypot(head.x_mm - apex.x_mm, head.y_mm - apex.y_mm) == pytest.approx(geo.b_mm)


def test_fascia_tension_truss_matches_statics_and_is_linear_in_weight():
    # T = F L / (4 h): 70 kg x 9.81 x 139.2 / (4 x 37.4) = 639 N (0.93 x body weight,
    # of the order of Erdemir et al. 2004: 0.96 +/- 0.36 BW in walking).
    tension = windlass.fascia_tension_truss(body_mass_kg=70, arch_height_mm=37.4, span_mm=139.2)
    assert tension == pytest.approx(70 * 9.81 * 139.2 / (4 * 37.4))
    assert tension / (70 * 9.81) == pytest.approx(0.93, abs=0.01)
    double = windlass.fascia_tension_truss(body_mass_kg=140, arch_height_mm=37.4, span_mm=139.2)
    assert double == pytest.approx(2 * tension)
    lower_arch = windlass.fascia_tension_truss(body_mass_kg=70, arch_height_mm=25, span_mm=139.2)
    assert lower_arch > tension


def test_fascia_tension_truss_refuses_bad_input():
    with pytest.raises(InputError, match="Booghoogte"):
        windlass.fascia_tension_truss(body_mass_kg=70, arch_height_mm=0, span_mm=139)


def test_fascia_tension_expression_equals_fascia_tension_truss():
    span = windlass.default_windlass_geometry().chord0_mm
    expression = expressions.fascia_tension_expression(span_mm=span)
    for mass, height in [(40, 20), (70, 37.4), (150, 50)]:
        got = evaluate(expression, datum={}, params={"gewicht": mass, "booghoogte": height})
        expected = windlass.fascia_tension_truss(
            body_mass_kg=mass, arch_height_mm=height, span_mm=span
        )
        assert got == pytest.approx(expected, rel=1e-12)


# --- static charts: the numbers in the browser equal the package's numbers -----------------


def _calculates(spec: dict) -> dict[str, str]:
    """All calculate transforms in a Vega-Lite spec, as {field: expression}."""
    found: dict[str, str] = {}

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "calculate" in node and "as" in node:
                found.setdefault(node["as"], node["calculate"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return found


def test_calf_stretch_chart_expressions_equal_calf_lengths():

    spec = calf_charts.calf_stretch_chart().to_dict()
    calc = _calculates(spec)
    names = {p["name"] for p in spec["params"]}
    assert names == {"knie", "enkel"}
    rows = calf.calf_coefficients()
    for knee, ankle in [(0, 0), (0, 20), (40, 20), (120, -30)]:
        expected = calf.length_change_from_neutral(
            knee_flexion_deg=knee, ankle_dorsiflexion_deg=ankle
        )
        for muscle, row in rows.iterrows():
            datum = {"c0": row.c0, "c_knee": row.c_knee, "c_ankle": row.c_ankle}
            params = {"knie": knee, "enkel": ankle}
            datum["lengte"] = evaluate(calc["lengte"], datum=datum, params=params)
            datum["neutraal"] = evaluate(calc["neutraal"], datum=datum, params=params)
            change = evaluate(calc["verandering"], datum=datum, params=params)
            assert change == pytest.approx(expected[muscle], abs=1e-9)


def test_windlass_chart_uses_package_expressions_and_curve():

    spec = windlass_charts.windlass_chart().to_dict()
    calc = _calculates(spec)
    for key, expression in expressions.windlass_expressions(toe="teen").items():
        assert calc[key] == expression
    curve = [row for name, rows in spec["datasets"].items() for row in rows if "booghoogte" in row]
    for row in curve[::10]:
        state = windlass.windlass_state(toe_dorsiflexion_deg=row["teenhoek"])
        assert row["booghoogte"] == pytest.approx(state.arch_height_mm, rel=1e-12)


def test_fascia_tension_chart_expression_equals_package():

    spec = windlass_charts.fascia_tension_chart().to_dict()
    calc = _calculates(spec)
    span = windlass.default_windlass_geometry().chord0_mm
    for mass, height in [(40, 20), (70, 37), (150, 50)]:
        got = evaluate(
            calc["kracht"], datum={"h": height}, params={"gewicht": mass, "booghoogte": height}
        )
        assert got == pytest.approx(
            windlass.fascia_tension_truss(body_mass_kg=mass, arch_height_mm=height, span_mm=span),
            rel=1e-12,
        )


def test_charts_have_dutch_description_and_stable_spec():

    for make in (
        calf_charts.calf_stretch_chart,
        calf_charts.lunge_chart,
        windlass_charts.windlass_chart,
        windlass_charts.fascia_tension_chart,
    ):
        first, second = make().to_json(), make().to_json()
        assert first == second
        assert "param_" not in first
        assert make().to_dict()["description"]


# --- widgets (no browser: drive the ipywidgets objects directly) ------------------------------


def test_calf_length_widget_shows_error_and_keeps_last_result():
    from hielspoor.widgets.anatomy import calf_length_widget

    box = calf_length_widget(knee_flexion_deg=0, ankle_dorsiflexion_deg=20)
    shank = by_description(box, "Onderbeenlengte (mm)")
    shank_error = message_next_to(box, "Onderbeenlengte (mm)")
    assert "19,0" in shown_text(box)  # 0.00214 x 20 x 443 mm
    shank.value = "abc"
    assert "geen getal" in shank_error.value
    assert "19,0" in shown_text(box)  # the last valid result stays
    assert "laatste geldige" in shown_text(box)
    shank.value = "400"
    assert shank_error.value == ""
    assert "17,1" in shown_text(box)  # 0.00214 x 20 x 400
    assert "19,0" not in shown_text(box)


def test_lunge_widget_compares_difference_with_measurement_error():
    from hielspoor.widgets.anatomy import lunge_widget

    box = lunge_widget(left_cm="10", right_cm="8")
    # Chisholm et al. 2012: smallest real difference between legs 1.5 cm.
    assert "2,0 cm" in shown_text(box) and "groter dan de meetfout" in shown_text(box)
    by_description(box, "Links: teen tot muur (cm)").value = "25"
    assert "buiten het bereik" in message_next_to(box, "Links: teen tot muur (cm)").value
    assert message_next_to(box, "Rechts: teen tot muur (cm)").value == ""
    assert "2,0 cm" in shown_text(box)
    assert "geen diagnose" in shown_text(box)
