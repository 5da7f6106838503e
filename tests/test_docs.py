"""`make docs`: one self-contained HTML page per spec that renders, offline, in headless Chromium.

Chromium is Debian's `chromium` (`.ci/run` installs it). Without it the browser test is skipped on a
developer machine and fails under CI (`CI=true`), so a missing browser can never pass silently.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html import escape as html_escape
from html import unescape as html_unescape
from pathlib import Path

import build_docs
import pytest
from build_docs import build_page, inputs_digest

from broker_contracts.brokers import Broker, discover
from broker_contracts.documents import operations
from broker_contracts.validate import load_spec
from tests.conftest import BROKERS, BUILD

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def pages() -> dict[str, Path]:
    """Every broker's page as `make docs` builds it into build/docs (Redocly; kept while its inputs are)."""
    return {broker.slug: build_page(broker, BUILD / "docs") for broker in BROKERS}


# A test-only page that shows each page in a frame of the window's size and, just before the render
# ends (Chromium's virtual clock at 5 s), copies each frame's DOM into a hidden <pre> of its own, so
# that one Chromium renders every page: 3.8 s and 5 s of processor time for the five pages, against
# 4.1 s and 8.2 s for the four Redocly pages in four Chromium processes at once, then the crosswalk
# in a fifth. Frames of file:// pages are readable with --allow-file-access-from-files only.
FRAMES = """<!doctype html><html><body>{frames}<script>
setTimeout(() => {{ for (const frame of document.querySelectorAll("iframe")) {{
  const copy = document.createElement("pre");
  copy.hidden = true;  // never laid out
  copy.dataset.page = frame.name;
  copy.textContent = frame.contentDocument.documentElement.outerHTML;
  document.body.appendChild(copy);
}} }}, 4900);
</script></body></html>"""
COPY = re.compile(r'<pre hidden="" data-page="(?P<name>[^"]+)">(?P<dom>.*?)</pre>', re.DOTALL)


def _render(pages: dict[str, Path], folder: Path, width: int = 1280) -> dict[str, str]:
    """The DOM Chromium shows for each of `pages` (name -> file) in a `width` x 900 px window, with
    every host name unresolvable (no network). All pages are rendered by one Chromium (FRAMES)."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
        pytest.skip("chromium is not installed here: apt-get install chromium")
    frames = "".join(
        f'<iframe name="{name}" src="{page.as_uri()}" width="{width}" height="900"></iframe>'
        for name, page in pages.items()
    )
    wrapper = folder / "frames.html"
    wrapper.write_text(FRAMES.format(frames=frames))
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={folder / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=5000",
        "--allow-file-access-from-files", f"--window-size={width},900",
        "--dump-dom", wrapper.as_uri(),
    ]  # fmt: skip
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    copies = {m.group("name"): html_unescape(m.group("dom")) for m in COPY.finditer(dom)}
    assert set(copies) == set(pages), f"Chromium rendered {sorted(copies)} of {sorted(pages)}"
    return copies


def test_each_page_is_self_contained(broker: Broker, pages: dict[str, Path]) -> None:
    html = pages[broker.slug].read_text()
    external = re.findall(r"<(?:script|link|img)[^>]+(?:src|href)=\"https?://[^\"]+", html)
    assert external == []


# The crosswalk page as published, and a test-only copy that reports its width (the page has no script).
PROBE = "<script>document.body.dataset.width=document.documentElement.scrollWidth</script></body>"


@pytest.fixture(scope="module")
def rendered(pages: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Each broker's page and the crosswalk page (its width probe added) as Chromium shows them."""
    from broker_contracts import crosswalk

    folder = tmp_path_factory.mktemp("chromium")
    probe = folder / "crosswalk.html"
    probe.write_text(crosswalk.render_html(crosswalk.load()).replace("</body>", PROBE))
    return _render({**pages, "crosswalk": probe}, folder)


@pytest.mark.xdist_group("chromium")  # one worker renders every page, once
def test_each_page_shows_every_operation_offline(broker: Broker, rendered: dict[str, str]) -> None:
    dom = rendered[broker.slug]
    spec = load_spec(broker.spec_path)
    assert spec["info"]["title"] in dom
    for operation in operations(spec):
        assert operation.data["summary"] in dom
        assert operation.path in dom


@pytest.mark.xdist_group("chromium")
def test_the_crosswalk_page_fits_a_1280_px_screen_with_its_notes_in_view(rendered: dict[str, str]) -> None:
    from broker_contracts import crosswalk

    walk = crosswalk.load()
    html = crosswalk.render_html(walk)
    assert "<script" not in html and "title=" not in html  # self-contained, and no note hidden in a tooltip
    dom = rendered["crosswalk"]
    width = int(re.search(r'data-width="(\d+)"', dom).group(1))  # type: ignore[union-attr]
    assert width <= 1280
    notes = [m.note or m.not_reported for c in walk.concepts for ms in c.mappings.values() for m in ms.values()]
    for note in {n for n in notes if n}:
        assert html_escape(note, quote=False) in dom


def test_a_page_built_from_the_same_inputs_is_kept(broker: Broker, pages: dict[str, Path]) -> None:
    before = pages[broker.slug].stat().st_mtime_ns
    assert build_page(broker, pages[broker.slug].parent) == pages[broker.slug]
    assert pages[broker.slug].stat().st_mtime_ns == before


def test_any_change_in_the_spec_folder_changes_the_inputs(project_copy: Path) -> None:
    broker = discover(project_copy)[0]
    original = inputs_digest(broker)
    notes = broker.spec_path.parent / "NOTES.md"
    notes.write_text(notes.read_text() + "\n")
    edited = inputs_digest(broker)
    (broker.spec_path.parent / "extra.yaml").write_text("{}\n")
    assert len({original, edited, inputs_digest(broker)}) == 3


def test_a_page_whose_inputs_changed_is_rebuilt_and_a_failed_build_leaves_no_partial(
    project_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a stand-in for Redocly that writes its spec's first line (or fails when told to)."""
    fake = tmp_path / "redocly"
    fake.write_text('#!/bin/sh\n[ -n "$FAIL_BUILD" ] && exit 3\nhead -n 1 "$2" > "$4"\n')
    fake.chmod(0o755)
    monkeypatch.setattr(build_docs, "REDOCLY", fake)
    broker, out = discover(project_copy)[0], tmp_path / "out"
    page = build_page(broker, out)
    first = page.read_text()
    assert first == broker.spec_path.read_text().splitlines()[0] + "\n"
    broker.spec_path.write_text("# changed\n" + broker.spec_path.read_text())
    assert build_page(broker, out).read_text() == "# changed\n"
    monkeypatch.setenv("FAIL_BUILD", "1")
    broker.spec_path.write_text("# changed again\n" + broker.spec_path.read_text())
    with pytest.raises(RuntimeError, match="redocly build-docs failed"):
        build_page(broker, out)
    assert not list(out.glob("*.partial")) and page.read_text() == "# changed\n"  # the last good page stays
    monkeypatch.delenv("FAIL_BUILD")
    assert build_page(broker, out).read_text() == "# changed again\n"
