"""Check recorded traffic against the contracts (`make traffic FILE=<path|glob>[,...] [SHARD=i/n]`).

Teams rarely have live credentials in CI, but they have traffic: HAR files from browsers and
proxies, vcrpy cassettes from integration tests, and the NDJSON our recorder writes
(`broker_contracts_runtime.recorder`). Each exchange is routed to its broker and operation by the
contract's `servers` and path template (or `<SLUG>_BASE_URL` for a staging host), then checked
strictly, as conformance does:

- `status-documented`: the status is documented (exact, `4XX` range, or `default`);
- `content-type`: a body's media type is one the contract documents for that status;
- `body-schema`: the body fits the schema; JSON numbers with a fraction or exponent are read as
  `Decimal` (never float) and decimal strings are held to their pattern; a failure names the JSON pointer;
- `credentials-present`: every credential the contract asks for (its security schemes'
  headers) was in the request; its value is never read into any output.

At production scale (millions of exchanges, files of gigabytes), recordings are streamed: each
file is cut into blocks of about `BLOCK_BYTES` of whole entries, and the blocks are checked as they
are read, in worker processes when the input is large. Peak memory is bounded by a few blocks, the
largest single entry, and the findings listed (the first `LISTED` violations and unmatched
exchanges; all are counted). The cut of a file into blocks depends on its bytes alone, so `SHARD=i/n`
(blocks i, i+n, ... over the files in order) splits the work the same way on every machine, and
`merge` combines the shards' states into the result one run would have had.

Parsing: msgspec (typed structs, C) for HAR entries, NDJSON lines and bodies; a HAR is cut into blocks
with msgspec as well: a candidate cut (a `}` then `,` then the first member of an entry) is accepted
only if the block from the previous cut decodes as a JSON array, so a cut is never inside a string or
an entry; where no candidate passes, the entries are walked one by one. Cassettes (YAML) are cut at
their `interactions` items and each block is loaded with libyaml. No maintained library streams the
entries of a HAR as raw bytes (ijson builds every entry as Python objects, three times slower here),
nor reads all three formats and checks `format: decimal`: Redocly's `drift` reads HAR only, whole,
and ignores it. That is why this module is ours.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import glob
import hashlib
import heapq
import json
import multiprocessing
import os
import re
import tempfile
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import IO, Any, NamedTuple

import jsonschema_rs
import msgspec
import yaml

from . import access
from .brokers import Broker
from .documents import SAFE_LOADER, follow_refs, json_path, load_yaml, operations, position, response_key
from .errors import BrokerContractsError

CHECKS = ("status-documented", "content-type", "body-schema", "credentials-present")
# Above this size an invalid body is one finding without its places: jsonschema-rs builds every error
# with a copy of the instance it is about (the whole body for a missing member), which for a 5 MB
# body took 13 s and 7 GB; is_valid alone takes a millisecond.
DETAIL_LIMIT = 256 * 1024
# The reports list the first LISTED violations and the first LISTED exchanges matching no contract,
# in recording order, and count them all: a million violations help nobody as lines, and GitHub code
# scanning accepts at most 25,000 results per SARIF run.
LISTED = 10_000
BLOCK_BYTES = 1 << 20  # a block: about this many bytes of whole entries (the unit of work and of sharding)
PARALLEL_FROM = 4 * BLOCK_BYTES  # below this many input bytes, starting processes costs more than it saves
# Worker processes by default: one per core, at most 3, so that a run (with its main process, about 50 MB
# each) stays within 200 MB; WORKERS=<n> trades memory for speed on a larger machine.
WORKERS = min(os.cpu_count() or 1, 3)
STATE_FORMAT = "broker-contracts-traffic-state/1"


class TrafficError(BrokerContractsError):
    """A recording that cannot be read: the file, the entry index (None for the whole file), why."""

    def __init__(self, path: Path | str, index: int | None, reason: str) -> None:
        self.path, self.index, self.reason = Path(path), index, reason
        where = f"{path}: entry {index}" if index is not None else str(path)
        super().__init__(f"{where}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:  # raised in a worker process, re-raised in the parent
        return (TrafficError, (str(self.path), self.index, self.reason))


class Unproven(Exception):
    """A block cut without proof did not decode: read the recordings again, verifying each cut."""


class Exchange(NamedTuple):
    """One recorded request and response. `request_headers` holds the request's header names only,
    lower case; `body` is the response body's bytes (or text: both are decoded the same way)."""

    source: str
    entry: int
    method: str
    url: str
    status: int
    request_headers: frozenset[str]
    content_type: str
    body: bytes | str


# --- reading: files cut into blocks of whole entries -----------------------------------------------------


class Block(NamedTuple):
    """Whole entries of one recording, `first` to `first + count - 1`; `number` counts blocks over all
    files. The bytes are `length` bytes at `offset` of the file (read again by whoever checks the
    block, so a block travels to a worker as a few numbers), or `data` when given: a JSON array
    (HAR: the bytes before and after the entries read as `[` and `]`), lines (NDJSON) or a YAML
    sequence (cassette)."""

    source: str
    kind: str
    number: int
    first: int
    entries: int
    offset: int = 0
    length: int = 0
    data: bytes | None = None

    def load(self) -> bytes | bytearray:
        """The block's bytes, as `exchanges` decodes them."""
        if self.data is not None:
            return self.data
        data = bytearray(self.length)
        with open(self.source, "rb", buffering=0) as handle:
            handle.seek(self.offset)
            got = handle.readinto(data)
        if got != self.length:
            raise TrafficError(self.source, self.first, "the file changed while it was read")
        if self.kind == "har":
            data[0], data[-1] = ord("["), ord("]")
        return data


_WS = re.compile(rb"[ \t\r\n]*")
_TRAILING = re.compile(r"trailing characters \(byte (\d+)\)")
_AT_INDEX = re.compile(r"at `\$\[(\d+)\]")
_RAW = msgspec.json.Decoder(msgspec.Raw)
_RAW_LIST = msgspec.json.Decoder(list[msgspec.Raw])
_STR = msgspec.json.Decoder(str)


