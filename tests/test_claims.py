import json
import re
from pathlib import Path

import pandas as pd
import pytest

from hielspoor import claims as cl
from hielspoor import references
from hielspoor.charts.claims import ALL, claims_explorer, explorer_data, wrap_claim
from hielspoor.tables import TableError

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ("000", "001", "002", "003", "004")  # the five web articles (data/claims_README.md)


def _raw_claims() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data" / "claims.csv", dtype=str, keep_default_na=False)


def test_load_claims_has_at_least_40_complete_rows():
    claims = cl.load_claims()
    assert len(claims) >= 40
    assert list(claims.columns) == list(cl.COLUMNS)
    assert (claims.map(lambda v: bool(str(v).strip()))).all().all()


def test_load_claims_ids_are_unique_and_numbered_in_order():
    ids = list(cl.load_claims()["id"])
    assert ids == [f"C-{n:03d}" for n in range(1, len(ids) + 1)]


def test_load_claims_every_source_key_is_in_references_bib():
    keys = references.bib_keys()
    cited = {key for value in cl.load_claims()["sources"] for key in references.split_keys(value)}
    assert cited <= keys, sorted(cited - keys)


def test_load_claims_covers_all_five_seeds():
    seeds = {s for value in cl.load_claims()["seeds"] for s in references.split_keys(value)}
    assert seeds == set(SEEDS)


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("verdict", "waar"),  # not on the verdict scale
        ("topic", "epidemiologie"),  # not a topic
        ("sources", "rathleff2015;bestaatniet2099"),  # unknown bibtex key
        ("sources", ""),  # a claim without a source
        ("explanation", ""),  # incomplete row
        ("id", "C-7"),  # malformed id
        ("seeds", "5"),  # malformed seed id
        ("checked", "25-11-2026"),  # not ISO
    ],
)
def test_validate_claims_rejects_bad_cell(column, value):
    table = _raw_claims()
    table.loc[3, column] = value
    with pytest.raises(TableError):
        cl.validate_claims(table)


def test_validate_claims_rejects_duplicate_id():
    table = _raw_claims()
    table.loc[1, "id"] = table.loc[0, "id"]
    with pytest.raises(TableError):
        cl.validate_claims(table)


def test_validate_claims_rejects_extra_column():
    table = _raw_claims().assign(extra="x")
    with pytest.raises(TableError):
        cl.validate_claims(table)


def test_claim_returns_row_and_rejects_unknown_id():
    # C-007: "each extra kilo triples the pressure"; force grows linearly (keller1996)
    row = cl.claim("C-007")
    assert row["verdict"] == "weerlegd"
    assert "keller1996" in references.split_keys(row["sources"])
    with pytest.raises(KeyError, match="Onbekende bewering"):
        cl.claim("C-999")


def test_claims_by_filters_and_rejects_unknown_values():
    unsafe = cl.claims_by(verdict="onveilig")
    assert set(unsafe["verdict"]) == {"onveilig"}
    food = cl.claims_by(topic="voeding", verdict="onvoldoende bewijs")
    assert len(food) > 0 and set(food["topic"]) == {"voeding"}
    assert len(cl.claims_by()) == len(cl.load_claims())
    with pytest.raises(ValueError, match="Onbekend onderwerp"):
        cl.claims_by(topic="epidemiologie")
    with pytest.raises(ValueError, match="Onbekend oordeel"):
        cl.claims_by(verdict="waar")


def test_verdict_counts_in_scale_order_and_sum_to_register():
    counts = cl.verdict_counts()
    assert list(counts["verdict"]) == list(cl.VERDICTS)
    assert counts["aantal"].sum() == len(cl.load_claims())
    expected = cl.load_claims()["verdict"].value_counts()
    for verdict, n in zip(counts["verdict"], counts["aantal"], strict=True):
        assert n == expected.get(verdict, 0)


def test_camphor_tincture_is_unsafe():
    # camphor is toxic, also through the skin (manoguerra2006)
    rows = cl.load_claims()
    camphor = rows[rows["claim"].str.contains("kamfer", case=False)]
    assert len(camphor) == 1
    assert camphor.iloc[0]["verdict"] == "onveilig"
    assert "manoguerra2006" in references.split_keys(camphor.iloc[0]["sources"])


