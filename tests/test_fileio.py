"""Tests for hielspoor.fileio: atomic writes, locking, CSV formula neutralising."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hielspoor import fileio
from hielspoor.fileio import SaveError
from tests.diary_support import lock_held_elsewhere, run_processes


def test_atomic_write_creates_replaces_and_leaves_no_temp_file(tmp_path):
    path = tmp_path / "a.csv"
    assert fileio.atomic_write_bytes(path, b"een") == path.resolve()
    fileio.atomic_write_bytes(path, b"twee")
    assert path.read_bytes() == b"twee"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_atomic_write_keeps_file_mode(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"oud")
    path.chmod(0o640)
    fileio.atomic_write_bytes(path, b"nieuw")
    assert path.stat().st_mode & 0o777 == 0o640


def test_atomic_write_new_file_follows_umask(tmp_path):
    old = os.umask(0o027)
    try:
        fileio.atomic_write_bytes(tmp_path / "a.csv", b"x")
    finally:
        os.umask(old)
    assert (tmp_path / "a.csv").stat().st_mode & 0o777 == 0o640


def test_atomic_write_through_symlink_keeps_the_link(tmp_path):
    synced = tmp_path / "sync"
    synced.mkdir()
    real = synced / "dagboek.csv"
    real.write_bytes(b"oud")
    link = tmp_path / "dagboek.csv"
    link.symlink_to(real)
    written = fileio.atomic_write_bytes(link, b"nieuw")
    assert link.is_symlink()
    assert written == real.resolve()
    assert real.read_bytes() == b"nieuw"
    assert sorted(p.name for p in synced.iterdir()) == ["dagboek.csv"]


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.ENOSPC, "de schijf is vol"),
        (errno.EACCES, "geen toestemming"),
        (errno.EROFS, "de schijf of map is alleen-lezen"),
    ],
)
def test_atomic_write_failure_is_dutch_and_keeps_the_original(tmp_path, monkeypatch, code, message):
    path = tmp_path / "a.csv"
    path.write_bytes(b"origineel")

    def broken(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(SaveError, match=f"Niet opgeslagen: {message}.*a.csv is niet veranderd"):
        fileio.atomic_write_bytes(path, b"nieuw")
    assert path.read_bytes() == b"origineel"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_atomic_write_in_read_only_folder_is_dutch(tmp_path, monkeypatch):
    # Tests may run as root, where chmod does not stop writing: simulate the refusal.
    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(SaveError, match="geen toestemming om in deze map"):
        fileio.atomic_write_bytes(tmp_path / "a.csv", b"x")


def test_atomic_write_when_replace_is_refused_like_a_file_open_in_excel(tmp_path, monkeypatch):
    path = tmp_path / "a.csv"
    path.write_bytes(b"origineel")

    def refused(src, dst):
        raise PermissionError(errno.EACCES, "file in use")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(SaveError, match="geopend in een ander programma"):
        fileio.atomic_write_bytes(path, b"nieuw")
    assert path.read_bytes() == b"origineel"
    assert [p.name for p in tmp_path.iterdir()] == ["a.csv"]


def test_file_lock_held_by_another_process_gives_dutch_timeout(tmp_path):
    path = tmp_path / "a.csv"
    with lock_held_elsewhere(path):
        with pytest.raises(SaveError, match="a.csv is in gebruik"):
            fileio.update_file(path, lambda old: b"x", timeout_s=0.2)
        assert not path.exists()
    fileio.update_file(path, lambda old: b"x", timeout_s=5)
    assert path.read_bytes() == b"x"


def test_file_lock_is_reentrant_in_one_thread(tmp_path):
    path = tmp_path / "a.csv"
    with fileio.file_lock(path), fileio.file_lock(path, timeout_s=0.1):
        fileio.atomic_write_bytes(path, b"x")
    assert path.read_bytes() == b"x"


def _append_lines(path: str, worker: int, count: int) -> None:
    for number in range(count):
        fileio.update_file(path, lambda old, n=number: (old or b"") + f"{worker}-{n}\n".encode())


def test_update_file_loses_nothing_with_four_real_processes(tmp_path):
    path = tmp_path / "log.txt"
    run_processes(_append_lines, [(str(path), worker, 20) for worker in range(4)])
    lines = path.read_text().splitlines()
    assert sorted(lines) == sorted(f"{w}-{n}" for w in range(4) for n in range(20))


def test_update_file_error_in_change_leaves_file(tmp_path):
    path = tmp_path / "a.csv"
    path.write_bytes(b"oud")

    def fail(old):
        raise ValueError("nee")

    with pytest.raises(ValueError, match="nee"):
        fileio.update_file(path, fail)
    assert path.read_bytes() == b"oud"


@pytest.mark.parametrize("first", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_formula_prefixes_every_trigger(first):
    text = first + "SUM(A1:A9)"
    assert fileio.neutralise_formula(text) == "'" + text
    assert fileio.restore_formula(fileio.neutralise_formula(text)) == text


@pytest.mark.parametrize("text", ["", "hielheffen", "'s ochtends", "5 graden", " =spatie"])
def test_neutralise_formula_leaves_harmless_text(text):
    assert fileio.neutralise_formula(text) == text
    assert fileio.restore_formula(text) == text


@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab ;\"\n"), max_size=8) | st.text(max_size=20))
def test_neutralise_then_restore_gives_back_exactly_the_text(text):
    safe = fileio.neutralise_formula(text)
    assert not safe.startswith(fileio.FORMULA_TRIGGERS)
    assert fileio.restore_formula(safe) == text


def test_lock_file_is_hidden_next_to_the_real_file(tmp_path):
    real_dir = tmp_path / "sync"
    real_dir.mkdir()
    link = tmp_path / "d.csv"
    link.symlink_to(real_dir / "d.csv")
    with fileio.file_lock(link):
        assert (real_dir / ".d.csv.lock").exists()
    assert Path(fileio.real_path(link)).parent == real_dir.resolve()
