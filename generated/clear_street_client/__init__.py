"""A client library for accessing Clear Street account balances"""

from .client import AuthenticatedClient, Client
from .errors import ContractViolation

__all__ = (
    "AuthenticatedClient",
    "Client",
    "ContractViolation",
)
