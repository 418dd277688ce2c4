# The reading room: everyday commands.  `make serve` to read, `make test` to check.
#
# Every target installs what it needs into .venv first.  The install is keyed
# on a hash of the requirements files (.venv/.stamp-<hash>), so a second run
# with unchanged requirements costs nothing.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
PYTEST_ARGS ?=

REQ_HASH := $(shell cat requirements.txt requirements-dev.txt 2>/dev/null | sha256sum | cut -c1-16)
STAMP := $(VENV)/.stamp-$(REQ_HASH)
DEV_STAMP := $(VENV)/.stamp-$(REQ_HASH)-dev
PIP := $(BIN)/python -m pip install --quiet --disable-pip-version-check

# Zensical (optional: `make site ENGINE=zensical`; `make test` installs it for
# tests/test_zensical.py) lives in its own venv, not in .venv: it is pre-1.0 and released
# weekly, so installing or upgrading it must never change what the MkDocs build and the tests
# run with (.venv stays exactly requirements*.txt), and `make site` without ENGINE never pays
# for it.  `-c requirements.txt` keeps the packages both share (Markdown, pymdown-extensions,
# Jinja2 …) at the same versions, so both engines render the same Markdown the same way.
ENGINE ?= mkdocs
ZVENV := .venv-zensical
ZBIN := $(ZVENV)/bin
Z_HASH := $(shell cat requirements.txt requirements-zensical.txt 2>/dev/null | sha256sum | cut -c1-16)
Z_STAMP := $(ZVENV)/.stamp-$(Z_HASH)

.PHONY: venv dev zensical chromium convert site serve bundle bench test check golden screenshots clean distclean

venv: $(STAMP)

$(STAMP):
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "Python >= 3.11 needed: run 'make PY=python3.11 ...'" >&2; exit 1; }
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) -r requirements.txt
	rm -f $(VENV)/.stamp-*
	touch $@

dev: $(DEV_STAMP)

$(DEV_STAMP): $(STAMP)
	$(PIP) -r requirements-dev.txt
	touch $@

zensical: $(Z_STAMP)

$(Z_STAMP):
	test -x $(ZBIN)/python || $(PY) -m venv $(ZVENV)
	$(ZBIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-zensical.txt -c requirements.txt
	rm -f $(ZVENV)/.stamp-*
	touch $@

chromium:
	bash scripts/ensure-chromium.sh

convert: venv
	$(BIN)/python build_site.py convert

# `make site ENGINE=zensical`: the same docs/ built by Zensical (README, "Building with Zensical").
ifeq ($(ENGINE),zensical)
site: venv zensical
	$(BIN)/python build_site.py build --engine zensical --zensical $(ZBIN)/zensical
else ifeq ($(ENGINE),mkdocs)
site: venv
	$(BIN)/python build_site.py build
else
site:
	@echo "ENGINE must be mkdocs or zensical, not '$(ENGINE)'" >&2; exit 2
endif

# Prefer the CLI's own `serve`; fall back to mkdocs' dev server.
serve: site
	@if $(BIN)/python build_site.py serve --help >/dev/null 2>&1; then \
	  $(BIN)/python build_site.py serve; \
	else \
	  $(BIN)/mkdocs serve -a 127.0.0.1:8000; \
	fi

# The offline zip is the built site itself (its URLs end in .html): build, then zip.
bundle: site
	$(BIN)/python build_site.py bundle

bench: dev chromium
	$(BIN)/python bench/run.py

# The whole suite, always: no -k, no -x.  Zensical too: tests/test_zensical.py builds with it.
test: dev chromium zensical
	RR_ZENSICAL=$(CURDIR)/$(ZBIN)/zensical $(BIN)/python -m pytest -q $(PYTEST_ARGS)

# The fast loop: every test not marked `browser` (drives Chromium) or `slow` (builds a whole
# site, runs the bench, converts a big archive); markers are registered in pyproject.toml.
check: dev
	$(BIN)/python -m pytest -q -n 2 -p no:cacheprovider -m "not browser and not slow" $(PYTEST_ARGS)

# Rewrite the golden pages (tests/golden/) from the seeds after a meant change to the output;
# review the diff with `git diff tests/golden` before committing.
golden: dev
	$(BIN)/python tests/test_golden.py

screenshots: dev chromium site
	@if [ -f scripts/screenshots.py ]; then \
	  $(BIN)/python scripts/screenshots.py; \
	else \
	  echo "scripts/screenshots.py not present: nothing to do"; \
	fi

# Build outputs and the converter's generated docs/ (git-ignored files only;
# hand-written docs/assets and docs/about.md are tracked and kept).
clean:
	rm -rf site dist build bench/out .pytest_cache .hypothesis
	if git rev-parse --git-dir >/dev/null 2>&1; then git clean -fdXq -- docs; fi

distclean: clean
	rm -rf $(VENV) $(ZVENV)
