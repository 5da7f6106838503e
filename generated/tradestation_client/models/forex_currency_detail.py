from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForexCurrencyDetail")


@_attrs_define
class ForexCurrencyDetail:
    """Figures of a forex account in one currency.

    Attributes:
        currency (None | str | Unset): Currency of this line.
        to_account_conversion_rate (Decimal | None | Unset): Rate converting this currency into the account's currency.
        bod_cash_balance (Decimal | None | Unset): Cash at the start of the day, in this currency.
        bod_account_cash_balance (Decimal | None | Unset): Cash at the start of the day, in the account's currency.
        real_time_cash_balance (Decimal | None | Unset): Cash now, in this currency.
        real_time_account_cash_balance (Decimal | None | Unset): Cash now, in the account's currency.
        commission (Decimal | None | Unset): Commissions in this currency.
        real_time_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss now, in this currency.
        real_time_account_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss now, in the
            account's currency.
        real_time_realized_profit_loss (Decimal | None | Unset): Realized profit or loss today, in this currency.
        real_time_account_realized_profit_loss (Decimal | None | Unset): Realized profit or loss today, in the account's
            currency.
        bod_margin_requirement (Decimal | None | Unset): Margin requirement at the start of the day, in this currency.
        bod_account_margin_requirement (Decimal | None | Unset): Margin requirement at the start of the day, in the
            account's currency.
    """

    currency: None | str | Unset = UNSET
    to_account_conversion_rate: Decimal | None | Unset = UNSET
    bod_cash_balance: Decimal | None | Unset = UNSET
    bod_account_cash_balance: Decimal | None | Unset = UNSET
    real_time_cash_balance: Decimal | None | Unset = UNSET
    real_time_account_cash_balance: Decimal | None | Unset = UNSET
    commission: Decimal | None | Unset = UNSET
    real_time_unrealized_profit_loss: Decimal | None | Unset = UNSET
    real_time_account_unrealized_profit_loss: Decimal | None | Unset = UNSET
    real_time_realized_profit_loss: Decimal | None | Unset = UNSET
    real_time_account_realized_profit_loss: Decimal | None | Unset = UNSET
    bod_margin_requirement: Decimal | None | Unset = UNSET
    bod_account_margin_requirement: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        to_account_conversion_rate: Decimal | None | Unset
        if isinstance(self.to_account_conversion_rate, Unset):
            to_account_conversion_rate = UNSET
        else:
            to_account_conversion_rate = self.to_account_conversion_rate

        bod_cash_balance: Decimal | None | Unset
        if isinstance(self.bod_cash_balance, Unset):
            bod_cash_balance = UNSET
        else:
            bod_cash_balance = self.bod_cash_balance

        bod_account_cash_balance: Decimal | None | Unset
        if isinstance(self.bod_account_cash_balance, Unset):
            bod_account_cash_balance = UNSET
        else:
            bod_account_cash_balance = self.bod_account_cash_balance

        real_time_cash_balance: Decimal | None | Unset
        if isinstance(self.real_time_cash_balance, Unset):
            real_time_cash_balance = UNSET
        else:
            real_time_cash_balance = self.real_time_cash_balance

        real_time_account_cash_balance: Decimal | None | Unset
        if isinstance(self.real_time_account_cash_balance, Unset):
            real_time_account_cash_balance = UNSET
        else:
            real_time_account_cash_balance = self.real_time_account_cash_balance

        commission: Decimal | None | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        real_time_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_unrealized_profit_loss, Unset):
            real_time_unrealized_profit_loss = UNSET
        else:
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        real_time_account_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_account_unrealized_profit_loss, Unset):
            real_time_account_unrealized_profit_loss = UNSET
        else:
            real_time_account_unrealized_profit_loss = (
                self.real_time_account_unrealized_profit_loss
            )

        real_time_realized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_realized_profit_loss, Unset):
            real_time_realized_profit_loss = UNSET
        else:
            real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_account_realized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_account_realized_profit_loss, Unset):
            real_time_account_realized_profit_loss = UNSET
        else:
            real_time_account_realized_profit_loss = (
                self.real_time_account_realized_profit_loss
            )

        bod_margin_requirement: Decimal | None | Unset
        if isinstance(self.bod_margin_requirement, Unset):
            bod_margin_requirement = UNSET
        else:
            bod_margin_requirement = self.bod_margin_requirement

        bod_account_margin_requirement: Decimal | None | Unset
        if isinstance(self.bod_account_margin_requirement, Unset):
            bod_account_margin_requirement = UNSET
        else:
            bod_account_margin_requirement = self.bod_account_margin_requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if to_account_conversion_rate is not UNSET:
            field_dict["ToAccountConversionRate"] = to_account_conversion_rate
        if bod_cash_balance is not UNSET:
            field_dict["BODCashBalance"] = bod_cash_balance
        if bod_account_cash_balance is not UNSET:
            field_dict["BODAccountCashBalance"] = bod_account_cash_balance
        if real_time_cash_balance is not UNSET:
            field_dict["RealTimeCashBalance"] = real_time_cash_balance
        if real_time_account_cash_balance is not UNSET:
            field_dict["RealTimeAccountCashBalance"] = real_time_account_cash_balance
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if real_time_unrealized_profit_loss is not UNSET:
            field_dict["RealTimeUnrealizedProfitLoss"] = (
                real_time_unrealized_profit_loss
            )
        if real_time_account_unrealized_profit_loss is not UNSET:
            field_dict["RealTimeAccountUnrealizedProfitLoss"] = (
                real_time_account_unrealized_profit_loss
            )
        if real_time_realized_profit_loss is not UNSET:
            field_dict["RealTimeRealizedProfitLoss"] = real_time_realized_profit_loss
        if real_time_account_realized_profit_loss is not UNSET:
            field_dict["RealTimeAccountRealizedProfitLoss"] = (
                real_time_account_realized_profit_loss
            )
        if bod_margin_requirement is not UNSET:
            field_dict["BODMarginRequirement"] = bod_margin_requirement
        if bod_account_margin_requirement is not UNSET:
            field_dict["BODAccountMarginRequirement"] = bod_account_margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_to_account_conversion_rate(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                to_account_conversion_rate_type_0 = Decimal(str(data))

                return to_account_conversion_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        to_account_conversion_rate = _parse_to_account_conversion_rate(
            d.pop("ToAccountConversionRate", UNSET)
        )

        def _parse_bod_cash_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_cash_balance_type_0 = Decimal(str(data))

                return bod_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_cash_balance = _parse_bod_cash_balance(d.pop("BODCashBalance", UNSET))

        def _parse_bod_account_cash_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_account_cash_balance_type_0 = Decimal(str(data))

                return bod_account_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_account_cash_balance = _parse_bod_account_cash_balance(
            d.pop("BODAccountCashBalance", UNSET)
        )

        def _parse_real_time_cash_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_cash_balance_type_0 = Decimal(str(data))

                return real_time_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_cash_balance = _parse_real_time_cash_balance(
            d.pop("RealTimeCashBalance", UNSET)
        )

        def _parse_real_time_account_cash_balance(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_account_cash_balance_type_0 = Decimal(str(data))

                return real_time_account_cash_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_cash_balance = _parse_real_time_account_cash_balance(
            d.pop("RealTimeAccountCashBalance", UNSET)
        )

        def _parse_commission(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                commission_type_0 = Decimal(str(data))

                return commission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        commission = _parse_commission(d.pop("Commission", UNSET))

        def _parse_real_time_unrealized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_unrealized_profit_loss_type_0 = Decimal(str(data))

                return real_time_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_unrealized_profit_loss = _parse_real_time_unrealized_profit_loss(
            d.pop("RealTimeUnrealizedProfitLoss", UNSET)
        )

        def _parse_real_time_account_unrealized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_account_unrealized_profit_loss_type_0 = Decimal(str(data))

                return real_time_account_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_unrealized_profit_loss = (
            _parse_real_time_account_unrealized_profit_loss(
                d.pop("RealTimeAccountUnrealizedProfitLoss", UNSET)
            )
        )

        def _parse_real_time_realized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_realized_profit_loss_type_0 = Decimal(str(data))

                return real_time_realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_realized_profit_loss = _parse_real_time_realized_profit_loss(
            d.pop("RealTimeRealizedProfitLoss", UNSET)
        )

        def _parse_real_time_account_realized_profit_loss(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_account_realized_profit_loss_type_0 = Decimal(str(data))

                return real_time_account_realized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_realized_profit_loss = (
            _parse_real_time_account_realized_profit_loss(
                d.pop("RealTimeAccountRealizedProfitLoss", UNSET)
            )
        )

        def _parse_bod_margin_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_margin_requirement_type_0 = Decimal(str(data))

                return bod_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_margin_requirement = _parse_bod_margin_requirement(
            d.pop("BODMarginRequirement", UNSET)
        )

        def _parse_bod_account_margin_requirement(
            data: object,
        ) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_account_margin_requirement_type_0 = Decimal(str(data))

                return bod_account_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_account_margin_requirement = _parse_bod_account_margin_requirement(
            d.pop("BODAccountMarginRequirement", UNSET)
        )

        forex_currency_detail = cls(
            currency=currency,
            to_account_conversion_rate=to_account_conversion_rate,
            bod_cash_balance=bod_cash_balance,
            bod_account_cash_balance=bod_account_cash_balance,
            real_time_cash_balance=real_time_cash_balance,
            real_time_account_cash_balance=real_time_account_cash_balance,
            commission=commission,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            real_time_account_unrealized_profit_loss=real_time_account_unrealized_profit_loss,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_account_realized_profit_loss=real_time_account_realized_profit_loss,
            bod_margin_requirement=bod_margin_requirement,
            bod_account_margin_requirement=bod_account_margin_requirement,
        )

        forex_currency_detail.additional_properties = d
        return forex_currency_detail

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
