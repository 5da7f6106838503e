from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountBalance")


@_attrs_define
class AccountBalance:
    """The account's balance as one flat object (no wrapper). Every amount is a decimal string
    (`format: decimal`, e.g. `"-250.75"`), never a JSON number. Aries' own model declares no
    field required and none nullable: any field may be absent, none may be null.

        Attributes:
            account_id (str | Unset): Identifier of the account the figures belong to.
            amount_available_to_withdraw (Decimal | Unset): Cash that can be withdrawn from the account now.
            balance (Decimal | Unset): Net account value: the account's headline value (v1 had it as totalEquity).
            cash_balance (Decimal | Unset): Cash balance now; negative on a margin account that has borrowed.
            cost_of_positions (Decimal | Unset): Total cost basis of the positions still open.
            credit (Decimal | Unset): Total margin credit line granted to the account.
            credit_remaining (Decimal | Unset): Part of the margin credit line not yet drawn.
            day_open_pnl (Decimal | Unset): Unrealized profit or loss arisen during the current trading day.
            day_realized_pnl (Decimal | Unset): Profit or loss realized by positions closed during the current trading day.
            day_total_pnl (Decimal | Unset): The day's total profit or loss, `dayOpenPnl` plus `dayRealizedPnl`.
            day_trade_buying_power (Decimal | Unset): Buying power for positions opened and closed within the same session;
                for a pattern day trader usually up to four times equity. Resets at the end of the day.
            day_trade_overnight_reg_t_buying_power (Decimal | Unset): Reg T overnight buying power used in day-trading
                calculations.
            funds_available_for_withdrawal (Decimal | Unset): Withdrawable cash computed when read: the smaller of
                `creditRemaining` and `smaCreditRemaining`, plus (`sodNetFundsAvailable` less `sodGrossFundsAvailable`), never
                below zero.
            gross_margin (Decimal | Unset): Gross amount borrowed from the broker on margin, before any offset.
            held_back_funds (Decimal | Unset): Funds the broker holds back from use; to be subtracted when showing available
                cash.
            intraday_margin_balance (Decimal | Unset): Margin loan outstanding now, as a positive figure computed when read:
                the start-of-day margin trade balance with its sign turned, plus `valueSold`, less `valueBought`.
            maint_req (Decimal | Unset): Maintenance requirement, the equity the positions require the account to keep;
                below it a margin call may follow.
            net_buying_power (Decimal | Unset): Buying power available now across every instrument type; the figure a
                trading UI shows as "Buying Power".
            open_pnl (Decimal | Unset): Unrealized profit or loss of every position held; the same figure as `unrealizedPl`.
            option_buying_power (Decimal | Unset): Buying power for options purchases; usually below stock buying power
                because options are bought with cash.
            pdt (Decimal | Unset): Pattern day trader (PDT) balance under FINRA Rule 4210 (four or more day trades in five
                business days; USD 25,000 minimum equity).
            pdt_credit_remaining (Decimal | Unset): Day-trading buying power left to an account flagged as a pattern day
                trader.
            pending_orders_count (int | Unset): How many orders are pending; explains buying power held for them.
            pending_orders_margin_requirements (Decimal | Unset): Margin requirement set aside for pending orders.
            realized_pl (Decimal | Unset): Cumulative realized profit or loss of positions already closed; does not move
                with prices.
            settled_funds (Decimal | Unset): Settled cash, free of any settlement restriction.
            sma (Decimal | Unset): Special Memorandum Account (SMA) balance, the Reg T line of credit built up from past
                gains in a margin account.
            sma_credit_remaining (Decimal | Unset): Buying power based on the SMA that can still be drawn.
            sod_funds_available_date (datetime.date | Unset): Business date of the clearing firm's start-of-day funds
                figures (`sodGrossFundsAvailable`, `sodNetFundsAvailable`); absent until they have loaded, which tells a real
                zero from a missing one.
            sod_gross_funds_available (Decimal | Unset): Gross funds available at the previous close, as the clearing firm
                reports them; "0" until the start-of-day load has run.
            sod_margin_trade_balance (Decimal | Unset): Start-of-day margin trade-date balance from the clearing firm;
                negative while a margin loan is outstanding, "0" until the start-of-day load has run.
            sod_net_funds_available (Decimal | Unset): Net funds withdrawable at the previous close, as the clearing firm
                reports them; "0" until the start-of-day load has run. The current figure is `fundsAvailableForWithdrawal`.
            sod_positions_market_value (Decimal | Unset): Market value of the positions at the start of the day (SOD).
            sod_ttl_equity (Decimal | Unset): Total equity at the start of the day (SOD); the baseline for the day's change
                in equity.
            sod_ttl_equity_updated_at (datetime.datetime | Unset): When `sodTtlEquity` was last updated (RFC 3339); absent
                when it has not been set.
            start_of_day_cash (Decimal | Unset): Cash balance when the day's session opened; the baseline for today's change
                in cash.
            stock_buying_power (Decimal | Unset): Buying power for stock purchases; on a margin account usually up to twice
                the cash.
            unrealized_pl (Decimal | Unset): Unrealized (open) profit or loss of positions still held, at current prices.
            unsettled_funds (Decimal | Unset): Cash from recent sales that has not settled yet; a cash account may not be
                allowed to buy with it.
            value_bought (Decimal | Unset): Value of purchases in the reporting window.
            value_sold (Decimal | Unset): Value of sales in the reporting window.
    """

    account_id: str | Unset = UNSET
    amount_available_to_withdraw: Decimal | Unset = UNSET
    balance: Decimal | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    cost_of_positions: Decimal | Unset = UNSET
    credit: Decimal | Unset = UNSET
    credit_remaining: Decimal | Unset = UNSET
    day_open_pnl: Decimal | Unset = UNSET
    day_realized_pnl: Decimal | Unset = UNSET
    day_total_pnl: Decimal | Unset = UNSET
    day_trade_buying_power: Decimal | Unset = UNSET
    day_trade_overnight_reg_t_buying_power: Decimal | Unset = UNSET
    funds_available_for_withdrawal: Decimal | Unset = UNSET
    gross_margin: Decimal | Unset = UNSET
    held_back_funds: Decimal | Unset = UNSET
    intraday_margin_balance: Decimal | Unset = UNSET
    maint_req: Decimal | Unset = UNSET
    net_buying_power: Decimal | Unset = UNSET
    open_pnl: Decimal | Unset = UNSET
    option_buying_power: Decimal | Unset = UNSET
    pdt: Decimal | Unset = UNSET
    pdt_credit_remaining: Decimal | Unset = UNSET
    pending_orders_count: int | Unset = UNSET
    pending_orders_margin_requirements: Decimal | Unset = UNSET
    realized_pl: Decimal | Unset = UNSET
    settled_funds: Decimal | Unset = UNSET
    sma: Decimal | Unset = UNSET
    sma_credit_remaining: Decimal | Unset = UNSET
    sod_funds_available_date: datetime.date | Unset = UNSET
    sod_gross_funds_available: Decimal | Unset = UNSET
    sod_margin_trade_balance: Decimal | Unset = UNSET
    sod_net_funds_available: Decimal | Unset = UNSET
    sod_positions_market_value: Decimal | Unset = UNSET
    sod_ttl_equity: Decimal | Unset = UNSET
    sod_ttl_equity_updated_at: datetime.datetime | Unset = UNSET
    start_of_day_cash: Decimal | Unset = UNSET
    stock_buying_power: Decimal | Unset = UNSET
    unrealized_pl: Decimal | Unset = UNSET
    unsettled_funds: Decimal | Unset = UNSET
    value_bought: Decimal | Unset = UNSET
    value_sold: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        amount_available_to_withdraw: str | Unset = UNSET
        if not isinstance(self.amount_available_to_withdraw, Unset):
            amount_available_to_withdraw = format(
                self.amount_available_to_withdraw, "f"
            )

        balance: str | Unset = UNSET
        if not isinstance(self.balance, Unset):
            balance = format(self.balance, "f")

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = format(self.cash_balance, "f")

        cost_of_positions: str | Unset = UNSET
        if not isinstance(self.cost_of_positions, Unset):
            cost_of_positions = format(self.cost_of_positions, "f")

        credit: str | Unset = UNSET
        if not isinstance(self.credit, Unset):
            credit = format(self.credit, "f")

        credit_remaining: str | Unset = UNSET
        if not isinstance(self.credit_remaining, Unset):
            credit_remaining = format(self.credit_remaining, "f")

        day_open_pnl: str | Unset = UNSET
        if not isinstance(self.day_open_pnl, Unset):
            day_open_pnl = format(self.day_open_pnl, "f")

        day_realized_pnl: str | Unset = UNSET
        if not isinstance(self.day_realized_pnl, Unset):
            day_realized_pnl = format(self.day_realized_pnl, "f")

        day_total_pnl: str | Unset = UNSET
        if not isinstance(self.day_total_pnl, Unset):
            day_total_pnl = format(self.day_total_pnl, "f")

        day_trade_buying_power: str | Unset = UNSET
        if not isinstance(self.day_trade_buying_power, Unset):
            day_trade_buying_power = format(self.day_trade_buying_power, "f")

        day_trade_overnight_reg_t_buying_power: str | Unset = UNSET
        if not isinstance(self.day_trade_overnight_reg_t_buying_power, Unset):
            day_trade_overnight_reg_t_buying_power = format(
                self.day_trade_overnight_reg_t_buying_power, "f"
            )

        funds_available_for_withdrawal: str | Unset = UNSET
        if not isinstance(self.funds_available_for_withdrawal, Unset):
            funds_available_for_withdrawal = format(
                self.funds_available_for_withdrawal, "f"
            )

        gross_margin: str | Unset = UNSET
        if not isinstance(self.gross_margin, Unset):
            gross_margin = format(self.gross_margin, "f")

        held_back_funds: str | Unset = UNSET
        if not isinstance(self.held_back_funds, Unset):
            held_back_funds = format(self.held_back_funds, "f")

        intraday_margin_balance: str | Unset = UNSET
        if not isinstance(self.intraday_margin_balance, Unset):
            intraday_margin_balance = format(self.intraday_margin_balance, "f")

        maint_req: str | Unset = UNSET
        if not isinstance(self.maint_req, Unset):
            maint_req = format(self.maint_req, "f")

        net_buying_power: str | Unset = UNSET
        if not isinstance(self.net_buying_power, Unset):
            net_buying_power = format(self.net_buying_power, "f")

        open_pnl: str | Unset = UNSET
        if not isinstance(self.open_pnl, Unset):
            open_pnl = format(self.open_pnl, "f")

        option_buying_power: str | Unset = UNSET
        if not isinstance(self.option_buying_power, Unset):
            option_buying_power = format(self.option_buying_power, "f")

        pdt: str | Unset = UNSET
        if not isinstance(self.pdt, Unset):
            pdt = format(self.pdt, "f")

        pdt_credit_remaining: str | Unset = UNSET
        if not isinstance(self.pdt_credit_remaining, Unset):
            pdt_credit_remaining = format(self.pdt_credit_remaining, "f")

        pending_orders_count = self.pending_orders_count

        pending_orders_margin_requirements: str | Unset = UNSET
        if not isinstance(self.pending_orders_margin_requirements, Unset):
            pending_orders_margin_requirements = format(
                self.pending_orders_margin_requirements, "f"
            )

        realized_pl: str | Unset = UNSET
        if not isinstance(self.realized_pl, Unset):
            realized_pl = format(self.realized_pl, "f")

        settled_funds: str | Unset = UNSET
        if not isinstance(self.settled_funds, Unset):
            settled_funds = format(self.settled_funds, "f")

        sma: str | Unset = UNSET
        if not isinstance(self.sma, Unset):
            sma = format(self.sma, "f")

        sma_credit_remaining: str | Unset = UNSET
        if not isinstance(self.sma_credit_remaining, Unset):
            sma_credit_remaining = format(self.sma_credit_remaining, "f")

        sod_funds_available_date: str | Unset = UNSET
        if not isinstance(self.sod_funds_available_date, Unset):
            sod_funds_available_date = self.sod_funds_available_date.isoformat()

        sod_gross_funds_available: str | Unset = UNSET
        if not isinstance(self.sod_gross_funds_available, Unset):
            sod_gross_funds_available = format(self.sod_gross_funds_available, "f")

        sod_margin_trade_balance: str | Unset = UNSET
        if not isinstance(self.sod_margin_trade_balance, Unset):
            sod_margin_trade_balance = format(self.sod_margin_trade_balance, "f")

        sod_net_funds_available: str | Unset = UNSET
        if not isinstance(self.sod_net_funds_available, Unset):
            sod_net_funds_available = format(self.sod_net_funds_available, "f")

        sod_positions_market_value: str | Unset = UNSET
        if not isinstance(self.sod_positions_market_value, Unset):
            sod_positions_market_value = format(self.sod_positions_market_value, "f")

        sod_ttl_equity: str | Unset = UNSET
        if not isinstance(self.sod_ttl_equity, Unset):
            sod_ttl_equity = format(self.sod_ttl_equity, "f")

        sod_ttl_equity_updated_at: str | Unset = UNSET
        if not isinstance(self.sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = self.sod_ttl_equity_updated_at.isoformat()

        start_of_day_cash: str | Unset = UNSET
        if not isinstance(self.start_of_day_cash, Unset):
            start_of_day_cash = format(self.start_of_day_cash, "f")

        stock_buying_power: str | Unset = UNSET
        if not isinstance(self.stock_buying_power, Unset):
            stock_buying_power = format(self.stock_buying_power, "f")

        unrealized_pl: str | Unset = UNSET
        if not isinstance(self.unrealized_pl, Unset):
            unrealized_pl = format(self.unrealized_pl, "f")

        unsettled_funds: str | Unset = UNSET
        if not isinstance(self.unsettled_funds, Unset):
            unsettled_funds = format(self.unsettled_funds, "f")

        value_bought: str | Unset = UNSET
        if not isinstance(self.value_bought, Unset):
            value_bought = format(self.value_bought, "f")

        value_sold: str | Unset = UNSET
        if not isinstance(self.value_sold, Unset):
            value_sold = format(self.value_sold, "f")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if amount_available_to_withdraw is not UNSET:
            field_dict["amountAvailableToWithdraw"] = amount_available_to_withdraw
        if balance is not UNSET:
            field_dict["balance"] = balance
        if cash_balance is not UNSET:
            field_dict["cashBalance"] = cash_balance
        if cost_of_positions is not UNSET:
            field_dict["costOfPositions"] = cost_of_positions
        if credit is not UNSET:
            field_dict["credit"] = credit
        if credit_remaining is not UNSET:
            field_dict["creditRemaining"] = credit_remaining
        if day_open_pnl is not UNSET:
            field_dict["dayOpenPnl"] = day_open_pnl
        if day_realized_pnl is not UNSET:
            field_dict["dayRealizedPnl"] = day_realized_pnl
        if day_total_pnl is not UNSET:
            field_dict["dayTotalPnl"] = day_total_pnl
        if day_trade_buying_power is not UNSET:
            field_dict["dayTradeBuyingPower"] = day_trade_buying_power
        if day_trade_overnight_reg_t_buying_power is not UNSET:
            field_dict["dayTradeOvernightRegTBuyingPower"] = (
                day_trade_overnight_reg_t_buying_power
            )
        if funds_available_for_withdrawal is not UNSET:
            field_dict["fundsAvailableForWithdrawal"] = funds_available_for_withdrawal
        if gross_margin is not UNSET:
            field_dict["grossMargin"] = gross_margin
        if held_back_funds is not UNSET:
            field_dict["heldBackFunds"] = held_back_funds
        if intraday_margin_balance is not UNSET:
            field_dict["intradayMarginBalance"] = intraday_margin_balance
        if maint_req is not UNSET:
            field_dict["maintReq"] = maint_req
        if net_buying_power is not UNSET:
            field_dict["netBuyingPower"] = net_buying_power
        if open_pnl is not UNSET:
            field_dict["openPnl"] = open_pnl
        if option_buying_power is not UNSET:
            field_dict["optionBuyingPower"] = option_buying_power
        if pdt is not UNSET:
            field_dict["pdt"] = pdt
        if pdt_credit_remaining is not UNSET:
            field_dict["pdtCreditRemaining"] = pdt_credit_remaining
        if pending_orders_count is not UNSET:
            field_dict["pendingOrdersCount"] = pending_orders_count
        if pending_orders_margin_requirements is not UNSET:
            field_dict["pendingOrdersMarginRequirements"] = (
                pending_orders_margin_requirements
            )
        if realized_pl is not UNSET:
            field_dict["realizedPl"] = realized_pl
        if settled_funds is not UNSET:
            field_dict["settledFunds"] = settled_funds
        if sma is not UNSET:
            field_dict["sma"] = sma
        if sma_credit_remaining is not UNSET:
            field_dict["smaCreditRemaining"] = sma_credit_remaining
        if sod_funds_available_date is not UNSET:
            field_dict["sodFundsAvailableDate"] = sod_funds_available_date
        if sod_gross_funds_available is not UNSET:
            field_dict["sodGrossFundsAvailable"] = sod_gross_funds_available
        if sod_margin_trade_balance is not UNSET:
            field_dict["sodMarginTradeBalance"] = sod_margin_trade_balance
        if sod_net_funds_available is not UNSET:
            field_dict["sodNetFundsAvailable"] = sod_net_funds_available
        if sod_positions_market_value is not UNSET:
            field_dict["sodPositionsMarketValue"] = sod_positions_market_value
        if sod_ttl_equity is not UNSET:
            field_dict["sodTtlEquity"] = sod_ttl_equity
        if sod_ttl_equity_updated_at is not UNSET:
            field_dict["sodTtlEquityUpdatedAt"] = sod_ttl_equity_updated_at
        if start_of_day_cash is not UNSET:
            field_dict["startOfDayCash"] = start_of_day_cash
        if stock_buying_power is not UNSET:
            field_dict["stockBuyingPower"] = stock_buying_power
        if unrealized_pl is not UNSET:
            field_dict["unrealizedPl"] = unrealized_pl
        if unsettled_funds is not UNSET:
            field_dict["unsettledFunds"] = unsettled_funds
        if value_bought is not UNSET:
            field_dict["valueBought"] = value_bought
        if value_sold is not UNSET:
            field_dict["valueSold"] = value_sold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("accountId", UNSET)

        _amount_available_to_withdraw = d.pop("amountAvailableToWithdraw", UNSET)
        amount_available_to_withdraw: Decimal | Unset
        if isinstance(_amount_available_to_withdraw, Unset):
            amount_available_to_withdraw = UNSET
        else:
            amount_available_to_withdraw = Decimal(_amount_available_to_withdraw)

        _balance = d.pop("balance", UNSET)
        balance: Decimal | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = Decimal(_balance)

        _cash_balance = d.pop("cashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = Decimal(_cash_balance)

        _cost_of_positions = d.pop("costOfPositions", UNSET)
        cost_of_positions: Decimal | Unset
        if isinstance(_cost_of_positions, Unset):
            cost_of_positions = UNSET
        else:
            cost_of_positions = Decimal(_cost_of_positions)

        _credit = d.pop("credit", UNSET)
        credit: Decimal | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = Decimal(_credit)

        _credit_remaining = d.pop("creditRemaining", UNSET)
        credit_remaining: Decimal | Unset
        if isinstance(_credit_remaining, Unset):
            credit_remaining = UNSET
        else:
            credit_remaining = Decimal(_credit_remaining)

        _day_open_pnl = d.pop("dayOpenPnl", UNSET)
        day_open_pnl: Decimal | Unset
        if isinstance(_day_open_pnl, Unset):
            day_open_pnl = UNSET
        else:
            day_open_pnl = Decimal(_day_open_pnl)

        _day_realized_pnl = d.pop("dayRealizedPnl", UNSET)
        day_realized_pnl: Decimal | Unset
        if isinstance(_day_realized_pnl, Unset):
            day_realized_pnl = UNSET
        else:
            day_realized_pnl = Decimal(_day_realized_pnl)

        _day_total_pnl = d.pop("dayTotalPnl", UNSET)
        day_total_pnl: Decimal | Unset
        if isinstance(_day_total_pnl, Unset):
            day_total_pnl = UNSET
        else:
            day_total_pnl = Decimal(_day_total_pnl)

        _day_trade_buying_power = d.pop("dayTradeBuyingPower", UNSET)
        day_trade_buying_power: Decimal | Unset
        if isinstance(_day_trade_buying_power, Unset):
            day_trade_buying_power = UNSET
        else:
            day_trade_buying_power = Decimal(_day_trade_buying_power)

        _day_trade_overnight_reg_t_buying_power = d.pop(
            "dayTradeOvernightRegTBuyingPower", UNSET
        )
        day_trade_overnight_reg_t_buying_power: Decimal | Unset
        if isinstance(_day_trade_overnight_reg_t_buying_power, Unset):
            day_trade_overnight_reg_t_buying_power = UNSET
        else:
            day_trade_overnight_reg_t_buying_power = Decimal(
                _day_trade_overnight_reg_t_buying_power
            )

        _funds_available_for_withdrawal = d.pop("fundsAvailableForWithdrawal", UNSET)
        funds_available_for_withdrawal: Decimal | Unset
        if isinstance(_funds_available_for_withdrawal, Unset):
            funds_available_for_withdrawal = UNSET
        else:
            funds_available_for_withdrawal = Decimal(_funds_available_for_withdrawal)

        _gross_margin = d.pop("grossMargin", UNSET)
        gross_margin: Decimal | Unset
        if isinstance(_gross_margin, Unset):
            gross_margin = UNSET
        else:
            gross_margin = Decimal(_gross_margin)

        _held_back_funds = d.pop("heldBackFunds", UNSET)
        held_back_funds: Decimal | Unset
        if isinstance(_held_back_funds, Unset):
            held_back_funds = UNSET
        else:
            held_back_funds = Decimal(_held_back_funds)

        _intraday_margin_balance = d.pop("intradayMarginBalance", UNSET)
        intraday_margin_balance: Decimal | Unset
        if isinstance(_intraday_margin_balance, Unset):
            intraday_margin_balance = UNSET
        else:
            intraday_margin_balance = Decimal(_intraday_margin_balance)

        _maint_req = d.pop("maintReq", UNSET)
        maint_req: Decimal | Unset
        if isinstance(_maint_req, Unset):
            maint_req = UNSET
        else:
            maint_req = Decimal(_maint_req)

        _net_buying_power = d.pop("netBuyingPower", UNSET)
        net_buying_power: Decimal | Unset
        if isinstance(_net_buying_power, Unset):
            net_buying_power = UNSET
        else:
            net_buying_power = Decimal(_net_buying_power)

        _open_pnl = d.pop("openPnl", UNSET)
        open_pnl: Decimal | Unset
        if isinstance(_open_pnl, Unset):
            open_pnl = UNSET
        else:
            open_pnl = Decimal(_open_pnl)

        _option_buying_power = d.pop("optionBuyingPower", UNSET)
        option_buying_power: Decimal | Unset
        if isinstance(_option_buying_power, Unset):
            option_buying_power = UNSET
        else:
            option_buying_power = Decimal(_option_buying_power)

        _pdt = d.pop("pdt", UNSET)
        pdt: Decimal | Unset
        if isinstance(_pdt, Unset):
            pdt = UNSET
        else:
            pdt = Decimal(_pdt)

        _pdt_credit_remaining = d.pop("pdtCreditRemaining", UNSET)
        pdt_credit_remaining: Decimal | Unset
        if isinstance(_pdt_credit_remaining, Unset):
            pdt_credit_remaining = UNSET
        else:
            pdt_credit_remaining = Decimal(_pdt_credit_remaining)

        pending_orders_count = d.pop("pendingOrdersCount", UNSET)

        _pending_orders_margin_requirements = d.pop(
            "pendingOrdersMarginRequirements", UNSET
        )
        pending_orders_margin_requirements: Decimal | Unset
        if isinstance(_pending_orders_margin_requirements, Unset):
            pending_orders_margin_requirements = UNSET
        else:
            pending_orders_margin_requirements = Decimal(
                _pending_orders_margin_requirements
            )

        _realized_pl = d.pop("realizedPl", UNSET)
        realized_pl: Decimal | Unset
        if isinstance(_realized_pl, Unset):
            realized_pl = UNSET
        else:
            realized_pl = Decimal(_realized_pl)

        _settled_funds = d.pop("settledFunds", UNSET)
        settled_funds: Decimal | Unset
        if isinstance(_settled_funds, Unset):
            settled_funds = UNSET
        else:
            settled_funds = Decimal(_settled_funds)

        _sma = d.pop("sma", UNSET)
        sma: Decimal | Unset
        if isinstance(_sma, Unset):
            sma = UNSET
        else:
            sma = Decimal(_sma)

        _sma_credit_remaining = d.pop("smaCreditRemaining", UNSET)
        sma_credit_remaining: Decimal | Unset
        if isinstance(_sma_credit_remaining, Unset):
            sma_credit_remaining = UNSET
        else:
            sma_credit_remaining = Decimal(_sma_credit_remaining)

        _sod_funds_available_date = d.pop("sodFundsAvailableDate", UNSET)
        sod_funds_available_date: datetime.date | Unset
        if isinstance(_sod_funds_available_date, Unset):
            sod_funds_available_date = UNSET
        else:
            sod_funds_available_date = datetime.date.fromisoformat(
                _sod_funds_available_date
            )

        _sod_gross_funds_available = d.pop("sodGrossFundsAvailable", UNSET)
        sod_gross_funds_available: Decimal | Unset
        if isinstance(_sod_gross_funds_available, Unset):
            sod_gross_funds_available = UNSET
        else:
            sod_gross_funds_available = Decimal(_sod_gross_funds_available)

        _sod_margin_trade_balance = d.pop("sodMarginTradeBalance", UNSET)
        sod_margin_trade_balance: Decimal | Unset
        if isinstance(_sod_margin_trade_balance, Unset):
            sod_margin_trade_balance = UNSET
        else:
            sod_margin_trade_balance = Decimal(_sod_margin_trade_balance)

        _sod_net_funds_available = d.pop("sodNetFundsAvailable", UNSET)
        sod_net_funds_available: Decimal | Unset
        if isinstance(_sod_net_funds_available, Unset):
            sod_net_funds_available = UNSET
        else:
            sod_net_funds_available = Decimal(_sod_net_funds_available)

        _sod_positions_market_value = d.pop("sodPositionsMarketValue", UNSET)
        sod_positions_market_value: Decimal | Unset
        if isinstance(_sod_positions_market_value, Unset):
            sod_positions_market_value = UNSET
        else:
            sod_positions_market_value = Decimal(_sod_positions_market_value)

        _sod_ttl_equity = d.pop("sodTtlEquity", UNSET)
        sod_ttl_equity: Decimal | Unset
        if isinstance(_sod_ttl_equity, Unset):
            sod_ttl_equity = UNSET
        else:
            sod_ttl_equity = Decimal(_sod_ttl_equity)

        _sod_ttl_equity_updated_at = d.pop("sodTtlEquityUpdatedAt", UNSET)
        sod_ttl_equity_updated_at: datetime.datetime | Unset
        if isinstance(_sod_ttl_equity_updated_at, Unset):
            sod_ttl_equity_updated_at = UNSET
        else:
            sod_ttl_equity_updated_at = datetime.datetime.fromisoformat(
                _sod_ttl_equity_updated_at
            )

        _start_of_day_cash = d.pop("startOfDayCash", UNSET)
        start_of_day_cash: Decimal | Unset
        if isinstance(_start_of_day_cash, Unset):
            start_of_day_cash = UNSET
        else:
            start_of_day_cash = Decimal(_start_of_day_cash)

        _stock_buying_power = d.pop("stockBuyingPower", UNSET)
        stock_buying_power: Decimal | Unset
        if isinstance(_stock_buying_power, Unset):
            stock_buying_power = UNSET
        else:
            stock_buying_power = Decimal(_stock_buying_power)

        _unrealized_pl = d.pop("unrealizedPl", UNSET)
        unrealized_pl: Decimal | Unset
        if isinstance(_unrealized_pl, Unset):
            unrealized_pl = UNSET
        else:
            unrealized_pl = Decimal(_unrealized_pl)

        _unsettled_funds = d.pop("unsettledFunds", UNSET)
        unsettled_funds: Decimal | Unset
        if isinstance(_unsettled_funds, Unset):
            unsettled_funds = UNSET
        else:
            unsettled_funds = Decimal(_unsettled_funds)

        _value_bought = d.pop("valueBought", UNSET)
        value_bought: Decimal | Unset
        if isinstance(_value_bought, Unset):
            value_bought = UNSET
        else:
            value_bought = Decimal(_value_bought)

        _value_sold = d.pop("valueSold", UNSET)
        value_sold: Decimal | Unset
        if isinstance(_value_sold, Unset):
            value_sold = UNSET
        else:
            value_sold = Decimal(_value_sold)

        account_balance = cls(
            account_id=account_id,
            amount_available_to_withdraw=amount_available_to_withdraw,
            balance=balance,
            cash_balance=cash_balance,
            cost_of_positions=cost_of_positions,
            credit=credit,
            credit_remaining=credit_remaining,
            day_open_pnl=day_open_pnl,
            day_realized_pnl=day_realized_pnl,
            day_total_pnl=day_total_pnl,
            day_trade_buying_power=day_trade_buying_power,
            day_trade_overnight_reg_t_buying_power=day_trade_overnight_reg_t_buying_power,
            funds_available_for_withdrawal=funds_available_for_withdrawal,
            gross_margin=gross_margin,
            held_back_funds=held_back_funds,
            intraday_margin_balance=intraday_margin_balance,
            maint_req=maint_req,
            net_buying_power=net_buying_power,
            open_pnl=open_pnl,
            option_buying_power=option_buying_power,
            pdt=pdt,
            pdt_credit_remaining=pdt_credit_remaining,
            pending_orders_count=pending_orders_count,
            pending_orders_margin_requirements=pending_orders_margin_requirements,
            realized_pl=realized_pl,
            settled_funds=settled_funds,
            sma=sma,
            sma_credit_remaining=sma_credit_remaining,
            sod_funds_available_date=sod_funds_available_date,
            sod_gross_funds_available=sod_gross_funds_available,
            sod_margin_trade_balance=sod_margin_trade_balance,
            sod_net_funds_available=sod_net_funds_available,
            sod_positions_market_value=sod_positions_market_value,
            sod_ttl_equity=sod_ttl_equity,
            sod_ttl_equity_updated_at=sod_ttl_equity_updated_at,
            start_of_day_cash=start_of_day_cash,
            stock_buying_power=stock_buying_power,
            unrealized_pl=unrealized_pl,
            unsettled_funds=unsettled_funds,
            value_bought=value_bought,
            value_sold=value_sold,
        )

        account_balance.additional_properties = d
        return account_balance

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
