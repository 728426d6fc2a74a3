"""Browser fixtures: the built book and a real JupyterLab, in Debian's headless chromium.

Never `playwright install`: Playwright drives /usr/bin/chromium (apt-get install chromium).
Every request that leaves 127.0.0.1 is aborted and recorded; a test that caused one fails.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.browser.waits import ALL_CELLS_RUN, KERNEL_IDLE
from tests.conftest import free_port, wait_until_answering

CHROMIUM = os.environ.get("HIELSPOOR_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
SCROLL_TO_FIRST_CHART = (
    "() => { const c = document.querySelector('.vl-chart'); if (c) c.scrollIntoView(); }"
)
# Charts drawn = every .vl-chart div holds a live vega view (book/_assets/vl-init.js).
CHARTS_DRAWN = (
    "() => [...document.querySelectorAll('.vl-chart')]"
    ".every(d => d.dataset.vlDrawn === 'true' && d.querySelector('svg'))"
)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def book_url(built_book: Path) -> Iterator[str]:
    """Serve the built book on 127.0.0.1 with a free port."""
    handler = partial(_QuietHandler, directory=str(built_book))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser(tmp_path_factory: pytest.TempPathFactory):
    """A headless Debian chromium driven by Playwright."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} ontbreekt: apt-get install -y chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
            locale="nl-NL",
            viewport={"width": 1280, "height": 900},
        )
        yield context
        context.close()


class PageLog:
    """What a page did: requests to other hosts and console errors."""

    def __init__(self) -> None:
        self.external: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []


def _watch(page, log: PageLog) -> None:
    def route(route) -> None:
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in LOCAL_HOSTS:
            route.continue_()
        else:
            log.external.append(route.request.url)
            route.abort()

    page.route("**/*", route)
    page.on(
        "console",
        lambda msg: log.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda err: log.page_errors.append(str(err)))


class WatchedPages:
    """Pages opened by one test, each watched; closing them fails on any outside request."""

    def __init__(self, browser, page_logs: dict) -> None:
        self.browser, self.page_logs, self.pages = browser, page_logs, []

    def new(self):
        page = self.browser.new_page()
        log = PageLog()
        _watch(page, log)
        self.page_logs[page] = log
        self.pages.append(page)
        return page

    def close(self, message: str) -> None:
        external = [url for page in self.pages for url in self.page_logs[page].external]
        for page in self.pages:
            page.close()
        assert not external, f"{message}: {external}"


@pytest.fixture
def page_logs() -> dict:
    """Logs of the pages a test opened, keyed by page."""
    return {}


@pytest.fixture
def open_book_page(browser, book_url: str, page_logs: dict) -> Iterator[Callable]:
    """Open a page of the built book and wait until its charts are drawn.

    Usage: ``page = open_book_page("notebooks/01_belasting_en_lichaamsgewicht.html")``;
    ``page_logs[page]`` holds its requests to other hosts and console errors. The
    test fails afterwards if any page asked another host for anything.
    """
    pages = WatchedPages(browser, page_logs)

    def open_page(relpath: str, *, wait_for_charts: bool = True):
        page = pages.new()
        page.goto(f"{book_url}/{relpath}", wait_until="networkidle")
        if wait_for_charts:
            # Charts are pictures until one comes into view; then vega loads and makes
            # every chart on the page live (book/_assets/vl-init.js).
            page.evaluate(SCROLL_TO_FIRST_CHART)
            page.wait_for_function(CHARTS_DRAWN, timeout=15_000)
        return page

    yield open_page
    pages.close("Verzoeken naar andere hosts")


def _wait_until_serving(process, ready: threading.Event, status_url: str, log: Path) -> None:
    """Wait until JupyterLab printed its URL, then until its status answers (it binds last)."""
    if not ready.wait(timeout=90):
        pytest.fail("JupyterLab startte niet binnen 90 s")
    if wait_until_answering(process, status_url):
        return
    if process.poll() is None:
        pytest.fail("JupyterLab antwoordt niet")
    pytest.fail(f"JupyterLab stopte: {log.read_text()[-2000:]}")


