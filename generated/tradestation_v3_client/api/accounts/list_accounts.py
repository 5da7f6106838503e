from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/brokerage/accounts",
    }

    return _kwargs


OPERATION = "list_accounts"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorResponse | None:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountList.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_429

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountList | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountList | ErrorResponse]:
    """List the user's brokerage accounts

     Returns every brokerage account the token's user can reach, as `{"Accounts": [...]}` (no
    paging, no parameters). Each entry's `AccountID` is an id the balances calls take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountList | ErrorResponse | None:
    """List the user's brokerage accounts

     Returns every brokerage account the token's user can reach, as `{"Accounts": [...]}` (no
    paging, no parameters). Each entry's `AccountID` is an id the balances calls take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountList | ErrorResponse]:
    """List the user's brokerage accounts

     Returns every brokerage account the token's user can reach, as `{"Accounts": [...]}` (no
    paging, no parameters). Each entry's `AccountID` is an id the balances calls take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountList | ErrorResponse | None:
    """List the user's brokerage accounts

     Returns every brokerage account the token's user can reach, as `{"Accounts": [...]}` (no
    paging, no parameters). Each entry's `AccountID` is an id the balances calls take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
