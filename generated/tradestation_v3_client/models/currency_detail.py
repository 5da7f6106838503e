from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyDetail")


@_attrs_define
class CurrencyDetail:
    """Real-time figures of a futures account in one currency.

    Attributes:
        currency (str | Unset): Currency of the figures on this line.
        account_conversion_rate (Decimal | Unset): Rate that converts this currency to the account's currency.
        account_margin_requirement (Decimal | Unset): Margin requirement of the account now.
        cash_balance (Decimal | Unset): Cash balance now.
        commission (Decimal | Unset): Commission and routing fees charged.
        initial_margin (Decimal | Unset): Initial margin now.
        maintenance_margin (Decimal | Unset): Maintenance margin now.
        realized_profit_loss (Decimal | Unset): Realized profit or loss now.
        unrealized_profit_loss (Decimal | Unset): Unrealized profit or loss now.
    """

    currency: str | Unset = UNSET
    account_conversion_rate: Decimal | Unset = UNSET
    account_margin_requirement: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    initial_margin: Decimal | Unset = UNSET
    maintenance_margin: Decimal | Unset = UNSET
    realized_profit_loss: Decimal | Unset = UNSET
    unrealized_profit_loss: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        account_conversion_rate: str | Unset = UNSET
        if not isinstance(self.account_conversion_rate, Unset):
            account_conversion_rate = format(self.account_conversion_rate, "f")

        account_margin_requirement: str | Unset = UNSET
        if not isinstance(self.account_margin_requirement, Unset):
            account_margin_requirement = format(self.account_margin_requirement, "f")

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = format(self.cash_balance, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        initial_margin: str | Unset = UNSET
        if not isinstance(self.initial_margin, Unset):
            initial_margin = format(self.initial_margin, "f")

        maintenance_margin: str | Unset = UNSET
        if not isinstance(self.maintenance_margin, Unset):
            maintenance_margin = format(self.maintenance_margin, "f")

        realized_profit_loss: str | Unset = UNSET
        if not isinstance(self.realized_profit_loss, Unset):
            realized_profit_loss = format(self.realized_profit_loss, "f")

        unrealized_profit_loss: str | Unset = UNSET
        if not isinstance(self.unrealized_profit_loss, Unset):
            unrealized_profit_loss = format(self.unrealized_profit_loss, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if account_conversion_rate is not UNSET:
            field_dict["AccountConversionRate"] = account_conversion_rate
        if account_margin_requirement is not UNSET:
            field_dict["AccountMarginRequirement"] = account_margin_requirement
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if initial_margin is not UNSET:
            field_dict["InitialMargin"] = initial_margin
        if maintenance_margin is not UNSET:
            field_dict["MaintenanceMargin"] = maintenance_margin
        if realized_profit_loss is not UNSET:
            field_dict["RealizedProfitLoss"] = realized_profit_loss
        if unrealized_profit_loss is not UNSET:
            field_dict["UnrealizedProfitLoss"] = unrealized_profit_loss

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency = d.pop("Currency", UNSET)

        _account_conversion_rate = d.pop("AccountConversionRate", UNSET)
        account_conversion_rate: Decimal | Unset
        if isinstance(_account_conversion_rate, Unset):
            account_conversion_rate = UNSET
        else:
            account_conversion_rate = Decimal(_account_conversion_rate)

        _account_margin_requirement = d.pop("AccountMarginRequirement", UNSET)
        account_margin_requirement: Decimal | Unset
        if isinstance(_account_margin_requirement, Unset):
            account_margin_requirement = UNSET
        else:
            account_margin_requirement = Decimal(_account_margin_requirement)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = Decimal(_cash_balance)

        _commission = d.pop("Commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = Decimal(_commission)

        _initial_margin = d.pop("InitialMargin", UNSET)
        initial_margin: Decimal | Unset
        if isinstance(_initial_margin, Unset):
            initial_margin = UNSET
        else:
            initial_margin = Decimal(_initial_margin)

        _maintenance_margin = d.pop("MaintenanceMargin", UNSET)
        maintenance_margin: Decimal | Unset
        if isinstance(_maintenance_margin, Unset):
            maintenance_margin = UNSET
        else:
            maintenance_margin = Decimal(_maintenance_margin)

        _realized_profit_loss = d.pop("RealizedProfitLoss", UNSET)
        realized_profit_loss: Decimal | Unset
        if isinstance(_realized_profit_loss, Unset):
            realized_profit_loss = UNSET
        else:
            realized_profit_loss = Decimal(_realized_profit_loss)

        _unrealized_profit_loss = d.pop("UnrealizedProfitLoss", UNSET)
        unrealized_profit_loss: Decimal | Unset
        if isinstance(_unrealized_profit_loss, Unset):
            unrealized_profit_loss = UNSET
        else:
            unrealized_profit_loss = Decimal(_unrealized_profit_loss)

        currency_detail = cls(
            currency=currency,
            account_conversion_rate=account_conversion_rate,
            account_margin_requirement=account_margin_requirement,
            cash_balance=cash_balance,
            commission=commission,
            initial_margin=initial_margin,
            maintenance_margin=maintenance_margin,
            realized_profit_loss=realized_profit_loss,
            unrealized_profit_loss=unrealized_profit_loss,
        )

        currency_detail.additional_properties = d
        return currency_detail

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
