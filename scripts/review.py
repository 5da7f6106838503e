"""`make review BASE=<git ref>`: breaking-change report of every spec against its version at BASE.

For each broker of the working tree (and each spec BASE had that is gone now) writes
`build/review/<slug>.md` (atomically) with breaking and non-breaking changes and their rule ids
(broker_contracts.review), prints a one-line summary per spec, and exits 1 if any change is
breaking, 2 on bad input: BASE is not a git revision, or a spec (now or at BASE) is not valid YAML,
which is reported as `<file>: line L, column C: invalid YAML: ...` without a traceback.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import yaml

from broker_contracts.brokers import ROOT, discover
from broker_contracts.documents import load_yaml
from broker_contracts.errors import ContractError
from broker_contracts.reports import write_atomic
from broker_contracts.review import Change, compare, render


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def spec_at(root: Path, base: str, slug: str) -> dict[str, object] | None:
    """The spec of `slug` at revision `base`, or None when it did not exist then.

    Raises `ContractError` (`<base>:specs/<slug>/openapi.yaml`, line and column) for invalid YAML.
    """
    shown = _git(root, "show", f"{base}:specs/{slug}/openapi.yaml")
    if shown.returncode != 0:
        return None
    try:
        loaded: dict[str, object] = yaml.safe_load(shown.stdout)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ContractError(f"{base}:specs/{slug}/openapi.yaml", place, f"invalid YAML: {exc.problem}") from exc
    return loaded


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--base", required=True, help="git revision to compare with, e.g. origin/main or HEAD~1")
    p.add_argument("--root", type=Path, default=ROOT)
    args = p.parse_args()
    if _git(args.root, "rev-parse", "--verify", "--quiet", f"{args.base}^{{commit}}").returncode != 0:
        print(f"error: {args.base!r} is not a git revision of {args.root}", file=sys.stderr)
        return 2
    try:
        return _review(args.root, args.base)
    except ContractError as exc:  # a spec that is not YAML, at BASE or now: bad input, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _review(root: Path, base: str) -> int:
    listed = _git(root, "ls-tree", "--name-only", f"{base}:specs").stdout.split()
    current = {b.slug: b for b in discover(root)}
    breaking = 0
    for slug in sorted(set(current) | {name for name in listed if spec_at(root, base, name) is not None}):
        old = spec_at(root, base, slug) or {"paths": {}}
        new = load_yaml(current[slug].spec_path) if slug in current else {"paths": {}}
        changes: list[Change] = compare(old, new)
        write_atomic(root / "build" / "review" / f"{slug}.md", render(slug, base, changes))
        count = sum(c.breaking for c in changes)
        breaking += count
        print(f"review: {slug}: {count} breaking, {len(changes) - count} non-breaking -> build/review/{slug}.md")
        for change in changes:
            if change.breaking:
                print(f"  BREAKING {change.rule}: {change.where}: {change.detail}")
    return 1 if breaking else 0


if __name__ == "__main__":
    sys.exit(main())
