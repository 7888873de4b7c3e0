"""Loading a synthetic corpus into a real Neo4j: rows per second, against a plain CREATE of the same rows.

Needs a server: NEO4J_URI and NEO4J_PASSWORD (``make neo4j`` runs one; ``make bench`` starts
one itself). The graph is made by bench/synth.py without extraction. The first load goes
into a database without the graph (after ``clear``): its nodes and relationships are
CREATEd. The second load sends the same graph again: everything is MERGEd and nothing
changes. Both are whole ``load_graph`` calls: constraints, reading what the database holds,
nodes, relationships, stale removal. The reference run, in the same process, sends the same
number of rows as bare ``UNWIND … CREATE`` batches (no constraint lookups, no relationships,
one session), so the ratio shows what constraints, relationships and their evidence cost.

Run it twice on a freshly started server and read the second run: the first one after a
start runs mostly on a JIT-cold server (tools/run-bench.sh does this).

    .venv/bin/python bench/bench_neo4j.py [--cases 3000] [--batch 5000] [--workers 2]
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
    ap.add_argument("--workers", type=int, default=2, help="transactions written at a time")
    args = ap.parse_args()
    from graph.neo4j_store import _Rows, clear, connect, counts, load_graph
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
        stats = load_graph(G, store, batch_size=args.batch, stamp=stamp, workers=args.workers)
        first = time.perf_counter() - t
        t = time.perf_counter()
        again = load_graph(G, store, batch_size=args.batch, stamp=stamp, workers=args.workers)
        second = time.perf_counter() - t
        assert again.removed_nodes == 0 and counts(store)["nodes"]["Case"] == args.cases
        clear(store)
        plain = [{"id": f"bench-{i}", "name": str(i)} for i in range(rows)]
        t = time.perf_counter()
        for i in range(0, rows, args.batch):
            # batches as load_graph sends them (_Rows: no multi-megabyte repr in the driver)
            store.write("UNWIND $rows AS r CREATE (n:TiangraphBench) SET n = r", rows=_Rows(plain[i:i + args.batch]))
        reference = time.perf_counter() - t
        while store.write("MATCH (n:TiangraphBench) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS c")[0]["c"]:
            pass
    print(f"graph: {args.cases} cases, {G.number_of_nodes():,} nodes + {G.number_of_edges():,} relationships = {rows:,} rows"
          f" (batches of {args.batch}, {args.workers} at a time)")
    print(f"first load:  {first:6.1f} s  {stats.rows / first:9,.0f} rows/s")
    print(f"second load: {second:6.1f} s  {again.rows / second:9,.0f} rows/s (idempotent: nothing removed, counts equal)")
    print(f"reference (plain CREATE of {rows:,} bare nodes): {reference:6.1f} s  {rows / reference:9,.0f} rows/s")
    print(f"first load / reference throughput: {(stats.rows / first) / (rows / reference):.2f}")


if __name__ == "__main__":
    main()
