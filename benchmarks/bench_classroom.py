"""A classroom on one server: a real JupyterHub, 5 to 30 students at once, chapters 01 and 07.

Run: ``.venv/bin/python benchmarks/bench_classroom.py [--sizes 5 10 20 30]`` (or
``make bench-class``). On first use it makes ``build/hub/``: a virtual environment with
``jupyterhub`` from PyPI on top of the course's own environment (a ``.pth`` file: the same
packages the students use) and ``configurable-http-proxy`` from npm.

Per class size it starts a JupyterHub on 127.0.0.1 (the built-in dummy authenticator and
``SimpleLocalProcessSpawner``: every student a real single-user Jupyter server), logs all
students in at once through the hub's REST API, and has each student open and run every code
cell of chapters 01 and 07 through their server's kernel API, over the hub's proxy, as a
browser would. It prints per class size: time from login to a running server, to the first
chart in chapter 01, to the end of both chapters, failures, and the peak memory (resident set,
``VmHWM``) of each student's server plus kernel. All traffic stays on 127.0.0.1; every wait is
bounded and the hub and all servers are stopped at the end. Not a test: the figures depend on
the machine (this one: see ``book/docent/verspreiden.md``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import sysconfig
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.websocket import websocket_connect

ROOT = Path(__file__).resolve().parent.parent
HUB_DIR = ROOT / "build" / "hub"
JUPYTERHUB = "jupyterhub==6.1.1"
PROXY = "configurable-http-proxy@5.3.0"
CHAPTERS = ["01_belasting_en_lichaamsgewicht.ipynb", "07_pijndagboek.ipynb"]
CHART_MIME = "application/vnd.vegalite.v5+json"
SPAWN_TIMEOUT_S = 300
CELL_TIMEOUT_S = 300
TIMES = ("server_s", "first_chart_s", "done_s")


@dataclass
class Student:
    """What one student's session measured (seconds from login)."""

    name: str
    server_s: float | None = None
    first_chart_s: float | None = None
    done_s: float | None = None
    error: str = ""
    peak_rss_mib: float = 0.0
    kernel_pids: list[int] = field(default_factory=list)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_hub_env() -> Path:
    """Make ``build/hub/venv`` (jupyterhub over the course packages) and the npm proxy."""
    venv_dir = HUB_DIR / "venv"
    python = venv_dir / "bin" / "python"
    if not (venv_dir / "bin" / "jupyterhub").exists():
        subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv_dir)], check=True)
        purelib = subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            capture_output=True, text=True, check=True,
        ).stdout.strip()  # fmt: skip
        Path(purelib, "course.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
        subprocess.run(
            [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
             JUPYTERHUB],
            check=True,
        )  # fmt: skip
    proxy = HUB_DIR / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
    if not proxy.exists():
        subprocess.run(
            ["npm", "install", "--silent", "--prefix", str(HUB_DIR / "node"), PROXY], check=True
        )
    return venv_dir


def hub_config(venv_dir: Path, *, port: int, hub_port: int, api_port: int, token: str) -> str:
    """The hub's configuration: dummy login, local processes, a service token for the test."""
    proxy = HUB_DIR / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
    return f"""
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api_port}"
c.ConfigurableHTTPProxy.command = [{str(proxy)!r}]
c.JupyterHub.authenticator_class = "dummy"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.Spawner.cmd = [{str(venv_dir / "bin" / "jupyterhub-singleuser")!r}]
c.Spawner.args = ["--allow-root"]
c.Spawner.environment = {{"PYTHONPATH": {str(ROOT)!r}}}
c.Spawner.start_timeout = {SPAWN_TIMEOUT_S}
c.Spawner.http_timeout = {SPAWN_TIMEOUT_S}
c.JupyterHub.concurrent_spawn_limit = 0
c.JupyterHub.db_url = "sqlite:///" + {str(HUB_DIR / "jupyterhub.sqlite")!r}
c.JupyterHub.cookie_secret_file = {str(HUB_DIR / "cookie_secret")!r}
c.JupyterHub.services = [{{"name": "klas", "api_token": {token!r}}}]
c.JupyterHub.load_roles = [{{
    "name": "klas", "services": ["klas"],
    "scopes": ["admin:users", "admin:servers", "access:servers"],
}}]
"""


class Hub:
    """A running JupyterHub and the REST calls the benchmark needs."""

    def __init__(self, venv_dir: Path) -> None:
        self.port, self.token = free_port(), secrets.token_hex(16)
        for name in ("jupyterhub.sqlite", "cookie_secret", "jupyterhub-proxy.pid"):
            (HUB_DIR / name).unlink(missing_ok=True)
        config = HUB_DIR / "jupyterhub_config.py"
        config.write_text(hub_config(venv_dir, port=self.port, hub_port=free_port(),
                                     api_port=free_port(), token=self.token))  # fmt: skip
        self.log = (HUB_DIR / "jupyterhub.log").open("w")
        self.process = subprocess.Popen(
            [str(venv_dir / "bin" / "jupyterhub"), "-f", str(config)],
            cwd=HUB_DIR, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        self.base = f"http://127.0.0.1:{self.port}"
        self.http = AsyncHTTPClient(max_clients=200)

    async def call(self, method: str, path: str, body: dict | None = None) -> dict:
        request = HTTPRequest(
            f"{self.base}{path}", method=method, request_timeout=60,
            headers={"Authorization": f"token {self.token}"},
            body=None if body is None and method == "GET" else json.dumps(body or {}),
            allow_nonstandard_methods=True,
        )  # fmt: skip
        response = await self.http.fetch(request, raise_error=False)
        if response.code >= 400:
            raise RuntimeError(f"{method} {path}: HTTP {response.code} {response.body[:200]!r}")
        return json.loads(response.body) if response.body else {}

    async def wait_ready(self, *, timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("JupyterHub stopte; zie build/hub/jupyterhub.log")
            try:
                await self.call("GET", "/hub/api/")
                return
            except (OSError, RuntimeError):
                await asyncio.sleep(0.2)
        raise TimeoutError("JupyterHub startte niet")

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def code_cells(notebook: str) -> list[str]:
    cells = json.loads((ROOT / "notebooks" / notebook).read_text(encoding="utf-8"))["cells"]
    return ["".join(c["source"]) for c in cells if c["cell_type"] == "code"]


def message(code: str, session: str) -> str:
    return json.dumps({
        "header": {"msg_id": uuid.uuid4().hex, "msg_type": "execute_request", "username": "",
                   "session": session, "version": "5.3", "date": ""},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": True,
                    "user_expressions": {}, "allow_stdin": False, "stop_on_error": True},
    })  # fmt: skip


async def run_chapter(hub: Hub, student: Student, notebook: str, start: float) -> None:
    """Open a kernel on the student's server and run the chapter's code cells in order."""
    server = f"/user/{student.name}"
    kernel = await hub.call("POST", f"{server}/api/kernels", {"name": "python3"})
    ws_url = f"ws://127.0.0.1:{hub.port}{server}/api/kernels/{kernel['id']}/channels"
    request = HTTPRequest(ws_url, headers={"Authorization": f"token {hub.token}"})
    connection = await websocket_connect(request)
    session = uuid.uuid4().hex
    try:
        for code in code_cells(notebook):
            sent = json.loads(message(code, session))
            await connection.write_message(json.dumps(sent))
            while True:
                raw = await asyncio.wait_for(connection.read_message(), CELL_TIMEOUT_S)
                if raw is None:
                    raise RuntimeError("verbinding met de kernel verbroken")
                reply = json.loads(raw)
                if reply.get("parent_header", {}).get("msg_id") != sent["header"]["msg_id"]:
                    continue
                kind = reply["header"]["msg_type"]
                data = reply.get("content", {}).get("data", {})
                if kind in ("display_data", "execute_result") and CHART_MIME in data:
                    student.first_chart_s = student.first_chart_s or time.monotonic() - start
                if kind == "error":
                    raise RuntimeError(f"{notebook}: {reply['content']['ename']}")
                if kind == "execute_reply":
                    break
    finally:
        connection.close()


async def one_student(hub: Hub, student: Student) -> None:
    start = time.monotonic()
    try:
        await hub.call("POST", f"/hub/api/users/{student.name}")
        await hub.call("POST", f"/hub/api/users/{student.name}/server")
        deadline = start + SPAWN_TIMEOUT_S
        while True:
            user = await hub.call("GET", f"/hub/api/users/{student.name}")
            if user.get("servers", {}).get("", {}).get("ready"):
                break
            if time.monotonic() > deadline:
                raise TimeoutError("server niet op tijd klaar")
            await asyncio.sleep(0.25)
        student.server_s = time.monotonic() - start
        for notebook in CHAPTERS:
            await run_chapter(hub, student, notebook, start)
        student.done_s = time.monotonic() - start
    except Exception as error:  # noqa: BLE001  (a failed student is a figure, not a crash)
        student.error = f"{type(error).__name__}: {error}"[:200]


def peak_rss_by_user() -> dict[str, float]:
    """Peak resident memory (MiB) of each student's server plus its kernels, from /proc."""
    servers: dict[int, str] = {}
    processes: dict[int, tuple[int, float]] = {}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            status = (proc / "status").read_text()
            environ = (proc / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        hwm_mib = int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
        processes[int(proc.name)] = (int(fields["PPid"]), hwm_mib)
        for item in environ:
            if (
                item.startswith(b"JUPYTERHUB_USER=")
                and b"singleuser" in (proc / "cmdline").read_bytes()
            ):
                servers[int(proc.name)] = item.split(b"=", 1)[1].decode()
    totals: dict[str, float] = {}
    for pid, (parent, hwm) in processes.items():
        owner = servers.get(pid) or servers.get(parent)
        if owner:
            totals[owner] = totals.get(owner, 0.0) + hwm
    return totals


async def class_of(size: int, venv_dir: Path) -> list[Student]:
    hub = Hub(venv_dir)
    students = [Student(f"student{n:02d}") for n in range(1, size + 1)]
    try:
        await hub.wait_ready()
        await asyncio.gather(*(one_student(hub, student) for student in students))
        memory = peak_rss_by_user()
        for student in students:
            student.peak_rss_mib = memory.get(student.name, 0.0)
        for student in students:
            try:
                await hub.call("DELETE", f"/hub/api/users/{student.name}/server")
            except (OSError, RuntimeError):
                pass
    finally:
        hub.stop()
        for student in students:  # SimpleLocalProcessSpawner's homes
            shutil.rmtree(f"/tmp/{student.name}", ignore_errors=True)
    return students


def seconds(values: list[float | None]) -> str:
    done = sorted(v for v in values if v is not None)
    if not done:
        return "–"
    return f"{statistics.median(done):5.1f} / {done[-1]:5.1f}"


def report(size: int, students: list[Student]) -> str:
    failed = [s for s in students if s.error]
    memory = [s.peak_rss_mib for s in students if s.peak_rss_mib]
    mem = f"{statistics.median(memory):4.0f} / {max(memory):4.0f}" if memory else "–"
    times = [seconds([getattr(s, key) for s in students]) for key in TIMES]
    line = f"{size:>5} | " + " | ".join(f"{t:>13}" for t in times)
    line += f" | {len(failed):>7} | {mem:>11}"
    for student in failed[:3]:
        line += f"\n      {student.name}: {student.error}"
    return line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 10, 20, 30])
    args = parser.parse_args(argv)
    HUB_DIR.mkdir(parents=True, exist_ok=True)
    venv_dir = ensure_hub_env()
    memory_gib = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") >> 30
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"{os.cpu_count()} cores, {memory_gib} GiB, load average {load} before the start")
    print("times in s from login "
          "(median / slowest), memory in MiB per student (median / largest)")  # fmt: skip
    print("klas  |  server klaar | eerste grafiek | beide hfdst. | mislukt | geheugen")
    for size in args.sizes:
        started = time.monotonic()
        students = asyncio.run(class_of(size, venv_dir))
        print(report(size, students), f"  ({time.monotonic() - started:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
