"""The crosswalk: pointers resolve in the contracts, kinds agree, structure errors name the place."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from broker_contracts_runtime.balances import CONCEPT_FIELDS

from broker_contracts import crosswalk
from broker_contracts.documents import load_yaml
from broker_contracts.errors import ContractError
from tests.conftest import to_yaml

STANDARD_CONCEPTS = {
    "account_id", "currency", "total_equity", "cash", "settled_cash", "unsettled_cash", "withdrawable_cash",
    "buying_power", "stock_buying_power", "option_buying_power", "day_trading_buying_power",
    "maintenance_requirement", "initial_requirement", "margin_debit", "sma", "realized_pl", "unrealized_pl",
    "long_market_value", "short_market_value", "start_of_day_equity", "start_of_day_as_of", "pending_orders_count",
    "pattern_day_trader",
}  # fmt: skip


def _edited(project: Path, change: object) -> Path:
    path = project / "specs" / "crosswalk.yaml"
    data = load_yaml(path)
    change(data)  # type: ignore[operator]
    path.write_text(to_yaml(data, sort_keys=False))
    return path


def test_every_pointer_resolves_with_its_concept_kind() -> None:
    assert crosswalk.check(crosswalk.load()) == []


def test_the_crosswalk_has_every_standard_concept_and_the_model_follows_it() -> None:
    concepts = [c.id for c in crosswalk.load().concepts]
    assert set(concepts) >= STANDARD_CONCEPTS
    assert list(CONCEPT_FIELDS) == concepts


def test_renaming_a_field_in_a_spec_breaks_the_crosswalk(project_copy: Path) -> None:
    spec_path = project_copy / "specs" / "aries" / "openapi.yaml"
    spec_path.write_text(spec_path.read_text().replace("netBuyingPower", "buyingPowerNet"))
    problems = [str(p) for p in crosswalk.check(crosswalk.load(), root=project_copy)]
    assert any(
        "$.concepts.buying_power.aries.AccountBalances: /netBuyingPower is not a property" in p for p in problems
    )


def test_a_field_of_another_kind_is_refused(project_copy: Path) -> None:
    path = _edited(project_copy, lambda d: d["concepts"]["cash"].update(aries="/pendingOrdersCount"))
    problems = [str(p) for p in crosswalk.check(crosswalk.load(path), root=project_copy, path=path)]
    assert any(
        "$.concepts.cash.aries.AccountBalances: /pendingOrdersCount is count, not a amount" in p for p in problems
    )


def test_a_concept_that_forgets_a_broker_names_the_place(project_copy: Path) -> None:
    path = _edited(project_copy, lambda d: d["concepts"]["sma"].pop("etna"))
    with pytest.raises(ContractError, match=r"\$.concepts.sma.etna: every concept says where each broker has it"):
        crosswalk.load(path)


def test_a_multi_shape_broker_must_map_every_shape(project_copy: Path) -> None:
    path = _edited(project_copy, lambda d: d["concepts"]["cash"]["tradestation"].pop("ForexAccountBalances"))
    with pytest.raises(ContractError, match="missing shape"):
        crosswalk.load(path)


def test_a_broker_without_a_crosswalk_entry_is_reported(project_copy: Path) -> None:
    path = _edited(project_copy, lambda d: d["brokers"].pop("etna") and [c.pop("etna") for c in d["concepts"].values()])
    problems = [str(p) for p in crosswalk.check(crosswalk.load(path), root=project_copy, path=path)]
    assert any("broker 'etna' is in specs/ or the crosswalk, not both" in p for p in problems)


def test_the_table_lists_every_concept_and_broker() -> None:
    table = crosswalk.render_markdown(crosswalk.load())
    assert "| concept | aries | clear_street | etna | tradestation |" in table
    assert "| **buying_power**: " in table and "`netBuyingPower`" in table and "`stockBuyingPower` ≈" in table
    html = crosswalk.render_html(crosswalk.load())
    assert html.split("<tbody>")[1].count("<tr>") == len(crosswalk.load().concepts) and "http" not in html


def test_a_timestamp_concept_refuses_a_plain_string(project_copy: Path) -> None:
    path = _edited(project_copy, lambda d: d["concepts"]["start_of_day_as_of"].update(aries="/accountId"))
    problems = [str(p) for p in crosswalk.check(crosswalk.load(path), root=project_copy, path=path)]
    assert any("start_of_day_as_of.aries.AccountBalances: /accountId is text, not a timestamp" in p for p in problems)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ({"items": "/Currency", "currency": "/Currency", "cash": "/RealTimeCashBalance"}, "/Currency is not an array"),
        (
            {"items": "/CurrencyDetails", "currency": "/Commission", "cash": "/RealTimeCashBalance"},
            "/Commission is not a text",
        ),
        ({"items": "/CurrencyDetails", "currency": "/Currency", "cash": "/Currency"}, "/Currency is not a amount"),
    ],
    ids=["not-an-array", "currency-not-text", "cash-not-amount"],
)
def test_per_currency_lines_must_point_at_an_array_of_currency_and_cash(
    project_copy: Path, lines: dict[str, str], expected: str
) -> None:
    def edit(data: dict[str, Any]) -> None:
        data["brokers"]["tradestation"]["currencies"]["FuturesAccountBalances"] = lines

    path = _edited(project_copy, edit)
    problems = [str(p) for p in crosswalk.check(crosswalk.load(path), root=project_copy, path=path)]
    assert any("$.brokers.tradestation.currencies.FuturesAccountBalances: " + expected in p for p in problems), problems