class _Window:
    """A file read forward in chunks into one reused buffer. Positions are offsets in the file; the
    bytes from `floor` on are held (`forget` moves it). A single value larger than the window makes
    the chunks double, so a large entry costs linear time."""

    def __init__(self, handle: IO[bytes], path: Path, chunk: int) -> None:
        self.handle, self.path, self.chunk = handle, path, chunk
        self.size = os.fstat(handle.fileno()).st_size
        self.buffer, self.held = bytearray(), 0  # buffer[:held] is the file from offset `start`
        self.start, self.floor, self.eof = 0, 0, False
        self.cursor = 0  # where the consumer of `_members` left off

    @property
    def end(self) -> int:
        """The offset after the last byte read."""
        return self.start + self.held

    def more(self, grow: bool = False) -> bool:
        """Read another chunk (`grow`: at least as large as what is held); False at the end of the file."""
        if self.eof:
            return False
        size = max(self.chunk, self.held) if grow else self.chunk
        size = max(1, min(size, self.size - self.end))  # never a buffer larger than what is left to read
        keep = self.floor - self.start
        if keep:
            self.buffer[: self.held - keep] = self.buffer[keep : self.held]
            self.held -= keep
            self.start = self.floor
        if len(self.buffer) < self.held + size:
            self.buffer.extend(bytes(self.held + size - len(self.buffer)))
        got = self.handle.readinto(memoryview(self.buffer)[self.held : self.held + size])  # type: ignore[attr-defined]
        if not got:
            self.eof = True
            return False
        self.held += got
        return True

    def forget(self, pos: int) -> None:
        """The bytes before `pos` are framed: the next read may drop them."""
        self.floor = pos

    def view(self, begin: int, end: int) -> memoryview:
        """The bytes from offset `begin` to `end` (both held), not copied: release before reading more."""
        return memoryview(self.buffer)[begin - self.start : end - self.start]

    def slice(self, begin: int, end: int) -> bytes:
        """The bytes from offset `begin` to `end` (both held), copied."""
        return bytes(self.view(begin, end))

    def count_array(self, before: int, after: int) -> int:
        """How many values the bytes between offsets `before` and `after` hold, read as a JSON array
        (the bytes at both are replaced by `[` and `]` for the decoding, then put back).

        Raises msgspec.DecodeError when they are not values separated by commas."""
        first, last = before - self.start, after - self.start
        saved = self.buffer[first], self.buffer[last]
        self.buffer[first], self.buffer[last] = ord("["), ord("]")
        try:
            return len(_RAW_LIST.decode(self.view(before, after + 1)))
        finally:
            self.buffer[first], self.buffer[last] = saved

    def find(self, pattern: re.Pattern[bytes], pos: int, end: int | None = None) -> Iterator[int]:
        """The offsets where `pattern` matches at or after `pos` (and before `end`) among the bytes held."""
        limit = self.held if end is None else min(self.held, end - self.start)
        for match in pattern.finditer(self.buffer, pos - self.start, limit):
            yield self.start + match.start()

    def skip_ws(self, pos: int) -> int:
        """The first offset at or after `pos` that is not JSON whitespace, reading more as needed."""
        while True:
            end = _WS.match(self.buffer, pos - self.start, self.held).end() + self.start  # type: ignore[union-attr]
            if end < self.end or not self.more():
                return end

    def byte(self, pos: int) -> int:
        """The byte at `pos` (after reading more if needed); -1 at the end of the file."""
        while pos >= self.end:
            if not self.more():
                return -1
        return self.buffer[pos - self.start]

    def value_end(self, pos: int, index: int | None, what: str) -> int:
        """Where the JSON value starting at `pos` ends (the offset after it), validated by msgspec.

        Raises TrafficError (this file, entry `index`) when the bytes are not one JSON value."""
        while True:
            try:
                _RAW.decode(self.view(pos, self.end))
            except msgspec.DecodeError as exc:
                found = _TRAILING.search(str(exc))
                if found:  # msgspec counts from 1: this is the first byte after the value
                    return pos + int(found.group(1)) - 1
                if "truncated" not in str(exc):
                    raise TrafficError(self.path, index, f"{what} ({exc})") from None
            if not self.more(grow=True):  # a value that ends the file, or one cut off by its end
                try:
                    _RAW.decode(self.view(pos, self.end))
                except msgspec.DecodeError as exc:
                    raise TrafficError(self.path, index, f"{what} ({exc})") from None
                return self.end


def _expect(window: _Window, pos: int, char: bytes, what: str) -> int:
    pos = window.skip_ws(pos)
    if window.byte(pos) != char[0]:
        found = "the end of the file" if window.byte(pos) < 0 else repr(chr(window.byte(pos)))
        raise TrafficError(window.path, None, f"{what} (expected {char.decode()!r}, found {found})")
    return pos + 1


def _members(window: _Window, pos: int, what: str) -> Iterator[tuple[str, int]]:
    """The members of the JSON object opening at `pos`: yields (name, where its value starts); the
    consumer sets `window.cursor` past each value. Ends with `window.cursor` after the closing `}`."""
    pos = window.skip_ws(_expect(window, pos, b"{", what))
    if window.byte(pos) == ord("}"):
        window.cursor = pos + 1
        return
    while True:
        end = window.value_end(pos, None, what)
        try:
            name = _STR.decode(window.slice(pos, end))
        except msgspec.DecodeError:
            raise TrafficError(window.path, None, f"{what} (a member name is not a string)") from None
        window.cursor = _expect(window, end, b":", what)
        yield name, window.skip_ws(window.cursor)
        pos = window.skip_ws(window.cursor)
        if window.byte(pos) == ord("}"):
            window.cursor = pos + 1
            return
        pos = window.skip_ws(_expect(window, pos, b",", what))


def _har_blocks(window: _Window, source: str, number: int, verify: bool = True) -> Iterator[Block]:
    """The blocks of `log.entries` of the HAR open in `window`; the rest of the file is checked too."""
    what = "not a HAR 1.2 file"
    found = False
    for name, pos in _members(window, 0, what):
        if name != "log":
            window.cursor = window.value_end(pos, None, what)
            continue
        for inner, at in _members(window, pos, what):
            if inner != "entries" or found:
                window.cursor = window.value_end(at, None, what)
                continue
            found = True
            for block in _entry_blocks(window, _expect(window, at, b"[", what), source, number, verify):
                number += 1
                yield block
    if not found:
        raise TrafficError(window.path, None, f"{what} (no log.entries)")
    if window.skip_ws(window.cursor) < window.end:
        raise TrafficError(window.path, None, f"{what} (data after the HAR object)")


def _entry_blocks(window: _Window, pos: int, source: str, number: int, verify: bool) -> Iterator[Block]:
    """Cut the array of entries opening before `pos` into blocks of about BLOCK_BYTES; leaves
    `window.cursor` after its `]`. Unless `verify`, a cut is not proven here and `first` is -1: see
    `blocks`."""
    first = 0
    pos = window.skip_ws(pos)
    if window.byte(pos) == ord("]"):
        window.cursor = pos + 1
        return
    candidate: re.Pattern[bytes] | None = None
    while True:
        window.forget(pos - 1)
        if candidate is None:  # the first member name of the first entry marks where entries start
            start = window.skip_ws(pos + 1)
            if window.byte(pos) == ord("{") and window.byte(start) == ord('"'):
                key = window.slice(start, window.value_end(start, first, "not a HAR entry"))
                candidate = re.compile(rb"\}[ \t\r\n]*,[ \t\r\n]*\{[ \t\r\n]*" + re.escape(key))
        cut = _cut(window, pos, candidate, verify)
        if cut is not None:
            end, count = cut
            yield Block(source, "har", number, first if verify else -1, count, pos - 1, end + 1 - (pos - 1))
            number, first = number + 1, first + count
            pos = window.skip_ws(_expect(window, end, b",", "not a HAR 1.2 file"))
            continue
        end, count = _walk(window, pos, first if verify else -1)  # no candidate passed: entry by entry
        yield Block(source, "har", number, first if verify else -1, count, pos - 1, end + 1 - (pos - 1))
        number, first = number + 1, first + count
        after = window.skip_ws(end)
        if window.byte(after) == ord("]"):
            window.cursor = after + 1
            return
        pos = window.skip_ws(after + 1)


