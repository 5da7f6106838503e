"""One Starlette app that replays a broker's documented behaviour, driven by data.

The mock is deliberately independent of the spec's schemas (a mock derived from the spec would only
test the spec against itself). Its behaviour comes from `conformance/fixtures/<slug>/behaviour.yaml`
(format: `conformance/behaviour.schema.json`) and the verbatim documented payloads beside it:

1. credentials are checked in the listed order; a missing one returns its `missing` response,
   one with another value returns its `wrong` response (a `bearer` credential is
   `Authorization: Bearer <accepted>`, the scheme word case-insensitive per RFC 9110 §11.1);
2. each documented query parameter that is present must be an integer within its bounds, else
   its `invalid` response (documented 400s);
3. an account id that does not match `account_pattern` gets `invalid_account` (ETNA's 400 for
   `@me`);
4. the account path parameter selects the response listed under `accounts`, or `unknown_account`;
   with `account_list` it holds several ids: too many gets `too_many`, the first id that is
   malformed or unknown decides the error, else the 200 body is one array of every account's
   items (`compose_list`).

Which credentials, in which headers, and the fixed path values (ETNA's version `1.0`) come from the
contract (`broker_contracts.access`), as they do for the library. The route is served under
`base_path` (the documented API base's path, e.g. ETNA's `/api`) with those values filled in.
Bodies are served byte for byte, so long-precision JSON numbers reach clients untouched; a response
without a `body` file has no body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from jsonschema import Draft202012Validator
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import access
from .brokers import ROOT, Broker
from .documents import json_path, load_yaml
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
    """A documented query parameter and the `invalid` reply for a value it does not allow.

    An integer rule (`values` None) allows decimal integers in [minimum, maximum]; a string rule
    allows exactly the listed `values` (e.g. TradeStation's documented APIVersion dates).
    """

    minimum: int | None
    maximum: int | None
    values: tuple[str, ...] | None
    invalid: Reply

    def accepts(self, value: str) -> bool:
        """Whether `value` is allowed by the documented rule."""
        if self.values is not None:
            return value in self.values
        try:
            number = int(value, 10)
        except ValueError:
            return False
        return (self.minimum is None or number >= self.minimum) and (self.maximum is None or number <= self.maximum)


@dataclass(frozen=True)
class AccountList:
    """Several account ids in one path value, joined by `separator`, at most `max` of them."""

    separator: str
    max: int
    too_many: Reply


@dataclass(frozen=True)
class Behaviour:
    """A broker's documented behaviour, loaded from its behaviour file."""

    source: str
    method: str
    route: str
    account_parameter: str
    credentials: tuple[Credential, ...]
    accounts: dict[str, Reply]
    unknown_account: Reply
    query: dict[str, QueryRule]
    base_path: str = ""
    path_values: dict[str, str] = field(default_factory=dict)
    account_pattern: re.Pattern[str] | None = None
    invalid_account: Reply | None = None
    account_list: AccountList | None = None

    @property
    def served_route(self) -> str:
        """The route the app serves: base path + route, fixed path values filled in."""
        route = self.base_path + self.route
        for name, value in self.path_values.items():
            route = route.replace(f"{{{name}}}", value)
        return route

    def url(self, account: str | int) -> str:
        """The path a client requests for `account`."""
        return self.served_route.replace(f"{{{self.account_parameter}}}", str(account))


def load_behaviour(broker: Broker) -> Behaviour:
    """Load and check `conformance/fixtures/<slug>/behaviour.yaml`.

    Raises `ContractError` naming the file and the JSON path for a value that breaks the
    behaviour schema, a response name that is not defined, or a body file that is missing.
    """
    path = broker.fixtures_dir / BEHAVIOUR_FILE
    data = load_yaml(path)
    schema = load_yaml(BEHAVIOUR_SCHEMA)
    for error in Draft202012Validator(schema).iter_errors(data):
        raise ContractError(path, json_path(tuple(error.absolute_path)), error.message)
    if f"{{{data['account_parameter']}}}" not in data["route"]:
        raise ContractError(
            path, "$.account_parameter", f"{data['account_parameter']!r} is not a parameter of the route"
        )
    replies: dict[str, Reply] = {}

    def reply(name: str, at: tuple[str | int, ...]) -> Reply:
        if name not in data["responses"]:
            raise ContractError(path, json_path(at), f"no response named {name!r} under $.responses")
        if name not in replies:
            spec: dict[str, Any] = data["responses"][name]
            if "body" not in spec:
                replies[name] = Reply(spec["status"], b"", None)
                return replies[name]
            body = broker.fixtures_dir / spec["body"]
            if not body.is_file():
                raise ContractError(path, json_path(("responses", name, "body")), f"no file {body.name} beside it")
            replies[name] = Reply(spec["status"], body.read_bytes(), spec.get("content_type", "application/json"))
        return replies[name]

    spec = load_yaml(broker.spec_path)
    declared = {c.scheme: c for c in access.credentials(spec, str(broker.spec_path))}
    credentials = []
    for i, c in enumerate(data["credentials"]):
        if c["scheme"] not in declared:
            known = ", ".join(declared) or "none"
            raise ContractError(path, f"$.credentials[{i}].scheme", f"not a security scheme of the contract ({known})")
        credentials.append(
            Credential(
                **vars(declared[c["scheme"]]),
                accepted=c["accepted"],
                missing=reply(c["missing"], ("credentials", i, "missing")),
                wrong=reply(c["wrong"], ("credentials", i, "wrong")),
            )
        )
    accounts = {account: reply(name, ("accounts", account)) for account, name in data["accounts"].items()}
    query = {
        name: QueryRule(
            rule.get("minimum"),
            rule.get("maximum"),
            tuple(rule["values"]) if rule["type"] == "string" else None,
            reply(rule["invalid"], ("query", name, "invalid")),
        )
        for name, rule in data.get("query", {}).items()
    }
    return Behaviour(
        source=data["source"],
        method=data["method"],
        route=data["route"],
        account_parameter=data["account_parameter"],
        credentials=tuple(credentials),
        accounts=accounts,
        unknown_account=reply(data["unknown_account"], ("unknown_account",)),
        query=query,
        base_path=data.get("base_path", ""),
        path_values=access.fixed_path_values(spec),
        account_pattern=re.compile(data["account_pattern"]) if "account_pattern" in data else None,
        invalid_account=reply(data["invalid_account"], ("invalid_account",)) if "invalid_account" in data else None,
        account_list=_account_list(data.get("account_list"), reply),
    )


def _account_list(data: dict[str, Any] | None, reply: Any) -> AccountList | None:
    if data is None:
        return None
    return AccountList(data["separator"], data["max"], reply(data["too_many"], ("account_list", "too_many")))


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


def _send(reply: Reply) -> Response:
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type)


