"""The pages: file names, determinism, escaping, and what a person sees and clicks in Chromium.

The sample graph is the sample table with its gold entities as mentions (every occurrence in
every field, with real offsets and sentences), so the pages are tested on real Chinese text
whether or not the extractors are in the build. The XSS graph carries script payloads in
every string a page shows.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from extract.mentions import case_fields
from extract.model import Case, Mention, ProposalTable, Suggestion
from graph import add_table, new_graph
from graph import schema as S
from tiangraph.errors import UsageError

DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "sample_gold.jsonl"
XSS_TABLE = DATA / "viz" / "xss_table.json"
CHROMIUM = Path(os.environ.get("TIANGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
_SENTENCE = re.compile(r"[^。；！？\n]*[。；！？\n]?")


# ---------------------------------------------------------------- graphs

def _sentence_at(text: str, start: int) -> str:
    pos = 0
    for m in _SENTENCE.finditer(text):
        if m.start() <= start < m.end():
            return m.group().strip()
        pos = m.end()
    return text[pos:]



def mentions_of(table: ProposalTable, gold: list[dict]) -> list[Mention]:
    """Every occurrence of each gold entity in the fields of its case, as mentions with evidence."""
    cases = {c.case: c for c in table.cases}
    out = []
    for g in gold:
        case = cases.get(g["case"])
        if case is None:
            continue
        for sug, field, text in case_fields(case):
            for m in re.finditer(re.escape(g["name"]), text or ""):
                out.append(Mention(case=case.case, suggestion=sug, field=field, type=g["type"], name=g["name"],
                                   text=g["name"], start=m.start(), end=m.end(), rule="gold",
                                   sentence=_sentence_at(text, m.start()), source=Path(table.path).name))
    return out


def sample_graph(sample_table):
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    G = new_graph()
    add_table(G, sample_table, mentions_of(sample_table, gold))
    return G


def xss_graph():
    """A tiny table whose every string is a payload that sets ``window.__xss`` if it ever runs."""
    spec = json.loads(XSS_TABLE.read_text(encoding="utf-8"))
    cases = [Case(case=c["case"], year=2021, title=c["title"], proposer=c["proposer"], proposer_kind="person",
                  lead_units=c["lead_units"], co_units=c["co_units"],
                  suggestions=[Suggestion(no=i + 1, text=t, completed=c["completed"]) for i, t in enumerate(c["suggestions"])])
             for c in spec["cases"]]
    table = ProposalTable(path=spec["path"], title=spec["title"], unit=spec["unit"], year=2021, cases=cases)
    mentions = []
    for c in cases:
        for s in c.suggestions:
            for e in spec["entities"]:
                for field in ("suggestion", "completed"):
                    text = s.field_text(field)
                    i = text.find(e["name"])
                    if i >= 0:
                        mentions.append(Mention(case=c.case, suggestion=s.no, field=field, type=e["type"], name=e["name"],
                                                text=e["name"], start=i, end=i + len(e["name"]), rule="fixture",
                                                sentence=text, source=spec["path"]))
    G = new_graph()
    add_table(G, table, mentions)
    return G


@pytest.fixture(scope="module")
def G(sample_table):
    return sample_graph(sample_table)


@pytest.fixture(scope="module")
def site(G, tmp_path_factory):
    from viz import write_site

    out = tmp_path_factory.mktemp("site") / "site"
    write_site(G, out)
    return out


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory):
    from viz import write_site

    out = tmp_path_factory.mktemp("xss") / "site"
    write_site(xss_graph(), out)
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


# ---------------------------------------------------------------- without a browser

def test_sample_graph_has_the_gold_entities(G):
    assert G.nodes["platform:学习强安"]["type"] == S.PLATFORM
    assert any(d.get("type") == S.MENTIONS for _, _, d in G.in_edges("platform:学习强安", data=True))


@pytest.mark.parametrize("node", ["case:20210099", "platform:学习强安", 'platform:a<b>:c?"d|e*/\\', "unit:CON",
                                  "document:" + "很长的文件名" * 20, "site:..", "platform:\u200b\u3000"])
def test_page_names_are_safe_on_windows(node):
    from viz import page_name

    name = page_name(node)
    assert not set(name) & set(':?*<>|"\\/'), name
    assert re.fullmatch(r"[a-z]+-(.+-)?[0-9a-f]{8}\.html", name), name
    assert len(name) <= 60 and not name.startswith(".")


def test_page_names_keep_a_readable_stem_and_differ_by_id():
    from viz import page_name

    assert page_name("case:20210099").startswith("case-20210099-")
    assert "学习强安" in page_name("platform:学习强安")
    assert page_name("platform:app").lower() != page_name("platform:APP").lower()
    assert page_name("platform:a/b") != page_name("platform:a_b")


def test_site_has_every_page_and_only_relative_links(G, site):
    from viz import page_name, page_nodes

    for name in ("index.html", "overview.html", "units.html", "shared.html", "assets/vis-network.min.js"):
        assert (site / name).is_file(), name
    pages = {p.name for p in (site / "pages").iterdir()}
    assert pages == {page_name(n) for n in page_nodes(G)}
    for path in [site / "index.html", site / "overview.html", *sorted((site / "pages").iterdir())[:20]]:
        html = path.read_text(encoding="utf-8")
        for href in re.findall(r'(?:href|src)="([^"]*)"', html):
            assert not re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*:|/", href), (path.name, href)
            target = (path.parent / unquote(href.split("#")[0]))
            assert target.is_file(), (path.name, href)


def test_pages_need_no_network(site):
    for path in site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        assert not re.search(r'(src|href)="(https?:)?//', html), path
        assert "cdn" not in html.lower().replace("cdn_", ""), path


def test_writing_twice_gives_identical_bytes(G, site, tmp_path):
    from viz import write_site, write_view

    again = tmp_path / "again"
    write_site(G, again)
    assert _tree(again) == _tree(site)
    a = write_view(G, "学习强安", 2, tmp_path / "a.html").read_bytes()
    b = write_view(G, "platform:学习强安", 2, tmp_path / "b.html").read_bytes()
    assert a == b


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_pages_written_by_two_processes_are_the_same_bytes(G, site, tmp_path, monkeypatch, method):
    import viz.site
    from viz import write_site

    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} here")
    monkeypatch.setattr(viz.site, "_START_METHOD", method)  # spawn: each worker is sent the graph, as on Windows
    parts, real_pool = [], viz.site._site_pool

    def pool(job, todo, jobs, method=None):
        parts.extend(todo)
        return real_pool(job, todo, jobs, method)

    monkeypatch.setattr(viz.site, "_site_pool", pool)
    write_site(G, tmp_path / "two", jobs=2)
    assert len(parts) > 3 and [p[0] for p in parts[:2]] == ["units", "front"]  # node pages in several parts
    assert _tree(tmp_path / "two") == _tree(site)


def test_a_worker_that_fails_fails_the_site(G, tmp_path, monkeypatch):
    import viz.site
    from viz import write_site

    case = next(n for n, d in G.nodes(data=True) if d.get("type") == "Case")
    real = viz.site._write_node_page

    def failing(path, G, n, *args):
        if n == case:
            raise ValueError(f"cannot write {n}")
        return real(path, G, n, *args)

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("the failing page is given to the workers by forking")
    monkeypatch.setattr(viz.site, "_START_METHOD", "fork")
    monkeypatch.setattr(viz.site, "_write_node_page", failing)  # the forked workers inherit it
    with pytest.raises(ValueError, match=case):
        write_site(G, tmp_path / "site", jobs=2)


def test_site_write_leaves_no_lib_folder_in_cwd(G, tmp_path, monkeypatch):
    from viz import write_site, write_view

    monkeypatch.chdir(tmp_path)
    write_site(G, tmp_path / "out")
    write_view(G, "case:20210099", 1, tmp_path / "v.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "v.html"]


def test_stale_pages_are_removed(G, tmp_path):
    from viz import write_site

    out = tmp_path / "site"
    write_site(G, out)
    (out / "pages" / "platform-gone-0123abcd.html").write_text("old", encoding="utf-8")
    write_site(G, out)
    assert not (out / "pages" / "platform-gone-0123abcd.html").exists()


def test_json_in_script_is_escaped():
    from viz import json_script

    text = json_script({"a": "</script><img src=x onerror=alert(1)>&amp;\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"a": "</script><img src=x onerror=alert(1)>&amp;\u2028"}


def test_payloads_never_reach_the_html_unescaped(xss_site):
    spec = json.loads(XSS_TABLE.read_text(encoding="utf-8"))
    for path in xss_site.rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        for p in spec["payloads"]:
            assert p not in html, (path.name, p)
        assert not re.search(r'href="\s*javascript:', html, re.I), path.name


def test_focus_is_an_id_a_case_number_or_a_name(G):
    from viz import resolve_focus

    assert resolve_focus(G, "case:20210099") == "case:20210099"
    assert resolve_focus(G, "20210099") == "case:20210099"
    assert resolve_focus(G, "学习强安") == "platform:学习强安"


def test_unknown_focus_raises_usage_error_with_close_matches(G, tmp_path):
    from viz import write_view

    with pytest.raises(UsageError, match="学习强安"):
        write_view(G, "学习强", 2, tmp_path / "x.html")
    assert not (tmp_path / "x.html").exists()


def test_evidence_highlights_the_mention_at_its_offset(G):
    from viz import evidence_into, split_sentence

    assert split_sentence("甲乙甲", "甲", 2) == ("甲乙", "甲", "")
    assert split_sentence("甲乙甲", "丙") == ("甲乙甲", "", "")
    evidence = evidence_into(G, "platform:学习强安")
    assert evidence and all(ev.mention == "学习强安" for ev in evidence)
    assert all(ev.before + ev.mention + ev.after for ev in evidence)


def test_ego_view_of_a_case_reaches_entities_through_suggestions(G):
    from viz import ego_view

    view = ego_view(G, "case:20210099", 2)
    types = {G.nodes[n]["type"] for n in view.nodes}
    assert {S.CASE, S.SUGGESTION, S.UNIT, S.FRAMEWORK} <= types
    assert S.COLLECTION not in types
    assert len(ego_view(G, "case:20210099", 1).nodes) < len(view.nodes)


def test_much_cited_entity_is_drawn_with_its_cases_not_its_suggestions():
    from viz import ego_view
    from viz.views import FOLD_ABOVE

    cases = [Case(case=f"2021{i:04d}", year=2021, title="关于安全培训的建议", proposer="张三", proposer_kind="person",
                  lead_units=["市应急管理局"], co_units=[], suggestions=[Suggestion(no=1, text="推广学习强安APP。")])
             for i in range(FOLD_ABOVE + 5)]
    mentions = [Mention(case=c.case, suggestion=1, field="suggestion", type=S.PLATFORM, name="学习强安", text="学习强安",
                        start=2, end=6, rule="fixture", sentence="推广学习强安APP。") for c in cases]
    G = new_graph()
    add_table(G, ProposalTable(path="t.txt", title="表", unit="市应急管理局", year=2021, cases=cases), mentions)
    view = ego_view(G, "platform:学习强安", 2, max_nodes=40)
    assert {G.nodes[n]["type"] for n in view.nodes} == {S.PLATFORM, S.CASE}
    assert len(view.nodes) == 40 and str(FOLD_ABOVE + 5) in view.note
    assert all(e.evidence[0].mention == "学习强安" for e in view.edges)


def test_overview_folds_suggestions_and_caps_large_graphs(G):
    from viz import overview

    full = overview(G)
    types = {G.nodes[n]["type"] for n in full.nodes}
    assert S.SUGGESTION not in types and S.COLLECTION not in types
    assert len(full.nodes) == _expected_overview_count(G)
    small = overview(G, max_nodes=10)
    assert len(small.nodes) == 10 and "10" in small.note


def _expected_overview_count(G) -> int:
    cases = {n for n, d in G.nodes(data=True) if d["type"] == S.CASE}
    linked = set()
    for u, v, d in G.edges(data=True):
        if d["type"] in (S.MENTIONS, S.LEAD_UNIT, S.CO_UNIT, S.PROPOSED_BY):
            linked.add(v)
    return len(cases | linked)


def test_unit_network_and_shared_citations(G):
    from viz import shared_citations, unit_dependencies

    rows = unit_dependencies(G)
    assert rows and all(G.nodes[r["a"]]["type"] == S.UNIT and G.nodes[r["b"]]["type"] == S.UNIT for r in rows)
    shared = shared_citations(G)
    assert all(len(r["cases"]) >= 2 for r in shared)


def test_headline_figures(G):
    from viz import headline

    h = headline(G)
    assert h["cases"] == 7 and h["suggestions"] == 28
    assert h["most_cited"] and h["most_cited"][0][1] >= h["most_cited"][-1][1]


# ---------------------------------------------------------------- in Chromium

@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("TIANGRAPH_REQUIRE_BROWSER") == "1":
            pytest.fail(f"TIANGRAPH_REQUIRE_BROWSER=1 but there is no Chromium at {CHROMIUM}")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Visit:
    """A page opened from file:// that records console errors and every request made."""

    def __init__(self, browser, path: Path, width: int = 1400, height: int = 900, bypass_csp: bool = False):
        self.context = browser.new_context(viewport={"width": width, "height": height}, bypass_csp=bypass_csp)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.goto(path.resolve().as_uri())

    def ready(self) -> "Visit":
        self.page.wait_for_selector("body[data-ready=true]", state="attached", timeout=15000)
        assert self.page.evaluate("window.tiangraphReady") is True
        return self

    def check_clean(self) -> None:
        assert self.errors == []
        leaving = [u for u in self.requests if not u.startswith("file://")]
        assert leaving == []

    def click_node(self, node_id: str) -> None:
        """Click where the network draws a node (its id in the view)."""
        xy = self.page.evaluate(
            """(name) => { const net = window.tiangraphNetwork, data = JSON.parse(document.getElementById('tg-data').textContent);
               const i = data.info.findIndex(x => x.id === name); net.focus(i, {scale: 1.2, animation: false});
               const p = net.canvasToDOM(net.getPosition(i)); const r = document.getElementById('tg-network').getBoundingClientRect();
               return [r.left + p.x, r.top + p.y]; }""", node_id)
        self.page.mouse.click(xy[0], xy[1])


