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

A list says what its items are without a kind too (:func:`name_listed_siblings`): an item nothing
was found in, listed between places found whole (外滩、北外滩、十六铺), is a place when its words
may name one.
"""

from __future__ import annotations

import re

from extract.canon import normalise_name
from extract.finders.base import Candidate, Context, is_cjk
from extract.finders.lexicon import Lexicon, trie_pattern, word_tuple
from extract.finders.segment import segment, word_tag

__all__ = ["name_listed_siblings", "retype_listed"]

#: Types a listed name may change from: a body or a place the text calls a platform or a site.
_RETYPED = frozenset(("Unit", "Site", "Platform"))
#: What separates the items of such a list.
_ITEM_MARKS = "、"
#: The last characters of a division's full name (惠安县, 晋江市).
_DIVISION_ENDS = frozenset("省市区县旗盟州镇乡")
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
            if len(near) >= 2 and (text[near[0].end - 1] in _DIVISION_ENDS or near[0].name[-1] in _DIVISION_ENDS):
                continue  # 惠安县大岞村、晋江市围头湾等景区: places written together, each found (not 兴业|太古汇; 鄠邑|两区对翠华山 too)
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



#: A stretch between marks other than 、: a run of items joined by list marks when it holds one (the
#: first item holds what leads into the list, the last what follows it). Found stretch by stretch in
#: one pass: a pattern for the run itself would try each start of a long stretch with no 、 again.
_SIBLING_RUN = re.compile(r"[^，,。；;：:\s（）()“”《》【】\[\]]+")
#: The longest name a list vouches for.
_SIBLING = 7
#: jieba's tags of words that end no place's name: verbs, idioms, adverbs, particles, numerals,
#: conjunctions, prepositions, directions (清淤疏浚, 优势互补, 汛后, 一带).
_NOT_PLACE_END = frozenset(("v", "vn", "i", "l", "d", "ad", "uj", "ul", "m", "c", "p", "f"))
#: Tags of proper names and places (and of words jieba tags not): a name of one word jieba knows
#: must have one of them; a name of several words may end in a place word (``s``) too.
_PROPER = frozenset(("ns", "nr", "nz", "nrt", ""))
#: Where an item is none of the list's (its mark says the item is another kind, or a count).
_ITEM_HELD, _ITEM_FOUND = "held", "found"


def name_listed_siblings(text: str, kept: list[Candidate], ctx: Context) -> list[Candidate]:
    """``kept`` with the items of a 、 list the finders found nothing in named as places, when as
    many items of the same list or more are places found whole: 对外滩、北外滩、十六铺等岸段;
    在断桥、白堤、湖滨路步行街; 饮马河、伊通河、雾开河堤防.

    An item is found whole when a place fills it (the first item: ends it; the last: starts it).
    An item holding a name of another kind or a part of one breaks the list there (寿县调拨冲锋舟、
    救生衣2万件: two lists, the second of no place). The first item is the words after a word of
    place (``sibling_lead``: 在, 对 …); the last ends at a follower (``sibling_follower``: 等, 周边 …),
    or is short, or ends before its first verb, count or direction (府河、滠水|治理纳入规划). A name must be one of Chinese characters, two to seven, in no list of common words,
    and end in no verb or count (:func:`_names_a_place`).

    >>> from extract.canon import AliasRegistry
    >>> from extract.finders.base import Candidate
    >>> ctx = Context("上海市应急管理局", AliasRegistry())
    >>> text = "对外滩、北外滩、十六铺等岸段加固"
    >>> kept = [Candidate("Site", "外滩", 1, 3, "r", 1), Candidate("Site", "北外滩", 4, 7, "r", 1)]
    >>> [c.name for c in name_listed_siblings(text, kept, ctx)]
    ['外滩', '北外滩', '十六铺']
    >>> [c.name for c in name_listed_siblings("向阜南县、霍邱县调拨冲锋舟、救生衣等物资", kept[:0] + [
    ...     Candidate("Site", "阜南县", 1, 4, "r", 1), Candidate("Site", "霍邱县", 5, 8, "r", 1)], ctx)]
    ['阜南县', '霍邱县']
    """
    if "、" not in text or not any(c.type == "Site" for c in kept):
        return kept
    lex = ctx.lexicon
    added: list[Candidate] = []
    sites = [(c.start, c.end) for c in kept if c.type == "Site"]
    for run in _SIBLING_RUN.finditer(text):
        if "、" not in run.group().strip("、") or not any(s < run.end() and run.start() < e for s, e in sites):
            continue  # no list, or a list of no place found (市发展改革委、市财政局): nothing to vouch for its items
        items: list[tuple[int, int]] = []
        position = run.start()
        for part in run.group().split("、"):
            items.append((position, position + len(part)))
            position += len(part) + 1
        stretch: list[tuple[int, int]] = []  # the empty items of a stretch of items between breaks
        found, shared = 0, ""  # the places found whole in it, and the stem of a last one whose kind the items may share
        for index, (start, end) in enumerate(items + [(-1, -1)]):
            item = _sibling_item(text, index, len(items), start, end, kept, lex) if start >= 0 else _ITEM_HELD
            if isinstance(item, tuple):
                stretch.append(item)
                continue
            if item == _ITEM_FOUND:
                found += 1
                shared = _stem_before_kind(text, start, kept, lex) if index == len(items) - 1 else ""
                continue
            if start >= 0 and any(c.type == "Site" and c.start == start for c in kept):
                found, shared = found + 1, ""  # 书院门、三学街等历史街区开展…: a place opens the item that ends the stretch
            empty, stretch = stretch, []
            # 康山、珠湖、黄湖蓄滞洪区: a last place alone may share its kind (蓄滞洪区) with the items before it, which
            # end as its stem does (珠湖, 黄湖); 宋都御街、清明上河园、龙亭公园 share none
            alone = found == 1 and bool(shared) and any(text[e - 1] == shared[-1] or not _has_kind(text[s:e], lex) for s, e in empty)
            vouched = found >= max(1, len(empty)) and not alone
            # 住建局对回民街、北院门、书院门: a place that ends the item opens the next stretch
            found, shared = int(start >= 0 and any(c.type == "Site" and c.end == end for c in kept)), ""
            if vouched:
                for s, e in empty:
                    if _names_a_place(text[s:e], lex) and not _done_to_each(text, s, e, kept):
                        name = ctx.aliases.canonical("Site", normalise_name(text[s:e]))
                        added.append(Candidate("Site", name, s, e, "site:listed-sibling", 1))
    if not added:
        return kept
    return sorted(kept + added, key=lambda c: (c.start, c.end, c.type, c.name))


def _has_kind(name: str, lex: Lexicon) -> bool:
    """Whether a name ends in a kind of place of its own (宋都御街, 清明上河园), and so shares none."""
    return name.endswith(word_tuple(lex, "site_suffix"))


def _stem_before_kind(text: str, start: int, kept: list[Candidate], lex: Lexicon) -> str:
    """The stem of the place that opens the item at ``start`` when it ends in a kind of two characters
    or more (黄湖 of 黄湖蓄滞洪区, 落雁 of 落雁景区), which the items listed before it may share; or ""."""
    kinds = lex.derived("listed:long-kinds", lambda: tuple(sorted((k for k in lex.words("site_suffix") if len(k) >= 2), key=len, reverse=True)))
    for c in kept:
        if c.type == "Site" and c.start == start and c.name.endswith(kinds):
            kind = next(k for k in kinds if c.name.endswith(k))  # the longest
            if len(c.name) > len(kind):
                return c.name[: len(c.name) - len(kind)]
    return ""


def _sibling_item(text: str, index: int, count: int, start: int, end: int, kept: list[Candidate],
                  lex: Lexicon) -> str | tuple[int, int]:
    """What item ``index`` of ``count`` at ``[start, end)`` is: a place found whole (``_ITEM_FOUND``),
    held by a name of another kind or part of one (``_ITEM_HELD``), or empty: then the span a name there would have."""
    near = [c for c in kept if c.start < end and start < c.end]
    if any(c.type == "Site" and (index == 0 or c.start == start) and (index == count - 1 or c.end == end) for c in near):
        return _ITEM_FOUND
    if near:
        return _ITEM_HELD
    if index == 0:
        after = max((text.rfind(word, start, end - 1) + len(word) for word in lex.words("sibling_lead")
                     if text.rfind(word, start, end - 1) >= 0), default=-1)
        return (after, end) if after >= 0 else _ITEM_HELD
    if index == count - 1:
        cuts = [text.find(word, start + 2, end) for word in lex.words("sibling_follower")]
        cut = min((c for c in cuts if c >= 0), default=-1)
        if cut >= 0:
            return (start, cut)
        if end - start <= _SIBLING:
            return (start, end)
        words, reach = segment(text[start:end]), start
        for number, word in enumerate(words):
            if number and (word_tag(word) in _NOT_PLACE_END or word_tag(word) == "s"):
                return (start, reach) if reach - start >= 2 else _ITEM_HELD
            reach += len(word)
        return _ITEM_HELD
    return (start, end)


#: Characters that open many places' names of two characters (东湖、东山 are two places).
_NAME_OPENINGS = frozenset("东西南北中上下大小新老")


def _done_to_each(text: str, start: int, end: int, kept: list[Candidate]) -> bool:
    """A name of two characters whose first opens the place of two characters listed next to it
    too: one verb done to each (推进治河、治湖), no two places."""
    if end - start != 2 or text[start] in _NAME_OPENINGS:
        return False
    return any(c.end - c.start == 2 and text[c.start] == text[start] and (c.end == start - 1 or c.start == end + 1) for c in kept)


def _names_a_place(name: str, lex: Lexicon) -> bool:
    """Whether a list item nothing was found in may be a place: Chinese characters, two to seven;
    no common word of the lexicon; no word of following (沿线) inside; a last word that is no verb,
    count or direction; one word jieba knows only when a proper name (栈桥 is a thing); several
    words only when the last is one character, a proper name or a place's kind (雾|开河, 十六|铺, 万|绿园 ·
    家具|制造, 供热|设施: no place).

    >>> from extract.finders.lexicon import load_lexicon
    >>> [_names_a_place(n, load_lexicon()) for n in ("雾开河", "十六铺", "冲锋舟", "清淤疏浚", "救生衣2万件", "供热设施")]
    [True, True, False, False, False, False]
    """
    if not 2 <= len(name) <= _SIBLING or not all(is_cjk(char) for char in name) or "沿" in name or name[-1] in "和与及的":
        return False  # (漳河堤防和…: a joiner ends no name)
    if any(name in lex.words(kind) for kind in ("stop", "generic_name", "generic_word", "not_site")):
        return False
    words = segment(name)
    tag = word_tag(words[-1])
    if tag in _NOT_PLACE_END:
        return False
    if len(words) == 1:
        return tag in _PROPER or len(name) == 2 and tag != "n"
    return len(words[-1]) == 1 or tag in _PROPER or tag == "s" or _has_kind(name, lex) \
        or name[-1] in lex.words("landmark_char")  # 北|院门: a gate, a tower, a hall …
