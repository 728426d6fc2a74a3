"""Links and settings for running the course on a school's JupyterHub.

The course reaches a class through one link per chapter: `nbgitpuller
<https://nbgitpuller.readthedocs.io/>`_ copies (and later updates) a git repository into the
student's own folder on the hub and opens the chapter. :func:`nbgitpuller_link` builds that
link; ``make link`` prints it.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import quote, urlencode, urlsplit

#: The page JupyterLab opens first: the course's start page.
START_NOTEBOOK = "notebooks/00_start.ipynb"


def _repo_folder(repo_url: str) -> str:
    """Return the folder git (and so nbgitpuller) makes for a repository: its last part."""
    name = PurePosixPath(urlsplit(repo_url).path.rstrip("/")).name
    return name.removesuffix(".git") or "hielspoor"


def nbgitpuller_link(
    *,
    hub_url: str,
    repo_url: str,
    branch: str = "main",
    notebook: str = START_NOTEBOOK,
    folder: str | None = None,
    via_hub: bool = True,
) -> str:
    """Return the nbgitpuller link that opens ``notebook`` of ``repo_url`` on a hub.

    Parameters
    ----------
    hub_url
        The hub's address, e.g. ``https://hub.school.nl``; with ``via_hub=False``, the address
        of one Jupyter server (a single-user server, or a local JupyterLab).
    repo_url
        The git repository students get: the student version, never the teacher's.
    branch
        The branch (e.g. ``student``) to pull.
    notebook
        The notebook to open, relative to the repository.
    folder
        The folder in the student's home; by default the repository's name, as nbgitpuller
        does it.
    via_hub
        Route through ``/hub/user-redirect`` (a JupyterHub link) or not (a single server).

    Raises
    ------
    ValueError
        In Dutch, when an address is not http(s) or the notebook path leaves the repository.

    Examples
    --------
    >>> nbgitpuller_link(hub_url="https://hub.school.nl/",
    ...                  repo_url="https://git.school.nl/fysio/hielspoor-studenten.git",
    ...                  branch="student",
    ...                  notebook="notebooks/07_pijndagboek.ipynb")
    'https://hub.school.nl/hub/user-redirect/git-pull?repo=https%3A%2F%2Fgit.school.nl%2Ffysio%2Fhielspoor-studenten.git&branch=student&urlpath=lab%2Ftree%2Fhielspoor-studenten%2Fnotebooks%2F07_pijndagboek.ipynb'
    """
    if urlsplit(hub_url).scheme not in ("http", "https"):
        raise ValueError(f"Het adres van de hub begint met http:// of https://: {hub_url!r}.")
    if not urlsplit(repo_url).scheme:
        raise ValueError(f"Geef de repository als volledig adres (https://…): {repo_url!r}.")
    path = PurePosixPath(notebook)
    if path.is_absolute() or ".." in path.parts:
        raise ValueError(f"Het notebook moet een pad binnen de repository zijn: {notebook!r}.")
    folder = folder or _repo_folder(repo_url)
    base = hub_url.rstrip("/") + ("/hub/user-redirect" if via_hub else "")
    query = urlencode(
        {"repo": repo_url, "branch": branch, "urlpath": f"lab/tree/{folder}/{path}"},
        quote_via=quote,
        safe="",
    )
    return f"{base}/git-pull?{query}"
