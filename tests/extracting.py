"""What the extraction tests share: mentions of one sentence, checked against their offsets."""

from __future__ import annotations

from extract.finders import Context
from extract.mentions import extract_text


def found(text: str, owner: str, aliases, home: str = "") -> set[tuple[str, str]]:
    """(type, name) of every mention kept in ``text`` of a table owned by ``owner``."""
    kept = extract_text(text, Context(owner, aliases, home=home))
    for candidate, surface, _ in kept:
        assert text[candidate.start : candidate.end] == surface
    return {(c.type, c.name) for c, _, _ in kept}


def of_type(text: str, owner: str, aliases, type_: str, home: str = "") -> set[str]:
    """Names of the mentions of one type."""
    return {name for t, name in found(text, owner, aliases, home) if t == type_}
