from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balance import AccountBalance
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/accounts/{id}/balance".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


OPERATION = "get_account_balances"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountBalance | ErrorBody | None:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountBalance | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AccountBalance.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_200

    if response.status_code == 400:
        response_400 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_400

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_404

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_500

    if response.status_code == 503:
        response_503 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountBalance | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | ErrorBody]:
    """Read an account's balance (v2)

     Returns one flat object of balance, cash, buying-power, margin and profit-and-loss figures
    for the account. Amounts are decimal strings; every field may be absent.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | ErrorBody | None:
    """Read an account's balance (v2)

     Returns one flat object of balance, cash, buying-power, margin and profit-and-loss figures
    for the account. Amounts are decimal strings; every field may be absent.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | ErrorBody
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountBalance | ErrorBody]:
    """Read an account's balance (v2)

     Returns one flat object of balance, cash, buying-power, margin and profit-and-loss figures
    for the account. Amounts are decimal strings; every field may be absent.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalance | ErrorBody]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AccountBalance | ErrorBody | None:
    """Read an account's balance (v2)

     Returns one flat object of balance, cash, buying-power, margin and profit-and-loss figures
    for the account. Amounts are decimal strings; every field may be absent.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalance | ErrorBody
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
