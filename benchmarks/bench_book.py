"""Time and size the published book: builds, bytes per page, chart draw times.

Run: ``.venv/bin/python benchmarks/bench_book.py`` (about 1-2 minutes). It copies the
working tree to a scratch folder (so it never touches ``_build/`` or anyone's files), then

1. times a clean build (``jupyter-book build . -W -n --keep-going`` into an empty folder);
2. times an incremental build after touching one notebook;
3. prints the size of the site (``_build/html``), with and without source maps;
4. opens every page of the table of contents (and search.html) in headless Debian chromium,
   served from 127.0.0.1 with a cold cache, and prints per page the bytes of everything the
   page loaded (raw, as the test server sends them: Python's http.server does not compress)
   and what they would be with gzip (as GitHub Pages and most web servers send them), the
   number of requests, and the time from navigation start until every chart is drawn
   (the ``hielspoor:charts-drawn`` performance mark set by ``book/_assets/vl-init.js``),
   cold (empty cache) and on a second visit (scripts cached).

Options: ``--html DIR`` measures an existing build and skips 1-2; ``--runs N`` loads each
page N times (median time, default 3). Not a test: figures depend on the machine. Targets:
chapter pages under 1.5 MB transferred, charts drawn under 1 s locally, an
incremental build of one changed page under 10 s.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

from hielspoor.chapters import toc_documents

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("HIELSPOOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SKIP_COPY = {".git", ".venv", "_build", "build", "artifacts", ".pytest_cache", ".ruff_cache"}
TOUCHED = "notebooks/01_belasting_en_lichaamsgewicht.ipynb"
CHARTS_DRAWN = (
    "() => [...document.querySelectorAll('.vl-chart')]"
    ".every(d => d.dataset.vlDrawn === 'true' && d.querySelector('svg'))"
)
DRAWN_AT = (
    "() => { const m = performance.getEntriesByName('hielspoor:charts-drawn');"
    " return m.length ? m[0].startTime : null; }"
)
TARGET_BYTES = 1_500_000
TARGET_DRAW_MS = 1000
TARGET_INCREMENTAL_S = 10


def toc_pages(root: Path) -> list[str]:
    """HTML paths of every page in _toc.yml, in book order, plus search.html."""
    return [f"{name}.html" for name in toc_documents(root)] + ["search.html"]


def build(source: Path) -> tuple[float, int]:
    """Build the book in ``source``; return (seconds, exit code)."""
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    start = time.perf_counter()
    result = subprocess.run(
        [str(jupyter_book), "build", ".", "-W", "-n", "--keep-going"],
        cwd=source, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        print(result.stdout[-2000:], result.stderr[-2000:], sep="\n")
    return seconds, result.returncode


def folder_bytes(folder: Path, *, skip_maps: bool = False) -> int:
    """Total size of the files under ``folder``."""
    return sum(
        path.stat().st_size
        for path in folder.rglob("*")
        if path.is_file() and not (skip_maps and path.suffix == ".map")
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``folder`` on 127.0.0.1 (no compression) in a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def load_page(browser, url: str) -> dict:
    """Open ``url`` with a cold cache; return bytes (raw, gzip), requests and draw time."""
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    responses, external = [], []

    def route(route) -> None:
        if urlparse(route.request.url).hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            external.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on("response", lambda response: responses.append(response))
    page.goto(url, wait_until="load")
    charts = page.locator(".vl-chart").count()
    drawn_ms = None
    if charts:
        page.wait_for_function(CHARTS_DRAWN, timeout=30_000)
        page.wait_for_function(f"() => ({DRAWN_AT})() !== null", timeout=5_000)
        drawn_ms = page.evaluate(DRAWN_AT)
    page.wait_for_load_state("networkidle")
    warm_ms = None
    if charts:  # a second visit: scripts come from the browser's cache, compiled code too
        second = context.new_page()
        second.goto(url, wait_until="load")
        second.wait_for_function(f"() => ({DRAWN_AT})() !== null", timeout=30_000)
        warm_ms = second.evaluate(DRAWN_AT)
    raw = packed = 0
    for response in responses:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            continue
        raw += len(body)
        packed += len(gzip.compress(body, compresslevel=6)) if len(body) > 1024 else len(body)
    context.close()
    return {
        "raw": raw, "gzip": packed, "requests": len(responses), "charts": charts,
        "drawn_ms": drawn_ms, "warm_ms": warm_ms, "external": external,
    }  # fmt: skip


def measure_pages(html: Path, pages: list[str], runs: int) -> list[dict]:
    """Load every page ``runs`` times in headless chromium; keep sizes and median times."""
    from playwright.sync_api import sync_playwright

    server, base = serve(html)
    rows = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(
                executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
            )
            for relpath in pages:
                loads = [load_page(browser, f"{base}/{relpath}") for _ in range(runs)]
                row = dict(loads[0], page=relpath)
                for key in ("drawn_ms", "warm_ms"):
                    times = [load[key] for load in loads if load[key] is not None]
                    row[key] = statistics.median(times) if times else None
                rows.append(row)
            browser.close()
    finally:
        server.shutdown()
    return rows


def print_pages(rows: list[dict]) -> None:
    head = f"{'pagina':48} {'verz.':>5} {'raw MB':>7} {'gzip MB':>8} {'grafieken':>9}"
    print(f"\n{head} {'getekend (koud / 2e bezoek)':>28}")
    for row in rows:
        drawn = "-"
        if row["drawn_ms"] is not None:
            drawn = f"{row['drawn_ms']:.0f} / {row['warm_ms']:.0f} ms"
        print(
            f"{row['page']:48} {row['requests']:5d} {row['raw'] / 1e6:7.2f} "
            f"{row['gzip'] / 1e6:8.2f} {row['charts']:9d} {drawn:>28}"
        )
        if row["external"]:
            print(f"    ANDERE HOSTS: {row['external']}")
    chapters = [row for row in rows if row["page"].startswith("notebooks/")]
    if chapters:
        worst_raw = max(chapters, key=lambda row: row["raw"])
        worst_gzip = max(chapters, key=lambda row: row["gzip"])
        times = [row["drawn_ms"] for row in chapters if row["drawn_ms"] is not None]
        warm = [row["warm_ms"] for row in chapters if row["warm_ms"] is not None]
        print(
            f"\nHoofdstukken: max {worst_raw['raw'] / 1e6:.2f} MB raw ({worst_raw['page']}), "
            f"max {worst_gzip['gzip'] / 1e6:.2f} MB gzip; doel < {TARGET_BYTES / 1e6:.1f} MB."
        )
        if times:
            print(
                f"Grafieken getekend: max {max(times):.0f} ms koud, {max(warm):.0f} ms bij een"
                f" 2e bezoek (mediaan van de runs); doel < {TARGET_DRAW_MS} ms."
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="measure this built site; skip the builds")
    parser.add_argument("--runs", type=int, default=3, help="loads per page (median time)")
    args = parser.parse_args()

    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Machine: {os.cpu_count()} cores, load average {load} (other work slows every figure)")
    with tempfile.TemporaryDirectory(prefix="bench-book-") as scratch:
        if args.html:
            html = args.html
        else:
            source = Path(scratch) / "book"
            shutil.copytree(ROOT, source, ignore=lambda _dir, names: SKIP_COPY & set(names))
            clean, code = build(source)
            print(f"Schone build:            {clean:6.1f} s (exit {code})")
            (source / TOUCHED).touch()
            incremental, code = build(source)
            print(
                f"Incrementele build:      {incremental:6.1f} s (exit {code}; {TOUCHED} aangeraakt;"
                f" doel < {TARGET_INCREMENTAL_S} s)"
            )
            html = source / "_build" / "html"
        print(
            f"Grootte site:            {folder_bytes(html) / 1e6:6.1f} MB"
            f" ({folder_bytes(html, skip_maps=True) / 1e6:.1f} MB zonder .map-bestanden)"
        )
        print_pages(measure_pages(html, toc_pages(ROOT), args.runs))


if __name__ == "__main__":
    main()
