"""A spec author's commonest mistakes, each a small document in tests/documents_with_errors/ with the
one line `make validate` (and so `make generate`) must print for it: file, JSON path, line and column,
and the problem; never a traceback. expected.txt holds the lines, `{file}` standing for the path.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT
from broker_contracts.validate import validate_spec
from tests.conftest import run_script

DOCUMENTS = Path(__file__).parent / "documents_with_errors"
EXPECTED = dict(line.split(": ", 1) for line in (DOCUMENTS / "expected.txt").read_text().splitlines())


@pytest.mark.parametrize("case", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_each_mistake_is_one_short_line_naming_file_place_and_problem(case: str) -> None:
    document = DOCUMENTS / f"{case}.yaml"
    problems = [str(p).replace(str(document), "{file}") for p in validate_spec(document)]
    assert problems == [EXPECTED[case]]
    assert len(problems[0]) < 250 and "\n" not in problems[0]


def test_every_document_has_its_expected_line() -> None:
    assert sorted(p.stem for p in DOCUMENTS.glob("*.yaml")) == sorted(EXPECTED)


def _project_with(tmp_path: Path, case: str) -> Path:
    spec_dir = tmp_path / "specs" / "example"
    spec_dir.mkdir(parents=True)
    shutil.copy(DOCUMENTS / f"{case}.yaml", spec_dir / "openapi.yaml")
    shutil.copy(ROOT / "openapi-python-client.yaml", tmp_path)
    (tmp_path / "generated" / "example_client").mkdir(parents=True)
    (tmp_path / "generated" / "example_client" / "__init__.py").write_text("# the client committed before\n")
    return tmp_path


def _digest(folder: Path) -> str:
    return hashlib.sha256(b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())).hexdigest()


@pytest.mark.parametrize("case", ["dangling_ref", "missing_external_file", "yaml_error", "unknown_key"])
def test_validate_and_generate_exit_1_with_that_line_and_leave_generated_untouched(tmp_path: Path, case: str) -> None:
    root = _project_with(tmp_path, case)
    before = _digest(root / "generated")
    spec = root / "specs" / "example" / "openapi.yaml"
    expected = "error: " + EXPECTED[case].replace("{file}", str(spec))
    for script in ("validate.py", "generate.py"):
        done = run_script(script, "--root", str(root))
        assert done.returncode == 1, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        assert expected in done.stderr.splitlines(), done.stderr
    assert _digest(root / "generated") == before


def test_an_unknown_broker_is_a_usage_error() -> None:
    done = run_script("validate.py", "--brokers", "nope")
    assert done.returncode == 2 and "unknown broker 'nope'" in done.stderr


@pytest.mark.slow
def test_lint_prints_one_line_per_finding_with_file_path_line_and_rule() -> None:
    done = run_script("lint_specs.py", str(DOCUMENTS / "invalid_type.yaml"))
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert (
        "error: tests/documents_with_errors/invalid_type.yaml: $.info (line 3, column 6): [house-x-origin]"
        in "\n".join(lines)
    )
    assert all(line.count(": ") >= 3 and "(line " in line for line in lines)
