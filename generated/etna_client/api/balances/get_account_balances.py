from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_balance_info import AccountBalanceInfo
from ...models.app_key_error import AppKeyError
from ...models.authorization_error import AuthorizationError
from ...models.invalid_request_error import InvalidRequestError
from ...types import Response


def _get_kwargs(
    version: str,
    trading_account_number: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/accounts/{trading_account_number}/info".format(
            version=quote(str(version), safe=""),
            trading_account_number=quote(str(trading_account_number), safe=""),
        ),
    }

    return _kwargs


OPERATION = "get_account_balances"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountBalanceInfo
    | Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | None
):
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AccountBalanceInfo
    | Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | None
):
    if response.status_code == 200:
        response_200 = AccountBalanceInfo.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_200

    if response.status_code == 400:
        response_400 = InvalidRequestError.from_dict(
            errors.CONTRACT.json(response, OPERATION)
        )

        return response_400

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
    AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    trading_account_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError
]:
    """Read a trading account's balance info

     Returns the trading account's balances, buying power, margin and profit-and-loss figures as
    one flat object of JSON numbers. Both credentials are required together: the app key and
    the user's token.

    Args:
        version (str):
        trading_account_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError]
    """

    kwargs = _get_kwargs(
        version=version,
        trading_account_number=trading_account_number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    trading_account_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    AccountBalanceInfo
    | Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | None
):
    """Read a trading account's balance info

     Returns the trading account's balances, buying power, margin and profit-and-loss figures as
    one flat object of JSON numbers. Both credentials are required together: the app key and
    the user's token.

    Args:
        version (str):
        trading_account_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError
    """

    return sync_detailed(
        version=version,
        trading_account_number=trading_account_number,
        client=client,
    ).parsed


async def asyncio_detailed(
    version: str,
    trading_account_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError
]:
    """Read a trading account's balance info

     Returns the trading account's balances, buying power, margin and profit-and-loss figures as
    one flat object of JSON numbers. Both credentials are required together: the app key and
    the user's token.

    Args:
        version (str):
        trading_account_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError]
    """

    kwargs = _get_kwargs(
        version=version,
        trading_account_number=trading_account_number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    trading_account_number: int,
    *,
    client: AuthenticatedClient | Client,
) -> (
    AccountBalanceInfo
    | Any
    | AppKeyError
    | AuthorizationError
    | InvalidRequestError
    | None
):
    """Read a trading account's balance info

     Returns the trading account's balances, buying power, margin and profit-and-loss figures as
    one flat object of JSON numbers. Both credentials are required together: the app key and
    the user's token.

    Args:
        version (str):
        trading_account_number (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountBalanceInfo | Any | AppKeyError | AuthorizationError | InvalidRequestError
    """

    return (
        await asyncio_detailed(
            version=version,
            trading_account_number=trading_account_number,
            client=client,
        )
    ).parsed
