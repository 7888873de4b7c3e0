"""Loading the graph into a real Neo4j server (5.x) and reading it back.

Labels and relationship types come only from :mod:`graph.schema`; every value travels as a
bound parameter, so names with quotes, backticks, braces or Cypher keywords are stored
verbatim. Loads are idempotent: nodes and relationships are MERGEd on their ids, each
property map is replaced, and what a rebuilt graph no longer has is removed.

>>> with connect("bolt://127.0.0.1:7687", "neo4j", password) as store:   # doctest: +SKIP
...     stats = load_graph(G, store)
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import networkx as nx

from graph import schema as S
from tiangraph.errors import BackendError

__all__ = ["Neo4jStore", "connect", "connect_from_env", "load_graph", "LoadStats", "counts", "clear",
           "password_from_env", "node_props", "edge_props"]

#: Called with (what, done, total) while loading.
LoadProgress = Callable[[str, int, int], None]


def password_from_env(prompt: bool = True) -> str:
    """The Neo4j password from NEO4J_PASSWORD, or a prompt; never from the command line."""
    pw = os.environ.get("NEO4J_PASSWORD")
    if pw:
        return pw
    if prompt and os.isatty(0):
        return getpass.getpass("Neo4j password: ")
    raise BackendError("no Neo4j password: set NEO4J_PASSWORD (or run in a terminal to be asked)")


class Neo4jStore:
    """A driver and a database name; use as a context manager."""

    def __init__(self, uri: str, user: str, password: str, database: str | None = None) -> None:
        from neo4j import GraphDatabase

        self.uri = uri
        self.database = database
        try:
            self.driver = GraphDatabase.driver(uri, auth=(user, password), notifications_min_severity="OFF")
        except ValueError as e:
            raise BackendError(f"bad Neo4j URI {uri!r}: {e}") from None

    def __enter__(self) -> "Neo4jStore":
        try:
            self.check()
        except BaseException:
            self.driver.close()
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        self.driver.close()

    def check(self) -> None:
        """Fail with one clear error when the server cannot be reached or refuses the login."""
        with _errors(self.uri):
            self.driver.verify_connectivity()
            self.read("RETURN 1 AS ok")

    def write(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        """Run a write in a managed transaction (retried on transient errors)."""
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(cypher, **params)]

        with _errors(self.uri), self.driver.session(database=self.database) as session:
            return session.execute_write(work)

    def read(self, cypher: str, **params: Any) -> list[dict[str, Any]]:
        """Run a read in a managed transaction."""
        def work(tx: Any) -> list[dict[str, Any]]:
            return [r.data() for r in tx.run(cypher, **params)]

        with _errors(self.uri), self.driver.session(database=self.database) as session:
            return session.execute_read(work)


class _errors:
    """Turn driver exceptions into one-line :class:`BackendError`s."""

    def __init__(self, uri: str) -> None:
        self.uri = uri

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: Any, exc: BaseException | None, tb: Any) -> bool:
        if exc is None:
            return False
        from neo4j.exceptions import AuthError, ClientError, DriverError, Neo4jError, ServiceUnavailable, SessionExpired

        if isinstance(exc, AuthError):
            raise BackendError(f"Neo4j at {self.uri} refused the user name or password") from None
        if isinstance(exc, (ServiceUnavailable, SessionExpired, ConnectionError, OSError)):
            raise BackendError(f"cannot reach Neo4j at {self.uri} ({type(exc).__name__}); is the server running? "
                               "A load can simply be run again.") from None
        if isinstance(exc, ClientError):
            raise BackendError(f"Neo4j rejected a statement: {exc.code}: {exc.message}") from None
        if isinstance(exc, (Neo4jError, DriverError)):
            raise BackendError(f"Neo4j error: {type(exc).__name__}: {exc}") from None
        return False


def connect(uri: str, user: str = "neo4j", password: str | None = None, database: str | None = None) -> Neo4jStore:
    """A store for ``uri``; the password defaults to NEO4J_PASSWORD."""
    return Neo4jStore(uri, user, password if password is not None else password_from_env(), database)


def connect_from_env(uri: str | None, user: str = "neo4j", database: str | None = None) -> Neo4jStore:
    """A store for ``uri`` or NEO4J_URI, with the password from the environment or a prompt."""
    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        raise BackendError("no Neo4j URI: pass --uri bolt://HOST:PORT or set NEO4J_URI")
    return connect(uri, user, password_from_env(), database)


def _value(v: Any) -> Any:
    if isinstance(v, (list, tuple)):
        return [str(x) if not isinstance(x, (int, float, bool)) else x for x in v]
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return v


def node_props(n: str, d: dict[str, Any]) -> dict[str, Any]:
    """A node's property map in Neo4j (id first, no nulls, lists of scalars)."""
    return {"id": n, **{k: _value(v) for k, v in d.items() if v is not None}}


