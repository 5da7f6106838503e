"""Aries' own SDK of the v1 API (`finance-dev==0.3.4`, installed alone in .venv/sdks/) against a mock.

Run by tests/test_broker_clients.py in a subprocess whose PYTHONPATH puts that SDK first (the current
SDK, 0.9.0, takes the same import name `finance_dev`). Usage: `aries_sdk_v1.py <base URL>`. Prints one
JSON object: the SDK version, the account ids listed, the total equity read for each, the path, status
and strict-validation error (null when valid) of every response, and the status of each error the SDK
raised for a wrong token and an unknown account.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys

import httpx
from finance_dev import FinanceDev
from finance_dev import errors as aries_errors
from finance_dev import models as aries_models
from pydantic import ValidationError

received: list[tuple[str, int, bytes]] = []


def hook(response: httpx.Response) -> None:
    response.read()
    received.append((response.request.url.path, response.status_code, response.content))


def client(url: str, token: str = "mock-aries-token") -> FinanceDev:
    return FinanceDev(bearer_auth=token, server_url=url, client=httpx.Client(event_hooks={"response": [hook]}))


def error_status(url: str, token: str, account: str) -> int | None:
    try:
        client(url, token).accounts.get_balances(id=account)
    except aries_errors.APIError as error:
        return int(error.status_code)
    return None


def main(url: str) -> None:
    sdk = client(url)
    listed = sdk.users.get_accounts()
    ids = [account.id for account in listed.accounts or []]
    equity = [sdk.accounts.get_balances(id=str(account_id)).total_equity for account_id in ids]
    responses = []
    for path, status, body in list(received):
        model = aries_models.GetAccountsResponse if path.endswith("/me/accounts") else aries_models.BalanceData
        try:
            model.model_validate_json(body, strict=True)
            problem = None
        except ValidationError as error:
            problem = str(error)
        responses.append({"path": path, "status": status, "invalid": problem})
    errors = {
        "wrong_token": error_status(url, "not-the-token", "1"),
        "unknown_account": error_status(url, "mock-aries-token", "NO-SUCH-ACCOUNT"),
    }
    version = importlib.metadata.version("finance-dev")
    print(json.dumps({"sdk": version, "ids": ids, "equity": equity, "responses": responses, "errors": errors}))


if __name__ == "__main__":
    main(sys.argv[1])
