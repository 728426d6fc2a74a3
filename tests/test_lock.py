"""The dependency lock: requirements.in pins, requirements.txt locks them with hashes.

``make lock`` regenerates requirements.txt from requirements.in; ``make venv`` installs it
with ``pip install --require-hashes``. These checks fail when a pin was added to one file
only, when a lock entry has no hash, or when this environment drifted from the lock.
"""

from __future__ import annotations

import re
from importlib import metadata

from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

ENTRY = re.compile(r"^(?P<req>[A-Za-z0-9][^\s\\]*(?: ;[^\\]+)?)\s*\\?$")


def _direct_pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.in").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            req = Requirement(line)
            (spec,) = req.specifier
            assert spec.operator == "==", f"{line}: pin direct dependencies with =="
            pins[canonicalize_name(req.name)] = spec.version
    return pins


def _lock() -> list[tuple[Requirement, list[str]]]:
    """Every lock entry with its hashes."""
    entries: list[tuple[Requirement, list[str]]] = []
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("--hash="):
            entries[-1][1].append(stripped.removeprefix("--hash=").rstrip(" \\"))
            continue
        match = ENTRY.match(stripped)
        assert match, f"unexpected line in requirements.txt: {line!r} (run `make lock`)"
        entries.append((Requirement(match["req"]), []))
    return entries


LOCK = _lock()


def test_every_locked_package_is_pinned_with_a_hash():
    for req, hashes in LOCK:
        (spec,) = req.specifier
        assert spec.operator == "==", req
        assert hashes and all(h.startswith("sha256:") for h in hashes), req


def test_every_direct_pin_is_in_the_lock_at_its_version():
    locked = {}
    for req, _ in LOCK:
        locked.setdefault(canonicalize_name(req.name), set()).add(next(iter(req.specifier)).version)
    for name, version in _direct_pins().items():
        assert locked.get(name) == {version}, f"{name}=={version}: run `make lock`"


def test_this_environment_matches_the_lock():
    drift = {}
    for req, _ in LOCK:
        if req.marker is not None and not Marker(str(req.marker)).evaluate():
            continue  # another platform or Python
        (spec,) = req.specifier
        try:
            installed = metadata.version(req.name)
        except metadata.PackageNotFoundError:
            installed = None
        if installed != spec.version:
            drift[req.name] = (spec.version, installed)
    assert drift == {}, "locked vs installed; rebuild the venv with `make venv`"
