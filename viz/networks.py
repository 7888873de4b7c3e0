"""The two derived networks: units that work together, and entities several cases cite.

Both take their rows from the saved queries (``unit-dependencies``, ``shared-citations``)
when :mod:`queries` offers them, and compute the same rows here otherwise.

>>> from graph import new_graph
>>> unit_dependencies(new_graph())
[]
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import networkx as nx

from graph import schema as S
from viz.views import EDGE_EVIDENCE_CAP, View, ViewEdge, case_links, layout_view, node_order

__all__ = ["unit_dependencies", "shared_citations", "unit_network", "shared_citations_view",
           "UNIT_MAX_NODES", "SHARED_MAX_ENTITIES"]

Rows = list[dict[str, Any]]

#: The unit network keeps the units with the heaviest links up to this many.
UNIT_MAX_NODES = 150
#: The shared-citations view keeps the most widely cited entities up to this many.
SHARED_MAX_ENTITIES = 150


def _saved_query(G: nx.MultiDiGraph, name: str, **params: Any) -> Rows | None:
    """The rows of a saved query, or None when :mod:`queries` cannot answer it."""
    try:
        from queries import query

        rows = query(G, name, **params)
    except Exception:  # noqa: BLE001 - any failure of the optional module means: compute here
        return None
    return rows if isinstance(rows, list) and all(isinstance(r, dict) for r in rows) else None


def _case_units(G: nx.MultiDiGraph, case: str) -> set[str]:
    return {v for _, v, d in G.out_edges(case, data=True) if d.get("type") in (S.LEAD_UNIT, S.CO_UNIT)}


def _unit_rows(G: nx.MultiDiGraph) -> Rows:
    """Unit pairs linked by co-handled cases and by the platforms/documents their cases cite."""
    co: dict[tuple[str, str], set[str]] = {}
    cites: dict[str, dict[str, set[str]]] = {}
    links = case_links(G)
    for n, d in G.nodes(data=True):
        if d.get("type") != S.CASE:
            continue
        units = sorted(_case_units(G, n))
        for a, b in combinations(units, 2):
            co.setdefault((a, b), set()).add(n)
    for (case, entity), e in links.items():
        if G.nodes[entity].get("type") in (S.PLATFORM, S.DOCUMENT) and S.MENTIONS in e.types:
            for u in _case_units(G, case):
                cites.setdefault(entity, {}).setdefault(u, set()).add(case)
    shared: dict[tuple[str, str], set[str]] = {}
    via_cases: dict[tuple[str, str], set[str]] = {}
    for entity, by_unit in cites.items():
        for a, b in combinations(sorted(by_unit), 2):
            if len(by_unit[a] | by_unit[b]) < 2:
                continue  # one case only: that is co-handling, counted above
            shared.setdefault((a, b), set()).add(entity)
            via_cases.setdefault((a, b), set()).update(by_unit[a] | by_unit[b])
    rows = []
    for a, b in sorted(set(co) | set(shared)):
        cases, ents = co.get((a, b), set()), shared.get((a, b), set())
        rows.append({"a": a, "b": b, "weight": len(cases) + len(ents), "cases": sorted(cases | via_cases.get((a, b), set())),
                     "shared": sorted(ents)})
    return rows


def unit_dependencies(G: nx.MultiDiGraph) -> Rows:
    """Unit pairs as rows ``{a, b, weight, cases, shared}`` of node ids, heaviest first."""
    saved = _saved_query(G, "unit-dependencies")
    rows = None
    if saved is not None:
        try:
            rows = [{"a": S.node_id(S.UNIT, r["unit_a"]), "b": S.node_id(S.UNIT, r["unit_b"]), "weight": int(r["weight"]),
                     "cases": sorted(S.node_id(S.CASE, c) for c in r.get("cases", [])),
                     "shared": sorted(_entity_id(G, s) for s in r.get("shared", []))} for r in saved]
        except (KeyError, TypeError, ValueError):
            rows = None
    if rows is None or not all(r["a"] in G and r["b"] in G for r in rows):
        rows = _unit_rows(G)
    for r in rows:
        r["cases"] = [c for c in r["cases"] if c in G]
        r["shared"] = [s for s in r["shared"] if s in G]
    rows.sort(key=lambda r: (-r["weight"], r["a"], r["b"]))
    return rows


def _entity_id(G: nx.MultiDiGraph, name: str) -> str:
    for t in (S.PLATFORM, S.DOCUMENT, *S.ENTITY_TYPES):
        nid = S.node_id(t, name)
        if nid in G:
            return nid
    return name


def shared_citations(G: nx.MultiDiGraph, min_cases: int = 2) -> Rows:
    """Entities cited by at least ``min_cases`` cases, as rows ``{id, cases}``, most cited first."""
    saved = _saved_query(G, "shared-citations", min_cases=min_cases)
    if saved is not None and all("id" in r and r["id"] in G for r in saved):
        rows = [{"id": r["id"], "cases": sorted(S.node_id(S.CASE, c) for c in r.get("cases", []))} for r in saved]
    else:
        cited: dict[str, set[str]] = {}
        for (case, entity), e in case_links(G).items():
            if S.MENTIONS in e.types:
                cited.setdefault(entity, set()).add(case)
        rows = [{"id": n, "cases": sorted(c)} for n, c in cited.items() if len(c) >= min_cases]
    rows = [{"id": r["id"], "cases": [c for c in r["cases"] if c in G]} for r in rows]
    rows.sort(key=lambda r: (-len(r["cases"]), node_order(G, r["id"])))
    return rows


def unit_network(G: nx.MultiDiGraph, max_nodes: int = UNIT_MAX_NODES) -> View:
    """Units linked by co-handling cases and by citing the same platforms and documents."""
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
    note = "连线：共同办理同一提案，或所办提案引用了同一平台/文件；线越粗，联系越多。"
    if len(ranked) > max_nodes:
        note += f" 共 {len(ranked)} 个单位，只显示联系最多的 {max_nodes} 个。"
    return View(kind="units", title="部门协同网络", nodes=nodes, positions=layout_view(G, nodes, edges),
                edges=edges, note=note)


def shared_citations_view(G: nx.MultiDiGraph, min_cases: int = 2, max_entities: int = SHARED_MAX_ENTITIES) -> View:
    """Entities cited by at least ``min_cases`` cases, and those cases."""
    rows = shared_citations(G, min_cases=min_cases)
    note = f"被至少 {min_cases} 件提案引用的实体。"
    if len(rows) > max_entities:
        note += f" 共 {len(rows)} 个，只显示引用最多的 {max_entities} 个。"
        rows = rows[:max_entities]
    entities = [r["id"] for r in rows]
    cases = sorted({c for r in rows for c in r["cases"]}, key=lambda n: node_order(G, n))
    links = case_links(G)
    edges = []
    for r in rows:
        for c in r["cases"]:
            e = links.get((c, r["id"]))
            if e is not None:
                edges.append(ViewEdge(c, r["id"], e.types, e.evidence[:EDGE_EVIDENCE_CAP], e.weight))
    edges.sort(key=lambda e: (e.source, e.target))
    nodes = sorted(entities, key=lambda n: node_order(G, n)) + cases
    return View(kind="shared", title="共同引用", nodes=nodes, positions=layout_view(G, nodes, edges),
                edges=edges, note=note)
