from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.forex_account_balances_status import ForexAccountBalancesStatus
from ..models.forex_account_balances_type import ForexAccountBalancesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forex_currency_detail import ForexCurrencyDetail
    from ..models.todays_closed_position import TodaysClosedPosition


T = TypeVar("T", bound="ForexAccountBalances")


@_attrs_define
class ForexAccountBalances:
    """Balances of a forex account (Type X): common fields plus the Forex Account page's, with per-currency details. No
    longer documented: the balances page dropped its forex sample on 2014-11-19 and the Swagger's Type has no X.

        Attributes:
            type_ (ForexAccountBalancesType): X forex.
            key (int): Account key: the number to put in the path.
            name (str): Name of the account.
            status (ForexAccountBalancesStatus): Status code: A active, C closing transactions only, D 90-day restriction
                (closing transactions only), F margin call (closing transactions only), I inactive, R restricted, L liquidating
                transactions only, X closed.
            status_description (str): The status in words, e.g. Active.
            type_description (str): The account type in words: Cash, Margin, DVP, Futures, Forex or JPEQ.
            field_type_ (None | str | Unset): Server-side type marker (e.g.
                FuturesAccount:#TradeStation.Web.Services.DataContracts). Listed by the Swagger until 2017-04-20, then dropped
                from it; do not rely on it.
            alias (None | str | Unset): Name the user gave the account.
            display_name (None | str | Unset): Alternate id of the account when it has one, else its TradeStation id.
            bod_equity (Decimal | None | Unset): Net worth at the start of the day (SOD): balance plus positions marked to
                the previous close.
            bod_net_cash (Decimal | None | Unset): Account balance at the start of the day (SOD).
            closed_positions (list[TodaysClosedPosition] | None | Unset): Positions closed today.
            market_value (Decimal | None | Unset): Market value of the positions held now.
            real_time_equity (Decimal | None | Unset): Net worth now: cash plus market value plus securities on deposit.
            real_time_account_balance (Decimal | None | Unset): Cash balance now: start-of-day cash less commissions.
            real_time_realized_profit_loss (Decimal | None | Unset): Profit or loss realized today, commissions included.
            real_time_unrealized_gains (Decimal | None | Unset): Unrealized profit or loss of today.
            real_time_unrealized_profit_loss (Decimal | None | Unset): Unrealized profit or loss of the positions held, at
                average price. Sent with up to 20 decimals.
            uncleared_deposit (Decimal | None | Unset): Deposits not yet cleared, so not available for trading.
            real_time_buying_power (Decimal | None | Unset): Overnight buying power now.
            bod_margin_requirement (Decimal | None | Unset): Margin requirement at the start of the day.
            currency (None | str | Unset): Currency the account is held in (USD).
            currency_details (list[ForexCurrencyDetail] | None | Unset): Figures per currency, with their value in the
                account's currency.
            real_time_margin_requirement (Decimal | None | Unset): Margin requirement now.
    """

    type_: ForexAccountBalancesType
    key: int
    name: str
    status: ForexAccountBalancesStatus
    status_description: str
    type_description: str
    field_type_: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    bod_equity: Decimal | None | Unset = UNSET
    bod_net_cash: Decimal | None | Unset = UNSET
    closed_positions: list[TodaysClosedPosition] | None | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    real_time_equity: Decimal | None | Unset = UNSET
    real_time_account_balance: Decimal | None | Unset = UNSET
    real_time_realized_profit_loss: Decimal | None | Unset = UNSET
    real_time_unrealized_gains: Decimal | None | Unset = UNSET
    real_time_unrealized_profit_loss: Decimal | None | Unset = UNSET
    uncleared_deposit: Decimal | None | Unset = UNSET
    real_time_buying_power: Decimal | None | Unset = UNSET
    bod_margin_requirement: Decimal | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    currency_details: list[ForexCurrencyDetail] | None | Unset = UNSET
    real_time_margin_requirement: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        key = self.key

        name = self.name

        status = self.status.value

        status_description = self.status_description

        type_description = self.type_description

        field_type_: None | str | Unset
        if isinstance(self.field_type_, Unset):
            field_type_ = UNSET
        else:
            field_type_ = self.field_type_

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        bod_equity: Decimal | None | Unset
        if isinstance(self.bod_equity, Unset):
            bod_equity = UNSET
        else:
            bod_equity = self.bod_equity

        bod_net_cash: Decimal | None | Unset
        if isinstance(self.bod_net_cash, Unset):
            bod_net_cash = UNSET
        else:
            bod_net_cash = self.bod_net_cash

        closed_positions: list[dict[str, Any]] | None | Unset
        if isinstance(self.closed_positions, Unset):
            closed_positions = UNSET
        elif isinstance(self.closed_positions, list):
            closed_positions = []
            for closed_positions_type_0_item_data in self.closed_positions:
                closed_positions_type_0_item = (
                    closed_positions_type_0_item_data.to_dict()
                )
                closed_positions.append(closed_positions_type_0_item)

        else:
            closed_positions = self.closed_positions

        market_value: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        real_time_equity: Decimal | None | Unset
        if isinstance(self.real_time_equity, Unset):
            real_time_equity = UNSET
        else:
            real_time_equity = self.real_time_equity

        real_time_account_balance: Decimal | None | Unset
        if isinstance(self.real_time_account_balance, Unset):
            real_time_account_balance = UNSET
        else:
            real_time_account_balance = self.real_time_account_balance

        real_time_realized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_realized_profit_loss, Unset):
            real_time_realized_profit_loss = UNSET
        else:
            real_time_realized_profit_loss = self.real_time_realized_profit_loss

        real_time_unrealized_gains: Decimal | None | Unset
        if isinstance(self.real_time_unrealized_gains, Unset):
            real_time_unrealized_gains = UNSET
        else:
            real_time_unrealized_gains = self.real_time_unrealized_gains

        real_time_unrealized_profit_loss: Decimal | None | Unset
        if isinstance(self.real_time_unrealized_profit_loss, Unset):
            real_time_unrealized_profit_loss = UNSET
        else:
            real_time_unrealized_profit_loss = self.real_time_unrealized_profit_loss

        uncleared_deposit: Decimal | None | Unset
        if isinstance(self.uncleared_deposit, Unset):
            uncleared_deposit = UNSET
        else:
            uncleared_deposit = self.uncleared_deposit

        real_time_buying_power: Decimal | None | Unset
        if isinstance(self.real_time_buying_power, Unset):
            real_time_buying_power = UNSET
        else:
            real_time_buying_power = self.real_time_buying_power

        bod_margin_requirement: Decimal | None | Unset
        if isinstance(self.bod_margin_requirement, Unset):
            bod_margin_requirement = UNSET
        else:
            bod_margin_requirement = self.bod_margin_requirement

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        currency_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.currency_details, Unset):
            currency_details = UNSET
        elif isinstance(self.currency_details, list):
            currency_details = []
            for currency_details_type_0_item_data in self.currency_details:
                currency_details_type_0_item = (
                    currency_details_type_0_item_data.to_dict()
                )
                currency_details.append(currency_details_type_0_item)

        else:
            currency_details = self.currency_details

        real_time_margin_requirement: Decimal | None | Unset
        if isinstance(self.real_time_margin_requirement, Unset):
            real_time_margin_requirement = UNSET
        else:
            real_time_margin_requirement = self.real_time_margin_requirement

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Type": type_,
                "Key": key,
                "Name": name,
                "Status": status,
                "StatusDescription": status_description,
                "TypeDescription": type_description,
            }
        )
        if field_type_ is not UNSET:
            field_dict["__type"] = field_type_
        if alias is not UNSET:
            field_dict["Alias"] = alias
        if display_name is not UNSET:
            field_dict["DisplayName"] = display_name
        if bod_equity is not UNSET:
            field_dict["BODEquity"] = bod_equity
        if bod_net_cash is not UNSET:
            field_dict["BODNetCash"] = bod_net_cash
        if closed_positions is not UNSET:
            field_dict["ClosedPositions"] = closed_positions
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if real_time_equity is not UNSET:
            field_dict["RealTimeEquity"] = real_time_equity
        if real_time_account_balance is not UNSET:
            field_dict["RealTimeAccountBalance"] = real_time_account_balance
        if real_time_realized_profit_loss is not UNSET:
            field_dict["RealTimeRealizedProfitLoss"] = real_time_realized_profit_loss
        if real_time_unrealized_gains is not UNSET:
            field_dict["RealTimeUnrealizedGains"] = real_time_unrealized_gains
        if real_time_unrealized_profit_loss is not UNSET:
            field_dict["RealTimeUnrealizedProfitLoss"] = (
                real_time_unrealized_profit_loss
            )
        if uncleared_deposit is not UNSET:
            field_dict["UnclearedDeposit"] = uncleared_deposit
        if real_time_buying_power is not UNSET:
            field_dict["RealTimeBuyingPower"] = real_time_buying_power
        if bod_margin_requirement is not UNSET:
            field_dict["BODMarginRequirement"] = bod_margin_requirement
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if currency_details is not UNSET:
            field_dict["CurrencyDetails"] = currency_details
        if real_time_margin_requirement is not UNSET:
            field_dict["RealTimeMarginRequirement"] = real_time_margin_requirement

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forex_currency_detail import ForexCurrencyDetail  # noqa: PLC0415
        from ..models.todays_closed_position import TodaysClosedPosition  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ForexAccountBalancesType(d.pop("Type"))

        key = d.pop("Key")

        name = d.pop("Name")

        status = ForexAccountBalancesStatus(d.pop("Status"))

        status_description = d.pop("StatusDescription")

        type_description = d.pop("TypeDescription")

        def _parse_field_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        field_type_ = _parse_field_type_(d.pop("__type", UNSET))

        def _parse_alias(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias = _parse_alias(d.pop("Alias", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("DisplayName", UNSET))

        def _parse_bod_equity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_equity_type_0 = Decimal(str(data))

                return bod_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_equity = _parse_bod_equity(d.pop("BODEquity", UNSET))

        def _parse_bod_net_cash(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                bod_net_cash_type_0 = Decimal(str(data))

                return bod_net_cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        bod_net_cash = _parse_bod_net_cash(d.pop("BODNetCash", UNSET))

        def _parse_closed_positions(
            data: object,
        ) -> list[TodaysClosedPosition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closed_positions_type_0 = []
                _closed_positions_type_0 = data
                for closed_positions_type_0_item_data in _closed_positions_type_0:
                    closed_positions_type_0_item = TodaysClosedPosition.from_dict(
                        closed_positions_type_0_item_data
                    )

                    closed_positions_type_0.append(closed_positions_type_0_item)

                return closed_positions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TodaysClosedPosition] | None | Unset, data)

        closed_positions = _parse_closed_positions(d.pop("ClosedPositions", UNSET))

        def _parse_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                market_value_type_0 = Decimal(str(data))

                return market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        market_value = _parse_market_value(d.pop("MarketValue", UNSET))

        def _parse_real_time_equity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_equity_type_0 = Decimal(str(data))

                return real_time_equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_equity = _parse_real_time_equity(d.pop("RealTimeEquity", UNSET))

        def _parse_real_time_account_balance(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_account_balance_type_0 = Decimal(str(data))

                return real_time_account_balance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_account_balance = _parse_real_time_account_balance(
            d.pop("RealTimeAccountBalance", UNSET)
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

        def _parse_real_time_unrealized_gains(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_unrealized_gains_type_0 = Decimal(str(data))

                return real_time_unrealized_gains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_unrealized_gains = _parse_real_time_unrealized_gains(
            d.pop("RealTimeUnrealizedGains", UNSET)
        )

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

        def _parse_uncleared_deposit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                uncleared_deposit_type_0 = Decimal(str(data))

                return uncleared_deposit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        uncleared_deposit = _parse_uncleared_deposit(d.pop("UnclearedDeposit", UNSET))

        def _parse_real_time_buying_power(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_buying_power_type_0 = Decimal(str(data))

                return real_time_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_buying_power = _parse_real_time_buying_power(
            d.pop("RealTimeBuyingPower", UNSET)
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

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

        def _parse_currency_details(
            data: object,
        ) -> list[ForexCurrencyDetail] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                currency_details_type_0 = []
                _currency_details_type_0 = data
                for currency_details_type_0_item_data in _currency_details_type_0:
                    currency_details_type_0_item = ForexCurrencyDetail.from_dict(
                        currency_details_type_0_item_data
                    )

                    currency_details_type_0.append(currency_details_type_0_item)

                return currency_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForexCurrencyDetail] | None | Unset, data)

        currency_details = _parse_currency_details(d.pop("CurrencyDetails", UNSET))

        def _parse_real_time_margin_requirement(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                real_time_margin_requirement_type_0 = Decimal(str(data))

                return real_time_margin_requirement_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        real_time_margin_requirement = _parse_real_time_margin_requirement(
            d.pop("RealTimeMarginRequirement", UNSET)
        )

        forex_account_balances = cls(
            type_=type_,
            key=key,
            name=name,
            status=status,
            status_description=status_description,
            type_description=type_description,
            field_type_=field_type_,
            alias=alias,
            display_name=display_name,
            bod_equity=bod_equity,
            bod_net_cash=bod_net_cash,
            closed_positions=closed_positions,
            market_value=market_value,
            real_time_equity=real_time_equity,
            real_time_account_balance=real_time_account_balance,
            real_time_realized_profit_loss=real_time_realized_profit_loss,
            real_time_unrealized_gains=real_time_unrealized_gains,
            real_time_unrealized_profit_loss=real_time_unrealized_profit_loss,
            uncleared_deposit=uncleared_deposit,
            real_time_buying_power=real_time_buying_power,
            bod_margin_requirement=bod_margin_requirement,
            currency=currency,
            currency_details=currency_details,
            real_time_margin_requirement=real_time_margin_requirement,
        )

        forex_account_balances.additional_properties = d
        return forex_account_balances

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
