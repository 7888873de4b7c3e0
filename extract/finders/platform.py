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
from extract.finders.base import COUNT_AFTER, Candidate, after_joined, starts_with_full_place, starts_with_place, Context, is_cjk, is_everyday_verb, is_full_place, left_boundary
from extract.finders.dictionary import dictionary_hits, division_name
from extract.finders.framework import app_follows, field_quotes, is_framework_shape
from extract.finders.lexicon import Lexicon, contains_word_at, suffix_regex, word_tuple, words_across
from extract.finders.segment import segment, word_edges, word_tag

__all__ = ["find_platforms", "is_generic_name"]


def _suffix_regex(suffixes: dict[str, str]) -> re.Pattern[str]:
    return suffix_regex(suffixes)


def _suffix_tuple(lex: Lexicon) -> tuple[str, ...]:
    return lex.derived("platform:suffix-tuple", lambda: tuple(lex.words("platform_suffix")))


def is_generic_name(name: str, suffix: str, type_: str, lex: Lexicon) -> bool:
    """True when a name says only what kind of thing it is (信息化系统, 科研机构, 产业园区)."""
    return lex.remember("platform:generic-names", _is_generic, name, suffix, type_)


def _is_generic(name: str, suffix: str, type_: str, lex: Lexicon) -> bool:
    if name in lex.generic(type_) or len(name) - len(suffix) < 2:
        return True
    stem = name[: len(name) - len(suffix)]
    if re.fullmatch(r"[A-Za-z0-9]+", stem):
        return True  # GIS系统, SCADA系统: a technology, not a named system
    generic = lex.words("generic_word")
    tokens = segment(stem)
    if all(token in generic for token in tokens):
        return True
    if type_ != "Unit":
        return False  # (政府数据开放平台 names the government's own system)
    kinds, rest = lex.generic(type_), name  # 山区乡镇卫生院: generic words before a body's generic name
    for token in tokens[:-1]:
        if token not in generic:
            return False
        rest = rest[len(token) :]
        if rest in kinds:
            return True
    return False


def _before_inner_paren(text: str, begin: int, ctx: Context) -> int:
    """江苏省化工园区(集中区)安全风险智能化管控平台: a short bracketed qualifier inside a system's
    name, which ended the boundary search; the name starts before it."""
    if begin < 3 or text[begin - 1] not in ")）":
        return begin
    opening = max(text.rfind("(", max(0, begin - 9), begin - 1), text.rfind("（", max(0, begin - 9), begin - 1))
    if opening < 1 or not is_cjk(text[opening - 1]) or not all(is_cjk(c) for c in text[opening + 1 : begin - 1]):
        return begin
    lead = left_boundary(text, opening, ctx, max_chars=12, max_tokens=6)
    return lead if lead < opening and not all(c in "省市区县乡镇村" for c in text[lead:opening]) else begin  # 区县(市)平台: levels, no name


def _government_portals(text: str, ctx: Context) -> list[Candidate]:
    """宝安政府在线, 大鹏新区政府在线: a place's government portal, named by the place written right
    before the portal's word (``portal_word``: 政府在线); 数字政府在线服务 names none."""
    found = []
    for word in ctx.lexicon.words("portal_word"):
        at = text.find(word)
        while at >= 0:
            place = _place_before(text, at, ctx)
            if place >= 0:
                found.append(Candidate("Platform", normalise_name(text[place : at + len(word)]), place, at + len(word), "platform:portal", 2))
            at = text.find(word, at + len(word))
    return found


