"""`make traffic` and the recorder: traffic recorded from the mocks (and their mutants), in NDJSON, HAR
and vcrpy cassette form, checked against the contracts; a canary credential that must never appear."""

from __future__ import annotations

import asyncio
import base64
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from broker_contracts_runtime.recorder import Recorder

from broker_contracts.brokers import Broker
from broker_contracts.documents import find_operation, operations
from broker_contracts.mock import Behaviour, create_app, load_behaviour
from broker_contracts.mutants import MUTANTS, applicable, label, mutate
from broker_contracts.traffic import TrafficError, _expanded, read, routes, run
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES, BROKERS, documented_urls, run_script, to_yaml

CANARY = "canary-traffic-token-7c1e"


def _record(broker: Broker, behaviour: Behaviour, out: Path, secret: str | None = None) -> Path:
    """Every operation of `behaviour`'s mock, recorded to `out`: each documented account and one
    unknown account of an account operation, the list of a list operation."""
    base = _expanded(load_spec(broker.spec_path)["servers"][0]).rstrip("/")
    recorder = Recorder(out)

    async def go() -> None:
        transport = httpx.ASGITransport(app=create_app(behaviour))
        async with httpx.AsyncClient(
            transport=transport, base_url=base, event_hooks=recorder.hooks(asynchronous=True)
        ) as client:
            for operation in behaviour.operations.values():
                headers = {c.header: c.sent_value(secret or c.accepted) for c in operation.credentials}
                wrong = {c.header: c.sent_value("not-" + c.accepted) for c in operation.credentials}
                urls = documented_urls(operation)
                for url in urls:
                    await client.get(url.removeprefix(operation.base_path), headers=headers)
                # and one with every credential present but wrong: the documented refusal, recorded too
                await client.get(urls[0].removeprefix(operation.base_path), headers=wrong)

    asyncio.run(go())  # with a canary `secret` the mock refuses it: what it answers is recorded all the same
    return out


def _as_har(ndjson: Path) -> Path:
    entries = []
    for line in ndjson.read_text().splitlines():
        r = json.loads(line)
        entries.append({
            "request": {"method": r["method"], "url": r["url"],
                        "headers": [{"name": k, "value": v} for k, v in r["request_headers"].items()]},
            "response": {"status": r["status"], "content": {"mimeType": r["content_type"],
                         "text": r["body_base64"], "encoding": "base64"}},
        })  # fmt: skip
    har = ndjson.with_suffix(".har")
    har.write_text(json.dumps({"log": {"version": "1.2", "entries": entries}}))
    return har


def _as_cassette(ndjson: Path) -> Path:
    interactions = []
    for line in ndjson.read_text().splitlines():
        r = json.loads(line)
        interactions.append({
            "request": {"method": r["method"], "uri": r["url"],
                        "headers": {k: [v] for k, v in r["request_headers"].items()}},
            "response": {"status": {"code": r["status"]}, "headers": {"content-type": [r["content_type"]]},
                         "body": {"string": base64.b64decode(r["body_base64"]).decode()}},
        })  # fmt: skip
    cassette = ndjson.with_suffix(".yaml")
    cassette.write_text(to_yaml({"interactions": interactions, "version": 1}))
    return cassette


@pytest.mark.parametrize("form", ["ndjson", "har", "cassette"])
def test_traffic_from_every_faithful_mock_fits_its_contract(tmp_path: Path, form: str) -> None:
    paths = []
    for broker in BROKERS:
        recorded = _record(broker, load_behaviour(broker), tmp_path / f"{broker.slug}.ndjson")
        paths.append({"ndjson": recorded, "har": _as_har(recorded), "cassette": _as_cassette(recorded)}[form])
    result = run(paths, BROKERS)
    assert [(v.broker, v.check, v.pointer, v.message) for v in result.violations] == []
    assert result.unmatched == [] and sum(result.routed.values()) == result.exchanges > len(BROKERS)
    assert result.exchanges == sum(len(read(path)) for path in paths)
    seen, declared = result.coverage(routes(BROKERS, {}))["operations"]
    assert seen == declared == sum(len(operations(load_spec(b.spec_path))) for b in BROKERS)


