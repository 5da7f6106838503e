"""Evidence corpora: every current published payload fits its contract; superseded ones are explained.

The real corpora are checked for every broker; the failure cases use a small contract of our own
(tests/upstream_documents/contract.yaml) with evidence written by each test.
"""

from __future__ import annotations

import contextlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from broker_contracts.brokers import Broker
from broker_contracts.documents import load_yaml, value_at
from broker_contracts.errors import ContractError
from broker_contracts.evidence import check_evidence, load_corpus, read_payload
from broker_contracts.mock import load_behaviour
from broker_contracts.validate import load_spec
from tests.conftest import run_script, to_yaml

CONTRACT = Path(__file__).parent / "upstream_documents" / "contract.yaml"
SOURCE = "example/docs@" + "a" * 40 + ":balances.md"
GOOD = {"data": {"account_id": 7, "equity": "10.50", "margin_type": "CASH"}}
OLD = {"data": {"account_id": 7, "equity": 10.5}}


def test_every_current_payload_of_every_broker_fits_its_contract(broker: Broker) -> None:
    corpus, problems = check_evidence(broker, load_spec(broker.spec_path))
    assert [str(p) for p in problems] == []
    assert corpus is not None and corpus.count("current") >= 1


def test_every_mock_200_body_is_current_evidence(broker: Broker) -> None:
    """A mock's 200 body file is the value of a current payload; one that `adds` fields a newer
    schema requires is the value of the published payload that schema superseded."""
    corpus = load_corpus(broker)
    values: dict[str, list[Any]] = {"current": [], "superseded": []}
    for payload in corpus.payloads:
        if payload.status == 200 and payload.media_type == "application/json" and not payload.malformed:
            with contextlib.suppress(ContractError):  # a superseded file may be text that never parsed
                values[payload.state].append(read_payload(corpus.folder / payload.file, payload.media_type))
    behaviour = load_yaml(broker.fixtures_dir / "behaviour.yaml")
    served = [r for r in behaviour["responses"].values() if r["status"] == 200 and "authored" not in r]
    authored = [r for r in behaviour["responses"].values() if "authored" in r]
    assert served or authored or _partial_items(broker), "the mock serves no 200 body"
    for response in authored:  # the project's own body: NOTES.md says what it rests on
        assert "NOTES.md" in response["authored"], response["body"]
    for response in served:
        body = json.loads((broker.fixtures_dir / response["body"]).read_text())
        published = values["superseded"] if response.get("adds") else values["current"]
        assert body in published, (
            f"{response['body']} is not (the value of) a {'' if response.get('adds') else 'current '}evidence payload"
        )


def _partial_items(broker: Broker) -> dict[str, tuple[str, dict[str, bytes]]]:
    """operationId -> (items pointer, {account or failing id: raw item}) of every operation the mock
    answers as one partial-success envelope (TradeStation v3)."""
    found = {}
    for operation_id, operation in load_behaviour(broker).operations.items():
        partial = operation.account_list.partial if operation.account_list else None
        if partial is not None:
            found[operation_id] = (partial.items_at, {**partial.items})
            found[operation_id + " errors"] = (partial.errors_at, {**partial.failing})
    return found


def test_every_item_a_partial_success_mock_serves_is_an_item_of_a_current_payload(broker: Broker) -> None:
    """In partial mode (TradeStation v3) the mock composes each answer from per-account item files:
    each is an item of a current published 200 body of its operation, at the same member."""
    corpus = load_corpus(broker)
    for key, (at, items) in _partial_items(broker).items():
        operation_id = key.removesuffix(" errors")
        published = [
            item
            for p in corpus.payloads
            if p.state == "current" and p.operation == operation_id and p.status == 200 and not p.malformed
            for item in value_at(read_payload(corpus.folder / p.file, p.media_type), at) or []
        ]
        for account, raw in items.items():
            assert json.loads(raw) in published, f"{operation_id}: the item of {account} is not at {at} of a payload"


