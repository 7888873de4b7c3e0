"""Canonical names for the structured columns (第一提案人, 承办/主办, 分办/会办).

These cells are parsed, not searched; their names still fold through the alias registry
so that 市规自局 in a co-handling column and in the progress text is one unit.
"""

from __future__ import annotations

import os
from typing import Callable, Iterable

from extract.canon import shared_aliases, to_simplified

__all__ = ["unit_namer", "SELF_REFERENCES"]

#: Words that, in a unit column, mean the table's own unit.
SELF_REFERENCES = frozenset({"我局", "本局", "局", "我委", "本委", "我办", "本办"})


def unit_namer(alias_paths: Iterable[str | os.PathLike[str]] = ()) -> Callable[[str, str], str]:
    """A function ``(written name, owning unit) → canonical unit name``.

    >>> unit_namer()("市规自局", "市应急管理局"), unit_namer()("本局", "市应急管理局")
    ('市规划和自然资源局', '市应急管理局')
    """
    registry = shared_aliases(alias_paths)

    def name(written: str, owner: str) -> str:
        text = to_simplified(written.strip())
        if text in SELF_REFERENCES and owner:
            text = to_simplified(owner.strip())
        return registry.canonical("Unit", text)

    return name
