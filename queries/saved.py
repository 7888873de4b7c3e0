"""The saved queries: each answers one question analysts ask again and again.

Every function takes the graph first and returns plain rows (dicts), sorted so that the
same graph always gives the same answer.
"""

from __future__ import annotations

import re
from itertools import combinations
from typing import Any

import networkx as nx

from extract.model import TEXT_FIELDS
from graph import schema as S
from queries.graphview import case_units, entities, mention_edges, node_label, resolve
from queries.index import index_of, shortest_paths
from queries.registry import Param, SavedQuery, register

__all__ = ["shared_citations", "cases_citing", "unit_dependencies", "case_profile", "unit_workload",
           "next_year", "outside_remit", "documents_by_issuer", "connect"]

Rows = list[dict[str, Any]]
_FIELD_ORDER = {f: i for i, f in enumerate(TEXT_FIELDS)}


def _evidence_key(e: dict[str, Any]) -> tuple[Any, ...]:
    return (e.get("case") or "", e.get("suggestion") or 0, _FIELD_ORDER.get(e.get("field", ""), 9), e.get("start", 0))


def shared_citations(G: nx.MultiDiGraph, type: str | None = None, min_cases: int = 2) -> Rows:
    """Entities cited by at least ``min_cases`` cases: which cases cite the same platform or regulation."""
    rows = []
    types = (type,) if type else S.ENTITY_TYPES
    for eid, (cases, evidence) in index_of(G).cited.items():
        d = G.nodes[eid]
        if d["type"] in types and len(cases) >= min_cases:
            rows.append({"type": d["type"], "name": d["name"], "id": eid, "case_count": len(cases),
                         "cases": sorted(cases), "evidence": evidence})
    rows.sort(key=lambda r: (-r["case_count"], -r["evidence"], r["type"], r["name"]))
    return rows


def cases_citing(G: nx.MultiDiGraph, entity: str) -> Rows:
    """Every case and suggestion that mentions an entity, with the sentences."""
    rows = []
    for eid in resolve(G, entity, S.ENTITY_TYPES):
        for _, _, e in mention_edges(G, eid):
            rows.append({"entity": G.nodes[eid]["name"], "type": G.nodes[eid]["type"], "case": e["case"],
                         "suggestion": e.get("suggestion"), "field": e["field"], "text": e["text"],
                         "sentence": e.get("sentence", ""), "source": e.get("file", ""), "start": e.get("start", 0)})
    rows.sort(key=lambda r: (r["entity"], *_evidence_key(r), r["text"]))
    return [{k: v for k, v in r.items() if k != "start"} for r in rows]


def _sentence_groups(G: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[str]]:
    """Entities named together in one sentence of one field: (node, field, sentence) → entity ids."""
    return index_of(G).sentence_groups


def unit_dependencies(G: nx.MultiDiGraph, unit: str | None = None, min_weight: int = 1, limit: int = 500) -> Rows:
    """Units linked by co-handling the same cases and by naming the same platforms or documents."""
    idx = index_of(G)
    if idx.dependencies is None:
        idx.dependencies = _dependency_facts(G)
    co, users, names = idx.dependencies
    focus = set(resolve(G, unit, (S.UNIT,))) if unit else None
    return dependency_rows(co, users, names, focus, min_weight, limit)


def _dependency_facts(G: nx.MultiDiGraph) -> tuple[dict[tuple[str, str], set[str]], dict[str, dict[str, set[str]]], dict[str, str]]:
    """Co-handled cases per unit pair, and the units named with each platform/document (with their cases)."""
    co: dict[tuple[str, str], set[str]] = {}
    for n in index_of(G).cases:
        lead, co_units = case_units(G, n)
        for a, b in combinations(sorted(set(lead) | set(co_units)), 2):
            co.setdefault((a, b), set()).add(G.nodes[n]["case"])
    users: dict[str, dict[str, set[str]]] = {}
    for (node, _, _), ids in _sentence_groups(G).items():
        units = {i for i in ids if G.nodes[i]["type"] == S.UNIT}
        for target in {i for i in ids if G.nodes[i]["type"] in (S.PLATFORM, S.DOCUMENT)}:
            for u in units:
                users.setdefault(target, {}).setdefault(u, set()).add(G.nodes[node]["case"])
    names = {n: node_label(G, n) for pair in co for n in pair}
    names.update({n: node_label(G, n) for t, by_unit in users.items() for n in (t, *by_unit)})
    return co, users, names


