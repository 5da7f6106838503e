"""`make validate`: spec validity, and every example checked against its schema with file and JSON path."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from broker_contracts.brokers import Broker
from broker_contracts.documents import load_yaml, schema_types
from broker_contracts.validate import iter_examples, load_spec, validate_spec
from tests.conftest import run_script, to_yaml


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text {old!r} not found in {path}"
    path.write_text(text.replace(old, new, 1))


def test_every_spec_is_valid_and_its_examples_match(broker: Broker) -> None:
    assert validate_spec(broker.spec_path) == []


def test_every_documented_response_body_carries_an_example(broker: Broker) -> None:
    spec = load_spec(broker.spec_path)
    used = {use.used_at[: use.used_at.index("content")] for use in iter_examples(spec) if "content" in use.used_at}
    for path_item in spec["paths"].values():
        for operation in path_item.values():
            for status, response in operation["responses"].items():
                if "content" not in response and "$ref" not in response:
                    continue  # documented without a body (ETNA's "No Content" statuses)
                if "$ref" in response:
                    name = response["$ref"].rsplit("/", 1)[-1]
                    assert ("components", "responses", name) in used, f"{status} response {name} has no example"
                else:
                    assert any(u[-1] == status for u in used), f"{status} response has no example"


def test_broken_example_is_reported_with_file_and_json_path(project_copy: Path) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    _edit(spec, '"pendingOrdersCount": 2', '"pendingOrdersCount": "2"')
    problems = validate_spec(spec)
    assert len(problems) == 1
    message = str(problems[0])
    assert message.startswith(f"{spec}: $.components.examples.DocumentedAccountBalances.value")
    assert "used at $.paths['/v1/accounts/{id}/balances'].get.responses['200']" in message
    assert "$.pendingOrdersCount: '2' is not of type 'integer'" in message


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('"valueSold": "12000.00"', '"valueSold": "12,000.00"', "$.valueSold: '12,000.00' does not match"),
        ('"valueSold": "12000.00"', '"valueSold": 12000.00', "$.valueSold: 12000.0 is not of type 'string'"),
        ('"sodTtlEquityUpdatedAt": "2026-01-15T09:30:00Z"', '"sodTtlEquityUpdatedAt": "soon"', "is not a 'date-time'"),
        ('"accountId": "TEST-ACCOUNT-001",\n', "", "'accountId' is a required property"),
    ],
    ids=["malformed-decimal", "number-for-decimal", "bad-date-time", "missing-required"],
)
def test_each_kind_of_broken_example_is_caught(project_copy: Path, old: str, new: str, expected: str) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    _edit(spec, old, new)
    assert any(expected in str(p) for p in validate_spec(spec)), validate_spec(spec)


def test_structural_error_names_the_place(project_copy: Path) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    data = load_yaml(spec)
    del data["paths"]["/v1/accounts/{id}/balances"]["get"]["parameters"][0]["in"]
    spec.write_text(to_yaml(data))
    (problem,) = validate_spec(spec)
    assert str(problem).startswith(f"{spec}: $.paths['/v1/accounts/{{id}}/balances'].get.parameters[0] (line ")
    assert str(problem).endswith(": 'in' is a required property") or str(problem).endswith(
        ': "in" is a required property'
    )


def test_other_openapi_versions_are_refused(project_copy: Path) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    _edit(spec, "openapi: 3.1.0", "openapi: 3.0.3")
    (problem,) = validate_spec(spec)
    assert "$.openapi (line 1, column 1): must be '3.1.0'" in str(problem)


def test_yaml_syntax_error_names_the_line(project_copy: Path) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    _edit(spec, "info:\n", "info:\n  - [unclosed\n")
    (problem,) = validate_spec(spec)
    assert ": line 4, column 8: invalid YAML: expected ',' or ']'" in str(problem)


def test_validate_cli_exits_non_zero_and_prints_the_place(project_copy: Path) -> None:
    spec = project_copy / "specs" / "aries" / "openapi.yaml"
    _edit(spec, '"sma": "0"', '"sma": "zero"')
    result = run_script("validate.py", "--root", str(project_copy))
    assert result.returncode == 1
    assert f"error: {spec}: $.components.examples.DocumentedAccountBalances.value" in result.stderr
    assert "$.sma: 'zero' does not match" in result.stderr


def test_validate_cli_passes_on_the_project() -> None:
    result = run_script("validate.py")
    assert result.returncode == 0, result.stderr
    assert "every example and current evidence payload matches" in result.stdout


def test_schema_types_reads_one_name_a_3_1_list_or_nothing() -> None:
    assert schema_types({"type": "number"}) == {"number"}
    assert schema_types({"type": ["string", "null"], "format": "decimal"}) == {"string", "null"}
    assert schema_types({"$ref": "#/components/schemas/Money"}) == set()


def test_a_valid_spec_is_validated_once_then_remembered_by_its_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The validator runs once per text; a later process loads the spec without even importing it."""
    import subprocess
    import sys
    import uuid

    import openapi_spec_validator

    from broker_contracts.brokers import select
    from broker_contracts.validate import _structure_error

    validated: list[object] = []
    real = openapi_spec_validator.OpenAPIV31SpecValidator

    def counting(spec: Any) -> Any:
        validated.append(spec)
        return real(spec)

    monkeypatch.setattr(openapi_spec_validator, "OpenAPIV31SpecValidator", counting)
    text = select("aries")[0].spec_path.read_text() + f"# {uuid.uuid4()}\n"  # a text nobody has validated
    spec = load_yaml(select("aries")[0].spec_path)
    assert _structure_error(spec, text) is None and len(validated) == 1
    assert _structure_error(spec, text) is None and len(validated) == 1  # remembered
    assert _structure_error(spec, text + "# one more line\n") is None and len(validated) == 2  # another text
    broken = load_yaml(select("aries")[0].spec_path)
    del broken["paths"]["/v1/accounts/{id}/balances"]["get"]["parameters"][0]["in"]
    assert _structure_error(broken, text + "# broken\n") is not None
    assert _structure_error(broken, text + "# broken\n") is not None and len(validated) == 4  # never remembered
    path = tmp_path / "openapi.yaml"
    path.write_text(text)
    check = (
        "import sys, pathlib; from broker_contracts.validate import load_spec; "
        "load_spec(pathlib.Path(sys.argv[1])); print('openapi_spec_validator' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", check, str(path)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_a_spec_referring_to_other_files_is_validated_every_time() -> None:
    from broker_contracts.brokers import select
    from broker_contracts.validate import _refers_to_other_files

    external = load_yaml(Path(__file__).parent / "documents_with_errors" / "missing_external_file.yaml")
    assert _refers_to_other_files(external)  # its verdict would depend on another file: never remembered
    assert not _refers_to_other_files(load_yaml(select("aries")[0].spec_path))


def test_parsed_yaml_is_a_fresh_copy_per_call_and_a_bad_text_names_its_source() -> None:
    from broker_contracts.documents import parse_yaml
    from broker_contracts.errors import ContractError

    text = "asof: 2023-09-27\namounts: [1, 2]\n"
    first = parse_yaml(text, "a.yaml")
    first["amounts"].append(3)  # a caller changing its copy changes nobody else's
    assert parse_yaml(text, "a.yaml") == {"asof": datetime.date(2023, 9, 27), "amounts": [1, 2]}
    assert parse_yaml(text, "a.yaml", dates=False)["asof"] == "2023-09-27"  # as a JSON document reads
    with pytest.raises(ContractError, match=r"^HEAD:specs/x/openapi.yaml: line 2, column 1: invalid YAML"):
        parse_yaml("amounts: [1,\n", "HEAD:specs/x/openapi.yaml")
