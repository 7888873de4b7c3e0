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
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import eq
from typing import Any, Callable, Iterable, Iterator

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


def graph_digest(G: nx.MultiDiGraph) -> str:
    """A digest of the graph's content, stamped on what a load writes (``_load``)."""
    from graph.store import graph_to_data

    text = json.dumps(graph_to_data(G), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def create_constraints(store: Neo4jStore) -> None:
    """One uniqueness constraint on ``id`` per node label (Neo4j 5 syntax); those the database has
    already are not asked for again (one statement to list them instead of one per label)."""
    (row,) = store.read("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    have = set(row["names"])
    for label in S.NODE_TYPES:
        if f"tg_{label.lower()}_id" not in have:
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


class _Rows(list):  # type: ignore[type-arg]
    """A batch of parameter rows with a short ``repr``.

    The driver formats every RUN message for its debug log before it checks the log level
    (``" ".join(map(repr, fields))``); for a batch of a few megabytes that costs about as
    much client CPU as packing it, so the batch shows itself as ``<N rows>`` instead.
    """

    def __repr__(self) -> str:
        return f"<{len(self)} rows>"


@dataclass
class _Batch:
    """One UNWIND statement with its rows: one managed transaction of the load."""

    kind: str  # "nodes" or "relationships"
    cypher: str
    rows: _Rows
    count: int  # nodes or relationships it writes


def _cypher_key(name: str) -> str:
    """A property key in Cypher text: always backtick-quoted (a backtick doubled)."""
    return "`" + name.replace("`", "``") + "`"


def _map_literal(keys: list[str], var: str, offset: int) -> str:
    """``{`k0`: var[offset], `k1`: var[offset + 1], …, `_load`: $stamp}``.

    Values are list elements of a bound parameter, so only the keys (the graph's attribute
    names, quoted) are in the Cypher text; a null element leaves its property unset.
    """
    items = [f"{_cypher_key(k)}: {var}[{offset + i}]" for i, k in enumerate(keys)]
    return "{" + ", ".join([*items, "`_load`: $stamp"]) + "}"


def read_existing(store: Neo4jStore) -> dict[tuple[str, str], str]:
    """The element id of every node with a tiangraph label, by (label, id): one statement, a
    ``UNION ALL`` branch a label."""
    found: dict[tuple[str, str], str] = {}
    rows = store.read(" UNION ALL ".join(
        f"MATCH (n:{S.check_label(label)}) WHERE n.id IS NOT NULL "
        f"RETURN '{label}' AS label, collect(n.id) AS ids, collect(elementId(n)) AS es" for label in S.NODE_TYPES))
    for r in rows:
        found.update(zip(((r["label"], n) for n in r["ids"]), r["es"]))
    return found


def load_graph(G: nx.MultiDiGraph, store: Neo4jStore, batch_size: int = 5000, replace: bool = False,
               progress: LoadProgress | None = None, stamp: str | None = None, workers: int = 2) -> LoadStats:
    """Load ``G`` into Neo4j: constraints, then nodes, then relationships, in UNWIND batches.

    Every batch is one managed transaction (``execute_write``, retried on transient errors);
    ``workers`` batches are written at a time. Loading the same graph twice changes nothing;
    loading a rebuilt graph updates what changed and removes what it no longer has (its
    ``_load`` stamp is not this load's). ``replace`` first clears tiangraph's labels.
    ``stamp`` identifies this graph's content (default: a digest of it; the CLI passes the
    hash of ``graph.json``).

    What the database already holds is read first. A node that is not there yet is CREATEd,
    and so is every relationship with a new node at one end: such a relationship cannot
    exist yet. Everything else is MERGEd on its id (nodes) or its key (relationships), so a
    killed load, run again, completes without duplicates. Relationships find their ends by
    the element ids that the node batches returned, and each batch checks that it wrote
    every row.
    """
    stats = LoadStats()
    create_constraints(store)
    if replace:
        stats.removed_nodes = clear(store)
    stamp = stamp or graph_digest(G)
    existing = read_existing(store)
    total = G.number_of_nodes() + G.number_of_edges()
    element: dict[str, str] = {}

    def done(batch: _Batch, result: list[dict[str, Any]]) -> None:
        if batch.kind == "nodes":
            (r,) = result
            if len(r["ids"]) != batch.count:
                raise BackendError(f"a node batch wrote {len(r['ids'])} of {batch.count} nodes")
            element.update(zip(r["ids"], r["es"]))
            stats.nodes += batch.count
        else:
            if result[0]["c"] != batch.count:
                raise BackendError(f"a relationship batch wrote {result[0]['c']} of {batch.count} relationships: "
                                   "a node disappeared while loading; run the load again")
            stats.relationships += batch.count
        stats.rows += batch.count
        if progress:
            progress(batch.kind, stats.rows, total)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="tiangraph-prepare") as prepare:
        groups = prepare.submit(_edge_groups, G, existing)  # while the nodes are written
        _write_batches(store, _node_batches(G, existing, batch_size, stats), stamp, workers, done)
        _write_batches(store, (b for g in groups.result() for b in g.batches(element, batch_size)), stamp, workers, done)
    stats.removed_relationships, removed = _remove_stale(store, G, existing, stamp, batch_size)
    stats.removed_nodes += removed
    return stats


def _write_batches(store: Neo4jStore, batches: Iterable[_Batch], stamp: str, workers: int,
                   done: Callable[[_Batch, list[dict[str, Any]]], None]) -> None:
    """Write each batch in its own managed transaction, ``workers`` at a time, calling ``done`` in order of completion."""
    if workers <= 1:
        for batch in batches:
            done(batch, store.write(batch.cypher, rows=batch.rows, stamp=stamp))
        return

    def write(batch: _Batch) -> tuple[_Batch, list[dict[str, Any]]]:
        return batch, store.write(batch.cypher, rows=batch.rows, stamp=stamp)

    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="tiangraph-load") as pool:
        pending: set[Future[tuple[_Batch, list[dict[str, Any]]]]] = set()
        try:
            for batch in batches:
                while len(pending) >= workers:
                    finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for f in finished:
                        done(*f.result())
                pending.add(pool.submit(write, batch))
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    done(*f.result())
        except BaseException:
            for f in pending:
                f.cancel()
            raise


