"""The Cypher forms of the saved queries, run on Neo4j with bound parameters only.

Each form does its matching and aggregation in Neo4j and shapes the rows with the same
functions as the embedded form, so both give the same answer on the same graph.

>>> rows = run_cypher(store, "shared-citations", type="Platform", min_cases=2)   # doctest: +SKIP
"""

from __future__ import annotations

import difflib
from typing import Any, Callable

from graph import schema as S
from graph.neo4j_store import Neo4jStore
from queries.registry import bind_params, get_query
from queries.saved import PATH_POOL, _evidence_key, dependency_rows, issuer_rows, path_rows
from tiangraph.errors import UsageError

__all__ = ["CYPHER", "run_cypher", "resolve_cypher"]

Rows = list[dict[str, Any]]
_ENTITY_LABELS = list(S.ENTITY_TYPES)


def resolve_cypher(store: Neo4jStore, ref: str, types: tuple[str, ...] | None = None) -> list[str]:
    """Node ids that ``ref`` names in Neo4j (id, case number, name or surface form)."""
    ref = ref.strip()
    labels = [t for t in (types or S.NODE_TYPES) if t != S.SUGGESTION]
    ids = [ref] + [S.node_id(t, ref) for t in labels]
    rows = store.read(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.id IN $ids RETURN n.id AS id", labels=labels, ids=ids)
    if not rows:
        rows = store.read(
            "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND (n.name = $ref OR $ref IN coalesce(n.aliases, [])) "
            "RETURN n.id AS id, n.name = $ref AS exact", labels=labels, ref=ref)
        exact = [r for r in rows if r.get("exact")]
        rows = exact or rows
    if rows:
        return sorted({r["id"] for r in rows})
    names = [r["name"] for r in store.read(
        "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN DISTINCT n.name AS name", labels=labels)]
    close = difflib.get_close_matches(ref, sorted(map(str, names)), n=5, cutoff=0.4)
    hint = f"; closest: {', '.join(close)}" if close else ""
    raise UsageError(f"nothing in the graph is called {ref!r}{hint}")


def _shared_citations(store: Neo4jStore, type: str | None, min_cases: int) -> Rows:
    rows = store.read(
        "MATCH ()-[m:MENTIONS]->(e) WHERE any(l IN labels(e) WHERE l IN $labels) "
        "WITH e, collect(DISTINCT m.case) AS cases, count(m) AS evidence WHERE size(cases) >= $min_cases "
        "RETURN e.type AS type, e.name AS name, e.id AS id, size(cases) AS case_count, cases, evidence",
        labels=[type] if type else _ENTITY_LABELS, min_cases=min_cases)
    for r in rows:
        r["cases"] = sorted(r["cases"])
    rows.sort(key=lambda r: (-r["case_count"], -r["evidence"], r["type"], r["name"]))
    return [{k: r[k] for k in ("type", "name", "id", "case_count", "cases", "evidence")} for r in rows]


def _cases_citing(store: Neo4jStore, entity: str) -> Rows:
    ids = resolve_cypher(store, entity, S.ENTITY_TYPES)
    rows = store.read(
        "MATCH ()-[m:MENTIONS]->(e) WHERE e.id IN $ids RETURN e.name AS entity, e.type AS type, m.case AS case, "
        "m.suggestion AS suggestion, m.field AS field, m.text AS text, coalesce(m.sentence, '') AS sentence, "
        "coalesce(m.file, '') AS source, m.start AS start", ids=ids)
    rows.sort(key=lambda r: (r["entity"], *_evidence_key(r), r["text"]))
    return [{k: r[k] for k in ("entity", "type", "case", "suggestion", "field", "text", "sentence", "source")} for r in rows]


def _unit_dependencies(store: Neo4jStore, unit: str | None, min_weight: int, limit: int) -> Rows:
    co: dict[tuple[str, str], set[str]] = {}
    names: dict[str, str] = {}
    for r in store.read(
            "MATCH (c:Case)-[:LEAD_UNIT|CO_UNIT]->(a:Unit), (c)-[:LEAD_UNIT|CO_UNIT]->(b:Unit) WHERE a.id < b.id "
            "RETURN a.id AS a, a.name AS an, b.id AS b, b.name AS bn, collect(DISTINCT c.case) AS cases"):
        co[(r["a"], r["b"])] = set(r["cases"])
        names[r["a"]], names[r["b"]] = r["an"], r["bn"]
    users: dict[str, dict[str, set[str]]] = {}
    for r in store.read(
            "MATCH (s)-[m1:MENTIONS]->(u:Unit), (s)-[m2:MENTIONS]->(t) WHERE (t:Platform OR t:Document) "
            "AND m1.field = m2.field AND coalesce(m1.sentence, '') = coalesce(m2.sentence, '') "
            "RETURN t.id AS t, t.name AS tn, u.id AS u, u.name AS un, collect(DISTINCT s.case) AS cases"):
        users.setdefault(r["t"], {}).setdefault(r["u"], set()).update(r["cases"])
        names[r["t"]], names[r["u"]] = r["tn"], r["un"]
    focus = set(resolve_cypher(store, unit, (S.UNIT,))) if unit else None
    return dependency_rows(co, users, names, focus, min_weight, limit)


def _case_profile(store: Neo4jStore, case: str) -> Rows:
    (cid,) = resolve_cypher(store, case, (S.CASE,))
    c = store.read("MATCH (c:Case {id: $id}) RETURN c.case AS case, c.title AS title, c.year AS year", id=cid)[0]
    rows: Rows = [{"section": "case", "item": c["case"], "detail": c["title"] or "", "evidence": c["year"]}]
    links = store.read("MATCH (c:Case {id: $id})-[r:PROPOSED_BY|LEAD_UNIT|CO_UNIT]->(x) "
                       "RETURN DISTINCT type(r) AS rel, x.name AS name, x.type AS type", id=cid)
    for r in sorted(links, key=lambda r: (r["rel"], r["name"])):
        if r["rel"] == S.PROPOSED_BY:
            rows.append({"section": "proposer", "item": r["name"], "detail": r["type"], "evidence": None})
        else:
            section = "lead unit" if r["rel"] == S.LEAD_UNIT else "co-handling unit"
            rows.append({"section": section, "item": r["name"], "detail": "", "evidence": None})
    sugs = store.read(
        "MATCH (:Case {id: $id})-[:HAS_SUGGESTION]->(s:Suggestion) "
        "OPTIONAL MATCH (s)-[:IN_COLLECTION]->(:Collection)-[:OWNED_BY]->(u:Unit) "
        "RETURN DISTINCT s.id AS id, s.no AS no, coalesce(s.text, '') AS text, s.status AS status, u.name AS reporter", id=cid)
    for s in sorted(sugs, key=lambda s: (s["no"], s["id"])):
        rows.append({"section": "suggestion", "item": f"{s['no']}. {s['text']}".strip(), "detail": s["status"] or "",
                     "evidence": s["reporter"] or ""})
    cited = store.read(
        "MATCH (c:Case {id: $id}) OPTIONAL MATCH (c)-[:HAS_SUGGESTION]->(s:Suggestion) "
        "WITH c, collect(s) AS sugs WITH [c] + sugs AS sources UNWIND sources AS src MATCH (src)-[m:MENTIONS]->(e) "
        "RETURN e.name AS name, e.type AS type, count(m) AS n", id=cid)
    for r in sorted(cited, key=lambda r: (r["type"], r["name"])):
        rows.append({"section": "cites", "item": r["name"], "detail": r["type"], "evidence": r["n"]})
    return rows


def _unit_workload(store: Neo4jStore, unit: str | None) -> Rows:
    focus = resolve_cypher(store, unit, (S.UNIT,)) if unit else None
    found = store.read(
        "MATCH (c:Case)-[r:LEAD_UNIT|CO_UNIT]->(u:Unit) WHERE $focus IS NULL OR u.id IN $focus "
        "OPTIONAL MATCH (c)-[:HAS_SUGGESTION]->(s:Suggestion) "
        "WITH u, c, type(r) AS role, collect(DISTINCT s) AS sugs "
        "RETURN u.id AS id, u.name AS unit, role, size(sugs) AS n, "
        "size([x IN sugs WHERE coalesce(x.completed, '') <> '']) AS completed, "
        "size([x IN sugs WHERE coalesce(x.advanced, '') <> '']) AS advanced, "
        "size([x IN sugs WHERE coalesce(x.planned, '') <> '']) AS planned, "
        "size([x IN sugs WHERE x.status = 'outside_remit']) AS outside", focus=focus)
    stats: dict[str, dict[str, Any]] = {}
    for r in found:
        st = stats.setdefault(r["id"], {"unit": r["unit"], "led": 0, "co_handled": 0, "suggestions": 0, "completed": 0,
                                        "advanced": 0, "planned": 0, "outside_remit": 0})
        st["led" if r["role"] == S.LEAD_UNIT else "co_handled"] += 1
        for key, col in (("suggestions", "n"), ("completed", "completed"), ("advanced", "advanced"),
                         ("planned", "planned"), ("outside_remit", "outside")):
            st[key] += r[col]
    return sorted(stats.values(), key=lambda r: (-(r["led"] + r["co_handled"]), r["unit"]))


_SUGGESTION_CONTEXT = (
    "OPTIONAL MATCH (s)-[:IN_COLLECTION]->(:Collection)-[:OWNED_BY]->(owner:Unit) "
    "OPTIONAL MATCH (c:Case {case: s.case})-[:LEAD_UNIT|CO_UNIT]->(h:Unit) "
    "WITH s, c, coalesce(owner.name, '') AS reporter, collect(DISTINCT h.name) AS handlers ")


def _next_year(store: Neo4jStore, unit: str | None) -> Rows:
    focus = [r["name"] for r in store.read("MATCH (u:Unit) WHERE u.id IN $ids RETURN u.name AS name",
                                           ids=resolve_cypher(store, unit, (S.UNIT,)))] if unit else None
    found = store.read(
        "MATCH (s:Suggestion) WHERE coalesce(s.planned, '') <> '' " + _SUGGESTION_CONTEXT +
        "WHERE $focus IS NULL OR reporter IN $focus OR any(h IN handlers WHERE h IN $focus) "
        "RETURN reporter AS unit, s.case AS case, coalesce(c.title, '') AS title, s.no AS suggestion, s.planned AS planned",
        focus=focus)
    found.sort(key=lambda r: (r["unit"], r["case"], r["suggestion"]))
    return found


def _outside_remit(store: Neo4jStore) -> Rows:
    found = store.read(
        "MATCH (s:Suggestion {status: 'outside_remit'}) " + _SUGGESTION_CONTEXT +
        "RETURN s.case AS case, s.no AS suggestion, coalesce(s.text, '') AS text, reporter AS reported_by, handlers")
    rows = [{"case": r["case"], "suggestion": r["suggestion"], "text": r["text"], "reported_by": r["reported_by"],
             "other_units": sorted(set(r["handlers"]) - {r["reported_by"]})} for r in found]
    rows.sort(key=lambda r: (r["case"], r["suggestion"], r["reported_by"]))
    return rows


def _documents_by_issuer(store: Neo4jStore) -> Rows:
    found = store.read(
        "MATCH (d:Document) OPTIONAL MATCH ()-[m:MENTIONS]->(d) "
        "WITH d, collect(DISTINCT m.case) AS cases "
        "RETURN d.name AS name, coalesce(d.number, '') AS number, coalesce(d.aliases, []) AS aliases, cases ORDER BY d.id")
    return issuer_rows([(r["name"], [r["name"], r["number"], *r["aliases"]], set(r["cases"])) for r in found])


def _connect(store: Neo4jStore, a: str, b: str, max_paths: int) -> Rows:
    (src, *_) = resolve_cypher(store, a)
    (dst, *_) = resolve_cypher(store, b)
    if src == dst:
        return []
    found = store.read(
        "MATCH (x {id: $a}), (y {id: $b}) MATCH p = allShortestPaths((x)-[*..12]-(y)) "
        "WHERE none(n IN nodes(p) WHERE n:Collection) RETURN [n IN nodes(p) | n.id] AS ids LIMIT $pool",
        a=src, b=dst, pool=PATH_POOL)
    paths = sorted({tuple(r["ids"]) for r in found})[:max_paths]
    steps = sorted({(x, y) for p in paths for x, y in zip(p, p[1:])})
    links: dict[tuple[str, str], list[tuple[bool, str, dict[str, Any]]]] = {s: [] for s in steps}
    names: dict[str, str] = {}
    for r in store.read(
            "UNWIND $steps AS st MATCH (x {id: st[0]})-[e]-(y {id: st[1]}) "
            "RETURN st[0] AS x, st[1] AS y, x.name AS xn, y.name AS yn, startNode(e) = x AS forward, e.key AS key, "
            "type(e) AS type, coalesce(e.sentence, '') AS sentence", steps=[list(s) for s in steps]):
        links[(r["x"], r["y"])].append((r["forward"], r["key"], {"type": r["type"], "sentence": r["sentence"]}))
        names[r["x"]], names[r["y"]] = r["xn"], r["yn"]
    return path_rows([list(p) for p in paths], names, links)


CYPHER: dict[str, Callable[..., Rows]] = {
    "shared-citations": _shared_citations,
    "cases-citing": _cases_citing,
    "unit-dependencies": _unit_dependencies,
    "case-profile": _case_profile,
    "unit-workload": _unit_workload,
    "next-year": _next_year,
    "outside-remit": _outside_remit,
    "documents-by-issuer": _documents_by_issuer,
    "connect": _connect,
}


def run_cypher(store: Neo4jStore, name: str, **params: Any) -> Rows:
    """Run a saved query's Cypher form on Neo4j and return rows shaped as the embedded form's."""
    q = get_query(name)
    if name not in CYPHER:
        raise UsageError(f"query {name!r} has no Cypher form")
    return CYPHER[name](store, **bind_params(q, params))
