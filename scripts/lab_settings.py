"""Write JupyterLab settings into the venv: Dutch interface, no news or update checks."""

import json
import sys
from pathlib import Path

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
