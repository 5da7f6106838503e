from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.japanese_account_info_status import JapaneseAccountInfoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="JapaneseAccountInfo")


@_attrs_define
class JapaneseAccountInfo:
    """An account in the Account Info shape of API version 20150601 (the Japan market): `Id`,
    `Status` Open or Close. Closed: a field of the legacy shape (`Key`, `Type`...) makes the
    entry invalid.

        Attributes:
            id (str): Account id (e.g. JPEQ10134): the value of getAccountBalances' accountkey path parameter.
            account_display_name (str): Name shown for the account.
            status (JapaneseAccountInfoStatus): Whether the account is open or closed.
            restrictions (list[str] | None | Unset): Restrictions in force, e.g. MarginCall, LiquidatingTransactionOnly,
                ClosingTransactionOnly, NintyDaysClosingTransactionOnly (the docs' spelling).
            allowed_fund_sources (list[str] | None | Unset): How the account may fund positions.
            allowed_assets (list[str] | None | Unset): Asset classes the account may trade, e.g. Equity, Option, Future,
                Forex.
    """

    id: str
    account_display_name: str
    status: JapaneseAccountInfoStatus
    restrictions: list[str] | None | Unset = UNSET
    allowed_fund_sources: list[str] | None | Unset = UNSET
    allowed_assets: list[str] | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_display_name = self.account_display_name

        status = self.status.value

        restrictions: list[str] | None | Unset
        if isinstance(self.restrictions, Unset):
            restrictions = UNSET
        elif isinstance(self.restrictions, list):
            restrictions = self.restrictions

        else:
            restrictions = self.restrictions

        allowed_fund_sources: list[str] | None | Unset
        if isinstance(self.allowed_fund_sources, Unset):
            allowed_fund_sources = UNSET
        elif isinstance(self.allowed_fund_sources, list):
            allowed_fund_sources = self.allowed_fund_sources

        else:
            allowed_fund_sources = self.allowed_fund_sources

        allowed_assets: list[str] | None | Unset
        if isinstance(self.allowed_assets, Unset):
            allowed_assets = UNSET
        elif isinstance(self.allowed_assets, list):
            allowed_assets = self.allowed_assets

        else:
            allowed_assets = self.allowed_assets

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Id": id,
                "AccountDisplayName": account_display_name,
                "Status": status,
            }
        )
        if restrictions is not UNSET:
            field_dict["Restrictions"] = restrictions
        if allowed_fund_sources is not UNSET:
            field_dict["AllowedFundSources"] = allowed_fund_sources
        if allowed_assets is not UNSET:
            field_dict["AllowedAssets"] = allowed_assets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("Id")

        account_display_name = d.pop("AccountDisplayName")

        status = JapaneseAccountInfoStatus(d.pop("Status"))

        def _parse_restrictions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restrictions_type_0 = cast(list[str], data)

                return restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        restrictions = _parse_restrictions(d.pop("Restrictions", UNSET))

        def _parse_allowed_fund_sources(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_fund_sources_type_0 = cast(list[str], data)

                return allowed_fund_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_fund_sources = _parse_allowed_fund_sources(
            d.pop("AllowedFundSources", UNSET)
        )

        def _parse_allowed_assets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_assets_type_0 = cast(list[str], data)

                return allowed_assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_assets = _parse_allowed_assets(d.pop("AllowedAssets", UNSET))

        japanese_account_info = cls(
            id=id,
            account_display_name=account_display_name,
            status=status,
            restrictions=restrictions,
            allowed_fund_sources=allowed_fund_sources,
            allowed_assets=allowed_assets,
        )

        return japanese_account_info
