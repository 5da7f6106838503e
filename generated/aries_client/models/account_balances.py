from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """The account's balances as one flat object (no wrapper). Every amount is a decimal string
    (`format: decimal`, e.g. `"-250.75"`), never a JSON number, so that no digit is lost.
    `sodTtlEquityUpdatedAt` is the only current field that may be absent; `creditMultiplier`
    is deprecated (no longer returned).

        Attributes:
            account_id (str): Identifier of the account the balances describe, in Aries' own form (the demo body shows
                `TEST-ACCOUNT-001`, while the account list's demo item has the integer `id` 1; NOTES.md, listAccounts).
            day_trade_buying_power (Decimal): Buying power for positions opened and closed within the same session (day
                trades); for a pattern day trader (PDT) usually up to four times equity. Resets at the end of the day.
            net_buying_power (Decimal): Buying power available right now across every instrument type; the figure a trading
                UI shows as "Buying Power".
            option_buying_power (Decimal): Buying power for options purchases; usually below stock buying power because
                options are bought with cash.
            stock_buying_power (Decimal): Buying power for stock purchases; on a margin account usually up to twice the
                cash.
            total_equity (Decimal): Net liquidation value now: cash plus the market value of positions, less any margin
                debit. The account's headline value.
            realized_pl (Decimal): Cumulative realized profit or loss of positions already closed; does not move with
                prices.
            unrealized_pl (Decimal): Unrealized (open) profit or loss of positions still held, at current prices.
            settled_funds (Decimal): Settled cash, free of any settlement restriction.
            unsettled_funds (Decimal): Cash from recent sales that has not settled yet; a cash account may not be allowed to
                buy with it.
            start_of_day_cash (Decimal): Cash balance at the start of the day (SOD); the baseline for today's change in
                cash.
            maint_req (Decimal): Maintenance requirement, the equity the positions require the account to keep; below it a
                margin call may follow.
            gross_margin (Decimal): Gross amount borrowed from the broker on margin, before any offset.
            sma (Decimal): Special Memorandum Account (SMA) balance, the Reg T line of credit built up from past gains in a
                margin account.
            credit (Decimal): Total margin credit line granted to the account.
            credit_remaining (Decimal): Part of the margin credit line not yet drawn.
            pdt (Decimal): Pattern day trader (PDT) balance under FINRA Rule 4210 (four or more day trades in five business
                days; USD 25,000 minimum equity).
            pdt_credit_remaining (Decimal): Day-trading buying power left to an account flagged as a pattern day trader.
            pending_orders_count (int): How many orders are pending; explains buying power held for them.
            pending_orders_margin_requirements (Decimal): Margin requirement set aside for pending orders.
            value_bought (Decimal): Value of purchases in the reporting window.
            value_sold (Decimal): Value of sales in the reporting window.
            day_trade_overnight_reg_t_buying_power (Decimal): Reg T overnight buying power used in day-trading calculations.
            held_back_funds (Decimal): Funds the broker holds back from use; to be subtracted when showing available cash.
            sod_positions_market_value (Decimal): Market value of the positions at the start of the day (SOD).
            sod_ttl_equity (Decimal): Total equity at the start of the day (SOD); the baseline for the day's change in
                equity.
            sod_ttl_equity_updated_at (datetime.datetime | Unset): Time at which the start-of-day total equity was last
                updated. Absent when it has not been set.
            credit_multiplier (Decimal | Unset): Multiplier applied to the account's credit. Listed among the response
                fields by an earlier revision of the reference; the current one says it is internal and not returned by this
                endpoint. Declared only so that bodies of the earlier revision still read; do not expect it.
    """

    account_id: str
    day_trade_buying_power: Decimal
    net_buying_power: Decimal
    option_buying_power: Decimal
    stock_buying_power: Decimal
    total_equity: Decimal
    realized_pl: Decimal
    unrealized_pl: Decimal
    settled_funds: Decimal
    unsettled_funds: Decimal
    start_of_day_cash: Decimal
    maint_req: Decimal
    gross_margin: Decimal
    sma: Decimal
    credit: Decimal
    credit_remaining: Decimal
    pdt: Decimal
    pdt_credit_remaining: Decimal
    pending_orders_count: int
    pending_orders_margin_requirements: Decimal
    value_bought: Decimal
    value_sold: Decimal
    day_trade_overnight_reg_t_buying_power: Decimal
    held_back_funds: Decimal
    sod_positions_market_value: Decimal
    sod_ttl_equity: Decimal
    sod_ttl_equity_updated_at: datetime.datetime | Unset = UNSET
    credit_multiplier: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        day_trade_buying_power = format(self.day_trade_buying_power, "f")

        net_buying_power = format(self.net_buying_power, "f")

        option_buying_power = format(self.option_buying_power, "f")

        stock_buying_power = format(self.stock_buying_power, "f")

        total_equity = format(self.total_equity, "f")

        realized_pl = format(self.realized_pl, "f")

        unrealized_pl = format(self.unrealized_pl, "f")

        settled_funds = format(self.settled_funds, "f")

        unsettled_funds = format(self.unsettled_funds, "f")

        start_of_day_cash = format(self.start_of_day_cash, "f")

        maint_req = format(self.maint_req, "f")

        gross_margin = format(self.gross_margin, "f")

        sma = format(self.sma, "f")

        credit = format(self.credit, "f")

        credit_remaining = format(self.credit_remaining, "f")

        pdt = format(self.pdt, "f")

        pdt_credit_remaining = format(self.pdt_credit_remaining, "f")

        pending_orders_count = self.pending_orders_count

        pending_orders_margin_requirements = format(
            self.pending_orders_margin_requirements, "f"
        )

        value_bought = format(self.value_bought, "f")

        value_sold = format(self.value_sold, "f")

        day_trade_overnight_reg_t_buying_power = format(
            self.day_trade_overnight_reg_t_buying_power, "f"
        )

        held_back_funds = format(self.held_back_funds, "f")

        sod_positions_market_value = format(self.sod_positions_market_value, "f")

        sod_ttl_equity = format(self.sod_ttl_equity, "f")

        sod_ttl_equity_updated_at: str | Unset = UNSET
        if not isinstance(self.sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = self.sod_ttl_equity_updated_at.isoformat()

        credit_multiplier: str | Unset = UNSET
        if not isinstance(self.credit_multiplier, Unset):
            credit_multiplier = format(self.credit_multiplier, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountId": account_id,
                "dayTradeBuyingPower": day_trade_buying_power,
                "netBuyingPower": net_buying_power,
                "optionBuyingPower": option_buying_power,
                "stockBuyingPower": stock_buying_power,
                "totalEquity": total_equity,
                "realizedPl": realized_pl,
                "unrealizedPl": unrealized_pl,
                "settledFunds": settled_funds,
                "unsettledFunds": unsettled_funds,
                "startOfDayCash": start_of_day_cash,
                "maintReq": maint_req,
                "grossMargin": gross_margin,
                "sma": sma,
                "credit": credit,
                "creditRemaining": credit_remaining,
                "pdt": pdt,
                "pdtCreditRemaining": pdt_credit_remaining,
                "pendingOrdersCount": pending_orders_count,
                "pendingOrdersMarginRequirements": pending_orders_margin_requirements,
                "valueBought": value_bought,
                "valueSold": value_sold,
                "dayTradeOvernightRegTBuyingPower": day_trade_overnight_reg_t_buying_power,
                "heldBackFunds": held_back_funds,
                "sodPositionsMarketValue": sod_positions_market_value,
                "sodTtlEquity": sod_ttl_equity,
            }
        )
        if sod_ttl_equity_updated_at is not UNSET:
            field_dict["sodTtlEquityUpdatedAt"] = sod_ttl_equity_updated_at
        if credit_multiplier is not UNSET:
            field_dict["creditMultiplier"] = credit_multiplier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        day_trade_buying_power = Decimal(d.pop("dayTradeBuyingPower"))

        net_buying_power = Decimal(d.pop("netBuyingPower"))

        option_buying_power = Decimal(d.pop("optionBuyingPower"))

        stock_buying_power = Decimal(d.pop("stockBuyingPower"))

        total_equity = Decimal(d.pop("totalEquity"))

        realized_pl = Decimal(d.pop("realizedPl"))

        unrealized_pl = Decimal(d.pop("unrealizedPl"))

        settled_funds = Decimal(d.pop("settledFunds"))

        unsettled_funds = Decimal(d.pop("unsettledFunds"))

        start_of_day_cash = Decimal(d.pop("startOfDayCash"))

        maint_req = Decimal(d.pop("maintReq"))

        gross_margin = Decimal(d.pop("grossMargin"))

        sma = Decimal(d.pop("sma"))

        credit = Decimal(d.pop("credit"))

        credit_remaining = Decimal(d.pop("creditRemaining"))

        pdt = Decimal(d.pop("pdt"))

        pdt_credit_remaining = Decimal(d.pop("pdtCreditRemaining"))

        pending_orders_count = d.pop("pendingOrdersCount")

        pending_orders_margin_requirements = Decimal(
            d.pop("pendingOrdersMarginRequirements")
        )

        value_bought = Decimal(d.pop("valueBought"))

        value_sold = Decimal(d.pop("valueSold"))

        day_trade_overnight_reg_t_buying_power = Decimal(
            d.pop("dayTradeOvernightRegTBuyingPower")
        )

        held_back_funds = Decimal(d.pop("heldBackFunds"))

        sod_positions_market_value = Decimal(d.pop("sodPositionsMarketValue"))

        sod_ttl_equity = Decimal(d.pop("sodTtlEquity"))

        _sod_ttl_equity_updated_at = d.pop("sodTtlEquityUpdatedAt", UNSET)
        sod_ttl_equity_updated_at: datetime.datetime | Unset
        if isinstance(_sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = UNSET
        else:
            sod_ttl_equity_updated_at = datetime.datetime.fromisoformat(
                _sod_ttl_equity_updated_at
            )

        _credit_multiplier = d.pop("creditMultiplier", UNSET)
        credit_multiplier: Decimal | Unset
        if isinstance(_credit_multiplier, Unset):
            credit_multiplier = UNSET
        else:
            credit_multiplier = Decimal(_credit_multiplier)

        account_balances = cls(
            account_id=account_id,
            day_trade_buying_power=day_trade_buying_power,
            net_buying_power=net_buying_power,
            option_buying_power=option_buying_power,
            stock_buying_power=stock_buying_power,
            total_equity=total_equity,
            realized_pl=realized_pl,
            unrealized_pl=unrealized_pl,
            settled_funds=settled_funds,
            unsettled_funds=unsettled_funds,
            start_of_day_cash=start_of_day_cash,
            maint_req=maint_req,
            gross_margin=gross_margin,
            sma=sma,
            credit=credit,
            credit_remaining=credit_remaining,
            pdt=pdt,
            pdt_credit_remaining=pdt_credit_remaining,
            pending_orders_count=pending_orders_count,
            pending_orders_margin_requirements=pending_orders_margin_requirements,
            value_bought=value_bought,
            value_sold=value_sold,
            day_trade_overnight_reg_t_buying_power=day_trade_overnight_reg_t_buying_power,
            held_back_funds=held_back_funds,
            sod_positions_market_value=sod_positions_market_value,
            sod_ttl_equity=sod_ttl_equity,
            sod_ttl_equity_updated_at=sod_ttl_equity_updated_at,
            credit_multiplier=credit_multiplier,
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
