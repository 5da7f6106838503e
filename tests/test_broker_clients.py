"""The brokers' own published clients against our mocks: the sharpest test of a contract and a mock.

A broker that publishes an installable client is checked with it, pinned to the version of the
revision our contract describes (pyproject.toml): Clear Street's Stainless SDK `clearstreet==0.11.0`
(the SDK of the 2026-10-22 revision the contract follows) and Aries' Speakeasy SDK
`finance-dev==0.3.4` (the last one that calls the v1 API our contract describes). Each test runs the
client for real against the mock served on 127.0.0.1, validates every 200 body it gets with the
client's own models in strict mode, and checks that the mock's error statuses reach the caller as
the client's own errors. A broker's client rejecting what our mock serves is a failing test: then
our contract or our mock is wrong.
"""

from __future__ import annotations

import clearstreet
import finance_dev
import httpx
import pytest
from clearstreet.types.v1.account_get_account_balances_response import AccountGetAccountBalancesResponse
from clearstreet.types.v1.account_get_accounts_response import AccountGetAccountsResponse
from finance_dev import errors as aries_errors
from finance_dev import models as aries_models

from broker_contracts.brokers import select
from broker_contracts.mock import load_behaviour

from .test_accounts import serving

(CLEAR_STREET,) = select("clear_street")
(ARIES,) = select("aries")


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


def _aries(url: str, bodies: _Bodies, token: str = "mock-aries-token") -> finance_dev.FinanceDev:
    client = httpx.Client(event_hooks={"response": [bodies.hook]})
    return finance_dev.FinanceDev(bearer_auth=token, server_url=url, client=client)


def test_aries_client_lists_the_accounts_and_reads_each_accounts_balances_strictly() -> None:
    bodies = _Bodies()
    with serving(load_behaviour(ARIES)) as url:
        client = _aries(url, bodies)
        listed = client.users.get_accounts()
        ids = [account.id for account in listed.accounts or []]
        balances = [client.accounts.get_balances(id=str(account_id)) for account_id in ids]
    assert ids == [1] and balances[0].total_equity == "250000.00"
    for path, status, body in bodies.received:
        assert status == 200
        model = aries_models.GetAccountsResponse if path.endswith("/me/accounts") else aries_models.BalanceData
        model.model_validate_json(body, strict=True)


def test_aries_error_statuses_reach_its_client_as_its_own_errors() -> None:
    with serving(load_behaviour(ARIES)) as url:
        with pytest.raises(aries_errors.APIError) as unauthorized:
            _aries(url, _Bodies(), "not-the-token").accounts.get_balances(id="1")
        with pytest.raises(aries_errors.APIError) as unknown:
            _aries(url, _Bodies()).accounts.get_balances(id="NO-SUCH-ACCOUNT")
    assert unauthorized.value.status_code == 401 and unknown.value.status_code == 404
