# Two entry points (see README): `make demo` and `make test`. Both install what they need.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
MIANJING := $(VENV)/bin/mianjing

.PHONY: install demo test lint bench

$(PY):
	$(PYTHON) -m venv $(VENV)

install: $(PY)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[dev,torch]'

demo: install
	bash scripts/demo.sh $(MIANJING)

test: install
	$(VENV)/bin/ruff check src tests bench
	$(PY) -m pytest -q

bench: install
	$(PY) bench/judge_latency.py
