# The front door. `make report` and `make test` each work from a fresh clone.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
DATA   ?= data
OUT    ?= reports
N      ?= 1000
STAMP  := $(VENV)/.installed

.PHONY: setup report test test-long bench clean help

help:
	@echo "make report [DATA=folder|file]  set up, run every notebook on DATA, write figures to $(OUT)/"
	@echo "make test                       set up, run the whole test suite"
	@echo "make test-long                  property tests with 10,000 examples each"
	@echo "make bench [N=1000]             pipeline and TextBlob-floor benchmark"

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

report: $(STAMP)
	$(PY) -m analysis report $(DATA) --out $(OUT)

test: $(STAMP)
	$(PY) -m pytest -q

test-long: $(STAMP)
	HYPOTHESIS_PROFILE=long $(PY) -m pytest -q tests/test_properties_*.py

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py --n $(N)

clean:
	rm -rf $(OUT) .cache
