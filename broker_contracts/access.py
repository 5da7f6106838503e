"""Which credentials and fixed path values a contract asks for: the runtime's `access`, and what
live mode adds here (`require_credentials`, which names the environment variables a run lacks)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from broker_contracts_runtime.access import (
    CREDENTIAL_KEY as CREDENTIAL_KEY,
)
from broker_contracts_runtime.access import (
    FIXED_VALUE_KEY as FIXED_VALUE_KEY,
)
from broker_contracts_runtime.access import (
    Credential as Credential,
)
from broker_contracts_runtime.access import (
    credentials as credentials,
)
from broker_contracts_runtime.access import (
    fixed_path_values as fixed_path_values,
)
from broker_contracts_runtime.access import (
    typed_value as typed_value,
)

from .brokers import Broker
from .errors import ContractError


def require_credentials(broker: Broker, demanded: Iterable[Credential], env: Mapping[str, str]) -> None:
    """Raise `ContractError` naming, sorted, every environment variable (`<SLUG>_<env>`) of the
    `demanded` credentials that `env` leaves unset or empty: live mode does not start without them."""
    missing = sorted(broker.env_var(c.env) for c in demanded if not env.get(broker.env_var(c.env)))
    if missing:
        raise ContractError(broker.spec_path, "", f"live mode needs the environment variable(s) {', '.join(missing)}")