def find_platforms(text: str, ctx: Context) -> list[Candidate]:
    """Quoted platform names and names ending in a platform suffix."""
    lex = ctx.lexicon
    found = _quoted_platforms(text, ctx) + _government_portals(text, ctx)
    for m in dictionary_hits(text, ctx, "Platform"):
        region = _REGIONAL.search(text, max(0, m.start - 10), m.start)
        if region is not None and region.end() == m.start and m.entry.name.startswith("中国"):
            # 中国（云南）国际贸易单一窗口: the nation's system for one region, named with it
            found.append(Candidate("Platform", normalise_name(text[region.start() : m.end]), region.start(), m.end, m.entry.rule, 2))
        elif m.entry.name in lex.words("platform_placed") and (place := _place_before(text, m.start, ctx)) >= 0:
            # 郑州城市大脑, 包河区城市大脑: a city's own system of a kind every city builds, named with the city
            found.append(Candidate("Platform", normalise_name(text[place : m.end]), place, m.end, m.entry.rule, 2))
        elif m.entry.name in lex.words("account_host") and text[max(0, m.start - 2) : m.start] in lex.words("account_qualifier"):
            continue  # “常州住建”官方微博, 政务微博: a body's own account on the host (``account_qualifier``), not the host named
        else:
            found.append(Candidate("Platform", m.entry.name, m.start, m.end, m.entry.rule, 2))
    suffixes = lex.words("platform_suffix")
    matches = list(_suffix_regex(suffixes).finditer(text))
    if not matches:
        return found  # no name ends in a platform's kind: one scan in C
    taken = {(c.start, c.end) for c in found}
    taken |= {(start, end) for start, end, content in field_quotes(text, ctx) if is_framework_shape(content, lex)}
    joined = lex.derived("platform:suffixes", lambda: tuple(suffixes) + tuple(lex.words("unit_suffix")))  # 中心与…系统: two names
    floor, kinds = 0, []  # kinds: spans of type names (GIS系统, 智能巡查系统) that end no name
    for match in matches:
        start, end = match.span()
        if _not_platform(text, start, end, lex) or _inside(taken, start, end) \
                or text[end - 1] == "网" and text[end : end + 1] in _NET_WORDS:
            floor = end  # 划分城管网格: the 网 of a site's kind (城管网) opens another word (网格, 网络, 网点)
            continue
        if start == floor and floor and match.group() == "平台":  # 系统平台, APP平台: one name
            continue
        head = start - next((len(w) for w in lex.words("platform_last_word") if text.endswith(w, 0, start)), 0)
        # 信息归集平台: a word that stops names elsewhere (归集至…) ends this one's words (``platform_last_word``)
        begin = max(left_boundary(text, head, ctx, max_chars=24, max_tokens=10, allow=_DIGITS, join_unless=joined, place_words=True), floor)
        if begin == start and (glued := _glued_head(text, start, end)) < start:  # 预|警报系统: jieba glued the suffix to the word before it
            begin = max(left_boundary(text, glued, ctx, max_chars=24, max_tokens=10, allow=_DIGITS, join_unless=joined, place_words=True), floor)
        begin = _before_inner_paren(text, begin, ctx)
        begin = after_joined(text, _scoped(text, _past_count(text, begin, start), ctx), start, ctx)
        begin = _after_body(text, begin, start, ctx)
        begin = _past_self(text, begin, start, ctx)  # 我局柳州市安全生产隐患排查治理信息系统 → 柳州市…信息系统
        begin = _past_verb_to_place(text, begin, start, ctx)  # 天津市共享河北省…系统 → 河北省…系统
        begin = next((m.end for m in dictionary_hits(text, ctx, "Platform") if m.start < begin < m.end <= start), begin)  # 饿了么|外卖平台
        if text[start - 1 : start] == "子" or match.group().startswith("子"):
            parent = max((at + 2 for word in ("平台", "系统") if (at := text.rfind(word, begin, start - 3)) >= 0), default=-1)
            if parent - begin >= 4:
                end = parent  # 深圳市智慧水务一体化平台排水子系统: a subsystem is named by the platform it is part of
        name = normalise_name(text[begin:end])
        if _is_category(text, begin, ctx) or _shares_level(text, begin, ctx):
            continue
        count = COUNT_AFTER.match(text, end)
        if count and not text.startswith(tuple(suffixes), count.end()) and not starts_with_full_place(text[begin:end], ctx):
            kinds.append((begin, end))  # 遴选省级工业互联网平台28个: platforms counted, none named (…系统2个平台 names two)
            floor = end
            continue
        if name.endswith(tuple(lex.words("platform_generic_ending"))) and not starts_with_full_place(name, ctx) \
                or name.startswith(word_tuple(lex, "rank_word")):  # 1个市级监管平台: a rank of a kind of system
            kinds.append((begin, end))  # 各学校信息化系统, 港口企业信息化系统: a kind of system, no name
            continue
        if _is_description(text, name, end, ctx) or _planned(text, begin, name, ctx) or is_generic_name(name, match.group(), "Platform", lex) \
                or _unit_and_kind(name, match.group(), ctx):
            kinds.append((begin, end))
            continue
        if ctx.aliases.get("Unit", name[: len(name) - len(match.group())]):
            continue  # 高交会平台: an organisation used as a platform
        known = ctx.aliases.get("Platform", name[: len(name) - len(match.group())]) if match.group() == "平台" or suffixes[match.group()] == "app" else None
        if known is not None:
            name = known.name  # 抖音平台 is 抖音
        floor = end
        if match.group().lower() == "app" and len(name) - 3 >= 2 and is_cjk(name[-4]):
            name = name[:-3]  # 云闪付APP is the app 云闪付, as “学习强安”APP is 学习强安
        found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), begin, end, "platform:suffix", 1))
        found.extend(_coordinated(text, begin, match.group(), ctx))
    return _drop_type_lists(text, found, kinds) if kinds else found


