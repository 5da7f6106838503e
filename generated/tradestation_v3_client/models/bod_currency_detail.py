from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BodCurrencyDetail")


@_attrs_define
class BodCurrencyDetail:
    """Beginning-of-day figures of a futures account in one currency.

    Attributes:
        currency (str | Unset): Currency of the figures on this line.
        account_margin_requirement (Decimal | Unset): Margin requirement at the start of the day, in the account's
            currency.
        account_open_trade_equity (Decimal | Unset): Open trade equity at the start of the day, in the account's
            currency.
        account_securities (Decimal | Unset): Securities deposited with the clearing firm to raise buying power, in the
            account's currency.
        cash_balance (Decimal | Unset): Cash balance at the start of the day.
        margin_requirement (Decimal | Unset): Margin requirement at the start of the day.
        open_trade_equity (Decimal | Unset): Open trade equity at the start of the day.
        securities (Decimal | Unset): Securities on deposit at the start of the day.
    """

    currency: str | Unset = UNSET
    account_margin_requirement: Decimal | Unset = UNSET
    account_open_trade_equity: Decimal | Unset = UNSET
    account_securities: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    margin_requirement: Decimal | Unset = UNSET
    open_trade_equity: Decimal | Unset = UNSET
    securities: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = format(self.account_margin_requirement, "f")

        account_open_trade_equity: str | Unset = UNSET
        if not isinstance(self.account_open_trade_equity, Unset):
            account_open_trade_equity = format(self.account_open_trade_equity, "f")

        account_securities: str | Unset = UNSET
        if not isinstance(self.account_securities, Unset):
            account_securities = format(self.account_securities, "f")

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = format(self.cash_balance, "f")

        margin_requirement: str | Unset = UNSET
        if not isinstance(self.margin_requirement, Unset):
            margin_requirement = format(self.margin_requirement, "f")

        open_trade_equity: str | Unset = UNSET
        if not isinstance(self.open_trade_equity, Unset):
            open_trade_equity = format(self.open_trade_equity, "f")

        securities: str | Unset = UNSET
        if not isinstance(self.securities, Unset):
            securities = format(self.securities, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement
        if account_open_trade_equity is not UNSET:
            field_dict["AccountOpenTradeEquity"] = account_open_trade_equity
        if account_securities is not UNSET:
            field_dict["AccountSecurities"] = account_securities
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if margin_requirement is not UNSET:
            field_dict["MarginRequirement"] = margin_requirement
        if open_trade_equity is not UNSET:
            field_dict["OpenTradeEquity"] = open_trade_equity
        if securities is not UNSET:
            field_dict["Securities"] = securities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency", UNSET)

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = Decimal(_account_margin_requirement)

        _account_open_trade_equity = d.pop("AccountOpenTradeEquity", UNSET)
        account_open_trade_equity: Decimal | Unset
        if isinstance(_account_open_trade_equity, Unset):
            account_open_trade_equity = UNSET
        else:
            account_open_trade_equity = Decimal(_account_open_trade_equity)

        _account_securities = d.pop("AccountSecurities", UNSET)
        account_securities: Decimal | Unset
        if isinstance(_account_securities, Unset):
            account_securities = UNSET
        else:
            account_securities = Decimal(_account_securities)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = Decimal(_cash_balance)

        _margin_requirement = d.pop("MarginRequirement", UNSET)
        margin_requirement: Decimal | Unset
        if isinstance(_margin_requirement, Unset):
            margin_requirement = UNSET
        else:
            margin_requirement = Decimal(_margin_requirement)

        _open_trade_equity = d.pop("OpenTradeEquity", UNSET)
        open_trade_equity: Decimal | Unset
        if isinstance(_open_trade_equity, Unset):
            open_trade_equity = UNSET
        else:
            open_trade_equity = Decimal(_open_trade_equity)

        _securities = d.pop("Securities", UNSET)
        securities: Decimal | Unset
        if isinstance(_securities, Unset):
            securities = UNSET
        else:
            securities = Decimal(_securities)

        bod_currency_detail = cls(
            currency=currency,
            account_margin_requirement=account_margin_requirement,
            account_open_trade_equity=account_open_trade_equity,
            account_securities=account_securities,
            cash_balance=cash_balance,
            margin_requirement=margin_requirement,
            open_trade_equity=open_trade_equity,
            securities=securities,
        )

        bod_currency_detail.additional_properties = d
        return bod_currency_detail

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
