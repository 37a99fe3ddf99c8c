# Two commands matter: `make site` builds the handbook into site/, `make test` runs every check.
# Each sets up what it needs (a virtual environment with pinned packages, Chromium for the
# browser tests), so a fresh clone needs only Python 3.11+, git and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
YAML_LS := tests/editor/node_modules/.installed
# Reproducible builds: dates in the site (sitemap) come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# Material prints a notice about MkDocs 2 on every build; the handbook pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING ?= 1

.PHONY: site test lint typecheck unit jstest serve schema editor-schemas messages chromium nodejs yaml-language-server clean properdocs-site zensical-site

# `ladder build` runs mkdocs build --strict into a new folder and moves it to site/ only when
# it succeeded: a failed build leaves the previous site/ as it was.
site: $(STAMP) editor-schemas
	$(BIN)/ladder build

# The preview converts only the pages an edit changed (generator/adapters/dirty_preview.py)
# and keeps the rest of the site, search index included, as a full build has it
# (page_memo.py). `make site` always builds everything.
serve: $(STAMP) editor-schemas
	$(BIN)/mkdocs serve --dirty

# The editor's schemas with the ladder's own ids (.ladder-schemas/, not committed): a
# misspelt track, role, competency or KPI id is flagged in the editor as it is typed. The
# install step writes them too, so after the first `make` of a fresh clone the schema line at
# the top of each ladder file finds its schema.
WRITE_EDITOR_SCHEMAS = @$(BIN)/ladder schema --ids-only > /dev/null
editor-schemas: $(STAMP)
	$(WRITE_EDITOR_SCHEMAS)

test: lint typecheck jstest unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# pytest runs in several processes (pytest-xdist): most of the suite waits on Chromium, on
# servers and on subprocesses rather than on the processor, so three workers finish it in about
# half the time even on two cores. `make unit PYTEST_WORKERS=0` runs it in one process.
PYTEST_WORKERS ?= 3
unit: $(STAMP) chromium nodejs $(YAML_LS)
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist worksteal

schema: $(STAMP)
	$(BIN)/ladder schema

# The generator's phrases: extract them into the template, then add new ones to (and drop
# removed ones from) every language's catalogue; on synced catalogues it changes nothing.
# The pybabel options are in generator/tools/messages.py. See CONTRIBUTING.md, "Translating".
LOCALE := generator/locale
messages: $(STAMP)
	$(BIN)/python -m generator.tools.messages $(LOCALE)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
	$(WRITE_EDITOR_SCHEMAS)
	touch $(STAMP)

# Other site engines (README, "Moving to another engine"), each in its own environment under
# build/engines/, never in the project's .venv; versions pinned in constraints.txt.
ENGINES := build/engines

# ProperDocs in place of MkDocs: the same project, plugin included. Material declares
# mkdocs<2, so MkDocs is installed with it and then removed; ProperDocs answers for it.
properdocs-site:
	rm -rf $(ENGINES)/properdocs build/properdocs-site
	$(PYTHON) -m venv $(ENGINES)/properdocs
	$(ENGINES)/properdocs/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e .
	$(ENGINES)/properdocs/bin/python -m pip uninstall --quiet --yes mkdocs
	$(ENGINES)/properdocs/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt properdocs
	$(ENGINES)/properdocs/bin/properdocs build --strict -f mkdocs.yml --site-dir build/properdocs-site

# Zensical over the project `ladder stage` writes (Zensical runs no third-party plugins).
zensical-site: $(STAMP)
	$(BIN)/ladder stage build/staged
	rm -rf $(ENGINES)/zensical
	$(PYTHON) -m venv $(ENGINES)/zensical
	$(ENGINES)/zensical/bin/python -m pip install --quiet --disable-pip-version-check -c constraints.txt zensical
	cd build/staged && $(CURDIR)/$(ENGINES)/zensical/bin/zensical build --strict

# The editor test runs the YAML language server that VS Code's YAML extension uses, from npm,
# pinned by tests/editor/package-lock.json, installed into tests/editor/node_modules/.
$(YAML_LS): tests/editor/package.json tests/editor/package-lock.json | nodejs
	@if ! command -v npm >/dev/null; then \
		echo "Installing Debian's nodejs and npm for the editor test"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs npm >/dev/null; \
	fi
	npm ci --prefix tests/editor --no-audit --no-fund --ignore-scripts --loglevel=error
	touch $(YAML_LS)
yaml-language-server: $(YAML_LS)

# The page script's unit tests: Node's own test runner, no npm package (tests/js/).
jstest: nodejs
	node --test tests/js/*.test.mjs

# Node.js for those tests, and for the Python tests that run the script (tests/js/*.py).
nodejs:
	@if ! command -v node >/dev/null 2>&1; then \
		echo "Installing Debian's nodejs for the page script's tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq nodejs >/dev/null; \
	fi

# Browser tests drive Debian's Chromium; Playwright's own browser download is not used.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

clean:
	rm -rf $(VENV) site build .pytest_cache .mypy_cache .ruff_cache .ladder-schemas tests/editor/node_modules
