"""`make conformance`: run the schemathesis harness (conformance/) for the selected brokers.

In-process against each broker's mock by default; live with `--base-url` (one broker) or with
`<SLUG>_BASE_URL` set per broker, reading credentials from `<SLUG>_TOKEN` (and any other variable
the broker's behaviour file names).
Writes JUnit XML to `<report dir>/conformance-<mode>.xml` (atomically; `build/` by default) beside the
Markdown summaries; exits with pytest's status, or 2 on a usage error or, in live mode, a credential
variable left unset (all of them named, before any session starts).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from _cli import entry

from broker_contracts.access import require_credentials
from broker_contracts.brokers import ROOT, select
from broker_contracts.errors import ContractError
from broker_contracts.harness import harness_command, harness_env
from broker_contracts.mock import load_behaviour
from broker_contracts.reports import summary_table


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--brokers", default="", help="comma-separated slugs (default: all)")
    p.add_argument("--base-url", default="", help="live mode: the server to check (one broker)")
    p.add_argument(
        "--mutant", default="", help="serve this broken variant of the mock instead: <name> or <name>@<operationId>"
    )
    p.add_argument("--max-examples", default="", help="fuzzing budget (default: conformance/schemathesis.toml)")
    p.add_argument("--report-dir", type=Path, default=ROOT / "build", help="where the JUnit and Markdown reports go")
    args, pytest_args = p.parse_known_args()
    root = Path(os.environ.get("BROKER_CONTRACTS_ROOT") or ROOT)  # specs/ and fixtures/ of another project
    try:
        brokers = select(args.brokers, root)
    except ContractError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.base_url and (len(brokers) != 1 or urlsplit(args.base_url).scheme not in ("http", "https")):
        print("error: live mode takes one broker (BROKER=<slug>) and an http(s) BASE_URL", file=sys.stderr)
        return 2
    per_broker = {b.slug: os.environ.get(b.env_var("BASE_URL"), "") for b in brokers}
    for slug, url in per_broker.items():
        if url and urlsplit(url).scheme not in ("http", "https"):
            print(f"error: {slug.upper()}_BASE_URL must be an http(s) URL", file=sys.stderr)
            return 2
    for broker in brokers:  # refused here, before a pytest session starts, naming what is missing
        if args.base_url or per_broker[broker.slug]:
            try:
                require_credentials(broker, load_behaviour(broker).credentials, os.environ)
            except ContractError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
    mode = "live" if args.base_url or any(per_broker.values()) else "mock"
    report = args.report_dir / f"conformance-{mode}.xml"
    report.parent.mkdir(parents=True, exist_ok=True)
    partial = report.with_suffix(".xml.partial")
    env = harness_env(
        BROKER=",".join(b.slug for b in brokers),
        BASE_URL=args.base_url,
        MUTANT=args.mutant,
        CONFORMANCE_MAX_EXAMPLES=args.max_examples,
        CONFORMANCE_REPORT_DIR=str(args.report_dir),
    )
    status = subprocess.run(harness_command(partial, *pytest_args), cwd=ROOT, env=env, check=False).returncode
    if partial.exists():
        partial.replace(report)  # the report appears whole, or not at all
    if not args.mutant:  # a person reads this: one line per broker, then where the reports are
        print("\n" + summary_table(args.report_dir, [b.slug for b in brokers], mode))
        print(f"JUnit report: {report}" if report.exists() else "no JUnit report (the run stopped early)")
    return status


if __name__ == "__main__":
    entry(main)
