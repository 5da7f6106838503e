"""`make generate` / `make check-generated`: deterministic, atomic, drift-checked, typed clients."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from broker_contracts.brokers import Broker, discover, select
from broker_contracts.generate import (
    GenerationError,
    compare_trees,
    drift,
    generate,
    inputs_hash,
    read_manifest,
    run_generator,
)
from tests.conftest import run_script


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_committed_clients_match_a_fresh_generation() -> None:
    root = discover()[0].root
    assert drift(discover(), root) == []


def test_generation_is_deterministic(tmp_path: Path) -> None:
    (aries,) = select("aries")
    (tmp_path / "first").mkdir()
    (tmp_path / "second").mkdir()
    first = run_generator(aries, tmp_path / "first")
    second = run_generator(aries, tmp_path / "second")
    assert compare_trees(first, second) == []
    assert compare_trees(first, aries.generated_dir) == []


def test_generate_rewrites_only_the_brokers_whose_inputs_changed(project_with_clients: Path) -> None:
    brokers = discover(project_with_clients)
    before = _digest(project_with_clients / "generated")
    assert generate(brokers, project_with_clients) == []  # nothing changed: nothing rewritten
    assert _digest(project_with_clients / "generated") == before
    (aries,) = select("aries", project_with_clients)
    aries.spec_path.write_text(aries.spec_path.read_text().replace("Read an account's balances", "Read the balances"))
    assert generate(brokers, project_with_clients) == [aries.generated_dir]
    after = _digest(project_with_clients / "generated")
    differing = set(after) ^ set(before) | {p for p in after if after[p] != before.get(p)}
    changed = {path.split("/")[0] for path in differing}
    assert changed == {"aries_client", ".inputs.json"}
    assert read_manifest(project_with_clients)["aries"] == inputs_hash(aries)


def test_a_stale_manifest_is_drift(project_with_clients: Path) -> None:
    manifest = project_with_clients / "generated" / ".inputs.json"
    manifest.write_text(manifest.read_text().replace(read_manifest(project_with_clients)["etna"], "0" * 64))
    assert [line for line in drift(discover(project_with_clients), project_with_clients) if ".inputs.json" in line] == [
        f"{manifest}: etna was generated from other inputs"
    ]


def test_an_invalid_spec_stops_generation_and_leaves_generated_untouched(project_with_clients: Path) -> None:
    before = _digest(project_with_clients / "generated")
    spec = project_with_clients / "specs" / "aries" / "openapi.yaml"
    spec.write_text(spec.read_text().replace('"pendingOrdersCount": 2', '"pendingOrdersCount": -2'))
    with pytest.raises(GenerationError) as caught:
        generate(discover(project_with_clients), project_with_clients)
    assert "$.pendingOrdersCount: -2 is less than the minimum of 0" in str(caught.value)
    assert _digest(project_with_clients / "generated") == before
    assert not list((project_with_clients / "generated").glob(".staging-*"))


def test_generate_cli_reports_the_spec_and_exits_non_zero(project_with_clients: Path) -> None:
    spec = project_with_clients / "specs" / "aries" / "openapi.yaml"
    spec.write_text(spec.read_text().replace("openapi: 3.1.0", "openapi: 3.0.0"))
    result = run_script("generate.py", "--root", str(project_with_clients))
    assert result.returncode == 1
    assert f"error: {spec}: $.openapi (line 1, column 1): must be '3.1.0'" in result.stderr
    assert "generated/ is unchanged" in result.stderr


@pytest.mark.parametrize("change", ["edited", "added", "removed"])
def test_drift_check_catches_any_change_to_a_client(project_with_clients: Path, change: str) -> None:
    (aries,) = select("aries", project_with_clients)
    model = aries.generated_dir / "models" / "account_balances.py"
    if change == "edited":
        model.write_text(model.read_text().replace("str", "float", 1))
    elif change == "added":
        (aries.generated_dir / "extra.py").write_text("")
    else:
        model.unlink()
    lines = drift([aries], project_with_clients)
    assert len(lines) == 1
    assert {"edited": "content differs", "added": "not produced", "removed": "missing"}[change] in lines[0]


def test_drift_check_flags_a_client_without_a_spec(project_with_clients: Path) -> None:
    (project_with_clients / "generated" / "gone_client").mkdir()
    assert any(
        "gone_client: no spec produces this client" in line
        for line in drift(discover(project_with_clients), project_with_clients)
    )


def test_compare_trees_ignores_caches(tmp_path: Path) -> None:
    for side in ("a", "b"):
        (tmp_path / side).mkdir()
        (tmp_path / side / "m.py").write_text("x = 1\n")
    (tmp_path / "b" / "__pycache__").mkdir()
    (tmp_path / "b" / "__pycache__" / "m.pyc").write_bytes(b"\0")
    assert compare_trees(tmp_path / "a", tmp_path / "b") == []


def test_check_generated_cli_passes_with_mypy_strict() -> None:
    result = run_script("check_generated.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pass mypy --strict" in result.stdout


def test_generated_client_is_named_after_the_slug(broker: Broker) -> None:
    assert (broker.generated_dir / "api" / "balances" / "get_account_balances.py").is_file()
