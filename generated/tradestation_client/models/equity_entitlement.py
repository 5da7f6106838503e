from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.day_trading import DayTrading


T = TypeVar("T", bound="EquityEntitlement")


@_attrs_define
class EquityEntitlement:
    """Equity trading entitlement of a Japanese account.

    Attributes:
        enabled (bool | None | Unset): Whether the account may trade equities.
        day_trading (DayTrading | None | Unset): Day-trading entitlement.
        unsettled_funds (Decimal | None | Unset): Proceeds of sales that have not settled.
    """

    enabled: bool | None | Unset = UNSET
    day_trading: DayTrading | None | Unset = UNSET
    unsettled_funds: Decimal | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.day_trading import DayTrading  # noqa: PLC0415

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        day_trading: dict[str, Any] | None | Unset
        if isinstance(self.day_trading, Unset):
            day_trading = UNSET
        elif isinstance(self.day_trading, DayTrading):
            day_trading = self.day_trading.to_dict()
        else:
            day_trading = self.day_trading

        unsettled_funds: Decimal | None | Unset
        if isinstance(self.unsettled_funds, Unset):
            unsettled_funds = UNSET
        else:
            unsettled_funds = self.unsettled_funds

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if enabled is not UNSET:
            field_dict["Enabled"] = enabled
        if day_trading is not UNSET:
            field_dict["DayTrading"] = day_trading
        if unsettled_funds is not UNSET:
            field_dict["UnsettledFunds"] = unsettled_funds

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

        def _parse_unsettled_funds(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                unsettled_funds_type_0 = Decimal(str(data))

                return unsettled_funds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        unsettled_funds = _parse_unsettled_funds(d.pop("UnsettledFunds", UNSET))

        equity_entitlement = cls(
            enabled=enabled,
            day_trading=day_trading,
            unsettled_funds=unsettled_funds,
        )

        return equity_entitlement
