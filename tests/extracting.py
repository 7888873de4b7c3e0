"""What the extraction tests share: mentions of one sentence, checked against their offsets."""

from __future__ import annotations

from extract import Case, ProposalTable, Suggestion
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


def table(owner: str, completed: list[str], co_units: list[str] = ()) -> ProposalTable:
    """A table of ``owner`` with one case a text, each the completed work of its one suggestion."""
    cases = [Case(f"2023{n:04d}", 2023, "关于加强城市安全的建议", "张三", "person", [owner], list(co_units),
                  [Suggestion(1, "建议加强管理", completed=text)]) for n, text in enumerate(completed, 1)]
    return ProposalTable(path="t.txt", unit=owner, cases=cases)


def names(mentions, type_: str) -> set[str]:
    """Names of the mentions of one type."""
    return {m.name for m in mentions if m.type == type_}


def table_mentions(owner: str, completed: list[str], co_units: list[str] = (), aliases=None) -> list:
    """Every mention of :func:`table` read whole, with the table-level folds (short names, defined names)."""
    from extract import extract_table

    return extract_table(table(owner, completed, co_units), aliases=aliases)
