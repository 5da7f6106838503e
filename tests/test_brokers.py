"""Brokers are discovered from specs/: adding one adds folders, never a list entry in code."""

from __future__ import annotations

from pathlib import Path

import pytest

from broker_contracts.brokers import discover, select
from broker_contracts.errors import ContractError


def test_every_spec_folder_is_a_broker(project_copy: Path) -> None:
    new = project_copy / "specs" / "new_broker"
    new.mkdir()
    (new / "openapi.yaml").write_text("openapi: 3.1.0\n")
    slugs = [b.slug for b in discover(project_copy)]
    assert "new_broker" in slugs
    assert slugs == sorted(slugs)


def test_derived_names_follow_the_slug(project_copy: Path) -> None:
    (aries,) = select("aries", project_copy)
    assert aries.package == "aries_client"
    assert aries.generated_dir == project_copy / "generated" / "aries_client"
    assert aries.env_var("TOKEN") == "ARIES_TOKEN"


def test_folder_without_contract_is_rejected_with_its_path(project_copy: Path) -> None:
    (project_copy / "specs" / "empty").mkdir()
    with pytest.raises(ContractError, match=r"specs/empty/openapi.yaml: every broker folder needs its contract"):
        discover(project_copy)


def test_folder_with_an_invalid_slug_is_rejected(project_copy: Path) -> None:
    (project_copy / "specs" / "Clear-Street").mkdir()
    with pytest.raises(ContractError, match="slugs"):
        discover(project_copy)


def test_unknown_broker_names_the_known_ones(project_copy: Path) -> None:
    with pytest.raises(ContractError, match="unknown broker 'nope'; known: aries"):
        select("nope", project_copy)
