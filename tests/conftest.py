"""Shared test set-up: paths and the altair renderer used by the package."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
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
