"""The browsable site and single views: ``write_site(G, DIR)`` and ``write_view(G, focus, depth, FILE)``.

Pages open from a shared folder with ``file://`` and need no network: vis-network (from the
pyvis package) and the page script are copied into ``assets/`` or, for a single view,
written into the page itself.

>>> from graph import new_graph, add_entity
>>> G = new_graph(); _ = add_entity(G, "Platform", "学习强安")
>>> import tempfile; d = tempfile.mkdtemp()
>>> write_site(G, d).name
'index.html'
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import secrets
import sys
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import networkx as nx

from graph import schema as S
from graph.store import objects_set_aside
from viz.evidence import first_evidence, mentions_from
from viz.labels import type_label
from viz.naming import page_href, page_name
from viz.networks import shared_citations, shared_citations_view, unit_dependencies, unit_network
from viz.render import (ASSETS, Href, InfoJson, asset_text, evidence_payload, json_chunks, json_script, lazy_view_payload,
                         node_facts, node_info_json, template)
from viz.summary import headline, search_index
from viz.views import (EDGE_EVIDENCE_CAP, OVERVIEW_MAX_NODES, View, ViewEdge, case_links, ego_view, node_order, overview,
                        resolve_focus)

__all__ = ["write_site", "write_view", "write_overview", "page_nodes", "PAGES_DIR", "PAGE_EVIDENCE_CAP", "TABLE_ROWS_CAP",
           "CELL_CAP"]

#: The folder (inside the site) that holds one page per case and entity.
PAGES_DIR = "pages"
#: A node page lists at most this many evidence sentences.
PAGE_EVIDENCE_CAP = 1000
#: Tables under the networks list at most this many rows.
TABLE_ROWS_CAP = 300

_NAV = (("index.html", "首页", "index"), ("overview.html", "全图总览", "overview"),
        ("units.html", "部门协同网络", "units"), ("shared.html", "共同引用", "shared"))
_CSP_SITE = ("default-src 'none'; script-src file:; style-src file: 'unsafe-inline'; img-src file: data:; "
             "font-src file: data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
_PAGE_FILE = re.compile(r"^[a-z]+-.*-[0-9a-f]{8}\.html$")


def page_nodes(G: nx.MultiDiGraph) -> list[str]:
    """The nodes that get a page of their own: cases and entities."""
    return sorted((n for n, d in G.nodes(data=True) if d.get("type") in (S.CASE, *S.ENTITY_TYPES)),
                  key=lambda n: node_order(G, n))


#: Pieces of template output joined before they are written to the page's file.
_TEMPLATE_BATCH = 4096
#: The side-panel entries (as JSON) of this many nodes are kept while the node pages are written.
_INFO_REMEMBERED = 4096

#: Case–entity links as :func:`viz.views.case_links` makes them.
Links = dict[tuple[str, str], ViewEdge]


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def _write_page(path: Path, name: str, context: dict[str, Any], payload: Any = None) -> None:
    """Render template ``name`` into ``path`` a piece at a time, never holding the whole page.

    ``payload`` is the page's JSON (see :func:`viz.render.json_chunks`), written where the
    template says ``{{ payload|safe }}``: the template is rendered with a random marker there,
    and the marker replaced by the JSON as the text goes to the file. The bytes are those of
    ``render(**context, payload=json_script(payload))``.
    """
    mark = f"\x00{secrets.token_hex(16)}\x00" if payload is not None else None
    chunks = template(name).generate(**context, **({} if mark is None else {"payload": mark}))
    found = False
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            while batch := list(islice(chunks, _TEMPLATE_BATCH)):
                text = "".join(batch)
                if mark is not None and mark in text:     # the template yields the marker whole, in one piece
                    before, text = text.split(mark, 1)
                    if found or mark in text:
                        raise RuntimeError(f"the payload marker appears twice in {path}")
                    found = True
                    f.write(before)
                    for piece in json_chunks(payload):
                        f.write(piece)
                f.write(text)
        if mark is not None and not found:
            raise RuntimeError(f"template {name} has no place for the payload of {path}")
    except BaseException:
        path.unlink(missing_ok=True)     # no half-written page
        raise


def _linker(G: nx.MultiDiGraph, names: dict[str, str], prefix: str) -> Href:
    """Links from a page in one folder: ``prefix`` leads from there to the pages folder."""
    @lru_cache(maxsize=None)
    def href(n: str) -> str | None:
        if n in names:
            return page_href(names[n], prefix)
        d = G.nodes[n] if n in G else {}
        if d.get("type") == S.SUGGESTION:
            case = S.node_id(S.CASE, str(d.get("case", "")))
            if case in names:
                return page_href(names[case], prefix) + f"#s{d.get('no')}"
        return None
    return href


def _nav(root: str, current: str) -> list[tuple[str, str, bool]]:
    return [(root + href, label, key == current) for href, label, key in _NAV]


def _base(kind: str, title: str, root: str) -> dict[str, Any]:
    return {"kind": kind, "title": title, "root": root, "nav": _nav(root, kind), "inline": False, "csp": _CSP_SITE}


def _network_context(G: nx.MultiDiGraph, view: View, href: Href,
                     info: InfoJson | None = None) -> tuple[dict[str, Any], dict[str, Any]]:
    """The template context of a page that draws ``view``, and its payload (made as it is written)."""
    payload = lazy_view_payload(G, view, href, info)
    return {"types": payload["types"], "note": view.note, "network": True}, payload


def _write_node_page(path: Path, G: nx.MultiDiGraph, n: str, depth: int, href: Href, info: InfoJson) -> None:
    """The page of a case or entity: its ego graph, its facts, its suggestions (a case) and its evidence."""
    d = G.nodes[n]
    view = ego_view(G, n, depth)
    if d.get("type") == S.CASE:
        evidence, total = first_evidence(G, mentions_from(G, n), PAGE_EVIDENCE_CAP)
        sugs = sorted((G.nodes[v] for _, v, e in G.out_edges(n, data=True) if e.get("type") == S.HAS_SUGGESTION),
                      key=lambda s: (s.get("no") or 0, s.get("collection") or ""))
        title = f"{d.get('name', n)} {d.get('title') or ''}".strip()
    else:
        evidence, total = first_evidence(G, G.in_edges(n, data=True), PAGE_EVIDENCE_CAP)
        sugs, title = [], str(d.get("name", n))
    network, payload = _network_context(G, view, href, info)
    ctx = _base("node", title, "../") | network
    if total > PAGE_EVIDENCE_CAP:
        ctx["note"] = (ctx["note"] + f" 证据句子只列出前 {PAGE_EVIDENCE_CAP} 条（共 {total} 条）。").strip()
    ctx |= {"node_type": d.get("type"), "facts": node_facts(G, n), "suggestions": sugs,
            "evidence": [evidence_payload(G, ev, href) for ev in evidence], "show_entity": d.get("type") == S.CASE}
    _write_page(path, "node.html", ctx, payload)


Cell = list[tuple[str, "str | None"]]


#: A table cell lists at most this many cases or entities, then says how many there are.
CELL_CAP = 20


def _cell(G: nx.MultiDiGraph, nodes: Sequence[str], href: Href) -> Cell:
    """The names of ``nodes``, linked; past :data:`CELL_CAP`, a last item ``等 N 个`` (no link,
    written without a separator) counts them all."""
    cell: Cell = [(str(G.nodes[n].get("name", n)), href(n)) for n in nodes[:CELL_CAP]]
    return cell + [(f" 等 {len(nodes)} 个", "")] if len(nodes) > CELL_CAP else cell


def _write_table_page(path: Path, G: nx.MultiDiGraph, href: Href, kind: str, title: str, view: View,
                      table: dict[str, Any]) -> None:
    """A page that draws ``view`` above a table (``table_title``, ``table_head``, ``table_rows``, ``table_more``).

    The rows may be an iterator: they are made as the table is written.
    """
    network, payload = _network_context(G, view, href)
    _write_page(path, "table.html", _base(kind, title, "") | network | table, payload)


def _write_units_page(path: Path, G: nx.MultiDiGraph, href: Href) -> None:
    rows = unit_dependencies(G)

    def table_rows() -> Iterator[list[Cell]]:
        for r in rows[:TABLE_ROWS_CAP]:
            yield [_cell(G, [r["a"]], href), _cell(G, [r["b"]], href), [(str(r["weight"]), None)],
                   _cell(G, r["cases"], href), _cell(G, r["shared"], href)]

    more = f"只列出联系最多的 {TABLE_ROWS_CAP} 对（共 {len(rows)} 对）。" if len(rows) > TABLE_ROWS_CAP else ""
    _write_table_page(path, G, href, "units", "部门协同网络", unit_network(G, rows=rows),
                      {"table_title": "单位之间的联系", "table_rows": table_rows(), "table_more": more,
                       "table_head": ["单位", "单位", "联系数", "相关提案", "共同引用"]})


def _write_shared_page(path: Path, G: nx.MultiDiGraph, href: Href, links: Links) -> None:
    rows = shared_citations(G)

    def table_rows() -> Iterator[list[Cell]]:
        for r in rows[:TABLE_ROWS_CAP]:
            yield [_cell(G, [r["id"]], href), [(type_label(G.nodes[r["id"]].get("type", "")), None)],
                   [(str(len(r["cases"])), None)], _cell(G, r["cases"], href)]

    more = f"只列出前 {TABLE_ROWS_CAP} 个（共 {len(rows)} 个）。" if len(rows) > TABLE_ROWS_CAP else ""
    _write_table_page(path, G, href, "shared", "共同引用", shared_citations_view(G, rows=rows, links=links),
                      {"table_title": "被多件提案引用的实体", "table_rows": table_rows(), "table_more": more,
                       "table_head": ["实体", "类型", "提案数", "引用它的提案"]})


def _write_index_page(path: Path, G: nx.MultiDiGraph, href: Href, links: Links) -> None:
    figures = headline(G, links)
    cited = [(str(G.nodes[n].get("name", n)), G.nodes[n].get("type"), href(n), k) for n, k in figures["most_cited"]]
    ctx = {"figures": figures, "cited": cited, "network": False, "index": json_script(search_index(G, href))}
    _write_page(path, "index.html", _base("index", "首页", "") | ctx)


def _unique_names(nodes: list[str]) -> dict[str, str]:
    names = {n: page_name(n) for n in nodes}
    seen: dict[str, str] = {}
    for n in nodes:    # a clash of 8-hex hashes is unlikely, but two files must never share a name
        key = names[n].lower()
        if key in seen:
            raise ValueError(f"page names of {seen[key]!r} and {n!r} clash: {names[n]}")
        seen[key] = n
    return names


def _write_assets(out: Path) -> None:
    (out / "assets").mkdir(parents=True, exist_ok=True)
    for name, _ in ASSETS:
        _write(out / "assets" / name, asset_text(name))


def write_overview(G: nx.MultiDiGraph, out_dir: str | os.PathLike[str], max_nodes: int = OVERVIEW_MAX_NODES,
                   href: Href | None = None, links: Links | None = None) -> Path:
    """Write ``overview.html`` and ``assets/`` into ``out_dir`` (the rest of the site is :func:`write_site`).

    ``links`` is :func:`viz.views.case_links` of ``G`` when already at hand.
    """
    out = Path(out_dir)
    _write_assets(out)
    if href is None:
        href = _linker(G, _unique_names(page_nodes(G)), PAGES_DIR + "/")
    network, payload = _network_context(G, overview(G, max_nodes, links), href)
    _write_page(out / "overview.html", "network.html", _base("overview", "全图总览", "") | network, payload)
    return out / "overview.html"


def write_site(G: nx.MultiDiGraph, out_dir: str | os.PathLike[str], depth: int = 2,
               overview_max_nodes: int = OVERVIEW_MAX_NODES, jobs: int = 1) -> Path:
    """Write the site into ``out_dir`` and return the path of its ``index.html``.

    ``index.html`` (search and figures), ``overview.html``, ``units.html``, ``shared.html``,
    one page per case and entity in ``pages/`` (its ego graph of ``depth`` and its evidence),
    and ``assets/``. Writing twice gives byte-identical files, and so does writing with
    ``jobs`` processes: the pages are shared out among them (see :func:`_site_pool`).

    Each page is written as it is made, its embedded data too, so memory stays near what the
    largest page's parts need rather than growing with the text of the page.
    """
    with objects_set_aside():  # the graph outlives the site: its objects are not walked again and again
        return _write_site(G, Path(out_dir), depth, overview_max_nodes, jobs)


#: Node pages a worker writes at a time (the pages differ a hundredfold in size: small parts
#: keep both workers busy to the end).
_NODES_PER_TASK = 48


class _SiteJob:
    """What every part of a site needs: the graph, where the site goes and how pages are named.

    The parts (:meth:`run`) are the units page, the overview with the front page and the shared
    citations, and runs of node pages; in one process they are written in that order, and
    workers may write them in any order: no part reads what another writes.
    """

    def __init__(self, G: nx.MultiDiGraph, out: Path, names: dict[str, str], depth: int, overview_max_nodes: int) -> None:
        self.G, self.out, self.names, self.depth, self.overview_max_nodes = G, out, names, depth, overview_max_nodes
        self._node_links: tuple[Href, InfoJson] | None = None

    def run(self, part: tuple[str, ...]) -> int:
        """Write one part (``("units",)``, ``("front",)`` or ``("nodes", n, …)``); the pages written."""
        G, out = self.G, self.out
        if part[0] == "units":
            _write_units_page(out / "units.html", G, _linker(G, self.names, PAGES_DIR + "/"))
            return 1
        if part[0] == "front":
            top = _linker(G, self.names, PAGES_DIR + "/")
            links = case_links(G, EDGE_EVIDENCE_CAP)  # for the overview, the front page and the shared citations
            write_overview(G, out, self.overview_max_nodes, top, links)
            _write_index_page(out / "index.html", G, top, links)
            _write_shared_page(out / "shared.html", G, top, links)
            return 3
        if self._node_links is None:
            inner = _linker(G, self.names, "")
            self._node_links = inner, node_info_json(G, inner, _INFO_REMEMBERED)
        inner, info = self._node_links
        for n in part[1:]:
            _write_node_page(out / PAGES_DIR / self.names[n], G, n, self.depth, inner, info)
        return len(part) - 1


def _write_site(G: nx.MultiDiGraph, out: Path, depth: int, overview_max_nodes: int, jobs: int = 1) -> Path:
    pages = out / PAGES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    nodes = page_nodes(G)
    names = _unique_names(nodes)
    job = _SiteJob(G, out, names, depth, overview_max_nodes)
    # the units page first: its rows are gone before the front pages' links are made
    parts = [("units",), ("front",)] + [("nodes", *nodes[i : i + _NODES_PER_TASK]) for i in range(0, len(nodes), _NODES_PER_TASK)]
    if jobs <= 1 or len(parts) <= 2:
        for part in parts:
            job.run(part)
    else:
        _site_pool(job, parts, jobs)
    keep = set(names.values())
    for old in pages.iterdir():     # pages of nodes gone since the last write
        if old.name not in keep and _PAGE_FILE.match(old.name):
            old.unlink()
    return out / "index.html"


#: The site job of a worker process (set by :func:`_start_worker`).
_JOB: _SiteJob | None = None


def _start_worker(job: _SiteJob) -> None:
    global _JOB
    _JOB = job


def _run_part(part: tuple[str, ...]) -> int:
    assert _JOB is not None, "a site worker runs parts only after _start_worker"
    return _JOB.run(part)


#: How site workers start: forked where that is safe (Linux), else spawned and sent the graph.
_START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def _site_pool(job: _SiteJob, parts: list[tuple[str, ...]], jobs: int, method: str | None = None) -> None:
    """Write ``parts`` in ``jobs`` worker processes, handed out in their order (the two large
    pages first, so that the node pages fill the time around them).

    Where processes can be forked (Linux), the workers start with the parent's graph as it is
    in memory; elsewhere (Windows) each worker is sent the graph once, pickled. ``method``
    names the start method instead (for tests).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = method or _START_METHOD
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_start_worker, initargs=(job,))
    try:
        for _ in pool.map(_run_part, parts):
            pass
    except BaseException:
        pool.shutdown(cancel_futures=True)  # the parts not begun are dropped, not written for nothing
        raise
    pool.shutdown()


