"""Saved queries, looked up by name, with typed parameters and fixed result columns.

>>> from queries import query                                        # doctest: +SKIP
>>> query(G, "shared-citations", type="Platform")[0]["name"]        # doctest: +SKIP
'学习强安'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, Callable

import networkx as nx

from tiangraph.errors import UsageError

__all__ = ["Param", "SavedQuery", "QUERIES", "register", "get_query", "query", "bind_params"]

Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Param:
    """A query parameter: its name, Python type, default, and whether it is given by position."""

    name: str
    type: type = str
    default: Any = None
    help: str = ""
    required: bool = False
    positional: bool = False
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class SavedQuery:
    """A named question: a networkx form over the embedded graph and a Cypher form for Neo4j."""

    name: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    run: Callable[..., Rows]
    cypher: Callable[..., Rows] | None = None
    sparql: str | None = None
    examples: tuple[str, ...] = field(default_factory=tuple)


QUERIES: dict[str, SavedQuery] = {}


def register(q: SavedQuery) -> SavedQuery:
    """Add a saved query to the registry."""
    QUERIES[q.name] = q
    return q


def get_query(name: str) -> SavedQuery:
    """The saved query called ``name``; an unknown name lists the valid ones."""
    if name not in QUERIES:
        close = difflib.get_close_matches(name, QUERIES, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise UsageError(f"unknown query {name!r}{hint}; valid queries: {', '.join(sorted(QUERIES))}")
    return QUERIES[name]


def _convert(q: SavedQuery, p: Param, value: Any) -> Any:
    if value is None:
        return None
    if p.type is int and not isinstance(value, int):
        try:
            value = int(value)
        except ValueError:
            raise UsageError(f"query {q.name}: parameter {p.name!r} must be a whole number, got {value!r}") from None
    if p.choices and value not in p.choices:
        raise UsageError(f"query {q.name}: parameter {p.name!r} must be one of {', '.join(p.choices)}, got {value!r}")
    return value


def bind_params(q: SavedQuery, given: dict[str, Any]) -> dict[str, Any]:
    """Check names, types and required parameters; fill defaults."""
    known = {p.name: p for p in q.params}
    for key in given:
        if key not in known:
            valid = ", ".join(known) or "none"
            raise UsageError(f"query {q.name}: unknown parameter {key!r}; valid parameters: {valid}")
    bound: dict[str, Any] = {}
    for p in q.params:
        value = _convert(q, p, given.get(p.name, p.default))
        if value is None and p.required:
            raise UsageError(f"query {q.name}: parameter {p.name!r} is required ({p.help})")
        bound[p.name] = value
    return bound


def query(G: nx.MultiDiGraph, name: str, **params: Any) -> Rows:
    """Run a saved query on the embedded graph and return its rows (plain dicts)."""
    from queries.index import index_of

    q = get_query(name)
    bound = bind_params(q, params)
    index_of(G, check=True)
    return q.run(G, **bound)
