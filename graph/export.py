"""Exporters, looked up by name: ``export_graph(G, "ttl", "out.ttl")``.

An unknown name raises :class:`UsageError` listing the valid ones.

>>> sorted(EXPORTERS)[:3]
['cypher', 'gexf', 'graphml']
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import networkx as nx

from graph import schema as S
from graph.store import graph_to_data
from tiangraph.errors import UsageError

__all__ = ["Exporter", "EXPORTERS", "register", "get_exporter", "export_graph", "flat_graph", "cypher_literal"]


@dataclass(frozen=True)
class Exporter:
    """A named way to write a graph: ``write(G, path, base)``; ``directory`` when it writes a folder."""

    name: str
    description: str
    suffix: str
    write: Callable[[nx.MultiDiGraph, Path, str | None], None]
    directory: bool = False


EXPORTERS: dict[str, Exporter] = {}
_ALIASES: dict[str, str] = {}


def register(exporter: Exporter, aliases: tuple[str, ...] = ()) -> Exporter:
    """Add an exporter to the registry under its name and aliases."""
    EXPORTERS[exporter.name] = exporter
    for a in aliases:
        _ALIASES[a] = exporter.name
    return exporter


def get_exporter(name: str) -> Exporter:
    """The exporter called ``name`` (or one of its aliases)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in EXPORTERS:
        raise UsageError(f"unknown format {name!r}; valid formats: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[key]


def export_graph(G: nx.MultiDiGraph, fmt: str, path: str | os.PathLike[str], base: str | None = None) -> Path:
    """Write ``G`` in format ``fmt`` to ``path`` (a folder for folder formats)."""
    exporter = get_exporter(fmt)
    if base is not None and (not base.startswith(("http://", "https://", "urn:")) or any(c in base for c in ' <>"{}|^`\\')
                             or not base.endswith(("/", "#", ":"))):
        raise UsageError(f"base IRI {base!r} must start with http://, https:// or urn:, contain no spaces or <>\"{{}}|^`\\, "
                         "and end with / or # or :")
    target = Path(path)
    if exporter.directory:
        target.mkdir(parents=True, exist_ok=True)
    else:
        target.parent.mkdir(parents=True, exist_ok=True)
    exporter.write(G, target, base)
    return target


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def flat_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (lists as JSON text, None dropped) for GraphML/GEXF."""
    H = nx.MultiDiGraph()
    for n, d in sorted(G.nodes(data=True)):
        H.add_node(n, **{k: _scalar(v) for k, v in sorted(d.items()) if v is not None}, label=d.get("name", n))
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        H.add_edge(u, v, key=str(k), **{a: _scalar(x) for a, x in sorted(d.items()) if x is not None})
    return H


def _write_json(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
    with open(path, "w", encoding="utf-8") as f:
        json.dump(graph_to_data(G), f, ensure_ascii=False, indent=1)


def _write_graphml(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
    nx.write_graphml(flat_graph(G), path, encoding="utf-8", named_key_ids=True)


def _write_gexf(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
    nx.write_gexf(flat_graph(G), path, encoding="utf-8")


def _rdf_writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path, str | None], None]:
    def write(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
        from graph.rdf import DEFAULT_BASE, to_rdf

        g = to_rdf(G, base or DEFAULT_BASE)
        g.serialize(destination=str(path), format=fmt, encoding="utf-8")

    return write


def _stream_writer(fmt: str) -> Callable[[nx.MultiDiGraph, Path, str | None], None]:
    def write(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
        from graph.rdf import DEFAULT_BASE, write_ntriples, write_turtle

        (write_turtle if fmt == "turtle" else write_ntriples)(G, path, base or DEFAULT_BASE)

    return write


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a property value (strings escaped, lists as lists).

    >>> cypher_literal("a'b\\\\c"), cypher_literal([1, "x"]), cypher_literal(None)
    ("'a\\\\'b\\\\\\\\c'", "[1, 'x']", 'null')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r")
    return f"'{text}'"


def _props(d: dict[str, Any]) -> str:
    return "{" + ", ".join(f"`{k}`: {cypher_literal(v)}" for k, v in sorted(d.items()) if v is not None) + "}"


def _write_cypher(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
    """A script for cypher-shell: constraints, then one MERGE per node and relationship."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("// tiangraph graph: load with  cypher-shell -f graph.cypher\n")
        for label in S.NODE_TYPES:
            f.write(f"CREATE CONSTRAINT tg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;\n")
        for n, d in sorted(G.nodes(data=True)):
            label = S.check_label(d["type"])
            f.write(f"MERGE (n:{label} {{id: {cypher_literal(n)}}}) SET n += {_props(d)};\n")
        for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
            rel = d["type"]
            if rel not in S.EDGE_TYPES:
                raise ValueError(f"unknown edge type {rel!r}")
            lu, lv = G.nodes[u]["type"], G.nodes[v]["type"]
            f.write(f"MATCH (a:{lu} {{id: {cypher_literal(u)}}}), (b:{lv} {{id: {cypher_literal(v)}}}) "
                    f"MERGE (a)-[r:{rel} {{key: {cypher_literal(str(k))}}}]->(b) SET r += {_props(d)};\n")


def _write_neo4j_csv(G: nx.MultiDiGraph, path: Path, base: str | None) -> None:
    """CSV files with headers for ``neo4j-admin database import full``."""
    by_label: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for n, d in sorted(G.nodes(data=True)):
        by_label.setdefault(d["type"], []).append((n, d))
    for label, rows in by_label.items():
        keys = sorted({k for _, d in rows for k in d} - {"type"})
        with open(path / f"nodes_{label}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(["id:ID", *[_csv_header(k, rows) for k in keys], ":LABEL"])
            for n, d in rows:
                w.writerow([n, *[_csv_value(d.get(k)) for k in keys], label])
    by_type: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = {}
    for u, v, k, d in sorted(G.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        by_type.setdefault(d["type"], []).append((u, v, str(k), d))
    for rel, rows in by_type.items():
        keys = sorted({k for *_, d in rows for k in d} - {"type"})
        with open(path / f"rels_{rel}.csv", "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow([":START_ID", ":END_ID", "key", *[_csv_header(k, [(None, d) for *_, d in rows]) for k in keys], ":TYPE"])
            for u, v, k, d in rows:
                w.writerow([u, v, k, *[_csv_value(d.get(a)) for a in keys], rel])


def _csv_header(key: str, rows: list[tuple[Any, dict[str, Any]]]) -> str:
    values = [d[key] for _, d in rows if d.get(key) is not None]
    if values and all(isinstance(v, bool) for v in values):
        return f"{key}:boolean"
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return f"{key}:long"
    if values and all(isinstance(v, list) for v in values):
        return f"{key}:string[]"
    return key


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v).replace(";", "；") for v in value)
    return value


register(Exporter("json", "node-link JSON, tiangraph's own format", ".json", _write_json))
register(Exporter("graphml", "GraphML (Gephi, yEd, Cytoscape); lists as JSON text", ".graphml", _write_graphml))
register(Exporter("gexf", "GEXF 1.2 (Gephi)", ".gexf", _write_gexf))
register(Exporter("ttl", "RDF Turtle with the tiangraph ontology's terms", ".ttl", _stream_writer("turtle")), ("turtle", "text/turtle"))
register(Exporter("nt", "RDF N-Triples", ".nt", _stream_writer("nt")), ("ntriples", "n-triples"))
register(Exporter("jsonld", "RDF JSON-LD", ".jsonld", _rdf_writer("json-ld")), ("json-ld",))
register(Exporter("cypher", "Cypher script for cypher-shell (constraints, MERGE)", ".cypher", _write_cypher))
register(Exporter("neo4j-csv", "CSV files with headers for neo4j-admin import (a folder)", "", _write_neo4j_csv, directory=True))
