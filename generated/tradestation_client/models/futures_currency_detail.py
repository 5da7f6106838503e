from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FuturesCurrencyDetail")


@_attrs_define
class FuturesCurrencyDetail:
    """Figures of a futures account in one currency.

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
        bod_securities (Decimal | None | Unset): Securities at the start of the day, in this currency.
        bod_account_securities (Decimal | None | Unset): Securities at the start of the day, in the account's currency.
        bod_open_trade_equity (Decimal | None | Unset): Open trade equity at the start of the day, in this currency.
        bod_account_open_trade_equity (Decimal | None | Unset): Open trade equity at the start of the day, in the
            account's currency.
        today_real_time_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of today, in this
            currency.
        open_order_init_margin (Decimal | None | Unset): Initial margin of open orders, in this currency.
        account_open_order_init_margin (Decimal | None | Unset): Initial margin of open orders, in the account's
            currency.
        real_time_init_margin (Decimal | None | Unset): Initial margin now, in this currency.
        real_time_account_init_margin (Decimal | None | Unset): Initial margin now, in the account's currency.
        real_time_maintenance_margin (Decimal | None | Unset): Maintenance requirement now, in this currency.
        real_time_account_maintenance_margin (Decimal | None | Unset): Maintenance requirement now, in the account's
            currency.
        real_time_account_margin_requirement (Decimal | None | Unset): Margin requirement now, in the account's
            currency.
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
    bod_securities: Decimal | None | Unset = UNSET
    bod_account_securities: Decimal | None | Unset = UNSET
    bod_open_trade_equity: Decimal | None | Unset = UNSET
    bod_account_open_trade_equity: Decimal | None | Unset = UNSET
    today_real_time_unrealized_profit_loss: Decimal | None | Unset = UNSET
    open_order_init_margin: Decimal | None | Unset = UNSET
    account_open_order_init_margin: Decimal | None | Unset = UNSET
    real_time_init_margin: Decimal | None | Unset = UNSET
    real_time_account_init_margin: Decimal | None | Unset = UNSET
    real_time_maintenance_margin: Decimal | None | Unset = UNSET
    real_time_account_maintenance_margin: Decimal | None | Unset = UNSET
    real_time_account_margin_requirement: Decimal | None | Unset = UNSET
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

        bod_securities: Decimal | None | Unset
        if isinstance(self.bod_securities, Unset):
            bod_securities = UNSET
        else:
            bod_securities = self.bod_securities

        bod_account_securities: Decimal | None | Unset
        if isinstance(self.bod_account_securities, Unset):
            bod_account_securities = UNSET
        else:
            bod_account_securities = self.bod_account_securities

        bod_open_trade_equity: Decimal | None | Unset
        if isinstance(self.bod_open_trade_equity, Unset):
            bod_open_trade_equity = UNSET
        else:
            bod_open_trade_equity = self.bod_open_trade_equity

        bod_account_open_trade_equity: Decimal | None | Unset
        if isinstance(self.bod_account_open_trade_equity, Unset):
            bod_account_open_trade_equity = UNSET
        else:
            bod_account_open_trade_equity = self.bod_account_open_trade_equity

        today_real_time_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.today_real_time_unrealized_profit_loss, Unset):
            today_real_time_unrealized_profit_loss = UNSET
        else:
            today_real_time_unrealized_profit_loss = (
                self.today_real_time_unrealized_profit_loss
            )

        open_order_init_margin: Decimal | None | Unset
        if isinstance(self.open_order_init_margin, Unset):
            open_order_init_margin = UNSET
        else:
            open_order_init_margin = self.open_order_init_margin

        account_open_order_init_margin: Decimal | None | Unset
        if isinstance(self.account_open_order_init_margin, Unset):
            account_open_order_init_margin = UNSET
        else:
            account_open_order_init_margin = self.account_open_order_init_margin

        real_time_init_margin: Decimal | None | Unset
        if isinstance(self.real_time_init_margin, Unset):
            real_time_init_margin = UNSET
        else:
            real_time_init_margin = self.real_time_init_margin

        real_time_account_init_margin: Decimal | None | Unset
        if isinstance(self.real_time_account_init_margin, Unset):
            real_time_account_init_margin = UNSET
        else:
            real_time_account_init_margin = self.real_time_account_init_margin

        real_time_maintenance_margin: Decimal | None | Unset
        if isinstance(self.real_time_maintenance_margin, Unset):
            real_time_maintenance_margin = UNSET
        else:
            real_time_maintenance_margin = self.real_time_maintenance_margin

        real_time_account_maintenance_margin: Decimal | None | Unset
        if isinstance(self.real_time_account_maintenance_margin, Unset):
            real_time_account_maintenance_margin = UNSET
        else:
            real_time_account_maintenance_margin = (
                self.real_time_account_maintenance_margin
            )

        real_time_account_margin_requirement: Decimal | None | Unset
        if isinstance(self.real_time_account_margin_requirement, Unset):
            real_time_account_margin_requirement = UNSET
        else:
            real_time_account_margin_requirement = (
                self.real_time_account_margin_requirement
            )

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
        if bod_securities is not UNSET:
            field_dict["BODSecurities"] = bod_securities
        if bod_account_securities is not UNSET:
            field_dict["BODAccountSecurities"] = bod_account_securities
        if bod_open_trade_equity is not UNSET:
            field_dict["BODOpenTradeEquity"] = bod_open_trade_equity
        if bod_account_open_trade_equity is not UNSET:
            field_dict["BODAccountOpenTradeEquity"] = bod_account_open_trade_equity
        if today_real_time_unrealized_profit_loss is not UNSET:
            field_dict["TodayRealTimeUnrealizedProfitLoss"] = (
                today_real_time_unrealized_profit_loss
            )
        if open_order_init_margin is not UNSET:
            field_dict["OpenOrderInitMargin"] = open_order_init_margin
        if account_open_order_init_margin is not UNSET:
            field_dict["AccountOpenOrderInitMargin"] = account_open_order_init_margin
        if real_time_init_margin is not UNSET:
            field_dict["RealTimeInitMargin"] = real_time_init_margin
        if real_time_account_init_margin is not UNSET:
            field_dict["RealTimeAccountInitMargin"] = real_time_account_init_margin
        if real_time_maintenance_margin is not UNSET:
            field_dict["RealTimeMaintenanceMargin"] = real_time_maintenance_margin
        if real_time_account_maintenance_margin is not UNSET:
            field_dict["RealTimeAccountMaintenanceMargin"] = (
                real_time_account_maintenance_margin
            )
        if real_time_account_margin_requirement is not UNSET:
            field_dict["RealTimeAccountMarginRequirement"] = (
                real_time_account_margin_requirement
            )

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

        def _parse_bod_securities(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_securities_type_0 = Decimal(str(data))

                return bod_securities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_securities = _parse_bod_securities(d.pop("BODSecurities", UNSET))

        def _parse_bod_account_securities(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_account_securities_type_0 = Decimal(str(data))

                return bod_account_securities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_account_securities = _parse_bod_account_securities(
            d.pop("BODAccountSecurities", UNSET)
        )

        def _parse_bod_open_trade_equity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_open_trade_equity_type_0 = Decimal(str(data))

                return bod_open_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_open_trade_equity = _parse_bod_open_trade_equity(
            d.pop("BODOpenTradeEquity", UNSET)
        )

        def _parse_bod_account_open_trade_equity(
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
                bod_account_open_trade_equity_type_0 = Decimal(str(data))

                return bod_account_open_trade_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_account_open_trade_equity = _parse_bod_account_open_trade_equity(
            d.pop("BODAccountOpenTradeEquity", UNSET)
        )

        def _parse_today_real_time_unrealized_profit_loss(
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
                today_real_time_unrealized_profit_loss_type_0 = Decimal(str(data))

                return today_real_time_unrealized_profit_loss_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        today_real_time_unrealized_profit_loss = (
            _parse_today_real_time_unrealized_profit_loss(
                d.pop("TodayRealTimeUnrealizedProfitLoss", UNSET)
            )
        )

        def _parse_open_order_init_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                open_order_init_margin_type_0 = Decimal(str(data))

                return open_order_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        open_order_init_margin = _parse_open_order_init_margin(
            d.pop("OpenOrderInitMargin", UNSET)
        )

        def _parse_account_open_order_init_margin(
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
                account_open_order_init_margin_type_0 = Decimal(str(data))

                return account_open_order_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        account_open_order_init_margin = _parse_account_open_order_init_margin(
            d.pop("AccountOpenOrderInitMargin", UNSET)
        )

        def _parse_real_time_init_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_init_margin_type_0 = Decimal(str(data))

                return real_time_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_init_margin = _parse_real_time_init_margin(
            d.pop("RealTimeInitMargin", UNSET)
        )

        def _parse_real_time_account_init_margin(
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
                real_time_account_init_margin_type_0 = Decimal(str(data))

                return real_time_account_init_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_init_margin = _parse_real_time_account_init_margin(
            d.pop("RealTimeAccountInitMargin", UNSET)
        )

        def _parse_real_time_maintenance_margin(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_maintenance_margin_type_0 = Decimal(str(data))

                return real_time_maintenance_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_maintenance_margin = _parse_real_time_maintenance_margin(
            d.pop("RealTimeMaintenanceMargin", UNSET)
        )

        def _parse_real_time_account_maintenance_margin(
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
                real_time_account_maintenance_margin_type_0 = Decimal(str(data))

                return real_time_account_maintenance_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_maintenance_margin = (
            _parse_real_time_account_maintenance_margin(
                d.pop("RealTimeAccountMaintenanceMargin", UNSET)
            )
        )

        def _parse_real_time_account_margin_requirement(
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
                real_time_account_margin_requirement_type_0 = Decimal(str(data))

                return real_time_account_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_margin_requirement = (
            _parse_real_time_account_margin_requirement(
                d.pop("RealTimeAccountMarginRequirement", UNSET)
            )
        )

        futures_currency_detail = cls(
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
            bod_securities=bod_securities,
            bod_account_securities=bod_account_securities,
            bod_open_trade_equity=bod_open_trade_equity,
            bod_account_open_trade_equity=bod_account_open_trade_equity,
            today_real_time_unrealized_profit_loss=today_real_time_unrealized_profit_loss,
            open_order_init_margin=open_order_init_margin,
            account_open_order_init_margin=account_open_order_init_margin,
            real_time_init_margin=real_time_init_margin,
            real_time_account_init_margin=real_time_account_init_margin,
            real_time_maintenance_margin=real_time_maintenance_margin,
            real_time_account_maintenance_margin=real_time_account_maintenance_margin,
            real_time_account_margin_requirement=real_time_account_margin_requirement,
        )

        futures_currency_detail.additional_properties = d
        return futures_currency_detail

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