def _node_batches(G: nx.MultiDiGraph, existing: dict[tuple[str, str], str], size: int,
                  stats: LoadStats) -> Iterator[_Batch]:
    """Node batches by label, property values as :func:`node_props` gives them.

    A node not in the database yet is CREATEd; the others are MERGEd on ``id``. Each batch
    returns the element ids of its nodes, which the relationship batches match on.
    """
    by_label: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for n, d in sorted(G.nodes(data=True)):
        ids, data = by_label.setdefault(S.check_label(d["type"]), ([], []))
        ids.append(n)
        data.append(d)
    for label, (ids, data) in by_label.items():
        stats.by_label[label] = len(ids)
        names = sorted(set().union(*data) - {"id", "_load"})
        props = _map_literal(["id", *names], "r", 0)
        rows = list(zip(ids, *(_column(list(map(dict.get, data, repeat(a)))) for a in names)))
        found = "RETURN collect(r[0]) AS ids, collect(elementId(n)) AS es"
        new = _Rows(r for r in rows if (label, r[0]) not in existing)
        old = _Rows(r for r in rows if (label, r[0]) in existing)
        for part, cypher in ((new, f"UNWIND $rows AS r CREATE (n:{label} {props}) {found}"),
                             (old, f"UNWIND $rows AS r MERGE (n:{label} {{id: r[0]}}) SET n = {props} {found}")):
            for i in range(0, len(part), size):
                batch = _Rows(part[i:i + size])
                yield _Batch("nodes", cypher, batch, len(batch))