def test_magnesium_claims_are_never_supported():
    # no trials of magnesium for heel pain; transdermal uptake unsupported (grober2017)
    rows = cl.load_claims()
    magnesium = rows[rows["claim"].str.contains("magnesium", case=False)]
    assert len(magnesium) >= 2
    assert set(magnesium["verdict"]) <= {"onvoldoende bewijs", "weerlegd", "onveilig"}


def test_bib_keys_reads_entries_and_skips_comments(tmp_path):
    bib = tmp_path / "x.bib"
    bib.write_text(
        "@comment{niet}\n@string{jb = {J Biomech}}\n"
        "@article{een2020,\n title={A}}\n  @Misc{ twee,\n title={B}}\n",
        encoding="utf-8",
    )
    assert references.bib_keys(bib) == {"een2020", "twee"}


def _cited_in_project() -> set[str]:
    ids: set[str] = set()
    for path in [*ROOT.glob("notebooks/*.ipynb"), *ROOT.glob("book/**/*.md")]:
        if path.suffix == ".ipynb":
            cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
            text = "\n".join("".join(cell["source"]) for cell in cells)
        else:
            text = path.read_text(encoding="utf-8")
        ids |= cl.cited_claim_ids(text)
    return ids


def test_every_claim_id_cited_in_notebooks_and_book_exists():
    known = set(cl.load_claims()["id"])
    cited = _cited_in_project()
    assert cited <= known, sorted(cited - known)


def test_wrap_claim_keeps_two_lines_and_marks_cuts():
    long = "woord " * 40
    wrapped = wrap_claim(long, width=30, max_lines=2)
    assert wrapped.count("\n") == 1
    assert wrapped.endswith("…")
    assert all(len(line) <= 30 for line in wrapped.split("\n"))
    assert wrap_claim("kort") == "kort"


def test_claims_explorer_has_named_dropdowns_with_all_option():
    spec = claims_explorer().to_dict()
    params = {p["name"]: p for p in spec["params"]}
    assert set(params) == {"onderwerp", "oordeel"}
    assert params["onderwerp"]["bind"]["options"] == [ALL, *cl.TOPICS]
    assert params["oordeel"]["bind"]["options"] == [ALL, *cl.VERDICTS]
    assert params["onderwerp"]["value"] == params["oordeel"]["value"] == ALL
    assert spec["description"]
    text = json.dumps(spec)
    assert not re.search(r"param_\d|view_\d", text)  # no auto names: outputs stay identical


def test_claims_explorer_is_identical_on_every_call():
    assert json.dumps(claims_explorer().to_dict()) == json.dumps(claims_explorer().to_dict())


def _spec_rows(spec: dict) -> list[dict]:
    (rows,) = spec["datasets"].values()
    return rows


def test_claims_explorer_counts_per_topic_match_package():
    # the bars count the embedded rows after the topic filter; compare with claims_by()
    rows = _spec_rows(claims_explorer().to_dict())
    assert [r["id"] for r in rows] == list(cl.load_claims()["id"])
    for topic in cl.TOPICS:
        in_chart = pd.Series([r["oordeel"] for r in rows if r["onderwerp"] == topic])
        expected = cl.claims_by(topic=topic)["verdict"]
        assert in_chart.value_counts().to_dict() == expected.value_counts().to_dict()


def test_explorer_data_keeps_explanation_and_sources_for_tooltip():
    data = explorer_data()
    row = data[data["id"] == "C-064"].iloc[0]
    assert row["oordeel"] == "onveilig"
    assert "Kamfer" in row["uitleg"]
    assert row["bronnen"] == "manoguerra2006"


def test_claims_explorer_resizes_with_filtered_rows_and_fits_book_column():
    spec = claims_explorer().to_dict()
    # without resize, Vega keeps the full-table height after filtering (seen in the book)
    assert spec["autosize"] == {"type": "pad", "resize": True}
    table = spec["vconcat"][1]
    assert table["height"] == {"step": 38}
    assert table["width"] <= 620  # the book's content column is about 700 px wide
