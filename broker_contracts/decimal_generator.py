"""openapi-python-client 0.29.1 with money as `decimal.Decimal` and drift as one typed error: a guarded extension.

Why it exists: brokers send amounts as decimal strings (Aries, Clear Street) or as long-precision
JSON numbers (TradeStation `19638.14545186560000000000`, ETNA `-0.05700775140829844330933239`).
The stock generator types decimal strings as `str` and numbers as `float`, and parses bodies with
`response.json()`, so digits are lost before a user sees them. No maintained Python generator
offers Decimal money or typed contract errors, so this module extends the pinned one in four places:

1. `type: string, format: decimal` -> `DecimalStringProperty`: Python type `Decimal`, read with
   `Decimal(text)`, written back by `to_dict()` as `format(value, "f")`: the same text (`str()`
   would turn `"0.0000000"` into `"0E-7"`).
2. `type: number` -> `DecimalNumberProperty` (replaces `FloatProperty`): Python type `Decimal`,
   read with `Decimal(str(value))` from the `Decimal` or `int` the parser produced. Integers
   (`type: integer`, counts) stay `int`.
3. JSON bodies are read with `errors.CONTRACT.json(response, OPERATION)` (the generator's
   `JSON_SOURCE`; `OPERATION` is the endpoint module's operation):
   parsed with `parse_float=Decimal`, so no fraction ever becomes a float, and checked against the
   contract (broker_contracts_runtime.drift); every endpoint module imports `json` and `Decimal` (ruff's
   F401 fix removes them where unused).
4. Drift raises one typed error: `_parse_response` runs inside `errors.CONTRACT.guard(response, OPERATION)`,
   so a builtin exception from generated parsing becomes `ContractViolation`; `errors.py` loads the
   client's `_contract.json` (written by `broker_contracts.generate`) and exports
   `ContractViolation`, re-exported by the package.

Each patch point is checked before it is changed; if an upgrade of the generator moves one,
`ExtensionError` names it and generation stops (`tests/test_decimal_money.py` also fails).

Run it like the generator: `python -m broker_contracts.decimal_generator generate --path ...`.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import openapi_python_client
from jinja2 import BaseLoader, ChoiceLoader, Environment, FileSystemLoader
from openapi_python_client import Project
from openapi_python_client.parser import properties, responses
from openapi_python_client.parser.properties.float import FloatProperty
from openapi_python_client.parser.properties.string import StringProperty
from openapi_python_client.strings import PythonIdentifier

from .errors import BrokerContractsError

PINNED_VERSION = "0.29.1"
TEMPLATES = Path(__file__).parent / "generator_templates"
JSON_ATTRIBUTE = "errors.CONTRACT.json(response, OPERATION)"
ENDPOINT_TEMPLATE = "endpoint_module.py.jinja"
ENDPOINT_IMPORT_ANCHOR = "from http import HTTPStatus\n"
ENDPOINT_IMPORTS = "import json\nfrom decimal import Decimal\n"
PARSE_ANCHOR = (
    "\ndef _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> {{return_type}}:\n"
)
PARSE_GUARDED = """
OPERATION = "{{ endpoint.name }}"
\"\"\"The operation of this module in the client's contract (errors.CONTRACT).\"\"\"


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> {{return_type}}:
    with errors.CONTRACT.guard(response, OPERATION):
        return _parse_response_unchecked(client=client, response=response)


def _parse_response_unchecked(*, client: AuthenticatedClient | Client, response: httpx.Response) -> {{return_type}}:
"""
ERRORS_TEMPLATE = "errors.py.jinja"
ERRORS_ANCHOR = '__all__ = ["UnexpectedStatus"]'
ERRORS_CONTRACT = """from pathlib import Path

from broker_contracts_runtime.drift import ClientContract
from broker_contracts_runtime.failures import ContractViolation

CONTRACT = ClientContract.load(Path(__file__).with_name("_contract.json"))
\"\"\"The response schemas of every operation this client was generated from (broker_contracts_runtime.drift).\"\"\"

__all__ = ["CONTRACT", "ContractViolation", "UnexpectedStatus"]"""
INIT_TEMPLATE = "package_init.py.jinja"
INIT_ANCHOR = "from .client import AuthenticatedClient, Client\n"
INIT_EXPORT = "from .errors import ContractViolation\n"
INIT_ALL_ANCHOR = '    "Client",\n'


class ExtensionError(BrokerContractsError, RuntimeError):
    """The pinned generator no longer looks the way this extension was written for."""


class DecimalNumberProperty(FloatProperty):
    """`type: number` as `decimal.Decimal` (JSON type after `to_dict()`: `Decimal`)."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "Decimal"
    template: ClassVar[str] = "decimal_number_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        """The generator's imports for a number, plus `Decimal`."""
        return super().get_imports(prefix=prefix) | {"from decimal import Decimal"}


