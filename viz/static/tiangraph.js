/* tiangraph pages: search, type filter, side panel with evidence.
 * Every text from the documents arrives as JSON data and is shown with textContent only. */
(function () {
  "use strict";

  var EVIDENCE_SHOWN = 50;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /* Only the relative links the site itself wrote: never a scheme such as javascript: */
  function safeHref(href) {
    return typeof href === "string" && href !== "" && !/^\s*[a-zA-Z][a-zA-Z0-9+.\-]*:/.test(href) ? href : null;
  }

  function link(text, href) {
    var target = safeHref(href);
    if (!target) { return el("span", null, text); }
    var a = el("a", null, text);
    a.setAttribute("href", target);
    return a;
  }

  function readJson(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  function sentence(parts) {
    var q = el("blockquote", "tg-sentence");
    q.appendChild(document.createTextNode(parts[0] || ""));
    if (parts[1]) { q.appendChild(el("mark", null, parts[1])); }
    q.appendChild(document.createTextNode(parts[2] || ""));
    return q;
  }

  /* Evidence may name its case and entity by their place among the drawn nodes (ci, ei). */
  function resolved(ev, info) {
    var out = {};
    Object.keys(ev).forEach(function (k) { out[k] = ev[k]; });
    if (info && typeof ev.ei === "number" && info[ev.ei]) {
      out.entity = info[ev.ei].name; out.entityPage = info[ev.ei].page; out.entityType = info[ev.ei].typeLabel;
    }
    if (info && typeof ev.ci === "number" && info[ev.ci]) { out.casePage = info[ev.ci].page; }
    return out;
  }

  /* `about` is the name of the node the panel explains: its own name is not repeated. */
  function evidenceItem(ev, about) {
    var li = el("li");
    var where = el("div", "tg-ev-where");
    if (ev.entity !== about) {
      var who = el("span", "tg-ev-entity", ev.entityType + "：");
      who.appendChild(link(ev.entity, ev.entityPage));
      where.appendChild(who);
    }
    var c = el("span", null, "提案 ");
    c.appendChild(link(ev.case, ev.casePage));
    where.appendChild(c);
    if (ev.sug !== null && ev.sug !== undefined) { where.appendChild(el("span", null, "建议 " + ev.sug)); }
    where.appendChild(el("span", null, ev.col));
    li.appendChild(where);
    li.appendChild(sentence(ev.s));
    if (ev.source) { li.appendChild(el("div", "tg-source", ev.source)); }
    return li;
  }

  function evidenceList(panel, items, total, about) {
    panel.appendChild(el("h3", null, "证据句子（" + total + "）"));
    if (!items.length) { panel.appendChild(el("p", "tg-hint", "没有提及记录。")); return; }
    var ol = el("ol", "tg-evidence");
    items.slice(0, EVIDENCE_SHOWN).forEach(function (ev) { ol.appendChild(evidenceItem(ev, about)); });
    panel.appendChild(ol);
    if (total > EVIDENCE_SHOWN) {
      panel.appendChild(el("p", "tg-hint", "只显示前 " + EVIDENCE_SHOWN + " 条；其余见节点页面。"));
    }
  }

  function facts(panel, pairs) {
    var dl = el("dl", "tg-facts");
    pairs.forEach(function (pair) {
      dl.appendChild(el("dt", null, pair[0]));
      dl.appendChild(el("dd", null, pair[1]));
    });
    panel.appendChild(dl);
  }

  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }

  function initNetwork(data) {
    var container = document.getElementById("tg-network");
    var panel = document.getElementById("tg-panel");
    var hidden = {};
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var shown = new vis.DataView(nodes, { filter: function (n) { return !hidden[n.group]; } });
    var network = new vis.Network(container, { nodes: shown, edges: edges }, data.options);
    window.tiangraphNetwork = network;
    network.once("afterDrawing", function () {
      network.moveTo({ scale: network.getScale() * 0.92 });   // fit() counts node centres, not wide labels
      window.tiangraphReadyAt = window.performance ? window.performance.now() : 0;
      window.tiangraphReady = true;
      document.body.setAttribute("data-ready", "true");
    });

    function pageLink(info) {
      if (!safeHref(info.page)) { return; }
      var p = el("p", "tg-open");
      p.appendChild(link("打开 " + info.name + " 的页面 →", info.page));
      panel.appendChild(p);
    }

    function showNode(id) {
      var info = data.info[id];
      clear(panel);
      var h = el("h2", null, info.name);
      panel.appendChild(h);
      pageLink(info);
      facts(panel, info.facts);
      var seen = {}, items = [], links = [], edgeIds = network.getConnectedEdges(id);
      if (info.type === data.roles.case) {   // a case's mentions are on its suggestions' lines
        network.getConnectedNodes(id).forEach(function (n) {
          if (data.info[n].type === data.roles.suggestion) { edgeIds = edgeIds.concat(network.getConnectedEdges(n)); }
        });
      }
      edgeIds.forEach(function (eid) {
        var e = data.edgeInfo[eid];
        if (!e) { return; }
        e.evidence.forEach(function (ev) {
          var key = JSON.stringify(ev);
          if (!seen[key]) { seen[key] = true; items.push(resolved(ev, data.info)); }
        });
        links = links.concat(e.links);
      });
      if (data.kind === "units") { linkList(links, "相关提案与共同引用"); return; }
      evidenceList(panel, items, items.length, info.name);
    }

    function linkList(links, title) {
      if (!links.length) { return; }
      panel.appendChild(el("h3", null, title));
      var ul = el("ul", "tg-linklist"), seen = {};
      links.forEach(function (l) {
        if (seen[l.label]) { return; }
        seen[l.label] = true;
        var li = el("li");
        li.appendChild(link(l.label, l.page));
        ul.appendChild(li);
      });
      panel.appendChild(ul);
    }

    function showEdge(eid) {
      var e = data.edgeInfo[eid], line = data.edges[eid];
      clear(panel);
      var a = data.info[line.from], b = data.info[line.to];
      panel.appendChild(el("h2", null, (e.types.join("、") || "联系") + (e.weight > 1 ? "（" + e.weight + "）" : "")));
      var ends = el("p", "tg-ends");
      ends.appendChild(link(a.name, a.page));
      ends.appendChild(document.createTextNode(" — "));
      ends.appendChild(link(b.name, b.page));
      panel.appendChild(ends);
      linkList(e.links, "相关提案与共同引用");
      if (e.more) { panel.appendChild(el("p", "tg-note", "另有 " + e.more + " 项未列出；完整的列表：tiangraph query unit-dependencies。")); }
      if (e.evidence.length || !e.links.length) {
        evidenceList(panel, e.evidence.map(function (ev) { return resolved(ev, data.info); }), e.evidence.length);
      }
    }

    network.on("click", function (params) {
      if (params.nodes.length) { showNode(params.nodes[0]); }
      else if (params.edges.length) { showEdge(params.edges[0]); }
    });

    document.querySelectorAll("#tg-legend input[data-type]").forEach(function (box) {
      box.addEventListener("change", function () {
        hidden[box.getAttribute("data-type")] = !box.checked;
        shown.refresh();
      });
    });

    var list = document.getElementById("tg-names");
    var names = {};
    data.info.forEach(function (info) { names[info.name] = true; });
    Object.keys(names).sort().slice(0, 5000).forEach(function (name) {
      var o = document.createElement("option");
      o.value = name;
      list.appendChild(o);
    });

    function find(query) {
      var q = query.trim().toLowerCase();
      if (!q) { return -1; }
      var best = -1, bestScore = 0;
      data.info.forEach(function (info, i) {
        var name = info.name.toLowerCase(), score = 0;
        if (name === q) { score = 4; }
        else if (name.indexOf(q) === 0) { score = 3; }
        else if (name.indexOf(q) >= 0) { score = 2; }
        else if (info.search.toLowerCase().indexOf(q) >= 0) { score = 1; }
        if (score > bestScore) { best = i; bestScore = score; }
      });
      return best;
    }

    function focusNode(id) {
      var type = data.info[id].type;
      if (hidden[type]) {
        hidden[type] = false;
        var box = document.querySelector('#tg-legend input[data-type="' + CSS.escape(type) + '"]');
        if (box) { box.checked = true; }
        shown.refresh();
      }
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
      showNode(id);
    }

    var status = document.getElementById("tg-find-status");
    document.getElementById("tg-find").addEventListener("submit", function (event) {
      event.preventDefault();
      var id = find(document.getElementById("tg-search").value);
      status.textContent = id < 0 ? "未找到" : "";
      if (id >= 0) { focusNode(id); }
    });

    if (data.focus !== null && data.focus !== undefined) { network.selectNodes([data.focus]); showNode(data.focus); }
  }

  function initIndex(index) {
    var input = document.getElementById("tg-q");
    var results = document.getElementById("tg-results");
    var status = document.getElementById("tg-q-status");
    var LIMIT = 50;

    function run() {
      var q = input.value.trim().toLowerCase();
      clear(results);
      status.textContent = "";
      if (!q) { return; }
      var hits = [];
      index.forEach(function (row) {
        var name = row.name.toLowerCase(), score = 0;
        if (name === q) { score = 4; }
        else if (name.indexOf(q) === 0) { score = 3; }
        else if (name.indexOf(q) >= 0) { score = 2; }
        else if (row.match.toLowerCase().indexOf(q) >= 0) { score = 1; }
        if (score) { hits.push([score, row]); }
      });
      hits.sort(function (a, b) { return b[0] - a[0]; });
      status.textContent = hits.length ? "找到 " + hits.length + " 项" + (hits.length > LIMIT ? "，显示前 " + LIMIT + " 项" : "") : "未找到";
      hits.slice(0, LIMIT).forEach(function (hit) {
        var row = hit[1], li = el("li");
        li.appendChild(el("span", "tg-result-type", row.type));
        li.appendChild(link(row.name, row.page));
        if (row.detail && row.detail !== row.name) { li.appendChild(el("span", "tg-result-detail", row.detail)); }
        results.appendChild(li);
      });
    }

    input.addEventListener("input", run);
    input.addEventListener("keydown", function (event) {
      if (event.key !== "Enter") { return; }
      var first = results.querySelector("a[href]");
      if (first) { window.location.href = first.getAttribute("href"); }
    });
  }

  function start() {
    var data = readJson("tg-data");
    if (data) { initNetwork(data); }
    var index = readJson("tg-index");
    if (index) { initIndex(index); }
  }

  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
}());
