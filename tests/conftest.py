"""Shared test set-up: paths and the altair renderer used by the package."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The built book; HIELSPOOR_BOOK_HTML points the tests at another build folder.
BUILD_HTML = Path(os.environ.get("HIELSPOOR_BOOK_HTML", ROOT / "_build" / "html"))


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def built_book() -> Path:
    """The built book; fails with a hint when `make book` has not run."""
    if not (BUILD_HTML / "index.html").exists():
        pytest.fail("Het boek is nog niet gebouwd: run eerst `make book`.")
    return BUILD_HTML


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def copy_tracked_files(target: Path, *, skip: tuple[str, ...] = ()) -> None:
    """Copy the files git knows (tracked, or new and not ignored) into ``target``.

    ``skip`` holds path prefixes to leave out, e.g. ``("notebooks/",)``.
    """
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT, capture_output=True, check=True,
    ).stdout.decode().split("\0")  # fmt: skip
    for name in filter(None, listed):
        source = ROOT / name
        if source.is_file() and not source.is_symlink() and not name.startswith(skip):
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def wait_until_answering(process: subprocess.Popen, url: str, *, timeout_s: float = 30) -> bool:
    """Poll ``url`` until it answers with JSON; False when ``process`` dies or time runs out."""
    deadline = time.monotonic() + timeout_s
    while process.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                json.load(response)
                return True
        except OSError:
            if time.monotonic() > deadline:
                return False
            try:
                process.wait(timeout=0.05)  # returns at once if the server died
            except subprocess.TimeoutExpired:
                pass
    return False
