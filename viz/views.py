"""Views of the graph: the part of it one page draws, with positions and evidence.

Each function takes the graph first and returns a :class:`View`; pages are rendered from
views by :mod:`viz.render`.

>>> from graph import new_graph, add_entity
>>> G = new_graph(); p = add_entity(G, "Platform", "学习强安")
>>> ego_view(G, p).nodes
['platform:学习强安']
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import networkx as nx

from graph import schema as S
from queries import resolve
from tiangraph.errors import UsageError
from viz.evidence import Evidence, mention_evidence
from viz.layout import FORCE_MAX_NODES, cluster_layout, force_layout, radial_layout

__all__ = ["View", "ViewEdge", "ego_view", "overview", "resolve_focus", "case_links", "case_node_id", "node_order",
           "EGO_MAX_NODES", "FOLD_ABOVE", "OVERVIEW_MAX_NODES", "VIEW_MAX_EDGES", "EDGE_EVIDENCE_CAP",
           "heaviest_edges", "capped_edges"]

#: A page's ego graph stops growing at this many nodes.
EGO_MAX_NODES = 250
#: An entity mentioned by more suggestions than this is drawn with its citing cases instead.
FOLD_ABOVE = 60
#: The overview keeps the best-connected nodes up to this many (suggestions are folded into cases).
OVERVIEW_MAX_NODES = 1500
#: No view draws more lines than this (at 10,000 cases the overview's 1,500 nodes had 55,342
#: lines: a 23 MB page, 3.8 s to draw); :func:`capped_edges` keeps the heaviest.
VIEW_MAX_EDGES = 20000
#: Evidence sentences kept on one aggregated link (all of them are on the nodes' own pages).
EDGE_EVIDENCE_CAP = 3

_TYPE_ORDER = {t: i for i, t in enumerate(S.NODE_TYPES)}
_CASE_LINK_TYPES = (S.MENTIONS, S.LEAD_UNIT, S.CO_UNIT, S.PROPOSED_BY)


@dataclass
class ViewEdge:
    """One drawn line: every graph edge of the listed types between two nodes, folded together."""

    source: str
    target: str
    types: tuple[str, ...]
    evidence: list[Evidence] = field(default_factory=list)
    weight: int = 1
    cases: tuple[str, ...] = ()      # case nodes behind a unit–unit link
    shared: tuple[str, ...] = ()     # entities behind a unit–unit link


@dataclass
class View:
    """The nodes, positions and lines of one drawing; ``note`` says what was left out."""

    kind: str
    title: str
    nodes: list[str]
    positions: dict[str, tuple[int, int]]
    edges: list[ViewEdge]
    focus: str | None = None
    note: str = ""


def node_order(G: nx.MultiDiGraph, n: str) -> tuple[int, str, str]:
    """Sort key of nodes: by type (schema order), then name, then id."""
    d = G.nodes[n]
    return _TYPE_ORDER.get(d.get("type", ""), 99), str(d.get("name", "")), n


def resolve_focus(G: nx.MultiDiGraph, ref: str) -> str:
    """The node a focus names: a node id, a case number, or an entity's name or alias.

    >>> resolve_focus(nx.MultiDiGraph(), "学习强安")
    Traceback (most recent call last):
    tiangraph.errors.UsageError: nothing in the graph is called '学习强安'
    """
    found = resolve(G, ref)
    if len(found) > 1:
        raise UsageError(f"{ref.strip()!r} names {len(found)} nodes; give one of their ids: {', '.join(found)}")
    return found[0]


def _walk(G: nx.MultiDiGraph, focus: str, depth: int, max_nodes: int) -> tuple[dict[str, str | None], dict[str, int], bool]:
    """Breadth-first from ``focus``; only cases and suggestions lead further (entities are ends)."""
    parent: dict[str, str | None] = {focus: None}
    dist = {focus: 0}
    frontier, full = [focus], False
    for d in range(1, depth + 1):
        nxt = []
        for u in frontier:
            if u != focus and G.nodes[u].get("type") not in (S.CASE, S.SUGGESTION):
                continue
            near = (set(G.successors(u)) | set(G.predecessors(u))) - parent.keys()
            for v in sorted(near, key=lambda n: node_order(G, n)):
                if G.nodes[v].get("type") == S.COLLECTION:
                    continue
                if len(parent) >= max_nodes:
                    full = True
                    break
                parent[v], dist[v] = u, d
                nxt.append(v)
        frontier = nxt
    return parent, dist, full


def _edges_among(G: nx.MultiDiGraph, nodes: list[str]) -> list[ViewEdge]:
    keep = set(nodes)
    grouped: dict[tuple[str, str, str], ViewEdge] = {}
    for u in nodes:
        for _, v, d in G.out_edges(u, data=True):
            if v not in keep:
                continue
            t = d.get("type", "")
            e = grouped.get((u, v, t))
            if e is None:
                e = grouped[u, v, t] = ViewEdge(u, v, (t,), weight=0)
            e.weight += 1
            if t == S.MENTIONS:
                e.evidence.append(mention_evidence(G, u, v, d))
    for e in grouped.values():
        e.evidence.sort(key=Evidence.sort_key)
    return [grouped[k] for k in sorted(grouped)]


def ego_view(G: nx.MultiDiGraph, focus: str, depth: int = 2, max_nodes: int = EGO_MAX_NODES) -> View:
    """A node and what lies within ``depth`` links of it (1 or 2 are the useful values)."""
    if focus not in G:
        focus = resolve_focus(G, focus)
    if G.nodes[focus].get("type") in S.ENTITY_TYPES and G.in_degree(focus) > FOLD_ABOVE:
        return _cases_around(G, focus, max_nodes)
    parent, dist, full = _walk(G, focus, max(0, depth), max_nodes)
    nodes = list(parent)
    note = f"只显示了前 {max_nodes} 个节点。" if full else ""
    name = G.nodes[focus].get("name", focus)
    return View(kind="ego", title=str(name), nodes=nodes, positions=radial_layout(focus, parent, dist),
                edges=_edges_among(G, nodes), focus=focus, note=note)


def _cases_around(G: nx.MultiDiGraph, focus: str, max_nodes: int) -> View:
    """A much-cited entity and the cases that cite or involve it (suggestions folded into cases)."""
    weight: dict[str, int] = {}       # per case: its links to focus, their types, its first mentions
    types: dict[str, tuple[str, ...]] = {}
    first: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for u, _, d in G.in_edges(focus, data=True):
        t = d.get("type")
        if t not in _CASE_LINK_TYPES:
            continue
        case = _case_of(G, u)
        if case is None:
            continue
        if case not in weight:
            weight[case], types[case], first[case] = 0, (), []
        weight[case] += 1
        if t not in types[case]:
            types[case] = tuple(sorted((*types[case], t)))
        if t == S.MENTIONS and len(first[case]) < EDGE_EVIDENCE_CAP:
            first[case].append((u, d))
    order = {c: node_order(G, c) for c in weight}
    ranked = sorted(weight, key=lambda c: (-weight[c], order[c]))
    keep = sorted(ranked[: max_nodes - 1], key=order.__getitem__)
    links = {c: ViewEdge(c, focus, types[c], weight=weight[c],     # only the cases drawn need their sentences
                         evidence=[mention_evidence(G, u, focus, d) for u, d in first[c]]) for c in keep}
    note = f"被 {len(weight)} 件提案引用：建议已并入所属提案。"
    if len(ranked) > len(keep):
        note += f" 只显示引用次数最多的 {len(keep)} 件。"
    nodes = [focus, *keep]
    return View(kind="ego", title=str(G.nodes[focus].get("name", focus)), nodes=nodes,
                positions=cluster_layout([nodes], {}), edges=[links[c] for c in keep], focus=focus, note=note)


@lru_cache(maxsize=1 << 16)
def case_node_id(number: str) -> str:
    """The node id of a case number (remembered: each case is asked for by every suggestion and row naming it)."""
    return S.node_id(S.CASE, number)


def _case_of(G: nx.MultiDiGraph, n: str) -> str | None:
    """The case node of a case or suggestion ``n``."""
    d = G.nodes[n]
    if d.get("type") == S.CASE:
        return n
    cid = case_node_id(str(d.get("case", ""))) if d.get("case") else None
    return cid if cid in G else None


def case_links(G: nx.MultiDiGraph, cap: int | None = None) -> dict[tuple[str, str], ViewEdge]:
    """Case–entity links with suggestions folded into their case: mentions, units and proposers.

    Each link's evidence is in :meth:`Evidence.sort_key` order; with ``cap`` (0 or more), only
    its first ``cap`` sentences are kept (the same as cutting the full list, without ever holding it).
    """
    links: dict[tuple[str, str], ViewEdge] = {}
    key = Evidence.sort_key
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t not in _CASE_LINK_TYPES:
            continue
        case = _case_of(G, u)
        if case is None:
            continue
        e = links.get((case, v))
        if e is None:
            e = links[case, v] = ViewEdge(case, v, (), weight=0)
        if t not in e.types:
            e.types = tuple(sorted((*e.types, t)))
        e.weight += 1
        if t == S.MENTIONS and cap != 0:
            ev = mention_evidence(G, u, v, d)
            if cap is None:
                e.evidence.append(ev)
            elif len(e.evidence) < cap or key(ev) < key(e.evidence[-1]):
                insort(e.evidence, ev, key=key)     # after its equals, as the stable sort puts it
                del e.evidence[cap:]
    if cap is None:
        for e in links.values():
            e.evidence.sort(key=key)
    return links


def layout_view(G: nx.MultiDiGraph, nodes: list[str], edges: list[ViewEdge]) -> dict[str, tuple[int, int]]:
    """Force layout for small views, type clusters with cases between them for large ones."""
    if len(nodes) <= FORCE_MAX_NODES:
        return force_layout(nodes, [(e.source, e.target) for e in edges])
    keep = set(nodes)
    clusters = [[n for n in nodes if G.nodes[n].get("type") == t] for t in S.NODE_TYPES if t != S.CASE]
    attached: dict[str, list[str]] = {n: [] for n in nodes if G.nodes[n].get("type") == S.CASE}
    for e in edges:
        if e.source in attached and e.target in keep:
            attached[e.source].append(e.target)
    return cluster_layout([c for c in clusters if c], attached)


def _degree(edges: list[ViewEdge]) -> dict[str, int]:
    deg: dict[str, int] = {}
    for e in edges:
        deg[e.source] = deg.get(e.source, 0) + 1
        deg[e.target] = deg.get(e.target, 0) + 1
    return deg


def heaviest_edges(edges: list[ViewEdge], cap: int) -> list[ViewEdge]:
    """``cap`` of ``edges`` (in their order): each node's heaviest line first, so that every node
    keeps one, then the heaviest of the rest (ties in their order)."""
    chosen: set[int] = set()
    best: dict[str, int] = {}
    for i, e in enumerate(edges):
        for n in (e.source, e.target):
            if n not in best or e.weight > edges[best[n]].weight:
                best[n] = i
    for i in sorted(set(best.values())):
        if len(chosen) < cap:
            chosen.add(i)
    for i in sorted(range(len(edges)), key=lambda i: -edges[i].weight):
        if len(chosen) >= cap:
            break
        chosen.add(i)
    return [edges[i] for i in sorted(chosen)]


def capped_edges(edges: list[ViewEdge], cap: int = VIEW_MAX_EDGES) -> tuple[list[ViewEdge], str]:
    """``edges``, or :func:`heaviest_edges` of them past ``cap``, and what a view's note says of it ("" when none was left out)."""
    if len(edges) <= cap:
        return edges, ""
    return heaviest_edges(edges, cap), f" 连线共 {len(edges)} 条，只画出 {cap} 条：每个节点最重的一条，其余按引用次数。"