def test_every_listed_account_is_an_item_of_a_current_list_payload(broker: Broker) -> None:
    """The mock's list items are items of what the broker published for listAccounts (verbatim
    values; of a superseded payload when the mock `adds` fields a newer schema requires), and its
    envelope is a published list body with the array emptied; unless the list is `authored` (no
    list body published: Aries v2)."""
    corpus = load_corpus(broker)
    listed = load_yaml(broker.fixtures_dir / "behaviour.yaml")["operations"]["listAccounts"]["list"]
    if "authored" in listed:  # no list body is published: the items are ours, NOTES.md says from what
        assert "NOTES.md" in listed["authored"]
        return
    adds = listed.get("adds", {})
    published = [
        read_payload(corpus.folder / p.file, p.media_type)
        for p in corpus.payloads
        if (p.state == "current" or adds) and p.operation == "listAccounts" and p.status == 200
    ]
    behaviour = load_behaviour(broker)
    listing = behaviour.operation("listAccounts").listing
    assert listing is not None and listing.items, "the mock lists no account"
    items = [item for body in published for item in value_at(body, listing.at)]
    for account, raw in listing.items.items():
        item = json.loads(raw)
        for added, value in adds.items():  # fields a newer schema requires, added by the mock
            assert item.pop(added[1:]) == value
        assert item in items, f"the list item of {account} is not an item of a published list payload"
    if listing.envelope is not None:
        envelope = json.loads(listing.envelope)
        assert value_at(envelope, listing.at) == [] and any(envelope.keys() == body.keys() for body in published)


def _payload(file: str, state: str = "current", status: int = 200, **extra: Any) -> dict[str, Any]:
    """A manifest entry for `file`, a response of the contract's one operation unless `extra` says otherwise."""
    entry = {"file": file, "operation": "getAccountBalances", "source": SOURCE, "revised": "2026-01-01"}
    return {**entry, "state": state, "status": status, "shows": "x", **extra}


def _project(tmp_path: Path, files: dict[str, Any], payloads: list[dict[str, Any]], notes: str = "") -> Broker:
    folder = tmp_path / "specs" / "example"
    (folder / "evidence").mkdir(parents=True)
    spec = load_yaml(CONTRACT)
    spec["info"]["x-broker-revision"] = {"date": "2026-01-01", "version": None, "basis": "the example docs"}
    (folder / "openapi.yaml").write_text(to_yaml(spec))
    (folder / "NOTES.md").write_text(notes)
    for name, body in files.items():
        (folder / "evidence" / name).write_text(body if isinstance(body, str) else json.dumps(body))
    manifest = {"broker": "example", "gathered": "2026-11-22", "searched": [{"where": "x", "found": "y"}]}
    (folder / "evidence" / "sources.yaml").write_text(to_yaml({**manifest, "payloads": payloads}))
    return Broker("example", tmp_path)


def _problems(broker: Broker) -> list[str]:
    return [str(p) for p in check_evidence(broker, load_spec(broker.spec_path))[1]]


def test_a_good_corpus_has_no_problem(tmp_path: Path) -> None:
    broker = _project(
        tmp_path,
        {"200_cash.json": GOOD, "200_old.json": OLD},
        [_payload("200_cash.json"), _payload("200_old.json", "superseded", superseded_by="200_cash.json")],
        notes="200_old.json: equity was a JSON number before the API moved to decimal strings.",
    )
    assert _problems(broker) == []


