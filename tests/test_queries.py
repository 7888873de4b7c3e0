"""Saved queries on the sample, checked against what a careful reader of the table finds."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

import tiangraph
from graph.build import add_table, new_graph
from queries import QUERIES, query
from tiangraph.errors import UsageError

CO_99 = {"市规划和自然资源局", "市住房和建设局", "市国有资产监督管理委员会", "市水务局", "市交通运输局"}


def test_shared_citations_platform(sample_graph):
    rows = query(sample_graph, "shared-citations", type="Platform")
    top = {r["name"]: r for r in rows}
    assert top["学习强安"]["cases"] == ["20210099", "20210102", "20210236"]
    assert top["学习强安"]["case_count"] == 3 and top["学习强安"]["evidence"] >= 3
    assert all(r["type"] == "Platform" and r["case_count"] >= 2 for r in rows)
    assert [r["case_count"] for r in rows] == sorted((r["case_count"] for r in rows), reverse=True)


def test_cases_citing_returns_the_sentences(sample_graph):
    rows = query(sample_graph, "cases-citing", entity="学习强安")
    assert {r["case"] for r in rows} == {"20210099", "20210102", "20210236"}
    assert all("学习强安" in r["sentence"] for r in rows)
    same = query(sample_graph, "cases-citing", entity="platform:学习强安")
    assert same == rows


def test_unit_dependencies_co_handling(sample_graph):
    rows = query(sample_graph, "unit-dependencies", unit="市应急管理局")
    partners = {r["unit_b"] if r["unit_a"] == "市应急管理局" else r["unit_a"]
                for r in rows if "20210099" in r["co_handled"]}
    assert partners == CO_99
    pair = next(r for r in rows if {r["unit_a"], r["unit_b"]} == {"市应急管理局", "市工业和信息化局"})
    assert pair["co_handled"] == ["20210102", "20210236", "20210361"]


def test_case_profile(sample_graph):
    rows = query(sample_graph, "case-profile", case="20210304")
    sections = [r["section"] for r in rows]
    assert sections[0] == "case" and sections.count("suggestion") == 4
    assert {r["item"] for r in rows if r["section"] == "co-handling unit"} == {"市交通运输局", "市政府口岸办公室", "市应急管理局"}
    assert [r["detail"] for r in rows if r["section"] == "suggestion"] == ["outside_remit"] * 3 + ["normal"]
    assert ("proposer", "林志岳", "Person") in {(r["section"], r["item"], r["detail"]) for r in rows}


def test_unit_workload(sample_graph):
    (row,) = query(sample_graph, "unit-workload", unit="市应急管理局")
    assert (row["led"], row["co_handled"], row["suggestions"]) == (3, 4, 28)
    assert row["outside_remit"] == 5


def test_next_year(sample_graph):
    rows = query(sample_graph, "next-year")
    assert {r["unit"] for r in rows} == {"市应急管理局"}
    assert ("20210194", 1) in {(r["case"], r["suggestion"]) for r in rows}
    assert all(r["planned"] for r in rows)
    assert query(sample_graph, "next-year", unit="市水务局") == [r for r in rows if r["case"] == "20210099"]


def test_outside_remit(sample_graph):
    rows = query(sample_graph, "outside-remit")
    assert [(r["case"], r["suggestion"]) for r in rows] == [("20210236", 1), ("20210236", 7), ("20210304", 1),
                                                           ("20210304", 2), ("20210304", 3)]
    assert rows[2]["other_units"] == ["市交通运输局", "市政府口岸办公室"]


def test_documents_by_issuer(sample_graph):
    rows = query(sample_graph, "documents-by-issuer")
    issuers = {(r["issuer"], r["year"]) for r in rows}
    assert ("深应急", "2021") in issuers or ("深应急规", "2019") in issuers
    assert rows[-1]["issuer"] == "（无文号）"


def test_connect(sample_graph):
    rows = query(sample_graph, "connect", a="20210194", b="学习强安")
    assert rows and rows[0]["from"] == "20210194" and rows[-1]["to"] == "学习强安"
    assert all(r["relation"] for r in rows)


def test_unknown_query_and_parameter_list_the_valid_ones(sample_graph):
    with pytest.raises(UsageError, match="valid queries: case-profile, cases-citing, connect"):
        query(sample_graph, "shared-citation")
    with pytest.raises(UsageError, match="unknown parameter 'kind'; valid parameters: type, min_cases"):
        query(sample_graph, "shared-citations", kind="Platform")
    with pytest.raises(UsageError, match="must be one of Unit"):
        query(sample_graph, "shared-citations", type="Plattform")
    with pytest.raises(UsageError, match="closest: 学习强安"):
        query(sample_graph, "cases-citing", entity="学习强")


def test_python_api(sample_graph):
    assert tiangraph.query(sample_graph, "shared-citations", type="Platform")[0]["name"]


WEIRD = ["x'}) DETACH DELETE n //", '"; DROP ?s } #', "`MATCH` {a:1} <script>", "SELECT * WHERE { ?s ?p ?o }"]


def weird_graph():
    """A graph whose names carry quotes, braces, backticks and query syntax."""
    from extract.model import Case, Mention, ProposalTable, Suggestion

    G = new_graph()
    cases = [Case(case=f"2023000{i}", year=2023, title="t", proposer="p", proposer_kind="person", lead_units=[w],
                  co_units=[], suggestions=[Suggestion(no=1, text=w)]) for i, w in enumerate(WEIRD)]
    table = ProposalTable(path="weird.docx", title="weird", unit="市测试局", year=2023, cases=cases)
    mentions = [Mention(case=c.case, suggestion=1, field="suggestion", type="Platform", name=WEIRD[0], text=c.suggestions[0].text,
                        start=0, end=len(c.suggestions[0].text), rule="test", sentence=c.suggestions[0].text) for c in cases]
    add_table(G, table, mentions)
    return G


def test_names_with_query_syntax_are_answered_not_executed():
    G = weird_graph()
    rows = query(G, "cases-citing", entity=WEIRD[0])
    assert len(rows) == 4 and rows[0]["entity"] == WEIRD[0]
    (row,) = query(G, "unit-workload", unit=WEIRD[2])
    assert row["unit"] == WEIRD[2]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "tiangraph.cli", *map(str, args)], capture_output=True, text=True)


def test_cli_query_formats(sample_graph_dir):
    r = _cli("query", "shared-citations", "--type", "Platform", "--graph", sample_graph_dir, "--format", "json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)[0]["case_count"] >= 2
    r = _cli("query", "cases-citing", "学习强安", "--graph", sample_graph_dir, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["case"] for row in rows} == {"20210099", "20210102", "20210236"}
    r = _cli("query", "case-profile", "--param", "case=20210099", "--graph", sample_graph_dir)
    assert r.returncode == 0 and "市规划和自然资源局" in r.stdout
    r = _cli("query", "nope", "--graph", sample_graph_dir)
    assert r.returncode == 1 and r.stderr.startswith("Error: unknown query 'nope'")


def test_cli_lists_every_query():
    r = _cli("queries")
    assert r.returncode == 0
    for name in QUERIES:
        assert name in r.stdout


def test_every_command_has_help():
    from tiangraph.cli import cli

    def walk(group, path):
        for name, cmd in group.commands.items():
            yield [*path, name]
            if hasattr(cmd, "commands"):
                yield from walk(cmd, [*path, name])

    for path in walk(cli, []):
        r = _cli(*path, "--help")
        assert r.returncode == 0 and "Usage:" in r.stdout, path
