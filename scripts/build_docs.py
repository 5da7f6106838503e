"""`make docs`: one self-contained HTML page per spec, `build/docs/<slug>.html`, and the balances
crosswalk as a table, `build/docs/crosswalk.md` and `crosswalk.html`.

Runs Redocly CLI (pinned in package.json) `build-docs --inlineBundle`, so each page carries its
scripts and renders without network. Each page is built into a temporary file and renamed. A page
whose inputs (every file of `specs/<slug>/`, the Redocly version, the command) are those of the
page already there is not rebuilt: its digest is kept beside it, `.<slug>.html.inputs`.
Exits 1 (naming the spec) if Redocly fails, 2 if the Node tools are not installed (`make setup`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from broker_contracts import crosswalk
from broker_contracts.brokers import ROOT, Broker, select
from broker_contracts.reports import write_atomic

REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"
REDOCLY_PACKAGE = ROOT / "node_modules" / "@redocly" / "cli"
QUIET = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "SCARF_ANALYTICS": "false"}


def _command(spec: Path, output: Path) -> list[str]:
    return [str(REDOCLY), "build-docs", str(spec), "--output", str(output), "--inlineBundle"]


def inputs_digest(broker: Broker) -> str:
    """SHA-256 over what a page is built from: every file of the spec's folder (names and bytes), the
    installed Redocly version and the build command's options."""
    version = json.loads((REDOCLY_PACKAGE / "package.json").read_text(encoding="utf-8"))["version"]
    digest = hashlib.sha256(f"{version}\0{_command(Path('spec'), Path('out'))[2:]}\0".encode())
    folder = broker.spec_path.parent
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_page(broker: Broker, out_dir: Path) -> Path:
    """Render `broker`'s spec into `out_dir/<slug>.html`, unless the page there was built from the same
    inputs (`inputs_digest`); raises `RuntimeError` with Redocly's output.

    Safe to call from several processes at once: each builds into its own temporary file, renamed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{broker.slug}.html"
    stamp = out_dir / f".{broker.slug}.html.inputs"
    digest = inputs_digest(broker)
    if target.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return target
    handle, name = tempfile.mkstemp(prefix=f".{broker.slug}.", suffix=".html.partial", dir=out_dir)
    os.close(handle)
    partial = Path(name)
    result = subprocess.run(
        _command(broker.spec_path, partial), capture_output=True, text=True, env={**os.environ, **QUIET}, check=False
    )
    if result.returncode != 0 or partial.stat().st_size == 0:
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"{broker.spec_path}: redocly build-docs failed:\n{result.stdout}{result.stderr}")
    stamp.unlink(missing_ok=True)  # a page without its stamp is rebuilt next time
    partial.chmod(0o644)
    partial.replace(target)
    write_atomic(stamp, digest)
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
