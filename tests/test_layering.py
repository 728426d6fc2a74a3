"""Layering: models and the display layer load no display library.

Each module is imported in a fresh interpreter, so one module's imports cannot hide
another's. Add a model module here as soon as it passes.
"""

import subprocess
import sys

import pytest

DISPLAY_LIBRARIES = ("altair", "IPython", "ipywidgets")

PURE_MODULES = [
    # models
    "hielspoor.data",
    "hielspoor.validation",
    "hielspoor.load",
    "hielspoor.calf",
    "hielspoor.windlass",
    "hielspoor.stats",
    "hielspoor.class_data",
    "hielspoor.references",
    "hielspoor.claims",
    "hielspoor.evidence",
    "hielspoor.evidence.tables",
    "hielspoor.evidence.odds",
    "hielspoor.evidence.shockwave",
    "hielspoor.schemas.registry",
    "hielspoor.tables",
    "hielspoor.passages",
    "hielspoor.diary",
    "hielspoor.monitoring",
    "hielspoor.monitoring.params",
    "hielspoor.monitoring.day",
    "hielspoor.monitoring.week",
    "hielspoor.programme",
    "hielspoor.programme.plan",
    "hielspoor.programme.export",
    "hielspoor.programme.adjust",
    # the display layer itself
    "hielspoor.display",
    "hielspoor.display.format",
    "hielspoor.display.palette",
    "hielspoor.display.tables",
    "hielspoor.display.disclaimers",
    "hielspoor.display.rule",
    "hielspoor.display.plan",
]

CHECK = """
import importlib, sys
importlib.import_module(sys.argv[1])
print(",".join(name for name in sys.argv[2:] if name in sys.modules))
"""


@pytest.mark.parametrize("module", PURE_MODULES)
def test_module_loads_no_display_library(module):
    done = subprocess.run(
        [sys.executable, "-c", CHECK, module, *DISPLAY_LIBRARIES],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "", f"{module} loads {done.stdout.strip()}"


def test_check_detects_a_display_library():
    done = subprocess.run(
        [sys.executable, "-c", CHECK, "hielspoor.charts", *DISPLAY_LIBRARIES],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "altair" in done.stdout
