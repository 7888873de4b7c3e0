"""Platforms: named IT systems, databases, platforms and apps.

A name ends in a platform suffix (系统, 平台, 数据库, APP, 小程序 …) and starts after the
last verb, preposition or determiner before it (建设, 依托, 各类 …). A quoted name
followed by APP or 平台 is the quoted part alone (“学习强安”APP → 学习强安). Names made
only of generic words (信息化系统, 各类系统平台) are dropped.

>>> from extract.canon import AliasRegistry
>>> ctx = Context("市应急管理局", AliasRegistry())
>>> [c.name for c in find_platforms("依托“学习强安”APP，建设城市公共安全风险分级管控系统和相关系统", ctx)]
['学习强安', '城市公共安全风险分级管控系统']
"""

from __future__ import annotations

import re

from extract.canon import normalise_name
from extract.finders.base import Candidate, Context, left_boundary
from extract.finders.dictionary import dictionary_matches
from extract.finders.framework import is_framework_shape, quoted
from extract.finders.lexicon import Lexicon, contains_word_at, suffix_regex, tokenizer

__all__ = ["find_platforms", "is_generic_name"]


def _suffix_regex(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    return suffix_regex(suffixes)


def is_generic_name(name: str, suffix: str, type_: str, lex: Lexicon) -> bool:
    """True when a name says only what kind of thing it is (信息化系统, 科研机构, 产业园区)."""
    if name in lex.generic(type_) or len(name) - len(suffix) < 2:
        return True
    stem = name[: len(name) - len(suffix)]
    if re.fullmatch(r"[A-Za-z0-9]+", stem):
        return True  # GIS系统, SCADA系统: a technology, not a named system
    generic = lex.words("generic_word")
    return all(token in generic for token in tokenizer().lcut(stem, HMM=False))


def find_platforms(text: str, ctx: Context) -> list[Candidate]:
    """Quoted platform names and names ending in a platform suffix."""
    lex = ctx.lexicon
    found = _quoted_platforms(text, ctx)
    found += [Candidate("Platform", m.entry.name, m.start, m.end, m.entry.rule, 2)
              for m in dictionary_matches(text, ctx) if m.entry.label == "Platform"]
    taken = {(c.start, c.end) for c in found}
    taken |= {(start, end) for start, end, content in quoted(text) if is_framework_shape(content, lex)}
    suffixes = tuple(lex.words("platform_suffix"))
    floor = 0
    for match in _suffix_regex(suffixes).finditer(text):
        start, end = match.span()
        if contains_word_at(text, start, end, lex.words("not_platform")) or _inside(taken, start, end):
            floor = end
            continue
        if start == floor and floor and match.group() == "平台":  # 系统平台, APP平台: one name
            continue
        begin = max(left_boundary(text, start, ctx, max_chars=24, max_tokens=10, join_unless=suffixes), floor)
        name = normalise_name(text[begin:end])
        if _is_category(text, begin, ctx) or _is_description(text, name, end, ctx) or is_generic_name(name, match.group(), "Platform", lex):
            continue
        if ctx.aliases.get("Unit", name[: len(name) - len(match.group())]):
            continue  # 高交会平台: an organisation used as a platform
        floor = end
        found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), begin, end, "platform:suffix", 1))
        found.extend(_coordinated(text, begin, match.group(), ctx))
    return found


def _coordinated(text: str, begin: int, suffix: str, ctx: Context) -> list[Candidate]:
    """建设宣传教育、监管执法、联合指挥平台: each listed item shares the suffix."""
    items, cursor = [], begin
    while cursor > 0 and text[cursor - 1] == "、":
        start = left_boundary(text, cursor - 1, ctx, max_chars=6, max_tokens=3)
        item = text[start : cursor - 1]
        if start >= cursor - 2 or start > 0 and text[start - 1] == "等" or item.endswith(tuple(ctx.lexicon.words("platform_suffix"))):
            return []
        items.append((start, cursor - 1))
        cursor = start
    if not items or cursor == 0 or text[cursor - 1] in "，,。；;（(":
        return []  # a list must follow a verb: 建设A、B、C平台
    lex = ctx.lexicon
    return [Candidate("Platform", normalise_name(text[s:e]) + suffix, s, e, "platform:coordinated", 1)
            for s, e in reversed(items) if not is_generic_name(normalise_name(text[s:e]) + suffix, suffix, "Platform", lex)]


def _is_category(text: str, begin: int, ctx: Context) -> bool:
    """A name right after 等 or 类似 names a category (水文、海洋等监测平台, 类似ETC收费系统)."""
    return text[max(0, begin - 4) : begin].endswith(tuple(ctx.lexicon.words("category_marker")))


def _is_description(text: str, name: str, end: int, ctx: Context) -> bool:
    """A description rather than a name: 智能监测监控系统, or 监测预警系统建设 (building of a kind)."""
    return name.startswith(tuple(ctx.lexicon.words("descriptive"))) or text.startswith("建设", end)


def _inside(spans: set[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quoted_platforms(text: str, ctx: Context) -> list[Candidate]:
    """“名称”APP / “名称”平台, and quoted names that end in a platform suffix."""
    suffixes = ctx.lexicon.words("platform_suffix")
    found = []
    for start, end, content in quoted(text):
        after = _suffix_regex(tuple(suffixes)).match(text, end)
        name = normalise_name(content)
        if is_framework_shape(name, ctx.lexicon):
            continue
        if after and len(name) >= 2:
            stop = after.end()
            while (more := _suffix_regex(tuple(suffixes)).match(text, stop)) is not None:
                stop = more.end()  # “学习强安”APP平台
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), start, stop, "platform:quoted-suffix", 2))
        elif any(name.endswith(s) for s in suffixes) and not any(name == s for s in suffixes):
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), start, end, "platform:quoted", 2))
    return found
