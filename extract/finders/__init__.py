"""Finders: one per entity type, each ``(text, ctx) -> list[Candidate]`` on folded text.

>>> sorted(FINDERS)
['Document', 'Framework', 'Person', 'Platform', 'Site', 'Unit']
"""

from __future__ import annotations

from extract.finders.base import Candidate, Context, Finder
from extract.finders.document import find_documents
from extract.finders.framework import find_frameworks
from extract.finders.person import find_persons
from extract.finders.platform import find_platforms
from extract.finders.site import find_sites
from extract.finders.unit import find_units

__all__ = ["FINDERS", "Candidate", "Context", "Finder", "find_all"]

#: The finder of each entity type, by type name.
FINDERS: dict[str, Finder] = {
    "Document": find_documents,
    "Framework": find_frameworks,
    "Platform": find_platforms,
    "Unit": find_units,
    "Site": find_sites,
    "Person": find_persons,
}


def find_all(text: str, ctx: Context) -> list[Candidate]:
    """Every candidate of every type, overlapping ones included."""
    return [candidate for finder in FINDERS.values() for candidate in finder(text, ctx)]
