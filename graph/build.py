"""Cases and mentions → one networkx MultiDiGraph with evidence on every link.

>>> from extract.readers import read_proposals                         # doctest: +SKIP
>>> G = nx.MultiDiGraph(); add_table(G, table, mentions)                # doctest: +SKIP
>>> G.nodes["platform:学习强安"]["type"]                                 # doctest: +SKIP
'Platform'
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import networkx as nx

from extract.model import Case, Mention, ProposalTable
from graph import schema as S

__all__ = ["new_graph", "add_table", "add_entity", "UnitNamer"]

#: Folds a unit name written in a structured column into its canonical name.
UnitNamer = Callable[[str, str], str]


def new_graph() -> nx.MultiDiGraph:
    """An empty tiangraph graph."""
    G = nx.MultiDiGraph()
    G.graph["tiangraph"] = 1
    return G


def _merge_list(attrs: dict[str, Any], key: str, values: Iterable[Any]) -> None:
    merged = set(attrs.get(key, [])) | {v for v in values if v not in (None, "")}
    attrs[key] = sorted(merged, key=str)


def add_entity(G: nx.MultiDiGraph, type_: str, name: str, **attrs: Any) -> str:
    """Add (or update) an entity node and return its id."""
    nid = S.node_id(type_, name)
    if nid not in G:
        G.add_node(nid, type=type_, name=name)
    node = G.nodes[nid]
    for k, v in attrs.items():
        if isinstance(v, (list, tuple, set)):
            _merge_list(node, k, v)
        elif v not in (None, "") and k not in node:
            node[k] = v
    return nid


def _add_edge(G: nx.MultiDiGraph, u: str, v: str, type_: str, key: str, **attrs: Any) -> None:
    if G.has_edge(u, v, key):
        _merge_list(G.edges[u, v, key], "sources", attrs.pop("sources", []))
        return
    G.add_edge(u, v, key=key, type=type_, **attrs)


def _identity(name: str, owner: str) -> str:
    return name


def add_table(G: nx.MultiDiGraph, table: ProposalTable, mentions: Iterable[Mention],
              unit_name: UnitNamer = _identity, source: str | None = None) -> str:
    """Add one document's cases, suggestions and mentions to ``G``; returns the collection id.

    ``source`` names the file in evidence (defaults to ``table.path``).
    """
    src = source or table.path
    cid = S.collection_id(table.unit, table.year, table.title)
    if cid not in G:
        G.add_node(cid, type=S.COLLECTION, name=table.title or cid, unit=table.unit, year=table.year,
                   compiled=table.compiled)
    _merge_list(G.nodes[cid], "sources", [src])
    if table.unit:
        owner = add_entity(G, S.UNIT, unit_name(table.unit, table.unit))
        _add_edge(G, cid, owner, S.OWNED_BY, S.OWNED_BY)
    for case in table.cases:
        _add_case(G, case, table, cid, src, unit_name)
    by_case: dict[str, list[Mention]] = {}
    for m in mentions:
        by_case.setdefault(m.case, []).append(m)
    for case_no, ms in by_case.items():
        for m in ms:
            _add_mention(G, m, cid, src)
    return cid


def _add_case(G: nx.MultiDiGraph, case: Case, table: ProposalTable, cid: str, src: str, unit_name: UnitNamer) -> None:
    kid = S.node_id(S.CASE, case.case)
    if kid not in G:
        G.add_node(kid, type=S.CASE, name=case.case, case=case.case, title=case.title, year=case.year,
                   proposer=case.proposer, proposer_kind=case.proposer_kind)
    node = G.nodes[kid]
    _merge_list(node, "sources", [src])
    _merge_list(node, "collections", [cid])
    if not node.get("title") and case.title:
        node["title"] = case.title
    if case.proposer:
        ptype = S.UNIT if case.proposer_kind == "organisation" else S.PERSON
        name = unit_name(case.proposer, table.unit) if ptype == S.UNIT else case.proposer
        pid = add_entity(G, ptype, name)
        _add_edge(G, kid, pid, S.PROPOSED_BY, S.PROPOSED_BY, sources=[src])
    for etype, names in ((S.LEAD_UNIT, case.lead_units), (S.CO_UNIT, case.co_units)):
        for written in names:
            uid = add_entity(G, S.UNIT, unit_name(written, table.unit), written=[written])
            _add_edge(G, kid, uid, etype, etype, sources=[src])
    for sug in case.suggestions:
        sid = S.suggestion_id(case.case, sug.no, cid)
        G.add_node(sid, type=S.SUGGESTION, name=f"{case.case}-{sug.no}", case=case.case, no=sug.no,
                   text=sug.text, completed=sug.completed, advanced=sug.advanced, planned=sug.planned,
                   remarks=sug.remarks, status=sug.status, collection=cid, file=src)
        _add_edge(G, kid, sid, S.HAS_SUGGESTION, S.HAS_SUGGESTION)
        _add_edge(G, sid, cid, S.IN_COLLECTION, S.IN_COLLECTION)


def _add_mention(G: nx.MultiDiGraph, m: Mention, cid: str, src: str) -> None:
    eid = add_entity(G, m.type, m.name, aliases=[m.text])
    if m.suggestion is None:
        owner = S.node_id(S.CASE, m.case)
    else:
        owner = S.suggestion_id(m.case, m.suggestion, cid)
    key = f"{m.field}:{m.start}:{m.end}"
    _add_edge(G, owner, eid, S.MENTIONS, key, case=m.case, suggestion=m.suggestion, field=m.field,
              sentence=m.sentence, start=m.start, end=m.end, text=m.text, rule=m.rule, file=src,
              collection=cid)