@pytest.mark.browser
@pytest.mark.parametrize("name", ["index.html", "overview.html", "units.html", "shared.html"])
def test_top_pages_load_offline_without_errors(browser, site, name):
    v = Visit(browser, site / name)
    if name != "index.html":
        v.ready()
    v.page.wait_for_timeout(100)
    v.check_clean()


@pytest.mark.browser
def test_node_pages_load_offline_without_errors(browser, G, site):
    from viz import page_name

    for n in ["case:20210099", "platform:学习强安", "unit:市应急管理局"]:
        v = Visit(browser, site / "pages" / page_name(n)).ready()
        v.check_clean()
        assert v.page.locator("#tg-panel h2").inner_text()  # the focus node is explained at once


@pytest.mark.browser
def test_overview_draws_the_expected_nodes(browser, G, site):
    v = Visit(browser, site / "overview.html").ready()
    count = v.page.evaluate("window.tiangraphNetwork.body.nodeIndices.length")
    assert count == _expected_overview_count(G)
    v.check_clean()


@pytest.mark.browser
def test_index_search_finds_a_platform_and_opens_its_page(browser, site):
    v = Visit(browser, site / "index.html")
    v.page.fill("#tg-q", "学习强安")
    first = v.page.locator("#tg-results a").first
    assert first.inner_text() == "学习强安"
    first.click()
    v.page.wait_for_selector("body[data-ready=true]", state="attached")
    assert "学习强安" in v.page.locator("h1").inner_text()
    v.check_clean()


