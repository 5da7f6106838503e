"""Record what a client exchanges with a broker, redacted, for `make traffic` to check later.

`Recorder(path)` gives httpx event hooks that append one JSON line per exchange to `path`: method,
URL, status, the request's header names with every credential value replaced by `[REDACTED]`
(Authorization, cookies, and any header whose name says key, token or secret), the response's
content type, and its body (base64). A team passes the hooks to a generated client
(`httpx_args={"event_hooks": recorder.hooks()}`) in staging, then runs `make traffic FILE=<path>`.
Each line is written with one `write` in append mode, so a crash never leaves half an exchange.
"""

from __future__ import annotations

import base64
import json
import re
import threading
from pathlib import Path
from typing import Any

import httpx

REDACTED = "[REDACTED]"
SECRET_HEADER = re.compile(r"(?i)^(authorization|proxy-authorization|cookie|set-cookie)$|key|token|secret|password")


def redacted_headers(headers: httpx.Headers) -> dict[str, str]:
    """The headers with every credential-looking value replaced by `[REDACTED]` (names kept)."""
    return {name: REDACTED if SECRET_HEADER.search(name) else value for name, value in headers.items()}


class Recorder:
    """Appends exchanges to an NDJSON file (see the module docstring); safe to share across threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def record(self, response: httpx.Response) -> None:
        """Append one exchange; the response body must have been read."""
        line = json.dumps(
            {
                "method": response.request.method,
                "url": str(response.request.url),
                "status": response.status_code,
                "request_headers": redacted_headers(response.request.headers),
                "content_type": response.headers.get("content-type", ""),
                "body_base64": base64.b64encode(response.content).decode(),
            }
        )
        with self._lock, self.path.open("a", encoding="utf-8") as out:
            out.write(line + "\n")

    def hook(self, response: httpx.Response) -> None:
        """An httpx response event hook (sync clients)."""
        response.read()
        self.record(response)

    async def async_hook(self, response: httpx.Response) -> None:
        """An httpx response event hook (async clients)."""
        await response.aread()
        self.record(response)

    def hooks(self, asynchronous: bool = False) -> dict[str, list[Any]]:
        """`event_hooks` for `httpx.Client` (or `AsyncClient` with `asynchronous=True`)."""
        return {"response": [self.async_hook if asynchronous else self.hook]}
