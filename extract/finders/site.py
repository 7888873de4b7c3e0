"""Sites: administrative divisions, countries and regions from the gazetteer and alias
files, and named roads, bridges, stations, ports, buildings and parks by their suffix.

A suffix name needs a proper part: 丹梓大道立交桥 and 中海信创新产业城 are sites,
产业园区 and 思路 are not. 全市, 辖区 and 周边城市 are never sites. The suffix kinds of
``lexicon.tsv`` ask more of some names: a river, lake or named line (茅洲河, 千岛湖, 广佛线)
has a two-character stem, a town or street (塘厦镇, 良渚街道) starts a word, a metro
network (深圳地铁) is named after a place, and an area of a known place (前海片区) is that
place. Numbered lines (地铁18号线、22号线) are found by their shape.

>>> from extract.canon import load_aliases
>>> ctx = Context("市应急管理局", load_aliases())
>>> [c.name for c in find_sites("选定坪山区丹梓大道立交桥试点，与香港合作", ctx)]  # overlaps resolved later
['坪山区', '香港', '丹梓大道', '丹梓大道立交桥']
"""

from __future__ import annotations

import re

from extract.canon import normalise_name
from extract.finders.base import COUNT_AFTER, DELIMITERS, KIND_ENDINGS, NEXT_TOWN_SUFFIXES, before_dash, opens_town_name, JOINERS, LIST_MARKS, full_place_ends_at, starts_with_place, NUMERAL_LEADS, RARE_WORD_FREQ, Candidate, conjuncts_before, Context, is_cjk, is_everyday_verb, is_full_place, left_boundary
from extract.finders.dictionary import dictionary_hits, division_name, is_list_item
from extract.finders.lexicon import Lexicon, former_counties, long_titles, suffix_regex, trie_pattern, word_at, word_tuple, words_across, words_index
from extract.finders.wordcache import word_tables
from extract.finders.segment import segment, stands_alone, starts_word, word_edges, word_tag

__all__ = ["find_sites", "SHORT_RULE", "city_before", "two_char_town_name"]

#: The rule of a short division name (坪山); it is named in full when the table writes it in full.
SHORT_RULE = "site:gazetteer-short"


def _suffix_regex(suffixes: dict[str, str]) -> re.Pattern[str]:
    return suffix_regex(suffixes)


def find_sites(text: str, ctx: Context) -> list[Candidate]:
    """Gazetteer and alias places, then suffix-named places."""
    generic = ctx.lexicon.generic("Site")
    found = []
    for match in dictionary_hits(text, ctx, "Site"):
        surface = text[match.start : match.end]
        if match.entry.name in generic or surface in generic:  # 全州: the whole prefecture
            continue
        if _glued_to_latin(text, match.start, match.end):
            continue  # i厦门, e龙岗: an app or brand name, not the place
        if any(left <= match.start and match.end <= right for left, right in
               words_across(text, match.start, match.end, ctx.lexicon.words("not_site"))):
            continue  # 入海河流, 金山银山: a word that is no place holds the name
        if match.entry.rule == "site:gazetteer" and surface in ctx.lexicon.words("division_word") and _far_division(surface, ctx) \
                and not any(text[match.start - n : match.start] in ctx.lexicon.divisions for n in range(2, min(match.start, 8) + 1)):
            continue  # 老城区, 新城区: an old or new part of any town, unless the table is of their province or a city is written before (平顶山市新城区)
        if match.entry.rule == "site:gazetteer" and surface != match.entry.name:
            if _far_county(surface, ctx) and not is_list_item(text, match.start, match.end):
                continue  # 七星数据中心, 大桥南岸: a county's short name far from home is a word here
            if _is_word(text, match.start, match.end, ctx) and not _names_landmark(text, match.end, ctx, match.start) \
                    and not _counted(text, match.start, match.end, ctx):
                found.append(Candidate("Site", surface, match.start, match.end, SHORT_RULE, 1))
            continue
        if match.entry.rule == "site:gazetteer" and surface == match.entry.name and surface[-1] in "区县市旗":
            found.extend(_listed_divisions(text, match.start, surface[-1], ctx))  # 长安、桥西、新华、裕华区
        name, end = match.entry.name, match.end
        if name != surface and name.endswith(surface) and _only_places(name[: len(name) - len(surface)], ctx):
            name = surface  # 萧山国际机场 stays as written; the table's 杭州萧山国际机场 folds it later
        if match.entry.rule == "site:world" and surface not in ctx.lexicon.countries:
            end = _world_level_end(text, match.end, ctx)
            if end > match.end or surface[-1] in _WORLD_LEVELS:
                name = normalise_name(text[match.start : end])  # 神户市, 阿拉木图市, 亚利桑那州: a city or state abroad with its level, as written
        start = match.start
        if name.endswith("湖") and start and text[start - 1] in _DIRECTIONS and surface == name and starts_word(text, start - 1):
            start, name = start - 1, text[start - 1] + name  # 东洞庭湖, 东太湖: the part of a great lake named by its side
        found.append(Candidate("Site", name, start, end, match.entry.rule, 1))
    found = _zones_with_their_city(text, found, ctx)
    abroad = _divisions_abroad(text, found, ctx)
    found.extend(abroad)
    found.extend(c for c in _suffix_sites(text, ctx) if not any(a.start < c.end < a.end for a in abroad))  # 越南老街|省: the suffix ends inside
    if "至" in text and "段" in text:
        found.extend(_section_ends(text, found, ctx))
    found.extend(_listed_before_kind(text, ctx))
    if "、" in text and _COUNTED_KIND.search(text):
        counted = _listed_with_count(text, ctx)
        if counted:  # 龙江两镇: the count is no part of the last name
            counts = [c.end for c in counted if text[c.end] != "、"]
            found = [c for c in found if not any(c.start < k < c.end for k in counts)] + counted
    if "、" in text:
        found.extend(_listed_by_kind(text, ctx))
    if "互通" in text:
        found.extend(_interchanges(text, ctx))
    if "环" in text:  # 北二环、南三环, 二环线: a city's ring roads, written without 路
        for m in _RING_ROAD.finditer(text):  # 划定三环线以内: a ring written with 线 stands wherever it is
            group = 1 if m.group(1) else 2
            found.append(Candidate("Site", m.group(group), m.start(group), m.end(group), "site:ring-road", 1))
    listed = {(c.start, c.end) for c in found if c.rule == "site:coordinated"}
    return [c for c in found if c.rule != SHORT_RULE or (c.start, c.end) not in listed] if listed else found


#: Lists whose items name places by an ending that names none alone (``listed_kind_ending`` rules: the
#: ending, then the endings of other items that make the list one of places, what may follow its last
#: item, and the shortest name before the ending). 道 names roads in 唐山 and 天津 (新华道、北新道、建设北路沿线),
#: 水 the streams of 深圳 and 东莞 (雁田水、契爷石水等支流; 牛路水、小海河、汾水).


def _kind_lists(lex: Lexicon) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], int, re.Pattern[str], re.Pattern[str]], ...]:
    """The ``listed_kind_ending`` rules, each with the pattern of an item and of an item ending a list's item."""
    def read() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], int, re.Pattern[str], re.Pattern[str]], ...]:
        rules = []
        for ending, arg in sorted(lex.words("listed_kind_ending").items()):
            companions, followers, shortest = arg.split(";")
            others, after, least = tuple(companions.split("|")), tuple(followers.split("|")), int(shortest)
            item = re.compile("[\u4e00-\u9fff]{%d,3}(?:%s)" % (least, "|".join(others + (ending,))))
            listed = re.compile("%s(?:、|%s)" % (ending, "|".join(after)))  # 新华道、; 汾水等; 裕华道沿线
            rules.append((ending, others, after, least, item, listed))
        return tuple(rules)
    return lex.derived("site:kind-lists", read)


#: What must follow a list of 水 items that holds no river by another ending: 等 alone lists kinds
#: of water (老空水、顶板水等), 等19条支流 streams.
_STREAMS_AFTER = re.compile(r"沿岸|沿线|两岸|支流|流域|等(?:[0-9０-９一二三四五六七八九十]+条)?(?:支流|河流|河道|水体)")


#: Items joined by list marks, between other marks.
_LIST_RUN = re.compile(r"[^、，,。；;：:\s（）()“”《》]+(?:、[^、，,。；;：:\s（）()“”《》]+)+")


def _listed_by_kind(text: str, ctx: Context) -> list[Candidate]:
    """Roads named X道 and streams named X水 in a list of such places (``listed_kind_ending``): an item
    counts only in a list (items joined by 、) that also holds an item of another ending (a X路, a X河)
    or that its followers end (沿线, 等) with two items of the ending; each name is no word jieba knows,
    its X no stop word, and it ends in no word of a kind of way or water (``dao_not_road``: 通道, 隧道,
    街道; jieba's nouns: 污水, 雨水).

    >>> from extract.canon import AliasRegistry
    >>> ctx = Context("唐山市应急管理局", AliasRegistry())
    >>> [c.name for c in _listed_by_kind("重点排查新华道、北新道、建设北路沿线小区，在西山道、裕华道沿线安装；疏通河道、渠道", ctx)]
    ['新华道', '北新道', '西山道', '裕华道']
    >>> [c.name for c in _listed_by_kind("加强南京路、成都道两侧管控，在新华道、建设路、北新道等主干道严禁", ctx)]
    ['成都道', '新华道', '北新道']
    >>> [c.name for c in _listed_by_kind("加快雁田水、契爷石水等支流截污，完成牛路水、小海河、汾水等整治，收集污水、雨水，防治老空水、顶板水等", ctx)]
    ['雁田水', '契爷石水', '牛路水', '汾水']
    """
    stops, found = ctx.lexicon.words("stop"), []
    for ending, companions, followers, shortest, item_at, listed in _kind_lists(ctx.lexicon):
        if listed.search(text) is None:
            continue  # no item of the ending in a list: one scan in C
        for run in _LIST_RUN.finditer(text):
            if ending not in run.group():
                continue
            parts, position, items = run.group().split("、"), run.start(), []
            for index, part in enumerate(parts):
                if index == 0:  # the first item: the name's last words, after the verb or the stop word before the list
                    start = next((position + len(part) - n for n in (5, 4, 3, 2) if shortest + 1 <= n <= len(part)
                                  and item_at.fullmatch(part[-n:]) and starts_word(text, position + len(part) - n)
                                  and segment(part[-n:])[0] not in stops and not is_everyday_verb(segment(part[-n:])[0])), -1)
                    items.append((start, position + len(part)) if start >= 0 else None)
                else:
                    cut = min((part.find(t, shortest) for t in followers if t in part[shortest:]), default=-1) if index == len(parts) - 1 else -1
                    body = part[:cut] if cut >= 0 else part  # the earliest follower ends the last item (契爷石水|等支流)
                    items.append((position, position + len(body)) if item_at.fullmatch(body) else None)
                position += len(part) + 1
            named = [i for i in items if i]
            others = [i for i in named if not text.endswith(ending, 0, i[1])]
            followed = named and items[-1] == named[-1] and (text.startswith(followers, named[-1][1]) if ending != "水"
                                                             else _STREAMS_AFTER.match(text, named[-1][1]) is not None)
            if len(named) < 2 or not others and not followed:
                continue
            for start, end in named:
                name = text[start:end]
                if name.endswith(ending) and not name.endswith(companions) and _names_by_kind(name, ending, stops, ctx):
                    found.append(Candidate("Site", name, start, end, "site:listed-kind", 1))
    return found


def _interchanges(text: str, ctx: Context) -> list[Candidate]:
    """Highway interchanges named by a place and 互通 (沪昆高速公路金阳互通, 疏港高速公路穿山互通, 李村河互通):
    the name is two or three characters of no common word before 互通, after a highway's name, a list
    mark or a verb of building (``interchange_lead``), or followed by the interchange's works
    (``interchange_follow``); 数据互通, 互联互通 and 扫码互通 are
    the verb (things shared). One written with 立交 after it keeps it (小碧互通立交).

    >>> from extract.canon import AliasRegistry
    >>> ctx = Context("贵阳市交通委员会", AliasRegistry())
    >>> text = "推进沪昆高速公路金阳互通匝道拓宽、贵黔高速公路清镇东互通建设，沙文互通改造；实现扫码互通，平台数据互通，系统互联互通"
    >>> [c.name for c in _interchanges(text, ctx)]
    ['金阳互通', '清镇东互通', '沙文互通']
    """
    lex = ctx.lexicon
    stops, found, freq = lex.words("stop"), [], word_tables().freq
    for match in re.finditer("互通", text):
        start = match.start()
        for length in (3, 2):
            begin = start - length
            stem = text[begin:start]
            if begin < 0 or not all(is_cjk(c) for c in stem) or stem[0] in stops or stem[0] in NUMERAL_LEADS \
                    or not starts_word(text, begin) or any(len(t) > 1 and freq.get(t, 0) >= _COMMON_STEM and word_tag(t) not in ("ns", "nr", "nz")
                                                            or t in stops for t in segment(stem)):
                continue
            end = match.end() + (2 if text.startswith("立交", match.end()) else 0)
            if text.endswith(word_tuple(lex, "interchange_lead"), 0, begin) or text.startswith(word_tuple(lex, "interchange_follow"), match.end()):
                found.append(Candidate("Site", text[begin:end], begin, end, "site:interchange", 1))
            break
    return found


#: A word of a name part more frequent than this is a common word (数据, 信息), unless jieba tags it a place's or a person's.
_COMMON_STEM = 100


def _names_by_kind(name: str, ending: str, stops: dict[str, str], ctx: Context) -> bool:
    """新华道, 汾水: a name of its own, not a word of a kind (河道, 污水) nor one opening with a stop word."""
    if word_tables().freq.get(name, 0) and word_tag(name) != "ns" or name[0] in stops or any(t in stops for t in segment(name[:-1])) \
            or ending in name[:-1]:  # 澧水四水: the list's last item runs on
        return False
    tail = name[-2:]
    if ending == "道":
        return tail not in ctx.lexicon.words("dao_not_road")
    return word_tag(tail) in ("", "ns")  # 污水, 雨水 are kinds of water; 汾水, 西水 rivers


#: The levels written after a city's or state's name abroad (神户市, 亚利桑那州, 阿尔伯塔省).
_WORLD_LEVELS = frozenset("市州省")


#: A division abroad written right after its country: two to four characters and its level.
_DIVISION_ABROAD = re.compile(r"[\u4e00-\u9fff]{2,4}?[省州市]")


