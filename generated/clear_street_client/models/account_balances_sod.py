from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalancesSod")


@_attrs_define
class AccountBalancesSod:
    """Start-of-day (SOD) snapshot. Margin accounts add the day-trade and maintenance figures.

    Attributes:
        buying_power (str): Buying power at the start of the day.
        equity (str): Equity at the start of the day.
        long_market_value (str): Long market value at the start of the day.
        asof (datetime.date | None | Unset): Date the start-of-day figures are for.
        short_market_value (str | Unset): Short market value at the start of the day; the documented cash account omits
            it.
        day_trade_buying_power (None | str | Unset): Day-trading buying power at the start of the day (pattern day
            trader accounts).
        maintenance_margin_excess (None | str | Unset): Equity above the maintenance requirement at the start of the
            day.
        maintenance_margin_requirement (None | str | Unset): Maintenance requirement at the start of the day.
        trade_cash (None | str | Unset): Trade-date cash at the start of the day.
    """

    buying_power: str
    equity: str
    long_market_value: str
    asof: datetime.date | None | Unset = UNSET
    short_market_value: str | Unset = UNSET
    day_trade_buying_power: None | str | Unset = UNSET
    maintenance_margin_excess: None | str | Unset = UNSET
    maintenance_margin_requirement: None | str | Unset = UNSET
    trade_cash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        buying_power = self.buying_power

        equity = self.equity

        long_market_value = self.long_market_value

        asof: None | str | Unset
        if isinstance(self.asof, Unset):
            asof = UNSET
        elif isinstance(self.asof, datetime.date):
            asof = self.asof.isoformat()
        else:
            asof = self.asof

        short_market_value = self.short_market_value

        day_trade_buying_power: None | str | Unset
        if isinstance(self.day_trade_buying_power, Unset):
            day_trade_buying_power = UNSET
        else:
            day_trade_buying_power = self.day_trade_buying_power

        maintenance_margin_excess: None | str | Unset
        if isinstance(self.maintenance_margin_excess, Unset):
            maintenance_margin_excess = UNSET
        else:
            maintenance_margin_excess = self.maintenance_margin_excess

        maintenance_margin_requirement: None | str | Unset
        if isinstance(self.maintenance_margin_requirement, Unset):
            maintenance_margin_requirement = UNSET
        else:
            maintenance_margin_requirement = self.maintenance_margin_requirement

        trade_cash: None | str | Unset
        if isinstance(self.trade_cash, Unset):
            trade_cash = UNSET
        else:
            trade_cash = self.trade_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "buying_power": buying_power,
                "equity": equity,
                "long_market_value": long_market_value,
            }
        )
        if asof is not UNSET:
            field_dict["asof"] = asof
        if short_market_value is not UNSET:
            field_dict["short_market_value"] = short_market_value
        if day_trade_buying_power is not UNSET:
            field_dict["day_trade_buying_power"] = day_trade_buying_power
        if maintenance_margin_excess is not UNSET:
            field_dict["maintenance_margin_excess"] = maintenance_margin_excess
        if maintenance_margin_requirement is not UNSET:
            field_dict["maintenance_margin_requirement"] = (
                maintenance_margin_requirement
            )
        if trade_cash is not UNSET:
            field_dict["trade_cash"] = trade_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        buying_power = d.pop("buying_power")

        equity = d.pop("equity")

        long_market_value = d.pop("long_market_value")

        def _parse_asof(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                asof_type_0 = datetime.date.fromisoformat(data)

                return asof_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        asof = _parse_asof(d.pop("asof", UNSET))

        short_market_value = d.pop("short_market_value", UNSET)

        def _parse_day_trade_buying_power(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        day_trade_buying_power = _parse_day_trade_buying_power(
            d.pop("day_trade_buying_power", UNSET)
        )

        def _parse_maintenance_margin_excess(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintenance_margin_excess = _parse_maintenance_margin_excess(
            d.pop("maintenance_margin_excess", UNSET)
        )

        def _parse_maintenance_margin_requirement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        maintenance_margin_requirement = _parse_maintenance_margin_requirement(
            d.pop("maintenance_margin_requirement", UNSET)
        )

        def _parse_trade_cash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trade_cash = _parse_trade_cash(d.pop("trade_cash", UNSET))

        account_balances_sod = cls(
            buying_power=buying_power,
            equity=equity,
            long_market_value=long_market_value,
            asof=asof,
            short_market_value=short_market_value,
            day_trade_buying_power=day_trade_buying_power,
            maintenance_margin_excess=maintenance_margin_excess,
            maintenance_margin_requirement=maintenance_margin_requirement,
            trade_cash=trade_cash,
        )

        account_balances_sod.additional_properties = d
        return account_balances_sod

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
