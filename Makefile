# Two commands do all set-up: `make run` (the site with demo content) and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test install demo lint format check bench bench-registry messages clean

# Re-install only when the requirements change.
$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@

# axe-core for the browser tests' accessibility checks (skipped, with the reason, where npm is missing).
node_modules/.installed: package.json package-lock.json
	if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent && touch $@; fi

install: $(VENV)/.installed

demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

# The server, plus a Celery worker and beat when Redis answers (outbox/management/commands/devserver.py).
# Links in e-mails point at this port unless WAGTAILADMIN_BASE_URL says otherwise.
run: demo
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)} $(MANAGE) devserver 127.0.0.1:$(PORT)

test: install node_modules/.installed
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run --noinput

# Rebuild the Polish catalogues after changing interface strings (needs gettext).
messages: install
	$(MANAGE) makemessages -l pl --no-obsolete --ignore=.venv --ignore=staticfiles --ignore=bench --ignore=node_modules
	$(BIN)/python locale/merge_pending.py
	$(MANAGE) compilemessages --ignore=.venv --ignore=node_modules

bench: install
	bench/run

# The registry's admin listing and exports with 100,000 volunteers (PostgreSQL at DATABASE_URL, see bench/README.md).
bench-registry: install
	$(BIN)/python bench/registry_bench.py

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles
