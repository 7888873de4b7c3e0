"""Malformed inputs: each gives one line `Error: FILE…`, exit 1, and no output.

The files are made by the tests (under the test's tmp folder) so the corpus stays small and
readable; `BAD` names each case and what its message must say.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from builders import HEADER_2021, TableSpec, make_docx, make_text, make_xlsx
from hypothesis import HealthCheck, given, settings, strategies as st

from extract.readers import parse_text, read_proposals
from tiangraph.errors import InputError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DOCX = ROOT / "tests" / "data" / "samples" / "000_e467f13259972cda.docx"
H10 = ["案号", "案由", "第一提案人", "承办", "会办", "提案意见建议", "当年已完成的事项", "当年已推动的工作", "明年待落实事项", "备注"]
ROW = ["20220001", "关于加强燃气安全的建议", "张伟", "市应急管理局", "", "1.加强巡查", "完成巡查。", "无", "无", ""]


def _docx_with(path: Path, document_xml: bytes) -> Path:
    with zipfile.ZipFile(SAMPLE_DOCX) as src, zipfile.ZipFile(path, "w") as out:
        for item in src.infolist():
            out.writestr(item, document_xml if item.filename == "word/document.xml" else src.read(item))
    return path


def _zip(path: Path, name: str, data: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(name, data)
    return path


def make_bad(d: Path) -> dict[str, tuple[Path, str]]:
    """Every malformed input: name → (path, words the error must contain)."""
    import docx

    sample = SAMPLE_DOCX.read_bytes()
    bad: dict[str, tuple[Path, str]] = {}

    def put(name: str, data: bytes, words: str) -> None:
        (d / name).write_bytes(data)
        bad[name] = (d / name, words)

    put("zero.txt", b"", "empty file")
    put("zero.docx", b"", "empty file")
    put("zero.xlsx", b"", "empty file")
    put("blank.txt", b"  \n\n \r\n", "empty file")
    put("truncated.docx", sample[: len(sample) // 2], "not a readable .docx")
    put("corrupt.docx", b"PK\x03\x04" + os.urandom(2000), "not a readable .docx")
    put("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000, "password-protected")
    put("text-named.docx", "案号\t案由\n".encode(), "not a readable .docx")
    put("junk.txt", os.urandom(3000), "binary")
    put("nul.txt", "\t案号\n\t案由\x00\n".encode(), "NUL byte")
    put("controls.txt", "\t案号\n\t案由\x07\x08\x01\x02\n".encode(), "control")
    put("latin1.txt", "\tcafé déjà vu\n".encode("latin-1") + bytes([0x81, 0xFF, 0x30]), "encoding")
    put("only-title.txt", "市应急管理局2021年提案工作清单表\n单位：市应急管理局\n".encode(), "no proposal table")
    put("not-docx.zip.docx", _zip(d / "tmp.zip", "hello.txt", b"hi").read_bytes(), "not a readable .docx")
    put("bad-xml.docx", _docx_with(d / "tmp2.docx", b"<w:document><w:body><w:p>").read_bytes(), "not a readable .docx")
    put("corrupt.xlsx", b"PK\x03\x04xl/" + os.urandom(500), "not a readable .xlsx")
    document = docx.Document()
    document.add_paragraph("只有文字，没有表格")
    document.save(d / "no-table.docx")
    bad["no-table.docx"] = (d / "no-table.docx", "no proposal table (no table found)")
    make_docx(d / "header-only.docx", [TableSpec(HEADER_2021, [], group="办理单位")])
    bad["header-only.docx"] = (d / "header-only.docx", "no cases")
    make_docx(d / "unknown-headers.docx", [TableSpec(["序", "名称", "金额"], [["1", "办公", "3"]])])
    bad["unknown-headers.docx"] = (d / "unknown-headers.docx", "headers found: 序 | 名称 | 金额")
    make_docx(d / "huge-cell.docx", [TableSpec(H10, [ROW[:6] + ["安" * 300_000] + ROW[7:]])])
    bad["huge-cell.docx"] = (d / "huge-cell.docx", "row 2, column 7: cell of 300,000 characters")
    make_docx(d / "10mb-cell.docx", [TableSpec(H10, [ROW[:6] + ["安" * 10_000_000] + ROW[7:]])])
    bad["10mb-cell.docx"] = (d / "10mb-cell.docx", "more than 10 MB of text in one place")
    make_docx(d / "prose-case.docx", [TableSpec(H10, [["这一格本应是案号，却写了一整段说明文字，显然表格的列已经错位了，读的人需要回头检查原表格的列顺序和合并单元格。"] + ROW[1:]])])
    bad["prose-case.docx"] = (d / "prose-case.docx", "column 1: case number expected")
    make_docx(d / "conflict.docx", [TableSpec(H10, [ROW, ["20220001", "另一个题目"] + ROW[2:]])])
    bad["conflict.docx"] = (d / "conflict.docx", "row 3, column 2: case 20220001 appears again with another title")
    make_text(d / "ragged.txt", H10, [ROW + ["多出来的一格"]])
    bad["ragged.txt"] = (d / "ragged.txt", "column 11: row has 11 cells but the header has 10")
    make_text(d / "header-only.txt", H10, [])
    bad["header-only.txt"] = (d / "header-only.txt", "no cases")
    make_text(d / "no-case-numbers.txt", H10, [[""] + ROW[1:]])
    bad["no-case-numbers.txt"] = (d / "no-case-numbers.txt", "no cases")
    make_xlsx(d / "unknown.xlsx", ["甲", "乙"], [["1", "2"]])
    bad["unknown.xlsx"] = (d / "unknown.xlsx", "no proposal table")
    make_xlsx(d / "header-only.xlsx", H10, [])
    bad["header-only.xlsx"] = (d / "header-only.xlsx", "no cases")
    (d / "a-folder.txt").mkdir()
    bad["a-folder.txt"] = (d / "a-folder.txt", "is a directory")
    bad["missing.docx"] = (d / "missing.docx", "no such file")
    (d / "dangling.txt").symlink_to(d / "nowhere.txt")
    bad["dangling.txt"] = (d / "dangling.txt", "no such file")
    (d / "loop.txt").symlink_to(d / "loop.txt")
    bad["loop.txt"] = (d / "loop.txt", "loop.txt")
    return bad


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    return make_bad(tmp_path_factory.mktemp("bad"))


def test_there_are_at_least_thirty(bad_files):
    assert len(bad_files) >= 30


def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tiangraph.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT)


BAD_NAMES = ["zero.txt", "zero.docx", "zero.xlsx", "blank.txt", "truncated.docx", "corrupt.docx", "locked.docx",
             "text-named.docx", "junk.txt", "nul.txt", "controls.txt", "latin1.txt", "only-title.txt",
             "not-docx.zip.docx", "bad-xml.docx", "corrupt.xlsx", "no-table.docx", "header-only.docx",
             "unknown-headers.docx", "huge-cell.docx", "10mb-cell.docx", "prose-case.docx", "conflict.docx", "ragged.txt",
             "header-only.txt", "no-case-numbers.txt", "unknown.xlsx", "header-only.xlsx", "a-folder.txt",
             "missing.docx", "dangling.txt", "loop.txt"]


def test_names_cover_every_bad_file(bad_files):
    assert sorted(BAD_NAMES) == sorted(bad_files)


@pytest.mark.parametrize("name", BAD_NAMES)
def test_parse_gives_one_line_error(bad_files, name):
    path, words = bad_files[name]
    r = _run("parse", path)
    assert r.returncode == 1, r.stdout[:200]
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1, r.stderr[-2000:]
    assert lines[0].startswith(f"Error: {path}"), lines[0]
    assert words in lines[0], lines[0]


@pytest.mark.parametrize("name", ["truncated.docx", "huge-cell.docx", "ragged.txt", "conflict.docx"])
def test_build_leaves_no_output_and_keeps_the_previous_one(bad_files, tmp_path, name):
    path, _ = bad_files[name]
    out = tmp_path / "out"
    r = _run("build", path, "-o", out)
    assert r.returncode == 1 and len(r.stderr.splitlines()) == 1 and not out.exists()
    assert _run("build", SAMPLE_DOCX, "-o", out, "--no-site").returncode == 0
    before = (out / "graph.json").read_bytes()
    assert _run("build", path, "-o", out, "--no-site").returncode == 1
    assert (out / "graph.json").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_keep_going_reports_every_bad_file_and_builds_the_rest(bad_files, tmp_path):
    folder = bad_files["zero.txt"][0].parent
    good = folder / "good.docx"
    good.write_bytes(SAMPLE_DOCX.read_bytes())
    try:
        r = _run("build", folder, "-o", tmp_path / "out", "--keep-going", "--no-site")
    finally:
        good.unlink()
    assert r.returncode == 0, r.stderr
    skipped = [line for line in r.stderr.splitlines() if line.startswith("Skipped: ")]
    assert len(skipped) >= 25
    from graph import read_graph

    G = read_graph(tmp_path / "out")
    assert sum(1 for _, d in G.nodes(data=True) if d["type"] == "Case") == 7


def test_build_output_path_that_is_a_file(tmp_path):
    f = tmp_path / "out"
    f.write_text("keep me")
    r = _run("build", SAMPLE_DOCX, "-o", f)
    assert r.returncode == 1 and "Error:" in r.stderr and f.read_text() == "keep me"


def test_not_a_graph_folder(tmp_path):
    (tmp_path / "graph.json").write_text("{not json")
    r = _run("query", "outside-remit", "--graph", tmp_path)
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "graph.json" in r.stderr


def test_bad_alias_file_names_its_row(tmp_path):
    aliases = tmp_path / "aliases.jsonl"
    aliases.write_text('{"label": "Unit", "pattern": "市规自局", "name": "市规划和自然资源局"}\n{oops}\n', encoding="utf-8")
    r = _run("extract", SAMPLE_DOCX, "--aliases", aliases)
    assert r.returncode == 1 and f"{aliases}: row 2" in r.stderr


def test_mixed_line_endings_and_gbk_parse(tmp_path):
    path = make_text(tmp_path / "gbk.txt", H10, [ROW], encoding="gbk")
    data = path.read_bytes().replace(b"\r\n", b"\n", 3).replace(b"\r\n", b"\r", 2)
    path.write_bytes(data)
    assert read_proposals(path).cases[0].suggestions[0].completed == "完成巡查。"


TEXTS = st.lists(st.sampled_from(list("\t\n\r 案号由建议无1.、，《》“”市局系统平台号〔〕2021\u00a0") + ["[bookmark: x]", "\t20210001"]),
                 max_size=120).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_text_reader_never_crashes(text):
    try:
        doc = parse_text("\t案号\n\t案由\n\t提案意见建议\n\n" + text, "fuzz.txt")
    except InputError as e:
        assert str(e).startswith("fuzz.txt")
        return
    for case in doc.cases:
        assert case.case and "\t" not in case.case


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_extracted_offsets_slice_back(text):
    from extract import extract_case
    from extract.model import Case, Suggestion

    case = Case(case="1", year=None, title=text[:50], proposer="", proposer_kind="unknown", lead_units=[], co_units=[],
                suggestions=[Suggestion(no=1, text=text, completed=text[::-1], planned="市应急管理局" + text)])
    for m in extract_case(case, "市应急管理局"):
        source = case.title if m.field == "title" else case.suggestions[0].field_text(m.field)
        assert source[m.start:m.end] == m.text
