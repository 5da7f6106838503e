from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_detail import BalanceDetail
    from ..models.currency_detail import CurrencyDetail


T = TypeVar("T", bound="Balance")


@_attrs_define
class Balance:
    """Real-time balances of one account; which fields appear depends on the account type.

    Attributes:
        account_id (str): TradeStation account id (digits, sometimes with letters, e.g. 123456789 or 123456789C): the
            value the balances calls take in their path.
        account_type (str | Unset): Kind of account: Cash, Margin, Futures or DVP.
        cash_balance (Decimal | Unset): Cash balance now.
        buying_power (Decimal | Unset): Buying power available now.
        equity (Decimal | Unset): Equity of the account now.
        market_value (Decimal | Unset): Market value of the open positions.
        todays_profit_loss (Decimal | Unset): Unrealized profit or loss of today on the open positions.
        uncleared_deposit (Decimal | Unset): Deposits received but not cleared yet.
        commission (Decimal | Unset): Commission and routing fees charged.
        balance_detail (BalanceDetail | Unset): Further real-time figures; (Equities) marks those of cash and margin
            accounts, (Futures) those of futures accounts.
        currency_details (list[CurrencyDetail] | Unset): Futures accounts only: the figures per currency.
    """

    account_id: str
    account_type: str | Unset = UNSET
    cash_balance: Decimal | Unset = UNSET
    buying_power: Decimal | Unset = UNSET
    equity: Decimal | Unset = UNSET
    market_value: Decimal | Unset = UNSET
    todays_profit_loss: Decimal | Unset = UNSET
    uncleared_deposit: Decimal | Unset = UNSET
    commission: Decimal | Unset = UNSET
    balance_detail: BalanceDetail | Unset = UNSET
    currency_details: list[CurrencyDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        account_type = self.account_type

        cash_balance: str | Unset = UNSET
        if not isinstance(self.cash_balance, Unset):
            cash_balance = format(self.cash_balance, "f")

        buying_power: str | Unset = UNSET
        if not isinstance(self.buying_power, Unset):
            buying_power = format(self.buying_power, "f")

        equity: str | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = format(self.equity, "f")

        market_value: str | Unset = UNSET
        if not isinstance(self.market_value, Unset):
            market_value = format(self.market_value, "f")

        todays_profit_loss: str | Unset = UNSET
        if not isinstance(self.todays_profit_loss, Unset):
            todays_profit_loss = format(self.todays_profit_loss, "f")

        uncleared_deposit: str | Unset = UNSET
        if not isinstance(self.uncleared_deposit, Unset):
            uncleared_deposit = format(self.uncleared_deposit, "f")

        commission: str | Unset = UNSET
        if not isinstance(self.commission, Unset):
            commission = format(self.commission, "f")

        balance_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.balance_detail, Unset):
            balance_detail = self.balance_detail.to_dict()

        currency_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.currency_details, Unset):
            currency_details = []
            for currency_details_item_data in self.currency_details:
                currency_details_item = currency_details_item_data.to_dict()
                currency_details.append(currency_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "AccountID": account_id,
            }
        )
        if account_type is not UNSET:
            field_dict["AccountType"] = account_type
        if cash_balance is not UNSET:
            field_dict["CashBalance"] = cash_balance
        if buying_power is not UNSET:
            field_dict["BuyingPower"] = buying_power
        if equity is not UNSET:
            field_dict["Equity"] = equity
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if todays_profit_loss is not UNSET:
            field_dict["TodaysProfitLoss"] = todays_profit_loss
        if uncleared_deposit is not UNSET:
            field_dict["UnclearedDeposit"] = uncleared_deposit
        if commission is not UNSET:
            field_dict["Commission"] = commission
        if balance_detail is not UNSET:
            field_dict["BalanceDetail"] = balance_detail
        if currency_details is not UNSET:
            field_dict["CurrencyDetails"] = currency_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_detail import BalanceDetail  # noqa: PLC0415
        from ..models.currency_detail import CurrencyDetail  # noqa: PLC0415

        d = dict(src_dict)
        account_id = d.pop("AccountID")

        account_type = d.pop("AccountType", UNSET)

        _cash_balance = d.pop("CashBalance", UNSET)
        cash_balance: Decimal | Unset
        if isinstance(_cash_balance, Unset):
            cash_balance = UNSET
        else:
            cash_balance = Decimal(_cash_balance)

        _buying_power = d.pop("BuyingPower", UNSET)
        buying_power: Decimal | Unset
        if isinstance(_buying_power, Unset):
            buying_power = UNSET
        else:
            buying_power = Decimal(_buying_power)

        _equity = d.pop("Equity", UNSET)
        equity: Decimal | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = Decimal(_equity)

        _market_value = d.pop("MarketValue", UNSET)
        market_value: Decimal | Unset
        if isinstance(_market_value, Unset):
            market_value = UNSET
        else:
            market_value = Decimal(_market_value)

        _todays_profit_loss = d.pop("TodaysProfitLoss", UNSET)
        todays_profit_loss: Decimal | Unset
        if isinstance(_todays_profit_loss, Unset):
            todays_profit_loss = UNSET
        else:
            todays_profit_loss = Decimal(_todays_profit_loss)

        _uncleared_deposit = d.pop("UnclearedDeposit", UNSET)
        uncleared_deposit: Decimal | Unset
        if isinstance(_uncleared_deposit, Unset):
            uncleared_deposit = UNSET
        else:
            uncleared_deposit = Decimal(_uncleared_deposit)

        _commission = d.pop("Commission", UNSET)
        commission: Decimal | Unset
        if isinstance(_commission, Unset):
            commission = UNSET
        else:
            commission = Decimal(_commission)

        _balance_detail = d.pop("BalanceDetail", UNSET)
        balance_detail: BalanceDetail | Unset
        if isinstance(_balance_detail, Unset):
            balance_detail = UNSET
        else:
            balance_detail = BalanceDetail.from_dict(_balance_detail)

        _currency_details = d.pop("CurrencyDetails", UNSET)
        currency_details: list[CurrencyDetail] | Unset = UNSET
        if _currency_details is not UNSET:
            currency_details = []
            for currency_details_item_data in _currency_details:
                currency_details_item = CurrencyDetail.from_dict(
                    currency_details_item_data
                )

                currency_details.append(currency_details_item)

        balance = cls(
            account_id=account_id,
            account_type=account_type,
            cash_balance=cash_balance,
            buying_power=buying_power,
            equity=equity,
            market_value=market_value,
            todays_profit_loss=todays_profit_loss,
            uncleared_deposit=uncleared_deposit,
            commission=commission,
            balance_detail=balance_detail,
            currency_details=currency_details,
        )

        balance.additional_properties = d
        return balance

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
