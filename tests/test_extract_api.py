"""The public API: extract_case/extract_table, canonical names and ids, aliases, evaluation."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import Case, Mention, ProposalTable, Suggestion, entity_id, extract_case, extract_table, load_aliases
from extract.canon import match_key, normalise_doc_number, normalise_name, to_simplified
from extract.evaluate import evaluate, format_report, read_gold
from extract.model import TEXT_FIELDS
from tiangraph.errors import InputError

from conftest import DATA, ROOT

EXTRA = DATA / "extract"


def make_case(completed: str, title: str = "关于加强交通安全管理的建议", planned: str = "") -> Case:
    suggestion = Suggestion(1, "1.建议加强管理", completed=completed, planned=planned)
    return Case("20220001", 2022, title, "王五", "person", ["广州市交通运输局"], [], [suggestion])


def slices_back(mentions: list[Mention], case: Case) -> bool:
    texts = {(None, "title"): case.title}
    for s in case.suggestions:
        texts.update({(s.no, f): s.field_text(f) for f in TEXT_FIELDS[1:]})
    return all(texts[(m.suggestion, m.field)][m.start : m.end] == m.text for m in mentions)


def test_extract_case_order_and_fields():
    case = make_case("我局印发《广州市道路运输安全管理办法》，依托“穗好办”APP推进。", title="关于香港货车司机管理的建议")
    mentions = extract_case(case, "广州市交通运输局", source="a.docx")
    assert [(m.suggestion, m.field, m.type, m.name) for m in mentions] == [
        (None, "title", "Site", "香港"),
        (1, "completed", "Unit", "广州市交通运输局"),
        (1, "completed", "Document", "广州市道路运输安全管理办法"),
        (1, "completed", "Platform", "穗好办"),
    ]
    assert all(m.source == "a.docx" and m.sentence for m in mentions)
    assert slices_back(mentions, case)


def test_traditional_text_gives_same_names():
    simplified = make_case("我局联合華為、騰訊，依托應急資源信息系統，赴佛山、肇慶市交通運輸局調研。")
    plain = make_case(to_simplified(simplified.suggestions[0].completed))
    found = extract_case(simplified, "廣州市交通運輸局")
    expected = extract_case(plain, "广州市交通运输局")
    assert [(m.type, m.name) for m in found] == [(m.type, m.name) for m in expected]
    assert ("Unit", "华为") in {(m.type, m.name) for m in found}
    assert slices_back(found, simplified)


def test_extra_alias_file_extends_registry():
    registry = load_aliases([EXTRA / "extra_aliases.jsonl"])
    mentions = extract_case(make_case("会同市交委推进。"), "广州市交通运输局", aliases=registry)
    assert ("Unit", "广州市交通运输局") in {(m.type, m.name) for m in mentions}


def test_unreadable_alias_file_raises():
    with pytest.raises(InputError, match="broken_aliases.jsonl: row 1"):
        load_aliases([EXTRA / "broken_aliases.jsonl"])
    with pytest.raises(InputError):
        load_aliases([EXTRA / "missing.jsonl"])


def test_rule_id_written_twice_is_refused(tmp_path):
    import shutil

    from extract.canon import DATA_DIR
    from extract.finders.lexicon import load_lexicon

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    rules = (data / "lexicon.tsv").read_text(encoding="utf-8").splitlines()
    (data / "lexicon.tsv").write_text("\n".join([*rules, rules[3]]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"lexicon.tsv: row {len(rules) + 1}: rule id '.+' written again \(first in row 4\)"):
        load_lexicon(str(data))
    assert load_lexicon().words("unit_suffix")  # the bundled files have no id twice


def test_extract_table_uses_table_unit(sample_table):
    mentions = extract_table(sample_table)
    assert mentions and all(m.source == sample_table.path for m in mentions)
    by_case = {c.case: c for c in sample_table.cases}
    for case_id in by_case:
        assert slices_back([m for m in mentions if m.case == case_id], by_case[case_id])
    assert ("20210194", "Unit", "市应急管理局") in {(m.case, m.type, m.name) for m in mentions}


def test_short_place_names_fold_only_when_written_in_full():
    case = make_case("在天河区、番禺试点，并与天河、佛山交流。")
    names = {m.name for m in extract_case(case, "广州市交通运输局") if m.type == "Site"}
    assert names == {"天河区", "番禺", "佛山"}


@pytest.mark.parametrize("name", ["市应急管理局", "《深圳市 安全风险管控暂行办法(试行)》", "華為"])
def test_entity_id_is_deterministic_across_processes(name):
    code = f"from extract.canon import entity_id; print(entity_id('Unit', {name!r}))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert other.stdout.strip() == entity_id("Unit", name)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="市应急管理局華為號（）() 《》深圳應急〔〕[]2021號abc", max_size=30))
def test_normalisation_is_idempotent(text):
    once = normalise_name(text)
    assert normalise_name(once) == once
    assert entity_id("Unit", text) == entity_id("Unit", once)
    assert match_key(match_key(text)) == match_key(text)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="我局印发《应急预案》（深应急〔2021〕7号）華為、平安大疆“1+3+N”坪山区學習強安APP系統。，\n ", max_size=60))
def test_offsets_always_slice_back(text):
    case = make_case(text, title=text)
    assert slices_back(extract_case(case, "市应急管理局"), case)


def test_doc_number_normalisation_is_idempotent():
    once = normalise_doc_number("深应急规[2019]2號")
    assert once == "深应急规〔2019〕2号" and normalise_doc_number(once) == once


def test_evaluate_typed_and_untyped(tmp_path):
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"case": "1", "type": "Unit", "name": "华为"},
        {"case": "1", "type": "Site", "name": "香港"},
    ]), encoding="utf-8")
    found = [Mention("1", 1, "completed", "Unit", "華為", "華為", 0, 2, "r"),
             Mention("1", 1, "completed", "Unit", "香港", "香港", 3, 5, "r")]
    report = evaluate(found, read_gold(gold_path))
    assert (report.overall.precision, report.overall.recall) == (0.5, 0.5)
    assert report.untyped.f1 == 1.0
    assert "all (typed)" in format_report(report)


def test_read_gold_rejects_bad_lines(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"case": "1"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="row 1"):
        read_gold(bad)