def create_app(behaviour: Behaviour) -> Starlette:
    """An ASGI app serving `behaviour.route` for `behaviour.method`; other paths get 404, other methods 405."""

    async def endpoint(request: Request) -> Response:
        for credential in behaviour.credentials:
            value = request.headers.get(credential.header)
            if value is None:
                return _send(credential.missing)
            if not credential.accepts(value):
                return _send(credential.wrong)
        for name, rule in behaviour.query.items():
            values = request.query_params.getlist(name)
            if values and not all(rule.accepts(value) for value in values):
                return _send(rule.invalid)
        value = request.path_params[behaviour.account_parameter]
        listing = behaviour.account_list
        accounts = value.split(listing.separator) if listing else [value]
        if listing and len(accounts) > listing.max:
            return _send(listing.too_many)
        pattern, invalid = behaviour.account_pattern, behaviour.invalid_account
        if pattern and invalid and not all(pattern.fullmatch(account) for account in accounts):
            return _send(invalid)
        replies = [behaviour.accounts.get(account, behaviour.unknown_account) for account in accounts]
        failed = next((r for r in replies if not 200 <= r.status < 300), None)
        if failed or not listing:
            return _send(failed or replies[0])
        return _send(compose_list(replies))

    return Starlette(routes=[Route(behaviour.served_route, endpoint, methods=[behaviour.method])])
