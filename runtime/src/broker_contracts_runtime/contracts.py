"""The contracts the runtime reads, shipped with the clients: never read from a checkout.

Each generated client package carries `_runtime.json` beside its code (written by the toolchain's
`make generate`): `{"slug", "spec": <the contract as JSON>, "crosswalks": {"balances": <slice>,
"accounts": <slice>}}`. The runtime finds the clients that are importable (a folder
`<slug>_client/` holding `_runtime.json` on `sys.path`: an installed wheel, or the checkout's
`generated/` on the development venv's path), so `get_balances("aries")` works wherever the Aries
client is installed, and names the installed ones when it is not.

`resolve(name, version)` is the API-version rule of `get_balances`: a broker's name means its
current version (`info.x-api-version.state: current`) unless `version` names another; a slug that
is no broker's name means that contract.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .crosswalk import Crosswalk, from_slice
from .errors import BrokerContractsError

RUNTIME_FILE = "_runtime.json"


class UnknownBroker(BrokerContractsError, KeyError):
    """No installed client answers to this broker name, slug or version; the message names the installed ones."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True)
class Contract:
    """One installed client's contract: its `slug`, import `package`, the contract (`spec`), its
    `info.x-api-version` (`api`), and its crosswalk slices."""

    slug: str
    package: str
    spec: dict[str, Any] = field(repr=False)
    crosswalks: dict[str, Any] = field(repr=False)

    @property
    def api(self) -> dict[str, Any]:
        found: dict[str, Any] = self.spec.get("info", {}).get("x-api-version") or {}
        return found

    def crosswalk(self, which: str) -> Crosswalk:
        """This broker's part of the `balances` or `accounts` crosswalk."""
        return _crosswalk(self.slug, which)


def _client_folders(paths: tuple[str, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for entry in paths:
        folder = Path(entry or ".")
        if not folder.is_dir():
            continue
        for candidate in folder.glob(f"*_client/{RUNTIME_FILE}"):
            found.setdefault(candidate.parent.name.removesuffix("_client"), candidate)
    return found


@cache
def _installed(paths: tuple[str, ...]) -> dict[str, Contract]:
    contracts = {}
    for slug, file in sorted(_client_folders(paths).items()):
        data = json.loads(file.read_text(encoding="utf-8"))
        contracts[slug] = Contract(slug, f"{slug}_client", data["spec"], data["crosswalks"])
    return contracts


def installed() -> dict[str, Contract]:
    """Every importable client's contract, by slug (read once per `sys.path`)."""
    return _installed(tuple(sys.path))


@cache
def _crosswalk(slug: str, which: str) -> Crosswalk:
    data = installed()[slug].crosswalks.get(which)
    if data is None:
        raise UnknownBroker(f"the {which} crosswalk does not cover {slug!r}: its client cannot be normalized")
    return from_slice(slug, data)


def _known(contracts: dict[str, Contract]) -> str:
    shown = [f"{c.api.get('broker', c.slug)} {c.api.get('version', '?')} ({c.slug})" for c in contracts.values()]
    return ", ".join(shown) or "none (install a broker-contracts client)"


def contract(slug: str) -> Contract:
    """The installed contract `slug`. Raises `UnknownBroker` naming the installed ones."""
    contracts = installed()
    if slug not in contracts:
        raise UnknownBroker(f"no client installed for {slug!r}; installed: {_known(contracts)}")
    return contracts[slug]


def choose(apis: dict[str, dict[str, Any]], name: str, version: str | None = None) -> str:
    """The slug `name` and `version` mean among contracts `{slug: info.x-api-version}` (the rule of
    the module docstring; the toolchain applies it to `specs/`). Raises `LookupError` saying why:
    `unknown broker` or `has no version`."""
    group = [slug for slug, api in apis.items() if api.get("broker") == name]
    if not group:
        group = [slug for slug in apis if slug == name]
        if group and version is None:
            return group[0]
    if not group:
        raise LookupError(f"unknown broker {name!r}")
    chosen = [s for s in group if (apis[s].get("version") == version if version else apis[s].get("state") == "current")]
    if not chosen:
        raise LookupError(f"{name!r} has no {f'version {version!r}' if version is not None else 'a current version'}")
    return chosen[0]


def resolve(name: str, version: str | None = None) -> Contract:
    """The contract a user means (see the module docstring). Raises `UnknownBroker` naming the
    installed brokers and versions for an unknown name or version."""
    contracts = installed()
    try:
        return contracts[choose({slug: c.api for slug, c in contracts.items()}, name, version)]
    except LookupError as exc:
        raise UnknownBroker(f"{exc}; installed: {_known(contracts)}") from None