@pytest.mark.browser
def test_search_box_focuses_the_node_and_shows_its_evidence(browser, site):
    v = Visit(browser, site / "overview.html").ready()
    v.page.fill("#tg-search", "学习强安")
    v.page.click(".tg-find button")
    panel = v.page.locator("#tg-panel")
    assert panel.locator("h2").inner_text() == "学习强安"
    assert v.page.evaluate("window.tiangraphNetwork.getSelectedNodes().length") == 1
    assert panel.locator("mark").first.inner_text() == "学习强安"
    v.check_clean()


@pytest.mark.browser
def test_clicking_a_node_shows_its_evidence_and_page_link(browser, G, site):
    v = Visit(browser, site / "overview.html").ready()
    v.click_node("platform:学习强安")
    panel = v.page.locator("#tg-panel")
    panel.locator("h2", has_text="学习强安").wait_for()
    item = panel.locator(".tg-evidence li").first
    assert "学习强安" in item.locator("blockquote").inner_text()
    assert item.locator("mark").inner_text() == "学习强安"
    assert re.search(r"提案 \d{8}", item.inner_text())
    panel.locator(".tg-open a").click()
    v.page.wait_for_selector("body[data-ready=true]", state="attached")
    assert v.page.url.startswith("file://") and "platform-" in unquote(v.page.url)
    v.check_clean()


