# hireapp: every target makes .venv itself when it is missing or pyproject.toml changed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run demo qt-libs test lint bench screenshots forms clean compile translations bundle deb

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Compiled once here: the environment may forbid Python writing .pyc files as it imports, and an
# editable install is not compiled by pip, so every start would compile hireapp again.
compile: $(STAMP)
	$(BIN)/python -m compileall -q hireapp benchmarks

# Qt's platform plugins link system libraries the PySide6 wheel does not bring (X11's xcb ones
# above all): found with ldd and installed when this user may, else the apt-get line is printed.
qt-libs: $(STAMP)
	$(BIN)/python tools/qt_system_libs.py

run: compile
	$(BIN)/python tools/qt_system_libs.py --display
	QT_QPA_PLATFORM= $(BIN)/hireapp

# Demo data in the database `make run` opens; once per seed (`make demo SEED=2` adds more).
SEED ?= 1
demo: compile
	$(BIN)/hireapp demo --candidates 200 --seed $(SEED)

lint: $(STAMP)
	$(BIN)/python tools/translations.py check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/mypy tools
	$(BIN)/lint-imports --no-cache

test: lint qt-libs
	$(BIN)/pytest

bench: compile qt-libs
	$(BIN)/python -m benchmarks

screenshots: qt-libs
	$(BIN)/python -m hireapp.gui.screenshots docs/screenshots
	QT_SCALE_FACTOR=1.5 $(BIN)/python -m hireapp.gui.screenshots docs/screenshots --tag 150
	$(BIN)/python -m hireapp.gui.screenshots docs/screenshots --language de
	$(BIN)/python -m hireapp.gui.screenshots docs/screenshots --language pseudo

# Extract the texts, regenerate the pseudo-locale, compile the catalogues (committed, like the
# forms; `make lint` fails when they are stale). docs/translations.md says how to translate.
translations: $(STAMP)
	$(BIN)/python tools/translations.py

# Recompile the Qt Designer forms; tests/gui/test_forms.py fails if these were not rerun.
forms: $(STAMP)
	for f in ui/*.ui; do \
		$(BIN)/pyside6-uic "$$f" -o "hireapp/gui/forms/ui_$$(basename "$$f" .ui).py"; \
	done

# The installable program (README, "Install"): dist/hireapp/, a folder with its own Python and
# Qt built by PyInstaller, and dist/hireapp_<version>_amd64.deb of it, checked by lintian.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) qt-libs
	$(BIN)/python packaging/build_bundle.py

deb: bundle
	$(BIN)/python packaging/build_deb.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis
