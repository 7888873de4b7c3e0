"""Pages to explore the graph in a browser, offline: ``write_site(G, DIR)`` and ``write_view``.

>>> from graph import read_graph                                      # doctest: +SKIP
>>> write_site(read_graph("out/sample"), "out/sample/site")            # doctest: +SKIP
PosixPath('out/sample/site/index.html')
>>> write_view(G, "学习强安", 2, "学习强安.html")                        # doctest: +SKIP
"""

from __future__ import annotations

from viz.evidence import Evidence, evidence_from, evidence_into, split_sentence
from viz.naming import page_href, page_name
from viz.networks import shared_citations, shared_citations_view, unit_dependencies, unit_network
from viz.render import json_script
from viz.site import page_nodes, write_overview, write_site, write_view
from viz.summary import headline, most_cited, search_index
from viz.views import View, ViewEdge, ego_view, overview, resolve_focus

__all__ = ["write_site", "write_view", "write_overview", "page_name", "page_href", "page_nodes", "json_script",
           "View", "ViewEdge", "ego_view", "overview", "unit_network", "shared_citations_view",
           "unit_dependencies", "shared_citations", "resolve_focus", "headline", "most_cited", "search_index",
           "Evidence", "evidence_from", "evidence_into", "split_sentence"]
