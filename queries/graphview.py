"""Small readers of the graph shared by the saved queries: lookups, cases of a mention, units."""

from __future__ import annotations

import difflib
from typing import Any, Iterator

import networkx as nx

from graph import schema as S
from tiangraph.errors import UsageError

__all__ = ["resolve", "mention_edges", "case_units", "entities", "case_of", "node_label"]


def entities(G: nx.MultiDiGraph, type_: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
    """Entity nodes (of one type, or of all six), in id order."""
    types = (type_,) if type_ else S.ENTITY_TYPES
    for n in sorted(G.nodes):
        d = G.nodes[n]
        if d.get("type") in types:
            yield n, d


def mention_edges(G: nx.MultiDiGraph, target: str | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """MENTIONS edges (source, entity, evidence), all of them or those into ``target``."""
    edges = G.in_edges(target, data=True) if target is not None else G.edges(data=True)
    for u, v, d in edges:
        if d.get("type") == S.MENTIONS:
            yield u, v, d


def case_of(G: nx.MultiDiGraph, node: str) -> str | None:
    """The case number a case or suggestion node belongs to."""
    return G.nodes[node].get("case")


def case_units(G: nx.MultiDiGraph, case_node: str) -> tuple[list[str], list[str]]:
    """Ids of a case's lead and co-handling units."""
    from queries.index import index_of

    return index_of(G).units.get(case_node, ([], []))


def node_label(G: nx.MultiDiGraph, n: str) -> str:
    """A node's display name."""
    return str(G.nodes[n].get("name", n))


def resolve(G: nx.MultiDiGraph, ref: str, types: tuple[str, ...] | None = None) -> list[str]:
    """Node ids that ``ref`` names: an id, a case number, a canonical name or a surface form.

    An unknown reference raises :class:`UsageError` with the closest names.
    """
    ref = ref.strip()
    allowed = types or S.NODE_TYPES
    if ref in G and G.nodes[ref].get("type") in allowed:
        return [ref]
    if S.CASE in allowed and S.node_id(S.CASE, ref) in G:
        return [S.node_id(S.CASE, ref)]
    from queries.index import index_of

    idx = index_of(G)
    key = S.normalise_key(ref)
    exact = sorted(n for n in idx.by_name.get(key, []) if G.nodes[n].get("type") in allowed)
    alias = sorted(n for n in idx.by_alias.get(key, []) if G.nodes[n].get("type") in allowed)
    found = exact or alias
    if found:
        return found
    names = sorted({str(d.get("name")) for _, d in G.nodes(data=True)
                    if d.get("type") in allowed and d.get("type") != S.SUGGESTION})
    close = difflib.get_close_matches(ref, names, n=5, cutoff=0.4)
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise UsageError(f"nothing in the graph is called {ref!r}{hint}")
