# hiramu: spec/ -> generator/ -> generated/ -> tests/
# Every target builds and reuses a local virtualenv (.venv) with the pinned tools from pyproject.toml.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC := spec/ollama.yaml
OUT := generated
# Lint and type-check these hand-written trees (generated/ is checked by mypy only).
SRC := src generator tests $(wildcard examples bench docs)

.PHONY: golden all venv docs generate check-generated lint format typecheck test test-fast test-fast-stack test-httpx demo fuzz bench server clean

all: test

# The first run installs about a hundred packages: say so, count them, and show one line per package
# instead of pip's silence (--quiet) or its several hundred lines of download detail.
$(STAMP): pyproject.toml
	@echo "creating $(VENV) with $$($(PYTHON) --version)"
	@$(PYTHON) -m venv $(VENV)
	@echo "upgrading pip (>= 25.1 reads the dev dependency group)"
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
	@echo "resolving hiramu and its dev dependency group..."
	@$(VENV)/bin/pip install --quiet --disable-pip-version-check --dry-run --report $(VENV)/.plan.json -e . --group dev
	@n=$$($(VENV)/bin/python -c "import json; print(len(json.load(open('$(VENV)/.plan.json'))['install']))"); \
	echo "installing $$n packages (1-3 min on the first run)..."; \
	{ $(VENV)/bin/pip install --disable-pip-version-check --progress-bar off -e . --group dev; \
	  echo $$? > $(VENV)/.pip-status; } \
	| awk -v n=$$n '/^Obtaining /{ printf "  [%3d/%d] hiramu (editable, from this checkout)\n", ++i, n } \
		/^(Collecting|Processing) /{ s = $$2; sub(".*/", "", s); \
			printf "  [%3d/%d] %s\n", ++i, n, s; fflush() } \
		/^Installing collected packages/{ print "  unpacking into $(VENV)..."; fflush() } \
		/^Successfully installed/{ print "  done" }'; \
	status=$$(cat $(VENV)/.pip-status); rm -f $(VENV)/.plan.json $(VENV)/.pip-status; exit $$status
	@touch $(STAMP)

venv: $(STAMP)

## Regenerate generated/hiramu/ollama from spec/ (wipes it first; warnings fail).
generate: $(STAMP)
	$(PY) -m generator --spec $(SPEC) --output $(OUT)

## Fail when the committed generated/ differs from a fresh generation.
check-generated: $(STAMP)
	$(PY) -m generator --spec $(SPEC) --check $(OUT)

lint: $(STAMP)
	$(VENV)/bin/ruff check $(SRC)
	$(VENV)/bin/ruff format --check $(SRC)

format: $(STAMP)
	$(VENV)/bin/ruff check --fix $(SRC)
	$(VENV)/bin/ruff format $(SRC)

typecheck: $(STAMP)
	$(VENV)/bin/mypy generated/hiramu/ollama $(SRC)

## Everything CI checks, on both cores. Stage one runs the drift check, lint, mypy, the docs build and
## the client, hostile-server and transport suites over httpx's own transport side by side; stage two,
## every suite over the fast stack (urllib3 sync, aiohttp async: the default with the dev extra), after
## mypy so that the README snippets' type check reads its warm cache. Each step's output is printed
## whole when it ends (--output-sync), and any failing step fails `make test`.
test: $(STAMP)
	@$(MAKE) --no-print-directory -j --output-sync=target check-generated lint typecheck docs test-httpx
	@$(MAKE) --no-print-directory test-fast-stack

# pytest-xdist: two workers; --dist loadfile keeps a module's tests, its module fixtures (the site
# build, the wheels) and its module-level state (the fuzz test's answer counts) in one worker.
XDIST := -n 2 --dist loadfile

test-fast-stack: $(STAMP)
	$(PY) -m pytest -q $(XDIST) -p transport.plugin --transport=fast

test-httpx: $(STAMP)
	$(PY) -m pytest -q $(XDIST) -p transport.plugin --transport=httpx tests/integration tests/features tests/runtime tests/transport

## The API reference and guide into site/ (docstrings + README.md sections, see mkdocs.yml); any
## broken reference fails it. (Never --quiet: it hides the warnings --strict counts.)
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

## Only the pytest suites (no drift, lint or type check).
test-fast: $(STAMP)
	$(PY) -m pytest -q -x

demo: generate
	$(PY) examples/run_demo.py

## Fuzz OLLAMA_HOST when set, else a fresh bundled server (`python -m hiramu.fuzz --help`; FUZZ_ARGS=...).
fuzz: $(STAMP)
	$(PY) -m hiramu.fuzz $${OLLAMA_HOST:+"$$OLLAMA_HOST"} $(FUZZ_ARGS)

bench: $(STAMP)
	$(PY) bench/run.py

## The bundled Ollama-faithful server on loopback (PORT=11434 by default).
server: $(STAMP)
	$(PY) -m hiramu.testing --port $${PORT:-11434}

clean:
	rm -rf $(VENV) site .docs-build .mypy_cache .ruff_cache .pytest_cache .hypothesis reports

## Rewrite the generator's golden output (tests/codegen) after an intended template change.
golden: $(STAMP)
	rm -rf tests/codegen/golden
	$(PY) -m generator --spec tests/codegen/specs/mini.yaml --output tests/codegen/golden
	cd tests/codegen/golden/hiramu/ollama && rm -f $(notdir $(wildcard generator/runtime/*.py))