@pytest.mark.browser
def test_type_filter_hides_and_shows_a_type(browser, site):
    v = Visit(browser, site / "overview.html").ready()
    before = v.page.evaluate("window.tiangraphNetwork.body.nodeIndices.length")
    v.page.locator('#tg-legend input[data-type="Unit"]').uncheck()
    after = v.page.evaluate("window.tiangraphNetwork.body.nodeIndices.length")
    assert 0 < after < before
    v.page.locator('#tg-legend input[data-type="Unit"]').check()
    assert v.page.evaluate("window.tiangraphNetwork.body.nodeIndices.length") == before


@pytest.mark.browser
def test_single_view_is_self_contained(browser, G, tmp_path):
    from viz import write_view

    path = write_view(G, "学习强安", 2, tmp_path / "学习强安.html")
    v = Visit(browser, path).ready()
    assert v.page.locator("#tg-panel h2").inner_text() == "学习强安"
    assert all(u == path.resolve().as_uri() for u in v.requests)
    v.check_clean()


@pytest.mark.browser
def test_xss_payloads_run_nothing_and_show_as_text(browser, xss_site):
    from viz import page_nodes, page_name

    spec = json.loads(XSS_TABLE.read_text(encoding="utf-8"))
    G = xss_graph()
    pages = [xss_site / n for n in ("index.html", "overview.html", "units.html", "shared.html")]
    pages += [xss_site / "pages" / page_name(n) for n in page_nodes(G)]
    # escaping alone must hold (CSP bypassed, every page); the pages' CSP is a second wall (a few pages)
    for bypass_csp, some in ((True, pages), (False, pages[:6])):
        for path in some:
            v = Visit(browser, path, bypass_csp=bypass_csp)
            if path.name != "index.html":
                v.ready()
                v.page.evaluate("""() => { const net = window.tiangraphNetwork;   // every node and line in the panel
                    for (const i of net.body.nodeIndices) { net.selectNodes([i]); net.emit('click', {nodes: [i], edges: []}); }
                    for (const i of net.body.edgeIndices) { net.emit('click', {nodes: [], edges: [i]}); } }""")
            else:
                for q in ("x", "<", "平台", "javascript"):
                    v.page.fill("#tg-q", q)
            v.page.wait_for_timeout(50)
            assert v.page.evaluate("window.__xss") is None, path.name
            v.check_clean()
            v.context.close()
    v = Visit(browser, xss_site / "pages" / page_name("case:20219999"), bypass_csp=True).ready()
    body = v.page.locator("body").inner_text()
    for text in spec["visible"]:
        assert text in body
    assert v.page.evaluate("window.__xss") is None
    v = Visit(browser, xss_site / "index.html", bypass_csp=True)
    v.page.fill("#tg-q", "javascript")
    hrefs = v.page.eval_on_selector_all("#tg-results a", "as => as.map(a => a.getAttribute('href'))")
    assert hrefs and all(not h.lower().startswith("javascript") for h in hrefs)


