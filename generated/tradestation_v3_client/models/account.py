from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_detail import AccountDetail


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """One brokerage account of the user. Fields other than AccountID may be left out (TradeStation omits Alias and AltID
    when unset; futures accounts come without AccountDetail).

        Attributes:
            account_id (str): TradeStation account id (digits, sometimes with letters, e.g. 123456789 or 123456789C): the
                value the balances calls take in their path.
            account_type (str | Unset): Kind of account; the spec names Cash, Margin, Futures and DVP (delivery versus
                payment).
            alias (str | Unset): Name the user gave the account; absent when none.
            alt_id (str | Unset): Alternate account id used for accounts based in Japan; absent when none.
            currency (str | Unset): Currency the account is kept in, e.g. USD.
            status (str | Unset): Account status in words: Active, Closed, Closing Transaction Only, Margin Call - Closing
                Transactions Only, Inactive, Liquidating Transactions Only, Restricted, or 90 Day Restriction-Closing
                Transaction Only.
            account_detail (AccountDetail | Unset): Trading permissions and flags of an equities account.
    """

    account_id: str
    account_type: str | Unset = UNSET
    alias: str | Unset = UNSET
    alt_id: str | Unset = UNSET
    currency: str | Unset = UNSET
    status: str | Unset = UNSET
    account_detail: AccountDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        alias = self.alias

        alt_id = self.alt_id

        currency = self.currency

        status = self.status

        account_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account_detail, Unset):
            account_detail = self.account_detail.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
            }
        )
        if account_type is not UNSET:
            field_dict["AccountType"] = account_type
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if alt_id is not UNSET:
            field_dict["AltID"] = alt_id
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if status is not UNSET:
            field_dict["Status"] = status
        if account_detail is not UNSET:
            field_dict["AccountDetail"] = account_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_detail import AccountDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType", UNSET)

        alias = d.pop("Alias", UNSET)

        alt_id = d.pop("AltID", UNSET)

        currency = d.pop("Currency", UNSET)

        status = d.pop("Status", UNSET)

        _account_detail = d.pop("AccountDetail", UNSET)
        account_detail: AccountDetail | Unset
        if isinstance(_account_detail, Unset):
            account_detail = UNSET
        else:
            account_detail = AccountDetail.from_dict(_account_detail)

        account = cls(
            account_id=account_id,
            account_type=account_type,
            alias=alias,
            alt_id=alt_id,
            currency=currency,
            status=status,
            account_detail=account_detail,
        )

        account.additional_properties = d
        return account

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
