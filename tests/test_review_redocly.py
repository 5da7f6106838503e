"""A second opinion: `redocly diff` (our pinned @redocly/cli) on the same pairs as tests/test_review.py.

Both tools must agree on whether each change (and its reverse) is breaking, or the pair is listed in
`DISAGREEMENTS` with the reason one of them is right. Redocly rates by semver bump: `major` is breaking.
The pairs go through one Node process (tests/tools/redocly_diff_many.mjs), whose answers are checked
against the CLI's own on a breaking pair and a non-breaking one.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from pathlib import Path

import pytest
from build_docs import QUIET, REDOCLY

from broker_contracts.brokers import ROOT
from broker_contracts.review import compare
from tests.conftest import to_yaml
from tests.test_review import BASE, RULES

BATCH = ROOT / "tests" / "tools" / "redocly_diff_many.mjs"

# (case id, "forward" or "reverse") -> why the two verdicts differ; every entry must still differ.
DISAGREEMENTS: dict[tuple[str, str], str] = {
    ("header became optional", "forward"): (
        "A response header clients were promised may now be absent: breaking for a client that reads"
        " it (oasdiff: response-header-became-optional, ERR); Redocly rates response headers' presence minor."
    ),
    ("oauth scope removed", "forward"): (
        "A client whose token asks for the removed scope is refused: breaking (our"
        " api-security-component-oauth-scope-removed); Redocly does not rate scope changes in components."
    ),
    ("optional parameter added", "reverse"): (
        "Removing a parameter: a client that still sends it meets a server that ignores unknown query"
        " parameters unless the contract says otherwise (ours do not); info here, WARN in oasdiff, major in Redocly."
    ),
    ("required parameter added", "reverse"): (
        "The same removal, of a parameter that was required: clients that send it keep working;"
        " info here, major in Redocly."
    ),
}


REDOCLY_ENV = {**os.environ, **QUIET}


def _cli_summary(base: Path, revision: Path) -> dict[str, int]:
    """`redocly diff base revision`'s summary ({major, minor, patch} counts), from the CLI itself."""
    done = subprocess.run(
        [str(REDOCLY), "diff", str(base), str(revision), "--format", "json", "--fail-on", "none"],
        capture_output=True, text=True, env=REDOCLY_ENV, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    summary: dict[str, int] = json.loads(done.stdout[done.stdout.index("{") :])["summary"]
    return summary


def _batch_summaries(pairs: list[tuple[Path, Path]], tmp_path: Path) -> list[dict[str, int]]:
    """The same summaries for every pair from one Node process (tests/tools/redocly_diff_many.mjs)."""
    pairs_file, results_file = tmp_path / "pairs.json", tmp_path / "results.json"
    pairs_file.write_text(json.dumps([[str(base), str(revision)] for base, revision in pairs]))
    done = subprocess.run(
        ["node", str(BATCH), str(pairs_file), str(results_file)],
        capture_output=True, text=True, env=REDOCLY_ENV, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    results: list[dict[str, int]] = json.loads(results_file.read_text())
    assert len(results) == len(pairs)
    return results


def _pairs(tmp_path: Path) -> dict[tuple[str, str], tuple[bool, Path, Path]]:
    """(case, direction) -> (ours breaking, base file, revision file), for every case of test_review.RULES."""
    jobs: dict[tuple[str, str], tuple[bool, Path, Path]] = {}
    base_file = tmp_path / "base.yaml"
    base_file.write_text(to_yaml(BASE, sort_keys=False))
    for name, change, _, _ in RULES:
        new = copy.deepcopy(BASE)
        change(new)
        new_file = tmp_path / f"{len(jobs)}.yaml"
        new_file.write_text(to_yaml(new, sort_keys=False))
        jobs[(name, "forward")] = (any(c.breaking for c in compare(BASE, new)), base_file, new_file)
        jobs[(name, "reverse")] = (any(c.breaking for c in compare(new, BASE)), new_file, base_file)
    return jobs


Batch = dict[tuple[str, str], tuple[bool, Path, Path, dict[str, int]]]


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    """(case, direction) -> (ours breaking, base file, revision file, Redocly's summary), every pair
    diffed by one batch run that both tests read (they share a worker)."""
    folder = tmp_path_factory.mktemp("redocly")
    jobs = _pairs(folder)
    summaries = _batch_summaries([(old, new) for _, old, new in jobs.values()], folder)
    return {key: (*job, summary) for (key, job), summary in zip(jobs.items(), summaries, strict=True)}


@pytest.mark.slow
@pytest.mark.xdist_group("redocly")
def test_redocly_diff_agrees_on_breaking_or_the_disagreement_is_explained(batch: Batch) -> None:
    verdicts = {key: (ours, summary["major"] > 0) for key, (ours, _, _, summary) in batch.items()}
    differ = {key for key, (ours, theirs) in verdicts.items() if ours != theirs}
    unexplained = {key: verdicts[key] for key in differ - DISAGREEMENTS.keys()}
    assert unexplained == {}, "ours, redocly's verdicts (breaking?) differ without a reason"
    stale = set(DISAGREEMENTS) - differ
    assert stale == set(), "these listed disagreements no longer disagree"


@pytest.mark.slow
@pytest.mark.xdist_group("redocly")
def test_the_batch_reports_what_the_redocly_cli_reports(batch: Batch) -> None:
    """The one-process batch calls the CLI's internals: it must give the CLI's own summary (a breaking
    change and a non-breaking one)."""
    for key in [("required parameter added", "forward"), ("optional parameter added", "forward")]:
        _, old, new, summary = batch[key]
        assert summary == _cli_summary(old, new), key