class DecimalStringProperty(StringProperty):
    """`type: string, format: decimal` as `decimal.Decimal` (JSON type after `to_dict()`: `str`)."""

    _type_string: ClassVar[str] = "Decimal"
    _json_type_string: ClassVar[str] = "str"
    template: ClassVar[str] = "decimal_string_property.py.jinja"

    def get_imports(self, *, prefix: str) -> set[str]:
        """The generator's imports for a string, plus `Decimal`."""
        return super().get_imports(prefix=prefix) | {"from decimal import Decimal"}


def _require(condition: bool, what: str) -> None:
    if not condition:
        raise ExtensionError(
            f"openapi-python-client {openapi_python_client.__version__} changed: {what}. "
            f"broker_contracts.decimal_generator was written for {PINNED_VERSION}; update it before upgrading."
        )


class _PatchedEndpointLoader(BaseLoader):
    """Serves the generator's templates, patched: every endpoint module imports `json` and `Decimal` and
    parses through `errors.CONTRACT.guard`; `errors.py` loads the client's `_contract.json` and exports
    `ContractViolation`, which the package's `__init__` re-exports."""

    def __init__(self, inner: BaseLoader) -> None:
        self.inner = inner

    def get_source(self, environment: Environment, template: str) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = self.inner.get_source(environment, template)
        for name, anchor, replacement in PATCHES:
            if template == name:
                _require(source.count(anchor) == 1, f"{template} has no single {anchor!r}")
                source = source.replace(anchor, replacement)
        return source, filename, uptodate


PATCHES = (
    (ENDPOINT_TEMPLATE, ENDPOINT_IMPORT_ANCHOR, ENDPOINT_IMPORTS + ENDPOINT_IMPORT_ANCHOR),
    (ENDPOINT_TEMPLATE, PARSE_ANCHOR, PARSE_GUARDED),
    (ERRORS_TEMPLATE, ERRORS_ANCHOR, ERRORS_CONTRACT),
    (INIT_TEMPLATE, INIT_ANCHOR, INIT_ANCHOR + INIT_EXPORT),
    (INIT_TEMPLATE, INIT_ALL_ANCHOR, INIT_ALL_ANCHOR + '    "ContractViolation",\n'),
)


def install() -> None:
    """Apply the four changes to the imported generator (idempotent). Raises `ExtensionError`."""
    _require(openapi_python_client.__version__ == PINNED_VERSION, f"version is not {PINNED_VERSION}")
    if getattr(properties, "_broker_contracts_decimal", False):
        return
    builder = inspect.getsource(properties.property_from_data)
    _require("FloatProperty.build(" in builder, "property_from_data no longer builds FloatProperty")
    _require("_string_based_property(" in builder, "property_from_data no longer calls _string_based_property")
    _require(responses.JSON_SOURCE.get("attribute") == "response.json()", "JSON_SOURCE is not response.json()")
    _require(hasattr(Project, "__init__") and "self.env" in inspect.getsource(Project.__init__), "Project.env moved")

    properties.FloatProperty = DecimalNumberProperty  # type: ignore[attr-defined]
    string_based = properties._string_based_property

    def decimal_aware(name: Any, required: bool, data: Any, config: Any) -> Any:
        if data.schema_format == "decimal":
            return DecimalStringProperty.build(
                name=name,
                default=data.default,
                required=required,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
            )
        return string_based(name=name, required=required, data=data, config=config)

    properties._string_based_property = decimal_aware
    responses.JSON_SOURCE["attribute"] = JSON_ATTRIBUTE
    project_init = Project.__init__

    def init(self: Project, *args: Any, **kwargs: Any) -> None:
        project_init(self, *args, **kwargs)
        assert self.env.loader is not None
        self.env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES)), _PatchedEndpointLoader(self.env.loader)])

    Project.__init__ = init  # type: ignore[method-assign]
    properties._broker_contracts_decimal = True  # type: ignore[attr-defined]


def main() -> None:
    """`openapi-python-client` with the extension installed; same arguments and exit status."""
    try:
        install()
    except ExtensionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(3)
    from openapi_python_client.cli import app

    app()


if __name__ == "__main__":
    main()
