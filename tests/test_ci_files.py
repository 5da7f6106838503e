"""The files users copy into their repositories: the GitHub workflow and the pre-commit config."""

from __future__ import annotations

import tomllib
from typing import Any

import yaml

from broker_contracts.brokers import ROOT


def _pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for dependency in project["dependencies"]:
        name, _, version = dependency.partition("==")
        pins[name] = version
    return pins


def test_workflow_runs_every_check_then_the_review_against_the_target_branch() -> None:
    workflow: dict[Any, Any] = yaml.safe_load((ROOT / ".github" / "workflows" / "contracts.yml").read_text())
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the `on` key as True
    steps = workflow["jobs"]["contracts"]["steps"]
    runs = [step.get("run", "") for step in steps]
    assert "make check" in runs
    assert "make review BASE=origin/${{ github.base_ref }}" in runs
    assert any("$GITHUB_STEP_SUMMARY" in run and "build/review/*.md" in run for run in runs)
    uploads = [step for step in steps if str(step.get("uses", "")).startswith("actions/upload-artifact")]
    assert uploads and "build/*.xml" in uploads[0]["with"]["path"]
    checkout = next(step for step in steps if str(step.get("uses", "")).startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0


def test_pre_commit_hooks_are_pinned_to_the_project_versions() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text())
    revs = {repo["repo"].rsplit("/", 1)[-1]: repo["rev"] for repo in config["repos"]}
    hooks = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    pins = _pins()
    assert revs["openapi-spec-validator"] == pins["openapi-spec-validator"]
    assert revs["ruff-pre-commit"] == "v" + pins["ruff"]
    assert revs["yamllint"] == "v" + pins["yamllint"]
    assert {"openapi-spec-validator", "ruff", "ruff-format", "yamllint"} <= hooks
