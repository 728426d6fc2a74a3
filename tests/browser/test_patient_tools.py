"""The book's patient tools on a phone: diary, programme, report, cards.

Every test runs in a 360x740 viewport with touch emulation (taps are real touch events
sent through the DevTools protocol), offline: any request that leaves 127.0.0.1 fails
the test. The page's diary is compared with :mod:`hielspoor.diary`, its advice with
:mod:`hielspoor.monitoring` and its calendar with :func:`hielspoor.programme.plan_to_ics`.
Screenshots go to ``artifacts/phone/`` (not in git).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import diary, monitoring, programme
from hielspoor.data import example_path
from tests.browser.conftest import CHARTS_DRAWN, WatchedPages
from tests.browser.test_accessibility import AXE_JS, BLOCKING, summary

pytestmark = [pytest.mark.browser, pytest.mark.book]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "artifacts" / "phone"
DIARY_PAGE = "notebooks/07_pijndagboek.html"
PROGRAMME_PAGE = "notebooks/08_oefenprogramma.html"
CARDS_PAGE = "book/oefenkaarten.html"
PHONE = {"width": 360, "height": 740}
TOOL = "[data-hs-tool][data-hs-ready]"
MIN_TARGET_PX = 44


class Phone:
    """A watched book page in a phone viewport with touch."""

    def __init__(self, page, book_url: str) -> None:
        self.page, self.book_url = page, book_url
        page.set_viewport_size(PHONE)
        self.cdp = page.context.new_cdp_session(page)
        self.cdp.send("Emulation.setTouchEmulationEnabled", {"enabled": True, "maxTouchPoints": 5})
        self.cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {**PHONE, "deviceScaleFactor": 2, "mobile": True},
        )

    def paper(self) -> None:
        """Lay the page out as a printer does: no phone metrics, print media."""
        self.cdp.send("Emulation.clearDeviceMetricsOverride")
        self.page.set_viewport_size({"width": 794, "height": 1123})
        self.page.emulate_media(media="print")

    def open(self, relpath: str, *, fresh: bool = False):
        self.page.goto(f"{self.book_url}/{relpath}", wait_until="networkidle")
        if fresh:
            self.page.evaluate("localStorage.clear()")
            self.page.reload(wait_until="networkidle")
        self.page.wait_for_selector(TOOL, state="attached", timeout=15_000)
        # Stored charts become live when the reader scrolls; let that finish first, so
        # the page does not shift under a finger.
        self.page.mouse.wheel(0, 200)
        self.page.wait_for_function(CHARTS_DRAWN, timeout=15_000)
        return self.page

    def tap(self, locator) -> None:
        """Tap the middle of ``locator`` with one finger."""
        locator.evaluate(
            "el => el.scrollIntoView({block: 'center', inline: 'center', behavior: 'instant'})"
        )
        locator.element_handle().wait_for_element_state("stable")
        self.page.wait_for_function(
            "el => { const r = el.getBoundingClientRect(); const y = r.top + r.height / 2;"
            " return y > 0 && y < innerHeight && document.elementFromPoint(r.left + r.width / 2, y)"
            " && (el.contains(document.elementFromPoint(r.left + r.width / 2, y))"
            " || document.elementFromPoint(r.left + r.width / 2, y).contains(el)); }",
            arg=locator.element_handle(),
        )
        box = locator.bounding_box()
        assert box, f"niet zichtbaar: {locator}"
        point = {"x": box["x"] + box["width"] / 2, "y": box["y"] + box["height"] / 2}
        self.cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [point]})
        self.cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


@pytest.fixture
def phone(browser, book_url: str, page_logs: dict):
    pages = WatchedPages(browser, page_logs)
    yield Phone(pages.new(), book_url)
    pages.close("Verzoeken naar andere hosts")


def _frame(rows: list[dict]) -> pd.DataFrame:
    return diary.frame_from_records(rows)


def _import(phone: Phone, path: Path) -> None:
    page = phone.page
    page.set_input_files(f"{TOOL} input[type=file]", str(path))
    button = page.get_by_role("button", name="Zet in mijn dagboek")
    page.wait_for_function("b => !b.disabled", arg=button.element_handle())
    phone.tap(button)
    page.wait_for_selector(".hs-melding.hs-ok", state="attached")


def _stored(page) -> list[dict]:
    return page.evaluate("JSON.parse(localStorage.getItem('hielspoor-dagboek-v1')).entries")


def _no_sideways_scroll(page) -> None:
    tool_width = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('[data-hs-tool]')]"
        ".map(t => t.getBoundingClientRect().right))"
    )
    assert tool_width <= PHONE["width"], f"het hulpmiddel is {tool_width:.0f} px breed"


def run_axe(page, selector: str = "html") -> list[dict]:
    """Run the vendored axe-core on the elements matching ``selector``; return violations."""
    page.add_script_tag(path=str(AXE_JS))
    return page.evaluate(
        "async (sel) => (await axe.run({include: [...document.querySelectorAll(sel)]},"
        " {resultTypes: ['violations']})).violations",
        selector,
    )


def _small_targets(page) -> list[str]:
    """Controls of the tools smaller than 44x44 px (a check box counts with its label)."""
    return page.evaluate(
        """min => [...document.querySelectorAll(
              '.hs-app button, .hs-app input, .hs-app textarea, .hs-app summary')]
          .filter(el => el.offsetParent !== null && el.type !== 'hidden')
          .map(el => [el, (el.type === 'checkbox' ? el.closest('label') : el) || el])
          .filter(([el, target]) => { const r = target.getBoundingClientRect();
              return r.height < min || r.width < min; })
          .map(([el]) => (el.getAttribute('aria-label') || el.name || el.textContent || el.type)
              .trim().slice(0, 40))""",
        MIN_TARGET_PX,
    )


def test_diary_round_trip_on_a_phone(phone, tmp_path):
    """Add two days by touch, reload, export, wipe, import the export: nothing lost."""
    page = phone.open(DIARY_PAGE, fresh=True)
    form = page.locator(f"{TOOL} form")
    days = [
        {
            "datum": dt.date(2026, 3, 5),
            "pijn_eerste_stap": 4.0,
            "pijn_activiteit": 3.0,
            "pijn_volgende_ochtend": None,
            "stappen": 8500,
            "oefeningen": "hielheffen 3x12 10 kg",
            "notities": '=SOM(A1) zei de fysio: "rustig aan"; en 🦶',
        },
        {
            "datum": dt.date(2026, 3, 6),
            "pijn_eerste_stap": 3.0,
            "pijn_activiteit": 2.0,
            "pijn_volgende_ochtend": 2.0,
            "stappen": None,
            "oefeningen": "",
            "notities": "",
        },
    ]
    for day in days:
        form.locator("input[name=datum]").fill(day["datum"].isoformat())
        for name in ("pijn_eerste_stap", "pijn_activiteit"):
            slider = form.locator(f"input[name={name}]")
            slider.focus()
            page.keyboard.press("Home")
            for _ in range(int(day[name])):
                page.keyboard.press("ArrowRight")
        unknown = form.locator("input[name=volgende_onbekend]")
        if day["pijn_volgende_ochtend"] is not None:
            if unknown.is_checked():
                phone.tap(unknown)
            slider = form.locator("input[name=pijn_volgende_ochtend]")
            slider.fill(str(int(day["pijn_volgende_ochtend"])))
            slider.dispatch_event("input")
        elif not unknown.is_checked():
            phone.tap(unknown)
        form.locator("input[name=stappen]").fill("8.500" if day["stappen"] else "")
        box = form.get_by_label("hielheffen", exact=True)
        if bool(day["oefeningen"]) != box.is_checked():
            phone.tap(box)
        if day["oefeningen"]:
            form.get_by_label("Details hielheffen").fill("3x12 10 kg")
        form.locator("textarea[name=notities]").fill(day["notities"])
        phone.tap(form.get_by_role("button", name="Opslaan"))
        page.wait_for_function(
            "d => document.querySelector('.hs-melding').textContent.includes(d)",
            arg=day["datum"].strftime("%d-%m-%Y"),
        )
    _no_sideways_scroll(page)
    page.reload(wait_until="networkidle")
    page.wait_for_selector(TOOL, state="attached")
    assert page.locator(".hs-lijst tbody tr").count() == 2
    page.wait_for_selector(".hs-grafiek[data-hs-drawn] svg", state="attached")

    with page.expect_download() as info:
        phone.tap(page.get_by_role("button", name="Download als CSV"))
    exported = tmp_path / info.value.suggested_filename
    info.value.save_as(exported)
    expected = _frame(days)
    written = diary.write_pain_diary(expected, tmp_path / "python.csv")
    assert exported.read_bytes() == written.read_bytes()
    back = diary.read_pain_diary(exported)
    assert back.ok, back.problems
    pd.testing.assert_frame_equal(back.entries, expected)

    page.once("dialog", lambda dialog: dialog.accept())
    phone.tap(page.get_by_role("button", name="Wis alles"))
    page.wait_for_function("() => !localStorage.getItem('hielspoor-dagboek-v1')")
    assert page.locator(".hs-lijst tbody tr").count() == 0
    _import(phone, exported)
    assert page.locator(".hs-lijst tbody tr").count() == 2
    stored = _stored(page)
    assert [e["notities"] for e in stored] == [d["notities"] for d in days]
    page.screenshot(path=str(SHOTS / "dagboek_formulier.png"))


def test_wis_alles_asks_first(phone):
    page = phone.open(DIARY_PAGE, fresh=True)
    _import(phone, example_path("voorbeelddagboek"))
    page.once("dialog", lambda dialog: dialog.dismiss())
    phone.tap(page.get_by_role("button", name="Wis alles"))
    example = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    assert len(_stored(page)) == len(example)


VARIANTS = {
    "excel_nl.csv": (
        "\ufeffDatum;Pijn eerste stap;Pijn bij activiteit;Pijn volgende ochtend;Stappen;"
        "Oefeningen;Notities\r\n"
        '05-03-2026;6,5;4;5;8.500;hielheffen;"met ; puntkomma"\r\n'
        "06-03-26;7/10;3,5;;7 200;;\r\n"
        "31-02-2026;5;3;2;;;\r\n"
        "07-03-2026;11;3;2;;;\r\n"
        "07-03-2026;4;3;2;;;dubbel\r\n"
    ).encode("utf-8"),
    "iso.csv": (
        b"date,first step pain,activity pain,next morning pain,steps,notes,extra\n"
        b'2026-03-05,2.5,1,1,9000,"regel 1\nregel 2",x\n'
        b"2026-03-06,3,2,2,,,\n"
    ),
    "windows.csv": (
        "Datum;Ochtendpijn;Pijn tijdens oefenen;Notities\r\n01-04-2026;4;3;café\r\n"
    ).encode("cp1252"),
    "no_date.csv": b"Dag nummer;Pijn\n1;3\n",
    "formula_and_lines.csv": (
        b"Datum;Pijn bij activiteit;Notities\n"
        b"05-03-2026;3;'=SOM(1)\n"
        b'06-03-2026;2;"twee\nregels"\n'
        b"31-02-2026;1;x\n"
        b"07-03-2026;2;''=1\n"
    ),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_the_page_reads_a_file_as_hielspoor_diary_does(phone, name):
    """Same entries, same problems (row, column, message), same summary."""
    page = phone.open(DIARY_PAGE)
    data = VARIANTS[name]
    got = page.evaluate(
        """async ([bytes, name]) => { try { return await HielspoorDagboek.parseDiary(
               new Uint8Array(bytes), name); } catch (e) { return {error: e.message}; } }""",
        [list(data), name],
    )
    try:
        want = diary.parse_pain_diary(data, filename=name)
    except Exception as error:  # noqa: BLE001 - the page must give the same message
        assert got == {"error": str(error)}
        return
    assert got["summary"] == want.summary()
    assert [(p["row"], p["column"], p["message"], p["skipped"]) for p in got["problems"]] == [
        (p.row, p.column, p.message, p.skipped) for p in want.problems
    ]
    entries = _frame([{**e, "datum": dt.date.fromisoformat(e["datum"])} for e in got["entries"]])
    pd.testing.assert_frame_equal(entries, want.entries)


def test_chart_weekly_table_and_advice_match_the_package(phone):
    page = phone.open(DIARY_PAGE, fresh=True)
    _import(phone, example_path("voorbeelddagboek"))
    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    advice = monitoring.advise_from_diary(entries)
    assert page.locator(".hs-advies-reden").inner_text() == advice.reason
    assert page.locator(".hs-advies").get_attribute("data-decision") == advice.decision
    assert page.locator(".hs-advies a").get_attribute("href").endswith("rode_vlaggen.html")
    table = diary.format_weekly_summary(diary.weekly_summary(entries))
    cells = page.locator(".hs-weken tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
    )
    assert cells == table.astype(str).values.tolist()
    headers = page.locator(".hs-weken thead th").all_inner_texts()
    assert headers == list(table.columns)
    page.wait_for_selector(".hs-grafiek[data-hs-drawn] svg", state="attached")
    frame = diary.chart_frame(entries)
    rows = page.evaluate("HielspoorDagboek.chartRows(HielspoorDagboek.state().entries)")
    assert len(rows) == len(frame)
    want = json.loads(frame.to_json(orient="records", date_format="iso"))
    for got_row, want_row in zip(rows, want, strict=True):
        assert got_row["datum"] == want_row["datum"][:19]
        for key, value in want_row.items():
            if key != "datum":
                assert got_row[key] == pytest.approx(value, abs=0.011), (got_row, want_row)
    width = page.locator(".hs-grafiek svg").bounding_box()["width"]
    assert width <= PHONE["width"]
    _no_sideways_scroll(page)
    page.locator(".hs-advies-plek").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "dagboek_grafiek.png"))


def test_report_prints_on_one_a4_page_with_the_advice_log_after_it(phone):
    """Page 1: the report. Then the log: the rule's outcome on each day, as Python gives it."""
    page = phone.open(DIARY_PAGE, fresh=True)
    _import(phone, example_path("voorbeelddagboek"))
    page.evaluate("window.hsNoPrintDialog = true; HielspoorDagboek.printReport()")
    page.wait_for_selector(".hs-rapport[data-hs-ready] .hs-grafiek svg", state="attached")
    text = page.locator(".hs-rapport").inner_text()
    assert "Periode: 05-01-2026 tot en met 26-04-2026 (107 dagen ingevuld)" in text
    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    rows = page.locator(".hs-rapport-log tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
    )
    first = entries["datum"].max() - pd.Timedelta(days=12 * 7 - 1)
    log = monitoring.advice_log(entries, first_day=first)
    assert rows == [
        [day.strftime("%d-%m-%Y"), label, reason]
        for day, label, reason in zip(log["datum"], log["label"], log["reason"], strict=True)
    ]
    assert len(rows) == (entries["datum"] >= first).sum() > 50
    phone.paper()
    pdf = page.pdf(format="A4", print_background=True)
    (SHOTS / "verslag.pdf").write_bytes(pdf)
    log_section = page.locator(".hs-rapport-log")
    assert log_section.evaluate("s => getComputedStyle(s).breakBefore") == "page"
    total = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    page.evaluate("document.querySelector('.hs-rapport-log').remove()")
    summary_only = page.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", summary_only)) == 1
    assert total >= 2
    page.emulate_media(media="screen")


