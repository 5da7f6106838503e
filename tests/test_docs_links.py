"""The README and docs/: every relative link resolves, every docs page is reachable, the README fits a screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from broker_contracts.brokers import ROOT

PAGES = [ROOT / "README.md", ROOT / "specs" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def _relative_links(page: Path) -> list[str]:
    return [t for t in LINK.findall(page.read_text()) if not re.match(r"[a-z]+:", t) and not t.startswith("#")]


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(ROOT)) for p in PAGES])
def test_every_relative_link_resolves(page: Path) -> None:
    broken = [t for t in _relative_links(page) if not (page.parent / t.split("#")[0]).exists()]
    assert broken == []


def test_every_docs_page_is_linked_from_the_readme() -> None:
    linked = {(ROOT / t.split("#")[0]).resolve() for t in _relative_links(ROOT / "README.md")}
    assert [p.name for p in (ROOT / "docs").glob("*.md") if p.resolve() not in linked] == []


def test_the_readme_fits_one_screen() -> None:
    assert len((ROOT / "README.md").read_text().splitlines()) <= 60


def test_a_broken_link_is_caught(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("see [there](missing.md) and [ok](page.md) and [web](https://example.com)")
    assert [t for t in _relative_links(page) if not (page.parent / t).exists()] == ["missing.md"]
