"""Conformance reports: which checks a failure cites, and the Markdown summary per broker.

Used by the conformance harness (conformance/conftest.py writes `build/conformance-<target>.md`)
and by scripts/mutation.py (the mutation table). Reports hold only what pytest and schemathesis
printed, where credentials are already redacted (`Authorization: [Filtered]`).
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

CHECK_PATTERNS = [
    (re.compile(r"ST\d+ [^\n|]+"), None),
    (re.compile(r"without (?P<h>[\w-]+): expected the documented"), "documented error without {h}"),
    (re.compile(r"with a wrong (?P<h>[\w-]+): expected the documented"), "documented error with a wrong {h}"),
    (re.compile(r"missing_auth: "), "missing_auth"),
]
CURL = re.compile(r"curl -X [^\n]+")


def checks_in(text: str) -> set[str]:
    """Names of the checks a failure report cites: schemathesis codes (`ST108 Response violates
    schema`) or the harness's own (`documented error without Et-App-Key`, `missing_auth`)."""
    found = set()
    for pattern, label in CHECK_PATTERNS:
        for match in pattern.finditer(text):
            found.add(match.group(0).strip() if label is None else label.format(**match.groupdict()))
    return found or {"(unnamed failure)"}


def curls_in(text: str) -> list[str]:
    """The reproducible `curl` commands in a failure report, deduplicated, in order."""
    return list(dict.fromkeys(match.group(0).strip() for match in CURL.finditer(text)))


@dataclass
class Failure:
    """One failed test of a target: its name, the checks it cites, and curls that reproduce it."""

    test: str
    checks: set[str]
    curls: list[str]


@dataclass
class Summary:
    """What one conformance target (broker, mode) did: cases sent and failures."""

    target: str
    mode: str
    cases: int = 0
    failures: list[Failure] = field(default_factory=list)

    def render(self, checks_run: list[str]) -> str:
        """The Markdown summary: checks run, cases sent, failures with reproducible curls."""
        status = "PASSED" if not self.failures else f"FAILED ({len(self.failures)} failing test(s))"
        lines = [
            f"# Conformance: {self.target} ({self.mode})",
            "",
            f"**{status}**; {self.cases} case(s) sent.",
            "",
            "Checks run: " + ", ".join(f"`{name}`" for name in checks_run) + ".",
            "",
        ]
        for failure in self.failures:
            lines += [f"## {failure.test}", "", "Failed checks: " + ", ".join(sorted(failure.checks)), ""]
            lines += ["```", *failure.curls, "```", ""] if failure.curls else []
        return "\n".join(lines)


def write_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file of its own, renamed: a reader never sees half a
    report, and two processes writing the same path at once leave one whole copy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as partial:
            partial.write(text)
        os.chmod(name, 0o644)  # mkstemp's 0600 would make reports private to their writer
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


_SUMMARY_STATUS = re.compile(r"^\*\*(PASSED|FAILED[^*]*)\*\*; (\d+) case\(s\) sent\.$", re.M)


def summary_table(report_dir: Path, slugs: list[str], mode: str) -> str:
    """The end of `make run`/`make conformance`: one row per broker read from its Markdown summary
    (`<report_dir>/conformance-<slug>-<mode>.md`): result, cases sent, checks run, the report's path.
    A broker whose summary is missing (the run stopped before it) is shown as such."""
    width = max([14, *map(len, slugs)])  # tradestation_v3 is longer than the 14 the column started with
    rows = [f"{'broker':<{width}} {'result':<10} {'cases':>6} {'checks':>7}  report", "-" * (58 + width)]
    for slug in slugs:
        path = report_dir / f"conformance-{slug}-{mode}.md"
        text = path.read_text(encoding="utf-8") if path.is_file() else ""
        found = _SUMMARY_STATUS.search(text)
        checks = text.split("Checks run: ", 1)[1].split("\n", 1)[0].count("`") // 2 if "Checks run: " in text else 0
        result = ("passed" if found.group(1) == "PASSED" else "FAILED") if found else "no report"
        cases = found.group(2) if found else "-"
        shown = os.path.relpath(path) if found else "-"
        rows.append(f"{slug:<{width}} {result:<10} {cases:>6} {checks:>7}  {shown}")
    return "\n".join(rows)
