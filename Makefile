# hiramu: spec/ -> generator/ -> generated/ -> tests/
# Every target builds and reuses a local virtualenv (.venv) with the pinned tools from pyproject.toml.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPEC := spec/ollama.yaml
OUT := generated
# Lint and type-check these hand-written trees (generated/ is checked by mypy only).
SRC := src generator tests $(wildcard examples bench)

.PHONY: golden all venv generate check-generated lint format typecheck test test-fast demo fuzz bench server clean

all: test

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --upgrade "pip>=24"
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

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

## Everything CI checks. The first run sends over the fast stack (urllib3 sync, aiohttp async: the
## default with the dev extra); the client, hostile-server and transport suites run again over httpx's own.
test: $(STAMP) check-generated lint typecheck
	$(PY) -m pytest -q -p transport.plugin --transport=fast
	$(PY) -m pytest -q -p transport.plugin --transport=httpx tests/integration tests/features tests/runtime tests/transport

## Only the pytest suites (no drift, lint or type check).
test-fast: $(STAMP)
	$(PY) -m pytest -q -x

demo: generate
	$(PY) examples/run_demo.py

fuzz: $(STAMP)
	PYTHONPATH=tests $(PY) tests/fuzz/run.py $(FUZZ_ARGS)

bench: $(STAMP)
	$(PY) bench/run.py

## The bundled Ollama-faithful server on loopback (PORT=11434 by default).
server: $(STAMP)
	$(PY) -m hiramu.testing --port $${PORT:-11434}

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis reports

## Rewrite the generator's golden output (tests/codegen) after an intended template change.
golden: $(STAMP)
	rm -rf tests/codegen/golden
	$(PY) -m generator --spec tests/codegen/specs/mini.yaml --output tests/codegen/golden
	cd tests/codegen/golden/hiramu/ollama && rm -f $(notdir $(wildcard generator/runtime/*.py))
