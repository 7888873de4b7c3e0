# tiangraph: `make demo` builds the sample graph and its site; `make test` runs every test.
# Both install what they need on a fresh machine (venv, packages, Chromium, Neo4j jars).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
TG     := $(VENV)/bin/tiangraph
SAMPLE := tests/data/samples/000_e467f13259972cda.docx
OUT    ?= out/sample

.PHONY: install native demo test accuracy bench neo4j browser neo4j-jars clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,native]'
	touch $@

install: $(VENV)/.installed

# The finders compiled to C (extract/native.py): a minute or two the first time, nothing after
# until a source changes. Where no C compiler is found the sources run, with the same output.
native: install
	@$(TG) native build || echo "tiangraph: the finders run from their sources (slower, the same output)"

demo: native
	$(TG) build $(SAMPLE) -o $(OUT)
	@echo
	@echo "Open the graph in a browser: $(abspath $(OUT))/site/index.html"

browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null; }

neo4j-jars:
	bash tools/neo4j/neo4j.sh build

test: native browser neo4j-jars
	bash tools/run-tests.sh

accuracy: native
	$(TG) eval tests/data/samples/000_e467f13259972cda.txt --gold tests/data/gold/sample_gold.jsonl
	@for d in $$(cd tests/data && ls -d heldout* | sort -V); do echo; echo "$$d:"; $(TG) eval tests/data/$$d/*.txt --gold tests/data/$$d/gold.jsonl; done

bench: native browser neo4j-jars
	bash tools/run-bench.sh

neo4j: install neo4j-jars
	bash tools/neo4j/neo4j.sh run

clean:
	rm -rf $(VENV) out .pytest_cache tools/neo4j/target