# Every mutant whose fault shows in recorded traffic, with the checks that may flag it. The two
# credential mutants (ignores_credentials, accepts_any_credential) change what the mock accepts,
# not what it answers to a request that carries the right credentials: traffic cannot show that,
# conformance runs do (ST401).
MUTATIONS = {
    "drops_required_field": {"body-schema"},
    "amount_wrong_type": {"body-schema"},
    "malformed_decimal": {"body-schema"},
    "null_where_not_nullable": {"body-schema"},
    "enum_out_of_set": {"body-schema"},
    "without_envelope": {"body-schema"},
    "mixes_account_shapes": {"body-schema"},
    "error_body_wrong_shape": {"body-schema"},
    "wrong_content_type": {"content-type"},
    "undocumented_status_for_an_account": {"status-documented"},
    "server_error_for_an_account": {"status-documented", "content-type", "body-schema"},
    "ignores_app_key": set(),
    "error_item_wrong_shape": {"body-schema"},
    "batch_as_bare_array": {"body-schema"},
}
NOT_IN_TRAFFIC = {"ignores_credentials", "accepts_any_credential", "ignores_app_key"}


def test_every_mutant_is_listed_here_or_said_to_be_invisible_in_traffic() -> None:
    assert set(MUTANTS) == set(MUTATIONS) | NOT_IN_TRAFFIC


def _visible(mutant: str, spec: dict[str, Any], operation_id: str) -> bool:
    """A 500 that the contract documents without a body is, in traffic, a documented answer: only
    conformance (ST101, not a server error) flags it."""
    if mutant != "server_error_for_an_account":
        return True
    responses = find_operation(spec, operation_id).data["responses"]
    documented = responses.get("500") or responses.get("5XX")
    return documented is None or "content" in documented or "$ref" in documented


def _applicable() -> list[Any]:
    """(broker, mutant label `name@operationId`, form) for every mutant that applies to an operation."""
    found = []
    for broker in BROKERS:
        spec = load_spec(broker.spec_path)
        applies = applicable(load_behaviour(broker), spec)
        found += [
            pytest.param(
                broker, mutant, label(operation_id, name), form, id=f"{broker.slug}-{label(operation_id, name)}-{form}"
            )
            for operation_id, name in applies
            for mutant, checks in MUTATIONS.items()
            if mutant == name and checks and _visible(mutant, spec, operation_id)
            for form in ("ndjson", "har", "cassette")
        ]
    return found


@pytest.mark.parametrize(("broker", "mutant", "labelled", "form"), _applicable())
def test_traffic_from_each_mutant_is_flagged_by_the_check_meant_for_it(
    tmp_path: Path, broker: Broker, mutant: str, labelled: str, form: str
) -> None:
    behaviour = mutate(load_behaviour(broker), load_spec(broker.spec_path), labelled)
    recorded = _record(broker, behaviour, tmp_path / "m.ndjson")
    path = {"ndjson": recorded, "har": _as_har(recorded), "cassette": _as_cassette(recorded)}[form]
    result = run([path], [broker])
    flagged = [v for v in result.violations if v.check in MUTATIONS[mutant]]
    assert flagged, [(v.check, v.pointer, v.message) for v in result.violations]
    if mutant in ("drops_required_field", "amount_wrong_type", "malformed_decimal", "null_where_not_nullable"):
        assert all(v.pointer.startswith("/") for v in flagged)  # names the field


