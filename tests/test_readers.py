"""Readers: the sample in both forms, and tables built with python-docx/openpyxl."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from builders import HEADER_2021, TableSpec, make_docx, make_text, make_xlsx

from extract.readers import read_proposals
from tiangraph.errors import InputError

EXPECTED_CASES = ["20210194", "20210099", "20210102", "20210236", "20210304", "20210361", "20210573"]


def _strip(doc):
    out = []
    for c in doc.cases:
        d = c.to_dict()
        d.pop("source")
        out.append(d)
    return out


def test_sample_text_and_docx_give_the_same_cases(sample_txt, sample_docx):
    txt, dx = read_proposals(sample_txt), read_proposals(sample_docx)
    assert [c.case for c in txt.cases] == EXPECTED_CASES
    assert [len(c.suggestions) for c in txt.cases] == [3, 4, 4, 7, 4, 3, 3]
    assert _strip(txt) == _strip(dx)


def test_sample_metadata(sample_txt):
    doc = read_proposals(sample_txt)
    assert (doc.title, doc.unit, doc.compiled, doc.year) == ("市应急管理局2021年提案工作清单表", "市应急管理局", "2021年10月", 2021)


def test_sample_structured_columns_as_written(sample_table):
    cases = {c.case: c for c in sample_table.cases}
    assert cases["20210099"].proposer == "民盟深圳市委会"
    assert cases["20210099"].proposer_kind == "organisation"
    assert cases["20210194"].proposer_kind == "person"
    assert cases["20210099"].lead_units == ["市应急管理局"]
    assert cases["20210099"].co_units == ["市规划和自然资源局", "市住房和建设局", "市国有资产监督管理委员会", "市水务局", "市交通运输局"]
    assert cases["20210304"].lead_units == []
    assert cases["20210304"].co_units == ["市交通运输局", "市政府口岸办公室", "市应急管理局"]
    assert cases["20210236"].co_units[-1] == "市委宣传部"


def test_sample_suggestion_status_and_empty_cells(sample_table):
    case = {c.case: c for c in sample_table.cases}["20210236"]
    assert [s.status for s in case.suggestions] == ["outside_remit", "none", "none", "normal", "normal", "normal", "outside_remit"]
    first = case.suggestions[0]
    assert (first.completed, first.advanced, first.planned) == ("", "", "")


def test_sample_multi_paragraph_cells_and_truncated_last_row(sample_table):
    c99 = {c.case: c for c in sample_table.cases}["20210099"]
    assert c99.suggestions[0].completed.count("\n") == 3
    assert c99.suggestions[0].no == 1 and c99.suggestions[1].no == 2
    last = sample_table.cases[-1].suggestions[-1]
    assert last.no == 3 and "核电站核事故场外应急预案" in last.completed and last.advanced == ""


def test_sample_bookmarks_are_dropped(sample_table):
    c361 = {c.case: c for c in sample_table.cases}["20210361"]
    assert c361.suggestions[0].remarks.startswith("明年待落实事项内容为自选动作")
    assert "bookmark" not in json.dumps(sample_table.to_dict(), ensure_ascii=False)


ROWS = [
    ["20220011", "关于完善公交站台的提案", "民进深圳市委会", "市交通运输局", "市规划和自然资源局、市城市管理和综合执法局",
     "1.优化站台布局", "完成站台改造120个。", "无", "继续推进。", ""],
    ["", "", "", "", "", "2.增设风雨连廊", "无", "推动试点。", "无", ""],
    ["20220012", "关于提升地铁应急能力的建议", "张伟", "市交通运输局", "",
     "（一）加强演练", "开展演练3次。\n修订预案。", "无", "无", "不涉及我局具体职责"],
]


def test_docx_two_row_header_with_merged_case_cells(tmp_path):
    path = make_docx(tmp_path / "t.docx", [TableSpec(HEADER_2021, ROWS, group="办理单位", merge_case_cells=5)])
    doc = read_proposals(path)
    assert doc.unit == "市交通运输局" and doc.year == 2022
    assert [c.case for c in doc.cases] == ["20220011", "20220012"]
    c1, c2 = doc.cases
    assert c1.co_units == ["市规划和自然资源局", "市城市管理和综合执法局"]
    assert [s.no for s in c1.suggestions] == [1, 2]
    assert c1.suggestions[1].advanced == "推动试点。"
    assert c2.suggestions[0].completed == "开展演练3次。\n修订预案。"
    assert c2.suggestions[0].status == "outside_remit"
    assert c2.proposer_kind == "person"


def test_docx_one_header_row_other_names_and_order(tmp_path):
    header = ["序号", "提案编号", "提案题目", "提案人", "主办单位", "会办单位", "建议内容", "备注", "办理情况", "推进情况", "下一步工作计划"]
    rows = [["1", "20220011", "题目一", "九三学社深圳市委员会", "市交通运输局", "市水务局", "建议一", "", "完成甲。", "推动乙。", "计划丙。"],
            ["", "", "", "", "", "", "建议二", "", "完成丁。", "无", "无"]]
    doc = read_proposals(make_docx(tmp_path / "o.docx", [TableSpec(header, rows)]))
    (case,) = doc.cases
    assert case.proposer_kind == "organisation" and case.co_units == ["市水务局"]
    s1, s2 = case.suggestions
    assert (s1.completed, s1.advanced, s1.planned, s1.remarks) == ("完成甲。", "推动乙。", "计划丙。", "")
    assert (s2.no, s2.completed, s2.status) == (2, "完成丁。", "normal")


def test_docx_two_tables_and_header_repeated_after_page_break(tmp_path):
    header = [h for h in HEADER_2021 if h != "办理单位"]
    header.insert(3, "承办")
    header.insert(4, "会办")
    rows = [r[:] for r in ROWS]
    spec = TableSpec(header, rows, repeat_header_at=2)
    other = TableSpec(["项目", "金额"], [["办公经费", "100"]])
    doc = read_proposals(make_docx(tmp_path / "two.docx", [other, spec]))
    assert [c.case for c in doc.cases] == ["20220011", "20220012"]
    assert len(doc.cases[0].suggestions) == 2


def test_docx_case_continued_in_next_table(tmp_path):
    header = ["案号", "案由", "提案人", "承办", "会办", "提案意见建议", "已完成", "已推动", "明年计划", "备注"]
    rows = [ROWS[0], ROWS[1]]
    doc = read_proposals(make_docx(tmp_path / "c.docx", [TableSpec(header, rows, repeat_header_at=1)]))
    assert len(doc.cases) == 1 and [s.no for s in doc.cases[0].suggestions] == [1, 2]


def test_docx_horizontally_merged_progress_cell_is_read_once(tmp_path):
    header = ["案号", "案由", "提案人", "承办", "会办", "提案意见建议", "已完成", "已推动", "明年计划", "备注"]
    path = make_docx(tmp_path / "h.docx", [TableSpec(header, [ROWS[0]])])
    import docx

    d = docx.Document(path)
    row = d.tables[0].rows[1]
    row.cells[6].merge(row.cells[7])
    d.save(path)
    s = read_proposals(path).cases[0].suggestions[0]
    assert s.completed.startswith("完成站台改造120个。") and s.advanced == ""


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_text_encodings_are_detected(tmp_path, encoding):
    header = ["案号", "案由", "第一提案人", "承办", "会办", "提案意见建议", "当年已完成的事项", "当年已推动的工作", "明年待落实事项", "备注"]
    path = make_text(tmp_path / f"{encoding}.txt", header, ROWS, encoding=encoding)
    doc = read_proposals(path)
    assert [c.case for c in doc.cases] == ["20220011", "20220012"]
    assert doc.cases[0].co_units == ["市规划和自然资源局", "市城市管理和综合执法局"]
    assert doc.cases[1].suggestions[0].completed == "开展演练3次。\n修订预案。"


def test_xlsx(tmp_path):
    header = ["提案编号", "提案题目", "提案人", "主办单位", "会办单位", "建议内容", "办理情况", "推进情况", "明年计划", "备注"]
    rows = [[20220011, "题目一", "张伟", "市交通运输局", "市水务局，市应急管理局", "1.建议一", "完成。", None, None, None],
            [None, None, None, None, None, "2.建议二", "无", "推动。", None, None]]
    doc = read_proposals(make_xlsx(tmp_path / "t.xlsx", header, rows, title="市交通运输局2022年提案办理情况"))
    (case,) = doc.cases
    assert case.case == "20220011" and case.co_units == ["市水务局", "市应急管理局"]
    assert [s.advanced for s in case.suggestions] == ["", "推动。"]
    assert doc.year == 2022


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "tiangraph.cli", *map(str, args)], capture_output=True, text=True)


def test_cli_parse_json_keys(sample_docx):
    r = _cli("parse", sample_docx)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    case = data["cases"][1]
    assert list(case)[:8] == ["case", "year", "title", "proposer", "proposer_kind", "lead_units", "co_units", "suggestions"]
    assert set(case["suggestions"][0]) == {"no", "text", "completed", "advanced", "planned", "remarks", "status"}


def _bad_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "corrupt.docx").write_bytes(b"PK\x03\x04word/" + b"\x00garbage" * 20)
    (tmp_path / "locked.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("\tcafé\n".encode("utf-8") + b"\xff\xfe\xfa\x81\x30")
    import docx

    d = docx.Document()
    d.add_paragraph("没有表格")
    d.save(tmp_path / "notable.docx")
    make_docx(tmp_path / "unknown.docx", [TableSpec(["甲", "乙", "丙"], [["1", "2", "3"]])])
    make_docx(tmp_path / "headeronly.docx", [TableSpec(["案号", "案由", "提案人", "承办"], [])])
    return {
        "missing.docx": "no such file",
        "empty.txt": "empty file",
        "corrupt.docx": "not a readable .docx",
        "locked.docx": "password-protected",
        "junk.txt": "binary",
        "latin.txt": "encoding",
        "notable.docx": "no proposal table",
        "unknown.docx": "headers found: 甲 | 乙 | 丙",
        "headeronly.docx": "no cases",
    }


def test_bad_input_gives_one_line_error_and_exit_1(tmp_path):
    for name, words in _bad_files(tmp_path).items():
        r = _cli("parse", tmp_path / name)
        assert r.returncode == 1, (name, r.stdout, r.stderr)
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and name in lines[0], (name, r.stderr)
        assert words in lines[0], (name, lines[0])
        assert r.stdout == ""


def test_wrong_explicit_encoding_names_the_byte(tmp_path):
    path = make_text(tmp_path / "g.txt", ["案号", "案由", "承办"], [["1", "标题", "市水务局"]], encoding="gbk")
    with pytest.raises(InputError, match="not valid utf-8 at byte"):
        read_proposals(path, encoding="utf-8")


def test_outside_remit_in_traditional_characters():
    from extract.model import Suggestion

    assert Suggestion(no=1, text="x", remarks="不涉及我局具體職責。").status == "outside_remit"
    assert Suggestion(no=1, text="x", completed="無").status == "normal"


def test_heldout_tables_parse():
    from conftest import DATA

    counts = {p.name: [len(c.suggestions) for c in read_proposals(p).cases] for p in sorted((DATA / "heldout").glob("*.txt"))}
    assert {k: (len(v), sum(v)) for k, v in counts.items()} == {
        "dg_health_2023.txt": (5, 15), "gz_transport_2022.txt": (6, 18), "sz_water_2020_trad.txt": (4, 12)}


@pytest.mark.parametrize("completed, advanced, planned", [
    ("本年度落实情况", "正在推进工作", "下步打算"),
    ("已经解决事项", "正在解决事项", "计划解决事项"),
    ("已解决事项", "正在落实事项", "次年拟落实事项"),
])
def test_progress_headers_named_in_other_words_are_read(tmp_path, completed, advanced, planned):
    header = ["序号", "案号", "标题", "提出人", "牵头单位", "配合单位", "具体建议", completed, advanced, planned, "备注"]
    rows = [["1", "20240536", "题目一", "张卫东", "市文旅局", "市文物局", "建议一", "完成甲。", "推动乙。", "计划丙。", ""]]
    for path in (make_docx(tmp_path / "w.docx", [TableSpec(header, rows)]), make_text(tmp_path / "w.txt", header, rows)):
        doc = read_proposals(path)
        (s,) = doc.cases[0].suggestions
        assert (s.text, s.completed, s.advanced, s.planned) == ("建议一", "完成甲。", "推动乙。", "计划丙。"), path
        assert doc.warnings == []


@pytest.mark.parametrize("lead, co", [("牵头办理单位", "配合办理单位"), ("主办单位", "协助办理单位"), ("承办单位", "参办单位")])
def test_unit_columns_named_with_办理单位_are_not_a_group(tmp_path, lead, co):
    header = ["提案编号", "提案标题", "领衔委员", lead, co, "提案建议内容", "已办结事项", "持续推进事项", "下一步工作打算", "备注"]
    rows = [["20246209", "题目一", "冉晓东", "重庆市渝中区商务委员会", "重庆市渝中区城市管理局、重庆市公安局渝中区分局", "建议一", "完成甲。", "推动乙。", "计划丙。", ""]]
    for path in (make_docx(tmp_path / "u.docx", [TableSpec(header, rows)]), make_text(tmp_path / "u.txt", header, rows)):
        doc = read_proposals(path)
        (case,) = doc.cases
        assert case.lead_units == ["重庆市渝中区商务委员会"], path
        assert case.co_units == ["重庆市渝中区城市管理局", "重庆市公安局渝中区分局"], path
        assert doc.warnings == []


def test_a_column_tiangraph_does_not_read_is_named_in_a_warning(tmp_path):
    header = ["案号", "案由", "承办单位", "建议内容", "办理情况", "督办意见", "经费（万元）"]
    rows = [["20220011", "题目", "市水务局", "建议一", "完成甲。", "督办乙。", "30"]]
    path = make_docx(tmp_path / "x.docx", [TableSpec(header, rows)])
    doc = read_proposals(path)
    assert doc.cases[0].suggestions[0].completed == "完成甲。"
    # 督办意见 reads as a second suggestion column (意见): the first one wins and the other is named
    assert [w.split(": ", 1)[1].split(" is not")[0] for w in doc.warnings] == [
        "table 1, column 6: “督办意见”", "table 1, column 7: “经费（万元）”"], doc.warnings
    r = _cli("parse", path)
    assert r.returncode == 0 and r.stderr.startswith("Warning: ") and "经费（万元）" in r.stderr
    assert json.loads(r.stdout)["warnings"] == doc.warnings
    r = _cli("build", path, "-o", tmp_path / "g", "--no-site")
    assert r.returncode == 0 and "Warning: " in r.stderr and "经费（万元）" in r.stderr, r.stderr


def test_a_grade_column_is_the_progress_text_only_where_the_table_has_no_other(tmp_path):
    header = ["提案号", "提案名称", "提案者", "主办", "协办", "提案建议", "办理结果", "进展情况", "后续安排", "备注"]
    rows = [["20220903", "题目", "民革昆明市委会", "市农业农村局", "市水务局", "建议一", "完成甲。", "推动乙。", "计划丙。", ""]]
    (s,) = read_proposals(make_text(tmp_path / "k.txt", header, rows)).cases[0].suggestions
    assert (s.completed, s.advanced, s.planned) == ("完成甲。", "推动乙。", "计划丙。")
    # beside its own 办理情况 column, 办理结果 is a grade and is not read
    header2 = ["案号", "案由", "承办单位", "建议内容", "办理情况", "办理结果"]
    doc = read_proposals(make_docx(tmp_path / "g.docx", [TableSpec(header2, [["20220011", "题目", "市水务局", "建议一", "完成甲。", "A类"]])]))
    assert doc.cases[0].suggestions[0].completed == "完成甲。" and doc.warnings == []


_SPANNED = ["序号", "提案号", "提案人", "提案标题", "主办单位", "协办单位", "提案内容", "办理情况", "备注"]
_SPANNED_SUB = ("年内已完成事项", "年内已推动工作", "下年度拟落实事项")


def test_a_header_cell_spanning_the_progress_columns(tmp_path):
    rows = [["1", "20241106", "民建海口市委会", "关于免税购物的提案", "海口市旅文局", "海口市商务局", "建议一", "完成甲。", "推动乙。", "计划丙。", ""]]
    docx_path = make_docx(tmp_path / "s.docx", [TableSpec(_SPANNED, rows, group="办理情况", sub=_SPANNED_SUB)])
    text_rows = [["", "", "", "", "", "", "", *_SPANNED_SUB, ""], *rows]
    text_path = make_text(tmp_path / "s.txt", _SPANNED, text_rows)
    for path in (docx_path, text_path):
        doc = read_proposals(path)
        (case,) = doc.cases
        (s,) = case.suggestions
        assert (case.proposer, case.title) == ("民建海口市委会", "关于免税购物的提案"), path
        assert (s.text, s.completed, s.advanced, s.planned) == ("建议一", "完成甲。", "推动乙。", "计划丙。"), path
        assert doc.warnings == [], (path, doc.warnings)


def test_a_header_whose_names_are_broken_by_spaces_and_brackets_is_found_and_skipped_when_repeated(tmp_path):
    # header rows are first screened by one search of the row's text: names split by header
    # noise (spaces, line breaks, brackets) must still count, in the first and a repeated header
    header = ["案 号", "提案\n（题目）", "提案人", "承办", "会办", "建议内容", "已完成", "已推动", "明年计划", "备注"]
    rows = [["20220011", "题目一", "张伟", "市水务局", "", "1.建议一", "完成甲。", "无", "无", ""],
            header,
            ["20220012", "题目二", "李华", "市水务局", "", "1.建议二", "完成乙。", "无", "无", ""]]
    for path in (make_text(tmp_path / "n.txt", header, rows), make_docx(tmp_path / "n.docx", [TableSpec(header, rows)])):
        doc = read_proposals(path)
        assert [(c.case, c.title, len(c.suggestions)) for c in doc.cases] == [("20220011", "题目一", 1), ("20220012", "题目二", 1)], path


def test_a_control_character_is_named_by_line_and_column(tmp_path):
    path = tmp_path / "c.txt"
    path.write_bytes("标题\r\n\t案号\n\t案\x01由\n".encode())
    with pytest.raises(InputError, match=r"row 3, column 3: control character U\+0001"):
        read_proposals(path)
