"""The brokers' own published clients against our mocks: the sharpest test of a contract and a mock.

A broker that publishes an installable client is checked with it, pinned to the version of the
revision each contract describes: Clear Street's Stainless SDK `clearstreet==0.11.0` (the SDK of
the 2026-10-22 revision `clear_street` follows) and Aries' Speakeasy SDKs, `finance-dev==0.9.0`
(the current one, which calls the v2 API of `aries_v2`; pyproject.toml) and `finance-dev==0.3.4`
(the last one that calls the v1 API of `aries`; installed alone by `make setup` from
sdks-legacy.txt and run in a subprocess, since both take the import name `finance_dev`). Each test
runs the client for real against the mock served on 127.0.0.1, validates every 200 body it gets
with the client's own models in strict mode, and checks that the mock's error statuses reach the
caller as the client's own errors. A broker's client rejecting what our mock serves is a failing
test: then our contract or our mock is wrong.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any

import clearstreet
import finance_dev
import httpx
import pytest
from clearstreet.types.v1.account_get_account_balances_response import AccountGetAccountBalancesResponse
from clearstreet.types.v1.account_get_accounts_response import AccountGetAccountsResponse
from finance_dev import errors as aries_errors
from finance_dev import models as aries_models

from broker_contracts.brokers import ROOT, select
from broker_contracts.mock import load_behaviour

from .test_accounts import serving

(CLEAR_STREET,) = select("clear_street")
(ARIES_V1,) = select("aries")
(ARIES_V2,) = select("aries_v2")


class _Bodies:
    """Every response a client received (an httpx response hook): path, status and raw body, to
    validate strictly as JSON (strict mode reads a date-time from JSON text, not from a parsed str)."""

    def __init__(self) -> None:
        self.received: list[tuple[str, int, bytes]] = []

    def hook(self, response: httpx.Response) -> None:
        response.read()
        self.received.append((response.request.url.path, response.status_code, response.content))


def _clear_street(url: str, bodies: _Bodies, key: str = "mock-clear-street-api-key") -> clearstreet.ClearStreet:
    client = httpx.Client(event_hooks={"response": [bodies.hook]})
    return clearstreet.ClearStreet(api_key=key, base_url=url, max_retries=0, http_client=client)


def test_clear_streets_client_lists_every_page_and_reads_each_accounts_balances_strictly() -> None:
    behaviour = load_behaviour(CLEAR_STREET)
    bodies = _Bodies()
    with serving(behaviour) as url:
        client = _clear_street(url, bodies)
        first = client.v1.accounts.get_accounts(page_size=1)
        token = first.metadata.next_page_token
        assert token is not None, "a page size of 1 leaves a second page"
        second = client.v1.accounts.get_accounts(page_token=token)
        listed = [account.id for page in (first, second) for account in page.data]
        assert second.metadata.next_page_token is None
        for account_id in listed:
            client.v1.accounts.get_account_balances(account_id)
    assert listed == [19816, 19817]
    for path, status, body in bodies.received:
        assert status == 200
        model = AccountGetAccountsResponse if path == "/v1/accounts" else AccountGetAccountBalancesResponse
        model.model_validate_json(body, strict=True)  # the client's own models, strict: raises on any fault


@pytest.mark.parametrize(
    ("key", "account", "error", "status"),
    [
        ("not-the-key", 19816, clearstreet.AuthenticationError, 401),
        ("mock-clear-street-api-key", 19818, clearstreet.PermissionDeniedError, 403),
        ("mock-clear-street-api-key", 99999, clearstreet.NotFoundError, 404),
    ],
    ids=["wrong-key", "forbidden-account", "unknown-account"],
)
def test_clear_street_error_statuses_reach_its_client_as_its_own_errors(
    key: str, account: int, error: type[clearstreet.APIStatusError], status: int
) -> None:
    with serving(load_behaviour(CLEAR_STREET)) as url:
        client = _clear_street(url, _Bodies(), key)
        with pytest.raises(error) as raised:
            client.v1.accounts.get_account_balances(account)
    assert raised.value.status_code == status


def test_a_page_size_out_of_bounds_reaches_clear_streets_client_as_a_bad_request() -> None:
    with serving(load_behaviour(CLEAR_STREET)) as url, pytest.raises(clearstreet.BadRequestError):
        _clear_street(url, _Bodies()).v1.accounts.get_accounts(page_size=0)


LEGACY_SDKS = ROOT / ".venv" / "sdks"


def _legacy_sdk(pin: str, script: str, url: str) -> dict[str, Any]:
    """Run `tests/tools/<script>` with the SDK `pin` (installed alone by `make setup` from
    sdks-legacy.txt) first on the path; its JSON summary."""
    folder = LEGACY_SDKS / pin.replace("==", "-")
    assert folder.is_dir(), f"{folder} is missing: `make setup` installs the SDKs of sdks-legacy.txt"
    environment = {**os.environ, "PYTHONPATH": os.pathsep.join([str(folder), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, str(ROOT / "tests" / "tools" / script), url]
    done = subprocess.run(command, capture_output=True, text=True, env=environment, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    summary: dict[str, Any] = json.loads(done.stdout)
    return summary


def test_aries_v1_client_lists_the_accounts_reads_each_accounts_balances_strictly_and_maps_errors() -> None:
    with serving(load_behaviour(ARIES_V1)) as url:
        summary = _legacy_sdk("finance-dev==0.3.4", "aries_sdk_v1.py", url)
    assert summary["sdk"] == "0.3.4"
    assert summary["ids"] == [1] and summary["equity"] == ["250000.00"]
    assert [r["status"] for r in summary["responses"]] == [200, 200]
    assert [r["invalid"] for r in summary["responses"]] == [None, None]
    assert summary["errors"] == {"wrong_token": 401, "unknown_account": 404}


def _aries_v2(url: str, bodies: _Bodies, token: str | None = "mock-aries-v2-token") -> finance_dev.FinanceDev:
    """finance-dev 0.9.0's client: its security is OAuth2 client credentials, whose result is the bearer
    header; the header is set on the httpx client, no retries (the SDK retries 5xx by default)."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    client = httpx.Client(headers=headers, event_hooks={"response": [bodies.hook]})
    return finance_dev.FinanceDev(server_url=url, client=client, retry_config=None)


