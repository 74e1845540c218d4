# newsframe: `make reports` sets up and builds every report of the sample corpus; `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newsframe-installed

.DEFAULT_GOAL := help
.PHONY: help setup reports test test-fast lab lint browser lock clean benchmarks

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "newsframe needs Python 3.11 or newer"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	$(PY) -m analysis setup
	@touch $@

setup: $(STAMP) ## create .venv from the lock file and build the offline language data

reports: setup ## build every report of the sample plan into reports/ (byte-identical on rebuild)
	SOURCE_DATE_EPOCH=$$(git log -1 --format=%ct 2>/dev/null || echo 0) $(PY) -m analysis report --plan reports.toml --out reports

test: setup browser ## run the whole test suite
	$(PY) -m pytest -q

test-fast: setup ## run the tests that do not execute notebooks
	$(PY) -m pytest -q -m "not slow"

benchmarks: setup ## speed, memory and validity figures (see benchmarks/README.md)
	$(PY) benchmarks/sentiment_speed.py
	$(PY) benchmarks/pipeline_speed.py
	$(PY) benchmarks/scaling.py
	$(PY) benchmarks/report_speed.py
	$(PY) benchmarks/validate_sentiment.py
	$(PY) benchmarks/validate_frames.py
	$(PY) benchmarks/validate_quotes.py

lab: setup ## open JupyterLab on the kit's kernel
	$(PY) -m ipykernel install --user --name newsframe --display-name "Python (newsframe)"
	$(VENV)/bin/jupyter lab notebooks/

lint: setup ## ruff over the package, tests and benchmarks
	$(VENV)/bin/ruff check analysis tests benchmarks

browser: ## install Debian's headless Chromium for the browser tests (needs root; skipped otherwise)
	@if command -v chromium >/dev/null 2>&1; then echo "chromium: $$(command -v chromium)"; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "chromium could not be installed: browser tests will be skipped"; \
	else echo "no chromium and no root: browser tests will be skipped"; fi

lock: ## refresh requirements.lock from pyproject.toml (needs the package index)
	rm -rf .venv-lock && $(PYTHON) -m venv .venv-lock
	.venv-lock/bin/pip install --quiet -e '.[dev]'
	.venv-lock/bin/pip freeze --exclude-editable | grep -v '^newsframe' > requirements.lock
	rm -rf .venv-lock

clean: ## remove built reports and caches (keeps .venv)
	rm -rf reports/*.html reports/*.build.json reports/_* .pytest_cache .hypothesis