def _cut(window: _Window, pos: int, candidate: re.Pattern[bytes] | None, verify: bool) -> tuple[int, int] | None:
    """A cut after about BLOCK_BYTES from `pos` (an entry's start) found by `candidate` and, with
    `verify`, proven by decoding the block as a JSON array (in place: the bytes before and after it
    read as `[` and `]`): (where the block ends, its entries, -1 when not verified)."""
    if candidate is None:
        return None
    while window.end < pos + 2 * BLOCK_BYTES and window.more():
        pass
    for tries, at in enumerate(window.find(candidate, pos + BLOCK_BYTES)):
        end = at + 1
        if not verify:
            return end, -1
        try:
            return end, window.count_array(pos - 1, end)
        except msgspec.DecodeError:
            if tries == 2:
                return None
    return None


def _walk(window: _Window, pos: int, first: int) -> tuple[int, int]:
    """Entries from `pos` one at a time, up to about BLOCK_BYTES or the end of the array: (where the
    last one ends, how many). Raises TrafficError naming the entry that is not one JSON value."""
    count, start = 0, pos
    while True:
        pos = window.value_end(pos, first + count, "not a HAR entry")
        count += 1
        after = window.skip_ws(pos)
        mark = window.byte(after)
        if mark == ord("]") or (mark == ord(",") and pos - start >= BLOCK_BYTES):
            return pos, count
        if mark != ord(","):
            raise TrafficError(window.path, first + count, "not a HAR 1.2 file (the entries array is not closed)")
        pos = window.skip_ws(after + 1)


def _ndjson_blocks(window: _Window, source: str, number: int, verify: bool = True) -> Iterator[Block]:
    """Blocks of whole lines; `first` counts the lines that are not blank (the entry index)."""
    first, pos = 0, 0
    while True:
        window.forget(pos)
        cut = _search(window, _NEWLINE, pos + BLOCK_BYTES)
        end = window.end if cut is None else cut + 1
        count = len(_LINE.findall(window.buffer, pos - window.start, end - window.start))
        if count:
            yield Block(source, "ndjson", number, first, count, pos, end - pos)
            number, first = number + 1, first + count
        if cut is None:
            return
        pos = end


_NEWLINE = re.compile(rb"\n")
_LINE = re.compile(rb"^[ \t\r]*[^ \t\r\n]", re.M)  # a line that is not blank
_ITEM = re.compile(rb"^( *)-(?: |$)", re.M)
_TOP_KEY = re.compile(rb"^interactions[ \t]*:[ \t]*(?:#.*)?$", re.M)


def _cassette_blocks(window: _Window, source: str, number: int, verify: bool = True) -> Iterator[Block]:
    """Blocks of whole `interactions` items of a block-style cassette (as vcrpy writes them), read as
    they come; any other layout (flow style, comments before the first item) is read whole."""
    key = _search(window, _TOP_KEY, 0)
    item = _search(window, _ITEM, key) if key is not None else None
    if key is None or item is None or window.slice(key, item).split(b"\n", 1)[-1].strip():
        while window.more(grow=True):
            pass
        text = window.slice(window.start, window.end)
        try:
            interactions = (yaml.load(text, Loader=SAFE_LOADER) or {})["interactions"]
        except (yaml.YAMLError, KeyError, TypeError) as exc:
            raise TrafficError(window.path, None, f"not a vcrpy cassette ({type(exc).__name__}: {exc})") from exc
        if not isinstance(interactions, list):
            raise TrafficError(window.path, None, "not a vcrpy cassette (interactions is not a list)")
        yield Block(source, "cassette-document", number, 0, len(interactions), data=text)
        return
    found = _ITEM.match(window.buffer, item - window.start)
    indent = bytes(found.group(1)) if found else b""
    items = re.compile(rb"^" + indent + rb"-(?: |$)", re.M)
    ending = re.compile(rb"^ {0,%d}[^ \t\r\n#-]" % max(len(indent) - 1, 0) if indent else rb"^[^ \t\r\n#-]", re.M)
    first, start = 0, item
    while True:
        window.forget(start)
        while True:  # the first item starting a block's length on, unless the sequence ends before it
            cut = next(window.find(items, start + BLOCK_BYTES), None)
            stop = next(window.find(ending, start + 1, cut), None)
            if stop is not None or cut is not None or not window.more():
                break
        end = stop if stop is not None else cut if cut is not None else window.end
        count = sum(1 for _ in window.find(items, start, end))
        yield Block(source, "cassette", number, first, count, start, end - start)
        if stop is not None or cut is None:
            return
        number, first, start = number + 1, first + count, end


def _search(window: _Window, pattern: re.Pattern[bytes], pos: int) -> int | None:
    """The offset of `pattern`'s first match at or after `pos`, reading on until there is one."""
    while True:
        found = next(window.find(pattern, pos), None)
        if found is not None or not window.more():
            return found


READERS = {".har": _har_blocks, ".ndjson": _ndjson_blocks, ".jsonl": _ndjson_blocks,
           ".yaml": _cassette_blocks, ".yml": _cassette_blocks}  # fmt: skip


def blocks(paths: list[Path], start: int = 0, verify: bool = True) -> Iterator[Block]:
    """Every block of every recording, in order; numbers continue over the files from `start`.

    Raises TrafficError for a missing file, an unknown extension, or bytes that are not the format.
    Without `verify`, a HAR's cuts are left for `exchanges` to prove (its first block starts where
    the entries do; a block that decodes as a JSON array from a proven start ends at a proven cut),
    its blocks' `first` is -1 (the checker counts), and an error raised here or there may be a
    wrong cut rather than a broken file: `Unproven` says so, and the caller reads again verifying."""
    number = start
    for path in paths:
        reader = READERS.get(path.suffix.lower())
        if reader is None:
            raise TrafficError(path, None, "unknown recording format: .har, .yaml (vcrpy) or .ndjson expected")
        try:
            handle = path.open("rb")
        except OSError as exc:
            reason = "no such file" if isinstance(exc, FileNotFoundError) else f"cannot read ({exc.strerror})"
            raise TrafficError(path, None, reason) from None
        with handle:
            window = _Window(handle, path, 8 * BLOCK_BYTES)
            for block in reader(window, str(path), number, verify):
                number = block.number + 1
                yield block


# --- decoding a block --------------------------------------------------------------------------------


class _HarHeader(msgspec.Struct, frozen=True, gc=False):
    name: str = ""


class _HarRequest(msgspec.Struct, gc=False):
    method: str
    url: str
    headers: list[_HarHeader] | None = None


class _HarContent(msgspec.Struct, frozen=True, gc=False):
    mimeType: str | None = None
    text: str | None = None
    encoding: str | None = None


class _HarResponse(msgspec.Struct, gc=False):
    status: int
    content: _HarContent = _HarContent()


class _HarEntry(msgspec.Struct, gc=False):
    request: _HarRequest
    response: _HarResponse


class _Line(msgspec.Struct, gc=False):
    method: str
    url: str
    status: int
    request_headers: dict[str, msgspec.Raw] | list[str]
    body_base64: str
    content_type: str = ""


_HAR = msgspec.json.Decoder(list[_HarEntry], strict=False)
_LINES = msgspec.json.Decoder(_Line, strict=False)


def _index_of(error: msgspec.DecodeError, block: Block) -> int | None:
    found = _AT_INDEX.search(str(error))
    return block.first + int(found.group(1)) if found else None


def exchanges(block: Block) -> list[Exchange]:
    """The exchanges of one block (HAR base64 bodies decoded). Raises TrafficError naming the entry."""
    source = block.source
    if block.kind == "har":
        try:
            entries = _HAR.decode(block.load())
        except msgspec.DecodeError as exc:
            if block.first < 0:
                raise Unproven(block.source) from None
            raise TrafficError(source, _index_of(exc, block), f"not a HAR entry ({exc})") from None
        found = []
        for i, entry in enumerate(entries, max(block.first, 0)):
            request, content = entry.request, entry.response.content
            body: bytes | str = content.text or ""
            if content.encoding == "base64":
                try:
                    body = base64.b64decode(body, validate=True)
                except ValueError as exc:
                    if block.first < 0:
                        raise Unproven(block.source) from None
                    raise TrafficError(source, i, f"not a HAR entry (content.text is not base64: {exc})") from None
            names = frozenset([h.name.lower() for h in request.headers or ()])
            found.append(Exchange(source, i, request.method.upper(), request.url, entry.response.status,
                                  names, content.mimeType or "", body))  # fmt: skip
        return found
    if block.kind == "ndjson":
        try:
            lines = _LINES.decode_lines(block.load())
        except msgspec.DecodeError as exc:
            raise TrafficError(source, _index_of(exc, block), f"not a recorder line ({exc})") from None
        found = []
        for i, line in enumerate(lines, block.first):
            try:
                body = base64.b64decode(line.body_base64, validate=True)
            except ValueError as exc:
                raise TrafficError(source, i, f"not a recorder line (body_base64: {exc})") from None
            names = frozenset([str(h).lower() for h in line.request_headers])
            found.append(Exchange(source, i, line.method.upper(), line.url, line.status, names,
                                  line.content_type, body))  # fmt: skip
        return found
    return _cassette_exchanges(block)


def _header(headers: Any, name: str) -> str:
    if isinstance(headers, dict):
        for key, value in headers.items():
            if str(key).lower() == name:
                return str(value[0] if isinstance(value, list) and value else value)
    return ""


def _cassette_exchanges(block: Block) -> list[Exchange]:
    try:
        interactions = yaml.load(bytes(block.load()), Loader=SAFE_LOADER)
        if block.kind == "cassette-document":
            interactions = interactions["interactions"]
    except yaml.YAMLError as exc:
        raise TrafficError(block.source, block.first, f"not a vcrpy cassette ({exc})") from None
    if not isinstance(interactions, list) or len(interactions) != block.entries:
        raise TrafficError(block.source, block.first, "not a vcrpy cassette (interactions is not a list of items)")
    found = []
    for i, interaction in enumerate(interactions, block.first):
        try:
            request, response = interaction["request"], interaction["response"]
            raw = (response.get("body") or {}).get("string", "")
            headers = request.get("headers") or {}
            names = frozenset(str(k).lower() for k in headers) if isinstance(headers, dict) else frozenset()
            found.append(Exchange(
                block.source, i, str(request["method"]).upper(), str(request["uri"]), int(response["status"]["code"]),
                names, _header(response.get("headers"), "content-type"), raw if isinstance(raw, bytes) else str(raw),
            ))  # fmt: skip
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise TrafficError(block.source, i, f"not a cassette interaction ({type(exc).__name__}: {exc})") from exc
    return found


def read(path: Path) -> list[Exchange]:
    """Every exchange of one recording, its format told by its extension (.har, .yaml/.yml, .ndjson/.jsonl).

    Holds them all: for a test or a small file; `run` streams."""
    return [exchange for block in blocks([path]) for exchange in exchanges(block)]


# --- routing and checks ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Violation:
    """One check an exchange failed: where it was recorded (`source`, entry index), the broker and
    operationId, the check, the JSON pointer in the body, why, and the contract's place (a path of keys)."""

    source: str
    entry: int
    broker: str
    operation: str
    check: str
    pointer: str
    message: str
    spec_location: tuple[str | int, ...]


class Unmatched(NamedTuple):
    """An exchange no contract matches: where it was recorded, its method and its URL without the query."""

    source: str
    entry: int
    method: str
    url: str


@dataclass(eq=False)
class Route:
    """One broker's operation, ready to check exchanges: base URLs, a path regex, compiled validators."""

    broker: Broker
    spec: dict[str, Any]
    operation: str
    path: str
    method: str
    bases: list[str]
    pattern: re.Pattern[str]
    credentials: tuple[access.Credential, ...]
    validators: dict[tuple[str, str], Any] = field(default_factory=dict)
    answers: dict[tuple[int, str], Answer] = field(default_factory=dict)  # per (status, Content-Type)

    def __post_init__(self) -> None:
        self.at: tuple[str | int, ...] = ("paths", self.path, self.method.lower())  # the operation in its spec
        self.responses: dict[str, Any] = self.spec["paths"][self.path][self.method.lower()].get("responses", {})
        self.header_names = {c.header.lower(): c.header for c in self.credentials}
        self.required_headers = tuple(self.header_names)  # lower case, as exchanges hold them

    def response(self, status: int) -> tuple[str, dict[str, Any]] | None:
        """The key documenting `status` (`200`, `4XX`, `default`) and its response object, `$ref`s followed."""
        key = response_key(self.responses, status)
        return None if key is None else (key, follow_refs(self.spec, self.responses[key]))

    def schema(self, key: str, media: str) -> Any:
        """The schema of the response under status key `key` for `media` ({} when there is none)."""
        response = follow_refs(self.spec, self.responses.get(key, {}))
        return response.get("content", {}).get(media, {}).get("schema", {})

    def names(self, key: str, media: str) -> frozenset[str]:
        """The member names a body of this response may have: every `properties` name its schema reaches,
        `$ref`s followed (the reports' property coverage counts these)."""
        return frozenset(_property_names(self.schema(key, media), self.spec))

    def flat(self, key: str, media: str) -> bool:
        """Whether the response's schema is one object of scalar members (through `$ref`s, `allOf`,
        `oneOf` and `anyOf`): its declared member names can only be at the top of a body."""
        schema = self.schema(key, media)

        def objects(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
            node = follow_refs(self.spec, node) if isinstance(node, dict) else {}
            yield node
            for branch in ("allOf", "oneOf", "anyOf"):
                for child in node.get(branch, []) if depth < 16 else []:
                    yield from objects(child, depth + 1)

        def nested(node: Any) -> bool:
            return any("properties" in part or "items" in part or isinstance(part.get("additionalProperties"), dict)
                       for part in objects(node))  # fmt: skip

        tops = list(objects(schema))
        if any("items" in part or isinstance(part.get("additionalProperties"), dict) for part in tops):
            return False
        return not any(nested(member) for part in tops for member in (part.get("properties") or {}).values())

    def validator(self, key: str, media: str) -> Any:
        """The compiled validator of the response's schema for `media`, kept per (status key, media type)."""
        if (key, media) not in self.validators:
            root = {
                "components": self.spec.get("components", {}),
                "$ref": "#/x-traffic-target",
                "x-traffic-target": self.schema(key, media),
            }
            self.validators[(key, media)] = jsonschema_rs.validator_for(json.loads(json.dumps(root, default=str)))
        return self.validators[(key, media)]

    def statuses(self) -> list[str]:
        """The response keys the operation documents (`200`, `4XX`, `default`)."""
        return list(self.responses)


def _property_names(node: Any, spec: dict[str, Any]) -> set[str]:
    """Every `properties` name in a schema (or a tree of schemas), local `$ref`s followed once each,
    examples skipped."""
    found: set[str] = set()
    visited: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/") and ref not in visited:
                visited.add(ref)
                walk(follow_refs(spec, {"$ref": ref}))
            if isinstance(node.get("properties"), dict):
                found.update(node["properties"])
            for name, child in node.items():
                if name not in ("example", "examples", "$ref"):
                    walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(node)
    return found


def _expanded(server: dict[str, Any]) -> str:
    """A server URL with its variables at their defaults (`{apiURL}` -> the documented base)."""
    url = str(server["url"])
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace(f"{{{name}}}", str(variable.get("default", "")))
    return url


def _contract(path: Path) -> dict[str, Any]:
    """A contract, parsed: from `build/cache/contracts/` when this exact file was parsed before (a
    msgpack copy keyed by the file's SHA-256; YAML dates become strings), else with libyaml, and cached.

    Raises ContractError as `load_yaml` does. A cache that cannot be written is skipped."""
    text = path.read_bytes()
    cache = path.parents[2] / "build" / "cache" / "contracts" / f"{hashlib.sha256(text).hexdigest()}.msgpack"
    try:
        return dict(msgspec.msgpack.decode(cache.read_bytes()))
    except (OSError, msgspec.DecodeError):
        pass
    spec: dict[str, Any] = load_yaml(path)
    with contextlib.suppress(OSError):
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{cache.name}.", dir=cache.parent)
        with os.fdopen(handle, "wb") as partial:
            partial.write(msgspec.msgpack.encode(spec, enc_hook=str))
        os.replace(name, cache)
    return spec


def routes(brokers: list[Broker], env: dict[str, str] | None = None) -> list[Route]:
    """One route per broker operation, with its servers and `<SLUG>_BASE_URL` (from `env`) as bases."""
    env = dict(os.environ) if env is None else env
    found = []
    for broker in brokers:
        spec = _contract(broker.spec_path)
        bases = [_expanded(server).rstrip("/") for server in spec.get("servers", [])]
        if env.get(broker.env_var("BASE_URL")):
            bases.append(env[broker.env_var("BASE_URL")].rstrip("/"))
        for operation in operations(spec):
            regex = re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(operation.path))
            credentials = access.credentials(spec, str(broker.spec_path), operation.operation_id)
            found.append(
                Route(broker, spec, operation.operation_id, operation.path, operation.method, bases,
                      re.compile(regex + "/?"), credentials)
            )  # fmt: skip
    return found


