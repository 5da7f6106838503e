"""API versions: every contract names its version; a broker's name means its current version."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from broker_contracts.brokers import ROOT, discover
from broker_contracts.errors import ContractError
from broker_contracts.versions import ApiVersion, check, check_index, index, resolve
from tests.conftest import run_script

LABEL = {"words": "Legacy", "source": "https://example.invalid/v1", "date": "2026-10-16"}


def _root(tmp_path: Path, blocks: dict[str, dict[str, object]]) -> Path:
    """A project root whose specs/ holds one minimal contract per slug, each with its version block."""
    for slug, block in blocks.items():
        folder = tmp_path / "specs" / slug
        folder.mkdir(parents=True)
        info = {"title": slug, "version": "1", "x-api-version": block}
        (folder / "openapi.yaml").write_text(yaml.safe_dump({"openapi": "3.1.0", "info": info}))
    return tmp_path


TWO_VERSIONS = {
    "acme": {"broker": "acme", "version": "v1", "state": "legacy", "seed": True, "label": LABEL},
    "acme_v2": {"broker": "acme", "version": "v2", "state": "current", "seed": False},
    "other": {"broker": "other", "version": "v1", "state": "current", "seed": True},
}


def test_every_contract_in_the_repository_names_its_version_and_each_broker_has_one_current() -> None:
    versions = index()
    assert {v.slug for v in versions} == {b.slug for b in discover()}
    assert list(check_index(versions)) == []
    assert all(v.label is not None for v in versions if v.state == "legacy")


def test_a_broker_name_reads_its_current_version_unless_a_version_is_named(tmp_path: Path) -> None:
    root = _root(tmp_path, TWO_VERSIONS)
    assert resolve("acme", root=root).slug == "acme_v2"
    assert resolve("acme", "v1", root=root).slug == "acme"
    assert resolve("acme_v2", root=root).slug == "acme_v2"
    assert resolve("acme_v2", "v2", root=root).slug == "acme_v2"
    assert resolve("other", root=root).slug == "other"


@pytest.mark.parametrize(
    ("name", "version", "message"),
    [
        ("nobody", None, "unknown broker 'nobody'; known: acme v1 \\(acme, legacy\\), acme v2 \\(acme_v2, current\\)"),
        ("acme", "v9", "'acme' has no version 'v9'"),
        ("acme_v2", "v1", "'acme_v2' has no version 'v1'"),
    ],
)
def test_an_unknown_broker_or_version_names_the_known_ones(
    tmp_path: Path, name: str, version: str | None, message: str
) -> None:
    root = _root(tmp_path, TWO_VERSIONS)
    with pytest.raises(ContractError, match=message):
        resolve(name, version, root=root)


@pytest.mark.parametrize(
    ("block", "where", "message"),
    [
        (None, "$.info['x-api-version']", "missing"),
        ({"broker": "acme", "version": "v1", "state": "retired", "seed": False}, "['state']", "is not one of"),
        ({"broker": "acme", "version": "v1", "state": "legacy", "seed": False}, "", "'label' is a required"),
        ({"broker": "acme", "version": "v1", "state": "current"}, "", "'seed' is a required"),
        (
            {
                "broker": "acme",
                "version": "v1",
                "state": "legacy",
                "seed": True,
                "label": {**LABEL, "date": "2026-1-1"},
            },
            "['label']['date']",
            "not a date",
        ),
    ],
)
def test_a_malformed_version_block_is_reported_at_its_place(
    block: dict[str, object] | None, where: str, message: str
) -> None:
    spec = {"info": {"x-api-version": block} if block is not None else {}}
    problems = list(check(Path("specs/acme/openapi.yaml"), spec))
    assert problems, "a malformed block must be reported"
    assert any(where in p.place and message in p.message for p in problems), [str(p) for p in problems]


def _version(slug: str, version: str, state: str, seed: bool = False) -> ApiVersion:
    return ApiVersion(slug, "acme", version, state, seed, LABEL if state == "legacy" else None)


@pytest.mark.parametrize(
    ("versions", "message"),
    [
        ([_version("acme", "v1", "current"), _version("acme_v2", "v2", "current")], "needs one current version"),
        ([_version("acme", "v1", "legacy"), _version("acme_v2", "v2", "legacy")], "needs one current version"),
        ([_version("acme", "v1", "legacy", True), _version("acme_v2", "v2", "current", True)], "more than one seed"),
        ([_version("acme", "v1", "legacy"), _version("acme_v2", "v1", "current")], "a version twice"),
    ],
)
def test_the_versions_of_a_broker_must_agree(versions: list[ApiVersion], message: str) -> None:
    problems = list(check_index(versions))
    assert any(message in p.message for p in problems), [str(p) for p in problems]


def test_make_validate_fails_on_a_contract_without_its_version(project_copy: Path) -> None:
    spec = project_copy / "specs" / "clear_street" / "openapi.yaml"
    text = spec.read_text()
    start = text.index("  x-api-version:")
    end = text.index("    seed: true\n", start) + len("    seed: true\n")
    spec.write_text(text[:start] + text[end:])
    result = run_script("validate.py", "--root", str(project_copy), "--brokers", "clear_street")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "specs/clear_street/openapi.yaml" in result.stderr
    assert "x-api-version" in result.stderr


def test_the_readme_broker_table_shows_every_version_and_its_state() -> None:
    readme = (ROOT / "README.md").read_text()
    for v in index():
        row = next((line for line in readme.splitlines() if f"(`{v.slug}`)" in line), None)
        assert row is not None, f"README's broker table has no row for {v.slug}"
        assert f"| {v.version} ({v.state_text}) |" in row, row


def test_the_runtime_reads_the_contracts_from_the_installed_clients_and_names_them() -> None:
    """`get_balances`' resolution in the runtime reads each client's `_runtime.json`, never `specs/`."""
    from broker_contracts_runtime.contracts import UnknownBroker, installed
    from broker_contracts_runtime.contracts import resolve as runtime_resolve

    contracts = installed()
    assert set(contracts) == {b.slug for b in discover()}
    for v in index():
        assert contracts[v.slug].api["version"] == v.version and contracts[v.slug].api["state"] == v.state
    assert runtime_resolve("aries").slug == "aries_v2" and runtime_resolve("aries", "v1").slug == "aries"
    with pytest.raises(UnknownBroker, match=r"unknown broker 'nobody'; installed: .*aries v2 \(aries_v2\)"):
        runtime_resolve("nobody")