def test_advice_log_on_the_page_is_the_package_log(phone):
    page = phone.open(DIARY_PAGE, fresh=True)
    _import(phone, example_path("voorbeelddagboek"))
    phone.tap(page.get_by_text("Advies per dag (logboek)"))
    page.wait_for_selector(".hs-log-plek tbody tr", state="attached")
    rows = page.locator(".hs-log-plek tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
    )
    log = monitoring.advice_log(diary.read_pain_diary(example_path("voorbeelddagboek")).entries)
    want = [
        [day.strftime("%d-%m-%Y"), label, reason]
        for day, label, reason in zip(log["datum"], log["label"], log["reason"], strict=True)
    ]
    assert rows == want[::-1]
    assert {r[1] for r in rows} >= {"minder belasting", "belasting gelijk houden"}
    _no_sideways_scroll(page)


def test_programme_schedule_ics_and_ticks(phone, tmp_path):
    from icalendar import Calendar

    page = phone.open(PROGRAMME_PAGE, fresh=True)
    start = dt.date(2026, 4, 6)
    page.locator(f"{TOOL} input[name=start]").fill(start.isoformat())
    phone.tap(page.get_by_role("button", name="Maak mijn schema"))
    page.wait_for_selector(".hs-week", state="attached")
    plan = programme.weekly_plan(start)
    table = programme.plan_frame(plan)
    rows = page.locator(".hs-schema tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].slice(1).map(c => c.textContent))"
    )
    want = [
        [f"{r.Dag} {r.Datum}", r.Oefening, r.Dosis, r.Tempo, r.Opmerking]
        for r in table.itertuples(index=False)
    ]
    assert rows == want

    with page.expect_download() as info:
        phone.tap(page.get_by_role("button", name="Download agenda (.ics)"))
    path = tmp_path / "page.ics"
    info.value.save_as(path)

    def events(data: bytes) -> list[tuple]:
        calendar = Calendar.from_ical(data)
        return sorted(
            (
                str(e["uid"]),
                e.decoded("dtstart"),
                e.decoded("dtend"),
                e.decoded("dtstamp"),
                str(e["summary"]),
                str(e["description"]),
            )
            for e in calendar.walk("VEVENT")
        )

    assert events(path.read_bytes()) == events(programme.plan_to_ics(plan))
    assert len(events(path.read_bytes())) == 84

    phone.tap(page.locator(".hs-week summary").first)
    first = page.locator(".hs-schema tbody tr").first.locator("input[type=checkbox]")
    phone.tap(first.locator("xpath=.."))
    page.wait_for_function(
        "() => localStorage.getItem('hielspoor-dagboek-v1').includes('hielheffen')"
    )
    stored = _stored(page)
    assert stored == [
        {
            "datum": "2026-04-06",
            "pijn_eerste_stap": None,
            "pijn_activiteit": None,
            "pijn_volgende_ochtend": None,
            "stappen": None,
            "oefeningen": "hielheffen 3x12",
            "notities": "",
        }
    ]
    page.reload(wait_until="networkidle")
    page.wait_for_selector(".hs-week", state="attached")
    assert page.locator(".hs-schema tbody tr").first.locator("input").is_checked()
    assert page.locator(".hs-week").first.evaluate("d => !d.open")  # week 1 is long past
    _no_sideways_scroll(page)
    page.locator(TOOL).scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "programma.png"))