def dependency_rows(co: dict[tuple[str, str], set[str]], users: dict[str, dict[str, set[str]]],
                    names: dict[str, str], focus: set[str] | None, min_weight: int, limit: int = 0) -> Rows:
    """Rows of ``unit-dependencies`` from co-handled cases per unit pair and unit users per platform/document.

    Pairs are weighed first and only the ``limit`` heaviest (all when 0) get their case lists.
    """
    shared: dict[tuple[str, str], set[str]] = {}
    for target, by_unit in users.items():
        units = sorted(by_unit)
        for i, a in enumerate(units):
            if focus and a not in focus:
                for b in units[i + 1:]:
                    if b in focus:
                        shared.setdefault((a, b), set()).add(target)
                continue
            for b in units[i + 1:]:
                shared.setdefault((a, b), set()).add(target)
    weighed = []
    for pair in set(co) | set(shared):
        if focus and not focus & set(pair):
            continue
        weight = len(co.get(pair, ())) + len(shared.get(pair, ()))
        if weight >= min_weight:
            weighed.append((-weight, names[pair[0]], names[pair[1]], pair))
    weighed.sort()
    rows = []
    for minus_weight, name_a, name_b, pair in weighed[:limit or None]:
        co_cases, via = co.get(pair, set()), shared.get(pair, set())
        cases = set(co_cases)
        for t in via:
            cases |= users[t][pair[0]] | users[t][pair[1]]
        rows.append({"unit_a": name_a, "unit_b": name_b, "weight": -minus_weight, "co_handled": sorted(co_cases),
                     "shared": sorted(names[t] for t in via), "cases": sorted(cases),
                     "unit_a_id": pair[0], "unit_b_id": pair[1], "shared_ids": sorted(via)})
    return rows


def _suggestions(G: nx.MultiDiGraph, case_node: str) -> list[str]:
    return index_of(G).suggestions.get(case_node, [])


def _reporter(G: nx.MultiDiGraph, sug: str) -> str:
    return index_of(G).reporter.get(sug, "")


def case_profile(G: nx.MultiDiGraph, case: str) -> Rows:
    """One case: proposer, units, suggestions with their status, and everything it cites."""
    (cid,) = resolve(G, case, (S.CASE,))
    c = G.nodes[cid]
    rows: Rows = [{"section": "case", "item": c["case"], "detail": c.get("title", ""), "evidence": c.get("year")}]
    for _, v, d in sorted(G.out_edges(cid, data=True), key=lambda e: (e[2]["type"], node_label(G, e[1]))):
        if d["type"] == S.PROPOSED_BY:
            rows.append({"section": "proposer", "item": node_label(G, v), "detail": G.nodes[v]["type"], "evidence": None})
        elif d["type"] in (S.LEAD_UNIT, S.CO_UNIT):
            section = "lead unit" if d["type"] == S.LEAD_UNIT else "co-handling unit"
            rows.append({"section": section, "item": node_label(G, v), "detail": "", "evidence": None})
    cited: dict[str, list[str]] = {}
    sources = [cid, *_suggestions(G, cid)]
    for s in sources[1:]:
        sd = G.nodes[s]
        rows.append({"section": "suggestion", "item": f"{sd['no']}. {sd.get('text', '')}".strip(),
                     "detail": sd.get("status", ""), "evidence": _reporter(G, s)})
    for s in sources:
        for _, v, e in G.out_edges(s, data=True):
            if e["type"] == S.MENTIONS:
                cited.setdefault(v, []).append(e["field"] if e.get("suggestion") is None else f"{e['suggestion']}/{e['field']}")
    for v in sorted(cited, key=lambda x: (G.nodes[x]["type"], node_label(G, x))):
        rows.append({"section": "cites", "item": node_label(G, v), "detail": G.nodes[v]["type"],
                     "evidence": len(cited[v])})
    return rows


_COUNTS = ("suggestions", "completed", "advanced", "planned", "outside_remit")


def _case_counts(G: nx.MultiDiGraph, case_node: str) -> tuple[int, ...]:
    """Suggestions of a case: how many, and how many completed/advanced/planned/outside remit."""
    sugs = [G.nodes[s] for s in _suggestions(G, case_node)]
    return (len(sugs), sum(1 for s in sugs if s.get("completed")), sum(1 for s in sugs if s.get("advanced")),
            sum(1 for s in sugs if s.get("planned")), sum(1 for s in sugs if s.get("status") == "outside_remit"))


