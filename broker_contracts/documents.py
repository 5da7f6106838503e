"""Load the project's YAML files, with errors that name the file and the line; JSON paths for places."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import ContractError


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContractError(path, "", f"cannot read: {exc.strerror}") from exc


def load_yaml(path: Path) -> Any:
    """Parse a YAML file (OpenAPI specs, mock behaviour files) into plain Python data.

    Raises `ContractError` naming the file and the line/column when the file is missing or is not
    valid YAML.
    """
    text = _read_text(path)
    try:
        return yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        place = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise ContractError(path, place, f"invalid YAML: {exc.problem}") from exc


def json_path(parts: tuple[str | int, ...]) -> str:
    """Render a location in a document as a JSONPath string: `("paths", "/a", 0)` -> `$.paths['/a'][0]`."""
    out = "$"
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += f"[{part!r}]"
    return out