def test_chromium_is_required_when_asked(monkeypatch, tmp_path):
    """TIANGRAPH_REQUIRE_BROWSER=1 turns a missing Chromium into a failure, not a skip."""
    import _pytest.outcomes

    monkeypatch.setenv("TIANGRAPH_REQUIRE_BROWSER", "1")
    monkeypatch.setattr(f"{__name__}.CHROMIUM", tmp_path / "no-chromium")
    gen = browser.__wrapped__()
    with pytest.raises(_pytest.outcomes.Failed):
        next(gen)


@pytest.fixture(autouse=True, scope="module")
def _no_lib_folder_in_cwd():
    """pyvis writes lib/ into the working directory when asked for local resources: never here."""
    existed = Path("lib").exists()
    yield
    assert existed or not Path("lib").exists()
    if not existed and Path("lib").exists():
        shutil.rmtree("lib")


def _unit_pair_graph(cases: int, shared: int):
    """Two units that co-handle ``cases`` cases and name ``shared`` platforms together."""
    import networkx as nx

    G = nx.MultiDiGraph()
    for u in ("unit:甲局", "unit:乙局"):
        G.add_node(u, type=S.UNIT, name=u[5:])
    case_ids = [f"case:2021{i:04d}" for i in range(cases)]
    for c in case_ids:
        G.add_node(c, type=S.CASE, name=c[5:])
    platforms = [f"platform:平台{i}" for i in range(shared)]
    for p in platforms:
        G.add_node(p, type=S.PLATFORM, name=p[9:])
    return G, case_ids, platforms


