import html

import pytest

from hielspoor import load
from hielspoor.charts import load as load_charts
from hielspoor.charts import result_tables as tables
from hielspoor.validation import InputError
from tests.widget_support import by_description, message_next_to, shown_text

G = 9.81


def test_bmi_matches_worked_example():
    # 80 kg / (1.80 m)^2 = 24.69 kg/m² (definition, WHO 2000)
    assert load.bmi(body_mass_kg=80, height_m=1.80) == pytest.approx(24.691, abs=1e-3)


@pytest.mark.parametrize(
    ("value", "label"),
    [
        (18.49, "ondergewicht"),
        (18.5, "gezond gewicht"),  # WHO 2000: 18.5–24.9 normal range
        (24.99, "gezond gewicht"),
        (25.0, "overgewicht"),  # WHO 2000: 25–29.9 pre-obese
        (29.99, "overgewicht"),
        (30.0, "obesitas"),  # WHO 2000: >= 30 obese
        (45.0, "obesitas"),
    ],
)
def test_bmi_class_at_who_boundaries(value, label):
    assert load.bmi_class(bmi_kg_m2=value) == label


def test_step_force_walking_matches_keller_range():
    # Keller et al. 1996: walking peak vertical GRF 1.1–1.3 × body weight
    force = load.step_force(body_mass_kg=80, activity="lopen")
    assert force.low_n == pytest.approx(1.1 * 80 * G)
    assert force.high_n == pytest.approx(1.3 * 80 * G)
    assert force.source == "keller1996"


def test_step_force_running_and_stairs_match_sources():
    # Keller 1996: running 2.0–2.5 × BW; Stacoff 2005: stairs up to ≈1.6 × BW
    running = load.step_force(body_mass_kg=70, activity="hardlopen")
    assert (running.low_kgf, running.high_kgf) == pytest.approx((140.0, 175.0))
    stairs = load.step_force(body_mass_kg=70, activity="traplopen")
    assert stairs.high_kgf == pytest.approx(1.6 * 70)
    assert stairs.source == "stacoff2005"


def test_fascia_tension_walking_covers_erdemir_and_caravaggi():
    # Erdemir 2004: 0.96 ± 0.36 × BW; Caravaggi 2009: ≈1.5 × BW
    tension = load.fascia_tension(body_mass_kg=100, activity="lopen")
    assert tension.low_kgf <= 0.96 * 100 <= tension.high_kgf
    assert tension.high_kgf == pytest.approx(150.0)


def test_fascia_tension_is_not_extrapolated_to_running():
    assert load.fascia_tension(body_mass_kg=80, activity="hardlopen") is None


@pytest.mark.parametrize("activity", load.ACTIVITIES)
def test_step_force_is_linear_in_body_mass(activity):
    one, two, three = (
        load.step_force(body_mass_kg=m, activity=activity).high_n for m in (60, 90, 120)
    )
    assert two - one == pytest.approx(three - two)
    assert load.step_force(body_mass_kg=120, activity=activity).high_n == pytest.approx(2 * one)


def test_extra_kilo_adds_about_one_kgf_not_triple():
    # Myth in seed 000: "every extra kilo triples the pressure". Linear model: +1.1–1.3 kgf.
    before, after = (
        load.step_force(body_mass_kg=80).high_n,
        load.step_force(body_mass_kg=81).high_n,
    )
    assert after / before == pytest.approx(81 / 80)
    extra = load.extra_force_per_kg(activity="lopen")
    assert (extra.low_kgf, extra.high_kgf) == pytest.approx((1.1, 1.3))


def test_daily_load_counts_half_the_steps_per_foot():
    low, high = load.daily_load_per_foot_kn(body_mass_kg=80, activity="lopen", steps_per_day=10_000)
    assert low == pytest.approx(1.1 * 80 * G * 5_000 / 1000)
    assert high == pytest.approx(1.3 * 80 * G * 5_000 / 1000)


def test_load_profile_accepts_text_with_decimal_comma():
    profile = load.load_profile(
        body_mass_kg="72,5", height_cm="175", activity="lopen", steps_per_day="6000"
    )
    assert profile.body_mass_kg == 72.5
    assert profile.steps_per_day == 6000
    assert profile.bmi_class == "gezond gewicht"


@pytest.mark.parametrize(
    ("mass", "height", "steps", "message"),
    [
        ("", 180, 8000, "Gewicht: dit veld is leeg"),
        ("zwaar", 180, 8000, "Gewicht: 'zwaar' is geen getal"),
        (-5, 180, 8000, "Gewicht: -5 kg ligt buiten het bereik"),
        (0, 180, 8000, "Gewicht: 0 kg ligt buiten het bereik"),
        (500, 180, 8000, "Gewicht: 500 kg ligt buiten het bereik"),
        (80, 30, 8000, "Lengte: 30 cm ligt buiten het bereik"),
        (80, 300, 8000, "Lengte: 300 cm ligt buiten het bereik"),
        (80, 0, 8000, "Lengte: 0 cm ligt buiten het bereik"),
        (80, "", 8000, "Lengte: dit veld is leeg"),
        (80, 180, -1, "Stappen per dag: -1 ligt buiten het bereik"),
        (80, 180, "veel", "Stappen per dag: 'veel' is geen getal"),
    ],
)
def test_load_profile_rejects_bad_input_with_dutch_message(mass, height, steps, message):
    with pytest.raises(InputError, match=message):
        load.load_profile(
            body_mass_kg=mass, height_cm=height, activity="lopen", steps_per_day=steps
        )


