#!/usr/bin/env bash
# Runs every benchmark and writes bench/report.md: sizes and saved queries (run_all.py),
# extraction against jieba.cut (in seconds, and in instructions when valgrind is there), the 5k-node page in Chromium, and a Neo4j load on a local server.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-tiangraph-test}"
data="$(mktemp -d -t tiangraph-bench-neo4j.XXXXXX)"
cleanup() { bash tools/neo4j/neo4j.sh stop "$data" >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT
report=bench/report.md
$PY bench/run_all.py --sizes "${BENCH_SIZES:-100,1000,10000}" --report "$report.sizes"
{
  echo "# tiangraph benchmarks ($(date -u +%Y-%m-%d), $(nproc) cores)"
  echo
  echo '## Sizes and saved queries (`bench/run_all.py`)'
  cat "$report.sizes"
  echo
  echo '## Extraction against jieba.cut (`bench/bench_extract.py --mb 3`)'
  echo '```'
  $PY bench/bench_extract.py --mb 3 --repeat 3
  echo '```'
  echo
  echo '## Extraction against jieba.cut in instructions (`bench/bench_instructions.py`)'
  echo '```'
  if command -v valgrind >/dev/null; then
    $PY bench/bench_instructions.py --cases 100
  else
    echo "valgrind is not installed: skipped (the same ratio, counted in instructions rather than seconds)"
  fi
  echo '```'
  echo
  echo '## The 5k-node overview and the network pages of its site in headless Chromium (`bench/bench_viz.py --site --jobs 2`)'
  echo '```'
  $PY bench/bench_viz.py --site --jobs 2 --runs 3
  echo '```'
  echo
  echo '## Neo4j load (`bench/bench_neo4j.py --cases 3000`)'
  echo '```'
  # A load-tuned server: the C2 compiler (the tests' default trades it for a faster start).
  # The first run after the start is mostly JIT-cold; the second one is the figure.
  NEO4J_JAVA_OPTS="" NEO4J_HEAP=1g NEO4J_PAGE_CACHE=256m bash tools/neo4j/neo4j.sh start "$data" >/dev/null
  for run in "first run after the server's start (JIT-cold)" "second run (the figure)"; do
    echo "# $run"
    NEO4J_URI="bolt://127.0.0.1:$(cat "$data/port")" $PY bench/bench_neo4j.py --cases 3000
  done
  echo '```'
} > "$report"
rm -f "$report.sizes"
cat "$report"
