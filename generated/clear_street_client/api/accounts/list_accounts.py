from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_list_response import AccountListResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page_token"] = page_token

    params["account_id"] = account_id

    params["account_name"] = account_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/accounts",
        "params": params,
    }

    return _kwargs


OPERATION = "list_accounts"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountListResponse | ErrorResponse | None:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountListResponse.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> Response[AccountListResponse | ErrorResponse]:
    """List the accounts the API key may access

     Returns one page of the accounts the API key may access, inside Clear Street's
    `{data, error, metadata}` envelope: `data` is the array of accounts, `metadata` carries the
    paging state. The first call may set `page_size` (1 to 1000, default 1000); each later page is
    asked for with `page_token` set to the previous answer's `metadata.next_page_token` (page_size
    is then ignored; the filters must be sent again with every call). The last page is the one whose
    `metadata.next_page_token` is null or absent. The `id` of each account is the `account_id` that
    `GET /v1/accounts/{account_id}/balances` takes. `account_id` and `account_name` narrow the list.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> AccountListResponse | ErrorResponse | None:
    """List the accounts the API key may access

     Returns one page of the accounts the API key may access, inside Clear Street's
    `{data, error, metadata}` envelope: `data` is the array of accounts, `metadata` carries the
    paging state. The first call may set `page_size` (1 to 1000, default 1000); each later page is
    asked for with `page_token` set to the previous answer's `metadata.next_page_token` (page_size
    is then ignored; the filters must be sent again with every call). The last page is the one whose
    `metadata.next_page_token` is null or absent. The `id` of each account is the `account_id` that
    `GET /v1/accounts/{account_id}/balances` takes. `account_id` and `account_name` narrow the list.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> Response[AccountListResponse | ErrorResponse]:
    """List the accounts the API key may access

     Returns one page of the accounts the API key may access, inside Clear Street's
    `{data, error, metadata}` envelope: `data` is the array of accounts, `metadata` carries the
    paging state. The first call may set `page_size` (1 to 1000, default 1000); each later page is
    asked for with `page_token` set to the previous answer's `metadata.next_page_token` (page_size
    is then ignored; the filters must be sent again with every call). The last page is the one whose
    `metadata.next_page_token` is null or absent. The `id` of each account is the `account_id` that
    `GET /v1/accounts/{account_id}/balances` takes. `account_id` and `account_name` narrow the list.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        page_size=page_size,
        page_token=page_token,
        account_id=account_id,
        account_name=account_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page_size: int | Unset = 1000,
    page_token: str | Unset = UNSET,
    account_id: str | Unset = UNSET,
    account_name: str | Unset = UNSET,
) -> AccountListResponse | ErrorResponse | None:
    """List the accounts the API key may access

     Returns one page of the accounts the API key may access, inside Clear Street's
    `{data, error, metadata}` envelope: `data` is the array of accounts, `metadata` carries the
    paging state. The first call may set `page_size` (1 to 1000, default 1000); each later page is
    asked for with `page_token` set to the previous answer's `metadata.next_page_token` (page_size
    is then ignored; the filters must be sent again with every call). The last page is the one whose
    `metadata.next_page_token` is null or absent. The `id` of each account is the `account_id` that
    `GET /v1/accounts/{account_id}/balances` takes. `account_id` and `account_name` narrow the list.

    Args:
        page_size (int | Unset):  Default: 1000.
        page_token (str | Unset):
        account_id (str | Unset):
        account_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page_size=page_size,
            page_token=page_token,
            account_id=account_id,
            account_name=account_name,
        )
    ).parsed
