"""One link for a class: nbgitpuller copies a repository to the student and opens a chapter.

The link comes from :func:`hielspoor.hub.nbgitpuller_link` (``make link``), the repository
is a local git repository on a ``student`` branch, and the server is a real JupyterLab with
the course's environment (which carries nbgitpuller, as the hub image does).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from hielspoor.hub import nbgitpuller_link
from tests.browser.conftest import WatchedPages

pytestmark = [pytest.mark.browser, pytest.mark.lab]

CHAPTER = "notebooks/01_belasting_en_lichaamsgewicht.ipynb"
OPENED = (
    "path => { const w = window.jupyterapp && window.jupyterapp.shell.currentWidget;"
    " return !!w && !!w.context && w.context.path === path; }"
)


@pytest.fixture
def student_repo(tmp_path, root):
    """A git repository with one chapter on the branch ``student``."""
    repo = tmp_path / "hielspoor-studenten"
    (repo / "notebooks").mkdir(parents=True)
    shutil.copy2(root / CHAPTER, repo / CHAPTER)
    git = ["git", "-C", str(repo), "-c", "user.name=Docent", "-c", "user.email=docent@school.nl"]
    subprocess.run(["git", "init", "-q", "-b", "student", str(repo)], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "Studentversie"], check=True)
    return repo


def test_a_class_link_pulls_the_repository_and_opens_the_chapter(
    browser, lab_server, page_logs, student_repo
):
    link = nbgitpuller_link(
        hub_url=lab_server["url"],
        repo_url=student_repo.as_uri(),
        branch="student",
        notebook=CHAPTER,
        via_hub=False,
    )
    pages = WatchedPages(browser, page_logs)
    page = pages.new()
    page.goto(f"{link}&token={lab_server['token']}")
    page.wait_for_function(OPENED, arg=f"hielspoor-studenten/{CHAPTER}", timeout=90_000)
    pulled = lab_server["dir"] / "hielspoor-studenten" / CHAPTER
    assert pulled.read_bytes() == (student_repo / CHAPTER).read_bytes()
    pages.close("De klaslink vroeg andere hosts")
