from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.japanese_account_balances_status import JapaneseAccountBalancesStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bod_buying_power import BodBuyingPower
    from ..models.equity_entitlement import EquityEntitlement
    from ..models.option_entitlement import OptionEntitlement
    from ..models.real_time_buying_power import RealTimeBuyingPower


T = TypeVar("T", bound="JapaneseAccountBalances")


@_attrs_define
class JapaneseAccountBalances:
    """Balances of an account in the Japanese Account shape (`Id`, `Status` Open or Close).
    Closed: a field of the legacy shapes (`Key`, `Type`, `BODEquity`...) makes the body invalid.

        Attributes:
            id (str): Account id (e.g. JPEQ10134), the value to put in the path.
            account_display_name (str): Name shown for the account.
            status (JapaneseAccountBalancesStatus): Whether the account is open or closed.
            restrictions (list[str] | None | Unset): Restrictions in force, e.g. MarginCall, LiquidatingTransactionOnly,
                ClosingTransactionOnly, NintyDaysClosingTransactionOnly (the docs' spelling).
            allowed_fund_sources (list[str] | None | Unset): How the account may fund positions.
            allowed_assets (list[str] | None | Unset): Asset classes the account may trade, e.g. Equity, Option, Future,
                Forex.
            currency (None | str | Unset): Currency of the account's amounts (e.g. JPY).
            market_value (Decimal | None | Unset): Market value of the positions held now.
            total_uncleared_deposits (Decimal | None | Unset): Deposits not yet cleared, so not available for trading.
            equity (EquityEntitlement | None | Unset): Equity trading entitlement.
            option (None | OptionEntitlement | Unset): Option trading entitlement.
            bod_buying_power (BodBuyingPower | None | Unset): Start-of-day buying power figures.
            real_time_buying_power (None | RealTimeBuyingPower | Unset): Real-time buying power figures.
    """

    id: str
    account_display_name: str
    status: JapaneseAccountBalancesStatus
    restrictions: list[str] | None | Unset = UNSET
    allowed_fund_sources: list[str] | None | Unset = UNSET
    allowed_assets: list[str] | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    market_value: Decimal | None | Unset = UNSET
    total_uncleared_deposits: Decimal | None | Unset = UNSET
    equity: EquityEntitlement | None | Unset = UNSET
    option: None | OptionEntitlement | Unset = UNSET
    bod_buying_power: BodBuyingPower | None | Unset = UNSET
    real_time_buying_power: None | RealTimeBuyingPower | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.bod_buying_power import BodBuyingPower  # noqa: PLC0415
        from ..models.equity_entitlement import EquityEntitlement  # noqa: PLC0415
        from ..models.option_entitlement import OptionEntitlement  # noqa: PLC0415
        from ..models.real_time_buying_power import RealTimeBuyingPower  # noqa: PLC0415

        id = self.id

        account_display_name = self.account_display_name

        status = self.status.value

        restrictions: list[str] | None | Unset
        if isinstance(self.restrictions, Unset):
            restrictions = UNSET
        elif isinstance(self.restrictions, list):
            restrictions = self.restrictions

        else:
            restrictions = self.restrictions

        allowed_fund_sources: list[str] | None | Unset
        if isinstance(self.allowed_fund_sources, Unset):
            allowed_fund_sources = UNSET
        elif isinstance(self.allowed_fund_sources, list):
            allowed_fund_sources = self.allowed_fund_sources

        else:
            allowed_fund_sources = self.allowed_fund_sources

        allowed_assets: list[str] | None | Unset
        if isinstance(self.allowed_assets, Unset):
            allowed_assets = UNSET
        elif isinstance(self.allowed_assets, list):
            allowed_assets = self.allowed_assets

        else:
            allowed_assets = self.allowed_assets

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        market_value: Decimal | None | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        total_uncleared_deposits: Decimal | None | Unset
        if isinstance(self.total_uncleared_deposits, Unset):
            total_uncleared_deposits = UNSET
        else:
            total_uncleared_deposits = self.total_uncleared_deposits

        equity: dict[str, Any] | None | Unset
        if isinstance(self.equity, Unset):
            equity = UNSET
        elif isinstance(self.equity, EquityEntitlement):
            equity = self.equity.to_dict()
        else:
            equity = self.equity

        option: dict[str, Any] | None | Unset
        if isinstance(self.option, Unset):
            option = UNSET
        elif isinstance(self.option, OptionEntitlement):
            option = self.option.to_dict()
        else:
            option = self.option

        bod_buying_power: dict[str, Any] | None | Unset
        if isinstance(self.bod_buying_power, Unset):
            bod_buying_power = UNSET
        elif isinstance(self.bod_buying_power, BodBuyingPower):
            bod_buying_power = self.bod_buying_power.to_dict()
        else:
            bod_buying_power = self.bod_buying_power

        real_time_buying_power: dict[str, Any] | None | Unset
        if isinstance(self.real_time_buying_power, Unset):
            real_time_buying_power = UNSET
        elif isinstance(self.real_time_buying_power, RealTimeBuyingPower):
            real_time_buying_power = self.real_time_buying_power.to_dict()
        else:
            real_time_buying_power = self.real_time_buying_power

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Id": id,
                "AccountDisplayName": account_display_name,
                "Status": status,
            }
        )
        if restrictions is not UNSET:
            field_dict["Restrictions"] = restrictions
        if allowed_fund_sources is not UNSET:
            field_dict["AllowedFundSources"] = allowed_fund_sources
        if allowed_assets is not UNSET:
            field_dict["AllowedAssets"] = allowed_assets
        if currency is not UNSET:
            field_dict["Currency"] = currency
        if market_value is not UNSET:
            field_dict["MarketValue"] = market_value
        if total_uncleared_deposits is not UNSET:
            field_dict["TotalUnclearedDeposits"] = total_uncleared_deposits
        if equity is not UNSET:
            field_dict["Equity"] = equity
        if option is not UNSET:
            field_dict["Option"] = option
        if bod_buying_power is not UNSET:
            field_dict["BODBuyingPower"] = bod_buying_power
        if real_time_buying_power is not UNSET:
            field_dict["RealTimeBuyingPower"] = real_time_buying_power

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bod_buying_power import BodBuyingPower  # noqa: PLC0415
        from ..models.equity_entitlement import EquityEntitlement  # noqa: PLC0415
        from ..models.option_entitlement import OptionEntitlement  # noqa: PLC0415
        from ..models.real_time_buying_power import RealTimeBuyingPower  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("Id")

        account_display_name = d.pop("AccountDisplayName")

        status = JapaneseAccountBalancesStatus(d.pop("Status"))

        def _parse_restrictions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                restrictions_type_0 = cast(list[str], data)

                return restrictions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        restrictions = _parse_restrictions(d.pop("Restrictions", UNSET))

        def _parse_allowed_fund_sources(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_fund_sources_type_0 = cast(list[str], data)

                return allowed_fund_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_fund_sources = _parse_allowed_fund_sources(
            d.pop("AllowedFundSources", UNSET)
        )

        def _parse_allowed_assets(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_assets_type_0 = cast(list[str], data)

                return allowed_assets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_assets = _parse_allowed_assets(d.pop("AllowedAssets", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("Currency", UNSET))

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

        def _parse_total_uncleared_deposits(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (
                    isinstance(data, (Decimal, int)) and not isinstance(data, bool)
                ):
                    raise TypeError()
                total_uncleared_deposits_type_0 = Decimal(str(data))

                return total_uncleared_deposits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        total_uncleared_deposits = _parse_total_uncleared_deposits(
            d.pop("TotalUnclearedDeposits", UNSET)
        )

        def _parse_equity(data: object) -> EquityEntitlement | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                equity_type_0 = EquityEntitlement.from_dict(data)

                return equity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EquityEntitlement | None | Unset, data)

        equity = _parse_equity(d.pop("Equity", UNSET))

        def _parse_option(data: object) -> None | OptionEntitlement | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                option_type_0 = OptionEntitlement.from_dict(data)

                return option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OptionEntitlement | Unset, data)

        option = _parse_option(d.pop("Option", UNSET))

        def _parse_bod_buying_power(data: object) -> BodBuyingPower | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bod_buying_power_type_0 = BodBuyingPower.from_dict(data)

                return bod_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BodBuyingPower | None | Unset, data)

        bod_buying_power = _parse_bod_buying_power(d.pop("BODBuyingPower", UNSET))

        def _parse_real_time_buying_power(
            data: object,
        ) -> None | RealTimeBuyingPower | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                real_time_buying_power_type_0 = RealTimeBuyingPower.from_dict(data)

                return real_time_buying_power_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RealTimeBuyingPower | Unset, data)

        real_time_buying_power = _parse_real_time_buying_power(
            d.pop("RealTimeBuyingPower", UNSET)
        )

        japanese_account_balances = cls(
            id=id,
            account_display_name=account_display_name,
            status=status,
            restrictions=restrictions,
            allowed_fund_sources=allowed_fund_sources,
            allowed_assets=allowed_assets,
            currency=currency,
            market_value=market_value,
            total_uncleared_deposits=total_uncleared_deposits,
            equity=equity,
            option=option,
            bod_buying_power=bod_buying_power,
            real_time_buying_power=real_time_buying_power,
        )

        return japanese_account_balances