def unit_workload(G: nx.MultiDiGraph, unit: str | None = None) -> Rows:
    """Per unit: cases led and co-handled, and their suggestions completed/advanced/planned/outside remit."""
    focus = set(resolve(G, unit, (S.UNIT,))) if unit else None
    idx = index_of(G)
    if idx.workload is None:
        idx.workload = {n: _case_counts(G, n) for n in idx.cases}
    stats: dict[str, dict[str, Any]] = {}
    for n in idx.cases:
        lead, co = case_units(G, n)
        counts = idx.workload[n]
        for role, units in (("led", lead), ("co_handled", co)):
            for u in units:
                if focus and u not in focus:
                    continue
                st = stats.get(u)
                if st is None:
                    st = stats[u] = {"unit": node_label(G, u), "led": 0, "co_handled": 0,
                                     **{k: 0 for k in _COUNTS}}
                st[role] += 1
                for k, v in zip(_COUNTS, counts):
                    st[k] += v
    return sorted(stats.values(), key=lambda r: (-(r["led"] + r["co_handled"]), r["unit"]))


def next_year(G: nx.MultiDiGraph, unit: str | None = None) -> Rows:
    """The commitments planned for next year (明年待落实), by reporting unit and case."""
    focus = {node_label(G, u) for u in resolve(G, unit, (S.UNIT,))} if unit else None
    rows = []
    for n in index_of(G).suggestion_nodes:
        d = G.nodes[n]
        if not d.get("planned"):
            continue
        reporter = _reporter(G, n)
        case_node = S.node_id(S.CASE, d["case"])
        if focus:
            lead, co = case_units(G, case_node)
            if not focus & ({reporter} | {node_label(G, u) for u in lead + co}):
                continue
        rows.append({"unit": reporter, "case": d["case"], "title": G.nodes[case_node].get("title", ""),
                     "suggestion": d["no"], "planned": d["planned"]})
    rows.sort(key=lambda r: (r["unit"], r["case"], r["suggestion"]))
    return rows


def outside_remit(G: nx.MultiDiGraph) -> Rows:
    """Suggestions marked outside the bureau's remit, and the other units that handle the case."""
    rows = []
    for n in index_of(G).suggestion_nodes:
        d = G.nodes[n]
        if d.get("status") != "outside_remit":
            continue
        reporter = _reporter(G, n)
        lead, co = case_units(G, S.node_id(S.CASE, d["case"]))
        others = sorted({node_label(G, u) for u in lead + co} - {reporter})
        rows.append({"case": d["case"], "suggestion": d["no"], "text": d.get("text", ""), "reported_by": reporter,
                     "other_units": others})
    rows.sort(key=lambda r: (r["case"], r["suggestion"], r["reported_by"]))
    return rows


_DOC_NO = re.compile(r"([\u4e00-\u9fffA-Za-z]+)〔((?:19|20)\d{2})〕\d+号")


def documents_by_issuer(G: nx.MultiDiGraph) -> Rows:
    """Documents grouped by the issuing prefix of their number (深应急, 发改地区 …) and year."""
    docs = []
    for eid, d in entities(G, S.DOCUMENT):
        forms = [str(d.get("name", "")), str(d.get("number", "") or ""), *(d.get("aliases") or [])]
        docs.append((d["name"], forms, set(index_of(G).cited.get(eid, (set(), 0))[0])))
    return issuer_rows(docs)


def issuer_rows(docs: list[tuple[str, list[str], set[str]]]) -> Rows:
    """Rows of ``documents-by-issuer`` from (name, written forms, citing cases) per document."""
    groups: dict[tuple[str, str], dict[str, set[str]]] = {}
    for name, forms, cases in docs:
        found = [m for f in forms for m in _DOC_NO.finditer(f)]
        issuer, year = (found[0].group(1), found[0].group(2)) if found else ("（无文号）", "")
        g = groups.setdefault((issuer, year), {"documents": set(), "cases": set()})
        g["documents"].add(name)
        g["cases"].update(cases)
    rows = [{"issuer": k[0], "year": k[1], "count": len(v["documents"]), "documents": sorted(v["documents"]),
             "cases": sorted(v["cases"])} for k, v in groups.items()]
    rows.sort(key=lambda r: (r["issuer"] == "（无文号）", r["issuer"], r["year"]))
    return rows


