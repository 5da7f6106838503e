"""Broken variants of a faithful mock, each one change away from it, that conformance must catch.

A mutant is a function `Behaviour -> Behaviour`; it works on any broker's behaviour data, so the
catalogue is shared by every broker. A mutant that does not apply to a broker (no envelope to
strip, no decimal string to turn into a number) returns the behaviour unchanged, and is skipped for
it. Select one for a conformance run with `MUTANT=<name>`.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from typing import Any

from .mock import Behaviour, Reply

DECIMAL = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


def ignores_credentials(behaviour: Behaviour) -> Behaviour:
    """The server checks no credential: no token (or any token) gets the documented payload."""
    return dataclasses.replace(behaviour, credentials=())


def ignores_app_key(behaviour: Behaviour) -> Behaviour:
    """The server checks the bearer token but no other credential (ETNA without `Et-App-Key`)."""
    return dataclasses.replace(behaviour, credentials=tuple(c for c in behaviour.credentials if c.kind == "bearer"))


def accepts_any_credential(behaviour: Behaviour) -> Behaviour:
    """The server demands each credential but accepts any value for it."""
    loose = tuple(dataclasses.replace(c, check_value=False) for c in behaviour.credentials)
    return dataclasses.replace(behaviour, credentials=loose)


def _swap_first_amount_type(node: Any) -> tuple[Any, bool]:
    """Turn the first amount into the other JSON type: decimal string -> number, number -> string.

    Integers are counts (`pendingOrdersCount`), not amounts, and are left alone; so are booleans.
    """
    if isinstance(node, dict):
        out = dict(node)
        for key, value in node.items():
            out[key], done = _swap_first_amount_type(value)
            if done:
                return out, True
        return node, False
    if isinstance(node, list):
        items = list(node)
        for i, value in enumerate(node):
            items[i], done = _swap_first_amount_type(value)
            if done:
                return items, True
        return node, False
    if isinstance(node, str) and DECIMAL.match(node):
        return float(node), True
    if isinstance(node, float):
        return repr(node), True
    return node, False


def amount_wrong_type(behaviour: Behaviour) -> Behaviour:
    """Every 2xx payload sends its first amount in the other JSON type (decimal string <-> number)."""
    return _map_2xx(behaviour, lambda body: _swap_first_amount_type(body)[0])


def _map_2xx(behaviour: Behaviour, change: Callable[[Any], Any]) -> Behaviour:
    def mutate(reply: Reply) -> Reply:
        if not 200 <= reply.status < 300:
            return reply
        before = json.loads(reply.body)
        after = change(before)
        return reply if after == before else dataclasses.replace(reply, body=json.dumps(after).encode())

    return dataclasses.replace(behaviour, accounts={k: mutate(v) for k, v in behaviour.accounts.items()})


def without_envelope(behaviour: Behaviour) -> Behaviour:
    """Every 2xx payload wrapped as `{"data": ..., ...}` is sent as the bare `data` object."""
    return _map_2xx(behaviour, lambda body: body["data"] if isinstance(body, dict) and "data" in body else body)


def _with_us_field(item: Any) -> Any:
    if isinstance(item, dict) and "Id" in item and "Key" not in item:
        return {**item, "BODEquity": 0.0}
    return item


def mixes_account_shapes(behaviour: Behaviour) -> Behaviour:
    """Japanese-shaped accounts (`Id`, no `Key`) also carry the US-shape field `BODEquity`.

    TradeStation's case: its Japanese Account shape is closed, so this must fail the contract.
    """
    return _map_2xx(
        behaviour, lambda body: [_with_us_field(i) for i in body] if isinstance(body, list) else _with_us_field(body)
    )


MUTANTS: dict[str, Callable[[Behaviour], Behaviour]] = {
    "ignores_credentials": ignores_credentials,
    "accepts_any_credential": accepts_any_credential,
    "ignores_app_key": ignores_app_key,
    "amount_wrong_type": amount_wrong_type,
    "without_envelope": without_envelope,
    "mixes_account_shapes": mixes_account_shapes,
}
