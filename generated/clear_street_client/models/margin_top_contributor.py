from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MarginTopContributor")


@_attrs_define
class MarginTopContributor:
    """One underlying's share of the margin requirement.

    Attributes:
        overnight_margin_requirement (Decimal): Overnight margin requirement due to this underlying. Added in SDK 0.10.0
            (2026-10-15).
        initial_margin_requirement (Decimal): Initial margin requirement due to this underlying.
        maintenance_margin_requirement (Decimal): Maintenance requirement due to this underlying.
        market_value (Decimal): Net market value of this underlying.
        underlying_instrument_id (UUID): Clear Street id (a UUID) of the underlying instrument.
        day_trade_buying_power_usage (Decimal | Unset): Day-trading buying power used today by fills in this underlying
            (pattern day trader accounts). Deprecated 2026-06-05, removed from the broker's schema on 2026-08-05.
    """

    overnight_margin_requirement: Decimal
    initial_margin_requirement: Decimal
    maintenance_margin_requirement: Decimal
    market_value: Decimal
    underlying_instrument_id: UUID
    day_trade_buying_power_usage: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overnight_margin_requirement = format(self.overnight_margin_requirement, "f")

        initial_margin_requirement = format(self.initial_margin_requirement, "f")

        maintenance_margin_requirement = format(
            self.maintenance_margin_requirement, "f"
        )

        market_value = format(self.market_value, "f")

        underlying_instrument_id = str(self.underlying_instrument_id)

        day_trade_buying_power_usage: str | Unset = UNSET
        if not isinstance(self.day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = format(
                self.day_trade_buying_power_usage, "f"
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overnight_margin_requirement": overnight_margin_requirement,
                "initial_margin_requirement": initial_margin_requirement,
                "maintenance_margin_requirement": maintenance_margin_requirement,
                "market_value": market_value,
                "underlying_instrument_id": underlying_instrument_id,
            }
        )
        if day_trade_buying_power_usage is not UNSET:
            field_dict["day_trade_buying_power_usage"] = day_trade_buying_power_usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overnight_margin_requirement = Decimal(d.pop("overnight_margin_requirement"))

        initial_margin_requirement = Decimal(d.pop("initial_margin_requirement"))

        maintenance_margin_requirement = Decimal(
            d.pop("maintenance_margin_requirement")
        )

        market_value = Decimal(d.pop("market_value"))

        underlying_instrument_id = UUID(d.pop("underlying_instrument_id"))

        _day_trade_buying_power_usage = d.pop("day_trade_buying_power_usage", UNSET)
        day_trade_buying_power_usage: Decimal | Unset
        if isinstance(_day_trade_buying_power_usage, Unset):
            day_trade_buying_power_usage = UNSET
        else:
            day_trade_buying_power_usage = Decimal(_day_trade_buying_power_usage)

        margin_top_contributor = cls(
            overnight_margin_requirement=overnight_margin_requirement,
            initial_margin_requirement=initial_margin_requirement,
            maintenance_margin_requirement=maintenance_margin_requirement,
            market_value=market_value,
            underlying_instrument_id=underlying_instrument_id,
            day_trade_buying_power_usage=day_trade_buying_power_usage,
        )

        margin_top_contributor.additional_properties = d
        return margin_top_contributor

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
