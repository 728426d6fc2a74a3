"""Tests for hielspoor.anatomy: calf length (Hawkins & Hull 1990) and windlass truss."""

from __future__ import annotations

import math

import pytest

from hielspoor import anatomy
from hielspoor.validation import InputError

# --- calf model ---------------------------------------------------------------------------


def test_calf_coefficients_match_hawkins_hull():
    # Hawkins & Hull 1990 (J Biomech 23:487), as in EVIDENCE.md and public
    # re-implementations: GM 0.900/-0.00062/0.00214, GL 0.894/-0.0005/0.00214,
    # soleus 0.563/0/0.00193.
    table = anatomy.calf_coefficients()
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
    straight = anatomy.calf_lengths(0, 20, shank_length_mm=443)
    bent = anatomy.calf_lengths(40, 20, shank_length_mm=443)
    gm = straight["gastrocnemius_medialis"] - bent["gastrocnemius_medialis"]
    gl = straight["gastrocnemius_lateralis"] - bent["gastrocnemius_lateralis"]
    assert gm == pytest.approx(11.0, abs=0.05)
    assert gl == pytest.approx(8.9, abs=0.05)  # -0.0005 x 40 x 443 = 8.86 mm
    assert bent["soleus"] == pytest.approx(straight["soleus"])


def test_calf_lengths_dorsiflexion_lengthens_all_three():
    # Sign check against the paper's convention: ankle angle 90 = neutral and a
    # larger angle (dorsiflexion) gives a longer muscle (positive c_ankle).
    plantar = anatomy.calf_lengths(0, -20)
    neutral = anatomy.calf_lengths(0, 0)
    dorsal = anatomy.calf_lengths(0, 20)
    for muscle in anatomy.MUSCLE_NAMES:
        assert plantar[muscle] < neutral[muscle] < dorsal[muscle]
    # 0.00214 x 20 degrees x 443 mm = 18.96 mm for the gastrocnemius medialis.
    assert dorsal["gastrocnemius_medialis"] - neutral["gastrocnemius_medialis"] == pytest.approx(
        18.96, abs=0.01
    )


def test_calf_lengths_neutral_is_about_108_percent_of_shank():
    # Hawkins & Hull: GM length at knee 0, ankle 90 = 0.900 + 90 x 0.00214 = 1.0926 x shank.
    lengths = anatomy.calf_lengths(0, 0, shank_length_mm=400)
    assert lengths["gastrocnemius_medialis"] == pytest.approx(400 * 1.0926)
    assert lengths["soleus"] == pytest.approx(400 * (0.563 + 90 * 0.00193))


def test_length_change_from_neutral_soleus_is_stretched_more_with_bent_knee():
    # Wall stretch with bent knee (40 degrees, 20 degrees dorsiflexion): soleus
    # +17.1 mm (0.00193 x 20 x 443), gastrocnemius medialis only +8.0 mm.
    change = anatomy.length_change_from_neutral(40, 20)
    assert change["soleus"] == pytest.approx(17.10, abs=0.01)
    assert change["gastrocnemius_medialis"] == pytest.approx(7.97, abs=0.01)
    straight = anatomy.length_change_from_neutral(0, 20)
    assert straight["gastrocnemius_medialis"] > straight["soleus"]


@pytest.mark.parametrize(
    ("knee", "ankle"),
    [(-5, 0), (121, 0), (0, -31), (0, 30.5), (0, "veel"), (None, 0)],
)
def test_calf_lengths_refuses_out_of_range(knee, ankle):
    with pytest.raises(InputError):
        anatomy.calf_lengths(knee, ankle)


def test_calf_lengths_message_is_dutch_and_names_the_range():
    with pytest.raises(InputError, match=r"Enkelhoek.*-30 tot 30 graden"):
        anatomy.calf_lengths(0, 40)


def test_calf_lengths_accepts_dutch_decimal_comma():
    assert anatomy.calf_lengths("10,5", "5,0") == anatomy.calf_lengths(10.5, 5.0)


def test_calf_length_expression_equals_calf_lengths():
    expression = anatomy.calf_length_expression(shank_length_mm=443)
    table = anatomy.calf_coefficients()
    for knee, ankle in [(0, 0), (40, 20), (120, -30), (75, 12)]:
        expected = anatomy.calf_lengths(knee, ankle, shank_length_mm=443)
        for muscle, row in table.iterrows():
            datum = {"c0": row.c0, "c_knee": row.c_knee, "c_ankle": row.c_ankle}
            got = anatomy.evaluate_vega_expression(
                expression, datum=datum, params={"knie": knee, "enkel": ankle}
            )
            assert got == pytest.approx(expected[muscle], rel=1e-12)


# --- windlass model -----------------------------------------------------------------------


