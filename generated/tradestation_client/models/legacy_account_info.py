from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legacy_account_info_status_type_1 import LegacyAccountInfoStatusType1
from ..models.legacy_account_info_status_type_2_type_1 import (
    LegacyAccountInfoStatusType2Type1,
)
from ..models.legacy_account_info_status_type_3_type_1 import (
    LegacyAccountInfoStatusType3Type1,
)
from ..models.legacy_account_info_type import LegacyAccountInfoType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LegacyAccountInfo")


@_attrs_define
class LegacyAccountInfo:
    """An account in the legacy Account Info shape (API version 20101026; the shape TradeStation's Swagger documents).
    Fields other than the four identity fields may be absent or null.

        Attributes:
            key (int): Account key: written in decimal, the value of getAccountBalances' accountkey path parameter.
            name (str): Name of the account.
            type_ (LegacyAccountInfoType): C cash, M margin, D delivery versus payment (DVP), F futures, X forex (in the
                published samples and the US object page, no longer in the Swagger).
            type_description (str): The account type in words.
            alias (None | str | Unset): Name the user gave the account.
            alt_id (None | str | Unset): TradeStation's alternate id of the account, when it has one.
            display_name (None | str | Unset): The alternate id when there is one, else the TradeStation account id.
            is_stock_locate_eligible (bool | None | Unset): Whether the account may use stock locates.
            status (LegacyAccountInfoStatusType1 | LegacyAccountInfoStatusType2Type1 | LegacyAccountInfoStatusType3Type1 |
                None | Unset): Status code: A active, C closing transactions only, D 90-day restriction (closing transactions
                only), F margin call (closing transactions only), I inactive, R restricted, L liquidating transactions only, X
                closed. In the Swagger since 2018; in no published sample.
            status_description (None | str | Unset): The status in words, e.g. Active.
    """

    key: int
    name: str
    type_: LegacyAccountInfoType
    type_description: str
    alias: None | str | Unset = UNSET
    alt_id: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    is_stock_locate_eligible: bool | None | Unset = UNSET
    status: (
        LegacyAccountInfoStatusType1
        | LegacyAccountInfoStatusType2Type1
        | LegacyAccountInfoStatusType3Type1
        | None
        | Unset
    ) = UNSET
    status_description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        type_ = self.type_.value

        type_description = self.type_description

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        alt_id: None | str | Unset
        if isinstance(self.alt_id, Unset):
            alt_id = UNSET
        else:
            alt_id = self.alt_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        is_stock_locate_eligible: bool | None | Unset
        if isinstance(self.is_stock_locate_eligible, Unset):
            is_stock_locate_eligible = UNSET
        else:
            is_stock_locate_eligible = self.is_stock_locate_eligible

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LegacyAccountInfoStatusType1):
            status = self.status.value
        elif isinstance(self.status, LegacyAccountInfoStatusType2Type1):
            status = self.status.value
        elif isinstance(self.status, LegacyAccountInfoStatusType3Type1):
            status = self.status.value
        else:
            status = self.status

        status_description: None | str | Unset
        if isinstance(self.status_description, Unset):
            status_description = UNSET
        else:
            status_description = self.status_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Key": key,
                "Name": name,
                "Type": type_,
                "TypeDescription": type_description,
            }
        )
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if alt_id is not UNSET:
            field_dict["AltId"] = alt_id
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if is_stock_locate_eligible is not UNSET:
            field_dict["IsStockLocateEligible"] = is_stock_locate_eligible
        if status is not UNSET:
            field_dict["Status"] = status
        if status_description is not UNSET:
            field_dict["StatusDescription"] = status_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("Key")

        name = d.pop("Name")

        type_ = LegacyAccountInfoType(d.pop("Type"))

        type_description = d.pop("TypeDescription")

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_alt_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alt_id = _parse_alt_id(d.pop("AltId", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        def _parse_is_stock_locate_eligible(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_stock_locate_eligible = _parse_is_stock_locate_eligible(
            d.pop("IsStockLocateEligible", UNSET)
        )

        def _parse_status(
            data: object,
        ) -> (
            LegacyAccountInfoStatusType1
            | LegacyAccountInfoStatusType2Type1
            | LegacyAccountInfoStatusType3Type1
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = LegacyAccountInfoStatusType1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_2_type_1 = LegacyAccountInfoStatusType2Type1(data)

                return status_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_3_type_1 = LegacyAccountInfoStatusType3Type1(data)

                return status_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LegacyAccountInfoStatusType1
                | LegacyAccountInfoStatusType2Type1
                | LegacyAccountInfoStatusType3Type1
                | None
                | Unset,
                data,
            )

        status = _parse_status(d.pop("Status", UNSET))

        def _parse_status_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_description = _parse_status_description(
            d.pop("StatusDescription", UNSET)
        )

        legacy_account_info = cls(
            key=key,
            name=name,
            type_=type_,
            type_description=type_description,
            alias=alias,
            alt_id=alt_id,
            display_name=display_name,
            is_stock_locate_eligible=is_stock_locate_eligible,
            status=status,
            status_description=status_description,
        )

        legacy_account_info.additional_properties = d
        return legacy_account_info

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
