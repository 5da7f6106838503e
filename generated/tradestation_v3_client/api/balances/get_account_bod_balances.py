from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bod_account_balances import BodAccountBalances
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    accounts: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/brokerage/accounts/{accounts}/bodbalances".format(
            accounts=quote(str(accounts), safe=""),
        ),
    }

    return _kwargs


OPERATION = "get_account_bod_balances"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BodAccountBalances | ErrorResponse | None:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BodAccountBalances | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BodAccountBalances.from_dict(
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
) -> Response[BodAccountBalances | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BodAccountBalances | ErrorResponse]:
    """Read the beginning-of-day balances of one to 25 accounts

     Returns `{"BODBalances": [...], "Errors": [...]}`: the balances each requested account had
    when the trading day began, in the order requested, and one `Errors` entry per id that
    could not be answered. Served for Cash, Margin, Futures and DVP accounts. Amounts are
    decimal strings.

    Args:
        accounts (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BodAccountBalances | ErrorResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
) -> BodAccountBalances | ErrorResponse | None:
    """Read the beginning-of-day balances of one to 25 accounts

     Returns `{"BODBalances": [...], "Errors": [...]}`: the balances each requested account had
    when the trading day began, in the order requested, and one `Errors` entry per id that
    could not be answered. Served for Cash, Margin, Futures and DVP accounts. Amounts are
    decimal strings.

    Args:
        accounts (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BodAccountBalances | ErrorResponse
    """

    return sync_detailed(
        accounts=accounts,
        client=client,
    ).parsed


async def asyncio_detailed(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[BodAccountBalances | ErrorResponse]:
    """Read the beginning-of-day balances of one to 25 accounts

     Returns `{"BODBalances": [...], "Errors": [...]}`: the balances each requested account had
    when the trading day began, in the order requested, and one `Errors` entry per id that
    could not be answered. Served for Cash, Margin, Futures and DVP accounts. Amounts are
    decimal strings.

    Args:
        accounts (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BodAccountBalances | ErrorResponse]
    """

    kwargs = _get_kwargs(
        accounts=accounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accounts: str,
    *,
    client: AuthenticatedClient | Client,
) -> BodAccountBalances | ErrorResponse | None:
    """Read the beginning-of-day balances of one to 25 accounts

     Returns `{"BODBalances": [...], "Errors": [...]}`: the balances each requested account had
    when the trading day began, in the order requested, and one `Errors` entry per id that
    could not be answered. Served for Cash, Margin, Futures and DVP accounts. Amounts are
    decimal strings.

    Args:
        accounts (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BodAccountBalances | ErrorResponse
    """

    return (
        await asyncio_detailed(
            accounts=accounts,
            client=client,
        )
    ).parsed
