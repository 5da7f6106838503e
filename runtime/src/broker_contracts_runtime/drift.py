"""What a generated client does when a broker drifts from its contract: raise one typed error.

Each generated client carries the contract it was generated from (`<slug>_client/_contract.json`,
written by the toolchain's `make generate`: the response schemas of every operation, in the
client's view; `ClientContract`) and reads every documented JSON body through its operation's
`ResponseContract.json`, which parses it with `parse_float=Decimal` and validates it (jsonschema-rs,
compiled once per status). Anything the contract does not allow raises `ContractViolation`
(`broker_contracts_runtime.failures`) naming the broker, the operationId, the status, the JSON
pointer of the first fault, what was expected and what came, with the raw body.
`ResponseContract.guard` wraps the generated parsing so that any builtin exception from generated
code (`KeyError`, `TypeError`, `decimal.InvalidOperation`, ...) also surfaces as `ContractViolation`.

Where a body fails a `oneOf` (TradeStation's account shapes), the fault reported is the one of the
branch that came closest (fewest faults), so the pointer names the field, not the whole account.
How the client's view is made from a contract is the toolchain's (`broker_contracts.drift`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import jsonschema_rs

from .documents import response_key as response_key
from .failures import ContractViolation
from .network import json_body, request_id

BUILTIN_FAULTS = (KeyError, TypeError, ValueError, AttributeError, ArithmeticError, IndexError)


def _pointer(path: Any) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def _shown(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _closest(error: Any) -> Any:
    """Descend into the branch of a failed `oneOf`/`anyOf` that came closest, to a leaf fault.

    Closest: a branch whose type fits the value at all (not `null` for an object), then the fewest
    faults, then the branch whose discriminator (an enum or const) matched.
    """
    kind = error.kind
    context = getattr(kind, "context", None) if type(kind).__name__ in ("OneOfNotValid", "AnyOf") else None
    if not context:
        return error
    depth = len(error.instance_path)

    def rank(branch: list[Any]) -> tuple[bool, int, int]:
        wrong_type = any(type(e.kind).__name__ == "Type" and len(e.instance_path) == depth for e in branch)
        return (wrong_type, len(branch), sum(_is_choice(e) for e in branch))

    branch = min((b for b in context if b), key=rank, default=None)
    return _closest(branch[0]) if branch else error


def _is_choice(error: Any) -> bool:
    return type(error.kind).__name__ in ("Enum", "Constant")


def describe(error: Any) -> tuple[str, str, str]:
    """`(pointer, expected, got)` of one jsonschema-rs error (after `_closest`)."""
    error = _closest(error)
    kind, name = error.kind, type(error.kind).__name__
    pointer = _pointer(error.instance_path)
    if name == "Required":
        return f"{pointer}/{kind.property}", "a required property", "nothing (missing)"
    if name == "Type":
        expected = "type " + " or ".join(sorted(map(str, getattr(kind, "types", []))))
    elif name == "Pattern":
        expected = f"a string matching {kind.pattern}"
    elif name == "Enum":
        expected = f"one of {_shown(kind.options)}"
    elif name == "Format":
        expected = f"format {kind.format}"
    else:
        expected = str(error.message).split(" is ", 1)[-1][:120]
    return pointer, expected, _shown(error.instance)


class ResponseContract:
    """The response part of one operation's contract, as a generated client uses it.

    Built by `ClientContract.operation` from a client's `_contract.json` (see `contract_document`):
    `broker`, `operation` (the operationId), the responses and components of both views. Validators
    are compiled lazily, once per status key. Formats (date-time, date) are validated; `decimal` is
    checked by the contract's `pattern`.
    """

    def __init__(self, broker: str, operation: str, views: dict[str, dict[str, Any]]) -> None:
        self.broker = broker
        self.operation = operation
        self.views = views  # {"client"|"strict": {"responses": ..., "components": ...}}
        self._validators: dict[tuple[str, str, str], Any] = {}

    @cached_property
    def statuses(self) -> dict[str, dict[str, Any]]:
        """Documented JSON responses: status key (`200`, `5XX`, `default`) -> media type -> schema."""
        return dict(self.views["client"]["responses"])

    def _validator(self, key: str, media: str, view: str = "client") -> Any:
        if (view, key, media) not in self._validators:
            part = self.views[view]
            root = {"components": part["components"], "$ref": "#/responses/x", "responses": {"x": {}}}
            root["responses"]["x"] = part["responses"][key][media]
            validator = jsonschema_rs.validator_for(root, validate_formats=True)
            self._validators[(view, key, media)] = validator
        return self._validators[(view, key, media)]

    def _media(self, status: int) -> tuple[str, str] | None:
        key = response_key(self.statuses, status)
        media = next(iter(self.statuses[key]), None) if key else None
        return (key, media) if key is not None and media is not None else None

    def violation(self, response: httpx.Response, pointer: str, expected: str, got: str) -> ContractViolation:
        """A `ContractViolation` for `response` (its status, raw body, and request id where the broker sends one)."""
        return ContractViolation(
            self.broker,
            self.operation,
            response.status_code,
            pointer,
            expected,
            got,
            response.content,
            request_id(response),
        )

    def json(self, response: httpx.Response) -> Any:
        """The body of `response` parsed (`parse_float=Decimal`) and checked against the contract for its status.

        Raises `ContractViolation` when the body is not JSON or breaks the schema. A status the
        contract documents without a JSON schema is parsed but not checked.
        """
        body = json_body(self.broker, self.operation, response)
        found = self._media(response.status_code)
        if found is not None:
            error = next(iter(self._validator(*found).iter_errors(body)), None)
            if error is not None:
                raise self.violation(response, *describe(error))
        return body

    def warnings(self, body: Any, status: int = 200) -> list[str]:
        """The drift a client tolerated in a parsed `body`: every fault the strict contract finds (a
        deprecated field missing, a value outside a known enum), one `"<pointer>: expected ..., got ..."` each.
        """
        found = self._media(status)
        if found is None:
            return []
        faults = (describe(e) for e in self._validator(*found, view="strict").iter_errors(body))
        return sorted({f"{pointer or '/'}: expected {expected}, got {got}" for pointer, expected, got in faults})

    @contextmanager
    def guard(self, response: httpx.Response) -> Iterator[None]:
        """Turn any builtin exception raised while generated code parses `response` into `ContractViolation`."""
        try:
            yield
        except ContractViolation:
            raise
        except BUILTIN_FAULTS as exc:
            where = f"/{exc.args[0]}" if isinstance(exc, KeyError) and exc.args else ""
            raise self.violation(
                response, where, "what the generated client reads", f"{type(exc).__name__}: {exc}"
            ) from exc


def _folded(name: str) -> str:
    """An operation's name with case and underscores folded: `getAccountBalances` and the generator's
    `get_account_balances` fold alike."""
    return name.replace("_", "").lower()


class ClientContract:
    """Every operation's `ResponseContract` of one generated client, read from its `_contract.json`.

    Generated endpoint modules call `json(response, OPERATION)` and `guard(response, OPERATION)`,
    where `OPERATION` is the module's operation (its python name, `get_account_balances`; the
    operationId is accepted too). Raises `KeyError` for an operation the contract does not have.
    """

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.broker: str = document["broker"]
        self._names = {_folded(k): k for k in document["operations"]}
        self._contracts: dict[str, ResponseContract] = {}

    @classmethod
    def load(cls, path: Path) -> ClientContract:
        """Read a client's `_contract.json`."""
        return cls(json.loads(path.read_text(encoding="utf-8")))

    @property
    def operation_ids(self) -> list[str]:
        """The operationIds of the contract, in document order."""
        return list(self.document["operations"])

    def operation(self, name: str) -> ResponseContract:
        """The `ResponseContract` of one operation, by operationId or python name (built once)."""
        operation_id = self._names.get(_folded(name), name)
        if operation_id not in self._contracts:
            if operation_id not in self.document["operations"]:
                raise KeyError(f"{self.broker}: no operation {name!r} (known: {', '.join(self.operation_ids)})")
            entry = self.document["operations"][operation_id]
            views = {
                view: {"responses": entry[view], "components": self.document["components"][view]}
                for view in ("client", "strict")
            }
            self._contracts[operation_id] = ResponseContract(self.broker, operation_id, views)
        return self._contracts[operation_id]

    def json(self, response: httpx.Response, operation: str) -> Any:
        """`ResponseContract.json` of `operation`: the checked, Decimal-parsed body of `response`."""
        return self.operation(operation).json(response)

    def guard(self, response: httpx.Response, operation: str) -> AbstractContextManager[None]:
        """`ResponseContract.guard` of `operation`: builtin exceptions while parsing become `ContractViolation`."""
        return self.operation(operation).guard(response)
