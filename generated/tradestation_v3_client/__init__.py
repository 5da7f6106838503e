"""A client library for accessing TradeStation API v3 accounts and balances"""

from .client import AuthenticatedClient, Client
from .errors import ContractViolation

__all__ = (
    "AuthenticatedClient",
    "Client",
    "ContractViolation",
)
