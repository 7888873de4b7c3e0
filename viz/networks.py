"""The two derived networks: units that work together, and entities several cases cite.

Both take their rows from the saved queries (``unit-dependencies``, ``shared-citations``),
so the pages show exactly what ``tiangraph query`` answers.

>>> from graph import new_graph
>>> unit_dependencies(new_graph())
[]
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from queries import query
from viz.views import (EDGE_EVIDENCE_CAP, View, ViewEdge, capped_edges, case_links, case_node_id, layout_view,
                        node_order)

__all__ = ["unit_dependencies", "shared_citations", "unit_network", "shared_citations_view",
           "UNIT_MAX_NODES", "SHARED_MAX_ENTITIES", "SHARED_MAX_CASES"]

Rows = list[dict[str, Any]]

#: The unit network keeps the units with the heaviest links up to this many.
UNIT_MAX_NODES = 150
#: The shared-citations view keeps the most widely cited entities up to this many.
SHARED_MAX_ENTITIES = 150
#: ... and draws at most this many of the cases citing them (10,000 cases drew 213,675 lines:
#: a 102 MB page, 22 s to draw).
SHARED_MAX_CASES = 1000


def unit_dependencies(G: nx.MultiDiGraph) -> Rows:
    """Unit pairs as rows ``{a, b, weight, cases, shared}`` of node ids, heaviest first (``unit-dependencies``)."""
    rows = [{"a": r["unit_a_id"], "b": r["unit_b_id"], "weight": r["weight"],
             "cases": list(map(case_node_id, r["cases"])), "shared": r["shared_ids"]}
            for r in query(G, "unit-dependencies", limit=0)]
    rows.sort(key=lambda r: (-r["weight"], r["a"], r["b"]))
    return rows


def shared_citations(G: nx.MultiDiGraph, min_cases: int = 2) -> Rows:
    """Entities cited by at least ``min_cases`` cases, as rows ``{id, cases}``, most cited first (``shared-citations``)."""
    rows = [{"id": r["id"], "cases": list(map(case_node_id, r["cases"]))}
            for r in query(G, "shared-citations", min_cases=min_cases)]
    rows.sort(key=lambda r: (-len(r["cases"]), node_order(G, r["id"])))
    return rows


def unit_network(G: nx.MultiDiGraph, max_nodes: int = UNIT_MAX_NODES, rows: Rows | None = None) -> View:
    """Units linked by co-handling cases and by citing the same platforms and documents.

    ``rows`` is :func:`unit_dependencies` of ``G`` when already at hand.
    """
    if rows is None:
        rows = unit_dependencies(G)
    weight: dict[str, int] = {}
    for r in rows:
        weight[r["a"]] = weight.get(r["a"], 0) + r["weight"]
        weight[r["b"]] = weight.get(r["b"], 0) + r["weight"]
    ranked = sorted(weight, key=lambda n: (-weight[n], node_order(G, n)))
    keep = set(ranked[:max_nodes])
    nodes = sorted(keep, key=lambda n: node_order(G, n))
    edges = [ViewEdge(r["a"], r["b"], (), weight=r["weight"], cases=tuple(r["cases"]), shared=tuple(r["shared"]))
             for r in rows if r["a"] in keep and r["b"] in keep]
    edges.sort(key=lambda e: (e.source, e.target))
    note = "连线：共同办理同一提案，或在同一句话中与同一平台/文件一起出现；线越粗，联系越多。"
    if len(ranked) > max_nodes:
        note += f" 共 {len(ranked)} 个单位，只显示联系最多的 {max_nodes} 个。"
    return View(kind="units", title="部门协同网络", nodes=nodes, positions=layout_view(G, nodes, edges),
                edges=edges, note=note)


def _cases_drawn(G: nx.MultiDiGraph, rows: Rows, max_cases: int) -> tuple[list[str], int]:
    """The cases of ``rows`` (entities, most cited first) to draw, at most ``max_cases``, and how
    many cases cite them: each entity in turn gives its next case, those citing more of the
    entities first, until the cap."""
    score: dict[str, int] = {}
    for r in rows:
        for c in r["cases"]:
            score[c] = score.get(c, 0) + 1
    if len(score) <= max_cases:
        return sorted(score, key=lambda n: node_order(G, n)), len(score)
    queues = [iter(sorted(r["cases"], key=lambda c: (-score[c], node_order(G, c)))) for r in rows]
    chosen: dict[str, None] = {}
    while queues and len(chosen) < max_cases:
        for queue in list(queues):
            case = next((c for c in queue if c not in chosen), None)
            if case is None:
                queues.remove(queue)
            elif len(chosen) < max_cases:
                chosen[case] = None
    return sorted(chosen, key=lambda n: node_order(G, n)), len(score)


def shared_citations_view(G: nx.MultiDiGraph, min_cases: int = 2, max_entities: int = SHARED_MAX_ENTITIES,
                          rows: Rows | None = None, links: dict[tuple[str, str], ViewEdge] | None = None,
                          max_cases: int = SHARED_MAX_CASES) -> View:
    """Entities cited by at least ``min_cases`` cases, and those cases (at most ``max_cases`` drawn).

    ``rows`` (:func:`shared_citations` of ``G`` with ``min_cases``) and ``links``
    (:func:`viz.views.case_links` of ``G``) are passed when already at hand.
    """
    if rows is None:
        rows = shared_citations(G, min_cases=min_cases)
    note = f"被至少 {min_cases} 件提案引用的实体。"
    if len(rows) > max_entities:
        note += f" 共 {len(rows)} 个，只显示引用最多的 {max_entities} 个。"
        rows = rows[:max_entities]
    entities = [r["id"] for r in rows]
    cases, citing = _cases_drawn(G, rows, max_cases)
    if citing > len(cases):
        note += f" 引用它们的提案共 {citing} 件，只画出 {len(cases)} 件：每个实体轮流选一件，引用这些实体最多的提案优先。"
    if links is None:
        links = case_links(G, EDGE_EVIDENCE_CAP)
    edges = []
    drawn = set(cases)
    for r in rows:
        for c in r["cases"]:
            e = links.get((c, r["id"])) if c in drawn else None
            if e is not None:
                edges.append(ViewEdge(c, r["id"], e.types, e.evidence[:EDGE_EVIDENCE_CAP], e.weight))
    edges.sort(key=lambda e: (e.source, e.target))
    edges, left_out = capped_edges(edges)
    note += left_out
    nodes = sorted(entities, key=lambda n: node_order(G, n)) + cases
    return View(kind="shared", title="共同引用", nodes=nodes, positions=layout_view(G, nodes, edges),
                edges=edges, note=note)
