"""scripts/mutation.py: reading JUnit reports into the mutation table, and judging it."""

from __future__ import annotations

from pathlib import Path

from mutation import read_report, render, verdicts

from broker_contracts.reports import Failure, checks_in

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest">
<testcase classname="c" name="test_api_conforms_to_contract[aries]"/>
<testcase classname="c" name="test_api_conforms_to_contract[aries~drops_required_field][GET /x]">
  <failure message="JsonSchemaError">  | - ST108 Response violates schema</failure>
</testcase>
<testcase classname="c" name="test_each_wrong_credential_gets_its_documented_error[etna~accepts_any_credential]">
  <failure message="AssertionError: with a wrong Et-App-Key: expected the documented 403, got 200"/>
</testcase>
<testcase classname="c" name="test_api_conforms_to_contract[etna~wrong_content_type]"/>
</testsuite></testsuites>
"""


def test_checks_are_named_from_schemathesis_codes_and_harness_messages() -> None:
    assert checks_in("  | - ST108 Response violates schema\n") == {"ST108 Response violates schema"}
    assert checks_in("without Et-App-Key: expected the documented 403") == {"documented error without Et-App-Key"}
    assert checks_in("missing_auth: the API answered 401") == {"missing_auth"}
    assert checks_in("something else broke") == {"(unnamed failure)"}


def test_report_rows_say_which_mutants_were_caught_and_by_what(tmp_path: Path) -> None:
    report = tmp_path / "r.xml"
    report.write_text(JUNIT)
    table = read_report(report)
    assert table[("aries", "faithful")] == set()
    assert table[("aries", "drops_required_field")] == {"ST108 Response violates schema"}
    assert table[("etna", "accepts_any_credential")] == {"documented error with a wrong Et-App-Key"}
    rows = {(b, m): (ok, what) for b, m, ok, what in verdicts(table)}
    assert rows[("aries", "faithful")] == (True, "passes")
    assert rows[("etna", "wrong_content_type")] == (False, "NOT CAUGHT")


def test_a_surviving_mutant_or_a_failing_mock_is_shown_and_counted() -> None:
    rows = verdicts({("aries", "faithful"): {"ST101 Server error"}, ("aries", "m"): set()})
    text = render(rows, runs=1)
    assert "0/1 mutants caught; faithful mocks: FAILURES" in text
    assert "| aries | m | NO | NOT CAUGHT |" in text
    assert "| aries | faithful | FAILS | FAILS: ST101 Server error |" in text


def test_the_run_ends_with_one_readable_line_per_broker(tmp_path: Path) -> None:
    from broker_contracts.reports import Summary, summary_table

    passed = Summary("aries", "mock", cases=215)
    (tmp_path / "conformance-aries-mock.md").write_text(
        passed.render(["not_a_server_error", "status_code_conformance"])
    )
    failed = Summary("etna", "mock", cases=12, failures=[Failure("t", {"ST101 Server error"}, [])])
    (tmp_path / "conformance-etna-mock.md").write_text(failed.render(["not_a_server_error"]))
    lines = summary_table(tmp_path, ["aries", "etna", "tradestation"], "mock").splitlines()
    assert lines[0].split() == ["broker", "result", "cases", "checks", "report"]
    assert lines[2].split()[:4] == ["aries", "passed", "215", "2"]
    assert lines[3].split()[:4] == ["etna", "FAILED", "12", "1"]
    assert lines[4].split() == ["tradestation", "no", "report", "-", "0", "-"]