def _divisions_abroad(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """越南老街省, 老挝琅南塔省, 越南广宁省芒街市: a province or city abroad the gazetteer does not know,
    written right after its country (and a city after its province), each a place of its own."""
    divisions: list[Candidate] = []
    for country in found:
        if country.name not in ctx.lexicon.countries:
            continue
        position = country.end
        for _ in range(2):  # the province, then a city in it
            match = _DIVISION_ABROAD.match(text, position)
            if match is None or any(text[p : p + n] in ctx.lexicon.world for p in range(position, match.end() - 2) for n in range(2, 6)) \
                    or not _world_level_end(text, match.end() - 1, ctx) == match.end() \
                    or any(t in ctx.lexicon.words("stop") or is_everyday_verb(t) for t in segment(match.group()[:-1])):
                break  # 越南建立…, 老挝市场: no division named; 荷兰鹿特丹城市, 马来西亚槟城乔治市: a place the gazetteer knows, found as such
            divisions.append(Candidate("Site", match.group(), match.start(), match.end(), "site:abroad", 2))
            position = match.end()
    return divisions


def _world_level_end(text: str, end: int, ctx: Context) -> int:
    """The end of a place abroad with the level written right after it (阿拉木图市), unless the
    level's character starts a word (市场, 州立, 省份)."""
    if text[end : end + 1] not in _WORLD_LEVELS or end + 2 <= len(text) and word_tables().freq.get(text[end : end + 2], 0) > 0:
        return end  # (at the text's end the level stands alone: …阿拉木图市)
    return end + 1


#: The endings of a development zone's name, which may carry its city's or province's (湖南湘江新区).
_ZONE_ENDINGS = ("新区", "开发区", "高新区", "经开区", "试验区", "示范区")


def _zones_with_their_city(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """湖南湘江新区, 青岛西海岸新区, 大连金普新区: a city's or province's short name written right
    before a zone the dictionary knows names the zone with it, as written; a port is no zone
    (深圳盐田港 is 深圳 and 盐田港)."""
    merged: list[Candidate] = []
    for c in found:
        place = city_before(text, c.start, ctx, ("city", "province")) if c.name.endswith(_ZONE_ENDINGS) and c.rule != SHORT_RULE else ""
        if place and not (merged and merged[-1].end == c.start and merged[-1].rule != SHORT_RULE):
            if merged and merged[-1].rule == SHORT_RULE and merged[-1].end == c.start:
                merged.pop()
            start = c.start - len(place)
            merged.append(Candidate("Site", normalise_name(text[start : c.end]), start, c.end, c.rule, c.priority))
            continue
        merged.append(c)
    return merged


#: Towns or streets listed, then their kind after 等 (黄江、樟木头、凤岗等镇).
_LISTED_KIND = re.compile("等(镇|街道|乡)(?!政府|人民政府|党委|办事处|级|村|街)")


def _listed_before_kind(text: str, ctx: Context) -> list[Candidate]:
    """黄江、樟木头、凤岗等镇: each name listed before 等 and a town's or street's kind is a town or
    street of that kind (two to four characters each, none with a kind of its own)."""
    found: list[Candidate] = []
    for match in _LISTED_KIND.finditer(text):
        kind, end = match.group(1), match.start()
        last = text.rfind("、", max(0, end - 5), end) + 1
        if last <= 0 or not 2 <= end - last <= 4 or not all(is_cjk(c) for c in text[last:end]) or text[end - 1] in KIND_ENDINGS:
            continue
        items = [(last, end)] + conjuncts_before(text, last, kind, verbal_nouns=True)  # 排查公明、光明等街道
        if len(items) < 2 or any(text[s:e] in ctx.lexicon.words("generic_word") for s, e in items):
            continue
        found.extend(Candidate("Site", normalise_name(text[s:e]) + kind, s, e, "site:coordinated", 2) for s, e in items)
    return found


#: A list's places counted with their shared kind: 伍家岗、点军两区, 长沙、株洲、湘潭三市, 乐从、龙江两镇.
_COUNTED_KIND = re.compile("(?:[两二三四五六七八九十]|[2-9])个?(区|县|镇|乡|街道)(?!政府|人民政府|党委|办事处|级|委|域|内|外)")


def _listed_with_count(text: str, ctx: Context) -> list[Candidate]:
    """江岸、江汉两区: each short name of a list the count after it gives a kind to is a place of that
    kind, where the two make a division's full name (江岸区, 江汉区); towns and streets need only be
    two to four characters, none with a kind of its own (乐从、龙江两镇 → 乐从镇, 龙江镇)."""
    found: list[Candidate] = []
    for match in _COUNTED_KIND.finditer(text):
        kind, end = match.group(1), match.start()
        last = text.rfind("、", max(0, end - 6), end) + 1
        if last <= 0 or not 2 <= end - last <= 5 or not all(is_cjk(c) for c in text[last:end]) or text[end - 1] in KIND_ENDINGS:
            continue
        items = [(last, end)] + conjuncts_before(text, last, kind)
        if len(items) < 2 or any(text[s:e] in ctx.lexicon.words("generic_word") for s, e in items):
            continue
        names = [normalise_name(text[s:e]) + kind for s, e in items]
        if kind in "区县" and not all(is_full_place(name, ctx.lexicon.divisions) for name in names):
            continue
        names = [division_name(ctx.lexicon.divisions[name], ctx.home) if name in ctx.lexicon.divisions else name for name in names]
        # 长阳、五峰两县: 长阳土家族自治县, 五峰土家族自治县
        if kind not in "区县" and any(e - s > 4 for s, e in items):
            continue
        found.extend(Candidate("Site", name, s, e, "site:coordinated", 2) for name, (s, e) in zip(names, items))
    return found


#: A national or provincial road by its number: 国道318线, 省道S217线, G318国道.
_ROUTE = re.compile(r"(?<![A-Za-z0-9])(?:(?:国道|省道)[GS]?[0-9]{1,4}线?|[GS][0-9]{1,4}(?:国道|省道|线)|[0-9]{3}(?:国道|省道))(?![0-9])")
#: The numbered roads of a city's grid (济南 经十路, 郑州 纬五路), not 途经 or 已经 before a number.
#: The four directions, which name a road (南大街), a port's district (西港区) and more on their own.
_DIRECTIONS = "东西南北"
#: Characters of position that a verb may take before a kind of place (解决下立交桥积水, 清理桥下).
_POSITIONS = frozenset("上下里内外前后旁")
_GRID_ROAD = re.compile(r"(?<![途已曾历神圣])[经纬](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[东西南北]?路(?:街道)?")  # 经八路街道: the street is named after it


#: Measure words after a count: 263座泵站 counts 泵站, it does not name one.
_CLASSIFIERS = frozenset("个座条处家所名项台辆艘宗段")


#: A stem that ends in a count (三条, 2座): the facilities counted are not named.
_COUNTED_END = re.compile(r"[\d一二两三四五六七八九十几多数]+[条座个处台]$")


def _past_classifier(text: str, begin: int, start: int) -> int:
    """263座排水泵站 → 排水泵站: a measure word right after a number starts no name."""
    if begin < start and begin > 0 and text[begin] in _CLASSIFIERS and (text[begin - 1].isdigit() or text[begin - 1] in "几多数一二两三四五六七八九十百千万"):
        return begin + 1
    if begin + 1 < start and text[begin] == "余" and text[begin + 1] in _CLASSIFIERS and begin > 0 and text[begin - 1].isdigit():
        return begin + 2  # 100余座小型水库: about a hundred, counted
    if begin + 1 < start and text[begin] in "NnXx" and text[begin + 1] in _CLASSIFIERS and (begin == 0 or not text[begin - 1].isascii()):
        return begin + 2  # N个镇乡街道: a number left open, counted
    return begin


def _listed_divisions(text: str, start: int, kind: str, ctx: Context) -> list[Candidate]:
    """Divisions listed before a full one that share its kind (长安、桥西、新华、裕华区 → 长安区 …),
    only where the short name and the kind make a division's full name."""
    found = []
    for s, e in conjuncts_before(text, start, kind):
        full = normalise_name(text[s:e]) + kind
        if not is_full_place(full, ctx.lexicon.divisions):
            break
        found.append(Candidate("Site", full, s, e, "site:coordinated", 1))
    return found


#: A province or city in brackets inside a national or partnership zone's name: 中国（上海）自由贸易试验区, 中韩（烟台）产业园.
_BRACKETED_PLACE = re.compile(r"中[\u4e00-\u9fff][（(]([\u4e00-\u9fff]{2,4})[）)]$")  # 中国（上海）, 中德（沈阳）


def _national_prefix(text: str, begin: int, ctx: Context) -> int:
    """Where a name starts that a bracketed place inside 中国（…） leads (自由贸易试验区临港新片区
    written after 中国（上海）), or a partnership's (中德（沈阳）高端装备制造产业园, 中韩（烟台）产业园)."""
    match = _BRACKETED_PLACE.search(text, max(0, begin - 8), begin)
    return match.start() if match and match.group(1) in ctx.lexicon.divisions else begin


def _suffix_in_word(text: str, start: int, end: int, kind: str, lex: Lexicon) -> bool:
    """A town's one-character suffix that ends a verb with the character before it (返乡, 下乡); a
    river's or lake's that starts a word of its own, no place word, after a word's end (长江|江豚; 讷谟尔|河源
    holds a city's name, and the river's)."""
    if kind == "water" and start > 0 and end < len(text) and is_cjk(text[end]):
        low = max(0, start - 3)
        edges = word_edges(text[low : min(len(text), end + 3)])
        if start - low in edges and end - low not in edges:
            word_end = low + min(e for e in edges if e > end - low)
            return word_tag(text[start:word_end]) not in ("ns", "") and text[start:word_end] not in lex.divisions
    return kind == "town" and start > 0 and word_tag(text[start - 1 : end]) == "v"


def _after_named_area(text: str, begin: int, start: int, ctx: Context) -> int:
    """A road, park or building written right after a named town, zone or port starts after it
    (前湾新区兴慈一路 → 兴慈一路; 西北旺镇永丰产业基地 → 永丰产业基地; 樟木口岸中尼友谊桥 → 中尼友谊桥)."""
    suffixes = ctx.lexicon.words("site_suffix")
    last = begin
    for match in suffix_regex(suffixes).finditer(text, begin, start):
        word = match.group()
        if (word in _TOWN_SUFFIXES or suffixes[word] in ("park", "port") and len(word) >= 2) \
                and match.start() - begin >= 2 and start - match.end() >= 2 \
                and not (suffixes[word] == "park" and text.startswith(tuple(ctx.lexicon.words("site_designation")), match.end())) \
                and match.end() - begin in word_edges(text[begin:start]) \
                and not any(text[b : match.end()] in ctx.lexicon.divisions for b in range(begin, match.start())):
            last = match.end()  # not after 景德镇, a city's name: 景德镇高新技术产业开发区 is named after it
            # (大鹏半岛国家地质公园: a national designation names the place before it)
    return last


def _after_country(text: str, begin: int, start: int, ctx: Context) -> int:
    """荷兰鹿特丹港 → 鹿特丹港, 新加坡裕廊岛 → 裕廊岛: a foreign country or city written before a
    place's own name is not part of it (汉堡港 keeps 汉堡: nothing else would name it), nor its city or
    state after it, with its level (越南河内安员站 → 安员站, 日本名古屋汽车产业园区 → 汽车产业园区)."""
    world, landmarks = ctx.lexicon.world, ctx.lexicon.landmarks
    if any(text[begin : begin + n] in landmarks for n in range(3, min(start - begin, 8) + 1)):
        return begin  # 布达拉宫广场: a landmark's name (布达拉宫) opens it, not a place abroad (布达)
    for n in (5, 4, 3, 2):
        if text[begin : begin + n] in world and start - (begin + n) >= 2:
            after = begin + n + (text[begin + n] in _WORLD_LEVELS and start - (begin + n + 1) >= 2)
            return _after_country(text, after, start, ctx)  # 越南河内安员站: the country, then its city
    return begin


def _far_county(surface: str, ctx: Context) -> bool:
    """A short form that names only counties outside the table's province (七星 → 七星区 of
    Guilin in a Guiyang table): written alone in a list it is the county, else a word."""
    divisions = ctx.lexicon.divisions.get(surface, ())
    province = ctx.home[:2]
    return bool(province and divisions) and all(d.level == "county" and not d.code.startswith(province) for d in divisions)


def _far_division(name: str, ctx: Context) -> bool:
    """True when every division of that name lies outside the table's province (or the table's home is unknown)."""
    province = ctx.home[:2]
    return not province or all(not d.code.startswith(province) for d in ctx.lexicon.divisions.get(name, ()))


def _counted(text: str, start: int, end: int, ctx: Context) -> bool:
    """True when a short name made of a numeral and a classifier counts what is written before it
    (配备大流量泡沫消防车三台。: three of them, not 三台县): a thing's word right before (no verb, no
    place: 督导三台, 绵阳三台), nothing after."""
    surface = text[start:end]
    if not (len(surface) == 2 and surface[0] in NUMERAL_LEADS and surface[1] in _CLASSIFIERS and start > 0
            and (end == len(text) or text[end] in "。，,；;）)")):
        return False
    before = segment(text[max(0, start - 4) : start])
    return bool(before) and len(before[-1]) >= 2 and word_tag(before[-1]) in ("n", "nz") and before[-1] not in ctx.lexicon.divisions


def _glued_to_latin(text: str, start: int, end: int) -> bool:
    """A place name written against Latin letters is part of a brand or app name (i厦门); a full
    name before them is not (上虞区e游小镇 is the district's e游小镇), nor a long one (深圳宝安国际机场T3航站楼)."""
    return (start > 0 and text[start - 1].isascii() and text[start - 1].isalpha()) or \
        (end < len(text) and text[end].isascii() and text[end].isalpha() and text[end - 1] not in "区县市省旗" and end - start < 5)


def _only_places(head: str, ctx: Context) -> bool:
    """True when the words an alias adds before the written form are only place names."""
    from extract.finders.unit import is_admin_words

    return is_admin_words(head, ctx)


def _names_landmark(text: str, end: int, ctx: Context, start: int = -1) -> bool:
    """丹凤门, 永兴坊, 大唐芙蓉园, 卧龙湖, 北沙河: a short place name right before a landmark's or a
    water's ending (``landmark_char``), or after a direction (``landmark_lead``), is part of a longer name."""
    words = ctx.lexicon.words
    return text[end : end + 1] in words("landmark_char") or start > 0 and text[start - 1] in words("landmark_lead")


def _is_word(text: str, start: int, end: int, ctx: Context) -> bool:
    """True when a short place name is a word of its context (推广安全 holds no 广安)."""
    word = text[start:end]
    if word in ctx.lexicon.words("stop") or word in ctx.lexicon.words("not_site"):
        return False
    if start > 0 and text[start - 1] in NUMERAL_LEADS:
        return False  # 三江源 holds no 江源: a numeral right before starts a longer name
    return stands_alone(text, start, end)


def _after_zone(text: str, begin: int, start: int, spans: list[tuple[int, int]], lex: Lexicon) -> int:
    """Where a lake's or river's name starts when a place the dictionary knows, no division, opens
    the window (天府新区兴隆湖: a lake of the zone, named on its own), else ``begin``."""
    return next((e for s, e in spans if s == begin and e <= start - 2 and text[s:e] not in lex.divisions), begin)


def _opens_next_name(text: str, start: int, end: int, kind: str, suffixes: dict[str, str], lex: Lexicon) -> bool:
    """True when the character of a one-character suffix at ``[start, end)`` opens the name of the
    place written right after it, which its own suffix ends:

    - a word jieba knows, then a suffix of two characters or more (同煤集团塔|山煤矿: 塔山);
    - a division's name, then a town's or village's suffix (南昌县塔|城乡: 塔城);
    - a station's, port's or park's suffix right after it (沈丹高速公路白塔收费站, 惠州港荃湾港区), unless
      the suffix is a town's, station's or bridge's own;
    - one more character, then a street's, town's or village's suffix (浦口区桥|林街道, 崖州区港|门村,
      黄河口镇), unless the suffix is a town's: not before 乡镇, 乡村 or 镇街 (洞庭湖区乡镇), nor a level's
      character (区, 县), a joiner (海平路与镇邦街) or, before 村, a direction (湘江北村)."""
    if end < len(text) and word_tables().freq.get(text[start : end + 1], 0) > 0 and len(word_at(text, end + 1, suffixes)) >= 2:
        return True
    if text[start : end + 1] in lex.divisions and text[end + 1 : end + 2] in "乡镇村":
        return True
    right_after = word_at(text, end, suffixes)
    if kind not in ("town", "station", "bridge") and len(right_after) >= 2 and suffixes.get(right_after) in ("station", "port", "park"):
        return True
    return kind != "town" and end < len(text) and is_cjk(text[end]) and text[end] not in "区县市州省旗盟" \
        and text[end] not in JOINERS and text.startswith(NEXT_TOWN_SUFFIXES, end + 1) \
        and not text.startswith(("乡镇", "乡村", "镇街", "村镇", "村民", "村庄", "村级"), end + 1) \
        and not (text[end + 1] == "村" and text[end] in "东西南北中上下新老")


def _suffix_sites(text: str, ctx: Context) -> list[Candidate]:
    lex = ctx.lexicon
    suffixes = lex.words("site_suffix")
    lines = _lines(text, ctx) + _routes(text)
    found = list(lines)
    matches = list(_suffix_regex(suffixes).finditer(text))
    if not matches:
        return found  # no place named by its kind: one scan in C
    known = {m.end: m.start for m in dictionary_hits(text, ctx, "Site")}
    spans = [(m.start, m.end) for m in dictionary_hits(text, ctx, "Site")
             if m.entry.rule != "site:gazetteer" or text[m.start : m.end] == m.entry.name]
    full = {end for _, end in spans}
    floor = 0  # a line or station ends the next name's search (广佛环线广州南站)
    weak: list[Candidate] = []  # names of common words, kept only in a list with a proper one
    for match in matches:
        start, end = match.span()
        suffix, kind = match.group(), suffixes[match.group()]
        start, end, suffix = _reread(text, start, end, suffix, lex)  # 化工园区, 华大街道, 城陵矶
        kind = suffixes[suffix]
        if _blocked(text, start, end, lex) or any(l.start <= start < l.end for l in lines):
            continue
        if kind != "station" and (airport := word_at(text, end, suffixes)).endswith("机场") \
                and not _blocked(text, end, end + len(airport), lex):
            continue  # 呼和浩特白塔国际机场: the airport's name holds the suffix (塔), found by its own (not 西山万达广场机场巴士)
        if kind == "town" and text[start - 1 : start] == "等" and suffix in ("镇", "乡", "街道"):
            last = text.rfind("、", max(0, start - 6), start - 1)
            if last >= 0 and 2 <= start - 2 - last <= 4 and all(is_cjk(c) and c not in "省市区县" for c in text[last + 1 : start - 1]):
                continue  # 在虎门、长安、厚街、常平等镇: the kind of those listed (:func:`_listed_before_kind` names each), no 常平等镇
        if text[start - 3 : start - 2] == "等" and kind == "town" and not text[start - 2 : start] in lex.divisions:
            continue  # 斗门区白蕉镇、桂山镇等渔业镇: the kind of those listed, none named
        if suffix == "镇" and text[end : end + 1] == "镇" and (end + 1 == len(text) or text[end + 1] not in "级村街域区政人党委中干长内"):
            continue  # 撮镇镇: the first 镇 is part of the town's name (not 礼嘉镇镇级…, 厚街镇镇内)
        if suffix == "镇" and text[start - 1 : start] == "镇" and text[end : end + 1] in ("内", "级", "域", "区"):
            continue  # 厚街镇镇内公交: within the town just named, no second town
        if suffix == "镇" and text[start - 2 : start] == "镇集":
            continue  # 乌江镇集镇: the town's built-up area is the town (卢集镇, 胡集镇 are towns)
        if any(text.startswith(body, end - len(body)) for body in _bodies_over(lex).get(suffix, ())):
            continue  # 珠海边检总站: a government body's kind ends with the place's (unit_suffix …站 marked gov)
        if (len(suffix) == 1 or len(suffix) == 2 and end < len(text) and full_place_ends_at(text, start, lex.divisions, shortest=2)
                and opens_town_name(text, end, lex.words("stop"))) and _opens_next_name(text, start, end, kind, suffixes, lex):
            continue  # 同煤集团塔山煤矿, 浦口区桥林街道: the suffix's character opens the next place's name
        if len(suffix) == 1 and suffix in lex.words("transliteration_char") and len(text) >= end + 2 \
                and all(c in lex.words("transliteration_char") for c in text[end : end + 2]) \
                and any(text[k - n : k] in lex.countries for k in range(max(0, start - 3), start) for n in (2, 3, 4, 5) if k >= n):
            continue  # 俄罗斯下塔吉尔: the suffix's character is inside a name abroad written by its sounds (not 呼玛江哈达段)
        if len(suffix) == 1 and (_suffix_in_word(text, start, end, kind, lex) or kind == "bridge" and text[start - 1 : start] == suffix):
            continue  # 护送返乡: the suffix's character ends a verb; 大桥桥区: the bridge's area, no second bridge
        if suffix == "桥" and text[start - 1 : start] in ("主", "引") or suffix == "塔" and text[start - 2 : start] == "桥主":
            continue  # 长青桥主桥, 南北引桥, 寸滩长江大桥主塔: a bridge's parts, the bridge found by its own suffix
        if kind not in ("town", "line") and text.startswith(("街道", "镇", "乡"), end) and not text.startswith(("乡村", "镇街"), end):
            continue  # 临海市古城街道, 西湖街道: the street or town is named after it, and found by its own suffix
        if len(suffix) == 1 and start >= 3 and text[start - 2] in "座条" and text[start - 3] in "一两二三四五六七八九十几多":
            continue  # 架起一座金桥, 一条小河: a thing counted and described by one character, no name
        if text[start - 2 : start] in ("以东", "以西", "以南", "以北") and len(suffix) >= 2:
            continue  # 人民路以东片区: the area on one side of a place, named by that place alone (以东湖: 以 is a verb)
        if kind == "road" and _park_follows(text, end, ctx):
            continue  # 准格尔旗大路工业园区: the road's suffix is part of the zone's name
        whole = _water_word(text, start, end, kind, ctx)
        if whole:  # 漓江, 桃花江, 象鼻山: one place word jieba knows
            found.append(Candidate("Site", ctx.aliases.canonical("Site", text[whole:end]), whole, end, f"site_suffix:{suffix}", 1))
            continue
        if kind == "line" and text.startswith(("高速", "公路", "快速路"), end):
            continue  # 万州环线高速公路: the line's word is part of the road's name, found by its own suffix
        if kind in ("water", "line") and not _short_stem(text, start, end, ctx):
            listed = _listed_water(text, start, end, ctx) if kind == "water" else -1
            if listed < 0 and kind == "water" and suffix in lex.words("bounded_water"):
                listed = _bounded_stem(text, start)
            if listed >= 0:  # 加强岩河、芦江等河道; 利用潮白新河、蓟运河: an item of a list of waters
                found.append(Candidate("Site", ctx.aliases.canonical("Site", normalise_name(text[listed:end])), listed, end, f"site_suffix:{suffix}", 1))
            continue  # 湛江, 罗湖, 沿线: cheap tests before the boundary search
        begin = left_boundary(text, start, ctx, max_chars=12, max_tokens=5 if kind in ("park", "station") else 4,
                              stop_at_place="full")
        begin = next(((e if text[s:e] in lex.divisions else s) for s, e in spans if s < begin < e <= start - 2), begin)
        if kind == "water":
            begin = _after_zone(text, begin, start, spans, lex)  # 天府新区兴隆湖, as the window was found
        # a division the window cut into is a place of its own (博尔塔拉蒙古自治州 | 阿拉山口综合保税区), a landmark part of the name (港珠澳大桥珠海公路口岸)
        if begin > 0 and text[begin - 1 : begin + 1] in lex.words("stop") and start - begin > 3:
            begin += 1  # 新建华能长春热电厂: jieba cuts 新|建华, the 建 is the verb's
        if kind == "road" and begin >= 1 and start - begin == 2 and text[begin - 1] == "沿" and text[begin] in "河江湖海" \
                and text[begin + 1] in _DIRECTIONS:
            begin -= 1  # 沿河南路: a road named for running along the river, not 河南路 (沿 ended the search)
        begin = _national_prefix(text, begin, ctx)  # 中国（上海）自由贸易试验区…
        begin = _after_unit(text, begin, start, ctx)  # 海南港航控股有限公司秀英港 → 秀英港
        if kind in ("port", "town", "water", "road"):  # 巴斯夫路德维希港: a place written right after a body the dictionary
            # knows starts after it (腾讯滨海大厦, 万科松花湖度假区 are the company's own and keep its name)
            begin = max([begin] + [m.end for m in dictionary_hits(text, ctx, "Unit") if begin <= m.start and m.end <= start - 2])
        if kind in ("station", "port", "bridge"):
            begin = _after_line(text, begin, start, kind, ctx)  # 中老铁路王家营西站 → 王家营西站, 连霍高速公路霍尔果斯口岸, 二广高速雁门关隧道
            section = max(text.rfind("延段", begin, start - 2), text.rfind("工程", begin, start - 2))
            if kind == "station" and section >= begin:
                begin = section + 2  # 14号线北延段亭岗站, 续建工程坪洲站: a line's extension or works, then the station
        section = text.rfind("段", begin + 1, start - 2)
        if section > begin and kind != "line" and text[section - 1] not in "一二三四五六七八九十":  # 九段沙 is a name
            begin = section + 1  # 补水出口段松华坝水库: a section of the works, then the place named in it
        coded = _CODED_LINE.search(text, max(0, begin - 3), start - 1) if kind != "line" and "线" in text[begin:start] else None
        if coded is not None and coded.end() > begin:
            begin = coded.end()  # R2线鸿福路站: a line named by a code, then the station or road
        begin = max([begin, floor] + [l.end for l in lines if l.end <= start])  # 地铁3号线体育西路站 → 体育西路站
        begin = next((f.end for f in reversed(found) if begin < f.end < start and len(suffix) >= 2 and f.name.endswith(suffix)), begin)
        # 真武山隧道配置隧道专用车: a name holds no whole place of its own kind (配置隧道 then names none)
        road_named = kind == "town" and start - begin <= 6 and text[begin:start].endswith(("路", "街", "大道")) and text[begin - 1 : begin] in "、在和与及对" \
            and text[begin : begin + 2] not in lex.words("place_verb")  # 对毗邻福利路街道: a verb before the road's name
        begin = _past_title(text, begin if road_named else _past_verb(text, begin, start, ctx), start, ctx)  # 解放西街街道 keeps its 解放
        begin = _past_port(text, begin, start, ctx)  # 合肥|港|朱家桥外贸码头 → 朱家桥外贸码头
        if kind != "line" and start - begin >= 4:
            network = next((p for p in lex.words("line_prefix") if text.startswith(p, begin) and start - begin - len(p) >= 2), "")
            begin += len(network)  # 快速公交第一码头站: the network, then the station's own name (or the place it is named after)
        to = text.rfind("至", begin + 1, start - 1)
        if to > begin and start - to > 2 and kind != "line" and not any(text[to + 1 - n : to + 1] in lex.divisions for n in (2, 3)):
            begin = to + 1  # 化工区至阳逻港: a route written X至Y names both ends, the last of them here (东至县 is a county)
        hosts = spans + [(f.start, f.end) for f in found if f.rule.startswith("site_suffix:")]  # places named before this one
        if kind in ("port", "road", "park"):
            begin = next((e for s, e in hosts if s == begin and e <= start - 2 and (text[e - 1] == "区" or kind == "port" and text[e - 1] in "江河")), begin)
            # 深汕特别合作区小漠港, 前海合作区桂湾: a place written right after the zone it is in is named alone; 湘江白石港: a port on its river
        on_river = _on_river(text, begin, start, suffix, kind, hosts, ctx)
        begin = on_river or begin  # 茅洲河共和村, 盘龙江北辰大道: a place on the river just named, named alone (jieba may read 河共 as a word)
        begin = _past_classifier(text, _after_country(text, begin, start, ctx), start)
        if kind in ("road", "park", "building", "station", "bridge", "town"):
            begin = _after_named_area(text, begin, start, ctx)  # 西北旺镇永丰产业基地 → 永丰产业基地
        verb_road = (kind == "road" and len(suffix) <= 2 or suffix == "街道" and text[start - 2 : start] in lex.words("street_verb_name")) \
            and begin in (start, start - 2) and _named_by_verb(text, start, end, ctx)  # 前进街道: a street named like roads are (``street_verb_name``)
        if verb_road:
            begin = start - 2  # 建设街, 前进大街, 解放大路: a road named by a word that stops names elsewhere
        elif kind in ("bridge", "station", "building") and found and found[-1].start < begin < found[-1].end == start:
            begin = found[-1].start  # 前进大街立交桥: the bridge is named by the road just found
        elif suffix == "街道" and found and found[-1].end == start and found[-1].rule.startswith("site_suffix:") \
                and found[-1].name.endswith("站") and start - found[-1].start <= 6:
            begin = found[-1].start  # 火车南站街道: the street is named by the station just found
        if kind not in ("town", "line"):
            host = next((f for f in reversed(found) if f.rule in _STREET_RULES and begin <= f.start
                         and (f.end < start or f.end == start and suffix != "水库")), None)  # 湖南镇水库 is named after its town
            if host is None and (kind == "bridge" and ("桥" in suffix or suffix == "立交") or kind == "station"):  # 双龙大道秦淮河大桥; 前进大街立交桥, 营盘路湘江隧道 are named after their road
                host = next((f for f in reversed(found) if f.rule in _ROAD_RULES and begin <= f.start and f.end <= start - 2), None)
            if host is None and kind == "road" and suffix in ("街", "路", "大街", "大道"):
                host = next((f for f in reversed(found) if f.rule[12:] in lex.words("road_area_host") and begin <= f.start
                             and f.end <= start - 2), None)  # 大同古城大北街: a road inside a named old town (``road_area_host``)
            if host is not None:
                begin = host.end  # 招商街道妈湾, 南头古城村: a place written right after its street, town or road is one of its own
        if kind == "town" and 2 <= start - begin <= 4 and text[start - 1] == "族":
            begin = _before_people(text, begin, ctx)  # 日月藏族乡: the township's own name before its people's
        if kind == "town" and start - begin < 2:
            begin = _after_place(text, begin, start, ctx)  # 顺德区乐从镇: the stem after a full place name
        elif suffix in ("镇", "乡") and start - begin >= 4:
            begin += _city_short_opening(text, begin, start, ctx)  # 东莞凤岗镇: the city, then its town
        lead = next((n for n in (3, 2) if text[begin + n - 1 : begin + n] == "区" and text[begin : begin + n] in lex.generic("Site")
                     and start - begin - n >= 2), 0)
        if lead and is_cjk(text[begin + lead]):
            begin += lead  # 合作区望鹏大道: a zone named by its kind alone, then the road in it
        if text[begin : begin + 1] in "内外" and start - begin >= 3 and found and found[-1].end == begin and starts_word(text, begin + 1):
            begin += 1  # 大同古城内华严街: the street inside the place just found (临港新城外环东路 keeps its 外环)
        if begin >= 2 and text[begin - 1] in JOINERS and text[begin - 2] == "、" and is_cjk(text[begin]):
            begin -= 1  # 世纪大桥、和平桥: a joiner right after a list mark joins nothing, it opens the name
        dated = _EVENT_DATE.search(text, max(0, begin - 6), begin) if kind == "building" and begin > 2 else None
        if dated is not None:
            begin = dated.start()  # 5·12汶川特大地震纪念馆: a memorial named by the date of its event
        if kind == "town" and start - begin < 2 and _joiner_named(text, start):
            begin = start - 2  # 中和镇, 和庆镇: a town's name with a joiner's character in it
        if kind == "town" and start - begin == 2 and text[start - 1] in "路街" and begin > 0 and text[begin - 1] in JOINERS:
            begin -= 1  # 南岗区和兴路街道: a street named after a road (和兴路), whose one character is no name
        if kind == "town" and found and found[-1].start < begin < found[-1].end <= start - 2 and found[-1].rule in _TOWN_RULES:
            begin = found[-1].end  # 中和镇七里村: the village's name starts after the town it cut into
        elif suffix in ("村", "社区") and found and begin <= found[-1].start and found[-1].end == start - 1 and found[-1].rule in _STREET_RULES \
                and is_cjk(text[start - 1]):
            begin = found[-1].end  # 塘厦镇林村: a village of one character written right after its town
        if any(s < end < e for s, e in spans):
            continue  # 越南河内, 茶陵县: the suffix's character is inside a full place name (not a short county's: 独山湖滨湖)
        if end in known and known[end] < start and (end in full or begin >= known[end]):
            continue  # 下广州白云国际机场: the dictionary's name (the 新城 of 多巴新城 is only the suffix); 金清镇 holds a 清镇 of its own
        if (kind in ("station", "building") or suffix == "码头") and COUNT_AFTER.match(text, end):
            continue  # 建设快充站12座, 加氢站3座, 取水码头4处: facilities counted, none named (三水区14家 counts what is in one)
        if suffix.endswith("机场") and start - begin >= 6:
            edges = word_edges(text[begin:start])
            inside = next((begin + e for e in sorted(edges) if 2 <= e <= start - begin - 4 for n in (4, 3, 2)
                           if e + n in edges and any(d.level == "city" for d in lex.divisions.get(text[begin + e : begin + e + n], ()))
                           and text[begin + e - 2 : begin + e] not in lex.divisions), begin)
            begin = inside  # 沙尘暴天气呼和浩特白塔国际机场: an airport's name starts at its city's
        if suffix.endswith("机场") and start - begin >= 2:
            city = city_before(text, begin, ctx)
            if city and not any(d.name == city for d in lex.divisions[city]):
                begin -= len(city)  # 遵义新舟机场: an airport is named with its city's short name
        if kind == "park" and start - begin >= 2 and (dashed := before_dash(text, begin, ctx)) < begin:
            before = next((f.start for f in reversed(found) if f.end == begin - 1), None)
            joint = before if before is not None else _past_verb(text, dashed, begin - 1, ctx)
            if begin - 1 - joint >= 2 and not text.endswith(suffix, joint, begin - 1):
                begin = joint  # 衡山路—复兴路历史文化风貌区, 中国老挝磨憨—磨丁经济合作区: a zone named by the two places it joins (九寨沟景区—黄龙景区 are two)
        routed = suffix in lex.words("route_suffix") and text[begin - 1 : begin] == "至" and start - begin >= 2 \
            and (begin := _route_start(text, begin, ctx)) < start - 2 and "至" in text[begin:start]
        # 乐业至百色高速公路, 天峨经凤山至巴马高速公路, 黎塘至湛江铁路: the road is named by its ends
        if kind == "water":
            begin = _after_zone(text, begin, start, spans, lex)  # and as the verbs and titles before it left it
        if text[begin : begin + 2] == "号街" and begin > 0 and text[begin - 1].isdigit():
            while begin > 0 and text[begin - 1].isdigit():
                begin -= 1  # 涧西区2号街坊: a quarter named by its number (1号码头, 3号隧道 name none)
        name = normalise_name(text[begin:end])
        stem = name[: len(name) - len(suffix)]
        region = lex.words("regional_suffix").get(suffix, "")
        if region and not ctx.region.startswith(region) and not text.endswith("旗", 0, begin):
            continue  # 南药苏木: a plant; 苏木 is a town (布尔陶亥苏木) in Inner Mongolia's tables, or after a banner (``regional_suffix``)
        if stem.endswith("某"):
            continue  # 冷坑镇某村: a village left unnamed (the town before it is found by its own suffix)
        if len(stem) >= 2 and stem[1] == "级" and stem[0] in "省市区县镇乡村街":
            continue  # 镇级水厂, 区级农村供水管理总站: a kind of place at a level of government, none named
        if stem[:1] in lex.words("kind_char") and begin > 0 and is_cjk(text[begin - 1]):
            continue  # 示范|型应急管理站, 嵌入|式…: the end of a word that says what kind, no name's start
        leads = lex.words("place_lead_stop")
        lead = 0 if kind not in ("park", "building", "town", "station") or not 0 < len(stem) <= 2 or begin < 1 \
            else 2 if text[begin - 1] == "家" and text[begin - 2 : begin - 1] in leads \
            else 1 if (len(stem) == 1 and kind != "station" or stem[0] == "家") and text[begin - 1] in leads else 0
        if not lead and begin >= 2 and text[begin - 2] == "、" and text[begin - 1] in lex.words("listed_lead"):
            lead = 1  # 霍尔果斯口岸、都拉塔口岸: no adverb (都) opens a list's item, a name does
        if lead:  # 于桥水库, 于家村, 于家堡站: 于 is a surname here (家 a family's place)
            begin, name, stem = begin - lead, text[begin - lead : begin] + name, text[begin - lead : begin] + stem
        road = max(stem.rfind("路"), stem.rfind("大道") + 1)
        if suffix == "隧道" and road >= 1 and len(stem) - road - 1 >= 3 and _proper(stem[road + 1 :], ctx):
            begin, name, stem = begin + road + 1, name[road + 1 :], stem[road + 1 :]  # 福龙路横龙山隧道: the road, then the tunnel
        cut = max(stem.rfind("港") + 1, stem.rfind("港区") + 2 if "港区" in stem else 0)  # 广澳港区危险化学品码头: the port area
        if suffix == "码头" and cut >= 3 and cut < len(stem) and (not _proper(stem[cut:], ctx) or _cargo_only(stem[cut:], ctx)) \
                and _proper(stem[: cut - 1], ctx):
            found.extend(_port_and_area(name[:cut], begin, ctx))
            continue  # 新会港危险货物码头: the port, and a kind of its wharves
        if suffix == "码头" and _cargo_only(stem, ctx):
            continue  # 危化品码头, 严格危险化学品码头: wharves of a cargo, none named
        if len(stem) >= 3 and stem.endswith(word_tuple(lex, "platform_suffix")):
            continue  # “南京应急”微信公众号园区信息公开专栏: a system's or an account's section, no place
        if suffix == "公路" and not _paired_stem(stem):
            continue  # 农村公路, 旅游公路, 国省干线公路: kinds of road (深惠公路, 广深公路 join the places they link)
        if kind == "park" and stem in lex.countries and text[begin - 1 : begin] == "、":
            continue  # 学习荷兰、日本蓄滞洪区管理经验: a country's zones of that kind, none named (the country is found on its own)
        if suffix == "码头" and stem.endswith("港区") and len(stem) >= 4 and _proper(stem[:-2], ctx):
            found.extend(_port_and_area(name[: len(stem)], begin, ctx))
            continue  # 狼山港区码头, 沙田港区码头: the port area's wharves, named by the area
        two_char = suffix in ("街道", "镇", "乡") and (len(stem) < 2 or len(stem) > 4 and not _fits(text, begin, stem, kind, ctx)) \
            and two_char_town_name(text, start, ctx)
        if two_char:  # 支流万江街道, 安置在铜都街道: the window held words no name takes
            begin, stem = start - 2, text[start - 2 : start]
            name = normalise_name(text[begin:end])
        directional = len(stem) == 1 and stem in _DIRECTIONS and suffix in ("大街", "大道", "大路") and (
            begin == 0 or not is_cjk(text[begin - 1]) or text[begin - 1] in LIST_MARKS or text[begin - 1] in "在对至和与及经沿"
            or text[begin - 2 : begin] in lex.words("place_verb"))  # 解决南大街沿线: a verb done to the street
        village = suffix == "村" and len(stem) == 1 and found and found[-1].end == begin and found[-1].rule in _STREET_RULES \
            and found[-1].name[0] not in _LEVEL_CHARS  # 塘厦镇林村 (县聘乡管村用 is a slogan of levels)
        if len(stem) < 2 and not directional and not village or name in lex.generic("Site"):
            listed = _listed_water(text, start, end, ctx) if kind == "water" and len(stem) == 1 else -1
            if listed == begin:  # 在章江、贡江沿岸: a river of one character's name in a list of waters
                found.append(Candidate("Site", ctx.aliases.canonical("Site", name), begin, end, f"site_suffix:{suffix}", 1))
            continue  # 南大街, 北大街: a city's main streets are named by their direction
        if kind == "town" and all(c in "省市县区乡镇村街" for c in stem):
            continue  # 省市县乡, 县乡村: the levels of government, no town
        if kind == "town" and len(suffix) == 1 and stem in lex.divisions and is_full_place(stem, lex.divisions):
            continue  # 西夏区镇北堡镇: a district's full name and the first character of a town's (镇北堡镇)
        if suffix in ("社区", "小区") and not _community_name(stem, ctx):
            continue  # 韧性社区, 每个社区, 长安区社区, 配齐社区: a kind, a count or a district's communities
        placed = _placed_venue(text, begin, stem, suffix, kind, ctx) if not verb_road else 0
        if placed:  # 贵州省地质博物馆, 广东省人民体育场: a venue named with its division and common words
            begin, name = placed, normalise_name(text[placed:end])
        elif not (verb_road or two_char or begin == on_river > 0 or _fits(text, begin, stem, kind, ctx) or kind == "town" and known.get(start) == begin or suffix in _ANY_LIST and stem in lex.words("square_name")
                  or suffix in lex.words("person_named_suffix") and 2 <= len(stem) <= 4  # 梁启超故居: a person's house, whatever the name's words
                  or routed or kind == "building" and found and (found[-1].start, found[-1].end) == (begin, start)
                  and found[-1].rule.startswith("site_suffix:")):  # 孙中山故居纪念馆: a museum named after the place just found
            if kind in _LISTED_KINDS and text.startswith(suffix, begin + len(stem)) and (kind != "water" or _word_start(text, begin, ctx) and len(segment(stem)[0]) >= 2
                                                                                  and suffix not in stem):  # 剑河入库河口: the river, then its mouth
                weak.append(Candidate("Site", ctx.aliases.canonical("Site", name), begin, end, f"site_suffix:{suffix}", 1))
            continue
        if kind not in ("road", "town", "bridge", "water", "line") and stem[-2:] in _cut_tail(stem) and is_everyday_verb(stem[-2:]) \
                and stem[-2:] not in lex.divisions and not (suffix in _ANY_LIST and stem in lex.words("square_name")):
            # 开封城墙: 开封 is a city before it is a verb; 解放公园: a park named like squares are (``square_name``)
            continue  # 协调部门解决景区电力: a verb's object, no place named after a verb (解放路 is)
        if suffix in lex.words("site_needs_name") and (stem in lex.divisions and is_full_place(stem, lex.divisions)
                                                       or _place_and_generic(stem, ctx)):
            continue  # 甘井子区农贸市场, 南山片区滑雪场: the district's markets or ski resorts, none named
        if not verb_road and _verb_stem(stem, ctx) and not (stem in lex.landmarks and known.get(start) == begin):
            continue  # 加密江淮运河 (加密|江), 新开工高速公路: a verb before the suffix names no place (鹿回头 is a landmark's name)
        if stem.endswith("进") and not verb_road or "+" in stem or "＋" in stem:
            continue  # 非遗进景区, “机票+景区”: a campaign or a bundle, no place named
        if kind not in ("road", "line", "water") and (along := lex.regex("along_word").search(stem)) and (kind != "town" or along.group() != stem):
            continue  # 湘江沿岸化工园区, 邕江沿岸村屯: the zones along a river, none named (the river is found on its own; 沿江街道 is named)
        if _COUNT_STEM.fullmatch(stem) or _COUNT_TAIL.search(stem):
            continue  # N个街道, 另两个园区, 每座金矿: places counted, none named
        if _NUMBER_SHAPE.fullmatch(stem) and not (kind == "road" and len(segment(stem)[0]) >= 2):
            continue  # “一港多站”, 两区多点: a framework's shape (number, word, number), no place (百花|二路 is a road's number)
        if kind in ("park", "port") and _designation(name, ctx) or _RANKED.search(stem):
            continue  # 国家级海洋牧场示范区: a rank a zone is given, not a zone's name
        if _inner_site(stem, ctx):
            continue  # 前湾港区自动化码头: the 港区 is the place, the rest describes it
        if suffix in lex.words("place_facility") and (stem.endswith(word_tuple(lex, "site_suffix", 2))
                                                      or _COUNTED_END.search(stem) or found and found[-1].end == start and found[-1].start >= begin
                                                      and kind == "bridge" == suffixes.get(found[-1].rule.removeprefix("site_suffix:"))):
            continue  # 冰川公园索道, 土谷塘航电枢纽船闸, 牦牛坪三条索道, 长江二桥引桥: a named place's facility, none named (长江索道 is one)
        code = _ROUTE_CODE.search(text, max(0, begin - 5), begin) if kind == "road" else None
        if code:  # G50沪渝高速: the route number is part of the name
            begin, name = code.start(), code.group() + name
        if kind in ("area", "named_area") and (after := max((f.end for f in found if begin < f.end <= start - 2 and f.rule.startswith("site_suffix:")
                                                                          and f.name.endswith(("区", "街道", "镇", "乡", "村"))
                                                                          and not f.name.endswith(("试验区", "自贸区", "片区"))), default=0)):
            begin, name, stem = after, name[after - begin :], stem[after - begin :]  # 宁海路街道天目路片区, 郑东新区龙湖片区: the street or zone, then the area
        if kind == "area" and suffix == "片区" and (len(stem) >= 3 and stem.endswith("新") or "自由贸易试验区" in stem or "自贸试验区" in stem):
            kind = "park"  # 临港新片区, 中国（浙江）自由贸易试验区宁波片区 are names of their own, 前海片区 is 前海
        if (kind == "area" and stem not in lex.words("date_name")) or kind == "named_area" and (
                _is_known_place(stem, ctx) or stem.endswith(_suffix_tuple(lex))):
            # 前海片区 is 前海, 春熙路商圈 is 春熙路, 千岛湖库区 is 千岛湖; 三峡库区 and 株洲航电枢纽 are names of their own
            found.append(Candidate("Site", ctx.aliases.canonical("Site", stem), begin, start, f"site_suffix:{suffix}", 1))
            continue
        river = _river_opening(name, suffix, kind, ctx)
        if river and any(f.start == begin and begin + len(river) < f.end <= start for f in found):
            river = ""  # 珠江新城站: named after a place whose own name opens with the river's (珠江新城)
        if river:  # 赣江外洲水文站, 赣江八一大桥: the river, then the station or bridge on it
            found.append(Candidate("Site", ctx.aliases.canonical("Site", river), begin, begin + len(river), f"site_suffix:{river[-1]}", 1))
            begin, name = begin + len(river), name[len(river) :]
            if name[1:2] == "岸" and name[0] in "东南西北左右" and start - begin >= 4:
                begin, name = begin + 2, name[2:]  # 赣江东岸八一大桥: the river, its bank, then the bridge
        city = _city_opening_road(name, suffix, kind, ctx)
        if city:  # 上海南京路步行街, 成都春熙路: the city, then the road's own name
            found.append(Candidate("Site", city, begin, begin + len(city), SHORT_RULE, 1))
            begin, name = begin + len(city), name[len(city) :]
        inner = _split_at(name, suffix, kind, ctx)
        if inner:  # 烟台港芝罘湾港区: the port and its district
            found.append(Candidate("Site", ctx.aliases.canonical("Site", name[:inner]), begin, begin + inner, f"site_suffix:{suffix}", 1))
            begin, name = begin + inner, name[inner:]
        if kind == "road" and suffix.startswith("高速") and text.startswith(("复线", "新线"), end):
            end, name = end + 2, name + text[end : end + 2]  # 杭甬高速公路复线, 荣乌高速公路新线: the second road, a place of its own
        if kind in ("road", "bridge") and suffix != "街" and text.startswith("社区", end) and len(stem) >= 2:
            end, name = end + 2, name + "社区"  # 颐和路社区, 得胜桥社区: the community named after its road
        found.append(Candidate("Site", ctx.aliases.canonical("Site", name), begin, end, f"site_suffix:{suffix}", 1))
        if suffix in lex.words("listed_suffix") and text[begin - 1 : begin] == "、":  # 图们、集安、长白口岸
            found.extend(Candidate("Site", normalise_name(text[s:e]) + suffix, s, e, "site:coordinated", 2)
                         for s, e in conjuncts_before(text, begin, suffix) if not text[s:e].endswith(_suffix_tuple(lex)) and text[s:e] not in lex.countries
                         and not text.endswith(tuple(lex.words("unit_suffix")), s, e) and text[s : s + 2] not in lex.words("stop")  # 梅山海关、…; 新建东疆、…
                         and (kind != "water" or text[e - 1] == text[start - 1]))  # 春涟、夏涟、冬涟河: one family's names (虎丘、金鸡湖 are two places)
        if kind == "town" and text[begin - 1 : begin] == "、" and not text.startswith(("人民政府", "政府"), end) \
                and not _body_follows(text, end, ctx) and not text.startswith(_TOWN_SUFFIXES, end) and not _kind_written_next(text, end, suffix, lex) \
                and not name.endswith("新村"):  # 燕山、甸柳新村街道: no 燕山村; 建业里、永嘉新村: lanes and estates, no 建业里村
            # 清河、西三旗街道: 清河街道 too (丹灶、九江镇人民政府 and 半山、祥符街道社区卫生服务中心 list bodies)
            found.extend(Candidate("Site", normalise_name(text[s:e]) + suffix, s, e, "site:coordinated", 2)
                         for s, e in conjuncts_before(text, begin, suffix, named_after=name[-len(suffix) - 1 :][:1] if suffix == "街道" else "")
                         if not text.endswith("站", s, e) and not (suffix == "村" and text[s:e] in lex.landmarks)
                         and not (e - s >= 4 and text.endswith(word_tuple(lex, "site_suffix", 2), s, e))  # 大运新城、坂田街道: a place of its own kind
                         and not (suffix in ("镇", "乡") and e - s >= 3 and text[e - 1] in "湖河江"))
            # 虎门镇汽车客运站、长安镇: a station is no town's name; 白石洲、湖贝村: a landmark is no village (解放碑、…街道 are streets);
            # 松山湖、寮步镇: a lake or river of its own (its zone), no town (八大湖、…街道 are streets named after lakes)
        if kind == "town" and suffix in _TOWN_SUFFIXES:
            community = _community_after(text, end, ctx)
            if community:  # 玉林街道双凤社区: the community named right after its street
                found.append(Candidate("Site", normalise_name(text[end:community]), end, community, "site:community", 1))
        if kind in ("line", "station"):
            floor = end
    return found + _listed_with(text, weak, found, lex) if weak else found


def _kind_written_next(text: str, end: int, suffix: str, lex: Lexicon) -> bool:
    """赛里木湖、果子沟、那拉提镇、巩乃斯镇: the next name of the list writes the kind again, so
    each town's is written and the names before the first are no towns (各乡镇, 相关街道 name none)."""
    if text[end : end + 1] != "、":
        return False
    found = text.find(suffix, end + 3, end + 10)
    stem = text[end + 1 : found] if found > 0 else ""
    generic, stops = lex.words("generic_word"), lex.words("stop")
    if not stem or not all(is_cjk(c) and c not in LIST_MARKS for c in stem) or stem.startswith(tuple(lex.words("category_marker"))):
        return False
    first = segment(stem)[0]
    return first not in generic and first not in stops


def _route_start(text: str, begin: int, ctx: Context) -> int:
    """Where a road named by the places it joins starts (乐业至百色高速公路, 天峨经凤山至巴马…):
    the names before 至 and 经, two to eight characters each, or ``begin`` when there are none."""
    position = begin
    while text[position - 1 : position] in ("至", "经"):
        first = _past_verb(text, left_boundary(text, position - 1, ctx, max_chars=8, max_tokens=3), position - 1, ctx)
        words = segment(text[first : position - 1])
        if position - 1 - first < 2 or word_tag(words[-1]) in ("v", "vn") or words[-1] in ctx.lexicon.words("stop"):
            break  # 扩展至京港澳高速: a verb's reach, no road's end
        if text.endswith(word_tuple(ctx.lexicon, "route_end_kind"), first, position - 1):
            break  # 坂田街道至清平高速, 小漠港至深汕高速公路: a place of its own kind (``route_end_kind``), from which the road is reached
        position = first
    return position


def _bodies_over(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """Government bodies' kinds (``unit_suffix`` marked gov) that end with a place's suffix: 站 → 边检总站."""
    return lex.derived("site:bodies-over", lambda: {
        suffix: tuple(u for u, kind in lex.words("unit_suffix").items() if kind == "gov" and u != suffix and u.endswith(suffix))
        for suffix in lex.words("site_suffix")})


def _reread(text: str, start: int, end: int, suffix: str, lex: Lexicon) -> tuple[int, int, str]:
    """The suffix a match is read as when a longer reading overlaps it: one starting on its last
    character (``site_reread_inside``, with the least length of the match: 化工园|区 is 园区, the
    zone's trade the name's; 华大|街道 is a street, not 华大街) or right after it
    (``site_reread_after``, with the most length of the match: 城陵|矶 is no tomb, 陵)."""
    inside, after = lex.derived("site:rereadings", lambda: (
        tuple((w, int(n)) for w, n in lex.words("site_reread_inside").items() if w in lex.words("site_suffix")),
        tuple((w, int(n)) for w, n in lex.words("site_reread_after").items() if w in lex.words("site_suffix"))))
    for word, least in inside:
        if word != suffix and len(suffix) >= least and text.startswith(word, end - 1):
            return end - 1, end - 1 + len(word), word
    for word, most in after:
        if len(suffix) <= most and text.startswith(word, end):
            return end, end + len(word), word
    return start, end, suffix


#: A community's name (two to four characters) and 社区, and what would make it a body's (社区卫生服务中心).
_COMMUNITY = re.compile(r"([\u4e00-\u9fff]{2,4}?)社区(?!卫生|居委|居民委员会|党|服务|医院|工作站|网格)")


def _community_after(text: str, end: int, ctx: Context) -> int:
    """The end of a community's name written right after its street or town (晋阳街道铁佛社区), or 0:
    a stem of no stop word and not only common words (街道试点社区, 街道开展社区 name none)."""
    match = _COMMUNITY.match(text, end)
    if match is None:
        return 0
    lex = ctx.lexicon
    tokens = segment(match.group(1))
    if any(t in lex.words("stop") or is_everyday_verb(t) for t in tokens) or all(t in lex.words("generic_word") for t in tokens) \
            or word_tables().freq.get(match.group(1), 0) >= RARE_WORD_FREQ and word_tag(match.group(1)) not in ("ns", "nr", "nz") \
            or text[end : match.end()] in lex.words("not_site"):  # (东区街道长江社区: a place's name, however frequent)
        return 0  # 街道全部社区, 街道老旧社区: a common word, no name
    return match.end()


#: Kinds of place whose names in a list vouch for each other (光华桥、大光明桥、刘庄桥).
_LISTED_KINDS = ("road", "bridge", "building", "park", "station", "water")
#: Suffixes whose names of common words a list with a place of any kind confirms.
_ANY_LIST = ("公园", "广场")


def _listed_with(text: str, weak: list[Candidate], found: list[Candidate], lex: Lexicon) -> list[Candidate]:
    """The names of common words (光华桥, 大光明桥) written in one list with a name the suffix rule
    kept (刘庄桥) and the same suffix: the list names places of one kind. 光华桥 alone is kept
    nowhere (政企连心桥, 沟通桥 name no bridge). A park or square (``_ANY_LIST``: 五一广场, 笔架山公园)
    listed with any place found is one too (五一广场、太平街), and so are two of them in a list that opens
    with where something is done (``locative``: 在天府广场、人民公园; 建设口袋公园、文化广场 names kinds)."""
    kept: list[Candidate] = []
    taken = True
    sure = [c for c in found if c.rule.startswith("site_suffix:")]
    located = [w for w in weak if w.rule[12:] in _ANY_LIST and text[w.start - 1 : w.start] in lex.words("locative")]
    while taken:
        taken = False
        for candidate in weak:
            if candidate in kept:
                continue
            for other in (found + located if candidate.rule[12:] in _ANY_LIST else sure) + kept:
                if (other.rule == candidate.rule or candidate.rule[12:] in _ANY_LIST or _both_water(candidate, other, lex)) and (
                        other.start == candidate.end + 1 and text[candidate.end] == "、"
                        or candidate.start == other.end + 1 and text[other.end] == "、"):
                    kept.append(candidate)
                    taken = True
                    break
    return kept


def _both_water(one: Candidate, other: Candidate, lex: Lexicon) -> bool:
    """True when both are rivers or lakes named by their suffix (王家河、东风湖、吉家湖: one list of waters)."""
    suffixes = lex.words("site_suffix")
    return all(c.rule.startswith("site_suffix:") and suffixes.get(c.rule[12:]) == "water" for c in (one, other))


def _body_follows(text: str, end: int, ctx: Context) -> bool:
    """A body's name goes on after a town's (…街道社区卫生服务中心, …镇中心小学): its words up to
    a unit suffix, with no stop word or mark between."""
    lex = ctx.lexicon
    units, stops = _unit_endings(lex), lex.words("stop")
    for token in segment(text[end : end + 12]):
        if not is_cjk(token[0]) or token in stops:
            return False
        if token.endswith(units):
            return True
    return False


def _unit_endings(lex: Lexicon) -> tuple[str, ...]:
    """Unit suffixes of two characters or more, but a task force's (专班, 工作组: ``body``), which a
    list of places may set up without naming one each (解放碑、化龙桥、大坪街道楼宇经济工作专班)."""
    return lex.derived("site:unit-endings-tuple", lambda: tuple(w for w, kind in lex.words("unit_suffix").items()
                                                                 if len(w) >= 2 and kind != "body"))


def _past_title(text: str, begin: int, start: int, ctx: Context) -> int:
    """顾伟民副市长专题调度化工园区: a person's title of two characters or more ends the search of a
    place's name (a place holds no 副市长)."""
    index, titles, _ = words_index(long_titles(ctx.lexicon))
    last, seen = begin, set()
    for position in range(start - 1, begin - 1, -1):  # each title's last occurrence is met first
        for length in index.get(text[position], ()):
            end = position + length
            title = text[position:end]
            if end <= start and title in titles and title not in seen:
                seen.add(title)
                if start - end >= 2 and not _place_ends_in(text, begin, position + 1, ctx):
                    last = max(last, end)
                elif start - end == 1 and start + 1 < len(text) and is_cjk(text[start + 1]) and text[start + 1] not in "、和与及" \
                        and not _place_ends_in(text, begin, position + 1, ctx) and text[position] not in "省市区县州镇乡":
                    last = max(last, start)  # 副市长蔡镇雄: one character after the title, then the suffix's: a person's name
                    # (not 开发区长春路, whose 区长 is a place's end and a road's start)
    return last


def _place_ends_in(text: str, begin: int, end: int, ctx: Context) -> bool:
    """A division's name ends at ``end`` (万州 of 万州长江二桥, whose 州长 is no title)."""
    places = ctx.lexicon.divisions
    return any(text[end - n : end] in places for n in range(2, min(end - begin, 6) + 1))


def _park_follows(text: str, end: int, ctx: Context) -> bool:
    """A zone's suffix of two characters or more right after ``end`` (工业园区, 开发区)."""
    lex = ctx.lexicon
    parks = lex.derived("site:park-suffixes", lambda: tuple(w for w, kind in lex.words("site_suffix").items() if kind == "park" and len(w) >= 2))
    return text.startswith(parks, end)


def _suffix_tuple(lex: Lexicon) -> tuple[str, ...]:
    """The site suffixes, for ``str.endswith``."""
    return word_tuple(lex, "site_suffix")


def _split_at(name: str, suffix: str, kind: str, ctx: Context) -> int:
    """Where a port or lake written before a district or area of its own ends (烟台港芝罘湾港区 →
    烟台港 + 芝罘湾港区, 青海湖二郎剑景区 → 青海湖 + 二郎剑景区), or 0: ``site_split_after`` ends the
    first, and a rare word (a proper name: 芝罘湾, 二郎) starts the second (郑州航空港经济综合实验区 and
    北仑港区 go on in everyday words); a zone's trade (``zone_trade``: 立沙岛精细化工园区) is no name."""
    if kind not in ("port", "park"):
        return 0
    lex = ctx.lexicon
    stem = name[: len(name) - len(suffix)]
    community = stem.find("社区", 2)
    if community > 0 and len(stem) - community - 2 >= 2:
        return community + 2  # 上寮社区上寮工业区: the community, then the zone in it
    zone = next((stem.find(z) + len(z) for z in _ZONE_ENDINGS if stem.find(z) >= 2 and len(stem) - stem.find(z) - len(z) >= 2), 0)
    if kind == "port" and zone:
        return zone  # 九江经济技术开发区城西港区: the zone, then the port's district in it
    if suffix == "港区" and len(stem) >= 4 and stem[-2] == "港" and stem[-1] in _DIRECTIONS:
        return len(stem) - 1  # 烟台港西港区: the port, then its district named by a direction
    for position in range(2, len(stem) - 2):
        if stem[position] in lex.words("site_split_after"):
            if stem[position : position + 2] == "港区" and len(stem) - position >= 4:
                position += 1  # 彭泽港区矶山作业区: the port's district ends the first
                if stem[position + 1 : position + 3] in lex.words("generic_word"):
                    return 0  # 大窑湾港区冷链码头: the district's wharf, no place of its own
            words = segment(stem[position + 1 :])
            first = words[0]
            if len(first) >= 2 and (word_tables().freq.get(first, 0) < _RARE_START and word_tag(first) not in ("v", "vn") or first in lex.divisions) \
                    and first not in lex.words("generic_word") and not (kind == "park" and first in lex.words("zone_trade")):
                # (北大湖滑雪度假区: an activity, 滑雪, names what the lake's resort is for; no second place)
                return position + 1  # 铜陵港江北港区: a district's name starts the second too
            if len(words) >= 2 and len(first) == len(words[1]) == 1 and all(map(is_cjk, words[:2])):
                return position + 1  # 长沙港霞凝港区: characters jieba knows no word of (霞|凝) start a proper name
            if first != stem[position + 1 : position + 2] or first not in lex.words("site_split_after"):
                return 0
            # 连云港港连云港区: the city's 港 is followed by the port's own; the split comes after that one
    return 0


#: The second of two places written together starts with a word rarer than this (芝罘湾 3, 二郎 118).
_RARE_START = 1000

#: A stem that only counts (N个, 另两个, 每座): the places of a kind counted, none named.
_COUNT_STEM = re.compile(r"(?:[另每各其这该][一两二三四五六七八九十几多]*|[0-9０-９N]+[余多]?|[一两二三四五六七八九十几多]+(?=个))[个座家所处条片批]")
#: A stem that ends in a count (辖区N个镇乡, 全市12个): what follows is counted, not named.
_COUNT_TAIL = re.compile(r"(?:[0-9０-９N]+[余多]?[个座家所处条片批]|[一两二三四五六七八九十几多]+个)$")

#: 一级以上渔港, 二级渔港, 4A级以上景区: a rank of a kind of place, not a place's name.
#: 一港多站, 一核两翼区: a number, one character and a number before the suffix are a programme's shape, no place's name (两江四湖景区 is one).
_NUMBER_SHAPE = re.compile(r"[一二两三四五六七八九十百千万多][^\W\d][一二两三四五六七八九十百千万多]")

_RANKED = re.compile(r"(?:[一二三四五六七八九十0-9]+A*|A+)[级等]")


#: A batch of designations (第七批, 首批) before a rank.
_BATCH = re.compile(r"^(?:第[一二三四五六七八九十0-9]+|首|新一|下一)批")


def _designation(name: str, ctx: Context) -> bool:
    """True for the rank of a kind of zone (国家级海洋牧场示范区, 国家沿海渔港经济区): a rank (``rank_word``)
    or a national word (``site_designation``) and no place after it."""
    lex = ctx.lexicon
    name = _BATCH.sub("", name)  # 第七批国家级海洋牧场示范区: a batch of zones so ranked
    levels = lex.derived("site:designations", lambda: tuple(sorted({*lex.words("rank_word"), *lex.words("site_designation")}, key=len, reverse=True)))
    level = next((w for w in levels if name.startswith(w) and len(name) > len(w)), None)
    return level is not None and not starts_with_place(name[len(level) :], ctx)


def _cut_tail(stem: str) -> tuple[str, ...]:
    """The last word of a stem as jieba cuts it (one-tuple), for tests on that word."""
    tokens = segment(stem)
    return tokens[-1:]


#: A national or provincial route number written before an expressway's name (G50, S15).
_ROUTE_CODE = re.compile(r"(?<![A-Za-z0-9])[GS][0-9]{1,4}$")


def _inner_site(stem: str, ctx: Context) -> bool:
    """True when the stem ends a place at a site suffix and goes on in everyday words
    (前湾港区自动化 → 前湾港区; 长寿经开区智慧化工 → 长寿经开区; not 大鹏半岛国家地质…, a designation)."""
    lex = ctx.lexicon
    for match in suffix_regex(lex.words("site_suffix")).finditer(stem):
        head, rest = stem[: match.start()], stem[match.end() :]
        kind = lex.words("site_suffix").get(match.group())
        if len(head) >= 2 and len(rest) >= 2 and len(match.group()) >= 2 and kind in ("port", "park", "area") \
                and not rest.startswith(tuple(lex.words("site_designation"))) \
                and all(t in lex.words("generic_word") or (len(t) >= 2 and not _proper(t, ctx)) for t in segment(rest)):
            return True
        if len(head) >= 2 and kind == "water" and rest and all(t in lex.words("water_context") for t in segment(rest)):
            return True  # 大黑河沿岸灌区: the river, and what lies along it
    return False


def _blocked(text: str, start: int, end: int, lex) -> bool:
    """A word that is no place runs across the suffix (思路, 街道办); one that starts inside a
    longer suffix does not (新区建设 in 高新区建设), unless it says the suffix names points of a
    network (``site_tail_word``: 站点 in 农村客运站点)."""
    return any((left >= start or right >= end or end - start < 2)
               and not (end - start >= 3 and start < left < end and text[left:right] not in lex.words("site_tail_word"))
               and not (right == end and left < start and _place_word_ending(text, left, end, lex))
               and not (left == start and right > end and text.startswith(_area_words(lex), end) and _cut_at(text, end))
               for left, right in words_across(text, start, end, lex.words("not_site")))  # 高新区建设: 新区建设 starts inside


def _area_words(lex: Lexicon) -> tuple[str, ...]:
    """Words of a river's or mountain's area (``area_word``) that jieba may glue the suffix to (河流 in 安宁河流域, 山区 in 贡嘎山区域)."""
    return lex.derived("site:area-words", lambda: tuple(lex.words("area_word")))


def _cut_at(text: str, position: int) -> bool:
    """True when jieba cuts the few characters around ``position`` there (安宁河|流域, 贡嘎山|区域:
    the 河流 and 山区 that run across the suffix are no words here; 保护|河流 is one)."""
    low = max(0, position - 4)
    return position - low in word_edges(text[low : position + 3])


#: jieba's tags of a mountain's two-character name that names a road when 路 follows (燕山 ns, 历山 n).
_ROAD_NAMING_TAGS = ("ns", "n", "nr", "nz")


def _place_word_ending(text: str, left: int, end: int, lex: Lexicon) -> bool:
    """中山路: the 山路 (a mountain road) is the end of a place word jieba knows, or of a place's
    name and its road (潜山路: 潜山 is a county), or of a numbered road written before a list
    mark (兴慈一路、)."""
    if any(word_tag(text[begin:end]) == "ns" or text[end - 1] == "路" and text[begin : left + 1] in lex.divisions
           for begin in range(max(0, left - 2), left)):
        return True
    if text[left:end] == "山路" and left >= 2 and word_tag(text[left - 2 : left + 1]) == "ns":
        return True  # 莫干山路: a mountain of three characters jieba knows, and its road
    if text[left:end] == "山路" and left and word_tag(text[left - 1 : left + 1]) in _ROAD_NAMING_TAGS \
            and segment(text[max(0, left - 3) : left + 1])[-1] == text[left - 1 : left + 1]:
        return True  # 燕山路, 历山路: a mountain's name and 路 (修建山路, 乡村|山路 name no road)
    if text[left:end] == "山村" and left >= 2 and (text[left - 2] in "镇乡" or text.endswith("街道", 0, left - 1)) \
            and is_cjk(text[left - 1]) and text[left - 1] not in "乡镇村":
        return True  # 沙石镇峰山村, 西丽街道平山村: a village named after its hill, right after its town (修建山村道路 names none)
    if text[left:end] == "河涌" and left >= 1 and starts_word(text, left - 1) \
            and (text[left - 1 : left + 1] in lex.divisions or word_tag(text[left - 1 : left + 1]) == "ns"):
        return True  # 沙河涌: a creek of the Pearl River delta named after its river (整治河涌, 内河涌 name none)
    return text[left:end] == "一路" and left >= 2 and is_cjk(text[left - 1]) and (
        end == len(text) or text[end] in LIST_MARKS or text[end] in "。；;"
        or text[left - 3 : left - 2] in LIST_MARKS and text[end] not in "上下走来同绿向前平顺畅高狂")  # 、宝民一路开展 (一路上, 一路绿灯 name none)


def _after_unit(text: str, begin: int, start: int, ctx: Context) -> int:
    """A place written right after a body's name starts after it (…有限公司秀英港, …局东湖区)."""
    endings = ctx.lexicon.derived("site:unit-endings", lambda: re.compile(
        "(?:" + trie_pattern(w for w, kind in ctx.lexicon.words("unit_suffix").items()
                             if kind == "gov" or len(w) > 1 and kind in ("company", "org", "body")) + ")"))
    last = begin
    for match in endings.finditer(text, begin, start):
        if text.startswith("区", match.end()):
            continue  # 宝安中心区滨海文化公园: 中心区 is a place's kind, no body's
        if match.end() - match.start() == 1 and match.start() > begin and word_tag(text[match.start() - 1 : match.end()]) == "f":
            continue  # 北部湾东路: 北部 is a direction, no body's 部
        least = 1 if ctx.lexicon.words("unit_suffix").get(match.group()) == "company" else 2  # 中石化天津分公司南港: a company's, and no name
        if start - match.end() >= least and (match.start() > begin or begin == 0 or not is_cjk(text[begin - 1])
                                         or ctx.lexicon.words("unit_suffix").get(match.group()) != "org"):  # 大学西路街道: 大学 alone names no body
            last = match.end()
    return last


def _past_port(text: str, begin: int, start: int, ctx: Context) -> int:
    """合肥港朱家桥外贸码头: a name the window started at the 港 of a place's port (合肥港) starts
    after it, when jieba reads the 港 alone after the place."""
    if begin > 1 and start - begin > 3 and text[begin] == "港" and is_cjk(text[begin + 1]):
        before = next((text[begin - n : begin] for n in (4, 3, 2) if begin >= n and text[begin - n : begin] in ctx.lexicon.divisions), "")
        if before and segment(text[begin - len(before) : begin + 2])[:2] == (before, "港"):
            return begin + 1
    return begin


def _paired_stem(stem: str) -> bool:
    """A road's name of two characters jieba knows no word of, each the short name of a place it
    links (深|惠公路, 布|龙公路, 广|深公路), none a level's or a kind's character (县|乡公路, 通|村公路)."""
    return len(stem) == 2 and len(segment(stem)) == 2 and not any(char in _NOT_PAIRED for char in stem)


#: Characters no place's short name in a road named by the places it links is (县乡公路, 环湖公路, 通村公路).
_NOT_PAIRED = frozenset("省市县区乡镇村组国环沿通绕疏干支专")


def _verb_stem(stem: str, ctx: Context) -> bool:
    """True when the whole stem is one verb: a verb done to places (``place_verb``), or one word
    that ends in an everyday verb (新开工). An everyday verb alone may name a road (解放路)."""
    tokens = segment(stem)
    if len(tokens) == 2 and is_everyday_verb(tokens[0]) and tokens[1] in _POSITIONS:
        return True  # 解决|下立交桥: a verb and where, no name (富强|路街道, 欢喜|庄村 are named)
    if len(tokens) >= 2 and is_everyday_verb(tokens[-1]) and all(word_tag(t) in ("d", "ad") for t in tokens[:-1]):
        return True  # 全面|落实|水库安全管理责任: an adverb and a verb done to a kind of place
    return stem in ctx.lexicon.words("place_verb") or len(tokens) == 1 and len(stem) > 2 and is_everyday_verb(stem[-2:])


def _after_line(text: str, begin: int, start: int, kind: str, ctx: Context) -> int:
    """Where a station's, port's, bridge's or tunnel's own name starts when a road or line
    (``line_word``) is written before it: 沈大高速于洪收费站, 中老铁路王家营西站, 二广高速雁门关隧道;
    a city's road (arg ``street``) names its own (神农大道下穿隧道)."""
    last = begin
    words = ctx.lexicon.words("line_word")
    for match in ctx.lexicon.regex("line_word").finditer(text, begin, start):
        if kind == "bridge" and words[match.group()] == "street":
            continue
        if start - match.end() >= 2:
            last = match.end()
    return last


def _joiner_named(text: str, start: int) -> bool:
    """中|和|镇, 、和|庆|镇: jieba cut a town's two-character name at a joiner (和, 与, 及) that is
    part of it, and the pair starts a word (after a list mark or a word jieba knows); 市和镇 is
    two levels."""
    pair = text[start - 2 : start] if start >= 2 else ""
    if len(pair) < 2 or not all(is_cjk(c) for c in pair) or not (set(pair) & JOINERS) or set(pair) & set(_LEVEL_CHARS):
        return False
    if start == 2 or not is_cjk(text[start - 3]) or text[start - 3] in LIST_MARKS:
        return True  # 、和庆镇
    window = text[max(0, start - 6) : start]
    return pair[0] not in JOINERS and len(window) - 2 in word_edges(window)  # 认定中和镇, not 乡镇和驻村


#: The suffixes of towns and subdistricts: a name written after one starts after it (西北旺镇永丰产业基地,
#: 方洞镇石牌坊村), and one right after a village's suffix makes it part of a longer name (甸柳新村街道).
_TOWN_SUFFIXES = ("街道", "镇", "乡", "苏木")
#: The rules of the towns a village's name may be written right after.
_TOWN_RULES = ("site_suffix:镇", "site_suffix:乡", "site_suffix:苏木")
#: The rules of the streets and towns a place of another kind may be written right after.
_STREET_RULES = ("site_suffix:街道", "site_suffix:镇", "site_suffix:乡")
#: The rules of the roads a bridge or station with a name of its own may be written right after.
_ROAD_RULES = ("site_suffix:路", "site_suffix:大道", "site_suffix:大街", "site_suffix:街", "site_suffix:公路")
#: Characters of administrative levels: 市和镇 names two levels, no town.
_LEVEL_CHARS = "省市区县乡镇村"


def _after_place(text: str, begin: int, start: int, ctx: Context) -> int:
    """Where a town's name starts right after a full place name (顺德区乐从镇 → 乐从)."""
    places = ctx.lexicon.divisions
    for length in (2, 3):
        head = start - length
        if head > 0 and all(is_cjk(c) for c in text[head:start]) and full_place_ends_at(text, head, places, shortest=2):
            return head
    return begin


def _on_river(text: str, begin: int, start: int, suffix: str, kind: str, spans: list[tuple[int, int]], ctx: Context) -> int:
    """Where a place's own name starts when a river or lake already named opens its window, or 0:
    a village's or community's name of two or three characters (茅洲河共和村), a reservoir's, bridge's,
    port's or road's proper name of two to six (大沙河西丽水库, 北川河朝阳桥, 太湖金墅港, 盘龙江北辰大道).
    Not a road or bridge named after the water (淮河路步行街, 长江东大街, 嘉陵江滨江路), nor what is on the
    water's banks (沿岸村); parks, buildings and stations keep the water's name (海河外滩公园, 松山湖公交枢纽站)."""
    village = suffix in ("村", "社区")
    if not (village or suffix == "水库" or kind in ("road", "bridge", "port")) or suffix == "隧道":
        return 0  # (东濠涌深层隧道: a tunnel is named after the water it runs under)
    lex = ctx.lexicon
    for s, e in spans:
        if s != begin or text[e - 1] not in "河江湖溪涌" or text[e : e + 1] in "路街道大新滨沿" \
                or text[e : e + 1] in "东西南北中" and text[e : e + 2] not in lex.divisions:
            continue  # (柳青河北京路: a road named after a city)
        stem = text[e:start]
        if stem in lex.words("water_context") or stem in lex.words("along_word"):
            return 0
        if 2 <= len(stem) <= 3 if village else 2 <= len(stem) <= 6 and _proper(stem, ctx):
            return e
    return 0


def _city_short_opening(text: str, begin: int, start: int, ctx: Context) -> int:
    """The length of a city's short name opening a town's (镇, 乡) name of two characters or more after it
    (东莞凤岗镇 → 东莞 | 凤岗镇, 东莞长安镇段), or 0; not before a road's, a direction's or a level's
    character (杭州南路镇, 遵义县鸭溪镇), nor before common words."""
    for length in (3, 2):
        city = text[begin : begin + length]
        rest = start - begin - length
        if rest >= 2 and text[begin + length] not in "路街道东西南北中县区市州盟旗" \
                and any(d.level == "city" and d.name != city for d in ctx.lexicon.divisions.get(city, ())) \
                and _proper(text[begin + length : start], ctx):
            return length
    return 0


def _before_people(text: str, begin: int, ctx: Context) -> int:
    """Where an ethnic township's own name starts before its people's (日月藏族乡, 格萨拉彝族乡): the
    words right before, up to four characters, that are no stop word, no verb and no division."""
    lex = ctx.lexicon
    low = max(0, begin - 8)  # wider than the name, so that the cut does not start inside a word (湟源县|日月)
    tokens = segment(text[low:begin])
    taken = 0
    for token in reversed(tokens):
        if not all(is_cjk(c) for c in token) or token in lex.words("stop") or is_everyday_verb(token) \
                or token in lex.divisions and is_full_place(token, lex.divisions) or taken + len(token) > 4:
            break
        taken += len(token)
    return begin - taken if taken >= 2 else begin


def _past_verb(text: str, begin: int, end: int, ctx: Context) -> int:
    """车辆通行杭州湾跨海大桥 → 杭州湾跨海大桥, 方式抽查曲江新区 → 曲江新区: a leading word that
    ends in a verb, an everyday verb or a verb done to places (``place_verb``: 拓宽秦陵北路), starts no
    place name (two characters at least stay)."""
    stops, verbs, places, suffixes = ctx.lexicon.words("stop"), ctx.lexicon.words("place_verb"), ctx.lexicon.divisions, ctx.lexicon.words("site_suffix")
    tokens = segment(text[begin:end])
    cut = max((i + 1 for i, token in enumerate(tokens[:-1])
               if (len(token) > 2 and (token[-2:] in stops or is_everyday_verb(token[-2:]))
                   or (is_everyday_verb(token) or token in verbs) and (sum(len(t) for t in tokens[i + 1:]) >= (1 if token in verbs else 2)
                                                                        or _direction_street(text, end, tokens[i + 1:])
                                                                        and token not in ctx.lexicon.words("street_verb_name")))
               and token not in places and not (len(tokens[i + 1]) == 1 and tokens[i + 1] in suffixes)), default=0)
    # 包头稀土高新区: a city's name jieba tags a verb; 富强路街道: a verb that names a road
    if not cut and len(tokens) > 2 and len(tokens[0]) == 1:  # 做|大|宁波舟山港, 新|设|无水港: jieba cut the verb apart
        lead = tokens[0] + tokens[1]
        if lead in verbs and len(tokens[1]) == 1 and end - begin - 2 >= 2:
            cut = 2
    while cut < len(tokens) - 2 and len(tokens[cut]) == 2 and not _is_known_place(tokens[cut], ctx) \
            and word_tag(tokens[cut]) not in ("nr", "nrt", "nz", "nt") and word_tables().freq.get(tokens[cut], 0) >= _RARE_LEAD \
            and starts_with_place(text[begin + sum(map(len, tokens[: cut + 1])) : end], ctx) \
            and end - begin - sum(map(len, tokens[: cut + 1])) >= 3:
        cut += 1  # 加密桂林两江国际机场, 稳定开行喀什站: words before a place the name starts with
    return begin + sum(len(token) for token in tokens[:cut])


def _direction_street(text: str, end: int, rest: tuple[str, ...]) -> bool:
    """整治西街业态: a direction alone (西, 东 …) before 街 is a street's whole name, so the verb before it
    is cut off though one character stays (解放西路 is a road named after 解放路, and keeps its verb)."""
    return len(rest) == 1 and rest[0] in _DIRECTIONS and text.startswith(("街", "大街"), end)  # 解决南大街沿线


#: The date that names an event, written before a memorial or museum of it (5·12, 9·18, 12·12).
_EVENT_DATE = re.compile(r"(?<![0-9０-９.])(?:1[0-2]|[1-9])[·•](?:[1-3][0-9]|[1-9])$")


#: A word rarer than this before a place is part of the name it opens (润扬长江公路大桥: 润扬 34), not a verb (加密 145).
_RARE_LEAD = 100


#: One-character words a waterway's name may follow (在磨刀门水道, 对鸡啼门水道).
_STEM_LEADS = frozenset("在对和与及至经")


def _bounded_stem(text: str, start: int) -> int:
    """Where a waterway's name of two or three characters starts when a mark, the text's start, a
    one-character preposition or an everyday verb stands right before it (在磨刀门水道, 加强鸡啼门水道,
    、虎跳门水道: ``bounded_water``), or -1."""
    for begin in (start - 3, start - 2):
        if begin >= 0 and all(is_cjk(c) for c in text[begin:start]) and text[begin] not in _STEM_LEADS \
                and (begin == 0 or text[begin - 1] in DELIMITERS or text[begin - 1] in _STEM_LEADS or is_everyday_verb(text[begin - 2 : begin])):
            return begin
    return -1


def _short_stem(text: str, start: int, end: int, ctx: Context) -> bool:
    """A two-character stem may stand before a one-character suffix: not a place's own name (罗湖, 湛江)."""
    places = ctx.lexicon.divisions
    if not (start >= 2 and is_cjk(text[start - 1]) and is_cjk(text[start - 2])) or text[start - 2 : end] in places:
        return False
    if text[start - 1 : end] in places and not _place_word(text[start - 2 : end]) and not _list_item(text, start - 2, end) \
            and not (full_place_ends_at(text, start - 2, places) and word_tag(text[start - 2 : end]) not in ("nr", "nrt")):  # 仁和区大黑山; 香洲区孙中山 names a person
        return False  # 深圳罗湖; but 麓谷、梅溪湖、洋湖 lists a lake, no 溪湖 (a district of 本溪)
    return _word_start(text, start - 2, ctx) or any(text[start - 2 - n : start - 2] in ctx.lexicon.world for n in (2, 3, 4))  # 新加坡裕廊岛


def _water_word(text: str, start: int, end: int, kind: str, ctx: Context) -> int:
    """The start of a river, lake or mountain jieba knows as one place word and cuts as one word,
    after a boundary, a list mark or a stop word (依托漓江、桃花江; not the 香山 of 庙香山), or 0.
    Divisions (江山, 黄山) are the gazetteer's."""
    if kind != "water":
        return 0
    for length in (1, 2, 3):  # 漓江, 桃花江, 海拉尔河
        begin = start - length
        word = text[begin:end]
        if begin >= 0 and all(is_cjk(c) for c in word) and _place_word(word) and word not in ctx.lexicon.divisions \
                and word not in ctx.lexicon.generic("Site") \
                and not _blocked(text, start, end, ctx.lexicon) and stands_alone(text, begin, end) and _word_start(text, begin, ctx) \
                and _water_ends(text, end, ctx):
            return begin
    return 0


def _water_ends(text: str, end: int, ctx: Context) -> bool:
    """Nothing of a longer name after a river's or mountain's word: the text's end, a mark, a stop
    word or a word of its surroundings (``water_context``: 流域, 沿岸); 北山美丽园 goes on."""
    if end == len(text) or not is_cjk(text[end]) or text[end] in LIST_MARKS:
        return True
    lex = ctx.lexicon
    follows = lex.derived("site:water-follows", lambda: tuple(lex.words("water_context")) + tuple(lex.words("stop")))
    return text.startswith(follows, end)


#: The longest name part of a river or lake read off a list of waters (潮白新河, 十五里河).
_LISTED_WATER_STEM = 5
#: The longest name part of the first item, which no mark bounds on its left (潮白新河).
_FIRST_WATER_STEM = 3


def _listed_water(text: str, start: int, end: int, ctx: Context) -> int:
    """Where the name of a river or lake starts when it is an item of a list of waters, or -1: the
    list's marks bound the name whatever its words (加强岩河、芦江等河道; 亮马河、坝河、通惠河; 利用潮白新河、
    蓟运河; 桂山岛、外伶仃岛、大万山岛). Each item joined to it by 、 ends in a water's suffix (江, 河, 湖, 岛:
    ``listed_water``; 康山、珠湖、黄湖蓄滞洪区 lists flood areas), the item ends the name (a mark, 等,
    沿线 …), and a first item starts after a verb, a stop word or a mark, with
    three characters at most that are no verb's (细化赤水河). A name the dictionary knows
    in full is its own (检验岷江). A name part of one character makes no word jieba knows (内河,
    江河, 临河 are words, 入河 a verb's); a longer one is proper (人工湖、景观湖 name kinds)."""
    lex = ctx.lexicon
    waters = lex.derived("site:list-waters", lambda: "".join(sorted(w for w in lex.words("listed_water") if len(w) == 1)))
    if text[end - 1] not in waters or not _water_ends(text, end, ctx):
        return -1
    if any(m.end == end and (m.entry.rule != "site:gazetteer" or text[m.start : m.end] == m.entry.name) for m in dictionary_hits(text, ctx, "Site")):
        return -1
    listed_after = text[end : end + 1] == "、"
    if listed_after and not _water_item_at(text, end + 1, waters, ctx):
        return -1
    low = start
    while low > max(0, start - _LISTED_WATER_STEM - 1) and is_cjk(text[low - 1]) and text[low - 1] not in LIST_MARKS:
        low -= 1
    stops = lex.words("stop")
    if low > 0 and text[low - 1] == "、":
        if text[low - 2 : low - 1] not in tuple(waters):
            return -1  # 康山、珠湖: the item before is no water
        begin = low
    elif listed_after:
        begin, bounded = start, low == 0 or not is_cjk(text[low - 1]) or text[low - 1] in LIST_MARKS
        for token in reversed(segment(text[low:start])):
            if token in stops or is_everyday_verb(token):
                bounded = True
                break  # 加强|岩河, 利用|潮白新河, 在|浐河: the verb or preposition before the list
            begin -= len(token)
        if not bounded or start - begin > _FIRST_WATER_STEM or any(word_tag(token) in _DESCRIBING_TAGS for token in segment(text[begin:start])):
            return -1  # 细化赤水河、乌江, 提前预排白马河、: the first item's words are the verb's
    else:
        return -1
    stem = text[begin:start]
    if not stem or stem[0] in NUMERAL_LEADS and (len(stem) < 3 or _COUNT_STEM.match(stem)) or any(token in stops for token in segment(stem)) \
            or any(c in waters for c in stem):  # (十五里河 is a name, 三条河 a count)
        return -1  # 剑河入库河口, 黑马河逐河制定: one water to an item, the rest its surroundings
    if begin > 0 and text[begin - 1].isdigit():
        return -1  # 7月白沙河、西河: a date before the list
    if len(stem) == 1 and (begin >= 3 and text[begin - 3] == stem or text[end + 1 : end + 2] == stem):
        return -1  # 治河、治湖, 巡河、巡湖: one verb done to each kind of water
    if len(stem) == 1 and end - start == 1:
        return begin if word_tables().freq.get(text[begin:end], 0) == 0 and text[begin:end] not in lex.divisions else -1
    if len(stem) == 1:
        return begin  # 蓟运河: one character before a suffix of two
    return begin if _proper(stem, ctx) and stem not in lex.divisions else -1


def _water_item_at(text: str, at: int, waters: str, ctx: Context) -> bool:
    """True when the list item starting at ``at`` is a river's or lake's: a few characters, then a
    water's suffix that ends it (芦江等, 灞河沿线)."""
    for stop in range(at + 2, min(len(text), at + _LISTED_WATER_STEM + 1) + 1):
        char = text[stop - 1]
        if not is_cjk(char) or char in LIST_MARKS:
            return False
        if char in waters and _water_ends(text, stop, ctx):
            return True
    return False


def _list_item(text: str, begin: int, end: int) -> bool:
    """True when text[begin:end] is an item of a list of its own: a list mark before and after it,
    or a preposition, a clause's start or the text's before the first item (在梅溪湖、洋湖; 柏临河、卷桥河)."""
    first = begin == 0 or text[begin - 1] in "在于与和及，,；;：:。"
    return (begin > 0 and text[begin - 1] == "、" or first and text[end : end + 1] == "、") \
        and (end == len(text) or text[end] in "、和及与等")


def _place_word(word: str) -> bool:
    """True when jieba knows ``word`` as one place word (九龙江, though 龙江 is also a county)."""
    return word in word_tables().freq and word_tag(word) == "ns"


def _fits(text: str, begin: int, stem: str, kind: str, ctx: Context) -> bool:
    """The suffix kind's demands on the name part.

    A network (深圳地铁) needs a place; a river, lake or line (茅洲河, 千岛湖, 广佛线) a short
    proper stem; a town (塘厦镇, 长安镇) a short stem that starts a word, proper or not.
    """
    if kind == "network":  # 深圳地铁: a city's network (光明区地铁 is the metro in a district, 临江地铁车站 stations by a river)
        divisions = ctx.lexicon.divisions.get(stem, ())
        return any(d.level in ("city", "province") for d in divisions) if divisions else _is_known_place(stem, ctx)
    if kind in ("grassland", "wall"):
        return _wild_name(stem, ctx)  # 格根塔拉草原, 喜峰口长城
    if kind in ("water", "line"):
        return len(stem) == 2 and _proper(stem, ctx)
    if kind == "station" and suffix_regex(ctx.lexicon.words("site_suffix")).search(stem[-4:]) and stem[-1] != "站":
        return True  # 体育西路站, 番禺广场站: a station named after a road or square
    if kind == "station" and ctx.aliases.get("Unit", stem) is not None:
        return True  # 华为站, 腾讯滨海站: a station named after a company the dictionary knows
    if kind == "road" and len(stem) >= 2 and not any(t in ctx.lexicon.words("stop") for t in segment(stem)):
        return _proper(stem, ctx) or word_tag(stem[:2]) != "v"  # 华南快速干线
    if kind == "town":  # 塘厦镇, 巴彦浩特镇 (four characters, a proper name); 长乐中路街道 is named after its road
        named_after_road = len(stem) <= 5 and stem.endswith(("路", "街", "村", "城", "门", "站"))
        short = len(stem) <= 3 or len(stem) == 4 and _proper(stem, ctx) and not any(t in ctx.lexicon.words("stop") for t in segment(stem)) \
            or 4 <= len(stem) <= 7 and stem.endswith("族")  # 日月藏族乡, 新堡布依族乡: a name and its people
        return (short or named_after_road) and not all(t in ctx.lexicon.words("generic_word") for t in segment(stem)) and _word_start(text, begin, ctx)
    return _proper(stem, ctx) or _home_district_stem(stem, ctx)


def _home_district_stem(stem: str, ctx: Context) -> bool:
    """光明新区 in a Shenzhen table: the stem names a district of the table's own city whose short form
    is an everyday word, which the gazetteer leaves out (光明区, 和平区)."""
    region = ctx.region
    return len(region) >= 4 and any(d.code.startswith(region) for d in ctx.lexicon.divisions.get(stem + "区", ()))


#: A place's number in its name: 第三 (西宁市第三污水处理厂).
_ORDINAL = re.compile("第[一二三四五六七八九十0-9]{1,3}")


def _placed_venue(text: str, begin: int, stem: str, suffix: str, kind: str, ctx: Context) -> int:
    """Where a venue's name starts when it is a province's full name and common words
    (贵州省地质博物馆, 广东省人民体育场), or any division's and a number (西宁市第三污水处理厂) or a
    park's common words (伊宁市电子商务产业园): the division's start, or 0. The boundary search stops
    at a division; the words after it alone are no name (地质博物馆). A district's venue is
    written after it, not named with it (象山区 | 体育公园)."""
    park = suffix in ("产业园", "创业园")  # (村级工业园, 冷链物流园 after a county are its kinds, none named)
    if not (kind == "building" or park) or suffix in ctx.lexicon.words("site_needs_name") or not stem or _proper(stem, ctx):
        return 0
    places = ctx.lexicon.divisions
    # 西宁市第三污水处理厂: a city's numbered plant; 伊宁市电子商务产业园, 包河区数字经济产业园: a division's park of a trade
    levels = ("province", "city", "county") if park or _ORDINAL.fullmatch(stem) else ("province",)
    for length in range(min(begin, 8), 1, -1):
        place = text[begin - length : begin]
        if place in places and any(d.name == place and d.level in levels for d in places[place]):
            start = begin - length
            stops = ctx.lexicon.words("stop")
            return start if start == 0 or not is_cjk(text[start - 1]) or text[start - 1] in LIST_MARKS \
                or text[start - 1] in stops or text[max(0, start - 2) : start] in stops else 0
    return 0


def _is_known_place(name: str, ctx: Context) -> bool:
    return name in ctx.lexicon.divisions or ctx.aliases.get("Site", name) is not None


#: Characters of numbers, which a counted kind's classifier follows (12个街镇, 两条通村公路).
_NUMERALS = NUMERAL_LEADS | frozenset("0123456789０１２３４５６７８９百千几多")


def _port_and_area(name: str, begin: int, ctx: Context) -> list[Candidate]:
    """A port (新会港) or a port's area (狼山港区) whose wharves were written after it; a port
    written before its area is a place of its own (温州港龙湾港区 → 温州港, 龙湾港区)."""
    if not name.endswith("港区"):
        return [Candidate("Site", ctx.aliases.canonical("Site", name), begin, begin + len(name), "site_suffix:港", 1)]
    zone = _split_at(name, "港区", "port", ctx) if any(z in name for z in _ZONE_ENDINGS) else 0
    if zone:  # 九江经济技术开发区城西港区码头: the zone, then its port's district
        return [Candidate("Site", ctx.aliases.canonical("Site", name[:zone]), begin, begin + zone, "site_suffix:港区", 1),
                Candidate("Site", ctx.aliases.canonical("Site", name[zone:]), begin + zone, begin + len(name), "site_suffix:港区", 1)]
    port = name.rfind("港", 0, len(name) - 2) + 1
    if port < 2 or len(name) - port < 4 and not (len(name) - port == 3 and name[port] in _DIRECTIONS):
        port = 0  # (烟台港西港区: an area named by a direction)
    area = Candidate("Site", ctx.aliases.canonical("Site", name[port:]), begin + port, begin + len(name), "site_suffix:港区", 1)
    if not port:
        return [area]
    return [Candidate("Site", ctx.aliases.canonical("Site", name[:port]), begin, begin + port, "site_suffix:港", 1), area]


#: jieba tags of words that may describe a cargo's wharves (老旧, 严格, 二期) without naming one (兴发, a verb's
#: tag, may name the company's).
_CARGO_DESCRIBING_TAGS = frozenset(("a", "ad", "an", "b", "d", "m", "q", "r", "t"))


def _cargo_only(stem: str, ctx: Context) -> bool:
    """危化品, 老旧危化品, 严格危险化学品: a cargo (``wharf_cargo``), with only describing words before it."""
    lex = ctx.lexicon
    cargo = next((w for w in lex.words("wharf_cargo") if stem.endswith(w)), "")
    if not cargo:
        return False
    generic, stops = lex.words("generic_word"), lex.words("stop")
    return all(t in generic or t in stops or word_tag(t) in _CARGO_DESCRIBING_TAGS for t in segment(stem[: len(stem) - len(cargo)]))


def two_char_town_name(text: str, start: int, ctx: Context) -> bool:
    """True when a town's or street's two-character name is right before its suffix at ``start``
    (万江, 铜都), when the name the boundary search found fits no town: two Han characters that are
    no frequent word (辖区, 沿线, 属地 are), no stop word, level or generic word, no classifier after a
    number (12个街镇) and no road's end (东路街道), and start a word after a word or a stop word."""
    stem = text[start - 2 : start]
    lex = ctx.lexicon
    if len(stem) < 2 or not all(is_cjk(c) and c not in LIST_MARKS for c in stem) or stem[0] in lex.words("stop") \
            or text[start - 3 : start - 2] in _NUMERALS or stem[1] in "路街道巷" \
            or stem in lex.words("stop") or stem in lex.words("generic_word") or stem in lex.words("not_site") \
            or all(c in _LEVEL_CHARS for c in stem) or _COUNT_STEM.fullmatch(stem) or _NUMBER_SHAPE.fullmatch(stem):
        return False
    if word_tables().freq.get(stem, 0) >= RARE_WORD_FREQ and word_tag(stem) != "ns":
        return False
    if start >= 4 and text[start - 3] in JOINERS and text[start - 4] in KIND_ENDINGS:
        return True  # 仙塘村和乐从镇: 和 joins two places, whatever word jieba reads across it (和乐)
    low = max(0, start - 6)
    before = segment(text[low : start - 2])
    if before and (len(before[-1]) < 2 and before[-1] not in LIST_MARKS and before[-1] not in lex.words("stop")
                   or all(c in lex.words("transliteration_char") for c in before[-1] + stem)):
        return False  # 温都尔勒图镇: a longer name (of single characters, or transliterated), not 勒图 (仙塘村、乐从镇 is a list's)
    return start - 2 - low in word_edges(text[low : start + 2])


def _word_start(text: str, begin: int, ctx: Context) -> bool:
    """Nothing but a boundary, a list mark or a stop word before ``begin``."""
    if begin == 0 or not is_cjk(text[begin - 1]) or text[begin - 1] in LIST_MARKS:
        return True
    stops, places = ctx.lexicon.words("stop"), ctx.lexicon.divisions
    if any(text[max(0, begin - n) : begin] in stops or text[max(0, begin - n) : begin] in places for n in (1, 2, 3, 4)):
        return True
    if begin >= 2 and (is_everyday_verb(text[begin - 2 : begin]) or text[begin - 2 : begin] in ctx.lexicon.words("place_verb")) \
            and 2 in word_edges(text[begin - 2 : begin + 2]):
        return True  # 整治纳林陶亥镇: after a frequent verb, or a verb done to places, that jieba reads as a word of its own
    if any(text[begin - n : begin] in places for n in range(5, min(begin, 16) + 1)):
        return True  # 新巴尔虎左旗嵯岗镇, 禄劝彝族苗族自治县乌蒙乡: after a long division's name
    if any(text[max(0, begin - n) : begin] in former_counties(ctx.lexicon) for n in (3, 4, 5)):
        return True  # 湟中县拦隆口镇: after a county's name of former times
    if text.endswith(_TOWN_SUFFIXES, 0, begin) and begin >= 3:
        return True  # 方洞镇石牌坊村: a village after its town
    zones = ctx.lexicon.derived("site:zone-suffixes", lambda: tuple(w for w, k in ctx.lexicon.words("site_suffix").items() if k == "park" and len(w) >= 2))
    if begin >= 4 and text.endswith(zones, 0, begin):
        return True  # 大鹏新区南澳街道: a street after its zone
    return is_everyday_verb(text[max(0, begin - 2) : begin])  # 扶持上王村: after an everyday verb


#: A line named by a code of letters and digits (R2线, S1线), which a station's name may follow.
_CODED_LINE = re.compile(r"[A-Z]+[0-9]{1,2}线")
#: A ring road written without 路 (北二环, 二环线), standing between delimiters, locative or joining words: not 一环六射,
#: 四节一环保 (the words around it are a slogan's), and not 二环路 or 二环东路, which the road suffixes find.
_RING_ROAD = re.compile(r"(?:^|(?<=[、，,。；;：:在和与及至对沿经从到\s“]))([东南西北]?[一二三四五六七]环(?:线(?!路)|(?=$|[、，,。；;等和与及至以内外周沿段两一”）)\s])))"
                        r"|(?<![一二三四五六七八九十0-9])([东南西北]?[一二三四五六七]环线)(?!路)")
#: The number of a line's name: what 地铁18号线 and 佛山地铁2号线 do not share with the next line.
_LINE_NUMBER = re.compile(r"(?:(?:(?<![A-Z])[A-Z])?[0-9]{1,2}|[一二三四五六七八九十]{1,3})号线$")


def _river_opening(name: str, suffix: str, kind: str, ctx: Context) -> str:
    """A river jieba or the dictionary knows as a place (赣江, 黄河) that opens the name of a station
    or bridge with a name of its own after it (赣江外洲水文站 → 赣江 + 外洲水文站), or ""."""
    if kind not in ("station", "bridge"):
        return ""
    for length in (3, 2):
        river, rest = name[:length], name[length : len(name) - len(suffix)]
        if river[-1] in "江河" and len(rest) >= 2 and (word_tag(river) == "ns" or ctx.aliases.get("Site", river) is not None) \
                and not rest.startswith(("大", "特大", "公路", "铁路", "峡谷")) and river not in ctx.lexicon.divisions:
            return river
    return ""


def _city_opening_road(name: str, suffix: str, kind: str, ctx: Context) -> str:
    """The short name of a city or province (上海, 成都) that opens a street's name written after it
    (上海南京路步行街, 成都春熙路), or "": streets are not named with their city (南京路 is named
    after one; 杭州绕城高速公路, a highway, is)."""
    port = kind == "port" and suffix == "港"  # 上海洋山港, 深圳盐田港 (宁波舟山港 is named with both its cities)
    square = next((w for w in ctx.lexicon.words("square_name") if suffix == "广场" and name.endswith(w + suffix)
                   and len(name) - len(w) - len(suffix) in (2, 3)), "")  # 上海人民广场: the city, then its 人民广场
    if square:
        city = name[: len(name) - len(square) - len(suffix)]
        divisions = ctx.lexicon.divisions.get(city, ())
        return city if divisions and all(d.name != city for d in divisions) and any(d.level in ("city", "province") for d in divisions) else ""
    if not port and (kind != "road" or suffix not in _CITY_STREET_SUFFIXES):
        return ""
    first = segment(name)[0]
    for length in (3, 2):
        city, rest = name[:length], name[length:]
        divisions = ctx.lexicon.divisions.get(city, ())
        if divisions and all(d.name != city for d in divisions) and any(d.level in ("city", "province") for d in divisions) \
                and len(rest) - len(suffix) >= 2 and rest[0] not in _STREET_CHARS \
                and not (port and (len(rest) != 3 or rest[:2] in ctx.lexicon.words("generic_word")
                                   or any(d.level != "county" for d in ctx.lexicon.divisions.get(rest[:2], ())))) \
                and (first == city or first[-1] in _STREET_CHARS and first.startswith(city)):  # jieba reads 上海南京路 as one word
            return city
    return ""


#: The street suffixes a city's name may be written before (not highways or ring roads, named with it).
_CITY_STREET_SUFFIXES = frozenset(("路", "街", "大街", "大道", "步行街", "巷"))
#: Characters that end a street's name: what follows a city inside 南京路 is no street of its own.
_STREET_CHARS = frozenset("路街道巷")


def city_before(text: str, start: int, ctx: Context, levels: tuple[str, ...] = ("city",)) -> str:
    """A city's (or with ``levels`` a province's) short or full name right before ``start`` that
    starts a word (佛山 in 对佛山地铁…)."""
    for length in (3, 2):
        word = text[max(0, start - length) : start]
        if len(word) == length and any(d.level in levels for d in ctx.lexicon.divisions.get(word, ())) \
                and _word_start(text, start - length, ctx):
            return word
    return ""


def _named_by_verb(text: str, start: int, end: int, ctx: Context) -> bool:
    """建设街沿线, 前进大街、, 解放大路: a verb of two characters (建设, 前进, 解放) names a
    road when they stand as a word of their own at a word's start, and the road's name ends there
    (the text's end, a mark, a stop word, a word of its surroundings: 沿线, or a bridge: 立交桥)."""
    lex = ctx.lexicon
    verb = text[start - 2 : start]
    if start < 2 or word_tag(verb) not in ("v", "vn") or not _word_start(text, start - 2, ctx):
        return False
    if start - 2 > 0 and is_cjk(text[start - 3]) and 1 not in word_edges(text[start - 3 : end]):
        return False  # the verb's characters belong to a longer word
    if end == len(text) or not is_cjk(text[end]) or text[end] in LIST_MARKS:
        return True
    after = segment(text[end : end + 4])[0]
    return after in lex.words("stop") or after in lex.words("water_context") or \
        lex.words("site_suffix").get(text[end : end + 3]) == "bridge" or text.startswith(("立交", "高架", "交叉口"), end)


#: The ends of a section of a line or river written right after it: 1号线小什字至沙坪坝段, 乌江彭水至涪陵段.
_SECTION = re.compile(r"(?:[一二三四]期)?([\u4e00-\u9fff]{2,4}?)至([\u4e00-\u9fff]{2,4}?)段")


def _section_ends(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """The places that end a section of a numbered line or a river just named (轨道交通1号线小什字至沙坪坝段:
    小什字, 沙坪坝), named as written where no other name holds them (涪陵 is the gazetteer's); points of any
    river or line (``section_point``: 深圳河河口至深圳湾段) name none."""
    lex, ends = ctx.lexicon, []
    for line in found:
        if line.rule != "site:line" and line.name[-1:] not in _SECTION_HOSTS:
            continue
        match = _SECTION.match(text, line.end)
        if match is None:
            continue
        for group in (1, 2):
            start, end = match.span(group)
            if group == 1 and end - start >= 4 and text[start + 1] == "岸" and text[start] in "东南西北左右":
                start += 2  # 钱塘江北岸九溪至珊瑚沙段: the bank, then the place
            name = text[start:end]
            if name in lex.words("stop") or name in lex.generic("Site") or name in lex.words("section_point") \
                    or any(c.start < end and start < c.end for c in found):
                continue
            ends.append(Candidate("Site", ctx.aliases.canonical("Site", name), start, end, "site:section-end", 1))
    return ends


#: The suffixes of rivers a section is written after (嘉陵江广元至合川段).
_SECTION_HOSTS = frozenset("江河")


def _routes(text: str) -> list[Candidate]:
    """National and provincial roads by their numbers (国道318线, G318国道, 107国道); like a line, one ends
    the search of the next name's start (国道317线旅游景观大道 names no 线旅游景观大道)."""
    found = [Candidate("Site", normalise_name(m.group()), m.start(), m.end(), "site:route", 2)
             for m in _ROUTE.finditer(text)] if "道" in text or "线" in text else []
    if "经" in text or "纬" in text:  # 经十路, 纬五路: the numbered roads of a grid, whose 经 is no verb
        found += [Candidate("Site", m.group(), m.start(), m.end(), "site:grid-road", 2) for m in _GRID_ROAD.finditer(text)]
    return found


#: A line's number: 3, B1, 十二.
_NUMBER = "(?:[A-Z]?[0-9]{1,2}|[一二三四五六七八九十]{1,3})"


def _lines(text: str, ctx: Context) -> list[Candidate]:
    """Numbered metro and rail lines: 地铁18号线, and 22号线 listed after it (地铁18号线、22号线); the
    numbers listed before one 号线 after a network's name are its lines too (轨道交通3、4号线)."""
    if "号线" not in text:
        return []
    lex = ctx.lexicon
    pattern = lex.derived("site:lines", lambda: re.compile(
        "(?P<prefix>" + trie_pattern(lex.words("line_prefix")) + ")?(?P<listed>(?:" + _NUMBER + "[、和及与])*)(?P<number>"
        + _NUMBER + ")号线"))
    found: list[Candidate] = []
    last = ""  # the network named last in this text: 地铁1号线定安路站、7号线吴山广场站 is its 7号线
    for match in pattern.finditer(text):
        prefix, start = match.group("prefix") or "", match.start()
        if match.group("listed") and prefix:  # 轨道交通3、4号线: each number before the last is a line of the same network
            place = city_before(text, start, ctx)
            first = start - len(place)
            for number in re.finditer(_NUMBER, match.group("listed")):
                name = place + prefix + number.group() + "号线"
                begin = first if number.start() == 0 else match.start("listed") + number.start()
                found.append(Candidate("Site", ctx.aliases.canonical("Site", name), begin, match.start("listed") + number.end(), "site:line", 2))
            prefix, start, last = place + prefix, match.start("number"), place + prefix
            name = prefix + match.group("number") + "号线"
            found.append(Candidate("Site", ctx.aliases.canonical("Site", name), start, match.end(), "site:line", 2))
            continue
        start = match.start("number") if match.group("listed") else start  # 3、4号线 with no network: the line written whole
        if not prefix and found and found[-1].end == match.start() - 1 and text[found[-1].end] in LIST_MARKS:
            prefix = _LINE_NUMBER.sub("", found[-1].name)
        elif prefix:
            place = city_before(text, start, ctx)  # 佛山地铁2号线: the city's network
            prefix, start = place + prefix, start - len(place)
            last = prefix
        elif last and (start == 0 or not text[start - 1].isdigit()):
            prefix = last
        name = prefix + match.group("number") + "号线"
        found.append(Candidate("Site", ctx.aliases.canonical("Site", name), start, match.end(), "site:line", 2))
    return found


#: jieba tags of words that describe a community rather than name it (宁静, 配齐, 两个, 所有, 首批).
_DESCRIBING_TAGS = frozenset(("a", "ad", "an", "v", "vd", "vn", "m", "q", "r", "d", "t", "f", "p", "c"))
#: A community's stem that ends in a division's kind is the division's communities (长安区社区, 温泉镇社区).
_DIVISION_ENDINGS = ("区", "县", "市", "省", "州", "镇", "乡", "街道", "国")


def _community_name(stem: str, ctx: Context) -> bool:
    """True when the words before 社区 name one community (固戍社区, 百步亭社区, 和畅社区, 黄埔社区):
    two to four characters, no division's full name or country, no word of ``community_word`` (韧性,
    居家, 嵌入式, 备案) or the generic ones, and each word a place, a person's name, a rare word or
    a single character jieba knows no word of; common words that describe (两个, 所有) name none."""
    if not 2 <= len(stem) <= 4 or stem.endswith(_DIVISION_ENDINGS) or not all(map(is_cjk, stem)) or stem[-1] in "与及":
        return False  # 龙岗段与社区绿道: a joiner joins the community's kind to what came before
    lex = ctx.lexicon
    words = lex.derived("site:community-words", lambda: frozenset(lex.words("community_word")) | frozenset(lex.words("generic_word")))
    freq, stops = word_tables().freq, lex.words("stop")
    tokens = segment(stem)
    if stem in lex.divisions and is_full_place(stem, lex.divisions) or stem in lex.countries or tokens[0] in stops \
            or any(stem.startswith(w) for w in words if len(w) >= 2):
        return False  # 日本社区, 和社区, 低碳社区 (低|碳); 五和社区 and 安和社区 end in a joiner's character
    characters = all(len(token) == 1 for token in tokens)  # 大|冲社区, 新|大社区: characters jieba knows no word of
    for token in tokens:
        if token in words and not characters or len(token) >= 2 and word_tag(token) in _DESCRIBING_TAGS and freq.get(token, 0) >= RARE_WORD_FREQ:
            return False
    return True


def _place_and_generic(stem: str, ctx: Context) -> bool:
    """A division's name, then generic words only (南山片区): a part of a place, which names nothing in it."""
    places, generic = ctx.lexicon.divisions, ctx.lexicon.words("generic_word")
    for length in range(min(len(stem) - 1, 8), 1, -1):
        if stem[:length] in places:
            rest = segment(stem[length:])
            return bool(rest) and all(token in generic for token in rest) and "国际" not in rest  # 白云国际滑雪场 is named
    return False


def _wild_name(stem: str, ctx: Context) -> bool:
    """A grassland's name (那拉提草原, 格根塔拉草原, 敕勒川草原) is made of place or personal-name words
    and single characters jieba knows no word of: 中央财政草原, 兑现第三轮草原 and 内蒙古农业大学草原
    hold other words; 呼和浩特市草原, 巴音布鲁克镇草原 and 黄河流域草原 are the grasslands of a
    division, a town or a region, no name."""
    places, stops, generic = ctx.lexicon.divisions, ctx.lexicon.words("stop"), ctx.lexicon.words("generic_word")
    if len(stem) < 2 or stem[-1] in "省市州县区旗盟镇乡村" or stem.endswith(_REGION_ENDS) or stem in places:
        return False
    freq = word_tables().freq
    return all(word_tag(token) in _NAME_TAGS and freq.get(token, 0) <= _NAME_FREQ and token not in generic
               if len(token) > 1 else token not in stops for token in segment(stem))


#: Words that end the name of a region (黄河流域, 边境地区, 伊犁河谷), which holds grasslands but names none.
_REGION_ENDS = ("流域", "地区", "河谷")
#: jieba's tags of place and personal-name words (那拉提 and 塔拉 are tagged as persons' names).
_NAME_TAGS = ("ns", "nr", "nrt")
#: jieba gives its place names a frequency of 2,000 at most; words it tags so more often are everyday
#: words (美丽 3,000, 古老 2,695), no name.
_NAME_FREQ = 2000


def _proper(stem: str, ctx: Context) -> bool:
    """True when a name part holds a place name or a rare word, not just common words; a day a
    place is named after (``date_name``: 五一广场, 八一大桥, 二七广场) is one too."""
    if stem in ctx.lexicon.words("date_name"):
        return True
    freq = word_tables().freq
    generic = ctx.lexicon.words("generic_word")
    for token in segment(stem):
        if token in generic:
            continue
        if token in ctx.lexicon.divisions or not all(is_cjk(c) for c in token) or freq.get(token, 0) < RARE_WORD_FREQ or word_tag(token) == "ns":
            return True
        if len(token) == 1 and token not in ctx.lexicon.words("stop"):
            return True  # jieba splits an unknown name into single characters (中海信 → 中/海信)
    return False
