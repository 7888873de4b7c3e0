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
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import networkx as nx
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from graph import schema as S
from viz.evidence import Evidence
from viz.labels import EDGE_LABEL, FONT_STACK, STATUS_LABEL, type_label
from viz.views import View

__all__ = ["Href", "InfoJson", "json_script", "json_chunks", "JsonArray", "view_payload", "lazy_view_payload",
           "evidence_payload", "render_template", "template", "asset_text", "ASSETS", "node_facts", "node_info",
           "node_info_json", "short_label", "PANEL_CASES_CAP", "PANEL_SHARED_CAP"]

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


#: The encoder of :func:`json_script` (what ``json.dumps`` would build for each call).
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))
_JSON_ESCAPES = (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
#: Items of a :class:`JsonArray` encoded at a time by :func:`json_chunks` (an item can be large: a
#: line of the unit network lists hundreds of cases).
_JSON_BATCH = 32


def json_script(obj: Any) -> str:
    """JSON that is safe inside ``<script type="application/json">``, keys sorted, compact."""
    text = _ENCODER.encode(obj)
    for ch, esc in _JSON_ESCAPES:
        text = text.replace(ch, esc)
    return text


class JsonArray:
    """A JSON array given by an iterable (read once), for :func:`json_chunks` to write a few items at a time.

    Its items are plain JSON values, encoded as :func:`json_script` would encode them; or,
    with ``encoded``, texts that :func:`json_script` has already made.
    """

    __slots__ = ("items", "encoded")

    def __init__(self, items: Iterable[Any], encoded: bool = False) -> None:
        self.items = items
        self.encoded = encoded


def json_chunks(obj: Any) -> Iterator[str]:
    """The text of :func:`json_script` in pieces, so a large page never holds it whole.

    ``obj`` is a JSON value, or a :class:`JsonArray`, or a dict whose values may be
    :class:`JsonArray` (that dict is written key by key). The pieces joined are exactly
    ``json_script`` of the same value with every :class:`JsonArray` made a list: compact JSON
    is written member by member, and the escapes replace single characters.

    >>> "".join(json_chunks({"b": JsonArray(iter([1, "<"])), "a": {"c": None}}))
    '{"a":{"c":null},"b":[1,"\\\\u003c"]}'
    """
    if isinstance(obj, JsonArray):
        yield "["
        items = iter(obj.items)
        sep = ""
        while batch := list(islice(items, _JSON_BATCH)):
            yield sep + (",".join(batch) if obj.encoded else json_script(batch)[1:-1])    # "[a,b]" → "a,b"
            sep = ","
        yield "]"
    elif isinstance(obj, dict) and any(isinstance(v, JsonArray) for v in obj.values()):
        sep = "{"
        for key in sorted(obj):
            value = obj[key]
            if isinstance(value, JsonArray):
                yield sep + json_script(key) + ":"
                yield from json_chunks(value)
            else:
                yield sep + json_script(key) + ":" + json_script(value)
            sep = ","
        yield "}"
    else:
        yield json_script(obj)


def _materialised(obj: Any) -> Any:
    """``obj`` with every :class:`JsonArray` (itself, or a value of the dict ``obj``) read into a list."""
    if isinstance(obj, JsonArray):
        return [json.loads(i) for i in obj.items] if obj.encoded else list(obj.items)
    if isinstance(obj, dict):
        return {k: _materialised(v) if isinstance(v, JsonArray) else v for k, v in obj.items()}
    return obj


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


def template(name: str) -> Template:
    """One of the page templates (it HTML-escapes every value)."""
    return _env().get_template(name)


def render_template(name: str, **context: Any) -> str:
    """Render one of the page templates (HTML-escaping every value)."""
    return template(name).render(**context)


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


def _vis_nodes(view: View, G: nx.MultiDiGraph) -> Iterator[dict[str, Any]]:
    """The nodes of ``view`` as vis-network takes them (what a pyvis ``Network`` would hold), one by one."""
    for i, n in enumerate(view.nodes):
        d = G.nodes[n]
        x, y = view.positions.get(n, (0, 0))
        label = short_label(d.get("name", n))
        extra = {"borderWidth": 4, "size": 22, "font": {"size": 18}} if n == view.focus else {}
        yield {"group": d.get("type"), "x": x, "y": y, "title": _tooltip(G, n), **extra,
               "id": i, "label": label or i, "shape": S.TYPE_STYLE.get(d.get("type", ""), {}).get("shape", "dot")}


def _vis_edges(view: View) -> Iterator[dict[str, Any]]:
    """The lines of ``view`` as vis-network takes them, one by one; their ends are positions in ``view.nodes``."""
    arrows = "to" if view.kind == "ego" else ""
    index = {n: i for i, n in enumerate(view.nodes)}
    for i, e in enumerate(view.edges):
        width = 1 + min(e.weight - 1, 8) * 0.75 if e.weight > 1 else 1
        words = "、".join(EDGE_LABEL.get(t, t) for t in e.types) or "联系"
        title = f"{words}（{e.weight}）" if e.weight > 1 else words
        extra = {"dashes": True} if e.types == (S.CO_UNIT,) else {}
        yield {"id": i, "width": width, "title": title, "arrows": arrows, **extra,
               "from": index[e.source], "to": index[e.target]}


def node_info(G: nx.MultiDiGraph, n: str, href: Href) -> dict[str, Any]:
    """What the side panel of a drawing shows of node ``n``."""
    d = G.nodes[n]
    search = [str(d.get("name", n)), *[str(a) for a in d.get("aliases") or []], str(d.get("title") or "")]
    return {"id": n, "name": str(d.get("name", n)), "type": d.get("type"), "typeLabel": type_label(d.get("type", "")),
            "page": href(n), "facts": [list(f) for f in node_facts(G, n)], "search": " ".join(s for s in search if s)}


#: Maps a node id to :func:`node_info` of it as :func:`json_script` text.
InfoJson = Callable[[str], str]


def node_info_json(G: nx.MultiDiGraph, href: Href, remember: int = 0) -> InfoJson:
    """:func:`node_info` as JSON text, the last ``remember`` nodes kept (the pages of a site draw the same nodes often)."""
    def info(n: str) -> str:
        return json_script(node_info(G, n, href))
    return lru_cache(maxsize=remember)(info) if remember else info


#: The side panel of a line lists at most this many cases and shared entities (two units of a
#: city's archive may share hundreds of cases: listed in full, the unit network of 10,000 cases
#: was a 232 MB page); ``more`` counts the rest.
PANEL_CASES_CAP = 20
PANEL_SHARED_CAP = 10


def _edge_info(G: nx.MultiDiGraph, view: View, href: Href) -> Iterator[dict[str, Any]]:
    """What the side panel shows of each line of ``view``, one by one.

    The link to a case or entity behind a line is one dict per node, shared by every line
    that lists it (a unit network lists the same cases over and over).
    """
    index = {n: i for i, n in enumerate(view.nodes)}
    case_made: dict[str, dict[str, Any]] = {}
    entity_made: dict[str, dict[str, Any]] = {}

    def case_link(c: str) -> dict[str, Any]:
        link = case_made.get(c)
        if link is None:
            link = case_made[c] = {"label": f"提案 {G.nodes[c].get('name', c)}", "page": href(c)}
        return link

    def entity_link(s: str) -> dict[str, Any]:
        link = entity_made.get(s)
        if link is None:
            link = entity_made[s] = {"label": f"{type_label(G.nodes[s].get('type', ''))}：{G.nodes[s].get('name', s)}",
                                     "page": href(s)}
        return link

    for e in view.edges:
        cases, shared = e.cases[:PANEL_CASES_CAP], e.shared[:PANEL_SHARED_CAP]
        yield {"types": [EDGE_LABEL.get(t, t) for t in e.types], "weight": e.weight,
               "evidence": [evidence_payload(G, ev, href, index) for ev in e.evidence],
               "links": [case_link(c) for c in cases] + [entity_link(s) for s in shared],
               "more": len(e.cases) - len(cases) + len(e.shared) - len(shared)}


def _type_counts(G: nx.MultiDiGraph, view: View) -> list[dict[str, Any]]:
    """The legend of ``view``: each node type drawn, in schema order, with its label, style and count."""
    counts: dict[str | None, int] = {}
    seen: dict[str, None] = {}
    for n in view.nodes:
        d = G.nodes[n]
        counts[d.get("type")] = counts.get(d.get("type"), 0) + 1
        seen[d.get("type", "")] = None
    types = sorted(seen, key=lambda t: (S.NODE_TYPES + (t,)).index(t))
    return [{"type": t, "label": type_label(t), "count": counts.get(t, 0), **S.TYPE_STYLE.get(t, {})} for t in types]


def lazy_view_payload(G: nx.MultiDiGraph, view: View, href: Href, info: InfoJson | None = None) -> dict[str, Any]:
    """:func:`view_payload` with its long lists as :class:`JsonArray`, made while :func:`json_chunks` writes them.

    ``info`` is :func:`node_info_json` of ``G`` and ``href``, when one is kept for several views.
    """
    infos = (JsonArray((node_info(G, n, href) for n in view.nodes)) if info is None
             else JsonArray(map(info, view.nodes), encoded=True))
    return {"kind": view.kind, "roles": {"case": S.CASE, "suggestion": S.SUGGESTION},
            "nodes": JsonArray(_vis_nodes(view, G)), "edges": JsonArray(_vis_edges(view)),
            "info": infos, "edgeInfo": JsonArray(_edge_info(G, view, href)),
            "types": _type_counts(G, view),
            "focus": view.nodes.index(view.focus) if view.focus in view.nodes else None,
            "options": _options(view, big=len(view.nodes) > 400)}


def view_payload(G: nx.MultiDiGraph, view: View, href: Href) -> dict[str, Any]:
    """Everything the page script needs to draw ``view`` and explain each node and line."""
    payload: dict[str, Any] = _materialised(lazy_view_payload(G, view, href))
    return payload
