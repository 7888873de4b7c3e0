"""A real Neo4j server (started by `make test`): loading, idempotence, parity with the embedded graph."""

from __future__ import annotations

import os
import signal
import time
import socket
import subprocess
import sys

import pytest

from graph import schema as S
from graph.neo4j_store import BackendError, connect, counts, edge_props, load_graph, node_props
from neo4j_server import server_auth, server_uri, wait_for_bolt
from queries import QUERIES, query
from queries.cypher import run_cypher

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def store():
    uri = server_uri()
    if uri is None:
        if os.environ.get("TIANGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail("TIANGRAPH_REQUIRE_NEO4J=1 but no Neo4j server was started (TIANGRAPH_NEO4J_URI unset)")
        pytest.skip("no Neo4j server (run `make test`, which starts one)")
    user, password = server_auth()
    wait_for_bolt(uri, user, password, timeout=60)
    with connect(uri, user, password) as s:
        yield s


def _embedded_counts(G):
    nodes, edges = {}, {}
    for _, d in G.nodes(data=True):
        nodes[d["type"]] = nodes.get(d["type"], 0) + 1
    for *_, d in G.edges(data=True):
        edges[d["type"]] = edges.get(d["type"], 0) + 1
    return {"nodes": nodes, "edges": edges}


def _norm(c):
    return {k: dict(sorted(v.items())) for k, v in c.items()}


def test_sample_loads_with_the_embedded_counts_and_twice_changes_nothing(store, sample_graph):
    load_graph(sample_graph, store, replace=True)
    first = counts(store)
    assert _norm(first) == _norm(_embedded_counts(sample_graph))
    stats = load_graph(sample_graph, store)
    assert counts(store) == first
    assert (stats.removed_nodes, stats.removed_relationships) == (0, 0)


def test_a_dropped_constraint_is_made_again_and_the_others_are_kept(store, sample_graph):
    def names():
        return set(store.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS n")[0]["n"])

    load_graph(sample_graph, store)
    ours = {f"tg_{label.lower()}_id" for label in S.NODE_TYPES}
    assert ours <= names()
    store.write("DROP CONSTRAINT tg_site_id")
    assert "tg_site_id" not in names()
    load_graph(sample_graph, store)
    assert ours <= names()
    site = sorted(n for n, d in sample_graph.nodes(data="type") if d == "Site")[0]
    with pytest.raises(BackendError, match="already exists"):
        store.write("CREATE (:Site {id: $id})", id=site)  # the constraint holds again


def test_evidence_is_kept_on_relationships(store, sample_graph):
    load_graph(sample_graph, store)
    rows = store.read("MATCH (s)-[m:MENTIONS]->(p:Platform {name: $n}) RETURN m.sentence AS sentence, m.start AS start, "
                      "m.end AS end, m.field AS field", n="学习强安")
    assert len(rows) >= 3 and all("学习强安" in r["sentence"] and r["end"] > r["start"] for r in rows)


def _stored(store):
    """Every tiangraph node's and relationship's properties in Neo4j, by id and by (start, end, key)."""
    nodes = {r["id"]: r["p"] for r in store.read(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN n.id AS id, properties(n) AS p",
        labels=list(S.NODE_TYPES))}
    rels: dict = {}
    for r in store.read("MATCH (a)-[e]->(b) WHERE type(e) IN $types RETURN a.id AS a, b.id AS b, type(e) AS t, "
                        "properties(e) AS p", types=list(S.EDGE_TYPES)):
        rels.setdefault((r["a"], r["b"], r["p"]["key"]), []).append({**r["p"], "type": r["t"]})
    return nodes, rels


def _expected(G, stamp):
    nodes = {n: {**node_props(n, d), "_load": stamp} for n, d in G.nodes(data=True)}
    rels = {(u, v, str(k)): [{**edge_props(k, d), "_load": stamp, "type": d["type"]}] for u, v, k, d in
            G.edges(keys=True, data=True)}
    return nodes, rels


def test_properties_are_the_embedded_graphs_on_a_first_load_and_a_reload(store, sample_graph):
    load_graph(sample_graph, store, replace=True, stamp="first")
    assert _stored(store) == _expected(sample_graph, "first")
    load_graph(sample_graph, store, stamp="again", workers=1)
    assert _stored(store) == _expected(sample_graph, "again")


def test_a_partly_loaded_database_is_completed_without_duplicates(store, sample_graph):
    """Some nodes and relationships already there (an older graph): new ones are created, the others merged."""
    older = sample_graph.copy()
    cases = sorted(n for n, d in sample_graph.nodes(data=True) if d["type"] == S.CASE)
    older.remove_nodes_from(cases[:3])
    for u, v, k, d in list(older.edges(keys=True, data=True))[::5]:
        older.edges[u, v, k]["sentence"] = "an older sentence"
    load_graph(older, store, replace=True, stamp="older")
    stats = load_graph(sample_graph, store, stamp="newer", batch_size=7)
    assert _stored(store) == _expected(sample_graph, "newer")
    assert (stats.removed_nodes, stats.removed_relationships) == (0, 0)


def test_a_node_deleted_during_a_load_fails_it_and_a_rerun_completes(store, sample_graph):
    """Relationships match their ends by the element ids the node batches returned; a batch that
    finds fewer ends than it was sent fails the load instead of leaving relationships out."""
    victim = sorted(n for n, d in sample_graph.nodes(data=True) if d["type"] == S.SUGGESTION)[0]

    def delete_after_the_nodes(kind, done, total):
        if kind == "nodes" and done == sample_graph.number_of_nodes():
            store.write("MATCH (n:Suggestion {id: $id}) DETACH DELETE n", id=victim)

    load_graph(sample_graph, store, replace=True)
    store.write("MATCH (n:Suggestion {id: $id}) DETACH DELETE n", id=victim)
    with pytest.raises(BackendError, match="disappeared"):
        load_graph(sample_graph, store, workers=1, progress=delete_after_the_nodes)
    load_graph(sample_graph, store)
    assert _norm(counts(store)) == _norm(_embedded_counts(sample_graph))


PARAMS = {
    "shared-citations": [{}, {"type": "Platform"}, {"type": "Document", "min_cases": 1}],
    "cases-citing": [{"entity": "学习强安"}, {"entity": "市规划和自然资源局"}],
    "unit-dependencies": [{}, {"unit": "市应急管理局"}, {"min_weight": 2}],
    "case-profile": [{"case": c} for c in ("20210194", "20210099", "20210236", "20210573")],
    "unit-workload": [{}, {"unit": "市应急管理局"}],
    "next-year": [{}, {"unit": "市水务局"}],
    "outside-remit": [{}],
    "documents-by-issuer": [{}],
    "connect": [{"a": "20210194", "b": "学习强安"}, {"a": "20210099", "b": "20210573", "max_paths": 5}],
}


def test_every_saved_query_has_parity_cases():
    assert set(PARAMS) == set(QUERIES)


@pytest.mark.parametrize("name,params", [(n, p) for n, ps in PARAMS.items() for p in ps])
def test_saved_query_parity_on_the_sample(store, sample_graph, name, params):
    load_graph(sample_graph, store, replace=True)
    assert run_cypher(store, name, **params) == query(sample_graph, name, **params)


def test_saved_query_parity_on_a_synthetic_corpus(store):
    from synth import synthetic_graph

    G = synthetic_graph(cases=300, seed=7)
    load_graph(G, store, replace=True)
    assert _norm(counts(store)) == _norm(_embedded_counts(G))
    some_case = sorted(d["case"] for _, d in G.nodes(data=True) if d["type"] == S.CASE)[17]
    some_platform = sorted(d["name"] for _, d in G.nodes(data=True) if d["type"] == S.PLATFORM)[0]
    for name, params in [("shared-citations", {}), ("shared-citations", {"type": "Platform", "min_cases": 3}),
                         ("cases-citing", {"entity": some_platform}), ("unit-dependencies", {}),
                         ("case-profile", {"case": some_case}), ("unit-workload", {}), ("next-year", {}),
                         ("outside-remit", {}), ("documents-by-issuer", {}),
                         ("connect", {"a": some_case, "b": some_platform})]:
        assert run_cypher(store, name, **params) == query(G, name, **params), name


def test_weird_names_are_stored_verbatim(store):
    from test_queries import WEIRD, weird_graph

    G = weird_graph()
    load_graph(G, store, replace=True)
    names = {r["name"] for r in store.read("MATCH (n:Platform) RETURN n.name AS name")}
    assert WEIRD[0] in names
    units = {r["name"] for r in store.read("MATCH (n:Unit) RETURN n.name AS name")}
    assert set(WEIRD) <= units
    assert run_cypher(store, "cases-citing", entity=WEIRD[0]) == query(G, "cases-citing", entity=WEIRD[0])


def test_rebuilt_graph_updates_and_replace_leaves_other_labels(store, sample_graph):
    store.write("MERGE (x:NotTiangraph {id: 'keep-me'})")
    load_graph(sample_graph, store, replace=True)
    smaller = sample_graph.copy()
    smaller.remove_node(S.node_id(S.CASE, "20210573"))
    stats = load_graph(smaller, store)
    assert stats.removed_nodes == 1
    assert counts(store)["nodes"]["Case"] == 6
    load_graph(sample_graph, store, replace=True)
    assert store.read("MATCH (x:NotTiangraph) RETURN count(x) AS c")[0]["c"] == 1
    store.write("MATCH (x:NotTiangraph) DELETE x")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "tiangraph.cli", *map(str, args)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def test_cli_load_and_query(store, sample_graph_dir):
    uri = server_uri()
    r = _cli("neo4j", "load", sample_graph_dir, "--uri", uri, "--replace", env={"NEO4J_PASSWORD": server_auth()[1]})
    assert r.returncode == 0, r.stderr
    assert "Case 7" in r.stdout
    r = _cli("query", "shared-citations", "--type", "Platform", "--backend", "neo4j", "--uri", uri, "--format", "json",
             env={"NEO4J_PASSWORD": server_auth()[1]})
    embedded = _cli("query", "shared-citations", "--type", "Platform", "--graph", sample_graph_dir, "--format", "json")
    assert r.returncode == 0 and r.stdout == embedded.stdout


def test_connection_refused_wrong_password_and_no_password(store, sample_graph_dir):
    r = _cli("neo4j", "load", sample_graph_dir, "--uri", f"bolt://127.0.0.1:{_free_port()}", env={"NEO4J_PASSWORD": "x"})
    assert r.returncode == 1 and r.stderr.count("\n") == 1 and "cannot reach Neo4j" in r.stderr
    r = _cli("neo4j", "load", sample_graph_dir, "--uri", server_uri(), env={"NEO4J_PASSWORD": "wrong-password"})
    assert r.returncode == 1 and "refused the user name or password" in r.stderr
    env = {k: v for k, v in os.environ.items() if k != "NEO4J_PASSWORD"}
    r = subprocess.run([sys.executable, "-m", "tiangraph.cli", "neo4j", "load", str(sample_graph_dir), "--uri", server_uri()],
                       capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL)
    assert r.returncode == 1 and "NEO4J_PASSWORD" in r.stderr
    with pytest.raises(BackendError, match="cannot reach Neo4j"):
        with connect(f"bolt://127.0.0.1:{_free_port()}", "neo4j", "x"):
            pass


def test_password_never_on_the_command_line():
    r = _cli("neo4j", "load", "--help")
    assert "--password" not in r.stdout


def test_kill_during_load_then_rerun_completes(store, tmp_path):
    from synth import synthetic_graph

    from graph.store import write_graph_json

    G = synthetic_graph(cases=1500, seed=3)
    (tmp_path / "g").mkdir()
    write_graph_json(G, tmp_path / "g" / "graph.json")
    load_graph(synthetic_graph(cases=50, seed=4), store, replace=True)
    env = {**os.environ, "NEO4J_PASSWORD": server_auth()[1]}
    cmd = [sys.executable, "-m", "tiangraph.cli", "neo4j", "load", str(tmp_path / "g"), "--uri", server_uri(),
           "--batch-size", "500"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and store.read("MATCH (n:Suggestion) RETURN count(n) AS c")[0]["c"] < 500:
        time.sleep(0.2)
    assert proc.poll() is None, "the load ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = counts(store)
    assert partial != _norm(_embedded_counts(G))
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert r.returncode == 0, r.stderr
    assert _norm(counts(store)) == _norm(_embedded_counts(G))
