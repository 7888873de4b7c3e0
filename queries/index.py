"""A read index of a graph, built once per graph and reused by every saved query.

Saved queries must answer in well under a second on tens of thousands of cases; walking
every edge per query does not. The index is kept beside the graph (weakly) and rebuilt
when the graph's node or edge count changes.
"""

from __future__ import annotations

import weakref
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Iterator

import networkx as nx

from graph import schema as S

__all__ = ["GraphIndex", "index_of", "invalidate_index", "shortest_paths"]


@dataclass
class GraphIndex:
    """Lookups the saved queries need: units per case, suggestions, reporters, names, adjacency."""

    cases: list[str] = field(default_factory=list)
    suggestion_nodes: list[str] = field(default_factory=list)
    units: dict[str, tuple[list[str], list[str]]] = field(default_factory=dict)
    suggestions: dict[str, list[str]] = field(default_factory=dict)
    reporter: dict[str, str] = field(default_factory=dict)
    by_name: dict[str, list[str]] = field(default_factory=dict)
    by_alias: dict[str, list[str]] = field(default_factory=dict)
    sentence_groups: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)
    adjacency: dict[str, list[str]] = field(default_factory=dict)
    #: Entity id → (citing case numbers, number of MENTIONS edges).
    cited: dict[str, tuple[set[str], int]] = field(default_factory=dict)
    #: Facts behind ``unit-dependencies`` and ``unit-workload``, computed on their first use.
    dependencies: Any = None
    workload: Any = None


_CACHE: "weakref.WeakKeyDictionary[nx.MultiDiGraph, tuple[tuple[int, int], GraphIndex]]" = weakref.WeakKeyDictionary()


def index_of(G: nx.MultiDiGraph, check: bool = False) -> GraphIndex:
    """The index of ``G``, built on first use.

    With ``check`` (as :func:`queries.query` does once per query) the node count is compared
    with the one the index was built from, and the index rebuilt if it differs. Counting
    edges would walk the whole graph, so a graph changed in place with the same number of
    nodes needs :func:`invalidate_index`.
    """
    hit = _CACHE.get(G)
    if hit and not check:
        return hit[1]
    signature = (G.number_of_nodes(), 0)
    if hit and hit[0] == signature:
        return hit[1]
    idx = _build(G)
    _CACHE[G] = (signature, idx)
    return idx


def invalidate_index(G: nx.MultiDiGraph) -> None:
    """Forget the index of ``G`` (after changing its edges in place)."""
    _CACHE.pop(G, None)


def _build(G: nx.MultiDiGraph) -> GraphIndex:
    idx = GraphIndex()
    owner: dict[str, str] = {}
    collection_of: dict[str, str] = {}
    lead: dict[str, set[str]] = {}
    co: dict[str, set[str]] = {}
    sugs: dict[str, set[str]] = {}
    adjacency: dict[str, set[str]] = {}
    cited: dict[str, tuple[set[str], int]] = {}
    for n, d in G.nodes(data=True):
        t = d.get("type")
        if t == S.CASE:
            idx.cases.append(n)
        elif t == S.SUGGESTION:
            idx.suggestion_nodes.append(n)
        if t != S.SUGGESTION:
            idx.by_name.setdefault(S.normalise_key(str(d.get("name", ""))), []).append(n)
            for a in d.get("aliases") or []:
                idx.by_alias.setdefault(S.normalise_key(a), []).append(n)
        if t != S.COLLECTION:
            adjacency.setdefault(n, set())
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t == S.LEAD_UNIT:
            lead.setdefault(u, set()).add(v)
        elif t == S.CO_UNIT:
            co.setdefault(u, set()).add(v)
        elif t == S.HAS_SUGGESTION:
            sugs.setdefault(u, set()).add(v)
        elif t == S.OWNED_BY:
            owner[u] = str(G.nodes[v].get("name", v))
        elif t == S.IN_COLLECTION:
            collection_of[u] = v
        elif t == S.MENTIONS:
            idx.sentence_groups.setdefault((u, d["field"], d.get("sentence", "")), []).append(v)
            cases, evidence = cited.get(v) or (set(), 0)
            cases.add(d["case"])
            cited[v] = (cases, evidence + 1)
        if u in adjacency and v in adjacency:
            adjacency[u].add(v)
            adjacency[v].add(u)
    idx.cases.sort()
    idx.suggestion_nodes.sort()
    for c in idx.cases:
        idx.units[c] = (sorted(lead.get(c, ())), sorted(co.get(c, ())))
        idx.suggestions[c] = sorted(sugs.get(c, ()), key=lambda s: (G.nodes[s]["no"], s))
    idx.reporter = {s: owner.get(collection_of.get(s, ""), "") for s in idx.suggestion_nodes}
    idx.adjacency = {n: sorted(ns) for n, ns in adjacency.items()}
    idx.cited = dict(sorted(cited.items()))
    return idx


def shortest_paths(idx: GraphIndex, src: str, dst: str, limit: int) -> list[list[str]]:
    """The first ``limit`` shortest paths from ``src`` to ``dst`` in lexicographic order of node ids."""
    if src == dst:
        return [[src]]
    dist = {dst: 0}
    queue = deque([dst])
    while queue and src not in dist:
        n = queue.popleft()
        for m in idx.adjacency.get(n, ()):
            if m not in dist:
                dist[m] = dist[n] + 1
                queue.append(m)
    if src not in dist:
        return []
    paths: list[list[str]] = []

    def walk(path: list[str]) -> Iterator[None]:
        node = path[-1]
        if node == dst:
            paths.append(list(path))
            yield None
            return
        for m in idx.adjacency[node]:
            if dist.get(m) == dist[node] - 1:
                path.append(m)
                yield from walk(path)
                path.pop()
                if len(paths) >= limit:
                    return

    for _ in walk([src]):
        if len(paths) >= limit:
            break
    return paths