BAD_CASES: dict[str, tuple[dict[str, Any], list[dict[str, Any]], str]] = {
    "current payload breaks the schema": (
        {"200_cash.json": {"data": {"account_id": 7, "equity": 10.5, "margin_type": "CASH"}}},
        [_payload("200_cash.json")],
        "evidence/200_cash.json: $.data.equity: does not match $.paths['/v1/accounts/{account_id}/balances']",
    ),
    "required field missing": (
        {"200_cash.json": {"data": {"account_id": 7, "equity": "1"}}},
        [_payload("200_cash.json")],
        "schema: 'margin_type' is a required property",
    ),
    "status not documented": (
        {"500_x.json": {"message": "boom"}},
        [_payload("500_x.json", status=500)],
        "evidence/500_x.json: $: status 500 (application/json) of getAccountBalances is not documented in openapi.yaml",
    ),
    "operation not in the contract": (
        {"200_cash.json": GOOD},
        [_payload("200_cash.json", operation="listAccounts")],
        "sources.yaml: $.payloads[0].operation: no operation 'listAccounts' in the contract"
        " (known: getAccountBalances)",
    ),
    "operation not named": (
        {"200_cash.json": GOOD},
        [{k: v for k, v in _payload("200_cash.json").items() if k != "operation"}],
        "sources.yaml: $.payloads[0]: 'operation' is a required property",
    ),
    "not JSON": (
        {"200_cash.json": "{'data': 1}"},
        [_payload("200_cash.json")],
        "evidence/200_cash.json: line 1, column 2: not valid JSON",
    ),
    "file not listed": (
        {"200_cash.json": GOOD, "200_stray.json": GOOD},
        [_payload("200_cash.json")],
        "evidence/200_stray.json: not listed in sources.yaml",
    ),
    "listed file missing": (
        {},
        [_payload("200_cash.json")],
        "sources.yaml: $.payloads[0].file: 200_cash.json does not exist",
    ),
    "superseded without what superseded it": (
        {"200_cash.json": GOOD},
        [_payload("200_cash.json", "superseded")],
        "sources.yaml: $.payloads[0]: 'superseded_by' is a required property",
    ),
    "superseded not explained": (
        {"200_cash.json": GOOD, "200_old.json": OLD},
        [_payload("200_cash.json"), _payload("200_old.json", "superseded", superseded_by="200_cash.json")],
        "NOTES.md: superseded evidence 200_old.json is not explained",
    ),
    "superseded by a file not in the manifest": (
        {"200_old.json": OLD, "200_cash.json": GOOD},
        [_payload("200_cash.json"), _payload("200_old.json", "superseded", superseded_by="200_new.json")],
        "sources.yaml: $.payloads[1].superseded_by: 200_new.json is not in the manifest",
    ),
    "source not traceable": (
        {"200_cash.json": GOOD},
        [{**_payload("200_cash.json"), "source": "the docs"}],
        "sources.yaml: $.payloads[0].source: 'the docs' does not match",
    ),
}


@pytest.mark.parametrize("case", list(BAD_CASES), ids=list(BAD_CASES))
def test_bad_evidence_is_reported_with_file_and_place(tmp_path: Path, case: str) -> None:
    files, payloads, expected = BAD_CASES[case]
    notes = "" if case == "superseded not explained" else "200_old.json: replaced by decimal strings"
    problems = _problems(_project(tmp_path, files, payloads, notes))
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_the_contract_must_state_its_target_revision(tmp_path: Path) -> None:
    broker = _project(tmp_path, {"200_cash.json": GOOD}, [_payload("200_cash.json")])
    spec = load_spec(broker.spec_path)
    spec["info"]["version"] = "1.0.0"
    assert [str(p).split(": ", 1)[1] for p in check_evidence(broker, spec)[1]] == [
        "$.info.version: must carry the revision (2026-01-01)"
    ]
    del spec["info"]["x-broker-revision"]
    assert "x-broker-revision" in str(check_evidence(broker, spec)[1][0])


@pytest.mark.slow
def test_make_validate_lists_superseded_payloads_and_fails_on_a_broken_one(tmp_path: Path) -> None:
    notes = "200_old.json: equity was a JSON number."
    files = {"200_cash.json": GOOD, "200_old.json": OLD}
    payloads = [_payload("200_cash.json"), _payload("200_old.json", "superseded", superseded_by="200_cash.json")]
    _project(tmp_path, files, payloads, notes)
    ok = run_script("validate.py", "--root", str(tmp_path))
    assert ok.returncode == 0, ok.stderr
    assert "evidence: example: 1 current payload(s) validate, 1 superseded" in ok.stdout
    assert "superseded: 200_old.json (2026-01-01) -> 200_cash.json" in ok.stdout
    shutil.copy(tmp_path / "specs/example/evidence/200_old.json", tmp_path / "specs/example/evidence/200_cash.json")
    bad = run_script("validate.py", "--root", str(tmp_path))
    assert bad.returncode == 1
    assert "200_cash.json: $.data.equity: does not match" in bad.stderr
