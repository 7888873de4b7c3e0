"""Cases and mentions → one networkx MultiDiGraph with evidence on every link.

>>> from extract.readers import read_proposals                         # doctest: +SKIP
>>> G = nx.MultiDiGraph(); add_table(G, table, mentions)                # doctest: +SKIP
>>> G.nodes["platform:学习强安"]["type"]                                 # doctest: +SKIP
'Platform'
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Callable, Iterable

import networkx as nx

from extract.model import Case, Mention, ProposalTable
from graph import schema as S

__all__ = ["new_graph", "add_table", "add_mentions", "add_entity", "UnitNamer"]

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


def _add_node(G: nx.MultiDiGraph, nid: str, attrs: dict[str, Any]) -> dict[str, Any]:
    """``G.add_node(nid, **attrs)``, returning the node's attribute dict (``attrs`` itself if the node is new).

    Written into networkx's dicts directly, as edges are: a table adds a few nodes a case,
    and ``add_node`` would pack the attributes into another dict and clear networkx's cache
    each time (:func:`add_table` clears it once, at the end).
    """
    node = G._node.get(nid)  # networkx's node → attributes; what ``G.nodes[nid]`` returns
    if node is None:
        G._succ[nid] = {}
        G._pred[nid] = {}
        node = G._node[nid] = attrs
    else:
        node.update(attrs)
    return node


def add_entity(G: nx.MultiDiGraph, type_: str, name: str, **attrs: Any) -> str:
    """Add (or update) an entity node and return its id."""
    nid = S.node_id(type_, name)
    node = G._node.get(nid)
    if node is None:
        G.add_node(nid, type=type_, name=name)
        node = G._node[nid]
    for k, v in attrs.items():
        if isinstance(v, (list, tuple, set)):
            _merge_list(node, k, v)
        elif v not in (None, "") and k not in node:
            node[k] = v
    return nid


def _add_edge(G: nx.MultiDiGraph, u: str, v: str, type_: str, key: str, **attrs: Any) -> None:
    """Add the edge ``u → v`` under ``key``, or merge ``sources`` into it when it is there.

    Both ends must be nodes already. The edge goes into networkx's adjacency directly, as
    :func:`_add_mentions` does: ``has_edge`` then ``add_edge`` would look the pair up twice
    and check both ends again, for some ten edges a case.
    """
    keys = G._succ[u].get(v)  # networkx's adjacency: node → neighbour → key → attributes
    if keys is None:
        keys = G._succ[u][v] = G._pred[v][u] = {}  # one key dict, shared by both directions as networkx does
    elif key in keys:
        _merge_list(keys[key], "sources", attrs.pop("sources", []))
        return
    keys[key] = {"type": type_, **attrs}


def _identity(name: str, owner: str) -> str:
    return name


def add_table(G: nx.MultiDiGraph, table: ProposalTable, mentions: Iterable[Mention],
              unit_name: UnitNamer = _identity, source: str | None = None) -> str:
    """Add one document's cases, suggestions and mentions to ``G``; returns the collection id.

    ``source`` names the file in evidence (defaults to ``table.path``).
    """
    src = source or table.path
    cid = S.collection_id(table.unit, table.year, table.title)
    node = G._node.get(cid)
    if node is None:
        node = _add_node(G, cid, {"type": S.COLLECTION, "name": table.title or cid, "unit": table.unit,
                                  "year": table.year, "compiled": table.compiled})
    _merge_list(node, "sources", [src])
    if table.unit:
        owner = add_entity(G, S.UNIT, unit_name(table.unit, table.unit))
        _add_edge(G, cid, owner, S.OWNED_BY, S.OWNED_BY)
    memo = _TableMemo()
    for case in table.cases:
        _add_case(G, case, table, cid, src, unit_name, memo)
    _add_mentions(G, mentions, cid, src, memo)
    nx.utils.misc._clear_cache(G)  # nodes and edges went into networkx's dicts directly: drop what it cached of them
    return cid


def add_mentions(G: nx.MultiDiGraph, mentions: Iterable[Mention], cid: str, src: str) -> None:
    """Add more mentions of a table :func:`add_table` added as collection ``cid`` from ``src``:
    the graph is the same as if they had been among its ``mentions``."""
    _add_mentions(G, mentions, cid, src, _TableMemo())
    nx.utils.misc._clear_cache(G)


def _add_case(G: nx.MultiDiGraph, case: Case, table: ProposalTable, cid: str, src: str, unit_name: UnitNamer,
              memo: _TableMemo) -> None:
    kid = S.node_id(S.CASE, case.case)
    node = G._node.get(kid)
    if node is None:
        node = _add_node(G, kid, {"type": S.CASE, "name": case.case, "case": case.case, "title": case.title,
                                  "year": case.year, "proposer": case.proposer, "proposer_kind": case.proposer_kind})
    _merge_list(node, "sources", [src])
    _merge_list(node, "collections", [cid])
    if not node.get("title") and case.title:
        node["title"] = case.title
    if case.proposer:
        ptype = S.UNIT if case.proposer_kind == "organisation" else S.PERSON
        name = unit_name(case.proposer, table.unit) if ptype == S.UNIT else case.proposer
        pid, _ = memo.entity(G, ptype, name)
        _add_edge(G, kid, pid, S.PROPOSED_BY, S.PROPOSED_BY, sources=[src])
    for etype, names in ((S.LEAD_UNIT, case.lead_units), (S.CO_UNIT, case.co_units)):
        for written in names:
            uid = memo.merge(G, S.UNIT, unit_name(written, table.unit), "written", written)
            _add_edge(G, kid, uid, etype, etype, sources=[src])
    for sug in case.suggestions:
        sid = S.suggestion_id(case.case, sug.no, cid)
        _add_node(G, sid, {"type": S.SUGGESTION, "name": f"{case.case}-{sug.no}", "case": case.case, "no": sug.no,
                           "text": sug.text, "completed": sug.completed, "advanced": sug.advanced,
                           "planned": sug.planned, "remarks": sug.remarks, "status": sug.status,
                           "collection": cid, "file": src})
        _add_edge(G, kid, sid, S.HAS_SUGGESTION, S.HAS_SUGGESTION)
        _add_edge(G, sid, cid, S.IN_COLLECTION, S.IN_COLLECTION)


@dataclass
class _TableMemo:
    """What one :func:`add_table` call has already worked out.

    A table names few entities many times over, in few written forms, so each entity's id
    and attribute dict are looked up once per call, and each written form is merged into
    its list (a unit's ``written``, an entity's ``aliases``) once. Valid only while that call
    runs: nothing else touches the graph meanwhile, and nodes are never removed.
    """

    #: (type, name) → the entity's node id and its attribute dict.
    entities: dict[tuple[str, str], tuple[str, dict[str, Any]]] = field(default_factory=dict)
    #: (type, name, list, value) → the entity's node id, once ``value`` is in that list and
    #: merging it again would store an equal list: one that is sorted, free of duplicates
    #: and all ``str``. Merges only add, so the value stays in the list for the rest of the call.
    merged: dict[tuple[str, str, str, Any], str] = field(default_factory=dict)

    def entity(self, G: nx.MultiDiGraph, type_: str, name: str) -> tuple[str, dict[str, Any]]:
        """``add_entity(G, type_, name)``: the entity's id, and its attribute dict."""
        found = self.entities.get((type_, name))
        if found is None:
            eid = add_entity(G, type_, name)
            found = self.entities[(type_, name)] = (eid, G._node[eid])
        return found

    def merge(self, G: nx.MultiDiGraph, type_: str, name: str, key: str, value: Any) -> str:
        """``add_entity(G, type_, name, **{key: [value]})``, skipped when it would change nothing; the entity's id."""
        eid = self.merged.get((type_, name, key, value))
        if eid is not None:
            return eid
        eid, attrs = self.entity(G, type_, name)
        _merge_list(attrs, key, [value])
        if all(type(a) is str for a in attrs[key]):
            self.merged[(type_, name, key, value)] = eid
        else:  # re-sorting by ``str`` may reorder ties: from now on every value for it merges
            for known in [k for k, v in self.merged.items() if v == eid and k[2] == key]:
                del self.merged[known]
        return eid


