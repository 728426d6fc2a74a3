"""Lighthouse (mobile) over every page of the book, served with gzip on 127.0.0.1.

Run: ``make -o .venv/.installed bench`` or ``.venv/bin/python benchmarks/bench_lighthouse.py``.
It builds the book into a scratch copy (``--html DIR`` measures an existing build instead),
serves it with gzip as a real host would (GitHub Pages, nginx), runs Lighthouse 12.2.3 from
npm with its default mobile preset (simulated slow 4G, 4x CPU slowdown) in Debian's chromium
over every page of ``_toc.yml`` (plus search.html), and prints one row per page: the four
scores, the largest contentful paint and the gzip bytes the page loaded, by type.

Lighthouse is installed on first use with ``npm install -E lighthouse@12.2.3`` into
``benchmarks/.lighthouse`` (ignored by git); ``LIGHTHOUSE_DIR`` points elsewhere.
Lighthouse 13 wants Node 22; 12.2.3 runs on Node 20. Targets: performance >= 95,
accessibility, best practices and SEO 100, LCP <= 2.5 s. Not a test: figures vary a little
with the machine's load (rerun a page with ``--pages``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hielspoor.book import toc_documents  # noqa: E402

LIGHTHOUSE_VERSION = "12.2.3"
LIGHTHOUSE_DIR = Path(os.environ.get("LIGHTHOUSE_DIR", ROOT / "benchmarks" / ".lighthouse"))
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".svg", ".txt", ".xml", ".map", ".ipynb")
SKIP_COPY = {".git", ".venv", "_build", "build", "artifacts", ".pytest_cache", ".ruff_cache"}
SKIP_COPY |= {".lighthouse", "node_modules", ".hypothesis"}
TYPES = ("document", "script", "stylesheet", "font", "image", "other")


class GzipHandler(SimpleHTTPRequestHandler):
    """Static files; text types gzip-compressed when the client accepts it."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass

    def send_head(self):  # noqa: D102 - SimpleHTTPRequestHandler's hook
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return BytesIO(body)


def serve(folder: Path) -> tuple[ThreadingHTTPServer, str]:
    """Serve ``folder`` with gzip on 127.0.0.1 (a free port) in a thread."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(GzipHandler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def lighthouse_bin() -> Path:
    """Path of the pinned Lighthouse CLI, installing it from npm on first use."""
    binary = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            ["npm", "install", "-E", "--no-audit", "--no-fund", f"lighthouse@{LIGHTHOUSE_VERSION}"],
            cwd=LIGHTHOUSE_DIR, check=True,
        )  # fmt: skip
    return binary


def build_copy(scratch: Path) -> Path:
    """Copy the working tree to ``scratch``, build the book there; return its html folder."""
    shutil.copytree(ROOT, scratch, ignore=shutil.ignore_patterns(*SKIP_COPY), symlinks=True)
    jupyter_book = Path(sys.executable).parent / "jupyter-book"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [str(jupyter_book), "build", ".", "-W", "-n", "--keep-going"],
        cwd=scratch, check=True, capture_output=True, env=env,
    )  # fmt: skip
    return scratch / "_build" / "html"


def run_lighthouse(binary: Path, url: str, out: Path) -> dict:
    """Run Lighthouse (mobile preset) on ``url``; return the parsed JSON report."""
    env = {**os.environ, "CHROME_PATH": CHROME_PATH}
    subprocess.run(
        [
            str(binary), url, "--quiet", "--output=json", f"--output-path={out}",
            f"--chrome-flags={CHROME_FLAGS}", "--only-categories=performance,accessibility,"
            "best-practices,seo",
        ],
        check=True, env=env, capture_output=True,
    )  # fmt: skip
    return json.loads(out.read_text(encoding="utf-8"))


def summarise(report: dict) -> dict:
    """Scores (0-100), LCP (s) and transferred KiB by resource type from one report."""
    categories = report["categories"]
    audits = report["audits"]
    scores = {key: round(100 * (categories[key]["score"] or 0)) for key in categories}
    by_type = dict.fromkeys(TYPES, 0)
    for item in audits["network-requests"]["details"]["items"]:
        kind = (item.get("resourceType") or "other").lower()
        kind = kind if kind in by_type else "other"
        by_type[kind] += item.get("transferSize", 0)
    failing = [
        audit_id
        for key in ("accessibility", "best-practices", "seo")
        for ref in categories[key]["auditRefs"]
        if ref["weight"] and (audits[(audit_id := ref["id"])]["score"] or 0) < 1
    ]
    return {
        "scores": scores,
        "lcp_s": audits["largest-contentful-paint"]["numericValue"] / 1000,
        "kib": {kind: size / 1024 for kind, size in by_type.items()},
        "failing": failing,
    }


def print_table(rows: list[tuple[str, dict]]) -> None:
    """Print the Markdown table of scores, LCP and KiB by type."""
    print(
        "| page | perf | a11y | best | seo | LCP s | KiB total | html | js | css | font | img |"
        "\n|---|---|---|---|---|---|---|---|---|---|---|---|"
    )
    for page, row in rows:
        s, k = row["scores"], row["kib"]
        print(
            f"| {page} | {s['performance']} | {s['accessibility']} | {s['best-practices']} "
            f"| {s['seo']} | {row['lcp_s']:.1f} | {sum(k.values()):.0f} | {k['document']:.0f} "
            f"| {k['script']:.0f} | {k['stylesheet']:.0f} | {k['font']:.0f} | {k['image']:.0f} |"
        )
    perf = [row["scores"]["performance"] for _, row in rows]
    print(f"\nperformance: median {statistics.median(perf)}, lowest {min(perf)}")
    print(f"largest LCP: {max(row['lcp_s'] for _, row in rows):.1f} s")
    for page, row in rows:
        if row["failing"]:
            print(f"{page}: failing audits {', '.join(row['failing'])}")


def main() -> int:
    """Build, serve with gzip, run Lighthouse over every page, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, help="measure this build (skip building)")
    parser.add_argument("--pages", nargs="*", help="only these pages (e.g. book/intro.html)")
    parser.add_argument("--json", type=Path, help="also write the summaries to this file")
    args = parser.parse_args()
    binary = lighthouse_bin()
    with tempfile.TemporaryDirectory(prefix="hielspoor-lh-") as tmp:
        html = args.html or build_copy(Path(tmp) / "src")
        pages = args.pages or [f"{doc}.html" for doc in toc_documents(ROOT)] + ["search.html"]
        server, base = serve(html)
        rows = []
        try:
            for page in pages:
                report = run_lighthouse(binary, f"{base}/{page}", Path(tmp) / "report.json")
                rows.append((page, summarise(report)))
                print(f"  {page}: {rows[-1][1]['scores']}", file=sys.stderr)
        finally:
            server.shutdown()
    print_table(rows)
    if args.json:
        args.json.write_text(json.dumps(dict(rows), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
