"""Loading a synthetic corpus into a real Neo4j: rows per second, against a plain CREATE of the same rows.

Needs a server: NEO4J_URI and NEO4J_PASSWORD (``make neo4j`` runs one; ``make bench`` starts
one itself). The graph is made by bench/synth.py without extraction; the reference run
sends the same number of rows as bare ``UNWIND … CREATE`` batches (no constraint lookups,
no relationships), so the ratio shows what MERGE, constraints and relationships cost.

    .venv/bin/python bench/bench_neo4j.py [--cases 3000] [--batch 5000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=3000)
    ap.add_argument("--batch", type=int, default=5000)
    args = ap.parse_args()
    from graph.neo4j_store import clear, connect, counts, load_graph
    from synth import synthetic_graph

    import hashlib

    from graph.store import write_graph_json

    G = synthetic_graph(args.cases)
    with tempfile.TemporaryDirectory() as tmp:  # the stamp the CLI uses: the hash of graph.json
        write_graph_json(G, Path(tmp) / "graph.json")
        stamp = hashlib.sha256((Path(tmp) / "graph.json").read_bytes()).hexdigest()[:16]
    rows = G.number_of_nodes() + G.number_of_edges()
    with connect(os.environ["NEO4J_URI"]) as store:
        clear(store)
        t = time.perf_counter()
        stats = load_graph(G, store, batch_size=args.batch, stamp=stamp)
        first = time.perf_counter() - t
        t = time.perf_counter()
        again = load_graph(G, store, batch_size=args.batch, stamp=stamp)
        second = time.perf_counter() - t
        assert again.removed_nodes == 0 and counts(store)["nodes"]["Case"] == args.cases
        clear(store)
        plain = [{"id": f"bench-{i}", "name": str(i)} for i in range(rows)]
        t = time.perf_counter()
        for i in range(0, rows, args.batch):
            store.write("UNWIND $rows AS r CREATE (n:TiangraphBench) SET n = r", rows=plain[i:i + args.batch])
        reference = time.perf_counter() - t
        while store.write("MATCH (n:TiangraphBench) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c")[0]["c"]:
            pass
    print(f"graph: {args.cases} cases, {G.number_of_nodes():,} nodes + {G.number_of_edges():,} relationships = {rows:,} rows")
    print(f"first load:  {first:6.1f} s  {stats.rows / first:9,.0f} rows/s")
    print(f"second load: {second:6.1f} s  {again.rows / second:9,.0f} rows/s (idempotent: nothing removed, counts equal)")
    print(f"reference (plain CREATE of {rows:,} bare nodes): {reference:6.1f} s  {rows / reference:9,.0f} rows/s")
    print(f"first load / reference throughput: {(stats.rows / first) / (rows / reference):.2f}")


if __name__ == "__main__":
    main()