class Router:
    """Routes exchanges to their operation: same method, a base URL, then the path template (an
    optional query after it), with one compiled alternation per method; in table order, the first
    route that matches wins."""

    def __init__(self, table: list[Route]) -> None:
        self.matchers: dict[str, tuple[re.Pattern[str], list[Route]]] = {}
        for method in dict.fromkeys(route.method for route in table):
            owners = [(route, base) for route in table if route.method == method for base in route.bases]
            alternatives = "|".join(f"({re.escape(base)}(?:{route.pattern.pattern}))" for route, base in owners)
            self.matchers[method] = (re.compile(f"(?:{alternatives})(?:[?].*)?", re.S), [r for r, _ in owners])

    def __call__(self, method: str, url: str) -> Route | None:
        """The route of a request (`url` with or without its query), or None."""
        matcher = self.matchers.get(method)
        if matcher is None:
            return None
        found = matcher[0].fullmatch(url)
        return matcher[1][found.lastindex - 1] if found and found.lastindex else None


_BODY = msgspec.json.Decoder(float_hook=Decimal)  # numbers with a fraction or exponent as Decimal, exactly


_NESTED = (dict, list)


def _flat(text: bytes | str) -> bool:
    """Whether JSON `text` holds one object and no array, not even inside a string: nothing nested."""
    if isinstance(text, bytes):
        return text.count(b"{") == 1 and b"[" not in text
    return text.count("{") == 1 and "[" not in text


def _member_names(body: Any) -> set[str]:
    """Every member name in a decoded body, nested ones included."""
    names: set[str] = set()
    stack = [body]
    while stack:
        node = stack.pop()
        if type(node) is dict:
            names.update(node)
            stack += [value for value in node.values() if type(value) in _NESTED]
        elif type(node) is list:
            stack += [value for value in node if type(value) in _NESTED]
    return names


class Plan:
    """How one documented response is checked: its schema's compiled validator, the member names the
    schema declares (coverage), and where the schema is in the contract."""

    __slots__ = ("flat", "location", "names", "slug", "validator")

    def __init__(self, route: Route, key: str, media: str) -> None:
        self.validator = route.validator(key, media)
        self.names = route.names(key, media)
        self.flat = route.flat(key, media)  # declared names sit at the top of a body only
        self.slug = route.broker.slug
        self.location = (*route.at, "responses", key, "content", media, "schema")


class Coverage:
    """The response member names seen, per broker: `seen` holds (broker, name). A response stops being
    walked once every name its schema declares has been seen (`Route.names`), so coverage costs
    nothing on the bulk of a recording."""

    def __init__(self) -> None:
        self.seen: set[tuple[str, str]] = set()
        self.pending: dict[Plan, set[str]] = {}
        self.settled: set[Plan] = set()  # every declared name seen: not walked any more

    def note(self, plan: Plan, body: Any, text: bytes | str) -> None:
        """Count the declared names `body` (decoded from the JSON `text`, checked by `plan`) shows."""
        pending = self.pending.get(plan)
        if pending is None:
            pending = self.pending[plan] = set(plan.names)
        if type(body) is dict:  # the names at the top first: for a flat schema or body, that is all
            for name in pending:
                if name in body:
                    found = {name for name in pending if name in body}
                    break
            else:
                found = set()
            if len(found) < len(pending) and not plan.flat and not _flat(text):
                found = pending.intersection(_member_names(body))
        else:
            found = pending.intersection(_member_names(body))
        if found:
            pending -= found
            self.seen.update((plan.slug, name) for name in found)
        if not pending:
            self.settled.add(plan)


class Answer:
    """What a route's contract says of one (status, Content-Type) pair, worked out once: the status key
    documenting it (None: undocumented), its media type, whether the contract documents a body for it
    (`content`), whether that media type is documented (`media_documented`), and the plan that checks a
    JSON body (None when the body is not JSON)."""

    __slots__ = ("content", "key", "media", "media_documented", "plan")

    def __init__(self, route: Route, status: int, content_type: str) -> None:
        documented = route.response(status)
        self.media = content_type.split(";")[0].strip().lower()
        self.key: str | None = None
        self.plan: Plan | None = None
        self.content, self.media_documented = False, False
        if documented is None:
            return
        self.key, response = documented
        content = response.get("content") or {}
        self.content, self.media_documented = bool(content), self.media in content
        if self.media_documented and "json" in self.media:
            self.plan = Plan(route, self.key, self.media)