def _past_self(text: str, begin: int, start: int, ctx: Context) -> int:
    """Where a system's name starts that the table's body, naming itself (我局, 本局: 我/本 and one
    character of an ``owner_kind``), writes right before it; the 本 may have stopped the name already
    (本局应急资源信息系统). Not 本委员会…: the kind must be a word of its own."""
    kinds = ctx.lexicon.derived("platform:self-kinds", lambda: "".join(k for k in ctx.lexicon.words("owner_kind").values() if len(k) == 1))
    own = begin if text[begin : begin + 1] in ("我", "本") else begin - 1
    if own >= 0 and text[own : own + 1] in ("我", "本") and text[own + 1 : own + 2] in kinds and start - own >= 6 \
            and 2 in word_edges(text[own : own + 4]):
        return own + 2
    return begin


def _place_before(text: str, end: int, ctx: Context) -> int:
    """The start of the longest place's name written right before ``end``: a division's (包河区, 郑州)
    or one the dictionary knows (大鹏新区); or -1."""
    places = ctx.lexicon.divisions
    starts = [end - length for length in range(min(end, 8), 1, -1) if text[end - length : end] in places]
    starts += [m.start for m in dictionary_hits(text, ctx, "Site") if m.end == end and m.start < end]
    return min(starts, default=-1)


def _after_body(text: str, begin: int, start: int, ctx: Context) -> int:
    """商务部中华老字号信息管理系统, 农业农村部新型农业经营主体信息直报系统: a body the dictionary knows,
    written right before a system's own name of four characters or more, runs it; the name starts after it.
    So it does after a company's legal form (长沙市轨道交通集团有限公司|研究地铁车站广播系统)."""
    company = max((at + len(form) for form in _COMPANY_FORMS if (at := text.rfind(form, begin, start)) >= 0), default=-1)
    if company > begin and start - company >= 4:
        return company
    for length in range(6, 1, -1):
        cut = begin + length
        if start - cut >= 4 and ctx.aliases.get("Unit", text[begin:cut]) is not None:
            return cut
    edges = None
    for cut in range(begin + 3, start - 4):  # 省水利厅湖北省水利综合业务平台: a body's name, then the province's system
        if text[cut - 1] in "厅局委" and (starts_with_full_place(text[cut:start], ctx)
                                        or any(m.start == cut for m in dictionary_hits(text, ctx, "Site"))):  # 水利厅|洞庭湖水情信息系统
            edges = edges if edges is not None else word_edges(text[begin:start])
            if cut - begin in edges:
                return cut
    return begin


def _past_verb_to_place(text: str, begin: int, start: int, ctx: Context) -> int:
    """A system's name written after an everyday verb and a full place's name, or a place the
    dictionary knows, starts at the place (与北京市、天津市共享河北省重污染天气应急减排清单管理系统:
    the 河北省 system; 试点应用前海智慧工地监管平台)."""
    position, places, stops = begin, ctx.lexicon.divisions, ctx.lexicon.words("stop")
    for token in segment(text[begin:start]):
        position += len(token)
        verb = is_everyday_verb(token) or token in ctx.lexicon.words("built_verb")
        if (verb or len(token) > 2 and token[-2:] in stops) and (starts_with_full_place(text[position:start], ctx)
                or any(m.start == position and m.end <= start - 4 for m in dictionary_hits(text, ctx, "Site"))) \
                or verb and text[position - len(token) - 1 : position - len(token)] in "司局厅委团院" and text[position : position + 2] in places:
            return position  # …有限公司建设深圳地铁保护区智能巡查系统: a body builds its city's system (数据录入|盐田区…数据库: jieba glued the verb)
    return begin