def test_default_windlass_geometry_is_dhondt_2024():
    # D'Hondt et al. 2024 model code: calcnPF2mtj 0.06695 m, mtj2mttPF 0.091714 m,
    # phi0 2.1274 rad, first metatarsal head radius 9.5 mm.
    geo = anatomy.default_windlass_geometry()
    assert geo.a_mm == pytest.approx(66.95)
    assert geo.b_mm == pytest.approx(91.71)
    assert math.radians(geo.phi0_deg) == pytest.approx(2.1274, abs=1e-4)
    assert geo.radius_mm == 9.5


def test_windlass_state_neutral_arch_height_37_mm():
    # h = a b sin(phi0) / l with the geometry above: 37.4 mm (chord 139.2 mm).
    state = anatomy.windlass_state(0)
    assert state.chord_mm == pytest.approx(139.2, abs=0.05)
    assert state.arch_height_mm == pytest.approx(37.45, abs=0.05)
    assert state.arch_rise_mm == pytest.approx(0, abs=1e-9)


def test_windlass_state_toe_dorsiflexion_raises_arch():
    # Pure windlass: 60 degrees toe dorsiflexion winds 9.5 mm x 1.047 rad = 9.95 mm of
    # fascia around the head; the chord shortens by that and the arch rises 7.7 mm.
    state = anatomy.windlass_state(60)
    assert anatomy.windlass_state(0).chord_mm - state.chord_mm == pytest.approx(9.948, abs=0.001)
    assert state.arch_rise_mm == pytest.approx(7.70, abs=0.05)
    assert state.phi_deg < anatomy.windlass_state(0).phi_deg
    heights = anatomy.windlass_curve(step_deg=10)["booghoogte (mm)"].tolist()
    assert heights == sorted(heights)


def test_windlass_state_fascia_length_constant_and_strain_if_fixed():
    # Inextensible tie: same length at every angle. If the arch could not rise, the
    # fascia would need 9.95 mm / 146.7 mm = 6.8 % strain at 60 degrees.
    lengths = {anatomy.windlass_state(t).fascia_length_mm for t in (0, 30, 70)}
    assert len(lengths) == 1
    assert anatomy.windlass_state(60).strain_if_arch_fixed == pytest.approx(0.0678, abs=0.0005)


@pytest.mark.parametrize("toe", [-1, 70.1, "x"])
def test_windlass_state_refuses_out_of_range(toe):
    with pytest.raises(InputError):
        anatomy.windlass_state(toe)


def test_windlass_expressions_equal_windlass_state():
    expressions = anatomy.windlass_expressions()
    for toe in (0, 15, 52, 64, 70):
        datum: dict[str, float] = {}
        for key, expression in expressions.items():
            datum[key] = anatomy.evaluate_vega_expression(
                expression, datum=datum, params={"teen": toe}
            )
        state = anatomy.windlass_state(toe)
        assert datum["chord"] == pytest.approx(state.chord_mm, rel=1e-12)
        assert math.degrees(datum["phi"]) == pytest.approx(state.phi_deg, rel=1e-12)
        assert datum["height"] == pytest.approx(state.arch_height_mm, rel=1e-12)
        assert datum["rise"] == pytest.approx(state.arch_rise_mm, abs=1e-9)
        assert datum["strain"] == pytest.approx(state.strain_if_arch_fixed, rel=1e-12)
        outline = anatomy.foot_outline(toe).set_index("punt")
        assert datum["apex_x"] == pytest.approx(outline.loc["middenvoet", "x"], rel=1e-12)


def test_foot_outline_struts_keep_their_length():
    geo = anatomy.default_windlass_geometry()
    for toe in (0, 40, 70):
        pts = anatomy.foot_outline(toe).set_index("punt")
        apex = pts.loc["middenvoet"]
        assert math.hypot(apex.x, apex.y) == pytest.approx(geo.a_mm)
        head = pts.loc["metatarsaalkop"]
        assert math.hypot(head.x - apex.x, head.y - apex.y) == pytest.approx(geo.b_mm)


def test_fascia_tension_truss_matches_statics_and_is_linear_in_weight():
    # T = F L / (4 h): 70 kg x 9.81 x 139.2 / (4 x 37.4) = 639 N (0.93 x body weight,
    # of the order of Erdemir et al. 2004: 0.96 +/- 0.36 BW in walking).
    tension = anatomy.fascia_tension_truss(70, arch_height_mm=37.4, span_mm=139.2)
    assert tension == pytest.approx(70 * 9.81 * 139.2 / (4 * 37.4))
    assert tension / (70 * 9.81) == pytest.approx(0.93, abs=0.01)
    double = anatomy.fascia_tension_truss(140, arch_height_mm=37.4, span_mm=139.2)
    assert double == pytest.approx(2 * tension)
    lower_arch = anatomy.fascia_tension_truss(70, arch_height_mm=25, span_mm=139.2)
    assert lower_arch > tension


