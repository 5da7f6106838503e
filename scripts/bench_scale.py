"""`make bench-scale N=40`: does the cost per broker stay flat as brokers are added?

Builds N synthetic brokers in a temporary project (copies of the real specs, behaviour files and
fixtures under new slugs `<slug>_sNN`, each spec's title made unique so that every client is really
generated), then times, for that project: validate, generate (cold cache) and conformance (the
default budget, in-process mocks). Reports seconds per broker per stage, conformance cases per
second, and the ratio of the per-broker cost at the largest size to the smallest. Never touches
specs/ or generated/: everything happens under a temporary folder, removed afterwards.

`--sizes 4,40` (default: 4 and N) and `--runs` repeat the measurement; the figures are min, median
and max over the runs. Exits 1 if the per-broker cost at the largest size exceeds `--limit` (1.2)
times the smallest. Writes `build/bench-scale.md` and prints a JSON line for scripts/bench.py.

It also measures the cost per operation (`--operations 1,10`): one broker (Aries) whose contract
holds 1 operation (balances alone: the account list, its evidence and its mock data taken out) or
k (the list, balances, and k-2 copies of the balances operation under new paths and operationIds,
each answered by the same mock data), timed through validate, generate and conformance. The cost
of the k-th operation must not exceed the first's: the per-operation ratio must be at most 1.0
(`--operation-limit`), or the run exits 1.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from _cli import spread

from broker_contracts.brokers import ROOT, discover
from broker_contracts.reports import write_atomic

VERSION_BLOCK = re.compile(r"^  x-api-version:\n(?:    .*\n)+", re.M)


def _own_version(spec_text: str, slug: str) -> str:
    """The spec with its `info.x-api-version` naming the synthetic broker `slug` (its only version, current)."""
    block = f"  x-api-version:\n    broker: {slug}\n    version: v1\n    state: current\n    seed: false\n"
    return VERSION_BLOCK.sub(lambda _: block, spec_text, count=1)


def synthesize(count: int, root: Path) -> list[str]:
    """Create `count` brokers under `root` (a new project folder) from the real ones, in turn."""
    real = discover()
    shutil.copy(ROOT / "openapi-python-client.yaml", root)
    slugs = []
    for i in range(count):
        source = real[i % len(real)]
        slug = f"{source.slug}_s{i:02d}"
        spec_dir = root / "specs" / slug
        shutil.copytree(source.spec_path.parent, spec_dir)
        spec = spec_dir / "openapi.yaml"
        text = re.sub(r"^  title: (.*)$", rf"  title: \1 ({slug})", spec.read_text(), count=1, flags=re.M)
        spec.write_text(_own_version(text, slug))
        manifest = spec_dir / "evidence" / "sources.yaml"
        if manifest.is_file():  # the evidence manifest names its broker
            manifest.write_text(re.sub(r"^broker: .*$", f"broker: {slug}", manifest.read_text(), count=1, flags=re.M))
        shutil.copytree(source.fixtures_dir, root / "conformance" / "fixtures" / slug)
        slugs.append(slug)
    return slugs


def synthesize_operations(count: int, root: Path) -> str:
    """One broker under `root` whose contract has `count` operations (see the module docstring)."""
    (source,) = [b for b in discover() if b.slug == "aries"]
    slug = f"aries_ops{count:02d}"
    shutil.copy(ROOT / "openapi-python-client.yaml", root)
    spec_dir, fixtures = root / "specs" / slug, root / "conformance" / "fixtures" / slug
    shutil.copytree(source.spec_path.parent, spec_dir)
    shutil.copytree(source.fixtures_dir, fixtures)
    spec = yaml.safe_load((spec_dir / "openapi.yaml").read_text())
    behaviour = yaml.safe_load((fixtures / "behaviour.yaml").read_text())
    manifest = yaml.safe_load((spec_dir / "evidence" / "sources.yaml").read_text())
    spec["info"]["title"] += f" ({slug})"
    spec["info"]["x-api-version"] = {"broker": slug, "version": "v1", "state": "current", "seed": False}
    manifest["broker"] = slug
    balances_path = next(p for p, item in spec["paths"].items() if item["get"]["operationId"] == "getAccountBalances")
    if count == 1:
        list_path = next(p for p, item in spec["paths"].items() if item["get"]["operationId"] == "listAccounts")
        del spec["paths"][list_path]
        del behaviour["operations"]["listAccounts"]
        for served in behaviour["accounts"].values():
            served.pop("listAccounts", None)
        for entry in [e for e in manifest["payloads"] if e["operation"] == "listAccounts"]:
            manifest["payloads"].remove(entry)
            (spec_dir / "evidence" / entry["file"]).unlink()
    for i in range(count - 2):
        operation_id = f"getAccountBalancesCopy{i:02d}"
        item = yaml.safe_load(yaml.safe_dump(spec["paths"][balances_path]))
        item["get"]["operationId"] = operation_id
        spec["paths"][balances_path.replace("/balances", f"/balances-copy-{i:02d}")] = item
        copy = dict(behaviour["operations"]["getAccountBalances"])
        copy["route"] = copy["route"].replace("/balances", f"/balances-copy-{i:02d}")
        behaviour["operations"][operation_id] = copy
        for served in behaviour["accounts"].values():
            if "getAccountBalances" in served:
                served[operation_id] = served["getAccountBalances"]
    (spec_dir / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    (fixtures / "behaviour.yaml").write_text(yaml.safe_dump(behaviour, sort_keys=False))
    (spec_dir / "evidence" / "sources.yaml").write_text(yaml.safe_dump(manifest, sort_keys=False))
    return slug


def measure_operations(count: int, max_examples: str) -> dict[str, float]:
    """Seconds per stage for one broker of `count` operations (one fresh project)."""
    with tempfile.TemporaryDirectory(prefix="bench-operations-") as tmp:
        root = Path(tmp)
        synthesize_operations(count, root)
        return _stages(root, max_examples, count, "operations")


def _stages(root: Path, max_examples: str, count: int, key: str) -> dict[str, float]:
    env = dict(os.environ, BROKER_CONTRACTS_ROOT=str(root), BROKER_CONTRACTS_CACHE=str(root / "cache"))
    python = sys.executable
    validate, _ = _timed([python, str(ROOT / "scripts" / "validate.py"), "--root", str(root)], env)
    generate, _ = _timed([python, str(ROOT / "scripts" / "generate.py"), "--root", str(root)], env)
    reports = root / "reports"
    command = [python, str(ROOT / "scripts" / "run_conformance.py"), "--report-dir", str(reports)]
    conformance, _ = _timed([*command, "--max-examples", max_examples] if max_examples else command, env)
    cases = sum(
        int(m) for p in reports.glob("conformance-*-mock.md") for m in re.findall(r"; (\d+) case", p.read_text())
    )
    return {key: count, "validate": validate, "generate": generate, "conformance": conformance, "cases": cases}


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(
            f"bench-scale: {' '.join(command[1:3])} failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}"
        )
    return elapsed, result


def measure(count: int, max_examples: str) -> dict[str, float]:
    """Seconds per stage and conformance cases for `count` synthetic brokers (one fresh project)."""
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        root = Path(tmp)
        synthesize(count, root)
        return _stages(root, max_examples, count, "brokers")


def render(results: dict[int, list[dict[str, float]]], ratio: float, limit: float, unit: str = "broker") -> str:
    lines = [
        f"| {unit}s | validate s/{unit} | generate s/{unit} | conformance s/{unit} | total s/{unit} | cases/s |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for count, runs in sorted(results.items()):
        per = {k: [r[k] / count for r in runs] for k in ("validate", "generate", "conformance")}
        total = [r["validate"] + r["generate"] + r["conformance"] for r in runs]
        rate = [r["cases"] / r["conformance"] for r in runs]
        cells = [spread(per["validate"]), spread(per["generate"]), spread(per["conformance"])]
        lines.append(
            f"| {count} | " + " | ".join(cells) + f" | {spread([t / count for t in total])} | {spread(rate)} |"
        )
    verdict = "within" if ratio <= limit else "OVER"
    lines += [
        "",
        f"Per-{unit} cost at {max(results)} {unit}s / at {min(results)}: **{ratio:.2f}** ({verdict} {limit}).",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--n", type=int, default=40, help="the largest size")
    p.add_argument("--sizes", default="", help="comma-separated sizes (default: 4 and N)")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--max-examples", default="", help="fuzzing budget (default: conformance/schemathesis.toml)")
    p.add_argument("--limit", type=float, default=1.2)
    p.add_argument("--operations", default="1,10", help="operations per contract to compare (empty: skip)")
    p.add_argument("--operation-limit", type=float, default=1.0)
    p.add_argument("--out", type=Path, default=ROOT / "build" / "bench-scale.md")
    args = p.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else sorted({4, args.n})
    results = {size: [measure(size, args.max_examples) for _ in range(args.runs)] for size in sizes}

    def per_broker(size: int) -> float:
        return statistics.median((r["validate"] + r["generate"] + r["conformance"]) / size for r in results[size])

    ratio = per_broker(max(sizes)) / per_broker(min(sizes))
    text = render(results, ratio, args.limit)
    counts = [int(s) for s in args.operations.split(",")] if args.operations else []
    by_operations = {k: [measure_operations(k, args.max_examples) for _ in range(args.runs)] for k in counts}

    def per_operation(count: int) -> float:
        runs = by_operations[count]
        return statistics.median((r["validate"] + r["generate"] + r["conformance"]) / count for r in runs)

    operation_ratio = per_operation(max(counts)) / per_operation(min(counts)) if counts else 0.0
    if counts:
        text += "\n" + render(by_operations, operation_ratio, args.operation_limit, unit="operation")
    write_atomic(args.out, text)
    print(text)
    print(
        json.dumps(
            {"results": results, "ratio": ratio, "operations": by_operations, "operation_ratio": operation_ratio}
        )
    )
    return 0 if ratio <= args.limit and operation_ratio <= args.operation_limit else 1


if __name__ == "__main__":
    sys.exit(main())
