"""A client library for accessing ETNA Trader account balance info"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
