"""A second opinion: `redocly diff` (our pinned @redocly/cli) on the same pairs as tests/test_review.py.

Both tools must agree on whether each change (and its reverse) is breaking, or the pair is listed in
`DISAGREEMENTS` with the reason one of them is right. Redocly rates by semver bump: `major` is breaking.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from broker_contracts.brokers import ROOT
from broker_contracts.review import compare
from tests.test_review import BASE, RULES

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"

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


def _redocly_breaking(base: Path, revision: Path) -> bool:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    done = subprocess.run(
        [str(REDOCLY), "diff", str(base), str(revision), "--format", "json", "--fail-on", "none"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, Any] = json.loads(done.stdout[done.stdout.index("{") :])
    return int(report["summary"]["major"]) > 0


def _verdicts(tmp_path: Path) -> dict[tuple[str, str], tuple[bool, bool]]:
    """(case, direction) -> (ours breaking, redocly breaking), redocly run in parallel."""
    jobs: dict[tuple[str, str], tuple[bool, Path, Path]] = {}
    base_file = tmp_path / "base.yaml"
    base_file.write_text(yaml.safe_dump(BASE, sort_keys=False))
    for name, change, _, _ in RULES:
        new = copy.deepcopy(BASE)
        change(new)
        new_file = tmp_path / f"{len(jobs)}.yaml"
        new_file.write_text(yaml.safe_dump(new, sort_keys=False))
        ours_forward = any(c.breaking for c in compare(BASE, new))
        ours_reverse = any(c.breaking for c in compare(new, BASE))
        jobs[(name, "forward")] = (ours_forward, base_file, new_file)
        jobs[(name, "reverse")] = (ours_reverse, new_file, base_file)
    with ThreadPoolExecutor(max_workers=4) as pool:
        theirs = {key: pool.submit(_redocly_breaking, old, new) for key, (_, old, new) in jobs.items()}
        return {key: (jobs[key][0], future.result()) for key, future in theirs.items()}


@pytest.mark.slow
def test_redocly_diff_agrees_on_breaking_or_the_disagreement_is_explained(tmp_path: Path) -> None:
    verdicts = _verdicts(tmp_path)
    differ = {key for key, (ours, theirs) in verdicts.items() if ours != theirs}
    unexplained = {key: verdicts[key] for key in differ - DISAGREEMENTS.keys()}
    assert unexplained == {}, "ours, redocly's verdicts (breaking?) differ without a reason"
    stale = set(DISAGREEMENTS) - differ
    assert stale == set(), "these listed disagreements no longer disagree"
