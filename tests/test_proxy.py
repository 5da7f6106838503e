"""The validating proxy against a local upstream (a broker's mock served on 127.0.0.1): faithful and
faulty, strict and not; GET only to a remote upstream; no credential written anywhere."""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from broker_contracts_runtime.network import is_loopback

from broker_contracts.mock import Behaviour, OperationBehaviour, create_app, load_behaviour
from broker_contracts.mutants import label, mutate
from broker_contracts.proxy import Journal, create_proxy
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES, BROKERS, ServedMocks
from tests.test_network import Scripted, serving

CANARY = "canary-proxy-token-93ab"
BROKER = BROKERS[0]


class _Upstream(Scripted):
    """A broker's mock (faithful or a mutant) served for real, as the proxy's upstream."""

    def __init__(self, behaviour: Behaviour) -> None:
        super().__init__()
        self.mock = create_app(behaviour)


@pytest.fixture
def journal(tmp_path: Path) -> Journal:
    return Journal(tmp_path / "violations.ndjson", out=io.StringIO())


def _get(app: object, path: str, headers: dict[str, str], method: str = "GET") -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
        async with httpx.AsyncClient(transport=transport, base_url="http://proxy.test") as client:
            return await client.request(method, path, headers=headers)

    return asyncio.run(go())


def _headers(behaviour: OperationBehaviour, secret: str | None = None) -> dict[str, str]:
    return {c.header: c.sent_value(secret or c.accepted) for c in behaviour.credentials}


def _account(behaviour: OperationBehaviour) -> str:
    return next(a for a, r in behaviour.accounts.items() if r.status == 200)


def _mutant(name: str) -> Behaviour:
    """BROKER's mock with the mutant `name` applied to its balances operation."""
    return mutate(load_behaviour(BROKER), load_spec(BROKER.spec_path), label(BALANCES, name))


@pytest.fixture
def upstream() -> Iterator[tuple[str, OperationBehaviour]]:
    """BROKER's faithful mock served on 127.0.0.1, and its balances operation."""
    mock = load_behaviour(BROKER)
    with serving(_Upstream(mock)) as url:
        yield url, mock.operation(BALANCES)


def test_a_faithful_answer_passes_byte_for_byte_and_nothing_is_written(
    upstream: tuple[str, OperationBehaviour], journal: Journal
) -> None:
    url, behaviour = upstream
    proxy = create_proxy(BROKER, url, journal)
    account = _account(behaviour)
    path = behaviour.url(account).removeprefix(behaviour.base_path)
    through = _get(proxy, path, _headers(behaviour))
    direct = httpx.get(url + path, headers=_headers(behaviour))
    assert (
        (through.status_code, through.content)
        == (direct.status_code, direct.content)
        == (200, behaviour.accounts[account].body)
    )
    assert not journal.path.exists()


@pytest.mark.parametrize("strict", [False, True], ids=["passing-through", "strict"])
def test_a_faulty_upstream_is_flagged_with_its_pointer_and_strict_answers_502(journal: Journal, strict: bool) -> None:
    mutant = _mutant("drops_required_field")
    behaviour = mutant.operation(BALANCES)
    account = _account(behaviour)
    path = behaviour.url(account).removeprefix(behaviour.base_path)
    with serving(_Upstream(mutant)) as url:
        proxy = create_proxy(BROKER, url, journal, strict=strict)
        _get(proxy, path, _headers(behaviour, CANARY))  # refused upstream with a canary credential
        answer = _get(proxy, path, _headers(behaviour))
    (line, *_) = journal.path.read_text().splitlines()
    record = json.loads(line)
    lines = [json.loads(text) for text in journal.path.read_text().splitlines()]
    flagged = [r for r in lines if r["check"] == "body-schema"]
    assert flagged and all(r["pointer"].startswith("/") for r in flagged), lines
    assert record["broker"] == BROKER.slug and record["method"] == "GET"
    if strict:
        assert answer.status_code == 502 and answer.headers["content-type"] == "application/problem+json"
        assert json.loads(answer.content)["detail"].startswith("body-schema at /")
    else:
        assert (answer.status_code, answer.content) == (200, behaviour.accounts[account].body)
    written = journal.path.read_text() + journal.out.getvalue()  # type: ignore[attr-defined]
    assert CANARY not in written


@pytest.mark.parametrize("faulty", [False, True], ids=["faithful", "item-missing-a-field"])
def test_the_account_list_is_routed_to_its_operation_and_checked(journal: Journal, faulty: bool) -> None:
    mock = load_behaviour(BROKER)
    served = (
        mutate(mock, load_spec(BROKER.spec_path), label("listAccounts", "drops_required_field")) if faulty else mock
    )
    listing = served.operation("listAccounts")
    path = listing.url().removeprefix(listing.base_path)
    with serving(_Upstream(served)) as url:
        answer = _get(create_proxy(BROKER, url, journal, strict=True), path, _headers(listing))
    if not faulty:
        assert answer.status_code == 200 and not journal.path.exists()
        return
    records = [json.loads(line) for line in journal.path.read_text().splitlines()]
    assert answer.status_code == 502
    assert {(r["operation"], r["check"]) for r in records} == {("listAccounts", "body-schema")}, records


def test_only_get_reaches_a_remote_upstream(journal: Journal) -> None:
    proxy = create_proxy(BROKER, "https://api.broker.invalid", journal)  # never contacted: refused first
    answer = _get(proxy, "/v1/accounts/x/balances", {}, method="POST")
    assert answer.status_code == 405 and "Only GET" in answer.text
    assert (
        is_loopback("http://127.0.0.1:9")
        and is_loopback("http://localhost:1")
        and not is_loopback("https://api.aries.com")
    )


def test_validation_off_passes_a_faulty_answer_silently(journal: Journal) -> None:
    mutant = _mutant("drops_required_field")
    behaviour = mutant.operation(BALANCES)
    path = behaviour.url(_account(behaviour)).removeprefix(behaviour.base_path)
    with serving(_Upstream(mutant)) as url:
        answer = _get(create_proxy(BROKER, url, journal, validate=False), path, _headers(behaviour))
    assert answer.status_code == 200 and not journal.path.exists()


@pytest.mark.slow
def test_make_proxy_serves_on_127_0_0_1_in_front_of_a_local_mock(served: ServedMocks) -> None:
    import subprocess
    import sys

    from broker_contracts.brokers import ROOT

    behaviour = load_behaviour(BROKER).operation(BALANCES)
    upstream = served.url(BROKER.slug)
    proxy = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "proxy.py"), "--broker", BROKER.slug, "--upstream", upstream],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert proxy.stdout is not None
        line = proxy.stdout.readline()
        assert line.startswith(f"proxy {BROKER.slug} listening on http://127.0.0.1:") and line.strip().endswith(
            upstream
        )
        address = line.split(" ")[4]
        account = _account(behaviour)
        answer = httpx.get(
            address + behaviour.url(account).removeprefix(behaviour.base_path), headers=_headers(behaviour)
        )
        assert (answer.status_code, answer.content) == (200, behaviour.accounts[account].body)
    finally:
        proxy.terminate()
        proxy.wait(timeout=10)
