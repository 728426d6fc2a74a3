# Hielspoor: thin wrappers; the logic lives in the hielspoor package and scripts/.
# `make lab` sets everything up and opens the course; `make test` runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PORT   ?= 8000

.PHONY: help lab labextension test lint unit notebooks-check book book-check browser notebooks serve student lms link vendor lock bench bench-class clean
.DEFAULT_GOAL := help

help:  ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(STAMP): requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python scripts/lab_settings.py
	touch $(STAMP)

venv: $(STAMP)  ## Create .venv from the lock (requirements.txt, with hashes)

# requirements.in holds the direct pins; requirements.txt is the full lock with hashes, for
# every platform (Linux, macOS, Windows), Python 3.11.5+. Pins already in the lock are kept.
lock: $(STAMP)  ## Regenerate requirements.txt (all pins + hashes) from requirements.in
	$(BIN)/uv pip compile requirements.in --quiet --generate-hashes --universal \
	  --python-version 3.11.5 --custom-compile-command 'make lock' -o requirements.txt

lab: $(STAMP)  ## Set up and open the course in JupyterLab (in Dutch)
	$(BIN)/jupyter lab notebooks/00_start.ipynb

# The browser half of hielspoor.lab (citations as in the book), committed built; rebuild it
# after editing labextension/ (needs Node.js and npm), then run scripts/lab_settings.py again.
labextension: $(STAMP)  ## Rebuild the citations extension (labextension/ -> hielspoor/lab/labextension)
	cd labextension && npm ci --no-audit --no-fund && PATH="$(CURDIR)/$(BIN):$$PATH" npm run build
	$(BIN)/python scripts/lab_settings.py

test: lint unit notebooks-check book book-check browser  ## Run every test

lint: $(STAMP)  ## ruff over the package, tests and scripts
	$(BIN)/ruff check hielspoor tests scripts benchmarks
	$(BIN)/ruff format --check hielspoor tests scripts benchmarks

unit: $(STAMP)  ## Unit tests and doctests
	$(BIN)/pytest -q -m "not browser and not book" hielspoor tests

notebooks-check: $(STAMP)  ## Re-run every notebook and compare with the stored outputs (nbval)
	$(BIN)/pytest -q -p no:cacheprovider --nbval notebooks

book: $(STAMP)  ## Build the book (warnings are errors) into _build/html
	$(BIN)/jupyter-book build . -W -n --keep-going

book-check: $(STAMP)  ## Check the built HTML: pages, links, no other hosts
	$(BIN)/pytest -q -m "book and not browser" tests

browser: $(STAMP)  ## Browser tests (headless Debian chromium): built book and real JupyterLab
	$(BIN)/pytest -q -m browser tests

notebooks: $(STAMP)  ## Execute all notebooks in place (commit the outputs afterwards)
	$(BIN)/python scripts/run_notebooks.py notebooks/*.ipynb

serve:  ## Serve the built book on http://127.0.0.1:$(PORT)
	$(BIN)/python -m http.server --bind 127.0.0.1 --directory _build/html $(PORT)

student: $(STAMP)  ## Student notebooks without solutions in build/student (+ zip)
	$(BIN)/python scripts/make_student_version.py --out build/student

lms: $(STAMP)  ## Quizzes and case questions for Moodle (XML) and Canvas/Brightspace (QTI) in build/lms
	$(BIN)/python scripts/export_lms.py --out build/lms

BRANCH ?= main
link: $(STAMP)  ## nbgitpuller link per chapter: make link HUB=https://hub.school.nl REPO=<git-URL> [BRANCH=student]
	$(BIN)/python scripts/class_link.py --hub "$(HUB)" --repo "$(REPO)" --branch "$(BRANCH)" --all

bench: $(STAMP)  ## Lighthouse (mobile) over every page, served with gzip: scores, LCP, bytes
	$(BIN)/python benchmarks/bench_lighthouse.py

bench-class: $(STAMP)  ## Classroom load test: a real JupyterHub, 5-30 students running chapters 01 and 07
	$(BIN)/python benchmarks/bench_classroom.py

vendor:  ## Refresh book/_vendor (the vega runtime) from npm
	scripts/vendor.sh

clean:  ## Remove build output (keeps .venv)
	rm -rf _build build .pytest_cache