def overview(G: nx.MultiDiGraph, max_nodes: int = OVERVIEW_MAX_NODES,
             links: dict[tuple[str, str], ViewEdge] | None = None, max_edges: int = VIEW_MAX_EDGES) -> View:
    """The whole graph at a glance: cases and the entities they cite, suggestions folded into cases.

    Large graphs keep the ``max_nodes`` best-connected nodes, and at most ``max_edges`` of the
    lines among them (:func:`capped_edges`); the note says how many were left out.
    ``links`` is :func:`case_links` of ``G`` when already at hand (its evidence is cut to
    :data:`EDGE_EVIDENCE_CAP` in place).
    """
    if links is None:
        links = case_links(G, EDGE_EVIDENCE_CAP)
    edges = [links[k] for k in sorted(links)]
    for e in edges:
        e.evidence = e.evidence[:EDGE_EVIDENCE_CAP]
    deg = _degree(edges)
    candidates = sorted({n for n, d in G.nodes(data=True) if d.get("type") == S.CASE} | set(deg),
                        key=lambda n: node_order(G, n))
    note = "建议已并入所属提案；办理情况表未画出。"
    if len(candidates) > max_nodes:
        ranked = sorted(candidates, key=lambda n: (-deg.get(n, 0), node_order(G, n)))
        keep = set(ranked[:max_nodes])
        candidates = [n for n in candidates if n in keep]
        note += f" 共 {len(ranked)} 个节点，只显示连接最多的 {max_nodes} 个；其余见首页搜索。"
    keep = set(candidates)
    edges = [e for e in edges if e.source in keep and e.target in keep]
    edges, left_out = capped_edges(edges, max_edges)
    note += left_out
    clustered = sorted(candidates, key=lambda n: (node_order(G, n)[0], -deg.get(n, 0), n))
    return View(kind="overview", title="全图总览", nodes=candidates, positions=layout_view(G, clustered, edges),
                edges=edges, note=note)
