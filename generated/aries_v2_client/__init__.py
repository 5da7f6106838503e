"""A client library for accessing Aries accounts and balances, API v2"""

from .client import AuthenticatedClient, Client
from .errors import ContractViolation

__all__ = (
    "AuthenticatedClient",
    "Client",
    "ContractViolation",
)
