from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.japanese_account_info import JapaneseAccountInfo
from ...models.legacy_account_info import LegacyAccountInfo
from ...models.list_accounts_api_version import ListAccountsAPIVersion
from ...models.other_account_info import OtherAccountInfo
from ...types import UNSET, Response, Unset


def _get_kwargs(
    user_id: str,
    *,
    api_version: ListAccountsAPIVersion | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_api_version: str | Unset = UNSET
    if not isinstance(api_version, Unset):
        json_api_version = api_version.value

    params["APIVersion"] = json_api_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users/{user_id}/accounts".format(
            user_id=quote(str(user_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


OPERATION = "list_accounts"
"""The operation of this module in the client's contract (errors.CONTRACT)."""


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str | None
):
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = errors.CONTRACT.json(response, OPERATION)
        for componentsschemas_account_info_list_item_data in _response_200:

            def _parse_componentsschemas_account_info_list_item(
                data: object,
            ) -> JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_info_type_0 = LegacyAccountInfo.from_dict(
                        data
                    )

                    return componentsschemas_account_info_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_account_info_type_1 = (
                        JapaneseAccountInfo.from_dict(data)
                    )

                    return componentsschemas_account_info_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_account_info_type_2 = OtherAccountInfo.from_dict(data)

                return componentsschemas_account_info_type_2

            componentsschemas_account_info_list_item = (
                _parse_componentsschemas_account_info_list_item(
                    componentsschemas_account_info_list_item_data
                )
            )

            response_200.append(componentsschemas_account_info_list_item)

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
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ListAccountsAPIVersion | Unset = UNSET,
) -> Response[
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str
]:
    """List the accounts a user may access

     Returns every account the user can reach with this token, as one array (no paging). Each
    entry is either the legacy Account Info shape (what API version 20101026 answers, and the
    only shape TradeStation's Swagger documents) or the Japanese Account Info shape of API
    version 20150601. The entry's `Key` (legacy, a number) or `Id` (Japanese, a string) is the
    account key that `getAccountBalances` takes in its `accountkey` path parameter.

    Args:
        user_id (str):
        api_version (ListAccountsAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=api_version,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ListAccountsAPIVersion | Unset = UNSET,
) -> (
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str | None
):
    """List the accounts a user may access

     Returns every account the user can reach with this token, as one array (no paging). Each
    entry is either the legacy Account Info shape (what API version 20101026 answers, and the
    only shape TradeStation's Swagger documents) or the Japanese Account Info shape of API
    version 20150601. The entry's `Key` (legacy, a number) or `Id` (Japanese, a string) is the
    account key that `getAccountBalances` takes in its `accountkey` path parameter.

    Args:
        user_id (str):
        api_version (ListAccountsAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str
    """

    return sync_detailed(
        user_id=user_id,
        client=client,
        api_version=api_version,
    ).parsed


async def asyncio_detailed(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ListAccountsAPIVersion | Unset = UNSET,
) -> Response[
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str
]:
    """List the accounts a user may access

     Returns every account the user can reach with this token, as one array (no paging). Each
    entry is either the legacy Account Info shape (what API version 20101026 answers, and the
    only shape TradeStation's Swagger documents) or the Japanese Account Info shape of API
    version 20150601. The entry's `Key` (legacy, a number) or `Id` (Japanese, a string) is the
    account key that `getAccountBalances` takes in its `accountkey` path parameter.

    Args:
        user_id (str):
        api_version (ListAccountsAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str]
    """

    kwargs = _get_kwargs(
        user_id=user_id,
        api_version=api_version,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    user_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: ListAccountsAPIVersion | Unset = UNSET,
) -> (
    Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str | None
):
    """List the accounts a user may access

     Returns every account the user can reach with this token, as one array (no paging). Each
    entry is either the legacy Account Info shape (what API version 20101026 answers, and the
    only shape TradeStation's Swagger documents) or the Japanese Account Info shape of API
    version 20150601. The entry's `Key` (legacy, a number) or `Id` (Japanese, a string) is the
    account key that `getAccountBalances` takes in its `accountkey` path parameter.

    Args:
        user_id (str):
        api_version (ListAccountsAPIVersion | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[JapaneseAccountInfo | LegacyAccountInfo | OtherAccountInfo] | str
    """

    return (
        await asyncio_detailed(
            user_id=user_id,
            client=client,
            api_version=api_version,
        )
    ).parsed
