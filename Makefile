# Two commands matter: `make site` builds the handbook into site/, `make test` runs every check.
# Each sets up what it needs (a virtual environment with pinned packages, Chromium for the
# browser tests), so a fresh clone needs only Python 3.11+, git and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
# Reproducible builds: dates in the site (sitemap) come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)
# Material prints a notice about MkDocs 2 on every build; the handbook pins MkDocs 1.x.
export NO_MKDOCS_2_WARNING ?= 1

.PHONY: site test lint typecheck unit serve schema chromium clean properdocs-site zensical-site

site: $(STAMP)
	$(BIN)/mkdocs build --strict

serve: $(STAMP)
	$(BIN)/mkdocs serve

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) chromium
	$(BIN)/pytest

schema: $(STAMP)
	$(BIN)/ladder schema

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e ".[dev]"
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

# Browser tests drive Debian's Chromium; Playwright's own browser download is not used.
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
		echo "Installing Debian's chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

clean:
	rm -rf $(VENV) site build .pytest_cache .mypy_cache .ruff_cache