def inspect(exchange: Exchange, route: Route, coverage: Coverage | None = None) -> tuple[str | None, list[Violation]]:
    """Check one exchange against its route's contract: (the status key documenting it or None, every
    check it fails). With `coverage`, the body's declared member names are noted in it."""
    found: list[Violation] = []
    for header in route.required_headers:
        if header not in exchange.request_headers:
            message = f"the request carried no {route.header_names[header]} header"
            found.append(_violation(exchange, route, "credentials-present", "", message, route.at))
    answer = route.answers.get((exchange.status, exchange.content_type))
    if answer is None:
        answer = route.answers[(exchange.status, exchange.content_type)] = Answer(
            route, exchange.status, exchange.content_type
        )
    key = answer.key
    if key is None:
        message = f"status {exchange.status} is not documented"
        found.append(_violation(exchange, route, "status-documented", "", message, route.at))
        return None, found
    if not answer.content and not exchange.body:
        return key, found
    if not answer.media_documented:
        message = f"{answer.media or 'no content type'} is not documented for {key}"
        found.append(_violation(exchange, route, "content-type", "", message, route.at))
        return key, found
    plan = answer.plan
    if plan is None:  # a documented body that is not JSON
        return key, found
    try:
        body = _BODY.decode(exchange.body)
    except msgspec.DecodeError:
        found.append(_violation(exchange, route, "body-schema", "", "the body is not JSON", route.at))
        return key, found
    if coverage is not None and plan not in coverage.settled:
        coverage.note(plan, body, exchange.body)
    if plan.validator.is_valid(body):
        return key, found
    if len(exchange.body) > DETAIL_LIMIT:  # jsonschema-rs copies the instance into every error
        message = f"the body does not fit the schema (the places are listed for bodies up to {DETAIL_LIMIT:,} bytes)"
        found.append(_violation(exchange, route, "body-schema", "", message, plan.location))
        return key, found
    from .drift import describe  # imported on a violation only: it brings httpx in

    for error in plan.validator.iter_errors(body):
        pointer, expected, got = describe(error)
        message = f"expected {expected}, got {got}"
        found.append(_violation(exchange, route, "body-schema", pointer, message, plan.location))
    return key, found


def _violation(
    exchange: Exchange, route: Route, name: str, pointer: str, message: str, location: tuple[str | int, ...]
) -> Violation:
    return Violation(exchange.source, exchange.entry, route.broker.slug, route.operation, name, pointer, message,
                     location)  # fmt: skip


def check(exchange: Exchange, route: Route) -> list[Violation]:
    """Every check an exchange fails against its route's contract (see `inspect`)."""
    return inspect(exchange, route)[1]


# --- a run: blocks checked as they are read, in bounded memory ---------------------------------------------


@dataclass
class Result:
    """What a run, a shard or merged shards found, in bounded memory: counts of everything, coverage,
    and the first `LISTED` violations and unmatched exchanges in recording order.

    `routed` and `failing` count exchanges per (source, broker, operationId): routed, and with at
    least one violation; `statuses` and `properties` are the (broker, operationId, status key) and
    (broker, member name) seen; `shards` are the shard numbers (1-based) of `of` it covers."""

    sources: list[str]
    of: int = 1
    shards: list[int] = field(default_factory=lambda: [1])
    exchanges: int = 0
    routed: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    failing: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    statuses: set[tuple[str, str, str]] = field(default_factory=set)
    properties: set[tuple[str, str]] = field(default_factory=set)
    violations: list[Violation] = field(default_factory=list)
    violations_total: Counter[str] = field(default_factory=Counter)  # per broker
    unmatched: list[Unmatched] = field(default_factory=list)
    unmatched_total: int = 0

    def coverage(self, table: list[Route]) -> dict[str, tuple[int, int]]:
        """`{"operations"|"statuses"|"properties": (seen, declared)}` against the contracts in `table`."""
        declared_ops = {(r.broker.slug, r.operation) for r in table}
        declared_statuses = {(r.broker.slug, r.operation, s) for r in table for s in r.statuses()}
        declared_props = {(slug, name) for slug, spec in {r.broker.slug: r.spec for r in table}.items()
                          for name in _property_names(spec.get("components", {}).get("schemas", {}), spec)}  # fmt: skip
        seen_ops = {(slug, op) for _, slug, op in self.routed}
        return {
            "operations": (len(seen_ops & declared_ops), len(declared_ops)),
            "statuses": (len(self.statuses & declared_statuses), len(declared_statuses)),
            "properties": (len(self.properties & declared_props), len(declared_props)),
        }

    @property
    def failed(self) -> bool:
        """Whether any exchange broke its contract."""
        return bool(sum(self.violations_total.values()))

    def add(self, part: _Part, offset: int = 0) -> None:
        """Fold in one block's findings (blocks come in recording order); `offset` is added to their
        entry indices (a block whose first entry was not known when it was cut counts from 0)."""
        if offset:
            part = part._replace(
                violations=[replace(v, entry=v.entry + offset) for v in part.violations],
                unmatched=[u._replace(entry=u.entry + offset) for u in part.unmatched],
            )
        self.exchanges += part.exchanges
        self.routed.update(part.routed)
        self.failing.update(part.failing)
        self.statuses |= part.statuses
        self.properties |= part.properties
        self.violations_total.update(v.broker for v in part.violations)
        self.violations_total.update(part.unlisted)
        self.violations += part.violations[: LISTED - len(self.violations)]
        self.unmatched_total += len(part.unmatched)
        self.unmatched += part.unmatched[: LISTED - len(self.unmatched)]


class _Part(NamedTuple):
    exchanges: int
    routed: Counter[tuple[str, str, str]]
    failing: Counter[tuple[str, str, str]]
    statuses: set[tuple[str, str, str]]
    properties: set[tuple[str, str]]
    violations: list[Violation]
    unlisted: Counter[str]
    unmatched: list[Unmatched]


# Set before the worker processes fork (they inherit them): the router `_check_block` uses, and the
# coverage of this process (only the names new since the last block travel back).
_ROUTER = Router([])
_COVERAGE = Coverage()


def _check_block(block: Block) -> _Part:
    """Decode and check one block with `_ROUTER`. Raises TrafficError for an unreadable entry."""
    tally: dict[tuple[Route, str | None], int] = {}  # exchanges per (route, status key)
    failing: dict[Route, int] = {}
    violations: list[Violation] = []
    unmatched: list[Unmatched] = []
    before = set(_COVERAGE.seen)
    found = exchanges(block)
    router, coverage = _ROUTER, _COVERAGE
    for exchange in found:
        route = router(exchange.method, exchange.url)
        if route is None:
            unmatched.append(Unmatched(exchange.source, exchange.entry, exchange.method, exchange.url.split("?", 1)[0]))
            continue
        key, bad = inspect(exchange, route, coverage)
        place = (route, key)
        tally[place] = tally.get(place, 0) + 1
        if bad:
            failing[route] = failing.get(route, 0) + 1
            violations += bad

    def named(counts: Iterable[tuple[Route, int]]) -> Counter[tuple[str, str, str]]:
        by_name: Counter[tuple[str, str, str]] = Counter()
        for route, n in counts:
            by_name[(block.source, route.broker.slug, route.operation)] += n
        return by_name

    return _Part(
        len(found), named((route, n) for (route, _), n in tally.items()), named(failing.items()),
        {(r.broker.slug, r.operation, k) for r, k in tally if k is not None}, _COVERAGE.seen - before,
        violations[:LISTED], Counter(v.broker for v in violations[LISTED:]), unmatched[:LISTED],
    )  # fmt: skip


