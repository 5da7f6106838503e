"""Discover brokers from `specs/`: a broker is a folder `specs/<slug>/` holding `openapi.yaml`.

Adding a broker adds folders and data (spec, fixtures, mock behaviour); no list in code changes.
The slug names everything else: `generated/<slug>_client/`, `conformance/fixtures/<slug>/`, and the
environment variables of live mode (`<SLUG>_TOKEN`, upper case).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContractError

SLUG = re.compile(r"^[a-z][a-z0-9_]*$")
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Broker:
    """One broker's files, all derived from its slug and the project root."""

    slug: str
    root: Path = ROOT

    @property
    def spec_path(self) -> Path:
        """`specs/<slug>/openapi.yaml`: the hand-written contract."""
        return self.root / "specs" / self.slug / "openapi.yaml"

    @property
    def package(self) -> str:
        """Import name of the generated client: `<slug>_client`."""
        return f"{self.slug}_client"

    @property
    def generated_dir(self) -> Path:
        """`generated/<slug>_client/`: the committed generated client."""
        return self.root / "generated" / self.package

    @property
    def fixtures_dir(self) -> Path:
        """`conformance/fixtures/<slug>/`: documented payloads and the mock's behaviour file."""
        return self.root / "conformance" / "fixtures" / self.slug

    def env_var(self, suffix: str) -> str:
        """Name of a live-mode environment variable: `env_var("TOKEN")` -> `ARIES_TOKEN`."""
        return f"{self.slug.upper()}_{suffix}"


def discover(root: Path = ROOT) -> list[Broker]:
    """Every broker under `<root>/specs/`, sorted by slug.

    Raises `ContractError` for a folder under `specs/` whose name is not a valid slug
    (lower case letters, digits and `_`, starting with a letter) or that has no `openapi.yaml`.
    """
    specs = root / "specs"
    brokers = []
    for folder in sorted(p for p in specs.iterdir() if p.is_dir()) if specs.is_dir() else []:
        if not SLUG.match(folder.name):
            raise ContractError(folder, "", "broker folder names must be slugs like 'clear_street'")
        if not (folder / "openapi.yaml").is_file():
            raise ContractError(folder / "openapi.yaml", "", "every broker folder needs its contract")
        brokers.append(Broker(folder.name, root))
    return brokers


def select(names: str | None, root: Path = ROOT) -> list[Broker]:
    """The brokers named in a comma-separated `names` (all of them when empty or None).

    Raises `ContractError` for an unknown slug, listing the known ones.
    """
    brokers = discover(root)
    if not names:
        return brokers
    known = {b.slug: b for b in brokers}
    chosen = []
    for name in (n.strip() for n in names.split(",")):
        if name not in known:
            raise ContractError(root / "specs", "", f"unknown broker {name!r}; known: {', '.join(known)}")
        chosen.append(known[name])
    return chosen
