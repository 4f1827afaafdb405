# hireapp: every target makes .venv itself when it is missing or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench screenshots forms clean compile

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled once here: the environment may forbid Python writing .pyc files as it imports, and an
# editable install is not compiled by pip, so every start would compile hireapp again.
compile: $(STAMP)
	$(BIN)/python -m compileall -q hireapp benchmarks

run: compile
	QT_QPA_PLATFORM= $(BIN)/hireapp

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports --no-cache

test: lint
	$(BIN)/pytest

bench: compile
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/python -m hireapp.gui.screenshots docs/screenshots
	QT_SCALE_FACTOR=1.5 $(BIN)/python -m hireapp.gui.screenshots docs/screenshots --tag 150

# Recompile the Qt Designer forms; tests/gui/test_forms.py fails if these were not rerun.
forms: $(STAMP)
	for f in ui/*.ui; do \
		$(BIN)/pyside6-uic "$$f" -o "hireapp/gui/forms/ui_$$(basename "$$f" .ui).py"; \
	done

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
