from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.equity_account_balances import EquityAccountBalances
from ...models.forex_account_balances import ForexAccountBalances
from ...models.futures_account_balances import FuturesAccountBalances
from ...models.get_account_balances_api_version import GetAccountBalancesAPIVersion
from ...models.japanese_account_balances import JapaneseAccountBalances
from ...models.japanese_equity_account_balances import JapaneseEquityAccountBalances
from ...models.other_account_balances import OtherAccountBalances
from ...types import UNSET, Response, Unset


def _get_kwargs(
    accountkey: str,
    *,
    api_version: GetAccountBalancesAPIVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["APIVersion"] = json_api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/{accountkey}/balances".format(
            accountkey=quote(str(accountkey), safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "get_account_balances"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
    | None
):
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = errors.CONTRACT.json(response, OPERATION)
        for componentsschemas_account_balances_list_item_data in _response_200:

            def _parse_componentsschemas_account_balances_list_item(
                data: object,
            ) -> (
                EquityAccountBalances
                | ForexAccountBalances
                | FuturesAccountBalances
                | JapaneseAccountBalances
                | JapaneseEquityAccountBalances
                | OtherAccountBalances
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_balances_type_0 = (
                        EquityAccountBalances.from_dict(data)
                    )

                    return componentsschemas_account_balances_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_balances_type_1 = (
                        FuturesAccountBalances.from_dict(data)
                    )

                    return componentsschemas_account_balances_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_balances_type_2 = (
                        ForexAccountBalances.from_dict(data)
                    )

                    return componentsschemas_account_balances_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_balances_type_3 = (
                        JapaneseEquityAccountBalances.from_dict(data)
                    )

                    return componentsschemas_account_balances_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_balances_type_4 = (
                        JapaneseAccountBalances.from_dict(data)
                    )

                    return componentsschemas_account_balances_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_account_balances_type_5 = (
                    OtherAccountBalances.from_dict(data)
                )

                return componentsschemas_account_balances_type_5

            componentsschemas_account_balances_list_item = (
                _parse_componentsschemas_account_balances_list_item(
                    componentsschemas_account_balances_list_item_data
                )
            )

            response_200.append(componentsschemas_account_balances_list_item)

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 403:
        response_403 = response.text
        return response_403

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 500:
        response_500 = cast(Any, None)
        return response_500

    if response.status_code == 502:
        response_502 = cast(Any, None)
        return response_502

    if response.status_code == 504:
        response_504 = cast(Any, None)
        return response_504

    if 500 <= response.status_code <= 599:
        response_5xx = cast(Any, None)
        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    accountkey: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetAccountBalancesAPIVersion | Unset = UNSET,
) -> Response[
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
]:
    """Read the balances of one or several accounts

     Returns an array with one entry per requested account key. Each entry is one of the
    account shapes below: the legacy Account shape chosen by `Type` (the one TradeStation's
    Swagger documents), or the Japanese Account shape of API version 20150601. Amounts are
    JSON numbers with up to 28 decimals.

    Args:
        accountkey (str):
        api_version (GetAccountBalancesAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[EquityAccountBalances | ForexAccountBalances | FuturesAccountBalances | JapaneseAccountBalances | JapaneseEquityAccountBalances | OtherAccountBalances] | str]
    """

    kwargs = _get_kwargs(
        accountkey=accountkey,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    accountkey: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetAccountBalancesAPIVersion | Unset = UNSET,
) -> (
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
    | None
):
    """Read the balances of one or several accounts

     Returns an array with one entry per requested account key. Each entry is one of the
    account shapes below: the legacy Account shape chosen by `Type` (the one TradeStation's
    Swagger documents), or the Japanese Account shape of API version 20150601. Amounts are
    JSON numbers with up to 28 decimals.

    Args:
        accountkey (str):
        api_version (GetAccountBalancesAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[EquityAccountBalances | ForexAccountBalances | FuturesAccountBalances | JapaneseAccountBalances | JapaneseEquityAccountBalances | OtherAccountBalances] | str
    """

    return sync_detailed(
        accountkey=accountkey,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    accountkey: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetAccountBalancesAPIVersion | Unset = UNSET,
) -> Response[
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
]:
    """Read the balances of one or several accounts

     Returns an array with one entry per requested account key. Each entry is one of the
    account shapes below: the legacy Account shape chosen by `Type` (the one TradeStation's
    Swagger documents), or the Japanese Account shape of API version 20150601. Amounts are
    JSON numbers with up to 28 decimals.

    Args:
        accountkey (str):
        api_version (GetAccountBalancesAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[EquityAccountBalances | ForexAccountBalances | FuturesAccountBalances | JapaneseAccountBalances | JapaneseEquityAccountBalances | OtherAccountBalances] | str]
    """

    kwargs = _get_kwargs(
        accountkey=accountkey,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    accountkey: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetAccountBalancesAPIVersion | Unset = UNSET,
) -> (
    Any
    | list[
        EquityAccountBalances
        | ForexAccountBalances
        | FuturesAccountBalances
        | JapaneseAccountBalances
        | JapaneseEquityAccountBalances
        | OtherAccountBalances
    ]
    | str
    | None
):
    """Read the balances of one or several accounts

     Returns an array with one entry per requested account key. Each entry is one of the
    account shapes below: the legacy Account shape chosen by `Type` (the one TradeStation's
    Swagger documents), or the Japanese Account shape of API version 20150601. Amounts are
    JSON numbers with up to 28 decimals.

    Args:
        accountkey (str):
        api_version (GetAccountBalancesAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[EquityAccountBalances | ForexAccountBalances | FuturesAccountBalances | JapaneseAccountBalances | JapaneseEquityAccountBalances | OtherAccountBalances] | str
    """

    return (
        await asyncio_detailed(
            accountkey=accountkey,
            client=client,
            api_version=api_version,
        )
    ).parsed