def _not_platform(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A word that is no platform runs across the suffix (体系, 系统化, 平台上), as jieba cuts the
    text around it: 平台上线 is a platform going live (平台 | 上线), 平台上发布 is not. One that ends
    with the suffix (燃气系统) needs only its start cut: 窑炉燃气系统安全改造 (jieba's 系统安全)."""
    if text.startswith(_COMPANY_FORMS, end):
        return True  # 深圳市腾讯计算机系统有限公司: a company named after its trade
    spans = words_across(text, start, end, lex.words("not_platform"))
    if not spans:
        return False
    low = max(0, start - 4)
    edges = word_edges(text[low : end + 4])
    return any(left - low in edges and (right == end or right - low in edges) for left, right in spans)  # 燃气系统|安全: jieba's 系统安全


#: Characters that make a word with 网 (网格, 网络, 网点, 网站, 网民, 网友, 网页).
_NET_WORDS = frozenset("格络点站民友页")
_DIGITS = "0123456789"
#: A company's legal form: a platform's suffix right before it ends the company's trade, not a system.
_COMPANY_FORMS = ("有限公司", "股份有限公司", "有限责任公司", "股份公司")
#: 中国（辽宁）: the nation's name with a region in brackets, which opens a system's name.
_REGIONAL = re.compile(r"中国[（(][\u4e00-\u9fff]{2,8}[）)]")
#: A count before a name: 2个平台, 3套系统.
_COUNT = re.compile(r"(?:[12][0-9]{3}年度?|[0-9]{1,3}(?![0-9])[个套项类家大]?)")  # 96333, 12315: a service number is part of a name; 2024年平台: a year is not


def _past_count(text: str, begin: int, end: int) -> int:
    """Digits may sit inside a name (东莞市120急救指挥调度系统) but a count starts none (2个平台)."""
    found = _COUNT.match(text, begin, end)
    return found.end() if found else begin


def _scoped(text: str, begin: int, ctx: Context) -> int:
    """全国…平台: a national scope word before a name is part of it (全国信用信息共享平台), and so are
    name words and generic words a stop cut off when a scope or a full place stands before them
    (全国投资项目在线审批监管平台, 全国社会组织信用信息公示平台, 阿拉善盟重点污染源在线监控系统), and
    nouns of its work (江西省国土空间规划实施监督信息系统: 实施 is a stop word elsewhere)."""
    lex = ctx.lexicon
    position = begin
    for crossed in range(5):
        for scope in lex.words("platform_scope"):
            if text.endswith(scope, 0, position):
                return position - len(scope)
        place = next((n for n in range(3, min(9, position + 1)) if text[position - n : position] in lex.divisions
                      and is_full_place(text[position - n : position], lex.divisions)), 0) if crossed else 0
        if place:
            return position - place
        word = next((w for w in segment(text[max(0, position - 4) : position])[-1:]
                     if w in lex.words("name_word") or len(w) > 1 and (
                         w in lex.words("generic_word") or word_tag(w) == "vn"
                         or w not in lex.words("stop") and word_tag(w) in ("n", "v", ""))), None)
        if not word:
            break
        position -= len(word)
    return begin


def _unit_and_kind(name: str, suffix: str, ctx: Context) -> bool:
    """广州市三防指挥部办公室视频会商系统: a body's name and a kind of system, no system's name."""
    return ctx.lexicon.remember("platform:unit-and-kind", _names_unit_and_kind, name, suffix)


def _names_unit_and_kind(name: str, suffix: str, lex: Lexicon) -> bool:
    for found in suffix_regex(lex.words("unit_suffix")).finditer(name, 2, len(name) - len(suffix)):
        if contains_word_at(name, found.start(), found.end(), lex.words("not_unit")):
            continue  # 应急处置平台: the 处 of 处置 ends no body's name
        if is_generic_name(name[found.end() :], suffix, "Platform", lex):
            return True
    return False


def _shares_level(text: str, begin: int, ctx: Context) -> bool:
    """市、区应急指挥平台: one level of a kind of system shared by several levels, no one name."""
    if begin < 2 or text[begin - 1] != "、" or text[begin - 2] not in "市省区县镇乡村":
        return False
    before = begin - 2  # the level stands alone: after a delimiter or a stop word (新一代市、区…)
    stops = ctx.lexicon.words("stop")
    return before == 0 or not is_cjk(text[before - 1]) or any(text[max(0, before - n) : before] in stops for n in (1, 2, 3, 4))


def _drop_type_lists(text: str, found: list[Candidate], kinds: list[tuple[int, int]]) -> list[Candidate]:
    """A list that holds a type name (…管理系统、GIS系统、SCADA系统等) lists kinds of system, not names."""
    spans = sorted({(c.start, c.end) for c in found if c.rule == "platform:suffix"} | set(kinds))
    chains: list[list[tuple[int, int]]] = []
    for span in spans:
        if chains and text[chains[-1][-1][1] : span[0]] == "、":
            chains[-1].append(span)
        else:
            chains.append([span])
    kind_set = set(kinds)
    dropped = {span for chain in chains if len(chain) > 1 and kind_set.intersection(chain) for span in chain}
    return [c for c in found if not (c.rule == "platform:suffix" and (c.start, c.end) in dropped)]


def _coordinated(text: str, begin: int, suffix: str, ctx: Context) -> list[Candidate]:
    """建设宣传教育、监管执法、联合指挥平台: each listed item shares the suffix.

    Listed places share the rest of the name: 深圳、东莞市应急指挥平台 names
    深圳市应急指挥平台 as well.
    """
    items, cursor = [], begin
    while cursor > 0 and text[cursor - 1] == "、":
        start = left_boundary(text, cursor - 1, ctx, max_chars=8, max_tokens=3)
        item = text[start : cursor - 1]
        if start >= cursor - 2 or start > 0 and text[start - 1] == "等" or item.endswith(word_tuple(ctx.lexicon, "platform_suffix")) \
                or item.endswith(word_tuple(ctx.lexicon, "site_suffix", 2)) or item.endswith(word_tuple(ctx.lexicon, "unit_suffix", 2)):
            return []  # 前海综合交通枢纽、…监测系统: a place or a body listed first, named by its own kind
        items.append((start, cursor - 1))
        cursor = start
    if not items or cursor == 0 or text[cursor - 1] in "，,。；;（(":
        return []  # a list must follow a verb: 建设A、B、C平台
    lex = ctx.lexicon
    rest = _place_shared_rest(text, begin, items, suffix, ctx)
    found = []
    for s, e in reversed(items):
        item = normalise_name(text[s:e])
        name = _full_place(item, ctx) + rest if rest else item + suffix
        if not is_generic_name(name, suffix, "Platform", lex):
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), s, e, "platform:coordinated", 1))
    return found


