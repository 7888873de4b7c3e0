#!/usr/bin/env bash
# Starts a local Neo4j for the tests, runs every test, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEO4J_PASSWORD="${NEO4J_PASSWORD:-tiangraph-test}"
data="$(mktemp -d -t tiangraph-neo4j.XXXXXX)"
cleanup() { bash tools/neo4j/neo4j.sh stop "$data" >/dev/null 2>&1 || true; rm -rf "$data"; }
trap cleanup EXIT
bash tools/neo4j/neo4j.sh start "$data"
export TIANGRAPH_NEO4J_URI="bolt://127.0.0.1:$(cat "$data/port")"
export TIANGRAPH_REQUIRE_NEO4J=1
export TIANGRAPH_REQUIRE_BROWSER=1
export TIANGRAPH_REQUIRE_NATIVE=1
.venv/bin/python -m pytest "$@"
