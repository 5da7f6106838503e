"""The typed errors a caller of our clients catches: one family, rooted at `BrokerError`.

| error | raised when |
| --- | --- |
| `ContractViolation` (a `ValueError`) | a response breaks the contract: a required field missing, a wrong |
| | type, an unparseable decimal or date, a non-JSON body where JSON is documented |
| `AuthenticationFailed` | 401 or 403: the credentials were refused |
| `AccountNotFound` | 404: the broker does not know the account |
| `RateLimited` | 429, still, after the retries; `retry_after` in seconds when the broker said |
| `BrokerUnavailable` | 5xx or a timeout / connection error, still, after the retries |

Every error carries the broker's slug, the HTTP status (None when no response came), the broker's
request id where it sends one (Clear Street's `metadata.request_id`), and the body with anything
that looks like a credential redacted (`redacted_body`). `ContractViolation` keeps the raw body too
(`body`): the evidence a report about the broker's drift needs.
"""

from __future__ import annotations

import re

from .errors import BrokerContractsError

REDACTED = "[REDACTED]"
_BEARER = re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+")
_SECRETS = re.compile(
    r'(?i)("?(?:access[-_]?token|refresh[-_]?token|token|api[-_]?key|app[-_]?key|secret|password)"?\s*[:=]\s*)'
    r'("[^"]*"|[^\s,}&]+)'
)


def redact(text: str, limit: int = 2000) -> str:
    """`text` with credential-looking values masked (`Bearer <token>`, `"token": "..."`, `Et-App-Key: ...`),
    cut to `limit` characters."""
    text = _BEARER.sub(lambda m: f"{m.group(1)} {REDACTED}", text)
    text = _SECRETS.sub(lambda m: m.group(1) + (f'"{REDACTED}"' if m.group(2).startswith('"') else REDACTED), text)
    return text if len(text) <= limit else text[:limit] + "…"


class BrokerError(BrokerContractsError):
    """A broker call failed in a way the caller may handle: `broker`, `status`, `request_id`, `redacted_body`."""

    def __init__(
        self, broker: str, status: int | None, message: str, *, body: bytes = b"", request_id: str | None = None
    ) -> None:
        self.broker = broker
        self.status = status
        self.request_id = request_id
        self.redacted_body = redact(body.decode("utf-8", errors="replace"))
        where = f"HTTP {status}" if status is not None else "no response"
        suffix = f" (request id {request_id})" if request_id else ""
        super().__init__(f"{broker}: {where}: {message}{suffix}")


class ContractViolation(BrokerError, ValueError):
    """A response broke the contract. `pointer` (RFC 6901, `""` for the whole body) names the place,
    `expected` what the contract says, `got` what came; `operation` is the operationId; `body` the raw bytes.
    """

    def __init__(
        self,
        broker: str,
        operation: str,
        status: int,
        pointer: str,
        expected: str,
        got: str,
        body: bytes,
        request_id: str | None = None,
    ) -> None:
        self.operation, self.pointer, self.expected, self.got, self.body = operation, pointer, expected, got, body
        message = f"{operation}: contract violated at {pointer or '/'}: expected {expected}, got {got}"
        super().__init__(broker, status, message, body=body, request_id=request_id)


class AuthenticationFailed(BrokerError):
    """401 or 403: the broker refused the credentials (or the account is not theirs to read)."""


class AccountNotFound(BrokerError):
    """404: the broker does not know the account."""


class AccountRefused(BrokerError):
    """A 200 that lists the account among those it could not answer, in place of its figures
    (TradeStation v3's partial success: an `Errors` entry such as `Forbidden`, "Invalid Account ID.").
    `error` is the broker's error title and `error_message` its text, as sent (None when absent)."""

    def __init__(
        self,
        broker: str,
        error: str | None,
        error_message: str | None,
        *,
        body: bytes = b"",
        request_id: str | None = None,
    ) -> None:
        self.error, self.error_message = error, error_message
        said = ": ".join(str(part) for part in (error, error_message) if part) or "no reason given"
        super().__init__(broker, 200, f"the account was refused ({said})", body=body, request_id=request_id)


class RateLimited(BrokerError):
    """429 after every retry; `retry_after` is the wait the broker asked for, in seconds (None if it did not say)."""

    def __init__(
        self,
        broker: str,
        status: int | None,
        message: str,
        *,
        retry_after: float | None = None,
        body: bytes = b"",
        request_id: str | None = None,
    ) -> None:
        self.retry_after = retry_after
        super().__init__(broker, status, message, body=body, request_id=request_id)


class BrokerUnavailable(BrokerError):
    """5xx, a timeout or a connection error after every retry; `status` is None when no response came."""