def test_aries_v2_client_lists_the_accounts_and_reads_each_accounts_balance_strictly() -> None:
    bodies = _Bodies()
    with serving(load_behaviour(ARIES_V2)) as url:
        client = _aries_v2(url, bodies)
        response = client.accounts.get_user_accounts().get_accounts_response
        assert response is not None
        listed = response.accounts
        ids = [account.trading_account_id for account in listed]
        balances = [client.accounts.get_account_balance(id=account_id) for account_id in ids]
    assert ids == ["TEST-ACCOUNT-001"] and len(balances) == 1
    assert [(path, status) for path, status, _ in bodies.received] == [
        ("/v2/users/me/accounts", 200),
        ("/v2/accounts/TEST-ACCOUNT-001/balance", 200),
    ]
    for path, _, body in bodies.received:
        model = aries_models.GetAccountsResponse if path.endswith("/me/accounts") else aries_models.AccountBalanceV2
        model.model_validate_json(body, strict=True)  # the SDK's own models, strict: raises on any fault


@pytest.mark.parametrize(
    ("token", "account", "error", "status"),
    [
        (None, "TEST-ACCOUNT-001", aries_errors.Unauthorized, 401),
        ("not-the-token", "TEST-ACCOUNT-001", aries_errors.Unauthorized, 401),
        ("mock-aries-v2-token", "NO-SUCH-ACCOUNT", aries_errors.NotFound, 404),
    ],
    ids=["no-token", "wrong-token", "unknown-account"],
)
def test_aries_v2_error_statuses_reach_its_client_as_its_own_errors(
    token: str | None, account: str, error: type[Exception], status: int
) -> None:
    with serving(load_behaviour(ARIES_V2)) as url, pytest.raises(error) as raised:
        _aries_v2(url, _Bodies(), token).accounts.get_account_balance(id=account)
    assert raised.value.raw_response.status_code == status  # type: ignore[attr-defined]
