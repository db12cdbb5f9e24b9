# make notebooks : set up .venv, then execute every notebook in place (outputs and figures/ regenerated)
# make test      : set up .venv, then run every test (lint, helpers, notebooks with nbval, rendering;
#                  the JupyterLab browser test too where Chromium is installed: see browser-deps)
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup notebooks test lint clean browser-deps
.DEFAULT_GOAL := test

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is needed, found " + sys.version'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3"
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

notebooks: setup
	$(BIN)/python -m helpers.notebook_runner

lint: setup
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest
	$(BIN)/python -m pytest --nbval notebooks/ -p no:cacheprovider

browser-deps:
	.ci/install-browser

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
