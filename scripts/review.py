"""`make review BASE=<git ref> [FORMAT=markdown|github|json]`: breaking-change report of every spec
against its version at BASE.

For each broker of the working tree (and each spec BASE had that is gone now) writes
`build/review/<slug>.md` (atomically) with breaking and non-breaking changes and their rule ids
(broker_contracts.review), after applying `review.yaml` (per-rule level overrides; ignore entries
with a reason and an expiry date). On stdout: a one-line summary per spec (markdown), GitHub
Actions annotations at the line of each changed node in the new spec (github), or one JSON
document (json). Exits 0 when no change of level `error` is left, 1 when one is, 2 on bad input:
BASE is not a git revision, a spec (now or at BASE) is not valid YAML, or review.yaml is invalid,
each reported in one line (`<file>: <place>: <reason>`) without a traceback.
"""

from __future__ import annotations

import argparse
import datetime
import json
import subprocess
import sys
from pathlib import Path

from _cli import entry

from broker_contracts.brokers import ROOT, discover
from broker_contracts.documents import load_yaml, parse_yaml
from broker_contracts.errors import ContractError
from broker_contracts.reports import write_atomic
from broker_contracts.review import (
    Change,
    Ignore,
    compare,
    configure,
    line_of,
    load_config,
    locate,
    render,
    render_github,
    render_json,
)


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)


def spec_at(root: Path, base: str, slug: str) -> dict[str, object] | None:
    """The spec of `slug` at revision `base`, or None when it did not exist then.

    Raises `ContractError` (`<base>:specs/<slug>/openapi.yaml`, line and column) for invalid YAML.
    """
    shown = _git(root, "show", f"{base}:specs/{slug}/openapi.yaml")
    if shown.returncode != 0:
        return None
    loaded: dict[str, object] = parse_yaml(shown.stdout, f"{base}:specs/{slug}/openapi.yaml")
    return loaded


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--base", required=True, help="git revision to compare with, e.g. origin/main or HEAD~1")
    p.add_argument("--root", type=Path, default=ROOT)
    p.add_argument("--format", choices=("markdown", "github", "json"), default="markdown")
    p.add_argument("--config", type=Path, default=None, help="default: review.yaml at the project root")
    args = p.parse_args()
    if _git(args.root, "rev-parse", "--verify", "--quiet", f"{args.base}^{{commit}}").returncode != 0:
        print(f"error: {args.base!r} is not a git revision of {args.root}", file=sys.stderr)
        return 2
    try:
        overrides, ignores = load_config(args.config or args.root / "review.yaml")
        return _review(args.root, args.base, args.format, overrides, ignores)
    except ContractError as exc:  # a spec that is not YAML, at BASE or now: bad input, no traceback
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _review(root: Path, base: str, form: str, overrides: dict[str, str], ignores: list[Ignore]) -> int:
    # Folders only (`-d`): the files beside them (crosswalks, the evidence schema) are no contracts.
    listed = _git(root, "ls-tree", "-d", "--name-only", f"{base}:specs").stdout.split()
    current = {b.slug: b for b in discover(root)}
    before = {name: spec_at(root, base, name) for name in sorted(set(listed) | set(current))}
    errors = 0
    records: list[dict[str, object]] = []
    for slug in sorted(set(current) | {name for name, spec in before.items() if spec is not None}):
        old = before[slug] or {"paths": {}}
        new = load_yaml(current[slug].spec_path) if slug in current else {"paths": {}}
        found, notes = configure(compare(old, new), overrides, ignores, datetime.date.today())
        changes: list[Change] = found
        file = f"specs/{slug}/openapi.yaml"
        text = current[slug].spec_path.read_text() if slug in current else ""
        lines = {c: line_of(text, locate(new, c)) if text else 1 for c in changes}
        write_atomic(root / "build" / "review" / f"{slug}.md", render(slug, base, changes))
        count = sum(c.breaking for c in changes)
        errors += count
        if form == "markdown":
            print(f"review: {slug}: {count} breaking, {len(changes) - count} non-breaking -> build/review/{slug}.md")
            for change in changes:
                if change.breaking:
                    print(f"  BREAKING {change.rule}: {change.where}: {change.detail}")
        elif form == "github" and changes:
            print(render_github(file, changes, lines))
        records += render_json(slug, base, changes, lines)
        for note in notes:
            print(f"review: {slug}: {note}", file=sys.stderr)
    if form == "json":
        print(json.dumps({"base": base, "breaking": errors, "changes": records}, indent=2))
    return 1 if errors else 0


if __name__ == "__main__":
    entry(main)
