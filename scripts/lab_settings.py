"""Write the course's JupyterLab settings into the current environment (``sys.prefix``).

Called by ``make lab`` and by ``binder/postBuild`` (repo2docker, BinderHub, JupyterHub images):
the Dutch interface, no news or update checks (nothing asks another host), and the course's
start page as the page JupyterLab opens first.
"""

import json
import sys
from pathlib import Path

START_URL = "/lab/tree/notebooks/00_start.ipynb"

settings_dir = Path(sys.prefix) / "share" / "jupyter" / "lab" / "settings"
settings_dir.mkdir(parents=True, exist_ok=True)
overrides = {
    "@jupyterlab/translation-extension:plugin": {"locale": "nl_NL"},
    "@jupyterlab/apputils-extension:notification": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
}
(settings_dir / "overrides.json").write_text(json.dumps(overrides, indent=2), encoding="utf-8")
print(f"JupyterLab settings written to {settings_dir / 'overrides.json'}")

# `jupyter lab` reads LabApp's start page from jupyter_lab_config (a .d folder is not read for
# it); `jupyter server` and jupyterhub-singleuser read ServerApp's from jupyter_server_config.d.
config_dir = Path(sys.prefix) / "etc" / "jupyter"
(config_dir / "jupyter_server_config.d").mkdir(parents=True, exist_ok=True)
start = {
    config_dir / "jupyter_lab_config.json": {"LabApp": {"default_url": START_URL}},
    config_dir / "jupyter_server_config.d" / "hielspoor.json": {
        "ServerApp": {"default_url": START_URL}
    },
}
for path, config in start.items():
    path.write_text(json.dumps(config, indent=2), encoding="utf-8")
print(f"Start page {START_URL} written to {', '.join(str(path) for path in start)}")
