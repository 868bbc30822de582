# EnvDock — `make run` opens the app, `make test` runs every check. Both set up from nothing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast lint pytest bench package setup setup-dev syslibs syslibs-dev clean translations ts install-desktop screenshots

run: setup syslibs translations
	$(BIN)/envdock

test: setup-dev syslibs-dev translations lint pytest

# every test that needs no Docker engine, registry or compose (the `engine` marker is set
# from each test's fixtures: tests/conftest.py)
test-fast: setup-dev syslibs-dev translations
	$(BIN)/pytest -m "not engine"

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

$(BIN)/python:
	sh scripts/make_venv.sh "$(PYTHON)" "$(VENV)"

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

syslibs:
	sh scripts/ensure_qt_libs.sh
# and what the tests and the packaged build need (PyInstaller: libpython, binutils)
syslibs-dev:
	sh scripts/ensure_qt_libs.sh --dev "$(PYTHON)"

# the Korean interface: .ts (source, in git) → .qm (compiled, shipped)
TS := resources/translations/envdock_ko.ts
QM := $(TS:.ts=.qm)
translations: $(QM)
$(QM): $(TS) | setup
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

# after changing user-visible strings: refresh the .ts from the code, then translate
# (then the Korean of ko-*.tsv files beside it is filled in: scripts/ts_fill.py)
LUPDATE = $(BIN)/pyside6-lupdate -silent -no-obsolete -target-language ko_KR -locations relative $$(find core gui -name '*.py' | sort) -ts $(TS)
ts: setup
	$(LUPDATE)
	$(BIN)/python scripts/ts_fill.py
	$(LUPDATE)

lint: setup-dev
	$(BIN)/ruff check core gui tests bench scripts bundle
	$(BIN)/ruff format --check core gui tests bench scripts bundle
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: setup-dev
	$(BIN)/pytest

bench: setup-dev syslibs translations
	$(BIN)/python bench/run_all.py

# the packaged executable: dist/envdock/ (one folder) and dist/envdock-onefile (one file)
package: setup-dev syslibs-dev translations
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller build.spec --noconfirm --log-level WARN
	dist/envdock/envdock --version
	QT_QPA_PLATFORM=offscreen dist/envdock/envdock self-test
	QT_QPA_PLATFORM=offscreen dist/envdock-onefile self-test

# the README's screenshots (a private engine and registry, like the tests; needs root and Xvfb)
screenshots: setup-dev syslibs translations
	$(BIN)/python scripts/screenshot_demo.py

# the desktop entry and icons for the current user (starts dist/envdock/envdock if built)
install-desktop: setup
	$(BIN)/python scripts/install_desktop.py

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
