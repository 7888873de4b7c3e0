"""The figures and the search index of the site's front page.

>>> from graph import new_graph
>>> headline(new_graph())["cases"]
0
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from graph import schema as S
from viz.labels import STATUS_LABEL, type_label
from viz.render import Href
from viz.views import ViewEdge, case_links, node_order

__all__ = ["headline", "most_cited", "search_index", "TOP_CITED"]

#: How many entities the front page lists as most cited.
TOP_CITED = 15


def most_cited(G: nx.MultiDiGraph, top: int = TOP_CITED,
               links: dict[tuple[str, str], ViewEdge] | None = None) -> list[tuple[str, int]]:
    """Entities with the most citing cases (by mention), as (node id, number of cases).

    ``links`` is :func:`viz.views.case_links` of ``G`` when already at hand.
    """
    cited: dict[str, set[str]] = {}
    for (case, entity), e in (case_links(G, 0) if links is None else links).items():
        if S.MENTIONS in e.types:
            cited.setdefault(entity, set()).add(case)
    ranked = sorted(cited, key=lambda n: (-len(cited[n]), node_order(G, n)))
    return [(n, len(cited[n])) for n in ranked[:top]]


def headline(G: nx.MultiDiGraph, links: dict[tuple[str, str], ViewEdge] | None = None) -> dict[str, Any]:
    """Counts of cases, suggestions (by status), entities (by type), and the most cited entities.

    ``links`` is :func:`viz.views.case_links` of ``G`` when already at hand.
    """
    by_type: dict[str, int] = {}
    status: dict[str, int] = {}
    years: set[int] = set()
    for _, d in G.nodes(data=True):
        t = d.get("type", "")
        by_type[t] = by_type.get(t, 0) + 1
        if t == S.SUGGESTION:
            status[d.get("status", "")] = status.get(d.get("status", ""), 0) + 1
        if t == S.CASE and isinstance(d.get("year"), int):
            years.add(d["year"])
    return {
        "cases": by_type.get(S.CASE, 0),
        "suggestions": by_type.get(S.SUGGESTION, 0),
        "collections": by_type.get(S.COLLECTION, 0),
        "years": sorted(years),
        "status": [(STATUS_LABEL.get(s, s), status[s]) for s in sorted(status, key=lambda s: (list(STATUS_LABEL) + [s]).index(s))],
        "entities": [(t, type_label(t), by_type[t]) for t in S.ENTITY_TYPES if by_type.get(t)],
        "entity_total": sum(by_type.get(t, 0) for t in S.ENTITY_TYPES),
        "most_cited": most_cited(G, links=links),
    }


def search_index(G: nx.MultiDiGraph, href: Href) -> list[dict[str, Any]]:
    """One entry per case and entity: what to show, what to match, and the page to open."""
    rows = []
    for n in sorted((n for n, d in G.nodes(data=True) if d.get("type") in (S.CASE, *S.ENTITY_TYPES)),
                    key=lambda n: node_order(G, n)):
        d = G.nodes[n]
        extra = [str(d.get("title") or ""), str(d.get("proposer") or ""), *(str(a) for a in d.get("aliases") or [])]
        rows.append({"name": str(d.get("name", n)), "type": type_label(d.get("type", "")), "page": href(n),
                     "detail": str(d.get("title") or ""), "match": " ".join(x for x in extra if x)})
    return rows
