"""One request to a broker operation through its generated client: credentials, path values,
timeouts, retries and typed errors, whatever the operation.

`prepare(broker, operation_id, base_url, credentials, path_values)` reads from the contract which
credentials the operation wants (`broker_contracts.access`), fills in its fixed path values
(ETNA's version) and every other path parameter from `path_values` or the parameter's
`x-default-value` (ETNA's `@me`), and finds the generated module of the operation.
`send`/`send_async` call it with the query arguments given and return the final 200
`httpx.Response`, retrying as `network.RetryPolicy` says and raising the typed errors of
`broker_contracts_runtime.failures` for anything else. `balances` and `accounts` are built on it.
"""

from __future__ import annotations

import importlib
import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import ModuleType
from typing import Any

import httpx

from . import access, network
from .contracts import contract
from .documents import find_operation, parameters_of
from .network import RetryPolicy

DEFAULT_VALUE_KEY = "x-default-value"


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Call:
    """One operation of one broker, ready to send: the generated package and operation module,
    secrets, and the path arguments (python names) every request of it carries."""

    broker: str
    operation_id: str
    package: ModuleType
    operation: ModuleType
    base_url: str
    token: str = field(repr=False)
    headers: dict[str, str] = field(repr=False)  # may hold secrets (ETNA's Et-App-Key)
    arguments: dict[str, Any]

    def contract(self) -> Any:
        """The generated client's `ResponseContract` of this operation (`errors.CONTRACT`)."""
        return importlib.import_module(f"{self.package.__name__}.errors").CONTRACT.operation(self.operation_id)


def operation_module(package: str, spec: dict[str, Any], operation_id: str) -> ModuleType:
    """The generated module of one operation: `<package>.api.<first tag>.<snake operationId>`, as
    openapi-python-client lays them out (`aries_client.api.balances.get_account_balances`)."""
    operation = find_operation(spec, operation_id)
    tag = snake(str((operation.data.get("tags") or ["default"])[0])).replace("-", "_").replace(" ", "_")
    return importlib.import_module(f"{package}.api.{tag}.{snake(operation_id)}")


def path_parameters(spec: dict[str, Any], operation_id: str) -> list[dict[str, Any]]:
    """The path parameters of one operation that are not fixed (`x-fixed-value`), in order."""
    fixed = access.fixed_path_values(spec, operation_id)
    operation = find_operation(spec, operation_id)
    return [dict(p) for p in parameters_of(spec, operation) if p.get("in") == "path" and p["name"] not in fixed]


def prepare(
    broker: str,
    operation_id: str,
    base_url: str,
    credentials: Mapping[str, str],
    path_values: Mapping[str, Any] | None = None,
) -> Call:
    """A `Call` of `broker`'s `operation_id` (see the module docstring).

    Raises `KeyError` naming a missing credential (`credentials` maps each `x-credential` suffix,
    `TOKEN`, `APP_KEY`, to its secret) and `ValueError` naming a path parameter that has neither a
    value in `path_values` nor an `x-default-value` in the contract.
    """
    selected = contract(broker)
    spec = selected.spec
    wanted = access.credentials(spec, f"{selected.package}/_runtime.json", operation_id)
    bearer = next(c for c in wanted if c.kind == "bearer")
    headers = {c.header: c.sent_value(credentials[c.env]) for c in wanted if c.kind != "bearer"}
    fixed = access.fixed_path_values(spec, operation_id)
    arguments: dict[str, Any] = {snake(name): value for name, value in fixed.items()}
    given = dict(path_values or {})
    for parameter in path_parameters(spec, operation_id):
        name = parameter["name"]
        if name not in given and DEFAULT_VALUE_KEY not in parameter:
            raise ValueError(f"{broker} {operation_id}: give a value for the path parameter {name!r}")
        arguments[snake(name)] = access.typed_value(parameter, given.get(name, parameter.get(DEFAULT_VALUE_KEY)))
    return Call(
        broker=broker,
        operation_id=operation_id,
        package=importlib.import_module(selected.package),
        operation=operation_module(selected.package, spec, operation_id),
        base_url=base_url,
        token=credentials[bearer.env],
        headers=headers,
        arguments=arguments,
    )


class Capture:
    """The raw `httpx.Response` of the latest attempt, caught by an httpx response event hook.

    The generated client parses the body of every documented status and raises `ContractViolation`
    when that body breaks the contract; for an error status (an HTML 503 page, say) the status, read
    from the raw response, decides the typed error instead.
    """

    def __init__(self) -> None:
        self.response: httpx.Response | None = None

    def hook(self, response: httpx.Response) -> None:
        self.response = response

    async def async_hook(self, response: httpx.Response) -> None:
        self.response = response

    def start(self) -> None:
        """Forget the previous attempt's response."""
        self.response = None

    def answered_an_error_status(self) -> bool:
        """Whether a response came with an error status, so that what the generated client raised can be
        set aside (the status decides the typed error); a 200's `ContractViolation` is the caller's to see."""
        return self.response is not None and self.response.status_code != 200

    def last(self) -> httpx.Response:
        """The latest attempt's response."""
        if self.response is None:
            raise RuntimeError("the generated client returned without sending a request")
        return self.response


@cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS context (certifi's CA bundle, or `SSL_CERT_FILE` / `SSL_CERT_DIR` as set
    at the first call), built once and shared by every client: building one takes about 20 ms of
    processor time, which each call paid when its client built its own."""
    return httpx.create_ssl_context()


def client(call: Call, timeout: httpx.Timeout, hooks: dict[str, list[Any]]) -> Any:
    return call.package.AuthenticatedClient(
        base_url=call.base_url,
        token=call.token,
        headers=dict(call.headers),  # the generated client adds Authorization to the dict it is given
        timeout=timeout,
        verify_ssl=tls_context(),
        httpx_args={"event_hooks": hooks},
    )


def send(call: Call, timeout: httpx.Timeout, retry: RetryPolicy, **query: Any) -> httpx.Response:
    """Send `call` (with the `query` arguments, python names) until its answer is final; the final
    200 response. Raises as `network.call` does."""
    capture = Capture()
    with client(call, timeout, {"response": [capture.hook]}) as session:

        def attempt() -> httpx.Response:
            capture.start()
            try:
                call.operation.sync_detailed(client=session, **call.arguments, **query)
            except httpx.HTTPError:  # transport errors and timeouts: network.call decides
                raise
            except Exception:
                if not capture.answered_an_error_status():
                    raise
            return capture.last()

        return network.call(call.broker, attempt, retry)


async def send_async(call: Call, timeout: httpx.Timeout, retry: RetryPolicy, **query: Any) -> httpx.Response:
    """`send` in asyncio: the generated client's `asyncio_detailed`, waits spent with `retry.async_sleep`."""
    capture = Capture()
    async with client(call, timeout, {"response": [capture.async_hook]}) as session:

        async def attempt() -> httpx.Response:
            capture.start()
            try:
                await call.operation.asyncio_detailed(client=session, **call.arguments, **query)
            except httpx.HTTPError:  # transport errors and timeouts: network.call_async decides
                raise
            except Exception:
                if not capture.answered_an_error_status():
                    raise
            return capture.last()

        return await network.call_async(call.broker, attempt, retry)
