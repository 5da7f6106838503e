"""A client library for accessing TradeStation WebAPI account balances"""

from .client import AuthenticatedClient, Client
from .errors import ContractViolation

__all__ = (
    "AuthenticatedClient",
    "Client",
    "ContractViolation",
)
