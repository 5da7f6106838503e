"""API versions: which contract describes which version of which broker, and which one is current.

A broker that serves several API versions has one contract per version, each in its own folder
(`specs/<slug>/`): the seed's version keeps the broker's plain slug (`tradestation`, `aries`: its
generated package and live-mode variables stay as they were) and every newer one has the slug
`<broker>_<version>` (`tradestation_v3`, `aries_v2`). Every stage works per slug, so it treats a
version exactly as it treats a contract. Each contract says what it is in `info.x-api-version`:

    x-api-version:
      broker: tradestation   # the name users pass to get_balances(broker, ...)
      version: v3            # the broker's own version label
      state: current         # current | legacy
      seed: false            # true for the version the project's documentation excerpts describe
      label:                 # legacy only: the broker's own status words, where and when it said them
        words: ...
        source: ...
        date: YYYY-MM-DD

`resolve(name, version)` turns what a user passes to `get_balances`, `list_accounts` and
`get_all_balances` into the contract's `Broker`: a broker name alone means its current version.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from broker_contracts_runtime.contracts import choose
from jsonschema import Draft202012Validator

from .brokers import ROOT, Broker, discover
from .documents import load_yaml
from .errors import ContractError

KEY = "x-api-version"
STATES = ("current", "legacy")

SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["broker", "version", "state", "seed"],
    "additionalProperties": False,
    "properties": {
        "broker": {"type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        "version": {"type": "string", "minLength": 1},
        "state": {"enum": list(STATES)},
        "seed": {"type": "boolean"},
        "label": {
            "type": "object",
            "required": ["words", "source", "date"],
            "additionalProperties": False,
            "properties": {
                "words": {"type": "string", "minLength": 1},
                "source": {"type": "string", "minLength": 1},
                "date": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
            },
        },
    },
    "if": {"properties": {"state": {"const": "legacy"}}},
    "then": {"required": ["label"]},
}
_VALIDATOR = Draft202012Validator(SCHEMA)


@dataclass(frozen=True)
class ApiVersion:
    """One contract's place among its broker's versions (`info.x-api-version`).

    `slug` names the contract's folder; `label` is None for a current version, else
    `{"words", "source", "date"}`: the broker's own status words for a legacy version.
    """

    slug: str
    broker: str
    version: str
    state: str
    seed: bool
    label: dict[str, str] | None = None

    @property
    def state_text(self) -> str:
        """`current`, `legacy` or either with `, the seed's` (the README's broker table)."""
        return f"{self.state}, the seed's" if self.seed else self.state


def check(spec_path: Path, spec: dict[str, Any]) -> Iterator[ContractError]:
    """The contract's `info.x-api-version` block has the shape above (`ContractError` at each problem)."""
    block = spec.get("info", {}).get(KEY)
    at = f"$.info['{KEY}']"
    if block is None:
        yield ContractError(spec_path, at, "missing: {broker, version, state, seed} naming the API version")
        return
    for error in sorted(_VALIDATOR.iter_errors(block), key=lambda e: list(e.absolute_path)):
        where = "".join(f"[{p!r}]" if isinstance(p, str) else f"[{p}]" for p in error.absolute_path)
        yield ContractError(spec_path, at + where, error.message)
    date = (block.get("label") or {}).get("date") if isinstance(block, dict) else None
    if isinstance(date, str):
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            yield ContractError(spec_path, f"{at}['label']['date']", f"not a date: {date!r}")


@lru_cache(maxsize=64)
def _read_block(spec_path: Path, key: tuple[str, int, int]) -> Any:
    spec = load_yaml(spec_path)
    return spec.get("info", {}).get(KEY) if isinstance(spec, dict) else None


def version_of(broker: Broker) -> ApiVersion:
    """The `ApiVersion` a contract declares. Raises `ContractError` (file and place) when the block
    is missing or malformed: `make validate` reports the same problems."""
    stat = broker.spec_path.stat()
    block = _read_block(broker.spec_path, (str(broker.spec_path), stat.st_size, stat.st_mtime_ns))
    problems = list(check(broker.spec_path, {"info": {KEY: block}}))
    if problems:
        raise problems[0]
    return ApiVersion(broker.slug, block["broker"], block["version"], block["state"], block["seed"], block.get("label"))


def index(root: Path = ROOT) -> list[ApiVersion]:
    """Every contract's `ApiVersion`, by slug. Raises `ContractError` as `version_of` does."""
    return [version_of(b) for b in discover(root)]


def check_index(versions: list[ApiVersion], root: Path = ROOT) -> Iterator[ContractError]:
    """Across contracts: each broker has exactly one current version, at most one seed version, and
    no version label twice; a broker name that is also a slug names one of that broker's versions."""
    by_broker: dict[str, list[ApiVersion]] = {}
    for v in versions:
        by_broker.setdefault(v.broker, []).append(v)
    slugs = {v.slug: v for v in versions}
    for name, group in sorted(by_broker.items()):
        where = root / "specs" / group[0].slug / "openapi.yaml"
        current = [v.slug for v in group if v.state == "current"]
        if len(current) != 1:
            yield ContractError(
                where, f"$.info['{KEY}'].state", f"broker {name!r} needs one current version, has {current}"
            )
        if sum(v.seed for v in group) > 1:
            yield ContractError(where, f"$.info['{KEY}'].seed", f"broker {name!r} has more than one seed version")
        labels = [v.version for v in group]
        if len(set(labels)) != len(labels):
            yield ContractError(where, f"$.info['{KEY}'].version", f"broker {name!r} has a version twice: {labels}")
        if name in slugs and slugs[name].broker != name:
            yield ContractError(where, f"$.info['{KEY}'].broker", f"{name!r} is the slug of another broker's contract")


def resolve(name: str, version: str | None = None, root: Path = ROOT) -> Broker:
    """The contract a user means: a broker name (`"aries"`) is its current version, or the one
    `version` names (`"v1"`); a slug that is no broker's name (`"aries_v2"`) is that contract, and
    `version`, if given, must be its version.

    Raises `ContractError` naming the known brokers and their versions for an unknown name or version.
    """
    versions = index(root)
    known = ", ".join(f"{v.broker} {v.version} ({v.slug}, {v.state})" for v in versions)
    apis = {v.slug: {"broker": v.broker, "version": v.version, "state": v.state} for v in versions}
    try:
        return Broker(choose(apis, name, version), root)
    except LookupError as exc:
        raise ContractError(root / "specs", "", f"{exc.args[0]}; known: {known}") from None
