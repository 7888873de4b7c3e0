"""Saved queries over the graph: ``query(G, "shared-citations", type="Platform")``.

>>> sorted(QUERIES)[:3]
['case-profile', 'cases-citing', 'connect']
"""

from __future__ import annotations

from queries import saved as _saved  # noqa: F401  (registers the saved queries)
from queries.graphview import resolve
from queries.registry import QUERIES, Param, SavedQuery, bind_params, get_query, query, register

__all__ = ["QUERIES", "Param", "SavedQuery", "bind_params", "get_query", "query", "register", "resolve"]
