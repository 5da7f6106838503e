from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list import AccountList
from ...models.error_body import ErrorBody
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/users/me/accounts",
    }

    return _kwargs


OPERATION = "list_accounts"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorBody | None:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountList | ErrorBody | None:
    if response.status_code == 200:
        response_200 = AccountList.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_401

    if response.status_code == 403:
        response_403 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_403

    if response.status_code == 500:
        response_500 = ErrorBody.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountList | ErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountList | ErrorBody]:
    """List the user's accounts (v2)

     Returns every trading account of the user the bearer token belongs to, live and simulated,
    in one body `{"accounts": [...]}` with no paging. Each item's `trading_account_id` is the
    `id` that `GET /v2/accounts/{id}/balance` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> AccountList | ErrorBody | None:
    """List the user's accounts (v2)

     Returns every trading account of the user the bearer token belongs to, live and simulated,
    in one body `{"accounts": [...]}` with no paging. Each item's `trading_account_id` is the
    `id` that `GET /v2/accounts/{id}/balance` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorBody
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[AccountList | ErrorBody]:
    """List the user's accounts (v2)

     Returns every trading account of the user the bearer token belongs to, live and simulated,
    in one body `{"accounts": [...]}` with no paging. Each item's `trading_account_id` is the
    `id` that `GET /v2/accounts/{id}/balance` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountList | ErrorBody]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> AccountList | ErrorBody | None:
    """List the user's accounts (v2)

     Returns every trading account of the user the bearer token belongs to, live and simulated,
    in one body `{"accounts": [...]}` with no paging. Each item's `trading_account_id` is the
    `id` that `GET /v2/accounts/{id}/balance` takes.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountList | ErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
