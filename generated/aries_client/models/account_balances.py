from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalances")


@_attrs_define
class AccountBalances:
    """The account's balances as one flat object (no wrapper). Every amount is a decimal string
    (`format: decimal`, e.g. `"-250.75"`), never a JSON number, so that no digit is lost.
    `sodTtlEquityUpdatedAt` is the only field that may be absent.

        Attributes:
            account_id (str): Identifier of the account the balances describe; the same value as the `id` path parameter.
            day_trade_buying_power (str): Buying power for positions opened and closed within the same session (day trades);
                for a pattern day trader (PDT) usually up to four times equity. Resets at the end of the day.
            net_buying_power (str): Buying power available right now across every instrument type; the figure a trading UI
                shows as "Buying Power".
            option_buying_power (str): Buying power for options purchases; usually below stock buying power because options
                are bought with cash.
            stock_buying_power (str): Buying power for stock purchases; on a margin account usually up to twice the cash.
            total_equity (str): Net liquidation value now: cash plus the market value of positions, less any margin debit.
                The account's headline value.
            realized_pl (str): Cumulative realized profit or loss of positions already closed; does not move with prices.
            unrealized_pl (str): Unrealized (open) profit or loss of positions still held, at current prices.
            settled_funds (str): Settled cash, free of any settlement restriction.
            unsettled_funds (str): Cash from recent sales that has not settled yet; a cash account may not be allowed to buy
                with it.
            start_of_day_cash (str): Cash balance at the start of the day (SOD); the baseline for today's change in cash.
            maint_req (str): Maintenance requirement, the equity the positions require the account to keep; below it a
                margin call may follow.
            gross_margin (str): Gross amount borrowed from the broker on margin, before any offset.
            sma (str): Special Memorandum Account (SMA) balance, the Reg T line of credit built up from past gains in a
                margin account.
            credit (str): Total margin credit line granted to the account.
            credit_remaining (str): Part of the margin credit line not yet drawn.
            pdt (str): Pattern day trader (PDT) balance under FINRA Rule 4210 (four or more day trades in five business
                days; USD 25,000 minimum equity).
            pdt_credit_remaining (str): Day-trading buying power left to an account flagged as a pattern day trader.
            pending_orders_count (int): How many orders are pending; explains buying power held for them.
            pending_orders_margin_requirements (str): Margin requirement set aside for pending orders.
            value_bought (str): Value of purchases in the reporting window.
            value_sold (str): Value of sales in the reporting window.
            day_trade_overnight_reg_t_buying_power (str): Reg T overnight buying power used in day-trading calculations.
            held_back_funds (str): Funds the broker holds back from use; to be subtracted when showing available cash.
            sod_positions_market_value (str): Market value of the positions at the start of the day (SOD).
            sod_ttl_equity (str): Total equity at the start of the day (SOD); the baseline for the day's change in equity.
            sod_ttl_equity_updated_at (datetime.datetime | Unset): Time at which the start-of-day total equity was last
                updated. Absent when it has not been set.
    """

    account_id: str
    day_trade_buying_power: str
    net_buying_power: str
    option_buying_power: str
    stock_buying_power: str
    total_equity: str
    realized_pl: str
    unrealized_pl: str
    settled_funds: str
    unsettled_funds: str
    start_of_day_cash: str
    maint_req: str
    gross_margin: str
    sma: str
    credit: str
    credit_remaining: str
    pdt: str
    pdt_credit_remaining: str
    pending_orders_count: int
    pending_orders_margin_requirements: str
    value_bought: str
    value_sold: str
    day_trade_overnight_reg_t_buying_power: str
    held_back_funds: str
    sod_positions_market_value: str
    sod_ttl_equity: str
    sod_ttl_equity_updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        day_trade_buying_power = self.day_trade_buying_power

        net_buying_power = self.net_buying_power

        option_buying_power = self.option_buying_power

        stock_buying_power = self.stock_buying_power

        total_equity = self.total_equity

        realized_pl = self.realized_pl

        unrealized_pl = self.unrealized_pl

        settled_funds = self.settled_funds

        unsettled_funds = self.unsettled_funds

        start_of_day_cash = self.start_of_day_cash

        maint_req = self.maint_req

        gross_margin = self.gross_margin

        sma = self.sma

        credit = self.credit

        credit_remaining = self.credit_remaining

        pdt = self.pdt

        pdt_credit_remaining = self.pdt_credit_remaining

        pending_orders_count = self.pending_orders_count

        pending_orders_margin_requirements = self.pending_orders_margin_requirements

        value_bought = self.value_bought

        value_sold = self.value_sold

        day_trade_overnight_reg_t_buying_power = (
            self.day_trade_overnight_reg_t_buying_power
        )

        held_back_funds = self.held_back_funds

        sod_positions_market_value = self.sod_positions_market_value

        sod_ttl_equity = self.sod_ttl_equity

        sod_ttl_equity_updated_at: str | Unset = UNSET
        if not isinstance(self.sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = self.sod_ttl_equity_updated_at.isoformat()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId")

        day_trade_buying_power = d.pop("dayTradeBuyingPower")

        net_buying_power = d.pop("netBuyingPower")

        option_buying_power = d.pop("optionBuyingPower")

        stock_buying_power = d.pop("stockBuyingPower")

        total_equity = d.pop("totalEquity")

        realized_pl = d.pop("realizedPl")

        unrealized_pl = d.pop("unrealizedPl")

        settled_funds = d.pop("settledFunds")

        unsettled_funds = d.pop("unsettledFunds")

        start_of_day_cash = d.pop("startOfDayCash")

        maint_req = d.pop("maintReq")

        gross_margin = d.pop("grossMargin")

        sma = d.pop("sma")

        credit = d.pop("credit")

        credit_remaining = d.pop("creditRemaining")

        pdt = d.pop("pdt")

        pdt_credit_remaining = d.pop("pdtCreditRemaining")

        pending_orders_count = d.pop("pendingOrdersCount")

        pending_orders_margin_requirements = d.pop("pendingOrdersMarginRequirements")

        value_bought = d.pop("valueBought")

        value_sold = d.pop("valueSold")

        day_trade_overnight_reg_t_buying_power = d.pop(
            "dayTradeOvernightRegTBuyingPower"
        )

        held_back_funds = d.pop("heldBackFunds")

        sod_positions_market_value = d.pop("sodPositionsMarketValue")

        sod_ttl_equity = d.pop("sodTtlEquity")

        _sod_ttl_equity_updated_at = d.pop("sodTtlEquityUpdatedAt", UNSET)
        sod_ttl_equity_updated_at: datetime.datetime | Unset
        if isinstance(_sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = UNSET
        else:
            sod_ttl_equity_updated_at = datetime.datetime.fromisoformat(
                _sod_ttl_equity_updated_at
            )

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
