"""The GitHub workflows: tests on every push and pull request; the book only after them."""

import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def _workflow(name: str) -> dict:
    workflow = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    workflow["on"] = workflow.pop(True, workflow.get("on"))  # YAML 1.1 reads `on` as True
    return workflow


def test_tests_run_ci_script_on_every_push_and_pull_request_and_keep_artifacts():
    workflow = _workflow("test.yml")
    assert {"push", "pull_request"} <= set(workflow["on"])
    assert workflow["on"]["push"] is None  # every branch
    steps = workflow["jobs"]["test"]["steps"]
    assert any(step.get("run") == "bash .ci/run" for step in steps)
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-artifact"))
    assert upload["with"]["path"] == "artifacts/" and upload["if"] == "always()"


def test_book_is_published_only_after_the_tests_passed_on_main():
    tests, book = _workflow("test.yml"), _workflow("book.yml")
    trigger = book["on"]["workflow_run"]
    assert trigger["workflows"] == [tests["name"]] and trigger["branches"] == ["main"]
    assert "push" not in book["on"]
    condition = book["jobs"]["build"]["if"]
    assert "workflow_run.conclusion == 'success'" in condition
    assert book["jobs"]["deploy"]["needs"] == "build"
