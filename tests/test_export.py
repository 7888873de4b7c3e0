"""Exporters: each format re-read by its own tool with the same content; RDF by triple sets and SPARQL."""

from __future__ import annotations

import csv
import subprocess
import sys

import networkx as nx
import pytest
from rdflib import Graph, Literal

from graph import schema as S
from graph.export import EXPORTERS, export_graph, flat_graph
from graph.rdf import TG, node_iri, to_rdf

TESTED = {"json", "graphml", "gexf", "ttl", "nt", "jsonld", "cypher", "neo4j-csv"}


def test_every_format_has_a_test():
    assert set(EXPORTERS) == TESTED


def _counts(G):
    return (G.number_of_nodes(), G.number_of_edges())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graphml_and_gexf_read_back_by_networkx(tmp_path, sample_graph, fmt):
    path = export_graph(sample_graph, fmt, tmp_path / f"g.{fmt}")
    H = nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)
    assert _counts(H) == _counts(sample_graph)
    node = S.node_id(S.PLATFORM, "学习强安")
    assert H.nodes[node]["type"] == "Platform"
    years = {d.get("year") for _, d in H.nodes(data=True) if d.get("type") == "Case"}
    assert years == {2021}  # typed as integers, not text


def test_json_export_reads_back(tmp_path, sample_graph):
    from graph.store import graph_from_data, graph_to_data
    import json

    path = export_graph(sample_graph, "json", tmp_path / "g.json")
    assert graph_to_data(graph_from_data(json.loads(path.read_text(encoding="utf-8")))) == graph_to_data(sample_graph)


@pytest.mark.parametrize("fmt,rdf_format", [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_round_trip_gives_the_same_triples(tmp_path, sample_graph, fmt, rdf_format):
    expected = to_rdf(sample_graph)
    path = export_graph(sample_graph, fmt, tmp_path / f"g.{fmt}")
    back = Graph().parse(path, format=rdf_format)
    assert len(back) == len(expected)
    assert set(back) == set(expected)


def test_sparql_over_the_export_finds_the_cases_citing_a_platform(tmp_path, sample_graph):
    g = Graph().parse(export_graph(sample_graph, "ttl", tmp_path / "g.ttl"), format="turtle")
    rows = g.query(
        """SELECT DISTINCT ?case WHERE {
             ?p tg:name ?name . ?m tg:mentionOf ?p ; tg:field ?field .
             ?s tg:qualifiedMention ?m .
             { ?c tg:hasSuggestion ?s } UNION { ?s a tg:Case . BIND(?s AS ?c) }
             ?c tg:caseNumber ?case . }""",
        initNs={"tg": TG}, initBindings={"name": Literal("学习强安")})
    assert sorted(str(r.case) for r in rows) == ["20210099", "20210102", "20210236"]


def test_base_iri_can_be_set(tmp_path, sample_graph):
    g = to_rdf(sample_graph, base="https://example.org/tg/")
    assert (node_iri("case:20210099", "https://example.org/tg/"), None, None) in g
    assert str(node_iri("platform:学习强安", "https://example.org/tg/")).startswith("https://example.org/tg/platform/%E5")


def test_ontology_parses_and_declares_every_term_used(sample_graph):
    from graph.rdf import load_ontology

    onto = load_ontology()
    used = {p for _, p, _ in to_rdf(sample_graph) if str(p).startswith(str(TG))}
    used |= {o for _, p, o in to_rdf(sample_graph) if str(o).startswith(str(TG)) and str(p).endswith("type")}
    declared = {s for s, _, _ in onto}
    assert used - declared == set()


def test_neo4j_csv_has_import_headers(tmp_path, sample_graph):
    folder = export_graph(sample_graph, "neo4j-csv", tmp_path / "csv")
    with open(folder / "nodes_Case.csv", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[0] == "id:ID" and header[-1] == ":LABEL" and "year:long" in header
    with open(folder / "rels_MENTIONS.csv", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0][:2] == [":START_ID", ":END_ID"] and rows[0][-1] == ":TYPE" and "start:long" in rows[0]
    mentions = sum(1 for *_, d in sample_graph.edges(data=True) if d["type"] == S.MENTIONS)
    assert len(rows) - 1 == mentions


def test_cypher_script_uses_schema_labels_and_escapes_values(tmp_path):
    from graph.build import add_entity, new_graph

    G = new_graph()
    add_entity(G, S.DOCUMENT, "《x'}) DETACH DELETE n //》\\")
    text = export_graph(G, "cypher", tmp_path / "g.cypher").read_text(encoding="utf-8")
    assert "CREATE CONSTRAINT tg_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;" in text
    assert "'《x\\'}) DETACH DELETE n //》\\\\'" in text


def test_unknown_format_lists_the_valid_ones(tmp_path, sample_graph_dir):
    r = subprocess.run([sys.executable, "-m", "tiangraph.cli", "export", str(sample_graph_dir), "--format", "pdf",
                        "-o", str(tmp_path / "x")], capture_output=True, text=True)
    assert r.returncode == 1
    assert r.stderr.strip() == ("Error: unknown format 'pdf'; valid formats: "
                                "cypher, gexf, graphml, json, jsonld, neo4j-csv, nt, ttl")


def test_flat_graph_keeps_lists_as_json_text(sample_graph):
    H = flat_graph(sample_graph)
    case = H.nodes[S.node_id(S.CASE, "20210099")]
    assert case["sources"].startswith("[")