def test_the_cli_writes_every_report_and_never_a_credential(tmp_path: Path) -> None:
    broker = max(BROKERS, key=lambda b: len(load_behaviour(b).credentials))  # ETNA: two credentials
    recorded = _record(broker, load_behaviour(broker), tmp_path / "canary.ndjson", secret=CANARY)
    assert CANARY not in recorded.read_text()  # the recorder redacts credentials
    out = tmp_path / "reports"
    done = run_script("traffic.py", "--files", f"{recorded},{_as_har(recorded)}", "--out", str(out))
    assert done.returncode in (0, 1), done.stderr
    for name in ("report.md", "junit.xml", "results.sarif", "state.json"):
        assert CANARY not in (out / name).read_text()
    assert CANARY not in done.stdout + done.stderr
    sarif = json.loads((out / "results.sarif").read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["tool"]["driver"]["rules"]
    assert "| operations |" in (out / "report.md").read_text()


def test_a_sarif_result_points_at_the_schema_in_the_spec(tmp_path: Path) -> None:
    broker = BROKERS[0]
    behaviour = mutate(load_behaviour(broker), load_spec(broker.spec_path), label(BALANCES, "drops_required_field"))
    recorded = _record(broker, behaviour, tmp_path / "m.ndjson")
    out = tmp_path / "reports"
    done = run_script("traffic.py", "--files", str(recorded), "--out", str(out))
    assert done.returncode == 1
    result = json.loads((out / "results.sarif").read_text())["runs"][0]["results"][0]
    location = result["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == f"specs/{broker.slug}/openapi.yaml"
    line = location["region"]["startLine"]
    assert "schema:" in broker.spec_path.read_text().splitlines()[line - 1]


def test_an_exchange_no_contract_matches_is_listed_not_dropped(tmp_path: Path) -> None:
    recorded = tmp_path / "other.ndjson"
    record = {"method": "GET", "url": "https://elsewhere.example/v9/things", "status": 200,
              "request_headers": {}, "content_type": "application/json", "body_base64": ""}  # fmt: skip
    recorded.write_text(json.dumps(record) + "\n")
    result = run([recorded], BROKERS)
    assert [e.url for e in result.unmatched] == ["https://elsewhere.example/v9/things"]
    assert result.unmatched_total == result.exchanges == 1


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.har", '{"nolog": 1}', "broken.har: not a HAR 1.2 file"),
        (
            "entry.har",
            '{"log": {"entries": [{"request": {"method": "GET", "url": "x"}, "response": {}}]}}',
            "entry.har: entry 0: not a HAR entry",
        ),
        (
            "cassette.yaml",
            "interactions:\n  - request: {method: GET}\n",
            "cassette.yaml: entry 0: not a cassette interaction",
        ),
        ("lines.ndjson", "{}\n", "lines.ndjson: entry 0: not a recorder line"),
        ("data.csv", "a,b\n", "unknown recording format"),
    ],
    ids=["har-without-log", "har-entry", "cassette-interaction", "ndjson-line", "unknown-format"],
)
def test_an_unreadable_recording_names_the_file_and_entry_and_exits_2(
    tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(TrafficError, match=expected.replace(".", r"\.")):
        read(path)
    done = run_script("traffic.py", "--files", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and expected in done.stderr and "Traceback" not in done.stderr


def test_a_staging_host_is_routed_through_its_base_url_variable(tmp_path: Path) -> None:
    broker = BROKERS[0]
    behaviour = load_behaviour(broker)
    recorded = _record(broker, behaviour, tmp_path / "staging.ndjson")
    server = _expanded(load_spec(broker.spec_path)["servers"][0]).rstrip("/")
    staging = tmp_path / "moved.ndjson"
    staging.write_text(recorded.read_text().replace(server, "https://staging.broker.test/base"))
    assert run([staging], [broker], env={}).unmatched_total == len(read(staging))
    routed = run([staging], [broker], env={broker.env_var("BASE_URL"): "https://staging.broker.test/base"})
    assert routed.unmatched == [] and routed.violations == []


def test_forked_workers_find_what_one_process_finds(tmp_path: Path) -> None:
    """Blocks checked in forked processes (here from the first byte, blocks of 2 KB) give the same
    result as one process: counts, every violation in recording order with its entry index, coverage."""
    import broker_contracts.traffic as traffic

    broker = BROKERS[0]
    behaviour = mutate(load_behaviour(broker), load_spec(broker.spec_path), label(BALANCES, "drops_required_field"))
    faithful = load_behaviour(broker)
    paths = [_record(broker, behaviour, tmp_path / "m.ndjson"), _record(broker, faithful, tmp_path / "f.ndjson")]
    paths.append(_as_har(paths[0]))

    serial = run(paths, [broker], workers=1)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(traffic, "BLOCK_BYTES", 2048)
        patch.setattr(traffic, "PARALLEL_FROM", 0)
        parallel = run(paths, [broker], workers=2)
    assert serial.violations and parallel == serial
