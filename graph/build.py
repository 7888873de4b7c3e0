"""Cases and mentions → one networkx MultiDiGraph with evidence on every link.

>>> from extract.readers import read_proposals                         # doctest: +SKIP
>>> G = nx.MultiDiGraph(); add_table(G, table, mentions)                # doctest: +SKIP
>>> G.nodes["platform:学习强安"]["type"]                                 # doctest: +SKIP
'Platform'
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    memo = _MentionMemo()
    for case_no, ms in by_case.items():
        for m in ms:
            _add_mention(G, m, cid, src, memo)
    nx.utils.misc._clear_cache(G)  # edges went into the adjacency directly: drop what networkx cached of it
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


@dataclass
class _MentionMemo:
    """What one :func:`add_table` call has already worked out for its mentions.

    A table's mentions name few entities and owners many times over, so their ids and
    attribute dicts are looked up once per call. Valid only while that call runs: nothing
    else touches the graph meanwhile, and nodes are never removed.
    """

    #: (type, name) → the entity's node id and its attribute dict.
    entities: dict[tuple[str, str], tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: (case, suggestion, type of suggestion) → the id of the node that holds the mention.
    owners: dict[tuple[str, Any, type], str] = field(default_factory=dict)
    #: entity id → the ``aliases`` list this call last stored on it, and that list's members.
    aliases: dict[str, tuple[list[Any], frozenset[Any]]] = field(default_factory=dict)


def _merge_alias(node: dict[str, Any], nid: str, text: str, memo: _MentionMemo) -> None:
    """``_merge_list(node, "aliases", [text])``, skipped when it would store an equal list.

    That is when the node still holds the list this call stored (so it is already sorted
    and free of duplicates) and ``text`` is in it or is blank. Lists with anything but
    ``str`` members are never remembered: re-sorting those by ``str`` may reorder ties.
    """
    known = memo.aliases.get(nid)
    if known is not None and node.get("aliases") is known[0] and (text in known[1] or text in (None, "")):
        return
    _merge_list(node, "aliases", [text])
    stored = node["aliases"]
    if all(type(a) is str for a in stored):
        memo.aliases[nid] = (stored, frozenset(stored))
    else:
        memo.aliases.pop(nid, None)


def _add_mention(G: nx.MultiDiGraph, m: Mention, cid: str, src: str, memo: _MentionMemo | None = None) -> None:
    """Add one mention: its entity (with the written text as an alias) and a MENTIONS edge with the evidence."""
    if memo is None:
        memo = _MentionMemo()
    entity = memo.entities.get((m.type, m.name))
    if entity is None:
        eid = add_entity(G, m.type, m.name)
        entity = memo.entities[(m.type, m.name)] = (eid, G.nodes[eid])
    eid, node = entity
    _merge_alias(node, eid, m.text, memo)
    # The type is part of the key because 1, 1.0 and True are equal keys but print differently.
    owner_key = (m.case, m.suggestion, type(m.suggestion))
    owner = memo.owners.get(owner_key)
    if owner is None:
        if m.suggestion is None:
            owner = S.node_id(S.CASE, m.case)
        else:
            owner = S.suggestion_id(m.case, m.suggestion, cid)
        memo.owners[owner_key] = owner
    key = f"{m.field}:{m.start}:{m.end}"
    edges = G._succ.get(owner)  # networkx's adjacency: node → neighbour → key → attributes
    if edges is None:  # a mention of a case the table does not hold: networkx adds the node
        G.add_edge(owner, eid, key=key, **_evidence(m, src, cid))
        return
    keys = edges.get(eid)
    if keys is None:
        keys = edges[eid] = G._pred[eid][owner] = {}  # one key dict, shared by both directions as networkx does
    elif key in keys:
        _merge_list(keys[key], "sources", [])
        return
    keys[key] = _evidence(m, src, cid)


def _evidence(m: Mention, src: str, cid: str) -> dict[str, Any]:
    """The attributes of a MENTIONS edge."""
    return {"type": S.MENTIONS, "case": m.case, "suggestion": m.suggestion, "field": m.field, "sentence": m.sentence,
            "start": m.start, "end": m.end, "text": m.text, "rule": m.rule, "file": src, "collection": cid}