def edge_props(k: Any, d: dict[str, Any]) -> dict[str, Any]:
    """A relationship's property map: its key and its evidence."""
    return {"key": str(k), **{a: _value(v) for a, v in d.items() if v is not None and a != "type"}}


@dataclass
class LoadStats:
    """What a load wrote and removed, and how many rows it sent."""

    nodes: int = 0
    relationships: int = 0
    removed_nodes: int = 0
    removed_relationships: int = 0
    rows: int = 0
    by_label: dict[str, int] = field(default_factory=dict)


def _batches(rows: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def graph_digest(G: nx.MultiDiGraph) -> str:
    """A digest of the graph's content, stamped on what a load writes (``_load``)."""
    from graph.store import graph_to_data

    text = json.dumps(graph_to_data(G), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def create_constraints(store: Neo4jStore) -> None:
    """One uniqueness constraint on ``id`` per node label (Neo4j 5 syntax)."""
    for label in S.NODE_TYPES:
        store.write(f"CREATE CONSTRAINT tg_{label.lower()}_id IF NOT EXISTS FOR (n:{S.check_label(label)}) REQUIRE n.id IS UNIQUE")


def clear(store: Neo4jStore) -> int:
    """Delete every node with one of tiangraph's labels (nothing else), in batches."""
    removed = 0
    for label in S.NODE_TYPES:
        while True:
            rows = store.write(f"MATCH (n:{S.check_label(label)}) WITH n LIMIT 2000 DETACH DELETE n RETURN count(*) AS c")
            removed += rows[0]["c"]
            if rows[0]["c"] == 0:
                break
    return removed


def load_graph(G: nx.MultiDiGraph, store: Neo4jStore, batch_size: int = 5000, replace: bool = False,
               progress: LoadProgress | None = None, stamp: str | None = None) -> LoadStats:
    """Load ``G`` into Neo4j: constraints, then nodes and relationships in batches.

    Loading the same graph twice changes nothing; loading a rebuilt graph updates what
    changed and removes what it no longer has. ``replace`` first clears tiangraph's labels.
    ``stamp`` identifies this graph's content (default: a digest of it; the CLI passes the
    hash of ``graph.json``). Batches are prepared in a second thread while Neo4j writes.
    """
    stats = LoadStats()
    create_constraints(store)
    if replace:
        stats.removed_nodes = clear(store)
    stamp = stamp or graph_digest(G)
    total = G.number_of_nodes() + G.number_of_edges()
    for kind, cypher, batch, n in _prepared(_statements(G, stamp, batch_size, stats)):
        store.write(cypher, rows=batch)
        if kind == "nodes":
            stats.nodes += n
        else:
            stats.relationships += n
        stats.rows += n
        if progress:
            progress(kind, stats.rows, total)
    stats.removed_relationships, removed = _remove_stale(store, stamp)
    stats.removed_nodes += removed
    return stats


def _statements(G: nx.MultiDiGraph, stamp: str, batch_size: int,
                stats: LoadStats) -> Iterator[tuple[str, str, list[dict[str, Any]], int]]:
    """(kind, Cypher, rows, count) for every batch: nodes by label, then relationships by type."""
    by_label: dict[str, list[dict[str, Any]]] = {}
    for n, d in sorted(G.nodes(data=True)):
        by_label.setdefault(S.check_label(d["type"]), []).append({"id": n, "props": {**node_props(n, d), "_load": stamp}})
    for label, rows in by_label.items():
        stats.by_label[label] = len(rows)
        for batch in _batches(rows, batch_size):
            yield "nodes", f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) SET n = r.props", batch, len(batch)
    for (rel, la, lb), rows in _edge_groups(G, stamp).items():
        cypher = (f"UNWIND $rows AS r MATCH (a:{la} {{id: r.u}}) UNWIND r.rels AS x MATCH (b:{lb} {{id: x.v}}) "
                  f"MERGE (a)-[e:{rel} {{key: x.k}}]->(b) SET e = x.props")
        for batch, n in _by_source(rows, batch_size):
            yield "relationships", cypher, batch, n


def _prepared(items: Iterator[Any], depth: int = 4) -> Iterator[Any]:
    """Run a generator in a background thread, ``depth`` items ahead of the consumer."""
    import queue
    import threading

    q: "queue.Queue[Any]" = queue.Queue(maxsize=depth)
    done = object()
    failure: list[BaseException] = []

    def work() -> None:
        try:
            for item in items:
                q.put(item)
        except BaseException as e:  # handed to the consumer
            failure.append(e)
        finally:
            q.put(done)

    threading.Thread(target=work, daemon=True).start()
    while (item := q.get()) is not done:
        yield item
    if failure:
        raise failure[0]


def _by_source(rows: list[dict[str, Any]], size: int) -> Iterator[tuple[list[dict[str, Any]], int]]:
    """Relationships grouped by their start node (one lookup per node), about ``size`` per batch."""
    batch: list[dict[str, Any]] = []
    count = 0
    for r in rows:  # rows come sorted by start node
        if batch and batch[-1]["u"] == r["u"]:
            batch[-1]["rels"].append(r)
        else:
            if count >= size:
                yield batch, count
                batch, count = [], 0
            batch.append({"u": r["u"], "rels": [r]})
        count += 1
    if batch:
        yield batch, count


def _edge_groups(G: nx.MultiDiGraph, stamp: str) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        rel = d["type"]
        if rel not in S.EDGE_TYPES:
            raise BackendError(f"edge type {rel!r} is not in the schema")
        key = (rel, S.check_label(G.nodes[u]["type"]), S.check_label(G.nodes[v]["type"]))
        groups.setdefault(key, []).append({"u": u, "v": v, "k": str(k), "props": {**edge_props(k, d), "_load": stamp}})
    return groups


def _remove_stale(store: Neo4jStore, stamp: str) -> tuple[int, int]:
    rels = nodes = 0
    for rel in S.EDGE_TYPES:
        rows = store.write(f"MATCH ()-[e:{rel}]->() WHERE e._load <> $stamp DELETE e RETURN count(*) AS c", stamp=stamp)
        rels += rows[0]["c"]
    for label in S.NODE_TYPES:
        rows = store.write(f"MATCH (n:{label}) WHERE n._load <> $stamp DETACH DELETE n RETURN count(*) AS c", stamp=stamp)
        nodes += rows[0]["c"]
    return rels, nodes


def counts(store: Neo4jStore) -> dict[str, dict[str, int]]:
    """Node counts by label and relationship counts by type, for tiangraph's schema only."""
    nodes = {label: store.read(f"MATCH (n:{label}) RETURN count(n) AS c")[0]["c"] for label in S.NODE_TYPES}
    rels = {rel: store.read(f"MATCH ()-[e:{rel}]->() RETURN count(e) AS c")[0]["c"] for rel in S.EDGE_TYPES}
    return {"nodes": {k: v for k, v in nodes.items() if v}, "edges": {k: v for k, v in rels.items() if v}}
