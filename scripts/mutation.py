"""`make mutation`: conformance must catch every mutant of every broker's mock, and pass the mock.

Runs the conformance harness once per `--runs` with `MUTATION=1` (every broker's faithful mock, and
beside it every mutant of broker_contracts.mutants that applies to it, sent the same cases: see
`broker_contracts.conformance.Mutant`), reads the JUnit report (the faithful mocks) and the mutants'
results, and prints a table: broker, mutant, caught or not, and by which checks (schemathesis codes
such as `ST108 Response violates schema`, or the harness's own `documented error without <header>`,
`with a wrong <header>`, `missing_auth`). The table is written atomically to `build/mutation.md`.

Exits 1 if a mutant is not caught, the faithful mock fails, or two runs disagree.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

from broker_contracts.brokers import ROOT
from broker_contracts.harness import harness_command, harness_env
from broker_contracts.reports import checks_in, write_atomic

REPORT = ROOT / "build" / "mutation.md"
# Fuzzing examples per mutant: every mutant is caught well within it (mutants are one change away
# and the account-id dictionary sends documented accounts half the time).
MUTATION_EXAMPLES = 15
TARGET = re.compile(r"\[(?P<target>[a-z0-9_]+(?:~[A-Za-z0-9_@]+)?)\]")
Table = dict[tuple[str, str], set[str]]


def read_report(path: Path) -> Table:
    """(broker, mutant or 'faithful') -> the set of checks that failed for it (empty: passed)."""
    table: Table = defaultdict(set)
    for case in ET.parse(path).iter("testcase"):
        match = TARGET.search(case.get("name", ""))
        if match is None:
            continue
        broker, _, mutant = match.group("target").partition("~")
        key = (broker, mutant or "faithful")
        table[key]
        for failure in [*case.findall("failure"), *case.findall("error")]:
            table[key] |= checks_in((failure.get("message") or "") + "\n" + (failure.text or ""))
    return dict(table)


def read_mutants(path: Path) -> Table:
    """(broker, mutant) -> the checks that caught it (empty: not caught), from the harness's
    `MUTATION_RESULTS` file (`{"<slug>~<mutant>": [check, ...]}`)."""
    table: Table = {}
    for label, checks in json.loads(path.read_text(encoding="utf-8")).items():
        broker, _, mutant = label.partition("~")
        table[(broker, mutant)] = set(checks)
    return table


def run_once(brokers: str, budget: int = MUTATION_EXAMPLES) -> Table:
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        report, results = Path(tmp) / "mutation.xml", Path(tmp) / "mutants.json"
        env = harness_env(
            MUTATION="1",
            MUTATION_RESULTS=str(results),
            BROKER=brokers,
            BASE_URL="",
            MUTANT="",
            CONFORMANCE_MAX_EXAMPLES=str(budget),
        )
        # The stateful test over the links runs against the faithful mocks only (conformance.py); the
        # full conformance run has it, so the mutation run leaves it out.
        command = harness_command(report, "-q", "-k", "not test_linked_operations_conform_to_contract")
        subprocess.run(command, cwd=ROOT, env=env, check=False, capture_output=True)
        if not report.exists() or not results.exists():
            raise SystemExit("mutation: the conformance run produced no report")
        return {**read_report(report), **read_mutants(results)}


def verdicts(table: Table) -> list[tuple[str, str, bool, str]]:
    """(broker, mutant, as expected, what happened) rows, faithful first per broker."""
    rows = []
    for (broker, mutant), failed in sorted(table.items(), key=lambda kv: (kv[0][0], kv[0][1] != "faithful", kv[0][1])):
        if mutant == "faithful":
            rows.append((broker, mutant, not failed, "passes" if not failed else "FAILS: " + ", ".join(sorted(failed))))
        else:
            rows.append((broker, mutant, bool(failed), ", ".join(sorted(failed)) if failed else "NOT CAUGHT"))
    return rows


def render(rows: list[tuple[str, str, bool, str]], runs: int) -> str:
    caught = sum(ok for _, m, ok, _ in rows if m != "faithful")
    mutants = sum(m != "faithful" for _, m, _, _ in rows)
    lines = [
        "# Mutation run",
        "",
        f"{caught}/{mutants} mutants caught; faithful mocks: "
        f"{'all pass' if all(ok for _, m, ok, _ in rows if m == 'faithful') else 'FAILURES'}; "
        f"{runs} run(s) with identical results.",
        "",
        "| broker | mock | caught | by |",
        "| --- | --- | --- | --- |",
    ]
    for broker, mutant, ok, what in rows:
        mark = ("yes" if ok else "NO") if mutant != "faithful" else ("(passes)" if ok else "FAILS")
        lines.append(f"| {broker} | {mutant} | {mark} | {what} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--brokers", default="")
    p.add_argument("--runs", type=int, default=1, help="repeat the whole run; every run must give the same table")
    p.add_argument("--report", type=Path, default=REPORT, help="where the Markdown table goes")
    args = p.parse_args()
    tables = [run_once(args.brokers) for _ in range(args.runs)]
    rows = verdicts(tables[0])
    text = render(rows, args.runs)
    print(text)
    write_atomic(args.report, text)
    if any(table != tables[0] for table in tables[1:]):
        print("mutation: runs disagree", file=sys.stderr)
        return 1
    return 0 if all(ok for _, _, ok, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