def _script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def write_view(G: nx.MultiDiGraph, focus: str, depth: int = 2, path: str | os.PathLike[str] = "view.html") -> Path:
    """Write one self-contained page: ``focus`` and what lies within ``depth`` links of it.

    ``focus`` is a node id (``case:20210099``), a case number or an entity's name; an
    unknown one raises :class:`tiangraph.errors.UsageError` listing the closest names.

    >>> import tempfile
    >>> from graph import new_graph, add_entity
    >>> G = new_graph(); _ = add_entity(G, "Platform", "学习强安")
    >>> write_view(G, "学习强安", 1, tempfile.mkdtemp() + "/v.html").suffix
    '.html'
    """
    node = resolve_focus(G, focus)
    view = ego_view(G, node, depth)
    scripts = [asset_text("vis-network.min.js").replace("</script", "<\\/script"),
               asset_text("tiangraph.js").replace("</script", "<\\/script")]
    css = asset_text("vis-network.min.css") + "\n" + asset_text("tiangraph.css")
    csp = (f"default-src 'none'; script-src {' '.join(_script_hash(s) for s in scripts)}; style-src 'unsafe-inline'; "
           "img-src data:; connect-src 'none'; form-action 'none'; base-uri 'none'")
    ctx = {"kind": "view", "title": view.title, "root": "", "nav": [], "inline": True, "csp": csp,
           "inline_css": css.replace("</style", "<\\/style"), "inline_js": scripts}
    network, payload = _network_context(G, view, lambda n: None)
    out = Path(path)
    if out.parent != Path(""):
        out.parent.mkdir(parents=True, exist_ok=True)
    _write_page(out, "network.html", ctx | network, payload)
    return out
