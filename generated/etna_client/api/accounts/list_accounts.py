from http import HTTPStatus
from typing import Any, Literal, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.app_key_error import AppKeyError
from ...models.authorization_error import AuthorizationError
from ...models.invalid_request_error import InvalidRequestError
from ...models.trading_account import TradingAccount
from ...types import Response


def _get_kwargs(
    version: str,
    user_id: int | Literal["@me"],
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/users/{user_id}/accounts".format(
            version=quote(str(version), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    return _kwargs


OPERATION = "list_accounts"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | list[TradingAccount]
    | None
):
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | list[TradingAccount]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = errors.CONTRACT.json(response, OPERATION)
        for componentsschemas_trading_account_list_item_data in _response_200:
            componentsschemas_trading_account_list_item = TradingAccount.from_dict(
                componentsschemas_trading_account_list_item_data
            )

            response_200.append(componentsschemas_trading_account_list_item)

        return response_200

    if response.status_code == 401:
        response_401 = AuthorizationError.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_401

    if response.status_code == 403:
        response_403 = AppKeyError.from_dict(errors.CONTRACT.json(response, OPERATION))

        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 422:
        response_422 = InvalidRequestError.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_422

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    user_id: int | Literal["@me"],
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]
]:
    """List a user's trading accounts

     Returns every trading account bound to the user, in one bare JSON array with no paging.
    Each item's integer `Id` is the trading account id that
    `GET /v{version}/accounts/{tradingAccountNumber}/info` takes; `ClearingAccount` is the
    account's (clearing) number, a string that need not equal `Id`. Pass `@me` as the
    user to list the accounts of the token's own user. Both credentials are required together:
    the app key and the user's token.

    Args:
        version (str):
        user_id (int | Literal['@me']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]]
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    user_id: int | Literal["@me"],
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | list[TradingAccount]
    | None
):
    """List a user's trading accounts

     Returns every trading account bound to the user, in one bare JSON array with no paging.
    Each item's integer `Id` is the trading account id that
    `GET /v{version}/accounts/{tradingAccountNumber}/info` takes; `ClearingAccount` is the
    account's (clearing) number, a string that need not equal `Id`. Pass `@me` as the
    user to list the accounts of the token's own user. Both credentials are required together:
    the app key and the user's token.

    Args:
        version (str):
        user_id (int | Literal['@me']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]
    """

    return sync_detailed(
        version=version,
        user_id=user_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    user_id: int | Literal["@me"],
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]
]:
    """List a user's trading accounts

     Returns every trading account bound to the user, in one bare JSON array with no paging.
    Each item's integer `Id` is the trading account id that
    `GET /v{version}/accounts/{tradingAccountNumber}/info` takes; `ClearingAccount` is the
    account's (clearing) number, a string that need not equal `Id`. Pass `@me` as the
    user to list the accounts of the token's own user. Both credentials are required together:
    the app key and the user's token.

    Args:
        version (str):
        user_id (int | Literal['@me']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]]
    """

    kwargs = _get_kwargs(
        version=version,
        user_id=user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    user_id: int | Literal["@me"],
    *,
    client: AuthenticatedClient | Client,
) -> (
    Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | list[TradingAccount]
    | None
):
    """List a user's trading accounts

     Returns every trading account bound to the user, in one bare JSON array with no paging.
    Each item's integer `Id` is the trading account id that
    `GET /v{version}/accounts/{tradingAccountNumber}/info` takes; `ClearingAccount` is the
    account's (clearing) number, a string that need not equal `Id`. Pass `@me` as the
    user to list the accounts of the token's own user. Both credentials are required together:
    the app key and the user's token.

    Args:
        version (str):
        user_id (int | Literal['@me']):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AppKeyError | AuthorizationError | InvalidRequestError | list[TradingAccount]
    """

    return (
        await asyncio_detailed(
            version=version,
            user_id=user_id,
            client=client,
        )
    ).parsed