def _place_shared_rest(text: str, begin: int, items: list[tuple[int, int]], suffix: str, ctx: Context) -> str:
    """What listed places share with the last name: 市应急指挥平台 in 深圳、东莞市应急指挥平台."""
    places = ctx.lexicon.divisions
    if not all(text[s:e] in places or ctx.aliases.get("Site", text[s:e]) for s, e in items):
        return ""
    rest_start = next((begin + n for n in range(min(8, len(text) - begin), 1, -1) if text[begin : begin + n] in places), 0)
    if not rest_start:
        return ""
    rest = normalise_name(text[rest_start : text.find(suffix, rest_start) + len(suffix)])
    return rest if rest.endswith(suffix) else ""


def _full_place(item: str, ctx: Context) -> str:
    """A listed place by its full name: 深圳 → 深圳市."""
    divisions = ctx.lexicon.divisions.get(item)
    return division_name(divisions, ctx.home) if divisions else ctx.aliases.canonical("Site", item)


def _is_category(text: str, begin: int, ctx: Context) -> bool:
    """A name right after 等 or 类似 names a category (水文、海洋等监测平台, 类似ETC收费系统)."""
    return text[max(0, begin - 4) : begin].endswith(tuple(ctx.lexicon.words("category_marker")))


def _is_description(text: str, name: str, end: int, ctx: Context) -> bool:
    """A description rather than a name.

    智能监测监控系统 (a descriptive lead word), 宣传教育线上线下一体化平台 (a mode of working),
    监测预警系统建设 or 消防供水和灭火系统关键技术 (a piece of work or a technology).
    """
    lex = ctx.lexicon
    if name.startswith(lex.derived("platform:descriptive", lambda: tuple(lex.words("descriptive")))) \
            and not name.startswith(lex.derived("platform:phrases", lambda: tuple(lex.words("name_phrase")))):
        return True  # 新型农业经营主体信息直报系统: a set phrase (name_phrase) opens the name
    if lex.regex("descriptive_inner").search(name) and not starts_with_full_place(name, ctx):
        return True  # 南宁市招商引资项目全流程管理系统 is named by its place
    return lex.regex("platform_followed_by").match(text, end) is not None and not starts_with_full_place(name, ctx) \
        and not (len(name) >= 10 and starts_with_place(name, ctx))  # 郑州市…平台建设, 天津港危险货物集装箱智能监管系统建设 name one


