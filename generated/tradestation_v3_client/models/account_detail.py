from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountDetail")


@_attrs_define
class AccountDetail:
    """Trading permissions and flags of an equities account.

    Attributes:
        is_stock_locate_eligible (bool | Unset): Whether the account may locate stock to borrow for short sales.
        enrolled_in_reg_t_program (bool | Unset): Whether the account takes part in TradeStation's Reg T program
            (internal flag).
        requires_buying_power_warning (bool | Unset): Whether the user is warned before an order would go beyond buying
            power (internal flag).
        day_trading_qualified (bool | Unset): Whether compliance allows the account to day trade; if not, it cannot
            become a pattern day trader.
        option_approval_level (int | Unset): Option strategies allowed, from 0 (no options) to 5 (naked index and stock
            calls and puts).
        pattern_day_trader (bool | Unset): Whether FINRA's pattern day trader rule applies to the account.
    """

    is_stock_locate_eligible: bool | Unset = UNSET
    enrolled_in_reg_t_program: bool | Unset = UNSET
    requires_buying_power_warning: bool | Unset = UNSET
    day_trading_qualified: bool | Unset = UNSET
    option_approval_level: int | Unset = UNSET
    pattern_day_trader: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_stock_locate_eligible = self.is_stock_locate_eligible

        enrolled_in_reg_t_program = self.enrolled_in_reg_t_program

        requires_buying_power_warning = self.requires_buying_power_warning

        day_trading_qualified = self.day_trading_qualified

        option_approval_level = self.option_approval_level

        pattern_day_trader = self.pattern_day_trader

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_stock_locate_eligible is not UNSET:
            field_dict["IsStockLocateEligible"] = is_stock_locate_eligible
        if enrolled_in_reg_t_program is not UNSET:
            field_dict["EnrolledInRegTProgram"] = enrolled_in_reg_t_program
        if requires_buying_power_warning is not UNSET:
            field_dict["RequiresBuyingPowerWarning"] = requires_buying_power_warning
        if day_trading_qualified is not UNSET:
            field_dict["DayTradingQualified"] = day_trading_qualified
        if option_approval_level is not UNSET:
            field_dict["OptionApprovalLevel"] = option_approval_level
        if pattern_day_trader is not UNSET:
            field_dict["PatternDayTrader"] = pattern_day_trader

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_stock_locate_eligible = d.pop("IsStockLocateEligible", UNSET)

        enrolled_in_reg_t_program = d.pop("EnrolledInRegTProgram", UNSET)

        requires_buying_power_warning = d.pop("RequiresBuyingPowerWarning", UNSET)

        day_trading_qualified = d.pop("DayTradingQualified", UNSET)

        option_approval_level = d.pop("OptionApprovalLevel", UNSET)

        pattern_day_trader = d.pop("PatternDayTrader", UNSET)

        account_detail = cls(
            is_stock_locate_eligible=is_stock_locate_eligible,
            enrolled_in_reg_t_program=enrolled_in_reg_t_program,
            requires_buying_power_warning=requires_buying_power_warning,
            day_trading_qualified=day_trading_qualified,
            option_approval_level=option_approval_level,
            pattern_day_trader=pattern_day_trader,
        )

        account_detail.additional_properties = d
        return account_detail

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