def expand(patterns: Iterable[str]) -> list[Path]:
    """Recordings named by paths and globs (`traffic/*.har`, `**` for subfolders), in the order given,
    each glob's matches sorted, every file once. Raises TrafficError for a glob that matches nothing."""
    found: dict[Path, None] = {}
    for pattern in patterns:
        if glob.has_magic(pattern):
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                raise TrafficError(pattern, None, "no recording matches this pattern")
            found.update(dict.fromkeys(map(Path, matches)))
        else:
            found[Path(pattern)] = None
    return list(found)


def parse_shard(text: str) -> tuple[int, int]:
    """`"i/n"` (1 <= i <= n) as (i, n). Raises ValueError with the rule otherwise."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise ValueError(f"SHARD={text!r}: expected i/n with 1 <= i <= n, e.g. 2/4")
    return int(match.group(1)), int(match.group(2))


def run(
    paths: list[Path],
    brokers: list[Broker],
    env: dict[str, str] | None = None,
    shard: tuple[int, int] = (1, 1),
    workers: int | None = None,
) -> Result:
    """Stream every recording and check every exchange of shard `shard` (i, n): blocks i-1, i-1+n, ...

    Raises TrafficError on an unreadable recording. From `PARALLEL_FROM` input bytes on, blocks are
    checked in forked worker processes (`workers`, default `WORKERS`), at most two each in flight."""
    global _ROUTER
    _ROUTER = Router(routes(brokers, env))
    collecting = gc.isenabled()
    gc.disable()  # millions of short-lived acyclic objects: the cycle collector would only rescan them
    try:
        if shard[1] == 1:  # cuts proven by the checkers; should one fail, everything is read again, verifying
            try:
                return _check_all(paths, shard, workers, verify=False)
            except (Unproven, TrafficError):
                pass
        return _check_all(paths, shard, workers, verify=True)
    finally:
        if collecting:
            gc.enable()


def _check_all(paths: list[Path], shard: tuple[int, int], workers: int | None, verify: bool) -> Result:
    global _COVERAGE
    _COVERAGE = Coverage()  # the workers fork after this: each starts with nothing seen
    number, of = shard
    result = Result([str(p) for p in paths], of, [number])
    mine = (b for b in blocks(paths, verify=verify) if b.number % of == number - 1)
    following: dict[str, int] = {}  # the entry index after the last block folded in, per recording

    def fold(block: Block, part: _Part) -> None:
        start = block.first if block.first >= 0 else following.get(block.source, 0)
        result.add(part, start - max(block.first, 0))  # a part counts its entries from max(first, 0)
        following[block.source] = start + part.exchanges

    size = sum(p.stat().st_size for p in paths if p.is_file())
    workers = workers or WORKERS
    if size < PARALLEL_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for block in mine:
            fold(block, _check_block(block))
        return result
    pending: deque[tuple[Block, Future[_Part]]] = deque()
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        try:
            for block in mine:
                pending.append((block, pool.submit(_check_block, block)))
                if len(pending) >= 2 * workers:
                    fold(*_done(pending.popleft()))
            while pending:
                fold(*_done(pending.popleft()))
        except BaseException:
            for _, future in pending:
                future.cancel()
            raise
    return result


def _done(item: tuple[Block, Future[_Part]]) -> tuple[Block, _Part]:
    return item[0], item[1].result()


# --- shards: the state a run leaves, and their merge ---------------------------------------------------------


def dump_state(result: Result) -> str:
    """The run's `state.json`: everything `merge` and the reports need (what the reports hold: never a
    header or a credential)."""
    return json.dumps({
        "format": STATE_FORMAT, "sources": result.sources, "of": result.of, "shards": result.shards,
        "exchanges": result.exchanges,
        "routed": [[*key, n] for key, n in sorted(result.routed.items())],
        "failing": [[*key, n] for key, n in sorted(result.failing.items())],
        "statuses": sorted(result.statuses), "properties": sorted(result.properties),
        "violations": [[v.source, v.entry, v.broker, v.operation, v.check, v.pointer, v.message, v.spec_location]
                       for v in result.violations],
        "violations_total": dict(sorted(result.violations_total.items())),
        "unmatched": [list(u) for u in result.unmatched], "unmatched_total": result.unmatched_total,
    }) + "\n"  # fmt: skip


def load_state(path: Path) -> Result:
    """A `state.json` written by `dump_state`. Raises TrafficError naming the file when it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != STATE_FORMAT:
            raise ValueError(f"format is {data.get('format')!r}, not {STATE_FORMAT!r}")
        return Result(
            list(data["sources"]), int(data["of"]), [int(s) for s in data["shards"]], int(data["exchanges"]),
            Counter({(a, b, c): n for a, b, c, n in data["routed"]}),
            Counter({(a, b, c): n for a, b, c, n in data["failing"]}),
            {(a, b, c) for a, b, c in data["statuses"]}, {(a, b) for a, b in data["properties"]},
            [Violation(v[0], v[1], v[2], v[3], v[4], v[5], v[6], tuple(v[7])) for v in data["violations"]],
            Counter(data["violations_total"]),
            [Unmatched(*u) for u in data["unmatched"]], int(data["unmatched_total"]),
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise TrafficError(path, None, f"not a traffic state file ({type(exc).__name__}: {exc})") from None


def merge(states: list[tuple[Path, Result]]) -> Result:
    """The result one run over every shard's input would have had, from each shard's state.

    Raises TrafficError when the states are not the shards 1..n of one run over the same recordings."""
    if not states:
        raise TrafficError("(no state files)", None, "nothing to merge")
    (first_path, first), *_ = states
    covered: dict[int, Path] = {}
    for path, state in states:
        if state.sources != first.sources or state.of != first.of:
            reason = f"not a shard of the same run as {first_path} (other recordings or shard count)"
            raise TrafficError(path, None, reason)
        for number in state.shards:
            if number in covered:
                raise TrafficError(path, None, f"shard {number}/{state.of} is also in {covered[number]}")
            covered[number] = path
    missing = sorted(set(range(1, first.of + 1)) - set(covered))
    if missing:
        raise TrafficError(first_path, None, f"shard(s) {', '.join(f'{n}/{first.of}' for n in missing)} missing")
    order = {source: i for i, source in enumerate(first.sources)}
    merged = Result(list(first.sources))  # every shard: the whole run (shard 1 of 1)
    for _, state in states:
        merged.exchanges += state.exchanges
        merged.routed.update(state.routed)
        merged.failing.update(state.failing)
        merged.statuses |= state.statuses
        merged.properties |= state.properties
        merged.violations_total.update(state.violations_total)
        merged.unmatched_total += state.unmatched_total
    in_order = heapq.merge(*(s.violations for _, s in states), key=lambda v: (order[v.source], v.entry))
    merged.violations = [v for _, v in zip(range(LISTED), in_order, strict=False)]
    unmatched = heapq.merge(*(s.unmatched for _, s in states), key=lambda u: (order[u.source], u.entry))
    merged.unmatched = [u for _, u in zip(range(LISTED), unmatched, strict=False)]
    return merged


# --- reports ---------------------------------------------------------------------------------------------------

TABLE_LINES = 50  # violations and unmatched exchanges printed on stdout; the reports list up to LISTED


def _more(listed: int, total: int, what: str) -> list[str]:
    return [f"... and {total - listed:,} more {what}, counted but not listed"] if total > listed else []


def render_table(result: Result, table: list[Route]) -> str:
    """The stdout summary: one line per broker, then the first violations and unmatched exchanges."""
    slugs = sorted({r.broker.slug for r in table})
    width = max([14, *map(len, slugs)])
    per_broker: Counter[str] = Counter()
    for (_, slug, _), n in result.routed.items():
        per_broker[slug] += n
    lines = [f"{'broker':<{width}} {'exchanges':>9} {'violations':>10}", "-" * (22 + width)]
    lines += [f"{slug:<{width}} {per_broker[slug]:>9} {result.violations_total[slug]:>10}" for slug in slugs]
    lines.append(f"{'(no contract)':<{width}} {result.unmatched_total:>9} {'-':>10}")
    for v in result.violations[:TABLE_LINES]:
        lines.append(f"{v.source}#{v.entry}: {v.broker} {v.operation}: [{v.check}] {v.pointer or '/'}: {v.message}")
    lines += _more(min(len(result.violations), TABLE_LINES), sum(result.violations_total.values()), "violation(s)")
    for u in result.unmatched[:TABLE_LINES]:
        lines.append(f"{u.source}#{u.entry}: no contract matches {u.method} {u.url}")
    lines += _more(min(len(result.unmatched), TABLE_LINES), result.unmatched_total, "exchange(s) matching no contract")
    return "\n".join(lines)


def render_markdown(result: Result, table: list[Route]) -> str:
    """`report.md`: counts, coverage, the listed violations and unmatched exchanges."""
    total = sum(result.violations_total.values())
    shards = "" if result.of == 1 else f" (shard(s) {', '.join(map(str, result.shards))} of {result.of})"
    lines = [
        "# Traffic against the contracts",
        "",
        f"**{'FAIL' if total else 'OK'}**: {result.exchanges} exchange(s) in {len(result.sources)} recording(s)"
        f"{shards}, {total} violation(s), {result.unmatched_total} matching no contract.",
        "",
        "| coverage | seen | declared |",
        "| --- | --- | --- |",
        *[f"| {name} | {seen} | {declared} |" for name, (seen, declared) in result.coverage(table).items()],
        "",
    ]
    if result.violations:
        lines += ["## Violations", "", "| recording | broker | operation | check | pointer | problem |"]
        lines += ["| --- | --- | --- | --- | --- | --- |"]
        for v in result.violations:
            cell = v.message.replace("|", "\\|")
            lines.append(f"| {v.source}#{v.entry} | {v.broker} | {v.operation} | {v.check} | "
                         f"`{v.pointer or '/'}` | {cell} |")  # fmt: skip
        lines += [*_more(len(result.violations), total, "violation(s)"), ""]
    if result.unmatched:
        lines += ["## Matching no contract", ""]
        lines += [f"- {u.source}#{u.entry}: {u.method} {u.url}" for u in result.unmatched]
        lines += _more(len(result.unmatched), result.unmatched_total, "exchange(s)")
    return "\n".join(lines) + "\n"


def _attribute(text: str) -> str:
    return escape(text, quote=True)


def render_junit(result: Result) -> str:
    """JUnit XML: a passing test case per (recording, broker, operationId) counting the exchanges that
    fit, and a test case per listed exchange that does not, a failure per violated check."""
    order = {source: i for i, source in enumerate(result.sources)}
    cases = []
    for source, slug, operation in sorted(result.routed, key=lambda k: (order.get(k[0], -1), k[1], k[2])):
        fit = result.routed[(source, slug, operation)] - result.failing[(source, slug, operation)]
        if fit:
            name = _attribute(f"{operation} {source}: {fit} exchange(s) fit")
            cases.append(f'<testcase classname="traffic.{_attribute(slug)}" name="{name}"/>')
    by_exchange: dict[tuple[str, int], list[Violation]] = {}
    for v in result.violations:
        by_exchange.setdefault((v.source, v.entry), []).append(v)
    for (source, entry), found in by_exchange.items():
        name = _attribute(f"{found[0].operation} {source}#{entry}")
        failures = "".join(
            f'<failure message="{_attribute(f"{v.check}: {v.pointer or chr(47)}: {v.message}")}"/>' for v in found
        )
        cases.append(f'<testcase classname="traffic.{_attribute(found[0].broker)}" name="{name}">{failures}</testcase>')
    unlisted = sum(result.failing.values()) - len(by_exchange)
    if unlisted > 0:
        cases.append(f'<testcase classname="traffic" name="{unlisted} more exchange(s) with violations">'
                     f'<failure message="counted, not listed: see report.md"/></testcase>')  # fmt: skip
    failed = len(by_exchange) + (unlisted > 0)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<testsuites><testsuite name="traffic" tests="{len(cases)}" failures="{failed}">\n'
        + "".join(case + "\n" for case in cases)
        + "</testsuite></testsuites>\n"
    )


