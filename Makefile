# Build, run and test Tenun Catalog from a fresh clone. Needs GNU make and python3 >= 3.11.
#   make run    set up .venv, check system libraries, fill a demo library if empty, open the app
#   make test   set up .venv with test extras, check system libraries, run pytest (PYTEST_ARGS=...)
#   make lint | bench | check | clean

PY ?= python3
VENV = .venv
VPY = $(VENV)/bin/python
# Stamps live inside .venv so that deleting the venv always forces a reinstall.
STAMP_RUN = $(VENV)/.stamp-run
STAMP_TEST = $(VENV)/.stamp-test
# axe-core for the web catalog's accessibility test (tests/test_render_html_a11y.py), from npm
# into the venv; the file itself is the stamp.
AXE = $(VENV)/node_modules/axe-core/axe.min.js
AXE_VERSION = 4.14.1
SYSCHECK = $(VPY) scripts/check_system.py
PYTEST_ARGS ?=
PIP = $(VPY) -m pip install --disable-pip-version-check

.PHONY: run test lint bench check clean

run: $(STAMP_RUN)
	@$(SYSCHECK)
	$(VENV)/bin/tenun-catalog demo --if-empty
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		echo "$(VENV)/bin/tenun-catalog gui"; \
		$(VENV)/bin/tenun-catalog gui; \
	else \
		echo "Tidak ada layar (DISPLAY/WAYLAND_DISPLAY kosong): aplikasi tidak dibuka, katalog contoh dibuat di out/."; \
		echo "No display (DISPLAY/WAYLAND_DISPLAY unset): not opening the app, rendering the demo catalog into out/."; \
		echo "$(VENV)/bin/tenun-catalog render-demo --out out/"; \
		$(VENV)/bin/tenun-catalog render-demo --out out/; \
	fi

# Tests never open windows: offscreen Qt unless the caller chose a platform.
test: $(STAMP_TEST) $(AXE)
	@export QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen}; \
	$(SYSCHECK) --tests || exit 1; \
	rc=0; $(VPY) -m pytest -q $(PYTEST_ARGS) || rc=$$?; \
	if [ $$rc -eq 5 ]; then \
		echo "pytest tidak menemukan tes / collected no tests (exit 5): counted as a failure." >&2; \
	fi; \
	exit $$rc

lint: $(STAMP_TEST)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Each bench/bench_*.py is a standalone script that writes its results under bench/results/.
bench: $(STAMP_TEST)
	@set -- bench/bench_*.py; \
	if [ ! -e "$$1" ]; then echo "Belum ada benchmark / no benchmarks yet (bench/bench_*.py)." >&2; exit 1; fi; \
	mkdir -p bench/results; \
	for f in "$$@"; do echo "== $$f"; QT_QPA_PLATFORM=offscreen $(VPY) "$$f" || exit 1; done

check: | $(VPY)
	@$(SYSCHECK)

# Removes only what this Makefile and the build tools make; a user's library lives elsewhere
# (platformdirs or TENUN_CATALOG_LIBRARY) and is never touched.
clean:
	rm -rf $(VENV) out build dist .pytest_cache .ruff_cache bench/results *.egg-info
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

$(STAMP_RUN): pyproject.toml | $(VPY)
	$(PIP) -e .
	@touch $@

# The test extras include everything `run` needs, so this satisfies both stamps.
$(STAMP_TEST): pyproject.toml | $(VPY)
	$(PIP) -e '.[test]'
	@touch $@ $(STAMP_RUN)

# Without npm (or without a network) the accessibility test is skipped, saying why; no failure
# here. The recipe runs again on the next `make test` until axe.min.js is there.
$(AXE): | $(VPY)
	@if ! command -v npm >/dev/null; then \
		echo "npm tidak ada: tes aksesibilitas (axe-core) akan dilewati; pasang dengan apt-get install npm." >&2; \
		echo "npm not found: the accessibility test (axe-core) will be skipped; install it with apt-get install npm." >&2; \
	else \
		echo "npm install --prefix $(VENV) --no-save --no-audit --no-fund axe-core@$(AXE_VERSION)"; \
		npm install --prefix $(VENV) --no-save --no-audit --no-fund axe-core@$(AXE_VERSION) || { \
			echo "npm install axe-core gagal: tes aksesibilitas akan dilewati." >&2; \
			echo "npm install axe-core failed: the accessibility test will be skipped." >&2; }; \
	fi

$(VPY):
	@$(PY) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
		echo "Perlu / needs Python >= 3.11; '$(PY)' is: $$($(PY) -V 2>&1 || echo missing)." >&2; \
		echo "Choose another one: make PY=python3.12 ..." >&2; exit 1; }
	@echo "$(PY) -m venv $(VENV)"
	@if ! $(PY) -m venv $(VENV); then \
		rm -rf $(VENV); \
		echo "Modul venv/ensurepip tidak ada / missing: install python3-venv (apt-get install python3-venv)." >&2; \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			DEBIAN_FRONTEND=noninteractive apt-get update && \
			DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3-venv && \
			$(PY) -m venv $(VENV) || { rm -rf $(VENV); exit 1; }; \
		else \
			exit 1; \
		fi; \
	fi
