"""`make docs`: one self-contained HTML page per spec that renders, offline, in headless Chromium.

Chromium is Debian's `chromium` (`.ci/run` installs it). Without it the browser test is skipped on a
developer machine and fails under CI (`CI=true`), so a missing browser can never pass silently.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from build_docs import build_page

from broker_contracts.brokers import Broker, discover
from broker_contracts.validate import load_spec

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every broker's page, built once (Redocly) into a temporary folder."""
    folder = tmp_path_factory.mktemp("docs")
    return {broker.slug: build_page(broker, folder) for broker in discover()}


def _render(page: Path, profile: Path) -> str:
    """The DOM Chromium shows for `page`, with every host name unresolvable (no network)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed here: apt-get install chromium")
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000",
        "--dump-dom", page.as_uri(),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout


def test_each_page_is_self_contained(broker: Broker, pages: dict[str, Path]) -> None:
    html = pages[broker.slug].read_text()
    external = re.findall(r"<(?:script|link|img)[^>]+(?:src|href)=\"https?://[^\"]+", html)
    assert external == []


def test_each_page_shows_the_balances_operation_offline(broker: Broker, pages: dict[str, Path], tmp_path: Path) -> None:
    dom = _render(pages[broker.slug], tmp_path / "profile")
    spec = load_spec(broker.spec_path)
    ((path, item),) = spec["paths"].items()
    assert spec["info"]["title"] in dom
    assert item["get"]["summary"] in dom
    assert path in dom
