"""The graph's vocabulary: node types, edge types and deterministic node ids, named once.

Every other module (build, exporters, RDF, Neo4j, queries, pages) takes its labels and
relationship types from here, so a label can never come from user data.

>>> node_id(PLATFORM, "学习强安")
'platform:学习强安'
>>> node_id(CASE, "20210099")
'case:20210099'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "COLLECTION", "CASE", "SUGGESTION", "UNIT", "PERSON", "DOCUMENT", "FRAMEWORK", "PLATFORM", "SITE",
    "NODE_TYPES", "ENTITY_TYPES",
    "PROPOSED_BY", "LEAD_UNIT", "CO_UNIT", "HAS_SUGGESTION", "MENTIONS", "IN_COLLECTION", "OWNED_BY",
    "EDGE_TYPES", "EDGE_ENDS", "EVIDENCE_KEYS", "TYPE_STYLE",
    "node_id", "suggestion_id", "collection_id", "normalise_key", "check_label",
]

COLLECTION = "Collection"
CASE = "Case"
SUGGESTION = "Suggestion"
UNIT = "Unit"
PERSON = "Person"
DOCUMENT = "Document"
FRAMEWORK = "Framework"
PLATFORM = "Platform"
SITE = "Site"

#: Entity types found in the text (the extractors' ``Mention.type``).
ENTITY_TYPES: tuple[str, ...] = (UNIT, DOCUMENT, FRAMEWORK, PLATFORM, SITE, PERSON)
NODE_TYPES: tuple[str, ...] = (COLLECTION, CASE, SUGGESTION, *ENTITY_TYPES)

PROPOSED_BY = "PROPOSED_BY"        # Case → Person | Unit
LEAD_UNIT = "LEAD_UNIT"            # Case → Unit (承办/主办)
CO_UNIT = "CO_UNIT"                # Case → Unit (分办/会办)
HAS_SUGGESTION = "HAS_SUGGESTION"  # Case → Suggestion
MENTIONS = "MENTIONS"              # Suggestion | Case (title) → entity, with evidence
IN_COLLECTION = "IN_COLLECTION"    # Suggestion → Collection (the table that reported it)
OWNED_BY = "OWNED_BY"              # Collection → Unit (the bureau that keeps the table)

EDGE_TYPES: tuple[str, ...] = (PROPOSED_BY, LEAD_UNIT, CO_UNIT, HAS_SUGGESTION, MENTIONS, IN_COLLECTION, OWNED_BY)

#: Allowed (source type, target type) pairs per edge type.
EDGE_ENDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    PROPOSED_BY: ((CASE,), (PERSON, UNIT)),
    LEAD_UNIT: ((CASE,), (UNIT,)),
    CO_UNIT: ((CASE,), (UNIT,)),
    HAS_SUGGESTION: ((CASE,), (SUGGESTION,)),
    MENTIONS: ((CASE, SUGGESTION), ENTITY_TYPES),
    IN_COLLECTION: ((SUGGESTION,), (COLLECTION,)),
    OWNED_BY: ((COLLECTION,), (UNIT,)),
}

#: Attributes every MENTIONS edge carries.
EVIDENCE_KEYS: tuple[str, ...] = ("case", "suggestion", "field", "sentence", "start", "end", "text", "rule", "file")

#: Colour and shape of each node type in pages and exports that draw.
TYPE_STYLE: dict[str, dict[str, str]] = {
    CASE: {"color": "#1f77b4", "shape": "box"},
    SUGGESTION: {"color": "#aec7e8", "shape": "dot"},
    UNIT: {"color": "#ff7f0e", "shape": "ellipse"},
    PERSON: {"color": "#9467bd", "shape": "ellipse"},
    DOCUMENT: {"color": "#2ca02c", "shape": "box"},
    FRAMEWORK: {"color": "#d62728", "shape": "diamond"},
    PLATFORM: {"color": "#17becf", "shape": "hexagon"},
    SITE: {"color": "#8c564b", "shape": "triangle"},
    COLLECTION: {"color": "#7f7f7f", "shape": "database"},
}


@lru_cache(maxsize=1 << 16)
def normalise_key(name: str) -> str:
    """The key part of an id: NFKC, inner white space removed, ASCII letters lower-cased."""
    key = unicodedata.normalize("NFKC", name)
    key = _SPACES.sub("", key)
    return key.translate(_ASCII_LOWER)


#: White space, compiled once (``re.sub`` would look its pattern up in re's cache at every call).
_SPACES = re.compile(r"\s+")
#: A-Z → a-z and nothing else (str.lower would fold Greek or Cyrillic capitals too).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def check_label(label: str) -> str:
    """``label`` when it is a node type of the schema; ValueError otherwise."""
    if label not in NODE_TYPES:
        raise ValueError(f"unknown node type {label!r}; valid: {', '.join(NODE_TYPES)}")
    return label


#: Each node type's id prefix, lower-cased once: ids are made for every case, entity and mention's owner.
_ID_PREFIX: dict[str, str] = {label: label.lower() for label in NODE_TYPES}


def node_id(type_: str, name: str) -> str:
    """The deterministic id of a node: its type and normalised name (or case number)."""
    try:
        prefix = _ID_PREFIX[type_]
    except (KeyError, TypeError):  # not a node type: check_label says so
        prefix = check_label(type_).lower()
    return f"{prefix}:{normalise_key(name)}"


def collection_id(unit: str, year: int | None, title: str) -> str:
    """A table's id from its own metadata, so its .docx and .txt forms give the same id."""
    return node_id(COLLECTION, f"{unit or '未知单位'}/{year or '----'}/{title}")


def suggestion_id(case: str, no: int, collection: str) -> str:
    """A suggestion's id: its case, its number, and the table that reported it."""
    return f"suggestion:{normalise_key(case)}/{no}@{collection.split(':', 1)[1]}"