@pytest.mark.parametrize("relpath", [DIARY_PAGE, PROGRAMME_PAGE])
def test_tools_are_accessible_on_a_phone(phone, relpath):
    """axe: no serious or critical findings with data filled in; 44 px touch targets."""
    page = phone.open(relpath, fresh=True)
    if relpath == DIARY_PAGE:
        _import(phone, example_path("voorbeelddagboek"))
        page.wait_for_selector(".hs-grafiek[data-hs-drawn] svg", state="attached")
    else:
        phone.tap(page.get_by_role("button", name="Maak mijn schema"))
        page.wait_for_selector(".hs-week[open]", state="attached")
    assert _small_targets(page) == []
    blocking = [v for v in run_axe(page, TOOL) if v["impact"] in BLOCKING]
    assert not blocking, summary(blocking)


@pytest.fixture(autouse=True, scope="module")
def _shots_folder():
    SHOTS.mkdir(parents=True, exist_ok=True)


def test_exercise_cards_on_a_phone_and_on_paper(browser, book_url, page_logs):
    """Every exercise has a card with a drawing and its alt text; one A4 page per phase."""
    from hielspoor.booktools.cards import drawing_text

    pages = WatchedPages(browser, page_logs)
    phone = Phone(pages.new(), book_url)
    page = phone.page
    page.goto(f"{book_url}/{CARDS_PAGE}", wait_until="networkidle")
    page.wait_for_selector(".hs-kaart img", state="attached")
    cards = page.locator(".hs-kaart")
    ids = cards.evaluate_all("a => a.map(c => c.dataset.oefening)")
    assert set(ids) == set(programme.exercises().index)
    element_ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(element_ids) == len(set(element_ids))  # every id on the page is unique
    page.wait_for_function(
        "() => [...document.querySelectorAll('.hs-kaart img')]"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )
    for exercise_id in set(ids):
        alt = page.locator(f"#kaart-{exercise_id} img").first.get_attribute("alt")
        assert alt == drawing_text(exercise_id)
    for text in ("Wanneer stop je", "Wat mag je voelen", "Hoe vaak", "Dosis"):
        assert cards.filter(has_text=text).count() == cards.count()
    assert "3 sets van 12" in page.locator("#fase-1 + .hs-kaart").inner_text()
    _no_sideways_scroll(page)
    blocking = [v for v in run_axe(page) if v["impact"] in BLOCKING]
    assert not blocking, summary(blocking)
    page.screenshot(path=str(SHOTS / "oefenkaarten.png"))
    phone.paper()
    pdf = page.pdf(format="A4", print_background=True)
    (SHOTS / "oefenkaarten.pdf").write_bytes(pdf)
    sections = page.locator(".hs-fase").count()
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == sections
    pages.close("Verzoeken naar andere hosts")


