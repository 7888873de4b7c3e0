"""The extractors on the sample table, against its gold annotation."""

from __future__ import annotations

from extract.evaluate import evaluate, read_gold
from extract.mentions import extract_table

from conftest import DATA

GOLD = DATA / "gold" / "sample_gold.jsonl"


def test_sample_typed_f1(sample_table):
    report = evaluate(extract_table(sample_table), read_gold(GOLD))
    assert report.overall.f1 >= 0.88
    assert report.per_type["Document"].f1 >= 0.95
    assert report.per_type["Framework"].f1 >= 0.95


def test_sample_key_entities(sample_table):
    found = {(m.case, m.type, m.name) for m in extract_table(sample_table)}
    assert {
        ("20210194", "Document", "关于加强加油站安全管理工作的通知"),
        ("20210099", "Unit", "市应急管理局执法处"),
        ("20210099", "Unit", "市规划和自然资源局"),
        ("20210099", "Site", "丹梓大道立交桥"),
        ("20210099", "Site", "坪山区"),
        ("20210102", "Platform", "学习强安"),
        ("20210236", "Framework", "31631"),
        ("20210236", "Person", "覃伟中"),
        ("20210361", "Unit", "东莞市应急管理局"),
        ("20210361", "Unit", "惠州市应急管理局"),
        ("20210361", "Unit", "市住房和建设局"),
        ("20210361", "Person", "黄敏"),
    } <= found


def test_sample_statuses_are_not_entities(sample_table):
    mentions = extract_table(sample_table)
    assert not [m for m in mentions if m.case == "20210236" and m.name == "市应急管理局"]
