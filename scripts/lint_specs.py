"""`make lint`, spec part: Spectral's house rules (.spectral.yaml) on every spec, one line per finding.

Spectral (pinned in package.json) does the linting; this prints each finding the way every other
command of the project reports bad input: `<file>: <JSON path> (line L, column C): [<rule>] <message>`
(Spectral's own formats give either the line or the path, not both on one line). Exits 1 when a
finding is a warning or worse, 2 when Spectral itself fails (it prints why).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from _cli import entry

from broker_contracts.brokers import ROOT
from broker_contracts.documents import json_path

SPECTRAL = ROOT / "node_modules" / ".bin" / "spectral"
SEVERITY = ("error", "warning", "info", "hint")


def lines(findings: list[dict[str, object]], root: Path = ROOT) -> list[str]:
    """One line per Spectral JSON finding: file (relative to `root`), JSON path, line and column, rule, message."""
    out = []
    for f in findings:
        start = f["range"]["start"]  # type: ignore[index]
        source = Path(str(f["source"]))
        shown = source.relative_to(root) if source.is_relative_to(root) else source
        place = f"{json_path(tuple(f['path']))} (line {start['line'] + 1}, column {start['character'] + 1})"  # type: ignore[arg-type]
        out.append(f"{SEVERITY[int(f['severity'])]}: {shown}: {place}: [{f['code']}] {f['message']}")  # type: ignore[call-overload]
    return out


def main() -> int:
    specs = sys.argv[1:] or [str(p) for p in sorted((ROOT / "specs").glob("*/openapi.yaml"))]
    command = [str(SPECTRAL), "lint", *specs, "--ruleset", str(ROOT / ".spectral.yaml"), "--format", "json", "--quiet"]
    done = subprocess.run(
        command, capture_output=True, text=True, cwd=ROOT, env={**os.environ, "SCARF_ANALYTICS": "false"}, check=False
    )
    try:
        findings = json.loads(done.stdout or "[]")
    except json.JSONDecodeError:
        print(f"error: spectral failed: {(done.stderr or done.stdout).strip()[:500]}", file=sys.stderr)
        return 2
    for line in lines(findings):
        print(line, file=sys.stderr)
    if any(int(f["severity"]) <= 1 for f in findings):
        return 1
    print(f"lint: {len(specs)} spec(s) pass the house rules")
    return 0


if __name__ == "__main__":
    entry(main)
