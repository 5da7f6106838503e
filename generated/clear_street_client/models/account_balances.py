from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_balances_sod import AccountBalancesSod
    from ..models.margin_details import MarginDetails


T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """Balances of one account. Trade-date figures unless the name says settled; every amount is
    a decimal string (`format: decimal`). Cash accounts omit `margin_details`, `multiplier`
    and `short_market_value`. Fields marked deprecated were removed from the broker's schema
    on 2026-08-05; they stay declared, optional, so that responses from before then still parse.

        Attributes:
            account_id (int): Numeric id of the account.
            buying_power (Decimal): Buying power after current positions and the open orders that add risk.
            currency (str): Currency of every amount in the object (USD in the documented examples).
            daily_change (Decimal): Equity now less equity at the start of the day. Added 2026-06-16.
            daily_pnl (Decimal): Profit or loss since the start of the day, all positions together. Added 2026-06-16; takes
                over from `daily_total_pnl`.
            daily_realized_pnl (Decimal): Profit or loss realized since the start of the day.
            daily_unrealized_pnl (Decimal): Unrealized profit or loss of open positions against the previous close.
            equity (Decimal): Trade-date equity, i.e. trade cash plus long market value less short market value.
            long_market_value (Decimal): Market value of long positions, cash excluded.
            margin_type (str): The margin model of the account: `NONE` for a cash account, `REG_T` for Reg T margin,
                `PORTFOLIO_MARGIN`, the risk-based haircut models for broker-dealers and market makers,
                `CIRO` (Canadian rules), the two futures models, or `OTHER`.
            open_order_adjustment (Decimal): Change to buying power caused by open orders; negative when they use buying
                power.
            settled_cash (Decimal): Cash balance as of settlement date.
            sod (AccountBalancesSod): Start-of-day (SOD) snapshot. Margin accounts add the maintenance and trade-cash
                figures.
            trade_cash (Decimal): Cash balance as of trade date.
            unrealized_pnl (Decimal): Unrealized profit or loss summed over every open position. Added 2026-06-16.
            unsettled_credits (Decimal): Cash credits traded but not yet settled.
            unsettled_debits (Decimal): Cash debits traded but not yet settled.
            withdrawable_cash (Decimal): Cash that can be withdrawn now.
            daily_total_pnl (Decimal | Unset): Former name of the day's total profit or loss; removed from the broker's
                schema on 2026-08-05 (read `daily_pnl`). Still present in responses documented before then.
            margin_details (MarginDetails | None | Unset): Margin figures, for margin accounts only; absent or null when
                they do not apply.
            multiplier (Decimal | None | Unset): Margin multiplier applied to buying power (e.g. "2" under Reg T); absent or
                null when it does not apply.
            short_market_value (Decimal | None | Unset): Market value of short positions; absent or null means zero.
    """

    account_id: int
    buying_power: Decimal
    currency: str
    daily_change: Decimal
    daily_pnl: Decimal
    daily_realized_pnl: Decimal
    daily_unrealized_pnl: Decimal
    equity: Decimal
    long_market_value: Decimal
    margin_type: str
    open_order_adjustment: Decimal
    settled_cash: Decimal
    sod: AccountBalancesSod
    trade_cash: Decimal
    unrealized_pnl: Decimal
    unsettled_credits: Decimal
    unsettled_debits: Decimal
    withdrawable_cash: Decimal
    daily_total_pnl: Decimal | Unset = UNSET
    margin_details: MarginDetails | None | Unset = UNSET
    multiplier: Decimal | None | Unset = UNSET
    short_market_value: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.margin_details import MarginDetails  # noqa: PLC0415

        account_id = self.account_id

        buying_power = format(self.buying_power, "f")

        currency = self.currency

        daily_change = format(self.daily_change, "f")

        daily_pnl = format(self.daily_pnl, "f")

        daily_realized_pnl = format(self.daily_realized_pnl, "f")

        daily_unrealized_pnl = format(self.daily_unrealized_pnl, "f")

        equity = format(self.equity, "f")

        long_market_value = format(self.long_market_value, "f")

        margin_type = self.margin_type

        open_order_adjustment = format(self.open_order_adjustment, "f")

        settled_cash = format(self.settled_cash, "f")

        sod = self.sod.to_dict()

        trade_cash = format(self.trade_cash, "f")

        unrealized_pnl = format(self.unrealized_pnl, "f")

        unsettled_credits = format(self.unsettled_credits, "f")

        unsettled_debits = format(self.unsettled_debits, "f")

        withdrawable_cash = format(self.withdrawable_cash, "f")

        daily_total_pnl: str | Unset = UNSET
        if not isinstance(self.daily_total_pnl, Unset):
            daily_total_pnl = format(self.daily_total_pnl, "f")

        margin_details: dict[str, Any] | None | Unset
        if isinstance(self.margin_details, Unset):
            margin_details = UNSET
        elif isinstance(self.margin_details, MarginDetails):
            margin_details = self.margin_details.to_dict()
        else:
            margin_details = self.margin_details

        multiplier: None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        elif isinstance(self.multiplier, Decimal):
            multiplier = format(self.multiplier, "f")
        else:
            multiplier = self.multiplier

        short_market_value: None | str | Unset
        if isinstance(self.short_market_value, Unset):
            short_market_value = UNSET
        elif isinstance(self.short_market_value, Decimal):
            short_market_value = format(self.short_market_value, "f")
        else:
            short_market_value = self.short_market_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
                "buying_power": buying_power,
                "currency": currency,
                "daily_change": daily_change,
                "daily_pnl": daily_pnl,
                "daily_realized_pnl": daily_realized_pnl,
                "daily_unrealized_pnl": daily_unrealized_pnl,
                "equity": equity,
                "long_market_value": long_market_value,
                "margin_type": margin_type,
                "open_order_adjustment": open_order_adjustment,
                "settled_cash": settled_cash,
                "sod": sod,
                "trade_cash": trade_cash,
                "unrealized_pnl": unrealized_pnl,
                "unsettled_credits": unsettled_credits,
                "unsettled_debits": unsettled_debits,
                "withdrawable_cash": withdrawable_cash,
            }
        )
        if daily_total_pnl is not UNSET:
            field_dict["daily_total_pnl"] = daily_total_pnl
        if margin_details is not UNSET:
            field_dict["margin_details"] = margin_details
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if short_market_value is not UNSET:
            field_dict["short_market_value"] = short_market_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_balances_sod import AccountBalancesSod  # noqa: PLC0415
        from ..models.margin_details import MarginDetails  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("account_id")

        buying_power = Decimal(d.pop("buying_power"))

        currency = d.pop("currency")

        daily_change = Decimal(d.pop("daily_change"))

        daily_pnl = Decimal(d.pop("daily_pnl"))

        daily_realized_pnl = Decimal(d.pop("daily_realized_pnl"))

        daily_unrealized_pnl = Decimal(d.pop("daily_unrealized_pnl"))

        equity = Decimal(d.pop("equity"))

        long_market_value = Decimal(d.pop("long_market_value"))

        margin_type = d.pop("margin_type")

        open_order_adjustment = Decimal(d.pop("open_order_adjustment"))

        settled_cash = Decimal(d.pop("settled_cash"))

        sod = AccountBalancesSod.from_dict(d.pop("sod"))

        trade_cash = Decimal(d.pop("trade_cash"))

        unrealized_pnl = Decimal(d.pop("unrealized_pnl"))

        unsettled_credits = Decimal(d.pop("unsettled_credits"))

        unsettled_debits = Decimal(d.pop("unsettled_debits"))

        withdrawable_cash = Decimal(d.pop("withdrawable_cash"))

        _daily_total_pnl = d.pop("daily_total_pnl", UNSET)
        daily_total_pnl: Decimal | Unset
        if isinstance(_daily_total_pnl, Unset):
            daily_total_pnl = UNSET
        else:
            daily_total_pnl = Decimal(_daily_total_pnl)

        def _parse_margin_details(data: object) -> MarginDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                margin_details_type_0 = MarginDetails.from_dict(data)

                return margin_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MarginDetails | None | Unset, data)

        margin_details = _parse_margin_details(d.pop("margin_details", UNSET))

        def _parse_multiplier(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                multiplier_type_0 = Decimal(data)

                return multiplier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        multiplier = _parse_multiplier(d.pop("multiplier", UNSET))

        def _parse_short_market_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                short_market_value_type_0 = Decimal(data)

                return short_market_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        short_market_value = _parse_short_market_value(
            d.pop("short_market_value", UNSET)
        )

        account_balances = cls(
            account_id=account_id,
            buying_power=buying_power,
            currency=currency,
            daily_change=daily_change,
            daily_pnl=daily_pnl,
            daily_realized_pnl=daily_realized_pnl,
            daily_unrealized_pnl=daily_unrealized_pnl,
            equity=equity,
            long_market_value=long_market_value,
            margin_type=margin_type,
            open_order_adjustment=open_order_adjustment,
            settled_cash=settled_cash,
            sod=sod,
            trade_cash=trade_cash,
            unrealized_pnl=unrealized_pnl,
            unsettled_credits=unsettled_credits,
            unsettled_debits=unsettled_debits,
            withdrawable_cash=withdrawable_cash,
            daily_total_pnl=daily_total_pnl,
            margin_details=margin_details,
            multiplier=multiplier,
            short_market_value=short_market_value,
        )

        account_balances.additional_properties = d
        return account_balances

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
