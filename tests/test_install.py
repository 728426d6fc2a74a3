"""``pip install .`` in a fresh environment: the package and its data work from any folder.

Builds an sdist from the repository's files (so ``MANIFEST.in`` is exercised), a wheel from
that sdist, installs the wheel (a real, non-editable install) into a new virtual environment
whose dependencies come from the test's own environment (a ``.pth`` file, nothing fetched),
and then, in an empty folder and without ``PYTHONPATH``, imports every module, reads every
registered data set and runs every doctest of the installed package.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import tarfile
import venv
from pathlib import Path

import pytest

from tests.conftest import copy_tracked_files

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.install

CHECK = r"""
import doctest, importlib, pathlib, pkgutil, sys, sysconfig
import hielspoor
from hielspoor import data, paths, references

site = pathlib.Path(sysconfig.get_paths()["purelib"]).resolve()
package = pathlib.Path(hielspoor.__file__).resolve().parent
assert package.is_relative_to(site), f"imported from {package}, not the install in {site}"
assert paths.repo_root() is None, paths.repo_root()
assert paths.data_dir().is_relative_to(package), paths.data_dir()
assert paths.bib_path().is_relative_to(package), paths.bib_path()

# hielspoor.booktools builds the book from the repository's book/ folder (drawings,
# templates); its doctests need a checkout, so they run in the repository tests only.
modules = [
    m.name
    for m in pkgutil.walk_packages(hielspoor.__path__, "hielspoor.")
    if not m.name.startswith("hielspoor.booktools")
]
failed = 0
for name in ["hielspoor", *modules]:
    module = importlib.import_module(name)
    failed += doctest.testmod(module, optionflags=doctest.ELLIPSIS).failed
assert failed == 0, f"{failed} doctest(s) failed in the installed package"

index = data.datasets()
for name, row in index.iterrows():
    path = data.example_path(name)
    assert path.is_file() and path.stat().st_size > 0, path
assert len(references.bib_keys()) > 20
print(f"OK {len(modules) + 1} modules, {len(index)} data sets")
"""


def test_only_paths_locates_the_course_files():
    # A path built from the module's own __file__ works in the repository and breaks when
    # installed (another package's ``pkg.__file__`` is fine).
    own_file = re.compile(r"(?<![\w.])__file__")
    offenders = [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "hielspoor").rglob("*.py"))
        if own_file.search(path.read_text(encoding="utf-8")) and path.name != "paths.py"
    ]
    assert offenders == [], "use hielspoor.paths (data_dir, bib_path, learner_dir)"


def test_installed_package_carries_its_data(tmp_path):
    source, dist, env_dir, elsewhere = (tmp_path / n for n in ("src", "dist", "venv", "ergens"))
    for folder in (source, dist, elsewhere):
        folder.mkdir()
    copy_tracked_files(source, skip=("notebooks/", "book/_vendor/"))

    quiet = {"capture_output": True, "text": True, "check": True}
    build_env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    subprocess.run(
        [sys.executable, "setup.py", "-q", "sdist", "--dist-dir", str(dist)],
        cwd=source, env=build_env, **quiet,
    )  # fmt: skip
    (sdist,) = dist.glob("hielspoor-*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert any(n.endswith("/data/datasets.csv") for n in names)
    assert any(n.endswith("/book/references.bib") for n in names)

    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(dist),
         str(sdist)],
        env=build_env, **quiet,
    )  # fmt: skip
    (wheel,) = dist.glob("hielspoor-*.whl")

    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        **quiet,
    ).stdout.strip()  # fmt: skip
    # Dependencies from this environment, after the new one's own site-packages.
    Path(purelib, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run(
        [*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)],
        env=build_env, **quiet,
    )  # fmt: skip

    result = subprocess.run(
        [str(python), "-c", CHECK],
        cwd=elsewhere, env={**build_env, "MPLBACKEND": "Agg"}, capture_output=True, text=True,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert result.stdout.startswith("OK"), result.stdout
    assert not any(elsewhere.iterdir()), "the package wrote into the working folder"
