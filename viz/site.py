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
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from graph import schema as S
from viz.evidence import evidence_from, evidence_into
from viz.labels import type_label
from viz.naming import page_href, page_name
from viz.networks import shared_citations, shared_citations_view, unit_dependencies, unit_network
from viz.render import ASSETS, Href, asset_text, evidence_payload, json_script, node_facts, render_template, view_payload
from viz.summary import headline, search_index
from viz.views import OVERVIEW_MAX_NODES, View, ego_view, node_order, overview, resolve_focus

__all__ = ["write_site", "write_view", "write_overview", "page_nodes", "PAGES_DIR", "PAGE_EVIDENCE_CAP", "TABLE_ROWS_CAP"]

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


def _write(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


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


def _network_context(G: nx.MultiDiGraph, view: View, href: Href) -> dict[str, Any]:
    payload = view_payload(G, view, href)
    return {"payload": json_script(payload), "types": payload["types"], "note": view.note, "network": True}


def _node_page(G: nx.MultiDiGraph, n: str, depth: int, href: Href) -> str:
    d = G.nodes[n]
    view = ego_view(G, n, depth)
    if d.get("type") == S.CASE:
        evidence = evidence_from(G, n)
        sugs = sorted((G.nodes[v] for _, v, e in G.out_edges(n, data=True) if e.get("type") == S.HAS_SUGGESTION),
                      key=lambda s: (s.get("no") or 0, s.get("collection") or ""))
        title = f"{d.get('name', n)} {d.get('title') or ''}".strip()
    else:
        evidence, sugs, title = evidence_into(G, n), [], str(d.get("name", n))
    ctx = _base("node", title, "../") | _network_context(G, view, href)
    more = len(evidence) - PAGE_EVIDENCE_CAP
    if more > 0:
        ctx["note"] = (ctx["note"] + f" 证据句子只列出前 {PAGE_EVIDENCE_CAP} 条（共 {len(evidence)} 条）。").strip()
    return render_template("node.html", **ctx, node_type=d.get("type"), facts=node_facts(G, n), suggestions=sugs,
                           evidence=[evidence_payload(G, ev, href) for ev in evidence[:PAGE_EVIDENCE_CAP]],
                           show_entity=d.get("type") == S.CASE)


def _cell(G: nx.MultiDiGraph, nodes: Iterable[str], href: Href) -> list[tuple[str, str | None]]:
    return [(str(G.nodes[n].get("name", n)), href(n)) for n in nodes]


def _units_page(G: nx.MultiDiGraph, href: Href) -> str:
    rows = unit_dependencies(G)
    table = [[_cell(G, [r["a"]], href), _cell(G, [r["b"]], href), [(str(r["weight"]), None)],
              _cell(G, r["cases"], href), _cell(G, r["shared"], href)] for r in rows[:TABLE_ROWS_CAP]]
    more = f"只列出联系最多的 {TABLE_ROWS_CAP} 对（共 {len(rows)} 对）。" if len(rows) > TABLE_ROWS_CAP else ""
    ctx = _base("units", "部门协同网络", "") | _network_context(G, unit_network(G), href)
    return render_template("table.html", **ctx, table_title="单位之间的联系", table_rows=table, table_more=more,
                           table_head=["单位", "单位", "联系数", "相关提案", "共同引用"])


def _shared_page(G: nx.MultiDiGraph, href: Href) -> str:
    rows = shared_citations(G)
    table = [[_cell(G, [r["id"]], href), [(type_label(G.nodes[r["id"]].get("type", "")), None)],
              [(str(len(r["cases"])), None)], _cell(G, r["cases"], href)] for r in rows[:TABLE_ROWS_CAP]]
    more = f"只列出前 {TABLE_ROWS_CAP} 个（共 {len(rows)} 个）。" if len(rows) > TABLE_ROWS_CAP else ""
    ctx = _base("shared", "共同引用", "") | _network_context(G, shared_citations_view(G), href)
    return render_template("table.html", **ctx, table_title="被多件提案引用的实体", table_rows=table, table_more=more,
                           table_head=["实体", "类型", "提案数", "引用它的提案"])


def _index_page(G: nx.MultiDiGraph, href: Href) -> str:
    figures = headline(G)
    cited = [(str(G.nodes[n].get("name", n)), G.nodes[n].get("type"), href(n), k) for n, k in figures["most_cited"]]
    return render_template("index.html", **_base("index", "首页", ""), figures=figures, cited=cited, network=False,
                           index=json_script(search_index(G, href)))


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
                   href: Href | None = None) -> Path:
    """Write ``overview.html`` and ``assets/`` into ``out_dir`` (the rest of the site is :func:`write_site`)."""
    out = Path(out_dir)
    _write_assets(out)
    if href is None:
        href = _linker(G, _unique_names(page_nodes(G)), PAGES_DIR + "/")
    ctx = _base("overview", "全图总览", "") | _network_context(G, overview(G, max_nodes), href)
    _write(out / "overview.html", render_template("network.html", **ctx))
    return out / "overview.html"


def write_site(G: nx.MultiDiGraph, out_dir: str | os.PathLike[str], depth: int = 2,
               overview_max_nodes: int = OVERVIEW_MAX_NODES) -> Path:
    """Write the site into ``out_dir`` and return the path of its ``index.html``.

    ``index.html`` (search and figures), ``overview.html``, ``units.html``, ``shared.html``,
    one page per case and entity in ``pages/`` (its ego graph of ``depth`` and its evidence),
    and ``assets/``. Writing twice gives byte-identical files.
    """
    out = Path(out_dir)
    pages = out / PAGES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    nodes = page_nodes(G)
    names = _unique_names(nodes)
    top = _linker(G, names, PAGES_DIR + "/")
    write_overview(G, out, overview_max_nodes, top)
    _write(out / "index.html", _index_page(G, top))
    _write(out / "units.html", _units_page(G, top))
    _write(out / "shared.html", _shared_page(G, top))
    inner = _linker(G, names, "")
    for n in nodes:
        _write(pages / names[n], _node_page(G, n, depth, inner))
    keep = set(names.values())
    for old in pages.iterdir():     # pages of nodes gone since the last write
        if old.name not in keep and _PAGE_FILE.match(old.name):
            old.unlink()
    return out / "index.html"


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
    html = render_template("network.html", **ctx, **_network_context(G, view, lambda n: None))
    out = Path(path)
    if out.parent != Path(""):
        out.parent.mkdir(parents=True, exist_ok=True)
    _write(out, html)
    return out