def test_a_unit_links_side_panel_lists_the_first_cases_and_counts_the_rest():
    from viz.render import PANEL_CASES_CAP, PANEL_SHARED_CAP, _edge_info
    from viz.views import View, ViewEdge

    G, cases, platforms = _unit_pair_graph(50, 12)
    line = ViewEdge("unit:甲局", "unit:乙局", (), weight=62, cases=tuple(cases), shared=tuple(platforms))
    (info,) = _edge_info(G, View("units", "t", ["unit:甲局", "unit:乙局"], {}, [line]), lambda n: None)
    labels = [link["label"] for link in info["links"]]
    assert labels == [f"提案 {c[5:]}" for c in cases[:PANEL_CASES_CAP]] + [f"平台/系统：{p[9:]}" for p in platforms[:PANEL_SHARED_CAP]]
    assert info["more"] == 50 - PANEL_CASES_CAP + 12 - PANEL_SHARED_CAP
    small = ViewEdge("unit:甲局", "unit:乙局", (), weight=2, cases=tuple(cases[:2]))
    (info,) = _edge_info(G, View("units", "t", ["unit:甲局", "unit:乙局"], {}, [small]), lambda n: None)
    assert len(info["links"]) == 2 and info["more"] == 0


def test_a_table_cell_lists_the_first_names_and_counts_them_all(tmp_path):
    from viz.render import template
    from viz.site import CELL_CAP, _cell

    G, cases, _ = _unit_pair_graph(50, 0)
    cell = _cell(G, cases, lambda n: "pages/" + n + ".html")
    assert len(cell) == CELL_CAP + 1 and cell[-1] == (" 等 50 个", "") and cell[0] == (cases[0][5:], f"pages/{cases[0]}.html")
    assert _cell(G, cases[:3], lambda n: None) == [(c[5:], None) for c in cases[:3]]
    html = template("table.html").render(table_title="t", table_head=["提案"], table_rows=[[cell]], table_more="",
                                         kind="units", title="t", root="", nav=[], inline=False, csp="", types=[],
                                         note="", network=False, payload="{}")
    assert f">{cases[CELL_CAP - 1][5:]}</a> 等 50 个</td>" in html and "、 等" not in html


def test_the_shared_citations_view_draws_at_most_its_cap_of_cases_every_entity_keeping_some(G):
    from viz import shared_citations, shared_citations_view

    rows = shared_citations(G)
    citing = {c for r in rows for c in r["cases"]}
    assert len(citing) > 3
    view = shared_citations_view(G, rows=rows, max_cases=3)
    drawn = [n for n in view.nodes if G.nodes[n]["type"] == S.CASE]
    assert len(drawn) == 3 and f"共 {len(citing)} 件，只画出 3 件" in view.note
    assert {e.source for e in view.edges} <= set(drawn)
    full = shared_citations_view(G, rows=rows)
    assert len([n for n in full.nodes if G.nodes[n]["type"] == S.CASE]) == len(citing) and "只画出" not in full.note


def test_heaviest_edges_keep_each_nodes_heaviest_line_then_the_heaviest_of_the_rest():
    from viz.views import ViewEdge, heaviest_edges

    edges = [ViewEdge("a", "x", (), weight=1), ViewEdge("a", "y", (), weight=5), ViewEdge("b", "x", (), weight=2),
             ViewEdge("b", "y", (), weight=4), ViewEdge("c", "y", (), weight=1), ViewEdge("c", "x", (), weight=3)]
    kept = heaviest_edges(edges, 4)
    # every node's heaviest: a-y (a, y), b-y (b), c-x (c, x); then the heaviest left: b-x (2)
    assert kept == [edges[1], edges[2], edges[3], edges[5]]
    assert heaviest_edges(edges, 10) == edges


def test_the_overview_draws_at_most_its_cap_of_lines(G):
    from viz import overview

    full = overview(G)
    capped = overview(G, max_edges=10)
    assert len(full.edges) > 10 and len(capped.edges) == 10 and capped.nodes == full.nodes
    assert f"连线共 {len(full.edges)} 条，只画出 10 条" in capped.note and "连线共" not in full.note
