"""Views → HTML: the data each page embeds, the templates, and the assets the pages load.

Every string that comes from a document reaches the page either escaped by the template
engine or inside a JSON block whose ``<``, ``>`` and ``&`` are written as ``\\u003c`` etc.;
the page script only ever puts it into the document with ``textContent``.

>>> json_script({"name": "</script><b>"})
'{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import networkx as nx
from jinja2 import Environment, FileSystemLoader, select_autoescape

from graph import schema as S
from viz.evidence import Evidence
from viz.labels import EDGE_LABEL, FONT_STACK, STATUS_LABEL, type_label
from viz.views import View

__all__ = ["Href", "json_script", "view_payload", "evidence_payload", "render_template", "asset_text",
           "ASSETS", "node_facts", "short_label"]

#: Maps a node id to the link of its page (relative to the page being written), or None.
Href = Callable[[str], "str | None"]

#: Files every page needs: (name in the site's ``assets/`` folder, where it comes from).
ASSETS: tuple[tuple[str, str], ...] = (
    ("vis-network.min.js", "pyvis:lib/vis-9.1.2/vis-network.min.js"),
    ("vis-network.min.css", "pyvis:lib/vis-9.1.2/vis-network.css"),
    ("tiangraph.js", "viz:static/tiangraph.js"),
    ("tiangraph.css", "viz:static/tiangraph.css"),
)
_HERE = Path(__file__).resolve().parent
_LABEL_INSIDE = {"box", "ellipse", "database", "circle", "text"}
_LABEL_MAX = 12
_FACT_MAX = 400


def json_script(obj: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``, keys sorted, compact."""
    text = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


@lru_cache(maxsize=None)
def asset_text(name: str) -> str:
    """The text of one of :data:`ASSETS` (vis-network comes from the pyvis package)."""
    origin = dict(ASSETS)[name]
    package, _, rel = origin.partition(":")
    if package == "pyvis":
        import pyvis

        base = Path(pyvis.__file__).resolve().parent
    else:
        base = _HERE
    return (base / rel).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(_HERE / "templates")), autoescape=select_autoescape(["html"]),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["type_label"] = type_label
    env.filters["status_label"] = lambda s: STATUS_LABEL.get(s, s)
    env.globals["TYPE_STYLE"] = S.TYPE_STYLE
    env.globals["FONT_STACK"] = FONT_STACK
    return env


def render_template(name: str, **context: Any) -> str:
    """Render one of the page templates (HTML-escaping every value)."""
    return _env().get_template(name).render(**context)


