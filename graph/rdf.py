"""The graph as RDF: W3C ORG for units, PROV-O for evidence, Dublin Core for documents.

Every node gets a stable IRI under one base (``--base``); every MENTIONS edge becomes a
``tg:Mention`` (a ``prov:Entity`` derived from its source table) besides the direct
``tg:mentions`` link, so SPARQL can ask for either.

>>> g = to_rdf(G, base="https://example.org/tg/")          # doctest: +SKIP
>>> g.serialize(format="turtle")                            # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from graph import schema as S

__all__ = ["TG", "DEFAULT_BASE", "ONTOLOGY", "to_rdf", "node_iri", "load_ontology", "generate_triples",
           "write_ntriples", "write_turtle"]

TG = Namespace("https://tiangraph.org/ns#")
DEFAULT_BASE = "https://tiangraph.org/id/"
ONTOLOGY = Path(__file__).with_name("ontology.ttl")

_EDGE_PROP = {
    S.PROPOSED_BY: TG.proposedBy, S.LEAD_UNIT: TG.leadUnit, S.CO_UNIT: TG.coUnit,
    S.HAS_SUGGESTION: TG.hasSuggestion, S.MENTIONS: TG.mentions, S.IN_COLLECTION: TG.inCollection,
    S.OWNED_BY: TG.ownedBy,
}
_ATTR_PROP = {
    "name": TG.name, "case": TG.caseNumber, "title": DCTERMS.title, "year": TG.year, "no": TG.number,
    "status": TG.status, "text": DCTERMS.description, "completed": TG.completed, "advanced": TG.advanced,
    "planned": TG.planned, "remarks": TG.remarks, "proposer": TG.proposer, "aliases": TG.alias,
    "sources": TG.source, "number": DCTERMS.identifier, "issued": DCTERMS.issued, "unit": TG.unitName,
    "compiled": DCTERMS.created, "proposer_kind": TG.proposerKind, "written": TG.writtenAs, "file": TG.source,
}


def node_iri(node: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of a node id: ``platform:学习强安`` → ``{base}platform/学习强安`` (percent-encoded)."""
    type_, _, key = node.partition(":")
    return URIRef(f"{base}{type_}/{quote(key, safe='')}")


def load_ontology() -> Graph:
    """The shipped vocabulary as an rdflib graph."""
    return Graph().parse(ONTOLOGY, format="turtle")


#: A triple as plain data: subject IRI, predicate IRI, and an object that is an IRI
#: (``("iri", "…")``), an integer (``("int", 3)``), a boolean or a string literal.
PlainTriple = tuple[str, str, tuple[str, Any]]


def _obj(value: Any) -> tuple[str, Any]:
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    return ("str", str(value))


def generate_triples(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[PlainTriple]:
    """Every triple of ``G`` as plain data, subject by subject (one definition for every RDF writer)."""
    rdf_type, label = str(RDF.type), str(RDFS.label)
    for n in sorted(G.nodes):
        d = G.nodes[n]
        iri = str(node_iri(n, base))
        yield iri, rdf_type, ("iri", str(TG[d["type"]]))
        if d["type"] == S.UNIT:
            yield iri, rdf_type, ("iri", str(ORG.Organization))
        if d["type"] == S.COLLECTION:
            yield iri, rdf_type, ("iri", str(PROV.Entity))
        yield iri, label, ("str", str(d.get("name", n)))
        for k in sorted(d):
            prop, v = _ATTR_PROP.get(k), d[k]
            if prop is None or v in (None, ""):
                continue
            for item in v if isinstance(v, list) else [v]:
                yield iri, str(prop), _obj(item)
        for _, target, key, e in sorted(G.out_edges(n, keys=True, data=True), key=lambda x: (x[1], str(x[2]))):
            yield iri, str(_EDGE_PROP[e["type"]]), ("iri", str(node_iri(target, base)))
            if e["type"] == S.MENTIONS:
                yield from _mention(base, n, target, key, e, iri)


def _mention(base: str, u: str, v: str, k: str, d: dict[str, Any], su: str) -> Iterator[PlainTriple]:
    m = f"{base}mention/{hashlib.sha1(f'{u}|{v}|{k}'.encode()).hexdigest()[:16]}"
    yield su, str(TG.qualifiedMention), ("iri", m)
    yield m, str(RDF.type), ("iri", str(TG.Mention))
    yield m, str(RDF.type), ("iri", str(PROV.Entity))
    yield m, str(TG.mentionOf), ("iri", str(node_iri(v, base)))
    for key, prop in (("field", TG.field), ("sentence", TG.sentence), ("start", TG.start), ("end", TG.end),
                      ("text", TG.surface), ("rule", TG.rule), ("file", TG.source)):
        if d.get(key) not in (None, ""):
            yield m, str(prop), _obj(d[key])
    if d.get("collection"):
        yield m, str(PROV.wasDerivedFrom), ("iri", str(node_iri(d["collection"], base)))


def _term(o: tuple[str, Any]) -> Any:
    kind, value = o
    if kind == "iri":
        return URIRef(value)
    if kind == "int":
        return Literal(value, datatype=XSD.integer)
    return Literal(value)


def to_rdf(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """An rdflib graph of ``G`` (nodes, typed links and qualified mentions), for SPARQL and JSON-LD."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    g.bind("id", Namespace(base))
    for s_, p, o in generate_triples(G, base):
        g.add((URIRef(s_), URIRef(p), _term(o)))
    return g


PREFIXES = {"tg": TG, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "rdf": RDF, "rdfs": RDFS, "xsd": XSD}
_ESC = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_obj(o: tuple[str, Any]) -> str:
    kind, value = o
    if kind == "iri":
        return f"<{value}>"
    if kind == "int":
        return f'"{value}"^^<{XSD.integer}>'
    if kind == "bool":
        return f'"{str(value).lower()}"^^<{XSD.boolean}>'
    return '"' + value.translate(_ESC) + '"'


def write_ntriples(G: nx.MultiDiGraph, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Stream ``G`` as N-Triples (UTF-8), without building an rdflib graph in memory."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for s_, p, o in generate_triples(G, base):
            f.write(f"<{s_}> <{p}> {_nt_obj(o)} .\n")


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            local = iri[len(str(ns)):]
            if local and local.replace("_", "a").isalnum() and local.isascii():
                return f"{prefix}:{local}"
    return f"<{iri}>"


def write_turtle(G: nx.MultiDiGraph, path: str | Path, base: str = DEFAULT_BASE) -> None:
    """Stream ``G`` as Turtle grouped by subject, with prefixes (fast on large graphs)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for prefix, ns in PREFIXES.items():
            f.write(f"@prefix {prefix}: <{ns}> .\n")
        current = None
        for s_, p, o in generate_triples(G, base):
            obj = _short(o[1]) if o[0] == "iri" else _nt_obj(o)
            pred = "a" if p == str(RDF.type) else _short(p)
            if s_ != current:
                f.write(" .\n" if current is not None else "\n")
                f.write(f"<{s_}>\n    {pred} {obj}")
                current = s_
            else:
                f.write(f" ;\n    {pred} {obj}")
        if current is not None:
            f.write(" .\n")