def test_fascia_tension_truss_refuses_bad_input():
    with pytest.raises(InputError, match="Booghoogte"):
        anatomy.fascia_tension_truss(70, arch_height_mm=0, span_mm=139)


def test_fascia_tension_expression_equals_fascia_tension_truss():
    span = anatomy.default_windlass_geometry().chord0_mm
    expression = anatomy.fascia_tension_expression(span_mm=span)
    for mass, height in [(40, 20), (70, 37.4), (150, 50)]:
        got = anatomy.evaluate_vega_expression(
            expression, datum={}, params={"gewicht": mass, "booghoogte": height}
        )
        expected = anatomy.fascia_tension_truss(mass, arch_height_mm=height, span_mm=span)
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
    from hielspoor.charts import anatomy as anatomy_charts

    spec = anatomy_charts.calf_stretch_chart().to_dict()
    calc = _calculates(spec)
    names = {p["name"] for p in spec["params"]}
    assert names == {"knie", "enkel"}
    rows = anatomy.calf_coefficients()
    for knee, ankle in [(0, 0), (0, 20), (40, 20), (120, -30)]:
        expected = anatomy.length_change_from_neutral(knee, ankle)
        for muscle, row in rows.iterrows():
            datum = {"c0": row.c0, "c_knee": row.c_knee, "c_ankle": row.c_ankle}
            params = {"knie": knee, "enkel": ankle}
            datum["lengte"] = anatomy.evaluate_vega_expression(
                calc["lengte"], datum=datum, params=params
            )
            datum["neutraal"] = anatomy.evaluate_vega_expression(
                calc["neutraal"], datum=datum, params=params
            )
            change = anatomy.evaluate_vega_expression(
                calc["verandering"], datum=datum, params=params
            )
            assert change == pytest.approx(expected[muscle], abs=1e-9)


def test_windlass_chart_uses_package_expressions_and_curve():
    from hielspoor.charts import anatomy as anatomy_charts

    spec = anatomy_charts.windlass_chart().to_dict()
    calc = _calculates(spec)
    for key, expression in anatomy.windlass_expressions(toe="teen").items():
        assert calc[key] == expression
    curve = [row for name, rows in spec["datasets"].items() for row in rows if "booghoogte" in row]
    for row in curve[::10]:
        state = anatomy.windlass_state(row["teenhoek"])
        assert row["booghoogte"] == pytest.approx(state.arch_height_mm, rel=1e-12)


def test_fascia_tension_chart_expression_equals_package():
    from hielspoor.charts import anatomy as anatomy_charts

    spec = anatomy_charts.fascia_tension_chart().to_dict()
    calc = _calculates(spec)
    span = anatomy.default_windlass_geometry().chord0_mm
    for mass, height in [(40, 20), (70, 37), (150, 50)]:
        got = anatomy.evaluate_vega_expression(
            calc["kracht"], datum={"h": height}, params={"gewicht": mass, "booghoogte": height}
        )
        assert got == pytest.approx(
            anatomy.fascia_tension_truss(mass, arch_height_mm=height, span_mm=span), rel=1e-12
        )


def test_charts_have_dutch_description_and_stable_spec():
    from hielspoor.charts import anatomy as anatomy_charts

    for make in (
        anatomy_charts.calf_stretch_chart,
        anatomy_charts.lunge_chart,
        anatomy_charts.windlass_chart,
        anatomy_charts.fascia_tension_chart,
    ):
        first, second = make().to_json(), make().to_json()
        assert first == second
        assert "param_" not in first
        assert make().to_dict()["description"]


# --- widgets (no browser: drive the ipywidgets objects directly) ------------------------------


def test_calf_length_widget_shows_error_and_keeps_last_result():
    from hielspoor.widgets.anatomy import calf_length_widget

    box = calf_length_widget(knee_flexion_deg=0, ankle_dorsiflexion_deg=20)
    shank_box, shank_error = box.children[2].children
    results = box.children[4]
    assert "19,0" in results.value  # 0.00214 x 20 x 443 mm
    shank_box.value = "abc"
    assert "geen getal" in shank_error.value
    assert "19,0" in results.value
    assert "laatste geldige" in box.children[3].value
    shank_box.value = "400"
    assert shank_error.value == ""
    assert "17,1" in results.value  # 0.00214 x 20 x 400


def test_lunge_widget_compares_difference_with_measurement_error():
    from hielspoor.widgets.anatomy import lunge_widget

    box = lunge_widget(left_cm="10", right_cm="8")
    results = box.children[3]
    # Chisholm et al. 2012: smallest real difference between legs 1.5 cm.
    assert "2,0 cm" in results.value and "groter dan de meetfout" in results.value
    box.children[0].children[0].value = "25"
    assert "buiten het bereik" in box.children[0].children[1].value
    assert "2,0 cm" in results.value
    assert "geen diagnose" in results.value
