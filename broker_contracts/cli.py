"""`broker-contracts`: one command for the toolchain, from any directory.

    broker-contracts <command> [options]      (broker-contracts <command> --help for each)

| command | what it runs | as `make` |
| --- | --- | --- |
| validate | every spec is valid OpenAPI 3.1, every example and current evidence payload fits | `make validate` |
| generate | bring generated/<slug>_client up to date | `make generate` |
| dist | the runtime and one wheel + sdist per client into dist/ | `make dist` |
| mock | serve brokers' mocks on 127.0.0.1 | `make mock` |
| conformance | schemathesis against the mocks, or live | `make conformance` |
| traffic | check recorded exchanges against the contracts | `make traffic` |
| proxy | the validating reverse proxy | `make proxy` |
| review | breaking-change report against a git ref | `make review` |
| upstream | reconcile a contract with the broker's published spec | `make upstream` |

Each command is the project's CLI of the same name (`scripts/<name>.py`), run with the arguments
given: the same options, reports and exit codes (0 clean, 1 findings, 2 bad input or usage). The
contracts are those of this project's checkout (`specs/`), or of another project's folder where the
command takes `--root`. The Make targets call this command.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .brokers import ROOT

SCRIPTS = ROOT / "scripts"
COMMANDS = {
    "validate": "validate.py",
    "generate": "generate.py",
    "dist": "dist.py",
    "mock": "serve_mock.py",
    "conformance": "run_conformance.py",
    "traffic": "traffic.py",
    "proxy": "proxy.py",
    "review": "review.py",
    "upstream": "upstream.py",
}


def usage() -> str:
    """The top-level help: the module docstring's synopsis and table."""
    return (__doc__ or "").split("\n\nEach command")[0].strip() + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Run `broker-contracts <command> [options]`; the command's exit status (see the module docstring)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help"):
        print(usage())
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command not in COMMANDS:
        print(f"error: unknown command {command!r}; known: {', '.join(COMMANDS)}", file=sys.stderr)
        return 2
    script = SCRIPTS / COMMANDS[command]
    saved_argv, saved_path = sys.argv, list(sys.path)
    sys.argv = [f"broker-contracts {command}", *rest]  # argparse shows it as the program's name
    sys.path.insert(0, str(SCRIPTS))  # the CLIs share scripts/_cli.py
    try:
        # As runpy.run_path(run_name="__main__") does, but leaving sys.argv[0] as set above.
        program = compile(script.read_text(encoding="utf-8"), str(script), "exec")
        exec(program, {"__name__": "__main__", "__file__": str(script), "__builtins__": __builtins__})
    except SystemExit as exit_:
        status = exit_.code
        return status if isinstance(status, int) else (0 if status is None else 1)
    finally:
        sys.argv, sys.path[:] = saved_argv, saved_path
    return 0


def entry() -> None:
    """The console script's entry point."""
    sys.exit(main())
