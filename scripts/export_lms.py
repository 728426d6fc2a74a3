"""Export every quiz and case question for a school's learning environment.

Usage (``make lms`` calls this)::

    .venv/bin/python scripts/export_lms.py --out build/lms

Writes ``<out>/hielspoor-moodle.xml`` (Moodle XML) and ``<out>/hielspoor-qti.zip`` (IMS QTI
1.2, for Canvas and Brightspace). How to import them: ``book/docent/verspreiden.md``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hielspoor import lms

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "lms")
    args = parser.parse_args(argv)
    for path in lms.write_exports(args.out):
        print(f"geschreven: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
