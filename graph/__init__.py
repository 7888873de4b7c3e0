"""The knowledge graph: build from tables, store in a folder, export to other tools.

>>> G = build_graph(["tests/data/samples/000_e467f13259972cda.docx"])   # doctest: +SKIP
>>> sorted({d["type"] for _, d in G.nodes(data=True)})                    # doctest: +SKIP
['Case', 'Collection', 'Document', 'Framework', 'Person', 'Platform', 'Site', 'Suggestion', 'Unit']
"""

from __future__ import annotations

import os
from typing import Any, Sequence

import networkx as nx

from graph import schema
from graph.build import add_entity, add_table, new_graph
from graph.corpus import BuildResult, build_corpus, discover_inputs
from graph.store import read_cache, read_graph, write_graph

__all__ = ["schema", "build_graph", "build_corpus", "BuildResult", "discover_inputs", "add_table", "add_entity",
           "new_graph", "read_graph", "write_graph", "read_cache"]


def build_graph(paths: Sequence[str | os.PathLike[str]], **options: Any) -> nx.MultiDiGraph:
    """The graph of the tables under ``paths`` (options as for :func:`build_corpus`)."""
    return build_corpus(paths, **options).graph
