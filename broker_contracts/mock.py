"""One Starlette app that replays a broker's documented behaviour, driven by data.

The mock is deliberately independent of the spec's schemas (a mock derived from the spec would only
test the spec against itself). Its behaviour comes from `conformance/fixtures/<slug>/behaviour.yaml`
(format: `conformance/behaviour.schema.json`) and the verbatim documented payloads beside it. The
file describes each operation of the contract under `operations.<operationId>`, and one fixture set,
`accounts`, that says per account what every operation serves for it, so the accounts a mock lists
are exactly the accounts whose balances it serves. Each request to an operation goes through:

1. credentials (those of the contract's security schemes for the operation), in the listed order;
   a missing one returns its `missing` response, one with another value its `wrong` response (a
   `bearer` credential is `Authorization: Bearer <accepted>`, the scheme word case-insensitive per
   RFC 9110 §11.1);
2. each path parameter with a rule (`path`: TradeStation's documented user id), then each
   documented query parameter that is present, must be an integer within its bounds (or one of
   the listed strings), else its `invalid` response (documented 400s and 404s);
3. an account operation (`account_parameter`): an account id that does not match
   `account_pattern` gets `invalid_account` (ETNA's 400 for `@me`); the id selects the response
   the account names for this operation, or `unknown_account`; with `account_list` the value holds
   several ids: too many gets `too_many`, the first id that is malformed or unknown decides the
   error, else the 200 body is one array of every account's items (`compose_list`); with
   `account_list.partial` (TradeStation v3) every well-formed request is one 200 envelope with each
   account's item and each failing id's error item (`Partial`);
4. a list operation (`list`): a 200 whose body holds, in fixture order, the item file each account
   names for this operation (with the values of `adds`, if any, set in each), inside the published
   envelope at the pointer `at`; with `paging`, at
   most `size` items a page and the next page's token at the pointer `next` (null on the last),
   the page number and totals where the envelope states them. The mock applies no filter.

Which credentials, in which headers, and the fixed path values (ETNA's version `1.0`) come from the
contract (`broker_contracts.access`), as they do for the library. Routes are served under
`base_path` (the documented API base's path, e.g. ETNA's `/api`) with those values filled in.
Bodies and list items are served byte for byte, so long-precision JSON numbers reach clients
untouched; a response without a `body` file has no body. A response may `add` values by JSON
pointer to its body file, which stays the published payload: fields a newer schema requires that no
published body shows yet (Clear Street's overnight margin fields); the body is then re-serialized.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import access
from .brokers import ROOT, Broker
from .documents import json_path, load_yaml, operations, value_at
from .errors import ContractError

BEHAVIOUR_FILE = "behaviour.yaml"
BEHAVIOUR_SCHEMA = ROOT / "conformance" / "behaviour.schema.json"


@dataclass(frozen=True)
class Reply:
    """A canned response: HTTP status, body bytes and content type (None for no body)."""

    status: int
    body: bytes
    content_type: str | None


@dataclass(frozen=True)
class Credential(access.Credential):
    """One credential the mock demands: what the contract says (`scheme`, `kind`, `header`, `env`;
    `broker_contracts.access`), plus the one `accepted` value and the replies for a `missing` or
    `wrong` one (see the module docstring)."""

    accepted: str
    missing: Reply
    wrong: Reply
    check_value: bool = True

    def accepts(self, value: str) -> bool:
        """Whether a received header value carries the accepted secret (any value if not `check_value`)."""
        if not self.check_value:
            return True
        if self.kind == "bearer":
            word, _, token = value.partition(" ")
            return word.lower() == "bearer" and token == self.accepted
        return value == self.accepted


@dataclass(frozen=True)
class QueryRule:
    """A documented query (or path) parameter and the `invalid` reply for a value it does not allow.

    An integer rule (`values` None) allows decimal integers in [minimum, maximum]; a string rule
    allows exactly the listed `values` (e.g. TradeStation's documented APIVersion dates). A path rule
    may also give a `pattern` a well-formed value matches, and the `malformed` reply for one that
    does not (checked first: ETNA answers a user name where a user id goes with 422).
    """

    minimum: int | None
    maximum: int | None
    values: tuple[str, ...] | None
    invalid: Reply
    pattern: re.Pattern[str] | None = None
    malformed: Reply | None = None

    def accepts(self, value: str) -> bool:
        """Whether `value` is allowed by the documented rule."""
        if self.values is not None:
            return value in self.values
        try:
            number = int(value, 10)
        except ValueError:
            return False
        return (self.minimum is None or number >= self.minimum) and (self.maximum is None or number <= self.maximum)

    def refusal(self, value: str) -> Reply | None:
        """The reply for a value the rule does not allow (`malformed` or `invalid`), None if allowed."""
        if self.pattern is not None and self.malformed is not None and not self.pattern.fullmatch(value):
            return self.malformed
        return None if self.accepts(value) else self.invalid


@dataclass(frozen=True)
class Partial:
    """Partial success of a several-account request (TradeStation v3's `{"Balances", "Errors"}`):
    `items` (account id -> its item's raw JSON) go to the envelope member `items_at`, error items to
    `errors_at`: `failing` ids' own (raw JSON), else, for an id outside the fixture set, `unknown`
    with the id written at `id_at` (None: the operation's `unknown_account` answers the request)."""

    items_at: str
    errors_at: str
    id_at: str
    items: dict[str, bytes]
    failing: dict[str, bytes]
    unknown: bytes | None
    content_type: str = "application/json"
    override: Reply | None = None  # set by a mutant: served for every well-formed request

    def error_item(self, account: str) -> bytes | None:
        """The error item `account` gets, or None when it is unknown and there is no `unknown` item."""
        if account in self.failing:
            return self.failing[account]
        if self.unknown is None:
            return None
        document = json.loads(self.unknown)
        set_at(document, self.id_at, account)
        return json.dumps(document).encode()

    def singles(self) -> dict[str, Reply]:
        """Each fixture account's answer when it is asked for alone."""
        return {account: Reply(200, self._body([item], []), self.content_type) for account, item in self.items.items()}

    def _body(self, items: list[bytes], errors: list[bytes]) -> bytes:
        members = [(self.items_at, items)] + ([(self.errors_at, errors)] if errors else [])
        return (
            b"{" + b",".join(json.dumps(at[1:]).encode() + b":[" + b",".join(raw) + b"]" for at, raw in members) + b"}"
        )

    def answer(self, accounts: list[str]) -> Reply | None:
        """The 200 envelope for `accounts` (items and errors in request order; no errors member when
        none fails), or None when an unknown id must answer the whole request; `override` when set."""
        if self.override is not None:
            return self.override
        items, errors = [], []
        for account in accounts:
            if account in self.items:
                items.append(self.items[account])
                continue
            error = self.error_item(account)
            if error is None:
                return None
            errors.append(error)
        return Reply(200, self._body(items, errors), self.content_type)


@dataclass(frozen=True)
class AccountList:
    """Several account ids in one path value, joined by `separator`, at most `max` of them; with
    `partial`, answered as one partial-success envelope."""

    separator: str
    max: int
    too_many: Reply
    partial: Partial | None = None


@dataclass(frozen=True)
class Paging:
    """Page-token paging of a list operation (see the module docstring, step 4). Tokens are
    base64url of `size=<n>&offset=<n>` (opaque to clients); `page_number`, `total_items` and
    `total_pages`, where given, are the JSON pointers where the envelope states them."""

    size: str
    token: str
    next: str
    default_size: int
    max_size: int
    invalid: Reply
    page_number: str | None = None
    total_items: str | None = None
    total_pages: str | None = None

    def token_for(self, size: int, offset: int) -> str:
        """The token that asks for the page of `size` items from `offset`."""
        return base64.urlsafe_b64encode(f"size={size}&offset={offset}".encode()).decode()

    def read_token(self, token: str) -> tuple[int, int] | None:
        """`(size, offset)` of a token this mock issued, else None."""
        try:
            text = base64.urlsafe_b64decode(token.encode()).decode()
        except (ValueError, UnicodeDecodeError):
            return None
        found = re.fullmatch(r"size=([0-9]{1,9})&offset=([0-9]{1,9})", text)
        return (int(found.group(1)), int(found.group(2))) if found else None


@dataclass(frozen=True)
class Listing:
    """What a list operation serves: `items` (account id -> one item's raw JSON, in fixture order)
    inside `envelope` (raw JSON with an empty array at the pointer `at`; None for a bare array).
    `override`, set by a mutant, is served instead of the list."""

    items: dict[str, bytes]
    envelope: bytes | None
    at: str
    content_type: str
    paging: Paging | None = None
    override: Reply | None = None


@dataclass(frozen=True)
class OperationBehaviour:
    """How the mock answers one operation: an account operation (`account_parameter` set, answers in
    `accounts`) or a list operation (`listing` set)."""

    operation_id: str
    method: str
    route: str
    credentials: tuple[Credential, ...]
    query: dict[str, QueryRule]
    path: dict[str, QueryRule] = field(default_factory=dict)
    base_path: str = ""
    path_values: dict[str, str] = field(default_factory=dict)
    account_parameter: str | None = None
    accounts: dict[str, Reply] = field(default_factory=dict)
    unknown_account: Reply | None = None
    account_pattern: re.Pattern[str] | None = None
    invalid_account: Reply | None = None
    account_list: AccountList | None = None
    listing: Listing | None = None

    @property
    def served_route(self) -> str:
        """The route the app serves: base path + route, fixed path values filled in."""
        route = self.base_path + self.route
        for name, value in self.path_values.items():
            route = route.replace(f"{{{name}}}", value)
        return route

    def url(self, account: str | int | None = None) -> str:
        """The path a client requests (for `account`, on an account operation)."""
        if self.account_parameter is None:
            return self.served_route
        return self.served_route.replace(f"{{{self.account_parameter}}}", str(account))


@dataclass(frozen=True)
class Behaviour:
    """A broker's documented behaviour, loaded from its behaviour file: one `OperationBehaviour` per
    operationId, and the fixture set's account ids in order."""

    source: str
    operations: dict[str, OperationBehaviour]
    account_ids: tuple[str, ...]

    def operation(self, operation_id: str) -> OperationBehaviour:
        """The behaviour of one operation. Raises `KeyError` naming the known ones."""
        if operation_id not in self.operations:
            raise KeyError(f"no behaviour for {operation_id!r} (known: {', '.join(self.operations)})")
        return self.operations[operation_id]

    def replacing(self, operation: OperationBehaviour) -> Behaviour:
        """A copy with `operation` in place of the behaviour of the same operationId."""
        return Behaviour(self.source, {**self.operations, operation.operation_id: operation}, self.account_ids)

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """Every credential any operation demands, each once, in order."""
        found: dict[str, Credential] = {}
        for operation in self.operations.values():
            for credential in operation.credentials:
                found.setdefault(credential.scheme, credential)
        return tuple(found.values())

    @property
    def path_values(self) -> dict[str, str]:
        """The fixed path values of every operation (ETNA's `version`)."""
        return {k: v for o in self.operations.values() for k, v in o.path_values.items()}


def load_behaviour(broker: Broker) -> Behaviour:
    """Load and check `conformance/fixtures/<slug>/behaviour.yaml`.

    Raises `ContractError` naming the file and the JSON path for a value that breaks the behaviour
    schema, an operation the contract does not have (or a contract operation with no behaviour), an
    account parameter that is not in its route, a response name that is not defined, or a body,
    envelope or list item file that is missing or not JSON.
    """
    path = broker.fixtures_dir / BEHAVIOUR_FILE
    data = load_yaml(path)
    schema = load_yaml(BEHAVIOUR_SCHEMA)
    for error in Draft202012Validator(schema).iter_errors(data):
        raise ContractError(path, json_path(tuple(error.absolute_path)), error.message)
    replies: dict[str, Reply] = {}

    def reply(name: str, at: tuple[str | int, ...]) -> Reply:
        if name not in data["responses"]:
            raise ContractError(path, json_path(at), f"no response named {name!r} under $.responses")
        if name not in replies:
            spec: dict[str, Any] = data["responses"][name]
            if "body" not in spec:
                replies[name] = Reply(spec["status"], b"", None)
                return replies[name]
            body = _file(broker, path, spec["body"], ("responses", name, "body"))
            if spec.get("adds"):
                body = _with_additions(body, spec["adds"], path, ("responses", name, "adds"))
            replies[name] = Reply(spec["status"], body, spec.get("content_type", "application/json"))
        return replies[name]

    spec = load_yaml(broker.spec_path)
    contract_ids = [o.operation_id for o in operations(spec)]
    for operation_id in data["operations"]:
        if operation_id not in contract_ids:
            known = ", ".join(contract_ids)
            raise ContractError(
                path, json_path(("operations", operation_id)), f"not an operation of the contract ({known})"
            )
    missing = [o for o in contract_ids if o not in data["operations"]]
    if missing:
        raise ContractError(path, "$.operations", f"no behaviour for the contract's {', '.join(missing)}")
    declared = {c.scheme: c for c in access.credentials(spec, str(broker.spec_path))}
    shared = []
    for i, c in enumerate(data["credentials"]):
        if c["scheme"] not in declared:
            known = ", ".join(declared) or "none"
            raise ContractError(path, f"$.credentials[{i}].scheme", f"not a security scheme of the contract ({known})")
        shared.append(
            Credential(
                **vars(declared[c["scheme"]]),
                accepted=c["accepted"],
                missing=reply(c["missing"], ("credentials", i, "missing")),
                wrong=reply(c["wrong"], ("credentials", i, "wrong")),
            )
        )
    for account, served in data["accounts"].items():
        for operation_id in served:
            if operation_id not in data["operations"]:
                at = json_path(("accounts", account, operation_id))
                raise ContractError(path, at, f"no operation {operation_id!r} under $.operations")
    built = {
        operation_id: _operation(broker, path, data, spec, operation_id, shared, reply) for operation_id in contract_ids
    }
    return Behaviour(data["source"], built, tuple(data["accounts"]))


def _operation(
    broker: Broker,
    path: Path,
    data: dict[str, Any],
    spec: dict[str, Any],
    operation_id: str,
    shared: list[Credential],
    reply: Callable[[str, tuple[str | int, ...]], Reply],
) -> OperationBehaviour:
    """One operation's behaviour from its entry under `$.operations` (see `load_behaviour`)."""
    entry = data["operations"][operation_id]
    at: tuple[str | int, ...] = ("operations", operation_id)
    demanded = {c.scheme for c in access.credentials(spec, str(broker.spec_path), operation_id)}
    served = {account: names[operation_id] for account, names in data["accounts"].items() if operation_id in names}
    rules = {
        where: {
            name: QueryRule(
                rule.get("minimum"),
                rule.get("maximum"),
                tuple(rule["values"]) if rule["type"] == "string" else None,
                reply(rule["invalid"], (*at, where, name, "invalid")),
                re.compile(rule["pattern"]) if "pattern" in rule else None,
                reply(rule["malformed"], (*at, where, name, "malformed")) if "malformed" in rule else None,
            )
            for name, rule in entry.get(where, {}).items()
        }
        for where in ("query", "path")
    }
    for name in rules["path"]:
        if f"{{{name}}}" not in entry["route"]:
            raise ContractError(path, json_path((*at, "path", name)), f"{name!r} is not a parameter of the route")
    common: dict[str, Any] = {
        "operation_id": operation_id,
        "method": entry["method"],
        "route": entry["route"],
        "credentials": tuple(c for c in shared if c.scheme in demanded),
        "query": rules["query"],
        "path": rules["path"],
        "base_path": data.get("base_path", ""),
        "path_values": access.fixed_path_values(spec, operation_id),
    }
    if "list" in entry:
        listing = entry["list"]
        items = {
            account: _file(broker, path, name, ("accounts", account, operation_id)).strip()
            for account, name in served.items()
        }
        if listing.get("adds"):
            where = (*at, "list", "adds")
            items = {account: _with_additions(raw, listing["adds"], path, where) for account, raw in items.items()}
        envelope = (
            _file(broker, path, listing["envelope"], (*at, "list", "envelope")) if "envelope" in listing else None
        )
        if envelope is not None and not isinstance(value_at(json.loads(envelope), listing.get("at", "")), list):
            raise ContractError(path, json_path((*at, "list", "at")), "the envelope has no array at this pointer")
        paging = listing.get("paging")
        return OperationBehaviour(
            **common,
            listing=Listing(
                items,
                envelope,
                listing.get("at", ""),
                listing.get("content_type", "application/json"),
                Paging(
                    **{k: v for k, v in paging.items() if k != "invalid"},
                    invalid=reply(paging["invalid"], (*at, "list", "paging", "invalid")),
                )
                if paging
                else None,
            ),
        )
    parameter = entry["account_parameter"]
    if f"{{{parameter}}}" not in entry["route"]:
        raise ContractError(
            path, json_path((*at, "account_parameter")), f"{parameter!r} is not a parameter of the route"
        )
    partial = _partial(broker, path, entry, served, at)
    return OperationBehaviour(
        **common,
        account_parameter=parameter,
        # In partial mode every answer is composed; `accounts` holds each account's answer alone.
        accounts=partial.singles()
        if partial
        else {account: reply(name, ("accounts", account, operation_id)) for account, name in served.items()},
        unknown_account=reply(entry["unknown_account"], (*at, "unknown_account")),
        account_pattern=re.compile(entry["account_pattern"]) if "account_pattern" in entry else None,
        invalid_account=reply(entry["invalid_account"], (*at, "invalid_account"))
        if "invalid_account" in entry
        else None,
        account_list=_account_list(entry.get("account_list"), reply, at, partial),
    )


def _partial(
    broker: Broker, path: Path, entry: dict[str, Any], served: dict[str, str], at: tuple[str | int, ...]
) -> Partial | None:
    """An operation's `account_list.partial`, its item files read (`ContractError` for a missing one)."""
    data = (entry.get("account_list") or {}).get("partial")
    if data is None:
        return None
    where = (*at, "account_list", "partial")
    return Partial(
        data["items_at"],
        data["errors_at"],
        data["id_at"],
        {account: _file(broker, path, name, ("accounts", account, at[-1])).strip() for account, name in served.items()},
        {
            account: _file(broker, path, name, (*where, "failing", account)).strip()
            for account, name in data.get("failing", {}).items()
        },
        _unknown_item(broker, path, data, where),
        data.get("content_type", "application/json"),
    )


def _unknown_item(broker: Broker, path: Path, data: dict[str, Any], where: tuple[str | int, ...]) -> bytes | None:
    """The `unknown` error item's file; `ContractError` when `id_at` has no parent in it (the
    requested id could not be written there)."""
    if "unknown" not in data:
        return None
    raw = _file(broker, path, data["unknown"], (*where, "unknown")).strip()
    if not set_at(json.loads(raw), data["id_at"], ""):
        raise ContractError(path, json_path((*where, "id_at")), f"its parent is not in {data['unknown']}")
    return raw


def _file(broker: Broker, path: Path, name: str, at: tuple[str | int, ...]) -> bytes:
    """The bytes of a payload file beside the behaviour file; `ContractError` at `at` when missing."""
    file = broker.fixtures_dir / name
    if not file.is_file():
        raise ContractError(path, json_path(at), f"no file {file.name} beside it")
    return file.read_bytes()


def _with_additions(body: bytes, adds: dict[str, Any], path: Path, at: tuple[str | int, ...]) -> bytes:
    """`body` (JSON) with each value of `adds` set at its JSON pointer, the last step a new member or
    item; `ContractError` at `at` when a pointer's parent is not in the body."""
    document = json.loads(body)
    for pointer, value in adds.items():
        if not set_at(document, pointer, value):
            raise ContractError(path, json_path((*at, pointer)), "its parent is not in the body")
    return json.dumps(document).encode()


def set_at(document: Any, pointer: str, value: Any) -> bool:
    """Set `value` at JSON pointer `pointer` of `document` (its last step a new or existing member,
    or an item index); False, changing nothing, when the pointer's parent is not in the document."""
    *parents, last = pointer.split("/")[1:]
    node = value_at(document, "/" + "/".join(parents)) if parents else document
    if isinstance(node, list):
        node[int(last)] = value
    elif isinstance(node, dict):
        node[last] = value
    else:
        return False
    return True


def _account_list(
    data: dict[str, Any] | None, reply: Any, at: tuple[str | int, ...], partial: Partial | None
) -> AccountList | None:
    if data is None:
        return None
    too_many = reply(data["too_many"], (*at, "account_list", "too_many"))
    return AccountList(data["separator"], data["max"], too_many, partial)


def _json_items(body: bytes) -> bytes:
    """The items of a JSON array body, or the body itself when it is one object, as raw text."""
    text = body.strip()
    return text[1:-1].strip() if text.startswith(b"[") else text


def compose_list(replies: list[Reply]) -> Reply:
    """One 200 reply whose body is a JSON array of every reply's items, copied byte for byte.

    Copying text instead of re-serialising keeps numbers such as 19638.14545186560000000000 exact.
    """
    body = b"[" + b",".join(_json_items(r.body) for r in replies) + b"]"
    return Reply(200, body, replies[0].content_type)


_SLOT = "\u0000broker-contracts-items\u0000"


def list_body(listing: Listing, items: list[bytes], page: dict[str, Any] | None = None) -> bytes:
    """The list body: `items` (raw JSON, byte for byte) as the array at `listing.at` of the envelope,
    and, when the listing pages, `page` (`{"next": token or None, "page_number": n, ...}`) written at
    the paging pointers."""
    array = b"[" + b",".join(items) + b"]"
    if listing.envelope is None:
        return array
    document = json.loads(listing.envelope)
    _set(document, listing.at.split("/")[1:], _SLOT)
    if listing.paging is not None:
        for name, value in (page or {}).items():
            pointer = getattr(listing.paging, name)
            if pointer:
                _set(document, pointer.split("/")[1:], value)
    return json.dumps(document).encode().replace(json.dumps(_SLOT).encode(), array)


def _set(document: Any, parts: list[str], value: Any) -> None:
    for part in parts[:-1]:
        document = document.setdefault(part, {})
    document[parts[-1]] = value


def _page(listing: Listing, request: Request) -> Reply:
    """The 200 reply of a list request: one page of it when the listing pages. A size outside
    1..max_size gets `paging.invalid`; a token this mock did not issue gets an empty last page (the
    token is opaque, so any base64url text is a schema-valid request)."""
    items = list(listing.items.values())
    paging = listing.paging
    if paging is None:
        return Reply(200, list_body(listing, items), listing.content_type)
    token, size_text = request.query_params.get(paging.token), request.query_params.get(paging.size)
    if token is not None:
        found = paging.read_token(token)
        if found is None or not 1 <= found[0] <= paging.max_size:
            found = (paging.default_size, len(items))  # a token it did not issue: past the last page
        size, offset = found
    else:
        if size_text is None:
            size = paging.default_size
        else:
            size = int(size_text) if size_text.isascii() and size_text.isdigit() else -1
        offset = 0
        if not 1 <= size <= paging.max_size:
            return paging.invalid
    following = paging.token_for(size, offset + size) if offset + size < len(items) else None
    page = {
        "next": following,
        "page_number": offset // size + 1,
        "total_items": len(items),
        "total_pages": max(1, -(-len(items) // size)),
    }
    return Reply(200, list_body(listing, items[offset : offset + size], page), listing.content_type)


def _send(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type)


def answer(operation: OperationBehaviour, request: Request) -> Reply:
    """The reply the mock gives `request` for `operation` (see the module docstring)."""
    for credential in operation.credentials:
        value = request.headers.get(credential.header)
        if value is None:
            return credential.missing
        if not credential.accepts(value):
            return credential.wrong
    for name, rule in operation.path.items():
        refused = rule.refusal(request.path_params[name])
        if refused is not None:
            return refused
    for name, rule in operation.query.items():
        values = request.query_params.getlist(name)
        if values and not all(rule.accepts(value) for value in values):
            return rule.invalid
    if operation.listing is not None:
        return operation.listing.override or _page(operation.listing, request)
    assert operation.account_parameter is not None and operation.unknown_account is not None
    value = request.path_params[operation.account_parameter]
    listing = operation.account_list
    accounts = value.split(listing.separator) if listing else [value]
    if listing and len(accounts) > listing.max:
        return listing.too_many
    pattern, invalid = operation.account_pattern, operation.invalid_account
    if pattern and invalid and not all(pattern.fullmatch(account) for account in accounts):
        return invalid
    whole = listing.partial.answer(accounts) if listing and listing.partial else None
    if whole is not None:
        return whole
    replies = [operation.accounts.get(account, operation.unknown_account) for account in accounts]
    failed = next((r for r in replies if not 200 <= r.status < 300), None)
    if failed or not listing:
        return failed or replies[0]
    return compose_list(replies)


def create_app(behaviour: Behaviour) -> Starlette:
    """An ASGI app serving every operation's route for its method; other paths get 404, other methods 405."""

    def endpoint(operation: OperationBehaviour) -> Callable[[Request], Awaitable[Response]]:
        async def respond(request: Request) -> Response:
            return _send(answer(operation, request))

        return respond

    routes = [Route(o.served_route, endpoint(o), methods=[o.method]) for o in behaviour.operations.values()]
    return Starlette(routes=routes)