@dataclass
class _EdgeGroup:
    """The relationships of one type that are all CREATEd (``new``) or all MERGEd, column by column.

    Relationships are in start-node order; ``starts[i]`` is where the relationships of the
    start node ``sources[i]`` begin. ``shared`` are the attributes that all relationships of
    each start node have in common (a suggestion's case, table and file for MENTIONS): they
    travel once per start node, as ``shared_values[i]``. ``columns`` holds the values of
    the ``own`` attributes, one list per attribute.
    """

    rel: str
    new: bool
    sources: list[str]
    starts: list[int]
    ends: list[str]
    keys: list[str]
    shared: list[str]
    shared_values: list[list[Any]]
    own: list[str]
    columns: list[list[Any]]

    def cypher(self) -> str:
        """The statement for a batch of rows ``[start, [shared values], [[end, key, *own values], …]]``."""
        items = [f"{_cypher_key(k)}: r[1][{i}]" for i, k in enumerate(self.shared)]
        items += [f"{_cypher_key(k)}: x[{i + 2}]" for i, k in enumerate(self.own)]
        props = "{" + ", ".join(["`key`: x[1]", *items, "`_load`: $stamp"]) + "}"
        match = ("UNWIND $rows AS r MATCH (a) WHERE elementId(a) = r[0] "
                 "UNWIND r[2] AS x MATCH (b) WHERE elementId(b) = x[0] ")
        if self.new:
            return match + f"CREATE (a)-[e:{self.rel} {props}]->(b) RETURN count(e) AS c"
        return match + f"MERGE (a)-[e:{self.rel} {{key: x[1]}}]->(b) SET e = {props} RETURN count(e) AS c"

    def batches(self, element: dict[str, str], size: int) -> Iterator[_Batch]:
        """Batches of about ``size`` relationships, each with all relationships of its start nodes."""
        ends = [element[v] for v in self.ends]
        rels = list(zip(ends, self.keys, *self.columns))
        cypher = self.cypher()
        bounds = [*self.starts, len(rels)]
        batch: _Rows = _Rows()
        first = 0
        for i, u in enumerate(self.sources):
            batch.append([element[u], self.shared_values[i], rels[bounds[i]:bounds[i + 1]]])
            if bounds[i + 1] - first >= size:
                yield _Batch("relationships", cypher, batch, bounds[i + 1] - first)
                batch, first = _Rows(), bounds[i + 1]
        if batch:
            yield _Batch("relationships", cypher, batch, len(rels) - first)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _edge_groups(G: nx.MultiDiGraph, existing: dict[tuple[str, str], str]) -> list[_EdgeGroup]:
    """The graph's relationships as :class:`_EdgeGroup` columns, property values as :func:`edge_props` gives them.

    A relationship with a node new to the database at one end is CREATEd: it cannot exist
    yet. The others are MERGEd on their key.
    """
    old = {n for n, t in G.nodes(data="type") if (t, n) in existing}
    buckets: dict[tuple[str, bool], list[tuple[str, str, Any, dict[str, Any]]]] = {}
    for u, nbrs in G.adjacency():  # in start-node order
        u_new = u not in old
        for v, keyed in nbrs.items():
            new = u_new or v not in old
            for k, d in keyed.items():
                group = (d["type"], new)
                bucket = buckets.get(group)
                if bucket is None:
                    bucket = buckets[group] = []
                bucket.append((u, v, k, d))
    groups = []
    for (rel, new), edges in buckets.items():
        if rel not in S.EDGE_TYPES:
            raise BackendError(f"edge type {rel!r} is not in the schema")
        sources = [e[0] for e in edges]
        data = [e[3] for e in edges]
        starts = [i for i in range(len(edges)) if i == 0 or sources[i] != sources[i - 1]]
        same_source = [sources[i] == sources[i - 1] for i in range(1, len(edges))]
        names = sorted(set().union(*data) - {"type", "key", "_load"})
        columns = {a: _column(list(map(dict.get, data, repeat(a)))) for a in names}
        shared = [a for a in names if all(map(eq, compress(columns[a][1:], same_source), compress(columns[a], same_source)))]
        own = [a for a in names if a not in shared]
        keys = [str(k) if d.get("key") is None else _value(d["key"]) for _, _, k, d in edges]
        groups.append(_EdgeGroup(rel, new, [sources[i] for i in starts], starts, [e[1] for e in edges], keys, shared,
                                 [[columns[a][i] for a in shared] for i in starts], own, [columns[a] for a in own]))
    return groups


def _column(values: list[Any]) -> list[Any]:
    """Property values as :func:`edge_props` stores them (None: no property)."""
    if _PLAIN.issuperset(map(type, values)):
        return values
    return [None if v is None else _value(v) for v in values]


def _remove_stale(store: Neo4jStore, G: nx.MultiDiGraph, existing: dict[tuple[str, str], str], stamp: str,
                  size: int) -> tuple[int, int]:
    """Delete what the database held before this load and the graph no longer has.

    Only nodes that were there before can have stale relationships (a node this load
    created has only this load's), and only those not in ``G`` can be stale themselves;
    both are recognised by a ``_load`` stamp that is not this load's.
    """
    rels = nodes = 0
    before = sorted(existing.values())
    for i in range(0, len(before), size):
        rows = store.write("UNWIND $ids AS id MATCH (a) WHERE elementId(a) = id MATCH (a)-[e]->() "
                           "WHERE type(e) IN $types AND e._load <> $stamp DELETE e RETURN count(e) AS c",
                           ids=before[i:i + size], types=list(S.EDGE_TYPES), stamp=stamp)
        rels += rows[0]["c"]
    gone = sorted(e for (label, n), e in existing.items() if n not in G or G.nodes[n].get("type") != label)
    for i in range(0, len(gone), size):
        rows = store.write("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id AND n._load <> $stamp "
                           "DETACH DELETE n RETURN count(*) AS c", ids=gone[i:i + size], stamp=stamp)
        nodes += rows[0]["c"]
    return rels, nodes


def counts(store: Neo4jStore) -> dict[str, dict[str, int]]:
    """Node counts by label and relationship counts by type, for tiangraph's schema only (in one
    statement, each branch read from the database's count store)."""
    nodes = [f"MATCH (n:{S.check_label(label)}) RETURN 'nodes' AS kind, '{label}' AS name, count(n) AS c"
             for label in S.NODE_TYPES]
    rels = [f"MATCH ()-[e:{rel}]->() RETURN 'edges' AS kind, '{rel}' AS name, count(e) AS c" for rel in S.EDGE_TYPES]
    found: dict[str, dict[str, int]] = {"nodes": {}, "edges": {}}
    for r in store.read(" UNION ALL ".join(nodes + rels)):
        if r["c"]:
            found[r["kind"]][r["name"]] = r["c"]
    return found
