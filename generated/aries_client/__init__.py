"""A client library for accessing Aries account balances"""

from .client import AuthenticatedClient, Client
from .errors import ContractViolation

__all__ = (
    "AuthenticatedClient",
    "Client",
    "ContractViolation",
)
