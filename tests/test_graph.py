"""The graph: nodes, evidence, corpus merging, incremental and identical rebuilds, atomic writes."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
from builders import HEADER_2021, TableSpec, make_docx, make_text

from graph import build_corpus, read_cache, read_graph, schema as S, write_graph
from graph.store import graph_to_data
from tiangraph.errors import InputError

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TG = [sys.executable, "-m", "tiangraph.cli"]


def _field_text(G, u, field):
    d = G.nodes[u]
    if d["type"] == S.CASE:
        return d["title"]
    return d["text"] if field == "suggestion" else d[field]


def test_every_case_suggestion_and_unit_is_a_node(sample_graph, sample_table):
    G = sample_graph
    for case in sample_table.cases:
        assert G.nodes[S.node_id(S.CASE, case.case)]["title"] == case.title
        assert sum(1 for _, v, d in G.out_edges(S.node_id(S.CASE, case.case), data=True)
                   if d["type"] == S.HAS_SUGGESTION) == len(case.suggestions)
    units = {d["name"] for _, d in G.nodes(data=True) if d["type"] == S.UNIT}
    assert {"市应急管理局", "市规划和自然资源局", "市委宣传部", "民盟深圳市委会"} <= units
    persons = {d["name"] for _, d in G.nodes(data=True) if d["type"] == S.PERSON}
    assert {"聂竹青", "吴思康", "林志岳", "何友添", "肖敏静"} <= persons
    types = {d["type"] for _, d in G.nodes(data=True)}
    assert set(S.NODE_TYPES) <= types


def test_every_mention_edge_carries_its_evidence(sample_graph):
    G = sample_graph
    n = 0
    for u, v, d in G.edges(data=True):
        if d["type"] != S.MENTIONS:
            continue
        n += 1
        assert set(S.EVIDENCE_KEYS) <= set(d), d
        assert _field_text(G, u, d["field"])[d["start"]:d["end"]] == d["text"]
        assert d["text"] in d["sentence"]
    assert n > 100


def _cases_of(G, nid):
    return {e["case"] for _, _, e in G.in_edges(nid, data=True) if e["type"] == S.MENTIONS}


def test_shared_platforms_are_reachable_from_one_node(sample_graph):
    assert _cases_of(sample_graph, S.node_id(S.PLATFORM, "学习强安")) == {"20210099", "20210102", "20210236"}
    assert _cases_of(sample_graph, S.node_id(S.PLATFORM, "危险化学品安全生产风险监测预警及动态监控系统")) >= {"20210194", "20210102"}


def test_status_words_are_attributes_not_nodes(sample_graph):
    names = {d["name"] for _, d in sample_graph.nodes(data=True)}
    assert "无" not in names and not any("不涉及" in n for n in names)
    statuses = [d["status"] for _, d in sample_graph.nodes(data=True) if d["type"] == S.SUGGESTION]
    assert statuses.count("outside_remit") == 5


def _without_sources(G):
    data = graph_to_data(G)
    for item in data["nodes"] + data["edges"]:
        for key in ("file", "sources"):
            item.pop(key, None)
    return data


def test_text_export_and_docx_give_the_same_graph(sample_graph, sample_txt):
    assert _without_sources(build_corpus([sample_txt]).graph) == _without_sources(sample_graph)


def _build(*args):
    r = subprocess.run([*TG, "build", *map(str, args)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r


def _sample_folder(tmp_path, sample_docx, name="corpus", file="a.docx"):
    """A folder ``name`` holding the sample table as ``file``."""
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(sample_docx, folder / file)
    return folder


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_building_twice_gives_byte_identical_output(tmp_path, sample_docx):
    _build(sample_docx, "-o", tmp_path / "a")
    _build(sample_docx, "-o", tmp_path / "b")
    a, b = _files(tmp_path / "a"), _files(tmp_path / "b")
    assert a.keys() == b.keys() and "graph.json" in a and "site/index.html" in a
    assert [k for k in a if a[k] != b[k]] == []


OTHER_BUREAU = [
    ["20210099", "关于推进城市生命线“三个一”建设的建议", "民盟深圳市委会", "市应急管理局", "市规划和自然资源局",
     "描绘全市城市生命线风险“一张图”。", "市规自局依托“学习强安”平台开展管线保护宣传。", "无", "无", ""],
    ["20220101", "关于完善地下管线管理的建议", "王芳", "市规划和自然资源局", "市应急管理局",
     "1.加强管线普查", "建成地下管线空间信息综合管理系统。", "无", "继续完善。", ""],
]


def _other_table(path):
    return make_docx(path, [TableSpec(HEADER_2021, OTHER_BUREAU, group="办理单位")],
                     title="市规划和自然资源局2022年提案办理情况表", unit_line="单位：市规划和自然资源局   整理时间：2022年3月")


def test_a_corpus_merges_cases_and_entities(tmp_path, sample_docx):
    folder = _sample_folder(tmp_path, sample_docx, file="emergency-2021.docx")
    _other_table(folder / "planning-2022.docx")
    result = build_corpus([folder])
    G = result.graph
    case = G.nodes[S.node_id(S.CASE, "20210099")]
    assert case["sources"] == ["corpus/emergency-2021.docx", "corpus/planning-2022.docx"]
    assert len(case["collections"]) == 2
    assert _cases_of(G, S.node_id(S.PLATFORM, "学习强安")) == {"20210099", "20210102", "20210236"}
    platform_nodes = [n for n, d in G.nodes(data=True) if d["type"] == S.PLATFORM and d["name"] == "学习强安"]
    assert len(platform_nodes) == 1
    assert sum(1 for n, d in G.nodes(data=True) if d["type"] == S.COLLECTION) == 2


def test_rebuild_reads_only_the_changed_file(tmp_path, sample_docx):
    folder = _sample_folder(tmp_path, sample_docx)
    other = _other_table(folder / "b.docx")
    out = tmp_path / "out"
    first = build_corpus([folder], cache=read_cache(out))
    assert (first.read, first.reused) == (2, 0)
    write_graph(first, out)
    again = build_corpus([folder], cache=read_cache(out))
    assert (again.read, again.reused) == (0, 2)
    assert graph_to_data(again.graph) == graph_to_data(first.graph)
    OTHER_BUREAU[1][6] = "建成地下管线空间信息综合管理系统，接入“学习强安”APP。"
    try:
        _other_table(other)
    finally:
        OTHER_BUREAU[1][6] = "建成地下管线空间信息综合管理系统。"
    changed = build_corpus([folder], cache=read_cache(out))
    assert (changed.read, changed.reused) == (1, 1)
    assert "20220101" in _cases_of(changed.graph, S.node_id(S.PLATFORM, "学习强安"))


def _mtimes(folder):
    return {p.relative_to(folder).as_posix(): p.stat().st_mtime_ns for p in sorted(folder.rglob("*"))}


def test_a_folder_built_from_the_same_files_and_options_is_left_as_it_is(tmp_path, sample_docx):
    folder = _sample_folder(tmp_path, sample_docx)
    header = ["案号", "案由", "承办单位", "建议内容", "办理情况", "经费（万元）"]
    make_docx(folder / "b.docx", [TableSpec(header, [["20220011", "题目", "市水务局", "建议一", "完成甲。", "30"]])])
    (folder / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    out = tmp_path / "out"
    first = _build(folder, "-o", out, "--keep-going")
    assert "(3 read" not in first.stdout and "(2 read, 0 unchanged)" in first.stdout
    before, files = _mtimes(out), _files(out)
    again = _build(folder, "-o", out, "--keep-going")
    assert "up to date" in again.stdout and again.stdout.split(" (")[0] == first.stdout.split(" (")[0]
    assert again.stderr == first.stderr and "经费（万元）" in again.stderr and "Skipped:" in again.stderr
    assert again.stdout.splitlines()[-1] == first.stdout.splitlines()[-1] == f"Site: {out / 'site' / 'index.html'}"
    assert _mtimes(out) == before and _files(out) == files
    strict = subprocess.run([*TG, "build", str(folder), "-o", str(out)], capture_output=True, text=True, cwd=ROOT)
    assert strict.returncode == 1 and "bad.docx" in strict.stderr and _files(out) == files  # not "up to date"
    (out / "link").symlink_to(tmp_path / "nowhere")
    assert "(0 read, 2 unchanged)" in _build(folder, "-o", out, "--keep-going").stdout and not os.path.lexists(out / "link")
    (out / "site" / ".DS_Store").write_bytes(b"x")
    assert "up to date" in _build(folder, "-o", out, "--keep-going").stdout

    # an option, a file's content, a file missing from the folder: built again
    changed = _build(folder, "-o", out, "--keep-going", "--no-site")
    assert "(0 read, 2 unchanged)" in changed.stdout and not (out / "site").exists()
    assert "up to date" in _build(folder, "-o", out, "--keep-going", "--no-site").stdout
    make_docx(folder / "b.docx", [TableSpec(header, [["20220011", "题目", "市水务局", "建议一", "完成丙。", "30"]])])
    assert "(1 read, 1 unchanged)" in _build(folder, "-o", out, "--keep-going", "--no-site").stdout
    (out / "mentions.jsonl").write_text("", encoding="utf-8")
    repaired = _build(folder, "-o", out, "--keep-going", "--no-site")
    assert "(0 read, 2 unchanged)" in repaired.stdout and (out / "mentions.jsonl").stat().st_size > 0
    assert "(0 read, 2 unchanged)" in _build(folder, "-o", out, "--keep-going", "--no-site", "--force").stdout
    (folder / "bad.docx").unlink()
    assert "(0 read, 2 unchanged)" in _build(folder, "-o", out, "--keep-going", "--no-site").stdout
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["errors"] == []


def test_an_unchanged_files_cache_line_is_copied_and_the_cache_reads_as_a_fresh_one(tmp_path, sample_docx):
    from graph.corpus import fingerprint

    folder = _sample_folder(tmp_path, sample_docx)
    other = _other_table(folder / "b.docx")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    write_graph(build_corpus([folder]), out)
    cache = read_cache(out, fingerprint())
    assert len(cache) == 2 and set(cache.lines) == set(cache)
    OTHER_BUREAU[1][6] = "建成地下管线空间信息综合管理系统，接入“学习强安”APP。"
    try:
        _other_table(other)
    finally:
        OTHER_BUREAU[1][6] = "建成地下管线空间信息综合管理系统。"
    result = build_corpus([folder], cache=cache)
    assert (result.read, result.reused) == (1, 1) and len(result.cache.lines) == 1
    write_graph(build_corpus([folder]), fresh)
    write_graph(result, out)
    assert _files(out) == _files(fresh)

    # the earlier cache file changed under the build: its lines are encoded anew, not copied
    cache = read_cache(out, fingerprint())
    result = build_corpus([folder], cache=cache)
    (out / "cache" / "cache.jsonl").write_bytes(b"x" * (out / "cache" / "cache.jsonl").stat().st_size)
    write_graph(result, tmp_path / "third")
    assert _files(tmp_path / "third") == _files(fresh)


def test_a_cache_made_by_other_data_is_not_read(tmp_path, sample_docx):
    from graph.corpus import fingerprint

    folder = _sample_folder(tmp_path, sample_docx)
    out = tmp_path / "out"
    write_graph(build_corpus([folder]), out)
    assert len(read_cache(out, fingerprint())) == 1
    cache_file = next((out / "cache").glob("*.jsonl"))
    cache_file.write_text(cache_file.read_text(encoding="utf-8").replace(fingerprint(), "0000000000000000"), encoding="utf-8")
    assert read_cache(out, fingerprint()) == {}
    assert len(read_cache(out)) == 1  # without a fingerprint, every entry (build_corpus checks each)
    assert build_corpus([folder], cache=read_cache(out, fingerprint())).read == 1


def test_a_failed_build_leaves_the_previous_folder(tmp_path, sample_result):
    out = tmp_path / "out"
    write_graph(sample_result, out)
    before = _files(out)

    def boom(tmp):
        (tmp / "half-written").write_text("x")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_graph(sample_result, out, extra=boom)
    assert _files(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


@pytest.mark.parametrize("delay", [1.0, 4.0])
def test_kill_during_build_leaves_the_previous_folder(tmp_path, sample_docx, delay):
    from synth import write_corpus

    folder = tmp_path / "many"
    write_corpus(folder, 1500, "txt", per_table=100)
    out = tmp_path / "out"
    _build(sample_docx, "-o", out, "--no-site")
    before = _files(out)
    proc = subprocess.Popen([*TG, "build", str(folder), "-o", str(out)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    assert proc.poll() is None, "the build ended before it could be interrupted"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _files(out) == before
    _build(folder, "-o", out, "--no-site")
    assert json.loads((out / "manifest.json").read_text())["inputs"][0]["name"] == "many/synthetic-0000.txt"


def test_bad_file_in_a_corpus_with_keep_going(tmp_path, sample_docx):
    folder = _sample_folder(tmp_path, sample_docx, "c", "good.docx")
    (folder / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    r = subprocess.run([*TG, "build", str(folder), "-o", str(tmp_path / "o")], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and r.stderr.startswith("Error: ") and "bad.docx" in r.stderr
    assert not (tmp_path / "o").exists()
    r = _build(folder, "-o", tmp_path / "o", "--keep-going", "--no-site")
    assert "Skipped:" in r.stderr and "bad.docx" in r.stderr
    assert read_graph(tmp_path / "o").has_node(S.node_id(S.CASE, "20210099"))


def test_a_parallel_build_stops_at_the_first_bad_file_in_order_as_a_serial_one(tmp_path, sample_docx):
    folder = _sample_folder(tmp_path, sample_docx, "c", "a.docx")
    for name in ("b.docx", "d.docx"):
        shutil.copy(sample_docx, folder / name)
    for name in ("c.docx", "e.docx"):
        (folder / name).write_bytes(b"PK\x03\x04 not really")
    for jobs in (1, 2, 3):
        with pytest.raises(InputError, match="c.docx"):
            build_corpus([folder], jobs=jobs)
        kept = build_corpus([folder], jobs=jobs, keep_going=True)
        assert [i["name"] for i in kept.inputs] == ["c/a.docx", "c/b.docx", "c/d.docx"]
        assert [e.split(":")[0] for e in kept.errors] == [str(folder / "c.docx"), str(folder / "e.docx")]


def test_a_rebuild_from_the_cache_with_a_bad_file_is_the_same_for_any_jobs(tmp_path, sample_docx, sample_txt):
    """Cached files, a changed one and an unreadable one, put together in order while helpers read."""
    folder = _sample_folder(tmp_path, sample_docx, "c", "a.docx")
    shutil.copy(sample_txt, folder / "b.txt")
    _other_table(folder / "c.docx")
    cache = build_corpus([folder]).cache
    (folder / "b.txt").write_text((folder / "b.txt").read_text(encoding="utf-8").replace("推进", "推动", 1), encoding="utf-8")
    (folder / "ab.docx").write_bytes(b"PK\x03\x04 not really")
    runs = [build_corpus([folder], jobs=jobs, cache=cache, keep_going=True) for jobs in (1, 2, 3)]
    first = runs[0]
    assert (first.reused, first.read, len(first.errors)) == (2, 1, 1) and "ab.docx" in first.errors[0]
    for run in runs[1:]:
        assert graph_to_data(run.graph) == graph_to_data(first.graph)
        assert run.mentions == first.mentions and run.inputs == first.inputs
        assert (run.warnings, run.errors, run.across, run.reused, run.read) == \
            (first.warnings, first.errors, first.across, first.reused, first.read)


def test_parallel_build_equals_serial(tmp_path, sample_docx, sample_txt):
    folder = _sample_folder(tmp_path, sample_docx, "c")
    shutil.copy(sample_txt, folder / "b.txt")
    _other_table(folder / "c.docx")
    serial = build_corpus([folder], jobs=1)
    parallel = build_corpus([folder], jobs=2)
    assert graph_to_data(serial.graph) == graph_to_data(parallel.graph)
    assert serial.mentions == parallel.mentions


def test_an_abbreviation_one_table_keeps_is_the_full_unit_another_table_writes(tmp_path):
    header = ["案号", "案由", "提案人", "承办单位", "建议内容", "办理情况"]
    a = make_text(tmp_path / "a.txt", header, [["20230001", "关于加强急救的提案", "张三", "南宁市应急管理局", "建议一", "会同市卫健委开展检查。"]],
                  preamble=("南宁市应急管理局2023年提案办理情况表", "单位：南宁市应急管理局   整理时间：2023年9月"))
    b = make_text(tmp_path / "b.txt", header, [["20230002", "关于加强水质监测的提案", "李四", "南宁市水务局", "建议一", "配合南宁市卫生健康委员会完成监测。"]],
                  preamble=("南宁市水务局2023年提案办理情况表", "单位：南宁市水务局   整理时间：2023年9月"))
    result = build_corpus([str(a), str(b)])
    G = result.graph
    units = {d["name"] for _, d in G.nodes(data=True) if d["type"] == "Unit"}
    assert "南宁市卫生健康委员会" in units and "南宁市卫健委" not in units
    # the abbreviation's mentions wait for the table that writes the name in full, however the files are read
    parallel = build_corpus([str(a), str(b)], jobs=2)
    assert graph_to_data(parallel.graph) == graph_to_data(G) and parallel.mentions == result.mentions
    assert [m["name"] for m in result.mentions if m["text"] == "市卫健委"] == ["南宁市卫生健康委员会"]
    uid = S.node_id("Unit", "南宁市卫生健康委员会")
    cases = {d["case"] for _, v, d in G.in_edges(uid, data=True) if d["type"] == "MENTIONS"}
    assert cases == {"20230001", "20230002"}
    # alone, the first table keeps the abbreviation as written
    alone = {d["name"] for _, d in build_corpus([str(a)]).graph.nodes(data=True) if d["type"] == "Unit"}
    assert "南宁市卫健委" in alone


def test_mention_edges_are_networkx_edges_both_ways(sample_table):
    """MENTIONS edges go into the adjacency directly: networkx must see them from either end, a
    repeated table adds none, and a mention of a case the table does not hold still gets its node."""
    from extract import extract_table
    from extract.model import Mention
    from graph.build import add_table, new_graph

    mentions = extract_table(sample_table)
    G = new_graph()
    add_table(G, sample_table, mentions)
    edges = [(u, v, k) for u, v, k, t in G.edges(keys=True, data="type") if t == S.MENTIONS]
    assert len(edges) == len({(m.case, m.suggestion, m.field, m.start, m.end, m.type, m.name) for m in mentions})
    for u, v, k in edges[:50]:
        assert G.has_edge(u, v, k) and k in G.pred[v][u] and G.in_degree(v) >= 1
    before = G.number_of_edges()
    add_table(G, sample_table, mentions)
    assert G.number_of_edges() == before
    stray = Mention("99990001", None, "title", "Unit", "市应急管理局", "应急管理局", 0, 5, "test")
    add_table(G, sample_table, [stray])
    assert G.has_edge(S.node_id(S.CASE, "99990001"), S.node_id("Unit", "市应急管理局"), "title:0:5")


def test_mentions_give_the_same_graph_whatever_order_their_cases_come_in(sample_table):
    """Mentions are added a case at a time, cases in the order they first appear: interleaving the
    cases' mentions changes nothing, not even the order networkx keeps nodes, edges and predecessors in."""
    from itertools import zip_longest

    from extract import extract_table
    from graph.build import add_table, new_graph

    mentions = extract_table(sample_table)
    by_case: dict = {}
    for m in mentions:
        by_case.setdefault(m.case, []).append(m)
    interleaved = [m for row in zip_longest(*by_case.values()) for m in row if m is not None]
    assert interleaved != mentions and sorted(map(repr, interleaved)) == sorted(map(repr, mentions))
    graphs = []
    for ms in (mentions, interleaved, iter(interleaved)):
        G = new_graph()
        add_table(G, sample_table, ms)
        graphs.append(G)
    first = graphs[0]
    for G in graphs[1:]:
        assert list(G.nodes(data=True)) == list(first.nodes(data=True))
        assert list(G.edges(keys=True, data=True)) == list(first.edges(keys=True, data=True))
        assert [list(G.pred[n]) for n in G] == [list(first.pred[n]) for n in first]


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path, sample_docx):
    import gc

    from graph.store import collection_paused

    folder = _sample_folder(tmp_path, sample_docx, "c", "good.docx")
    out = tmp_path / "out"
    write_graph(build_corpus([folder]), out)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert build_corpus([folder], cache=read_cache(out)).reused == 1
    assert gc.isenabled() and gc.get_freeze_count() == 0
    (folder / "bad.docx").write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(Exception, match="bad.docx"):
        build_corpus([folder])
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()
    try:
        with collection_paused():
            pass
        build_corpus([folder], keep_going=True)
        assert not gc.isenabled() and gc.get_freeze_count() == 0  # a caller's choice is kept
    finally:
        gc.enable()
    with collection_paused():
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    from viz import write_site

    G = build_corpus([folder], keep_going=True).graph
    write_site(G, tmp_path / "site")
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.freeze()  # a caller's own objects set aside: the build and the site leave them so
    try:
        build_corpus([folder], keep_going=True)
        write_site(G, tmp_path / "site")
        assert gc.get_freeze_count() > 0  # not handed back by them
    finally:
        gc.unfreeze()


