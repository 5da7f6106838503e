"""`make docs`: one self-contained HTML page per spec, `build/docs/<slug>.html`, and the balances
crosswalk as a table, `build/docs/crosswalk.md` and `crosswalk.html`.

Runs Redocly CLI (pinned in package.json) `build-docs --inlineBundle`, so each page carries its
scripts and renders without network. Each page is built into a temporary file and renamed.
Exits 1 (naming the spec) if Redocly fails, 2 if the Node tools are not installed (`make setup`).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from broker_contracts import crosswalk
from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.reports import write_atomic

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "SCARF_ANALYTICS": "false"}


def build_page(broker: Broker, out_dir: Path) -> Path:
    """Render `broker`'s spec into `out_dir/<slug>.html`; raises `RuntimeError` with Redocly's output."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{broker.slug}.html"
    partial = out_dir / f".{broker.slug}.html.partial"
    command = [str(REDOCLY), "build-docs", str(broker.spec_path), "--output", str(partial), "--inlineBundle"]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **QUIET}, check=False)
    if result.returncode != 0 or not partial.exists():
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"{broker.spec_path}: redocly build-docs failed:\n{result.stdout}{result.stderr}")
    partial.replace(target)
    return target


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--brokers", default="")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    args = p.parse_args()
    if not REDOCLY.exists():
        print("error: node_modules/.bin/redocly is missing; run `make setup`", file=sys.stderr)
        return 2
    for broker in select(args.brokers):
        try:
            page = build_page(broker, args.out)
        except RuntimeError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"docs: {page}")
    table = crosswalk.load()
    write_atomic(args.out / "crosswalk.md", crosswalk.render_markdown(table))
    write_atomic(args.out / "crosswalk.html", crosswalk.render_html(table))
    print(f"docs: {args.out / 'crosswalk.md'} and crosswalk.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