def test_load_profile_rejects_unknown_activity():
    with pytest.raises(InputError, match="Activiteit: kies uit lopen, hardlopen, traplopen"):
        load.load_profile(body_mass_kg=80, height_cm=180, activity="zwemmen", steps_per_day=8000)


def test_profile_table_names_a_source_for_every_number():
    profile = load.load_profile(
        body_mass_kg=80, height_cm=180, activity="lopen", steps_per_day=8000
    )
    table = tables.profile_table(profile)
    assert table["Bron"].str.len().gt(0).all()
    assert table.loc["BMI", "Waarde"] == "24,7 kg/m² (gezond gewicht)"
    assert table.loc["BMI", "Bron"] == "World Health Organization (2000)"
    assert table["Bron"].str.contains("Keller e.a. (1996)", regex=False).any()


def test_static_chart_data_equal_package_numbers():
    spec = load_charts.load_calculator_chart().to_dict()
    rows = next(iter(spec["datasets"].values()))
    for row in rows[:: len(rows) // 10]:
        force = load.step_force(body_mass_kg=row["gewicht_kg"], activity=row["activiteit"])
        assert row["kracht_laag_n"] == pytest.approx(force.low_n, abs=0.05)
        assert row["kracht_hoog_n"] == pytest.approx(force.high_n, abs=0.05)


def test_static_chart_binds_named_controls():
    spec = load_charts.load_calculator_chart().to_dict()
    params = {p["name"]: p for p in spec["params"]}
    assert set(params) == {"gewicht", "lengte", "activiteit"}
    assert params["activiteit"]["bind"]["options"] == list(load.ACTIVITIES)
    assert spec["description"]


def test_bmi_class_expression_follows_who_table():
    expr = load_charts.bmi_class_expression("b")
    for lower, name in load.BMI_CLASSES[1:]:
        assert f"b >= {lower} ? '{name}'" in expr


# --- wrong units and impossible values never pass silently ---------------------------------


def test_bmi_refuses_centimetres_with_a_hint_about_metres():
    # Before: bmi(80, 180) returned 0.0025 (height in cm where metres are meant).
    hint = r"Lengte: 180 m ligt buiten.*Geef de lengte in meters: 180 cm is height_m=1.8"
    with pytest.raises(InputError, match=hint):
        load.bmi(body_mass_kg=80, height_m=180)


def test_bmi_arguments_are_keyword_only():
    with pytest.raises(TypeError):
        load.bmi(80, 1.80)  # type: ignore[misc]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0, 0.0, True, None, "24"])
def test_bmi_class_refuses_what_is_not_a_bmi(value):
    # Before: bmi_class(nan) said "ondergewicht".
    with pytest.raises(InputError, match="BMI"):
        load.bmi_class(bmi_kg_m2=value)


def test_step_force_refuses_negative_mass():
    # Before: step_force(-80) gave negative forces.
    with pytest.raises(InputError, match="Gewicht: -80 kg ligt buiten het bereik van 25 tot 300"):
        load.step_force(body_mass_kg=-80)


def test_huge_number_gives_dutch_error_not_overflow():
    with pytest.raises(InputError, match="te groot"):
        load.step_force(body_mass_kg=10**400)


def test_load_grid_refuses_endless_or_bad_masses():
    import itertools

    with pytest.raises(InputError, match="hoogstens"):
        load.load_grid(masses_kg=itertools.count(40))
    with pytest.raises(InputError, match="Gewicht"):
        load.load_grid(masses_kg=[80, float("nan")])


def test_bmi_text_is_a_dutch_sentence():
    assert tables.bmi_text(body_mass_kg=80, height_m=1.80) == "BMI 24,7 kg/m²: gezond gewicht"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("NaN", "Gewicht: NaN (geen getal) kan niet"),
        ("1e400", "Gewicht: oneindig kan niet"),
        ("10**400", "Gewicht: '10**400' is geen getal"),
        ("-80", "Gewicht: -80 kg ligt buiten het bereik van 25 tot 300 kg"),
        ("", "Gewicht: dit veld is leeg"),
    ],
)
def test_load_calculator_form_shows_dutch_error_and_keeps_last_result(typed, message):
    from hielspoor.widgets.load import load_calculator

    form = load_calculator()
    mass_box = by_description(form, "Gewicht (kg)")
    assert "24,7 kg/m²" in shown_text(form)  # 80 kg, 180 cm
    mass_box.value = typed
    assert message in html.unescape(message_next_to(form, "Gewicht (kg)").value)
    assert "laatste geldige uitkomst" in shown_text(form)
    assert "24,7 kg/m²" in shown_text(form)
    mass_box.value = "90"
    assert message_next_to(form, "Gewicht (kg)").value == ""
    assert "27,8 kg/m²" in shown_text(form)  # 90 / 1.8² = 27.78
