"""scripts/bench_scale.py: synthetic brokers are real, distinct brokers, built away from specs/ and generated/."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from bench_scale import render, synthesize, synthesize_operations

from broker_contracts.brokers import ROOT, Broker, discover
from broker_contracts.documents import operations
from broker_contracts.evidence import load_corpus
from broker_contracts.generate import inputs_hash
from broker_contracts.mock import load_behaviour
from broker_contracts.validate import load_spec, validate_spec
from tests.conftest import run_script


def _tree_digest(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(
        p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts and ".mypy_cache" not in p.parts
    ):
        digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()


def test_synthetic_brokers_are_valid_distinct_copies(tmp_path: Path) -> None:
    slugs = synthesize(6, tmp_path)
    brokers = discover(tmp_path)
    assert [b.slug for b in brokers] == sorted(slugs) and len(slugs) == 6
    assert all(validate_spec(b.spec_path) == [] for b in brokers)
    assert len({inputs_hash(b) for b in brokers}) == 6  # every client must really be generated
    assert all((b.fixtures_dir / "behaviour.yaml").is_file() for b in brokers)


def test_the_scale_bench_runs_and_never_touches_specs_or_generated(tmp_path: Path) -> None:
    """End to end at one size (synthesize, validate, cold generate, conformance, the table); the
    ratio between sizes is `render`'s, tested below without running anything, and the contracts of
    k operations are checked below without generating or running them."""
    before = (_tree_digest(ROOT / "specs"), _tree_digest(ROOT / "generated"))
    out = tmp_path / "scale.md"
    command = ["--sizes", "1", "--operations", "", "--max-examples", "2"]
    result = run_script("bench_scale.py", *command, "--out", str(out))
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    row = next(line for line in out.read_text().splitlines() if line.startswith("| 1 |"))
    cases_per_second = float(row.split("|")[-2].split("/")[1])
    assert cases_per_second > 0  # conformance really sent cases
    assert (_tree_digest(ROOT / "specs"), _tree_digest(ROOT / "generated")) == before


def test_the_table_gives_each_stage_per_broker_and_the_ratio_of_the_sizes() -> None:
    def run(count: int, seconds: float) -> dict[str, float]:
        return {"brokers": count, "validate": seconds, "generate": 2 * seconds, "conformance": 3 * seconds, "cases": 60}

    results = {4: [run(4, 1.0), run(4, 2.0), run(4, 3.0)], 40: [run(40, 12.0)]}
    text = render(results, ratio=1.3, limit=1.2)
    assert "| 4 | 0.25 / 0.50 / 0.75 | 0.50 / 1.00 / 1.50 | 0.75 / 1.50 / 2.25 | 1.50 / 3.00 / 4.50 |" in text
    assert "| 40 | 0.30 / 0.30 / 0.30 |" in text
    assert "Per-broker cost at 40 brokers / at 4: **1.30** (OVER 1.2)." in text


def test_the_budget_verdict_goes_by_the_median_and_owns_up_to_a_slow_run() -> None:
    from bench import checkout, verdict

    assert verdict(True) == "met"
    assert verdict(True, worst_ok=False).startswith("met by the median")
    assert verdict(False) == verdict(False, worst_ok=False) == "MISSED"
    assert checkout().startswith("- checkout: commit ") and str(ROOT) in checkout()


@pytest.mark.parametrize("count", [1, 3])
def test_a_contract_of_k_operations_is_valid_and_its_mock_answers_each(tmp_path: Path, count: int) -> None:
    slug = synthesize_operations(count, tmp_path)
    broker = Broker(slug, tmp_path)
    spec = load_spec(broker.spec_path)
    assert len(operations(spec)) == count
    assert validate_spec(broker.spec_path) == []
    assert load_corpus(broker).payloads  # the manifest still lists only files that exist
    assert sorted(load_behaviour(broker).operations) == sorted(o.operation_id for o in operations(spec))
