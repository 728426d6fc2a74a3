"""Print the nbgitpuller link that opens a chapter for a whole class on a JupyterHub.

Usage (``make link`` calls this)::

    .venv/bin/python scripts/class_link.py --hub https://hub.school.nl \
        --repo https://git.school.nl/fysio/hielspoor-studenten --branch main \
        [--notebook notebooks/07_pijndagboek.ipynb | --all]

``--all`` prints one link per chapter (from the chapter registry). See
``book/docent/verspreiden.md``.
"""

from __future__ import annotations

import argparse

from hielspoor.hub import START_NOTEBOOK, nbgitpuller_link


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hub", required=True, help="adres van de hub")
    parser.add_argument("--repo", required=True, help="git-repository met de studentversie")
    parser.add_argument("--branch", default="main")
    parser.add_argument("--notebook", default=START_NOTEBOOK)
    parser.add_argument("--all", action="store_true", help="een link per hoofdstuk")
    args = parser.parse_args(argv)
    notebooks = [args.notebook]
    if args.all:
        from hielspoor.chapters import chapters

        notebooks = [START_NOTEBOOK] + [f"notebooks/{c.file}" for c in chapters()]
    for notebook in notebooks:
        link = nbgitpuller_link(
            hub_url=args.hub, repo_url=args.repo, branch=args.branch, notebook=notebook
        )
        print(f"{notebook}\n  {link}" if args.all else link)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