@pytest.fixture(scope="session")
def lab_server(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """A real JupyterLab on 127.0.0.1, serving a scratch copy of notebooks/.

    The copy keeps the committed notebooks untouched when JupyterLab saves.
    """
    workdir = tmp_path_factory.mktemp("lab")
    shutil.copytree(root / "notebooks", workdir / "notebooks")
    port, token = free_port(), "hielspoor-test"
    jupyter = Path(sys.executable).parent / "jupyter"
    log_path = workdir / "lab.log"
    # What `make lab` installs (settings, the citations extension) from this checkout, into a
    # scratch prefix that comes first, so the test never depends on the venv's copy.
    prefix = workdir / "prefix"
    subprocess.run(
        [sys.executable, str(root / "scripts" / "lab_settings.py"), "--prefix", str(prefix)],
        check=True, capture_output=True,
    )  # fmt: skip
    # The learner's files (diary, plan) go to a scratch folder, never into the repository.
    env = {
        **os.environ,
        "HIELSPOOR_BESTANDEN": str(workdir / "mijn_bestanden"),
        "JUPYTER_PATH": os.pathsep.join(
            filter(None, [str(prefix / "share" / "jupyter"), os.environ.get("JUPYTER_PATH")])
        ),
        "JUPYTER_CONFIG_PATH": os.pathsep.join(
            filter(None, [str(prefix / "etc" / "jupyter"), os.environ.get("JUPYTER_CONFIG_PATH")])
        ),
    }
    process = subprocess.Popen(
        [
            str(jupyter), "lab", "--no-browser", "--allow-root",
            f"--port={port}", "--ServerApp.ip=127.0.0.1", f"--ServerApp.token={token}",
            f"--ServerApp.root_dir={workdir}", "--LabApp.expose_app_in_browser=True",
            "--ServerApp.disable_check_xsrf=True", "--LabApp.news_url=",
        ],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, cwd=workdir, text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    ready = threading.Event()

    def copy_log() -> None:
        """Copy the server's output to lab.log; ready once it prints its URL (or exits)."""
        with log_path.open("w") as log:
            for line in process.stdout:
                log.write(line)
                log.flush()
                if f"127.0.0.1:{port}/lab" in line:
                    ready.set()
        ready.set()

    threading.Thread(target=copy_log, daemon=True).start()
    try:
        _wait_until_serving(process, ready, f"{base}/api/status?token={token}", log_path)
    except BaseException:
        process.kill()  # never leave a server behind when the start fails
        raise
    yield {"url": base, "token": token, "dir": workdir}
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def open_lab_notebook(browser, lab_server: dict, page_logs: dict) -> Iterator[Callable]:
    """Open ``notebooks/<relpath>`` in real JupyterLab and wait for an idle kernel.

    Use the ``run_all`` fixture to run every cell of the opened notebook.
    """
    pages = WatchedPages(browser, page_logs)

    def open_notebook(relpath: str):
        page = pages.new()
        # A fresh workspace per page, so notebooks opened by earlier tests do not reopen.
        workspace = f"test-{len(pages.pages)}-{relpath.replace('.', '-')}"
        url = (
            f"{lab_server['url']}/lab/workspaces/{workspace}/tree/notebooks/{relpath}"
            f"?reset&token={lab_server['token']}"
        )
        page.goto(url)
        page.wait_for_function(KERNEL_IDLE, timeout=90_000, polling=500)
        return page

    yield open_notebook
    pages.close("JupyterLab vroeg andere hosts")


def run_all_cells(page, *, timeout_ms: int = 120_000) -> None:
    """Run every cell of the open notebook and wait until the kernel is idle again."""
    # The command's promise resolves when every cell has run; then the widgets' messages
    # have been answered once the kernel is idle again.
    page.evaluate(
        "async () => { await window.jupyterapp.commands.execute('notebook:run-all-cells'); }"
    )
    page.wait_for_function(ALL_CELLS_RUN, timeout=timeout_ms, polling=500)
    page.wait_for_function(KERNEL_IDLE, timeout=timeout_ms, polling=500)


@pytest.fixture
def run_all() -> Callable:
    """The function that runs every cell of the notebook open in a page."""
    return run_all_cells
