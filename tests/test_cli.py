"""`broker-contracts`, the toolchain's one command: every subcommand, from any directory."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT
from broker_contracts.cli import COMMANDS

COMMAND = ROOT / ".venv" / "bin" / "broker-contracts"


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(COMMAND), *args], cwd=cwd, capture_output=True, text=True, check=False, timeout=120)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_subcommand_has_its_help(command: str, tmp_path: Path) -> None:
    done = _run(command, "--help", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"usage: broker-contracts {command} ")


def test_it_runs_from_any_directory_with_the_documented_exit_codes(tmp_path: Path) -> None:
    assert _run("validate", "--brokers", "aries", cwd=tmp_path).returncode == 0
    bad = tmp_path / "bad.har"
    bad.write_text("{not json")
    unreadable = _run("traffic", "--files", str(bad), "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert unreadable.returncode == 2 and "bad.har" in unreadable.stderr
    unknown = _run("validate", "--brokers", "nobody", cwd=tmp_path)
    assert unknown.returncode == 2 and "unknown broker 'nobody'" in unknown.stderr
    assert _run("nope", cwd=tmp_path).returncode == 2
    bare = _run(cwd=tmp_path)
    assert bare.returncode == 2 and "broker-contracts <command>" in bare.stdout


def test_the_make_targets_call_it() -> None:
    makefile = (ROOT / "Makefile").read_text()
    for command in COMMANDS:
        assert re.search(rf"^\t\$\(BC\) {command}\b", makefile, re.M), command
    assert "BC := $(VENV)/bin/broker-contracts" in makefile