def render_sarif(result: Result, table: list[Route], root: Path) -> str:
    """SARIF 2.1.0 for GitHub code scanning: one result per listed violation, located at the spec's node."""
    texts: dict[Path, str] = {}
    spec_of = {r.broker.slug: r.broker.spec_path for r in table}
    results = []
    for v in result.violations:
        spec_path = spec_of[v.broker]
        text = texts.setdefault(spec_path, spec_path.read_text(encoding="utf-8"))
        line, column = position(text, v.spec_location)
        uri = str(spec_path.relative_to(root)) if spec_path.is_relative_to(root) else str(spec_path)
        results.append({
            "ruleId": v.check,
            "level": "error",
            "message": {"text": f"{v.source}#{v.entry}: {v.pointer or '/'}: {v.message}"},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                "region": {"startLine": line, "startColumn": column}},
                           "logicalLocations": [{"fullyQualifiedName": json_path(v.spec_location)}]}],
        })  # fmt: skip
    rules = [{"id": name, "shortDescription": {"text": name.replace("-", " ")}} for name in CHECKS]
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{"tool": {"driver": {"name": "broker-contracts traffic", "rules": rules}}, "results": results}],
    }
    return json.dumps(sarif, indent=2) + "\n"


def write_reports(result: Result, table: list[Route], root: Path, out: Path) -> None:
    """`report.md`, `junit.xml`, `results.sarif` and `state.json` in `out`, each written atomically."""
    from .reports import write_atomic

    write_atomic(out / "report.md", render_markdown(result, table))
    write_atomic(out / "junit.xml", render_junit(result))
    write_atomic(out / "results.sarif", render_sarif(result, table, root))
    write_atomic(out / "state.json", dump_state(result))
