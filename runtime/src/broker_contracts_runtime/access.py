"""How a client reaches a broker's operation, read from the contract: credentials and fixed path values.

The library, the mocks and the conformance harness all need to know which credentials a broker
wants, in which header, under which environment variable, and which path values are fixed (ETNA's
API `version`). That is a fact about the API, so it lives in the contract, never in test data:

- each security scheme of an operation (its own `security`, else the document's) gives a
  `Credential`: `http` + `bearer` is sent as `Authorization: Bearer <secret>`; `apiKey` in a header
  is sent as that header, verbatim. `x-credential` on the scheme names the secret's variable suffix
  (`TOKEN` -> `<SLUG>_TOKEN`, `APP_KEY` -> `ETNA_APP_KEY`);
- a path parameter with `x-fixed-value` is sent with that value (a plain `default` would make
  openapi-python-client 0.29.1 emit an invalid signature for a first path parameter).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .documents import Operation, json_path, operations, parameters_of
from .errors import ContractError

CREDENTIAL_KEY = "x-credential"
FIXED_VALUE_KEY = "x-fixed-value"


@dataclass(frozen=True)
class Credential:
    """One credential an operation demands: security `scheme` name, `kind` (`bearer` or `header`), the
    `header` it travels in, and `env`, the suffix of its environment variable (`<SLUG>_<env>`)."""

    scheme: str
    kind: str
    header: str
    env: str

    def sent_value(self, secret: str) -> str:
        """The header value a client sends for `secret`: `Bearer <secret>` or the secret itself."""
        return f"Bearer {secret}" if self.kind == "bearer" else secret


def _operations(spec: dict[str, Any], operation_id: str | None) -> list[Operation]:
    found = operations(spec)
    return [o for o in found if o.operation_id == operation_id] if operation_id is not None else found


def credentials(spec: dict[str, Any], where: str = "", operation_id: str | None = None) -> tuple[Credential, ...]:
    """The credentials of one operation (`operation_id`), or of every operation of the contract
    (each once, in the order the operations and their security requirements list them).

    Raises `ContractError` (`where` is the spec's path, for the message) for a scheme that is not
    declared, is neither http bearer nor an apiKey in a header, or has no `x-credential`.
    """
    schemes = spec.get("components", {}).get("securitySchemes", {})
    found: dict[str, Credential] = {}
    for operation in _operations(spec, operation_id):
        requirements = operation.data.get("security", spec.get("security")) or []
        for requirement in requirements[:1]:  # the first alternative: our contracts list one
            for name in requirement:
                if name not in found:
                    found[name] = _credential(schemes, name, where)
    return tuple(found.values())


def _credential(schemes: dict[str, Any], name: str, where: str) -> Credential:
    at = json_path(("components", "securitySchemes", name))
    scheme = schemes.get(name)
    if not isinstance(scheme, dict):
        raise ContractError(where, at, "security scheme is not declared")
    env = scheme.get(CREDENTIAL_KEY)
    if not isinstance(env, str) or not env.isidentifier():
        raise ContractError(where, f"{at}['{CREDENTIAL_KEY}']", "name the secret's variable suffix, e.g. TOKEN")
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return Credential(name, "bearer", "Authorization", env)
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
        return Credential(name, "header", str(scheme["name"]), env)
    raise ContractError(where, at, "only http bearer and apiKey-in-header schemes are supported")


def fixed_path_values(spec: dict[str, Any], operation_id: str | None = None) -> dict[str, str]:
    """`{parameter name: value}` for each path parameter carrying `x-fixed-value`, of one operation
    (`operation_id`) or of every operation of the contract."""
    return {
        str(p["name"]): str(p[FIXED_VALUE_KEY])
        for operation in _operations(spec, operation_id)
        for p in parameters_of(spec, operation)
        if p.get("in") == "path" and FIXED_VALUE_KEY in p
    }


def typed_value(parameter: dict[str, Any] | None, value: Any) -> Any:
    """`value` in the JSON type the contract gives `parameter` (a Parameter Object): an `int` for
    decimal digits where the schema, or one `oneOf` branch of it, is an integer (`"19816"` -> 19816;
    ETNA's `userId` is an integer or `@me`); else `value` unchanged. Generated clients take integer
    parameters as ints, and schemathesis counts a dictionary entry of another type as invalid data.
    """
    schema = (parameter or {}).get("schema", {})
    numeric = "integer" in {branch.get("type") for branch in [schema, *schema.get("oneOf", [])]}
    text = str(value)
    return int(text) if numeric and text.lstrip("-").isdigit() else value
