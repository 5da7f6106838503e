"""How a client reaches a broker's operation, read from the contract: credentials and fixed path values.

The library, the mocks and the conformance harness all need to know which credentials a broker
wants, in which header, under which environment variable, and which path values are fixed (ETNA's
API `version`). That is a fact about the API, so it lives in the contract, never in test data:

- each security scheme of the operation (its own `security`, else the document's) gives a
  `Credential`: `http` + `bearer` is sent as `Authorization: Bearer <secret>`; `apiKey` in a header
  is sent as that header, verbatim. `x-credential` on the scheme names the secret's variable suffix
  (`TOKEN` -> `<SLUG>_TOKEN`, `APP_KEY` -> `ETNA_APP_KEY`);
- a path parameter with `x-fixed-value` is sent with that value (a plain `default` would make
  openapi-python-client 0.29.1 emit an invalid signature for a first path parameter).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .brokers import Broker
from .documents import json_path, only_operation
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


def require_credentials(broker: Broker, demanded: Iterable[Credential], env: Mapping[str, str]) -> None:
    """Raise `ContractError` naming, sorted, every environment variable (`<SLUG>_<env>`) of the
    `demanded` credentials that `env` leaves unset or empty: live mode does not start without them."""
    missing = sorted(broker.env_var(c.env) for c in demanded if not env.get(broker.env_var(c.env)))
    if missing:
        raise ContractError(broker.spec_path, "", f"live mode needs the environment variable(s) {', '.join(missing)}")


def _operation(spec: dict[str, Any], where: str = "") -> dict[str, Any]:
    try:
        return only_operation(spec, "get")[0]
    except ValueError as exc:
        raise ContractError(where, "$.paths", str(exc)) from exc


def credentials(spec: dict[str, Any], where: str = "") -> tuple[Credential, ...]:
    """The credentials of the contract's operation, in the order its security requirement lists them.

    Raises `ContractError` (`where` is the spec's path, for the message) for a scheme that is not
    declared, is neither http bearer nor an apiKey in a header, or has no `x-credential`.
    """
    operation = _operation(spec, where)
    requirements = operation.get("security", spec.get("security")) or []
    schemes = spec.get("components", {}).get("securitySchemes", {})
    found: list[Credential] = []
    for requirement in requirements[:1]:  # the first alternative: our contracts list one
        for name in requirement:
            at = json_path(("components", "securitySchemes", name))
            scheme = schemes.get(name)
            if not isinstance(scheme, dict):
                raise ContractError(where, at, "security scheme is not declared")
            env = scheme.get(CREDENTIAL_KEY)
            if not isinstance(env, str) or not env.isidentifier():
                raise ContractError(where, f"{at}['{CREDENTIAL_KEY}']", "name the secret's variable suffix, e.g. TOKEN")
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                found.append(Credential(name, "bearer", "Authorization", env))
            elif scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                found.append(Credential(name, "header", str(scheme["name"]), env))
            else:
                raise ContractError(where, at, "only http bearer and apiKey-in-header schemes are supported")
    return tuple(found)


def fixed_path_values(spec: dict[str, Any]) -> dict[str, str]:
    """`{parameter name: value}` for each path parameter of the operation carrying `x-fixed-value`."""
    operation = _operation(spec)
    return {
        str(p["name"]): str(p[FIXED_VALUE_KEY])
        for p in operation.get("parameters", [])
        if isinstance(p, dict) and p.get("in") == "path" and FIXED_VALUE_KEY in p
    }
