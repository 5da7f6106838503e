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


def test_the_mutants_results_join_the_table(tmp_path: Path) -> None:
    from mutation import read_mutants

    results = tmp_path / "mutants.json"
    results.write_text('{"aries~drops_required_field": ["ST108 Response violates schema"], "etna~m": []}')
    assert read_mutants(results) == {
        ("aries", "drops_required_field"): {"ST108 Response violates schema"},
        ("etna", "m"): set(),
    }
    assert [row[:3] for row in verdicts(read_mutants(results))] == [
        ("aries", "drops_required_field", True),
        ("etna", "m", False),
    ]


def test_a_mutant_records_each_tests_first_failure_and_is_not_sent_that_test_again() -> None:
    from starlette.applications import Starlette

    from broker_contracts.conformance import Mutant

    sent: list[str] = []

    def send(test: str, error: BaseException | None) -> None:
        def call(app: object) -> None:
            sent.append(test)
            if error is not None:
                raise error

        mutant.attempt(test, call)

    mutant = Mutant("aries~m", Starlette())
    send("api", None)  # passes: nothing recorded, later cases still sent
    send("api", AssertionError("  | - ST108 Response violates schema\n"))
    send("api", AssertionError("  | - ST101 Server error\n"))  # already caught by this test: not sent
    send("missing credential", AssertionError("without Et-App-Key: expected the documented 403, got 200"))
    send("wrong credential", ExceptionGroup("two", [ValueError("a"), ValueError("b")]))
    assert sent == ["api", "api", "missing credential", "wrong credential"]
    assert mutant.caught == {
        "api": {"ST108 Response violates schema"},
        "missing credential": {"documented error without Et-App-Key"},
        "wrong credential": {"(unnamed failure)"},
    }
