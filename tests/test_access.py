"""Credentials and fixed path values come from the contract (`broker_contracts.access`), with clear errors."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from broker_contracts.access import Credential, credentials, fixed_path_values
from broker_contracts.brokers import Broker
from broker_contracts.documents import load_yaml
from broker_contracts.errors import ContractError
from tests.conftest import BROKERS


def _spec(slug: str) -> dict[str, Any]:
    broker = next(b for b in BROKERS if b.slug == slug)
    return load_yaml(broker.spec_path)  # type: ignore[no-any-return]


def test_etna_wants_an_app_key_header_and_a_bearer_token_and_a_fixed_version() -> None:
    spec = _spec("etna")
    assert set(credentials(spec)) == {
        Credential("appKey", "header", "Et-App-Key", "APP_KEY"),
        Credential("bearerAuth", "bearer", "Authorization", "TOKEN"),
    }
    assert fixed_path_values(spec) == {"version": "1.0"}


def test_every_contract_names_its_credentials(broker: Broker) -> None:
    found = credentials(load_yaml(broker.spec_path))
    assert any(c.kind == "bearer" and c.env == "TOKEN" for c in found)


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda s: s["components"]["securitySchemes"]["bearerAuth"].pop("x-credential"), "name the secret's variable"),
        (lambda s: s["components"]["securitySchemes"].pop("bearerAuth"), "security scheme is not declared"),
        (
            lambda s: s["components"]["securitySchemes"]["bearerAuth"].update(type="oauth2"),
            "only http bearer and apiKey-in-header",
        ),
    ],
    ids=["no-x-credential", "undeclared-scheme", "unsupported-type"],
)
def test_a_contract_without_usable_credentials_is_refused_with_the_place(edit: Any, expected: str) -> None:
    spec = copy.deepcopy(_spec("aries"))
    edit(spec)
    with pytest.raises(ContractError, match=expected) as caught:
        credentials(spec, "specs/aries/openapi.yaml")
    assert str(caught.value).startswith("specs/aries/openapi.yaml: $.components.securitySchemes.bearerAuth")
