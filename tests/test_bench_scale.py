"""scripts/bench_scale.py: synthetic brokers are real, distinct brokers, built away from specs/ and generated/."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bench_scale import synthesize

from broker_contracts.brokers import ROOT, discover
from broker_contracts.generate import inputs_hash
from broker_contracts.validate import validate_spec
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
    before = (_tree_digest(ROOT / "specs"), _tree_digest(ROOT / "generated"))
    out = tmp_path / "scale.md"
    result = run_script("bench_scale.py", "--sizes", "1,2", "--max-examples", "2", "--limit", "100", "--out", str(out))
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert (
        "| 1 |" in out.read_text()
        and "| 2 |" in out.read_text()
        and "Per-broker cost at 2 brokers / at 1" in out.read_text()
    )
    assert (_tree_digest(ROOT / "specs"), _tree_digest(ROOT / "generated")) == before


def test_the_budget_verdict_goes_by_the_median_and_owns_up_to_a_slow_run() -> None:
    from bench import checkout, verdict

    assert verdict(True) == "met"
    assert verdict(True, worst_ok=False).startswith("met by the median")
    assert verdict(False) == verdict(False, worst_ok=False) == "MISSED"
    assert checkout().startswith("- checkout: commit ") and str(ROOT) in checkout()
