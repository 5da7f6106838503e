"""`make traffic` at production scale: streaming under a memory limit, blocks cut deterministically and
proven, shards merged into the reports one run writes (byte for byte), unreadable input named."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import broker_contracts.traffic as traffic
from broker_contracts.brokers import ROOT
from broker_contracts.mock import load_behaviour
from broker_contracts.mutants import label, mutate
from broker_contracts.traffic import TrafficError, load_state, merge, routes, run, write_reports
from broker_contracts.validate import load_spec
from tests.conftest import BALANCES, BROKERS, run_script
from tests.test_traffic import _as_cassette, _as_har, _record

REPORTS = ("report.md", "junit.xml", "results.sarif", "state.json")


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Blocks of 1.5 KB, workers from the first byte, two listed findings: every path of a large run
    taken on recordings of a few kilobytes."""
    monkeypatch.setattr(traffic, "BLOCK_BYTES", 1500)
    monkeypatch.setattr(traffic, "PARALLEL_FROM", 0)
    monkeypatch.setattr(traffic, "LISTED", 2)
    yield


@pytest.fixture(scope="module")
def recordings(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Every broker's faithful mock and Aries with a broken balance, as NDJSON, HAR and cassette, and
    one exchange no contract matches: violations, unmatched exchanges and coverage in every format."""
    folder = tmp_path_factory.mktemp("recordings")
    paths = []
    for broker in BROKERS:
        paths.append(_record(broker, load_behaviour(broker), folder / f"{broker.slug}.ndjson"))
    aries = BROKERS[0]
    broken = mutate(load_behaviour(aries), load_spec(aries.spec_path), label(BALANCES, "drops_required_field"))
    bad = _record(aries, broken, folder / "broken.ndjson")
    paths += [bad, _as_har(bad), _as_cassette(bad), _as_har(paths[1])]
    stray = folder / "stray.ndjson"
    record = {"method": "GET", "url": "https://elsewhere.example/v9/things", "status": 200,
              "request_headers": {}, "content_type": "application/json", "body_base64": ""}  # fmt: skip
    stray.write_text(json.dumps(record) + "\n")
    return [*paths, stray]


def _reports(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in REPORTS}


@pytest.mark.usefixtures("small_blocks")
@pytest.mark.parametrize("shards", [2, 3, 7])
def test_shards_merged_equal_one_run_byte_for_byte(tmp_path: Path, recordings: list[Path], shards: int) -> None:
    table = routes(BROKERS, {})
    whole = run(recordings, BROKERS, workers=2)
    assert whole.violations and whole.unmatched and sum(whole.violations_total.values()) > traffic.LISTED
    write_reports(whole, table, ROOT, tmp_path / "one")
    states = []
    for number in range(1, shards + 1):
        part = run(recordings, BROKERS, shard=(number, shards), workers=2)
        write_reports(part, table, ROOT, tmp_path / f"shard-{number}")
        states.append(
            (tmp_path / f"shard-{number}" / "state.json", load_state(tmp_path / f"shard-{number}" / "state.json"))
        )
    assert sorted(p.exchanges for _, p in states) != [whole.exchanges]  # the work was split
    assert sum(p.exchanges for _, p in states) == whole.exchanges
    write_reports(merge(states[::-1]), table, ROOT, tmp_path / "merged")  # the order of the states does not matter
    assert _reports(tmp_path / "merged") == _reports(tmp_path / "one")


def test_merging_checks_that_the_states_are_the_shards_of_one_run(tmp_path: Path, recordings: list[Path]) -> None:
    def state(number: int, of: int, paths: list[Path]) -> tuple[Path, traffic.Result]:
        return tmp_path / f"{number}-{of}.json", run(paths, BROKERS, shard=(number, of))

    first, second, third = state(1, 3, recordings), state(2, 3, recordings), state(3, 3, recordings)
    with pytest.raises(TrafficError, match=r"shard\(s\) 2/3 missing"):
        merge([first, third])
    with pytest.raises(TrafficError, match=r"shard 1/3 is also in"):
        merge([first, first, second, third])
    with pytest.raises(TrafficError, match="not a shard of the same run"):
        merge([first, second, state(3, 3, recordings[:-1])])
    broken = tmp_path / "state.json"
    broken.write_text('{"format": "something else"}')
    with pytest.raises(TrafficError, match=r"state\.json: not a traffic state file"):
        load_state(broken)


@pytest.mark.slow
def test_the_cli_shards_a_glob_and_merges_into_the_reports_of_one_run(tmp_path: Path, recordings: list[Path]) -> None:
    """Over a megabyte of NDJSON (several blocks) and the small recordings, named by a glob."""
    folder = tmp_path / "traffic"
    folder.mkdir()
    for path in recordings:
        (folder / path.name).write_bytes(path.read_bytes())
    lines = (folder / "broken.ndjson").read_bytes()
    (folder / "large.ndjson").write_bytes(lines * (3 * 2**20 // len(lines) + 1))
    files = f"{folder}/*.ndjson,{folder}/*.har"
    one = run_script("traffic.py", "--files", files, "--out", str(tmp_path / "one"))
    assert one.returncode == 1, one.stderr
    for number in (1, 2):
        done = run_script(
            "traffic.py", "--files", files, "--shard", f"{number}/2", "--out", str(tmp_path / f"s{number}")
        )
        assert done.returncode in (0, 1), done.stderr
    merged = run_script("traffic.py", "--merge", f"{tmp_path}/s*/state.json", "--out", str(tmp_path / "merged"))
    assert merged.returncode == one.returncode and merged.stdout.splitlines()[:-1] == one.stdout.splitlines()[:-1]
    assert _reports(tmp_path / "merged") == _reports(tmp_path / "one")
    missing = run_script("traffic.py", "--merge", f"{tmp_path}/s1/state.json", "--out", str(tmp_path / "m2"))
    assert missing.returncode == 2 and "shard(s) 2/2 missing" in missing.stderr and not (tmp_path / "m2").exists()
    nothing = run_script("traffic.py", "--files", f"{folder}/*.csv", "--out", str(tmp_path / "none"))
    assert nothing.returncode == 2 and "no recording matches this pattern" in nothing.stderr
    bad = run_script("traffic.py", "--files", files, "--shard", "3/2", "--out", str(tmp_path / "bad"))
    assert bad.returncode == 2 and "1 <= i <= n" in bad.stderr


@pytest.mark.usefixtures("small_blocks")
def test_blocks_cut_inside_entries_are_refused_and_the_result_is_that_of_one_block(tmp_path: Path) -> None:
    """Entries that hold arrays of objects starting like an entry (`{"request"`), so that most
    candidate cuts fall inside an entry: only cuts between entries are taken, proven or re-read."""
    recorded = _record(BROKERS[0], load_behaviour(BROKERS[0]), tmp_path / "a.ndjson")
    har = json.loads(_as_har(recorded).read_text())
    for entry in har["log"]["entries"]:
        entry["_decoys"] = [{"request": {"method": "GET"}}, {"request": {"url": "x"}}, {"request": {}}]
    (tmp_path / "decoys.har").write_text(json.dumps(har))
    path = tmp_path / "decoys.har"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(traffic, "BLOCK_BYTES", 2**30)
        whole = run([path], BROKERS, workers=1)
    cut = run([path], BROKERS, workers=2)
    assert cut == whole and cut.exchanges == len(har["log"]["entries"])
    blocks = list(traffic.blocks([path]))
    assert len(blocks) > 2 and sum(b.entries for b in blocks) == cut.exchanges
    assert [b.first for b in blocks] == [sum(b.entries for b in blocks[:i]) for i in range(len(blocks))]


@pytest.mark.usefixtures("small_blocks")
@pytest.mark.parametrize("form", ["har", "ndjson", "cassette"])
def test_an_unreadable_entry_deep_in_a_recording_is_named_by_its_index(tmp_path: Path, form: str) -> None:
    recorded = _record(BROKERS[0], load_behaviour(BROKERS[0]), tmp_path / "a.ndjson")
    lines = recorded.read_text().splitlines() * 4
    broken = len(lines) - 3
    lines[broken] = json.dumps({**json.loads(lines[broken]), "status": "two hundred"})
    source = tmp_path / "b.ndjson"
    source.write_text("\n".join(lines) + "\n")
    path = {"ndjson": source, "har": _as_har(source), "cassette": _as_cassette(source)}[form]
    assert len(list(traffic.blocks([path]))) > 2
    with pytest.raises(TrafficError, match=rf"{path.name}: entry {broken}: not a"):
        run([path], BROKERS, workers=2)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"log": {"entries": [{"request": {"method": "GET", "url": "x"}, "response": {"status": 200}}, {"req',
         "entry 1: not a HAR entry"),
        ('{"log": {"entries": 5}}', "not a HAR 1.2 file (expected '[', found '5')"),
        ('{"log": {"entries": []}} trailing', "not a HAR 1.2 file (data after the HAR object)"),
        ('{"log": {"version": "1.2"}}', "not a HAR 1.2 file (no log.entries)"),
    ],
    ids=["cut-off-mid-entry", "entries-not-an-array", "data-after-the-object", "no-entries"],
)  # fmt: skip
def test_a_broken_har_is_named_and_no_report_is_written(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "broken.har"
    path.write_text(content)
    done = run_script("traffic.py", "--files", str(path), "--out", str(tmp_path / "out"))
    assert done.returncode == 2 and f"broken.har: {expected}" in done.stderr, done.stderr
    assert not (tmp_path / "out").exists()


HELPER = textwrap.dedent(
    """
    import resource, sys
    from pathlib import Path
    from broker_contracts.brokers import select
    from broker_contracts.traffic import routes, run
    brokers = select(None)
    routes(brokers)  # imports done and contracts read before the limit is measured
    size = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
    limit = size + int(sys.argv[3]) * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    path = Path(sys.argv[2])
    if sys.argv[1] == "whole":
        try:
            path.read_bytes()
        except MemoryError:
            sys.exit(3)
        sys.exit(0)
    result = run([path], brokers, workers=1)
    print(result.exchanges, sum(result.violations_total.values()))
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("form", ["har", "ndjson"])
def test_a_recording_larger_than_the_memory_limit_is_streamed(tmp_path: Path, form: str) -> None:
    """A recording of over 96 MiB, checked by a process whose address space may grow by 64 MB after
    start-up: a whole-file read is refused under that limit, the streamed check is not."""
    from bench_traffic import write_har, write_ndjson

    path = tmp_path / f"large.{form}"
    (write_har if form == "har" else write_ndjson)(path, 85_000)
    assert path.stat().st_size > 96 * 2**20
    command = [sys.executable, "-c", HELPER]
    whole = subprocess.run([*command, "whole", str(path), "64"], capture_output=True, text=True, check=False)
    assert whole.returncode == 3, whole.stderr  # the limit binds: the file does not fit
    streamed = subprocess.run([*command, "stream", str(path), "64"], capture_output=True, text=True, check=False)
    assert streamed.returncode == 0, streamed.stderr
    assert streamed.stdout.split() == ["85000", "85"]


@pytest.mark.parametrize("form", ["har", "ndjson", "cassette"])
def test_every_format_is_read_through_a_window_of_a_few_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, form: str
) -> None:
    """Blocks of 4 KB over a recording of about 2 MB: the reader never holds more than a few chunks
    of it, and the blocks hold every entry once, in order."""
    monkeypatch.setattr(traffic, "BLOCK_BYTES", 4096)
    recorded = _record(BROKERS[0], load_behaviour(BROKERS[0]), tmp_path / "a.ndjson")
    lines = recorded.read_text().splitlines()
    source = tmp_path / "many.ndjson"
    source.write_text("\n".join(lines * (2 * 2**20 // len(recorded.read_bytes()) + 1)) + "\n")
    path = {"ndjson": source, "har": _as_har(source), "cassette": _as_cassette(source)}[form]
    held = []
    more = traffic._Window.more

    def watched(window: traffic._Window, grow: bool = False) -> bool:
        held.append(window.held)
        return more(window, grow)

    monkeypatch.setattr(traffic._Window, "more", watched)
    blocks = list(traffic.blocks([path]))
    assert path.stat().st_size > 2 * 2**20 and len(blocks) > 100
    assert max(held) <= 4 * 8 * 4096  # a few chunks of 8 blocks, never the file
    assert [b.first for b in blocks] == [sum(b.entries for b in blocks[:i]) for i in range(len(blocks))]
    assert sum(b.entries for b in blocks) == len(traffic.read(source)) == len(traffic.read(path))
