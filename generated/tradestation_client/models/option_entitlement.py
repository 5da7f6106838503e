from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_trading import DayTrading


T = TypeVar("T", bound="OptionEntitlement")


@_attrs_define
class OptionEntitlement:
    """Option trading entitlement of a Japanese account.

    Attributes:
        enabled (bool | None | Unset): Whether the account may trade options.
        approval_level (int | None | Unset): Option level the account is approved for.
        day_trading (DayTrading | None | Unset): Day-trading entitlement.
    """

    enabled: bool | None | Unset = UNSET
    approval_level: int | None | Unset = UNSET
    day_trading: DayTrading | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_trading import DayTrading  # noqa: PLC0415

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        approval_level: int | None | Unset
        if isinstance(self.approval_level, Unset):
            approval_level = UNSET
        else:
            approval_level = self.approval_level

        day_trading: dict[str, Any] | None | Unset
        if isinstance(self.day_trading, Unset):
            day_trading = UNSET
        elif isinstance(self.day_trading, DayTrading):
            day_trading = self.day_trading.to_dict()
        else:
            day_trading = self.day_trading

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["Enabled"] = enabled
        if approval_level is not UNSET:
            field_dict["ApprovalLevel"] = approval_level
        if day_trading is not UNSET:
            field_dict["DayTrading"] = day_trading

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.day_trading import DayTrading  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("Enabled", UNSET))

        def _parse_approval_level(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        approval_level = _parse_approval_level(d.pop("ApprovalLevel", UNSET))

        def _parse_day_trading(data: object) -> DayTrading | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                day_trading_type_0 = DayTrading.from_dict(data)

                return day_trading_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DayTrading | None | Unset, data)

        day_trading = _parse_day_trading(d.pop("DayTrading", UNSET))

        option_entitlement = cls(
            enabled=enabled,
            approval_level=approval_level,
            day_trading=day_trading,
        )

        return option_entitlement