def test_a_corpus_reads_its_alias_files_once_and_again_when_they_change(tmp_path, sample_docx, monkeypatch):
    import extract.canon

    folder = _sample_folder(tmp_path, sample_docx)
    _other_table(folder / "b.docx")
    make_text(folder / "c.txt", HEADER_2021, OTHER_BUREAU)
    aliases = tmp_path / "aliases.jsonl"
    aliases.write_text('{"id": "t1", "label": "Platform", "pattern": "学习强安", "name": "学习强安平台"}\n', encoding="utf-8")
    reads = []
    real = extract.canon.load_aliases
    monkeypatch.setattr(extract.canon, "load_aliases", lambda paths=(): reads.append(tuple(paths)) or real(paths))
    platform = S.node_id(S.PLATFORM, "学习强安平台")
    assert build_corpus([folder], alias_paths=[str(aliases)]).graph.has_node(platform)
    assert reads == [(str(aliases),)]  # three files, one reading
    stat = aliases.stat()
    aliases.write_text('{"id": "t1", "label": "Platform", "pattern": "学习强安", "name": "强安学习平台"}\n', encoding="utf-8")
    os.utime(aliases, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # the same size and time: only the bytes differ
    assert aliases.stat().st_size == stat.st_size
    G = build_corpus([folder], alias_paths=[str(aliases)]).graph
    assert G.has_node(S.node_id(S.PLATFORM, "强安学习平台")) and not G.has_node(platform) and len(reads) == 2


def test_a_file_that_cannot_be_read_when_hashed_is_named_in_one_error(tmp_path, sample_docx, monkeypatch):
    import graph.corpus as corpus

    from tiangraph.errors import InputError

    folder = _sample_folder(tmp_path, sample_docx, "c")
    shutil.copy(sample_docx, folder / "gone.docx")
    real = corpus._sha

    def sha(path):
        if path.endswith("gone.docx"):
            raise FileNotFoundError(2, "No such file or directory")
        return real(path)

    monkeypatch.setattr(corpus, "_sha", sha)
    with pytest.raises(InputError, match=r"gone\.docx: cannot read \(No such file or directory\)"):
        corpus.plan_corpus([folder])
    result = build_corpus([folder], keep_going=True)
    assert [i["name"] for i in result.inputs] == ["c/a.docx"] and "gone.docx" in result.errors[0]