#: A mention's case number.
_CASE_OF = operator.attrgetter("case")
#: Stands for "no mention read yet" where ``None`` means "the case itself".
_NOTHING = object()


def _by_case(mentions: Iterable[Mention]) -> Iterable[tuple[str, Iterable[Mention]]]:
    """The mentions a case at a time: cases in the order they first appear, a case's mentions in the order given.

    The extractors list each case's mentions together, so usually this is the mentions as
    given, cut where the case changes; whether it is, and where, is worked out in C
    (``map``, ``groupby``) with no Python code run per mention.
    """
    ms = list(mentions)
    cases = list(map(_CASE_OF, ms))
    if len(dict.fromkeys(cases)) == 1 + sum(map(operator.ne, cases, cases[1:])):  # as many cases as runs
        return groupby(ms, _CASE_OF)
    groups: dict[str, list[Mention]] = {}
    for m in ms:
        groups.setdefault(m.case, []).append(m)
    return groups.items()


def _add_mentions(G: nx.MultiDiGraph, mentions: Iterable[Mention], cid: str, src: str, memo: _TableMemo) -> None:
    """Add a table's mentions: each entity (with the written text as an alias) and a MENTIONS edge with the evidence.

    A table holds tens of thousands of mentions, so the loop does as little per mention as
    it can: entities come from a :class:`_TableMemo`; an alias already on the node is
    not merged again; the owner (a case or one of its suggestions) is worked out once per
    run of its mentions, which come together; and edges go into networkx's adjacency
    directly, since ``add_edge`` would check both ends and look the pair up again.
    """
    succ, pred = G._succ, G._pred  # networkx's adjacency: node → neighbour → key → attributes
    merged = memo.merged
    for case, ms in _by_case(mentions):
        no: Any = _NOTHING
        for m in ms:
            eid = merged.get((m.type, m.name, "aliases", m.text))  # memo.merge's own first step, here for speed
            if eid is None:  # a new entity or written form
                eid = memo.merge(G, m.type, m.name, "aliases", m.text)
            if m.suggestion is not no:  # a new owner: ``is``, so 1 and True (equal, printed apart) stay apart
                no = m.suggestion
                owner = S.node_id(S.CASE, case) if no is None else S.suggestion_id(case, no, cid)
                edges = succ.get(owner)
            key = f"{m.field}:{m.start}:{m.end}"
            if edges is None:  # a mention of a case the table does not hold: networkx adds the node
                G.add_edge(owner, eid, key=key, **_evidence(m, src, cid))
                edges = succ[owner]
                continue
            keys = edges.get(eid)
            if keys is None:
                keys = edges[eid] = pred[eid][owner] = {}  # one key dict, shared by both directions as networkx does
            elif key in keys:
                _merge_list(keys[key], "sources", [])
                continue
            keys[key] = _evidence(m, src, cid)


def _evidence(m: Mention, src: str, cid: str) -> dict[str, Any]:
    """The attributes of a MENTIONS edge."""
    return {"type": S.MENTIONS, "case": m.case, "suggestion": m.suggestion, "field": m.field, "sentence": m.sentence,
            "start": m.start, "end": m.end, "text": m.text, "rule": m.rule, "file": src, "collection": cid}
