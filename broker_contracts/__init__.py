"""broker-contracts: hand-written OpenAPI contracts for brokerage APIs, and the tools that prove them.

Modules, each one job:

- `brokers`: discovers brokers from `specs/` (no list of brokers lives in code).
- `documents`: loads YAML and JSON files with errors that name the file and the place.
- `validate`: spec validity plus every example checked against its schema.
- `generate`: typed clients with openapi-python-client, atomically, and the drift check.
- `mock`: one Starlette app that replays a broker's documented behaviour from data.
- `conformance`: credentials, account-id strategies and extra checks for the schemathesis harness.
"""