def test_jupyterlab_report_prints_on_one_a4_page_with_the_log_after_it(
    browser, tmp_path, page_logs
):
    """The package's report (hielspoor.charts.diary_report) is one A4 page, offline."""
    from hielspoor.charts.diary_report import save_diary_report

    entries = diary.read_pain_diary(example_path("voorbeelddagboek")).entries
    path = save_diary_report(entries, tmp_path / "verslag.html", plan_start=dt.date(2026, 1, 5))
    pages = WatchedPages(browser, page_logs)
    page = pages.new()
    page.set_content(path.read_text(encoding="utf-8"))
    text = page.locator(".hs-rapport").inner_text()
    assert "Periode: 05-01-2026 tot en met 26-04-2026 (107 dagen ingevuld)" in text
    assert "geplande oefeningen afgevinkt" in text
    assert page.locator(".hs-rapport svg").count() == 1
    first = entries["datum"].max() - pd.Timedelta(days=12 * 7 - 1)
    log = monitoring.advice_log(entries, first_day=first)
    rows = page.locator(".hs-rapport-log tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
    )
    assert [row[2] for row in rows] == log["reason"].tolist()
    page.emulate_media(media="print")
    pdf = page.pdf(format="A4")
    (SHOTS / "verslag_jupyterlab.pdf").write_bytes(pdf)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 2
    page.evaluate("document.querySelector('.hs-rapport-log').remove()")
    assert len(re.findall(rb"/Type\s*/Page[^s]", page.pdf(format="A4"))) == 1
    pages.close("Verzoeken naar andere hosts")