#: A clause that asks for a system to be built: 2.建立堤防智能巡查和险情预警系统.
_PLANNED = re.compile(r"(?:^|[\s。；;：:！？!?]|[0-9一二三四五六七八九十]{1,2}[.、．）)])(?:加快|推进|推动|抓紧|积极|探索)?(?:建设|建立|搭建|构建|打造|开发)$")


def _planned(text: str, begin: int, name: str, ctx: Context) -> bool:
    """A system that a clause asks to build has no name yet, unless its owner's place names it
    (建设港口危险货物安全监管信息化平台 is a wish; 建设深圳市…平台 names one)."""
    if not _PLANNED.search(text, max(0, begin - 10), begin) and not _PLANNED.search(text[max(0, begin - 10) : begin]):
        return False
    places = ctx.lexicon.divisions
    return not any(name[:n] in places for n in (2, 3, 4, 5))


def _inside(spans: set[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _glued_head(text: str, start: int, end: int) -> int:
    """Where the word jieba reads across a suffix's start begins, when that word ends with the
    suffix (风暴潮预|警报系统 → 警报), else ``start``."""
    low = max(0, start - 4)
    edges = word_edges(text[low:end])
    if start - low in edges or any(start - low < e < end - low for e in edges):
        return start  # the suffix starts a word, or the word across it ends before the suffix does
    return low + max(e for e in edges if e < start - low)


def _described_suffix(lex: Lexicon) -> re.Pattern[str]:
    """A short description ending in a platform suffix, right after a quoted name."""
    return lex.derived("platform:described", lambda: re.compile(
        "[^\\W\\d_和与及或]{1,8}?(?:" + "|".join(re.escape(s) for s in sorted(lex.words("platform_suffix"), key=len, reverse=True)) + ")"))


#: Quoted names listed one after another (“深圳交通”“深圳交警”, “穗好办”、“粤省事”).
_NEXT_QUOTED = re.compile(r"[、和及与]?“[^“”]{1,20}”")


def _past_quotes(text: str, end: int) -> int:
    """Where the quoted names listed right after ``end`` end: “深圳交通”“深圳交警”微信公众号 lists two
    accounts of one kind, which the first shares."""
    while (more := _NEXT_QUOTED.match(text, end)) is not None:
        end = more.end()
    return end


def _quoted_platforms(text: str, ctx: Context) -> list[Candidate]:
    """“名称”APP / “名称”平台, and quoted names that end in a platform suffix."""
    suffixes = ctx.lexicon.words("platform_suffix")
    found = []
    brands: set[int] | None = None
    for start, end, content in field_quotes(text, ctx):
        after = _suffix_regex(suffixes).match(text, end)
        name = normalise_name(content)
        if is_framework_shape(name, ctx.lexicon) and not app_follows(text, end, ctx.lexicon, name):
            continue
        if brands is None:
            brands = {m.start for m in dictionary_hits(text, ctx, "Platform")}
        if _past_quotes(text, end) in brands and len(name) >= 2:  # “长沙商务”微信公众号: the account, and 微信 of its own
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), start, end, "platform:quoted-account", 2))
            continue
        if not after and len(name) <= 8 and "+" not in name:
            after = _described_suffix(ctx.lexicon).match(text, end)  # “穗腾OS”智慧地铁操作系统
        if not after and len(name) >= 2:
            after = ctx.lexicon.regex("quoted_platform_head").match(text, end)  # “杭安智治”应用
        if after and len(name) >= 2:
            stop = after.end()
            while (more := _suffix_regex(suffixes).match(text, stop)) is not None:
                stop = more.end()  # “学习强安”APP平台
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), start, stop, "platform:quoted-suffix", 2))
        elif name.endswith(_suffix_tuple(ctx.lexicon)) and name not in suffixes \
                and not is_generic_name(name, next(s for s in suffixes if name.endswith(s)), "Platform", ctx.lexicon):  # “融资平台”
            found.append(Candidate("Platform", ctx.aliases.canonical("Platform", name), start, end, "platform:quoted", 2))
    return found
