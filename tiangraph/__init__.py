"""tiangraph (提案图谱): proposal-handling tables → a knowledge graph.

The public API is loaded lazily so that the layers below (extract, graph) can import
:mod:`tiangraph.errors` without a cycle.

>>> import tiangraph
>>> table = tiangraph.read_proposals("table.docx")          # doctest: +SKIP
>>> G = tiangraph.build_graph(["table.docx"])                 # doctest: +SKIP
>>> tiangraph.query(G, "shared-citations", type="Platform")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_API = {
    "read_proposals": "extract.readers",
    "extract_table": "extract",
    "build_graph": "graph",
    "read_graph": "graph",
    "write_graph": "graph",
    "query": "queries",
    "TiangraphError": "tiangraph.errors",
    "InputError": "tiangraph.errors",
}

__all__ = sorted(_API) + ["__version__"]


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(import_module(_API[name]), name)
    raise AttributeError(f"module 'tiangraph' has no attribute {name!r}")