def short_label(text: str, limit: int = _LABEL_MAX) -> str:
    """A node label: the name, cut with … when long."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clip(text: Any) -> str:
    text = str(text or "")
    return text if len(text) <= _FACT_MAX else text[: _FACT_MAX - 1] + "…"


def _related(G: nx.MultiDiGraph, n: str, types: tuple[str, ...]) -> list[str]:
    return sorted({str(G.nodes[v].get("name", v)) for _, v, d in G.out_edges(n, data=True) if d.get("type") in types})


def node_facts(G: nx.MultiDiGraph, n: str) -> list[tuple[str, str]]:
    """What the side panel and the page header say about a node, as (label, text) pairs."""
    d = G.nodes[n]
    t = d.get("type")
    if t == S.CASE:
        facts = [("案号", d.get("case")), ("案由", d.get("title")), ("年份", d.get("year")), ("第一提案人", d.get("proposer")),
                 ("承办（主办）", "、".join(_related(G, n, (S.LEAD_UNIT,)))), ("分办（会办）", "、".join(_related(G, n, (S.CO_UNIT,))))]
    elif t == S.SUGGESTION:
        facts = [("提案", d.get("case")), ("序号", d.get("no")), ("建议", d.get("text")), ("当年已完成", d.get("completed")),
                 ("当年已推动", d.get("advanced")), ("明年待落实", d.get("planned")), ("备注", d.get("remarks")),
                 ("办理状态", STATUS_LABEL.get(d.get("status", ""), d.get("status")))]
    elif t == S.COLLECTION:
        facts = [("单位", d.get("unit")), ("年份", d.get("year")), ("整理时间", d.get("compiled"))]
    else:
        aliases = [a for a in d.get("aliases") or [] if a != d.get("name")]
        facts = [("别名", "、".join(aliases))]
    return [("类型", type_label(t or "")), *((k, _clip(v)) for k, v in facts if v not in (None, ""))]


def _tooltip(G: nx.MultiDiGraph, n: str) -> str:
    d = G.nodes[n]
    lines = [f"{type_label(d.get('type', ''))}：{d.get('name', n)}"]
    if d.get("type") == S.CASE and d.get("title"):
        lines.append(str(d["title"]))
    return "\n".join(lines)  # plain text: vis-network shows strings with innerText


def evidence_payload(G: nx.MultiDiGraph, ev: Evidence, href: Href, index: dict[str, int] | None = None) -> dict[str, Any]:
    """One evidence sentence as the pages show it.

    With ``index`` (node id → position in the drawn view), a case or entity that is drawn is
    given by its position (``ci``, ``ei``) instead of its name and link: the page script looks
    them up, which keeps large views small.
    """
    index = index or {}
    case = S.node_id(S.CASE, ev.case) if ev.case else ""
    out: dict[str, Any] = {"case": ev.case, "col": ev.column, "s": [ev.before, ev.mention, ev.after]}
    if ev.suggestion is not None:
        out["sug"] = ev.suggestion
    if ev.source:
        out["source"] = ev.source
    if case in index:
        out["ci"] = index[case]
    else:
        out["casePage"] = href(case) if case in G else None
    if ev.entity in index:
        out["ei"] = index[ev.entity]
    else:
        out.update(entity=str(G.nodes[ev.entity].get("name", ev.entity)), entityPage=href(ev.entity),
                   entityType=type_label(G.nodes[ev.entity].get("type", "")))
    return out


def _groups() -> dict[str, Any]:
    groups = {}
    for t, style in S.TYPE_STYLE.items():
        colour = style["color"]
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
        dark = (0.299 * r + 0.587 * g + 0.114 * b) < 150
        inside = style["shape"] in _LABEL_INSIDE
        groups[t] = {"shape": style["shape"], "size": 14,
                     "color": {"background": colour, "border": "#333333",
                               "highlight": {"background": colour, "border": "#000000"},
                               "hover": {"background": colour, "border": "#000000"}},
                     "font": {"color": "#ffffff" if (inside and dark) else "#222222", "face": FONT_STACK}}
    return groups


def _options(view: View, big: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": not big, "tooltipDelay": 150, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
                        "multiselect": False, "navigationButtons": False, "keyboard": False},
        "nodes": {"font": {"face": FONT_STACK, "size": 14}, "borderWidth": 1,
                  "scaling": {"label": {"drawThreshold": 5}}},
        "edges": {"smooth": False, "width": 1, "selectionWidth": 2,
                  "color": {"color": "#9aa5b1", "highlight": "#d62728", "hover": "#555555", "inherit": False},
                  "arrowStrikethrough": False, "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}}},
        "groups": _groups(),
    }


def _network(view: View, G: nx.MultiDiGraph) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Nodes and edges through a pyvis Network (it checks every edge's ends exist)."""
    from pyvis.network import Network

    # directed: pyvis scans every earlier edge for a duplicate when undirected (quadratic); arrows are set per edge
    net = Network(directed=True, cdn_resources="in_line")
    arrows = "to" if view.kind == "ego" else ""
    index = {n: i for i, n in enumerate(view.nodes)}
    for n in view.nodes:
        d = G.nodes[n]
        x, y = view.positions.get(n, (0, 0))
        label = short_label(d.get("name", n))
        extra = {"borderWidth": 4, "size": 22, "font": {"size": 18}} if n == view.focus else {}
        net.add_node(index[n], label=label, shape=S.TYPE_STYLE.get(d.get("type", ""), {}).get("shape", "dot"),
                     group=d.get("type"), x=x, y=y, title=_tooltip(G, n), **extra)
    for i, e in enumerate(view.edges):
        width = 1 + min(e.weight - 1, 8) * 0.75 if e.weight > 1 else 1
        words = "、".join(EDGE_LABEL.get(t, t) for t in e.types) or "联系"
        title = f"{words}（{e.weight}）" if e.weight > 1 else words
        extra = {"dashes": True} if e.types == (S.CO_UNIT,) else {}
        net.add_edge(index[e.source], index[e.target], id=i, width=width, title=title, arrows=arrows, **extra)
    nodes, edges, *_ = net.get_network_data()
    return nodes, edges


def view_payload(G: nx.MultiDiGraph, view: View, href: Href) -> dict[str, Any]:
    """Everything the page script needs to draw ``view`` and explain each node and line."""
    nodes, edges = _network(view, G)
    types = sorted({G.nodes[n].get("type", "") for n in view.nodes}, key=lambda t: (S.NODE_TYPES + (t,)).index(t))
    counts = {t: sum(1 for n in view.nodes if G.nodes[n].get("type") == t) for t in types}
    info = []
    for n in view.nodes:
        d = G.nodes[n]
        search = [str(d.get("name", n)), *[str(a) for a in d.get("aliases") or []], str(d.get("title") or "")]
        info.append({"id": n, "name": str(d.get("name", n)), "type": d.get("type"), "typeLabel": type_label(d.get("type", "")),
                     "page": href(n), "facts": [list(f) for f in node_facts(G, n)],
                     "search": " ".join(s for s in search if s)})
    edge_info = []
    index = {n: i for i, n in enumerate(view.nodes)}
    for e in view.edges:
        links = [{"label": f"提案 {G.nodes[c].get('name', c)}", "page": href(c)} for c in e.cases]
        links += [{"label": f"{type_label(G.nodes[s].get('type', ''))}：{G.nodes[s].get('name', s)}", "page": href(s)}
                  for s in e.shared]
        edge_info.append({"types": [EDGE_LABEL.get(t, t) for t in e.types], "weight": e.weight,
                          "evidence": [evidence_payload(G, ev, href, index) for ev in e.evidence], "links": links})
    return {"kind": view.kind, "roles": {"case": S.CASE, "suggestion": S.SUGGESTION}, "nodes": nodes, "edges": edges, "info": info, "edgeInfo": edge_info,
            "types": [{"type": t, "label": type_label(t), "count": counts[t], **S.TYPE_STYLE.get(t, {})} for t in types],
            "focus": view.nodes.index(view.focus) if view.focus in view.nodes else None,
            "options": _options(view, big=len(view.nodes) > 400)}
