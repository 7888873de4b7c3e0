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
from typing import Any
from urllib.parse import quote

import networkx as nx
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV

from graph import schema as S

__all__ = ["TG", "DEFAULT_BASE", "ONTOLOGY", "to_rdf", "node_iri", "load_ontology"]

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


def _literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    return Literal(str(value))


def to_rdf(G: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Graph:
    """An rdflib graph of ``G`` (nodes, typed links and qualified mentions)."""
    g = Graph()
    for prefix, ns in (("tg", TG), ("org", ORG), ("prov", PROV), ("dcterms", DCTERMS), ("id", Namespace(base))):
        g.bind(prefix, ns)
    for n, d in G.nodes(data=True):
        iri = node_iri(n, base)
        g.add((iri, RDF.type, TG[d["type"]]))
        if d["type"] == S.UNIT:
            g.add((iri, RDF.type, ORG.Organization))
        if d["type"] in (S.COLLECTION,):
            g.add((iri, RDF.type, PROV.Entity))
        g.add((iri, RDFS.label, Literal(d.get("name", n))))
        for k, v in d.items():
            prop = _ATTR_PROP.get(k)
            if prop is None or v in (None, ""):
                continue
            for item in v if isinstance(v, list) else [v]:
                g.add((iri, prop, _literal(item)))
    for u, v, k, d in G.edges(keys=True, data=True):
        su, ov = node_iri(u, base), node_iri(v, base)
        g.add((su, _EDGE_PROP[d["type"]], ov))
        if d["type"] == S.MENTIONS:
            _add_mention(g, base, u, v, k, d, su, ov)
    return g


def _add_mention(g: Graph, base: str, u: str, v: str, k: str, d: dict[str, Any], su: URIRef, ov: URIRef) -> None:
    digest = hashlib.sha1(f"{u}|{v}|{k}".encode()).hexdigest()[:16]
    m = URIRef(f"{base}mention/{digest}")
    g.add((m, RDF.type, TG.Mention))
    g.add((m, RDF.type, PROV.Entity))
    g.add((su, TG.qualifiedMention, m))
    g.add((m, TG.mentionOf, ov))
    for key, prop in (("field", TG.field), ("sentence", TG.sentence), ("start", TG.start), ("end", TG.end),
                      ("text", TG.surface), ("rule", TG.rule), ("file", TG.source)):
        if d.get(key) not in (None, ""):
            g.add((m, prop, _literal(d[key])))
    if d.get("collection"):
        g.add((m, PROV.wasDerivedFrom, node_iri(d["collection"], base)))