#: How many shortest chains the Cypher form of ``connect`` reads before keeping the first ``max_paths`` in order.
PATH_POOL = 10_000


def connect(G: nx.MultiDiGraph, a: str, b: str, max_paths: int = 3) -> Rows:
    """The shortest chains of links between two entities or cases, with the evidence of each link."""
    (src, *_) = resolve(G, a)
    (dst, *_) = resolve(G, b)
    paths = shortest_paths(index_of(G), src, dst, max_paths)
    if paths == [[src]]:
        return []
    names = {n: node_label(G, n) for p in paths for n in p}
    links = {(x, y): [(True, k, d) for k, d in (G.get_edge_data(x, y) or {}).items()]
             + [(False, k, d) for k, d in (G.get_edge_data(y, x) or {}).items()]
             for p in paths for x, y in zip(p, p[1:])}
    return path_rows(paths, names, links)


def path_rows(paths: list[list[str]], names: dict[str, str],
              links: dict[tuple[str, str], list[tuple[bool, str, dict[str, Any]]]]) -> Rows:
    """Rows of ``connect``: one per step of each chain, the link chosen forward-first by key."""
    rows = []
    for i, path in enumerate(paths, start=1):
        for step, (x, y) in enumerate(zip(path, path[1:]), start=1):
            forward, _, d = sorted(links[(x, y)], key=lambda t: (not t[0], str(t[1])))[0]
            rel = d["type"]
            rows.append({"path": i, "step": step, "from": names[x], "relation": rel if forward else f"<-{rel}",
                         "to": names[y], "evidence": d.get("sentence", "")})
    return rows


_ENTITY = Param("entity", str, required=True, positional=True, help="an entity id, name or surface form")
register(SavedQuery("shared-citations", "Entities cited by at least N cases (which cases cite the same platform or regulation)",
                    (Param("type", str, None, "one entity type", choices=S.ENTITY_TYPES), Param("min_cases", int, 2, "at least this many cases")),
                    ("type", "name", "case_count", "cases", "evidence"), shared_citations))
register(SavedQuery("cases-citing", "Every case and suggestion that mentions an entity, with the sentences",
                    (_ENTITY,), ("entity", "case", "suggestion", "field", "text", "sentence"), cases_citing))
register(SavedQuery("unit-dependencies", "Units linked by co-handling cases and by naming the same platforms or documents",
                    (Param("unit", str, None, "only links of this unit"), Param("min_weight", int, 1, "at least this weight"),
                     Param("limit", int, 500, "at most this many links, heaviest first (0: all)")),
                    ("unit_a", "unit_b", "weight", "co_handled", "shared", "cases"), unit_dependencies))
register(SavedQuery("case-profile", "One case: proposer, units, suggestions with status, everything it cites",
                    (Param("case", str, required=True, positional=True, help="a case number"),),
                    ("section", "item", "detail", "evidence"), case_profile))
register(SavedQuery("unit-workload", "Per unit: cases led and co-handled; suggestions completed, advanced, planned, outside remit",
                    (Param("unit", str, None, "one unit", positional=True),),
                    ("unit", "led", "co_handled", "suggestions", "completed", "advanced", "planned", "outside_remit"), unit_workload))
register(SavedQuery("next-year", "Commitments planned for next year (明年待落实), by reporting unit and case",
                    (Param("unit", str, None, "one unit", positional=True),), ("unit", "case", "suggestion", "planned"), next_year))
register(SavedQuery("outside-remit", "Suggestions outside the reporting bureau's remit, and who else handles them",
                    (), ("case", "suggestion", "text", "reported_by", "other_units"), outside_remit))
register(SavedQuery("documents-by-issuer", "Documents grouped by the issuing prefix of their number and by year",
                    (), ("issuer", "year", "count", "documents", "cases"), documents_by_issuer))
register(SavedQuery("connect", "The shortest chains of links between two entities or cases, with evidence",
                    (Param("a", str, required=True, positional=True, help="an entity or case"),
                     Param("b", str, required=True, positional=True, help="an entity or case"),
                     Param("max_paths", int, 3, "at most this many chains")),
                    ("path", "step", "from", "relation", "to", "evidence"), connect))
