"""What the schemathesis harness (`conformance/test_conformance.py`) needs per broker.

A `Target` is one broker's contract bound to where it is checked: in-process against the faithful
mock (default) or, in live mode, against `BASE_URL` with credentials from the environment. Both
modes run the same test, the same checks and the same configuration
(`conformance/schemathesis.toml`), plus per broker:

- a dictionary of account ids (the mock's documented accounts, or `<SLUG>_ACCOUNT_ID` in live mode)
  bound to the account path parameter, so that generated cases hit known accounts often instead of
  by luck (schemathesis' own random strings almost never name a real account);
- `configured_credentials_accepted`, the pytest counterpart of the CLI's `missing_auth` warning made
  fatal: a 401 to a request carrying the configured credentials fails the case.

Live mode reads secrets only from the environment (`<SLUG>_TOKEN`, ...; names from each security
scheme's `x-credential` in the contract) and never prints them. Against a host that is not loopback
(127.0.0.0/8, ::1, localhost) a run sends GET requests only: it refuses a spec with another method,
turns off schemathesis' unexpected-method cases (the coverage phase otherwise sends one PUT, POST,
DELETE, PATCH, OPTIONS, TRACE and QUERY each) and the `unsupported_method` check, and the harness
asserts the method of every call (`Target.require_safe`).
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import hypothesis
import schemathesis
from broker_contracts_runtime.network import is_loopback
from schemathesis import BaseSchema, Case, CheckContext, Response
from schemathesis.core.result import Err
from starlette.applications import Starlette

from .access import require_credentials, typed_value
from .brokers import ROOT, Broker
from .documents import operations, path_parameter
from .errors import ContractError
from .mock import Behaviour, OperationBehaviour, create_app, load_behaviour
from .mutants import applicable, label, mutate
from .reports import checks_in
from .validate import load_spec

CONFIG_PATH = ROOT / "conformance" / "schemathesis.toml"
ACCOUNT_DICTIONARY = "accounts"
# Share of generated cases whose account id is drawn from the known accounts.
ACCOUNT_PROBABILITY = 0.5


SAFE_METHODS = frozenset({"GET"})
# The stateful (links) test: scenarios, and calls per scenario (list, then balances, and so on).
STATEFUL_EXAMPLES = 10
STATEFUL_STEPS = 3


def refuse_unsafe_operations(broker: Broker, spec: dict[str, Any]) -> None:
    """Raise `ContractError` listing every operation whose method is not GET (live, non-loopback)."""
    unsafe = [f"{o.method} {o.path}" for o in operations(spec) if o.method not in SAFE_METHODS]
    if unsafe:
        raise ContractError(
            broker.spec_path, "$.paths", f"live mode against a remote host sends GET only; refusing {', '.join(unsafe)}"
        )


class SecretHeaders(dict[str, str]):
    """Credential headers whose repr names the headers but never shows a value.

    pytest prints the arguments of every frame in a failure's traceback and the repr of fixtures;
    a plain dict of headers would put live secrets into logs and JUnit reports.
    """

    def __repr__(self) -> str:
        return "SecretHeaders(" + ", ".join(f"{name}=<redacted>" for name in self) + ")"

    __str__ = __repr__

    def without(self, name: str) -> SecretHeaders:
        """A copy without header `name`."""
        return SecretHeaders({k: v for k, v in self.items() if k != name})

    def replacing(self, name: str, value: str) -> SecretHeaders:
        """A copy with header `name` set to `value`."""
        return SecretHeaders({**self, name: value})


@dataclass
class Target:
    """One broker's contract and where it is checked.

    `behaviour` is the documented behaviour (what the server must do), even when `app` serves a
    mutant. `headers` are the credential headers every case sends (secrets included: never print them);
    `secrets` lists the secret values alone, for redaction checks. `app` is the in-process ASGI
    mock, or None in live mode, where `base_url` is set.
    """

    broker: Broker
    schema: BaseSchema = field(repr=False)
    headers: SecretHeaders = field(repr=False)
    behaviour: Behaviour = field(repr=False)
    accounts: list[str | int] = field(repr=False)
    secrets: list[str] = field(default_factory=list, repr=False)
    app: Starlette | None = None
    base_url: str | None = None

    @property
    def has_links(self) -> bool:
        """Whether any response of the contract has OpenAPI links (the stateful test follows them)."""
        return any(
            isinstance(response, dict) and response.get("links")
            for operation in operations(self.schema.raw_schema)
            for response in (operation.data.get("responses") or {}).values()
        )

    def stateful_settings(self) -> hypothesis.settings:
        """Hypothesis settings of the stateful (links) test: deterministic (`derandomize`, no example
        database), at most `STATEFUL_EXAMPLES` scenarios of at most `STATEFUL_STEPS` calls each."""
        return hypothesis.settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            derandomize=True,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )

    @property
    def remote(self) -> bool:
        """Whether requests leave this machine (live mode against a non-loopback host)."""
        return self.base_url is not None and not is_loopback(self.base_url)

    def require_safe(self, method: str) -> None:
        """Raise `RuntimeError` before a request with a method other than GET goes to a remote host."""
        if self.remote and method.upper() not in SAFE_METHODS:
            raise RuntimeError(f"refusing to send {method.upper()} to {self.base_url}: live mode sends GET only")

    def sample_cases(self) -> list[tuple[OperationBehaviour, Case[Any]]]:
        """A well-formed request for every operation, with its behaviour: a known account (or the
        spec's example) for an account parameter, the spec's example for any other path parameter.

        Raises the schema's own error if schemathesis could not load an operation.
        """
        found = []
        for result in self.schema.get_all_operations():
            if isinstance(result, Err):
                raise result.err()
            operation = result.ok()
            behaviour = self.behaviour.operation(str(operation.definition.raw["operationId"]))
            values: dict[str, Any] = dict(behaviour.path_values)
            for parameter in operation.path_parameters:
                if parameter.name in values:
                    continue
                known = parameter.name == behaviour.account_parameter and self.accounts
                values[parameter.name] = self.accounts[0] if known else parameter.definition["example"]
            found.append((behaviour, operation.Case(path_parameters=values)))
        return found


@dataclass
class Mutant:
    """A mutant of a broker's mock that a mutation run serves beside the faithful one.

    Each case the conformance test generates for the faithful mock goes to every mutant too, so a
    broker's cases are generated once, not once per mutant (the mutants' own runs would generate
    the same sequence up to their first failure: the seed is fixed and every target draws its
    cases independently). As a run against the mutant alone would, each test stops at the
    mutant's first failure: `caught` maps a test's name to the checks that failure cites. A mutant
    changes one operation, so the API test sends it that operation's cases only (the others would
    be answered as by the faithful mock).
    """

    label: str  # `<slug>~<mutant name>@<operationId>`
    app: Starlette = field(repr=False)
    operation: str = ""  # the operationId it breaks: the API test sends it that operation's cases only
    caught: dict[str, set[str]] = field(default_factory=dict)

    def attempt(self, test: str, send: Callable[[Starlette], object]) -> None:
        """Run `send(app)` unless `test` has already failed for this mutant; a failure (a
        schemathesis `FailureGroup`, an `AssertionError` or any other error) is recorded, not raised."""
        if test in self.caught:
            return
        try:
            send(self.app)
        except (Exception, BaseExceptionGroup) as exc:  # FailureGroup is a BaseExceptionGroup
            self.caught[test] = checks_in(f"{type(exc).__name__}: {exc}")


def mutants_of(broker: Broker) -> list[Mutant]:
    """Every (operation, mutant) pair of `mutants.MUTANTS` that changes `broker`'s documented
    behaviour, served in-process, labelled `<slug>~<mutant>@<operationId>`."""
    behaviour, spec = load_behaviour(broker), load_spec(broker.spec_path)
    found = []
    for operation_id, name in applicable(behaviour, spec):
        mutant = label(operation_id, name)
        found.append(
            Mutant(f"{broker.slug}~{mutant}", create_app(mutate(behaviour, spec, mutant)), operation=operation_id)
        )
    return found


def credential_headers(
    broker: Broker, behaviour: Behaviour, env: Mapping[str, str] | None
) -> tuple[SecretHeaders, list[str]]:
    """The headers carrying each credential, and the secrets alone.

    With `env` None (in-process), each credential's accepted mock value is used; otherwise the value
    of `<SLUG>_<credential.env>` in `env`. Raises `ContractError` naming every variable that is unset.
    """
    if env is not None:
        require_credentials(broker, behaviour.credentials, env)
    headers = SecretHeaders()
    secrets: list[str] = []
    for credential in behaviour.credentials:
        secret = credential.accepted if env is None else env[broker.env_var(credential.env)]
        headers[credential.header] = credential.sent_value(secret)
        secrets.append(secret)
    return headers, secrets


def account_ids(broker: Broker, behaviour: Behaviour, env: Mapping[str, str] | None) -> list[str]:
    """Known account ids: the mock's documented accounts, or `<SLUG>_ACCOUNT_ID` (comma-separated) live.

    Where one request may name several accounts (`account_list`), all of them joined is one more
    value, so multi-account requests are exercised too.
    """
    if env is None:
        known = list(behaviour.account_ids)
    else:
        known = [a.strip() for a in env.get(broker.env_var("ACCOUNT_ID"), "").split(",") if a.strip()]
    listing = next((o.account_list for o in behaviour.operations.values() if o.account_list), None)
    if listing and len(known) > 1:
        known.append(listing.separator.join(known[: listing.max]))
    return known


def account_parameters(behaviour: Behaviour) -> list[str]:
    """The names of the account path parameters of every account operation, each once."""
    return list(dict.fromkeys(o.account_parameter for o in behaviour.operations.values() if o.account_parameter))


def typed_account_ids(spec: dict[str, Any], parameter: str, accounts: list[str]) -> list[str | int]:
    """`accounts` in the JSON type the spec gives the account path parameter (ints for `integer`).

    Schemathesis treats a dictionary entry whose type differs from the parameter's schema as
    invalid data, so `"19816"` must become `19816` for an integer id.
    """
    declared = path_parameter(spec, parameter)
    return [typed_value(declared, account) for account in accounts]


def known_path_values(
    broker: Broker, behaviour: Behaviour, spec: dict[str, Any], env: Mapping[str, str] | None
) -> dict[str, list[str | int]]:
    """Known values of the other path parameters the mock checks (TradeStation's `user_id`, ETNA's
    `userId`): the values the behaviour file accepts, or, live, `<SLUG>_<NAME>` (comma-separated,
    e.g. `TRADESTATION_USER_ID`) else the parameter's `example` in the contract (ETNA's `@me`).
    Each in the JSON type the contract gives the parameter."""
    found: dict[str, list[str | int]] = {}
    for operation in behaviour.operations.values():
        for name, rule in operation.path.items():
            variable = broker.env_var(re.sub(r"[^A-Za-z0-9]", "_", name).upper())
            if env is None:
                values = list(rule.values or ())
            elif env.get(variable):
                values = [v.strip() for v in env[variable].split(",") if v.strip()]
            else:
                example = (path_parameter(spec, name) or {}).get("example")
                values = [str(example)] if example is not None else []
            if values:
                found[name] = typed_account_ids(spec, name, values)
    return found


def run_config(
    behaviour: Behaviour,
    accounts: list[str | int],
    base_url: str | None,
    max_examples: int | None = None,
    path_values: Mapping[str, list[str | int]] | None = None,
) -> schemathesis.Config:
    """The shared `schemathesis.toml` plus this broker's parameters, redaction and base URL.

    Per broker: the account-id dictionary bound to every account path parameter, and one
    dictionary per other known path parameter (`path_values`, see `known_path_values`); the fixed path
    values of the behaviour file (ETNA's version `1.0`: a deployment serves one version, and no
    source documents what another version's URL returns); every credential header added to the
    keys that reports redact (schemathesis' own list kept); in live mode, the base URL.
    `max_examples` overrides the fuzzing budget (mutation runs and quick checks use fewer).
    """
    data: dict[str, Any] = tomllib.loads(CONFIG_PATH.read_text(encoding="utf-8"))
    if max_examples is not None:
        data["generation"]["max-examples"] = max_examples
        for block in data.get("operations", []):  # a smaller budget applies to every operation
            generation = block.get("generation", {})
            if "max-examples" in generation:
                generation["max-examples"] = min(generation["max-examples"], max_examples)
    parameters: dict[str, Any] = {f"path.{name}": value for name, value in behaviour.path_values.items()}
    dictionaries: dict[str, Any] = {}
    if accounts:
        dictionaries[ACCOUNT_DICTIONARY] = {"values": accounts}
        binding = {"dictionary": ACCOUNT_DICTIONARY, "probability": ACCOUNT_PROBABILITY}
        for name in account_parameters(behaviour):
            parameters[f"path.{name}"] = binding
    for name, values in (path_values or {}).items():
        dictionaries[f"path-{name}"] = {"values": values}
        parameters[f"path.{name}"] = {"dictionary": f"path-{name}", "probability": ACCOUNT_PROBABILITY}
    if dictionaries:
        data["dictionaries"] = dictionaries
    data["parameters"] = parameters
    if base_url:
        data["base-url"] = base_url
    if base_url and not is_loopback(base_url):
        data.setdefault("phases", {}).setdefault("coverage", {})["unexpected-methods"] = []
        data.setdefault("checks", {})["unsupported_method"] = {"enabled": False}
    config = schemathesis.Config.from_dict(data)
    sanitization = config.output.sanitization
    headers = tuple(c.header.lower() for c in behaviour.credentials)
    sanitization.keys_to_sanitize = tuple(dict.fromkeys(sanitization.keys_to_sanitize + headers))
    return config


def build_target(
    broker: Broker,
    base_url: str | None = None,
    env: Mapping[str, str] | None = None,
    mutant: str | None = None,
    max_examples: int | None = None,
) -> Target:
    """Bind `broker`'s spec to its mock (no `base_url`) or to a live server at `base_url`.

    Live mode reads credentials from `env` (default: `os.environ`). `mutant` names an entry of
    `mutants.MUTANTS` (`<name>` or `<name>@<operationId>`, see `mutants.mutate`) to serve instead of
    the faithful mock (in-process only); `max_examples` overrides the fuzzing budget of
    `conformance/schemathesis.toml`. Raises
    `ContractError` for an invalid behaviour file, missing live credentials or an unknown mutant.
    """
    behaviour = load_behaviour(broker)
    served = behaviour
    if mutant:
        if base_url:
            raise ContractError(broker.spec_path, "", "a mutant is served in-process; do not set BASE_URL with MUTANT")
        try:
            served = mutate(behaviour, load_spec(broker.spec_path), mutant)
        except KeyError as exc:
            raise ContractError(broker.fixtures_dir / "behaviour.yaml", "", str(exc.args[0])) from exc
    live_env = (os.environ if env is None else env) if base_url else None
    headers, secrets = credential_headers(broker, behaviour, live_env)
    spec = load_spec(broker.spec_path)
    if base_url and not is_loopback(base_url):
        refuse_unsafe_operations(broker, spec)
    parameter = next(iter(account_parameters(behaviour)), "")
    accounts = typed_account_ids(spec, parameter, account_ids(broker, behaviour, live_env))
    config = run_config(
        behaviour, accounts, base_url, max_examples, known_path_values(broker, behaviour, spec, live_env)
    )
    schema = schemathesis.openapi.from_path(broker.spec_path, config=config)
    if base_url:
        return Target(broker, schema, headers, behaviour, accounts, secrets, base_url=base_url)
    app = create_app(served)
    schema.app = app
    return Target(broker, schema, headers, behaviour, accounts, secrets, app=app)


def configured_credentials_accepted(headers: dict[str, str]) -> Any:
    """A schemathesis check: fail when a request that carried all of `headers` got 401.

    This is what schemathesis' CLI reports as the `missing_auth` warning; here it fails the case,
    because a conformance run whose every request is rejected proves nothing about the contract.
    """

    def check(ctx: CheckContext, response: Response, case: Case[Any]) -> bool | None:
        sent = response.request.headers
        if response.status_code == 401 and all(sent.get(name) == value for name, value in headers.items()):
            raise AssertionError(
                "missing_auth: the API answered 401 to a request carrying the configured credentials "
                f"({', '.join(headers)}); check the credentials given to this run"
            )
        return None

    check.__name__ = "configured_credentials_accepted"
    return check
