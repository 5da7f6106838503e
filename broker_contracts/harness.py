"""How the conformance harness (`conformance/`) is started: its own pytest session, in a child process.

`make conformance`, `make mutation` and `make bench-scale` each run the harness as
`python -m pytest conformance` with the command and environment built here, so that they load the
same plugins the same way.

Plugins are named rather than auto-loaded (`PYTEST_DISABLE_PLUGIN_AUTOLOAD=1`, then
`-p schemathesis.pytest.plugin`): pytest rewrites the assertions of every module of every
distribution that declares a `pytest11` entry point, which for hypothesis and schemathesis is some
370 modules. Where bytecode is not written (`PYTHONDONTWRITEBYTECODE`, common in containers and CI)
that rewrite is redone by every session: a one-broker session of a few cases took 3.6 s with it and
2.2 to 2.7 s without (docs/speed.md). Naming the plugin marks that one module only. The harness
needs nothing else: the xdist and hypothesis plugins, named in pyproject.toml, serve the test suite.

pytest's own `unraisableexception` plugin is turned off (`-p no:unraisableexception`): at the end of
a session it runs the garbage collector five times over everything hypothesis and schemathesis
built, 0.3 to 0.5 s of a one-broker session's 1.9 s, only to turn exceptions raised in finalizers
into warnings, which fail nothing here (no `-W error`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

# The plugins the harness loads; nothing else is (see the module docstring).
HARNESS_PLUGINS = ("schemathesis.pytest.plugin",)
# pytest's built-in plugins the harness turns off (see the module docstring).
HARNESS_DISABLED = ("unraisableexception",)


def harness_command(junit: Path, *extra: str) -> list[str]:
    """`python -m pytest conformance` in one process (no xdist), writing JUnit XML (xunit2) to `junit`."""
    plugins = [arg for name in HARNESS_PLUGINS for arg in ("-p", name)]
    plugins += [arg for name in HARNESS_DISABLED for arg in ("-p", f"no:{name}")]
    return [
        sys.executable, "-m", "pytest", "conformance", "-p", "no:cacheprovider", *plugins,
        "-n", "0",  # one session, one process: its reports and its single JUnit file
        f"--junitxml={junit}", "-o", "junit_family=xunit2", *extra,
    ]  # fmt: skip


def harness_env(**variables: str) -> dict[str, str]:
    """This process's environment plus `variables`, with pytest's plugin auto-loading turned off."""
    return {**os.environ, **variables, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
