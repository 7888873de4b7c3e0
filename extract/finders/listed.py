"""Names listed before 等 and a kind: the kind says what they are.

美团、饿了么等网络订餐平台 lists two platforms, though 美团 is a company elsewhere;
恒隆广场、静安嘉里中心、兴业太古汇等商场 lists three places, though 嘉里中心 ends like a
body's name and 太古汇 like nothing. The kinds and the type each gives are the lexicon's
``list_kind`` rules (平台 → Platform, 商场 → Site). The kind must end its phrase: 等平台企业
lists companies.

A listed name the finders took for a body or a place takes the kind's type. A list item the
finders found nothing in (太古汇), or only a short place inside (the 兴业 of 兴业太古汇), is named
by the kind too, when at least one other item of the list was found whole: then the list is one
of names, not of activities (建设、运营等平台 names nothing). The kind itself, with what describes
it (网络订餐平台), names nothing then.
"""

from __future__ import annotations

import re

from extract.canon import normalise_name
from extract.finders.base import Candidate, Context, is_cjk
from extract.finders.lexicon import trie_pattern
from extract.finders.segment import segment

__all__ = ["retype_listed"]

#: Types a listed name may change from: a body or a place the text calls a platform or a site.
_RETYPED = frozenset(("Unit", "Site", "Platform"))
#: What separates the items of such a list.
_ITEM_MARKS = "、"
#: The longest description between 等 and the kind (等网络订餐平台) and the longest item.
_DESCRIPTION, _ITEM = 6, 10


def retype_listed(text: str, kept: list[Candidate], ctx: Context) -> list[Candidate]:
    """``kept`` (as :func:`extract.mentions.resolve_overlaps` leaves them, left to right) with the
    names of each ``A、B等<kind>`` list given the kind's type, and a platform that is also a
    company's brand (``brand_platform``: 美团) listed with companies taken for the company."""
    kept = _brands_among_companies(text, kept, ctx)
    if "等" not in text and "家" not in text or not kept:
        return kept
    lex = ctx.lexicon
    kinds = lex.words("list_kind")
    units = [kind for kind, type_ in kinds.items() if type_ == "Unit"]
    pattern = lex.derived("listed:pattern", lambda: re.compile(
        "(?:等|(?<=[\u4e00-\u9fff])[一二两三四五六七八九十]家(?=[\u4e00-\u9fff]{0,%d}?(?:%s)))(?P<description>[\u4e00-\u9fff]{0,%d}?)(?P<kind>%s)"
        % (_DESCRIPTION, trie_pattern(units), _DESCRIPTION, trie_pattern(kinds))))  # 美团、哈啰、青桔三家运营企业
    changed = False
    result = list(kept)
    for match in pattern.finditer(text):
        items = _items_before(text, match.start())
        if not items or not _ends_phrase(text, match.end(), ctx):
            continue
        by_end = {c.end: c for c in result}
        named = [by_end[end] for start, end in items if end in by_end and (start is None or by_end[end].start == start)]
        if not named:
            continue  # 建设、运营等平台: a list of activities
        type_ = kinds[match.group("kind")]
        phrase = (match.start("description"), match.end())
        generic = [c for c in result if (c.start, c.end) == phrase]
        for c in generic:  # 等网络订餐平台: the kind the names are of, none itself
            result.remove(c)
            changed = True
        for found in named:
            if found.type != type_ and found.type in _RETYPED and not (type_ == "Unit" and found.type == "Site"):  # 合肥、芜湖等地企业
                result[result.index(found)] = _as(found, type_, text, ctx)
                changed = True
        for start, end in items:
            if start is None or type_ == "Unit" or any(c.start == start and c.end == end for c in named):
                continue  # a company the finders did not know is not named by its list (北仑区、…等企业)
            near = [c for c in result if c.start < end and start < c.end]
            if any(c.start < start or c.end > end or c.type != "Site" or c.end - c.start > 3 for c in near):
                continue  # a name of its own crosses or fills the item: leave it
            for c in near:
                result.remove(c)
            result.append(Candidate(type_, ctx.aliases.canonical(type_, normalise_name(text[start:end])), start, end,
                                    "listed:" + match.group("kind"), 1))
            changed = True
    return sorted(result, key=lambda c: (c.start, c.end, c.type, c.name)) if changed else kept


def _brands_among_companies(text: str, kept: list[Candidate], ctx: Context) -> list[Candidate]:
    """联合腾讯、美团、滴滴出行和海康威视开展试点: 美团 is a platform (在美团上架), but listed
    next to companies it is the company."""
    brands = ctx.lexicon.words("brand_platform")
    if not any(c.type == "Platform" and c.name in brands for c in kept):
        return kept
    result = list(kept)
    changed = True
    while changed:
        changed = False
        for i, c in enumerate(result):
            if c.type != "Platform" or c.name not in brands:
                continue
            neighbours = [n for n in (result[i - 1] if i else None, result[i + 1] if i + 1 < len(result) else None)
                          if n is not None and n.type == "Unit" and (n.end + 1 == c.start and text[n.end] in "、和与及"
                                                                     or c.end + 1 == n.start and text[c.end] in "、和与及")]
            if neighbours:
                result[i] = Candidate("Unit", c.name, c.start, c.end, c.rule, c.priority)
                changed = True
    return result


def _as(candidate: Candidate, type_: str, text: str, ctx: Context) -> Candidate:
    surface = normalise_name(text[candidate.start : candidate.end])
    return Candidate(type_, ctx.aliases.canonical(type_, surface), candidate.start, candidate.end, candidate.rule, candidate.priority)


def _ends_phrase(text: str, end: int, ctx: Context) -> bool:
    """Nothing of a longer noun after the kind: a mark, the end, or a stop word (督促, 建立)."""
    if end >= len(text) or not is_cjk(text[end]):
        return True
    following = segment(text[end : end + 4])
    return bool(following) and following[0] in ctx.lexicon.words("stop")


def _items_before(text: str, position: int) -> list[tuple[int | None, int]]:
    """The spans of the items of a 、 list ending at ``position``, the last item first; the first
    item's start is None (the words before it run on: 约谈美团). [] when there is no list."""
    items: list[tuple[int | None, int]] = []
    end = position
    while True:
        start = end
        while start > 0 and is_cjk(text[start - 1]) and end - start < _ITEM:
            start -= 1
        if start < end and start > 0 and text[start - 1] in _ITEM_MARKS:
            items.append((start, end))
            end = start - 1
            continue
        if start < end:
            items.append((None, end))
        break
    return items if len(items) >= 2 else []
