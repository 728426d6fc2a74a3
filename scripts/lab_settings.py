"""Write the course's JupyterLab settings and extension into an environment (``sys.prefix``).

Called by ``make lab`` and by ``binder/postBuild`` (repo2docker, BinderHub, JupyterHub images):
the Dutch interface, no news or update checks (nothing asks another host), the course's
start page as the page JupyterLab opens first, and the extension that shows citations as
the book does (``hielspoor.lab``: its server half is enabled, its built browser half copied
into ``share/jupyter/labextensions``). ``--prefix DIR`` writes into another folder instead
(the browser tests use one; JupyterLab then needs ``JUPYTER_PATH=DIR/share/jupyter`` and
``JUPYTER_CONFIG_PATH=DIR/etc/jupyter``).
"""

import argparse
import json
import shutil
import sys
from pathlib import Path

from hielspoor.lab import LABEXTENSION_DIR, LABEXTENSION_NAME

START_URL = "/lab/tree/notebooks/00_start.ipynb"


def write_json(path: Path, content: dict) -> None:
    """Write ``content`` as JSON, making the folder first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2), encoding="utf-8")


def main(prefix: Path) -> None:
    """Write the settings, the server configuration and the extension under ``prefix``."""
    settings = prefix / "share" / "jupyter" / "lab" / "settings" / "overrides.json"
    write_json(
        settings,
        {
            "@jupyterlab/translation-extension:plugin": {"locale": "nl_NL"},
            "@jupyterlab/apputils-extension:notification": {
                "fetchNews": "false",
                "checkForUpdates": False,
            },
        },
    )
    print(f"JupyterLab settings written to {settings}")

    # `jupyter lab` reads LabApp's start page from jupyter_lab_config (a .d folder is not read
    # for it); `jupyter server` and jupyterhub-singleuser read ServerApp's from
    # jupyter_server_config.d, which also enables the citations' server half for all three.
    config_dir = prefix / "etc" / "jupyter"
    start = {
        config_dir / "jupyter_lab_config.json": {"LabApp": {"default_url": START_URL}},
        config_dir / "jupyter_server_config.d" / "hielspoor.json": {
            "ServerApp": {"default_url": START_URL, "jpserver_extensions": {"hielspoor.lab": True}}
        },
    }
    for path, config in start.items():
        write_json(path, config)
    print(f"Start page {START_URL} written to {', '.join(str(path) for path in start)}")

    target = prefix / "share" / "jupyter" / "labextensions" / LABEXTENSION_NAME
    if target.is_symlink() or target.is_file():
        target.unlink()
    elif target.exists():
        shutil.rmtree(target)
    shutil.copytree(LABEXTENSION_DIR, target)
    print(f"JupyterLab extension {LABEXTENSION_NAME} copied to {target}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prefix", type=Path, default=Path(sys.prefix))
    main(parser.parse_args().prefix)
