"""Units: government bodies, divisions, committees, companies, institutes, associations.

Four ways in: the alias dictionary (国务院安委会, 华为, 市规自局 → 市规划和自然资源局);
我局/本局 (the table's owning unit); names ending in a unit suffix (局, 委员会, 协会,
有限公司 …) whose start is found by :func:`left_boundary`; and coordinated names
sharing a suffix (东莞、惠州市应急管理局 → 东莞市应急管理局 + 惠州市应急管理局).
An unprefixed government body takes the owner's prefix (住房和建设局 → 市住房和建设局).

>>> from extract.canon import load_aliases
>>> ctx = Context("市应急管理局", load_aliases())
>>> sorted({c.name for c in find_units("我局会同市交通运输局、住房和建设局，赴东莞、惠州市应急管理局调研", ctx)})
['东莞市应急管理局', '市交通运输局', '市住房和建设局', '市应急管理局', '惠州市应急管理局']
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable, Literal

from extract.canon import normalise_name
from extract.finders.base import BRACKETED_YEAR, full_place_ends_at, starts_with_full_place, opens_town_name, starts_with_place, COUNT_AFTER, before_dash, DELIMITERS, JOINERS, NUMERAL_LEADS, RARE_WORD_FREQ, TOWN_WORD, Candidate, after_joined, conjuncts_before, Context, is_cjk, is_everyday_verb, is_full_place, left_boundary
from extract.finders.dictionary import dictionary_hits, division_name
from extract.finders.lexicon import Lexicon, contains_word_at, former_counties, load_lexicon, long_titles, suffix_regex, trie_pattern, word_at, word_tuple, words_across
from extract.finders.platform import is_generic_name
from extract.finders.wordcache import word_tables
from extract.finders.segment import segment, starts_word, word_edges, word_tag
from extract.finders.site import city_before, two_char_town_name

__all__ = ["find_units", "unit_name", "expand_abbreviation", "owner_province", "owner_level_place", "is_admin_words", "owner_kinds", "own_district_name"]

def owner_kinds(owner: str, lex: Lexicon | None = None) -> str:
    """The characters by which a table's owner names itself (我局, 我委, 本厅): 局 always, and the
    kind its name ends in (``owner_kind`` rules: 委员会 → 委, 办公室 → 办 …).

    >>> owner_kinds("广州市卫生健康委员会"), owner_kinds("市应急管理局")
    ('局委', '局')
    """
    lex = lex or load_lexicon()
    return lex.derived("unit:owner-kinds:" + owner, lambda: _owner_kinds(owner, lex))


def _owner_kinds(owner: str, lex: Lexicon) -> str:
    kinds = "局"
    for ending, kind in sorted(lex.words("owner_kind").items(), key=lambda e: -len(e[0])):
        if owner.endswith(ending) and kind not in kinds and len(kind) == 1:
            kinds += kind
    return kinds


def owner_words(owner: str, lex: Lexicon) -> tuple[str, ...]:
    """The longer words by which an owner names itself (我中心, 本中心 for a …管理中心)."""
    return lex.derived("unit:owner-words:" + owner, lambda: tuple(
        kind for ending, kind in lex.words("owner_kind").items() if owner.endswith(ending) and len(kind) > 1))


def _self_pattern(kinds: str, words: tuple[str, ...] = ()) -> re.Pattern[str]:
    k = "[" + kinds + "]"
    own = "(?:" + "|".join([k, *map(re.escape, words)]) + ")"
    return re.compile(rf"(?:我|本){own}(?!具体职责|职责)|(?<![\u4e00-\u9fff]){k}(?=[\u4e00-\u9fff]{{2,10}}处)|(?<=[由经报向请]){k}(?=[\u4e00-\u9fff]{{2,10}}处)")
_ADMIN = ("国家", "中国", "中华", "全国", "中共", "共青团", "中央", "国务院", "武警", "省", "自治区", "州", "地区", "盟", "市", "区", "县", "镇", "乡", "街道")
#: A body named by its level alone: 市政府, 市委, 省人大.
_LEVEL_BODIES = ("政府", "人民政府", "党委", "委", "人大", "政协", "人大常委会")
_CONJUNCTIONS = "、和及与"
#: Full department names take the owner's prefix; abbreviations (安委办) stay as written.
_DEPARTMENT = ("局", "委员会", "厅")
#: 市委市政府, 省委省政府: two bodies written as one word.
_PARTY_AND_GOVERNMENT = re.compile(r"(?P<level>[市省区县])委(?P=level)政府")
#: A number and a measure word before a name: 36个…, 15家…, 1362所….
_COUNTED = re.compile(r"(?:[0-9０-９]+\s*[余多]?|(?<![\u4e00-\u9fff])[一两二三四五六七八九十]|(?<=[建设成立组每有各])[一两二三四五六七八九十]|[每各])[个家名所支批座处]$")
#: A team named by its number alone (四〇二队, 208队).
_NUMBERED_TEAM = re.compile(r"(?:[〇一二三四五六七八九]{3}|[0-9]{2,4})队(?![伍员长])")
#: A short bracketed qualifier right after a name, before a list mark or the text's end.
_QUALIFIER = re.compile(r"[（(]([\u4e00-\u9fff]{1,4})[）)](?=[、，,；;。和及与]|$)")
#: A verb more frequent than this is an everyday word (救治, 指挥), not a name.
_COMMON_WORD = 100
#: A short bracketed word inside a name: 同泰防灾技术（集团）有限公司, 腾讯科技（深圳）有限公司.
_BRACKETED_WORD = re.compile(r"[（(][\u4e00-\u9fff]{1,4}[）)]")
#: The same, right before a suffix: 中国（深圳）国际应急产业博览会.
_INNER_PAREN = re.compile(_BRACKETED_WORD.pattern + "$")


def _suffix_regex(suffixes: dict[str, str]) -> re.Pattern[str]:
    return suffix_regex(suffixes)


def unit_name(name: str, suffix_class: str, ctx: Context) -> str:
    """The canonical name of a unit: the owner's prefix added, aliases folded.

    An abbreviated kind (卫健委) stays as written here: cities name their bodies differently
    (重庆市交通局, 深圳市住房和建设局), so it is written out only when the table names the
    full body (:func:`extract.mentions.fold_abbreviated_units`).

    >>> from extract.canon import load_aliases
    >>> unit_name("住房和建设局", "gov", Context("市应急管理局", load_aliases()))
    '市住房和建设局'
    >>> unit_name("省卫健委", "gov", Context("东莞市卫生健康局", load_aliases()))
    '广东省卫健委'
    """
    return ctx.remember("unit:name", _unit_name, name, suffix_class)


def _unit_name(name: str, suffix_class: str, ctx: Context) -> str:
    name = normalise_name(name)
    own = _own_branch(name, ctx)
    if own:
        return own
    alias = ctx.aliases.get("Unit", name)
    name = alias.name if alias and alias.holds_in(ctx.region) else expand_abbreviation(_parent_written_out(name, ctx), ctx)
    zone, prefix = _owner_zone(name, ctx)
    if zone:  # 园区财政局 in a 苏州工业园区 body's table: the zone's own bureau
        committee = next((c for c in ("管理委员会", "管委会") if ctx.owner.startswith(prefix + c) and not name.endswith("队")), "")
        # (新区消防救援支队 is the zone's brigade, no department of its committee)
        name = prefix + committee + name[len(zone) :]  # 新区公共服务局 in a 河北雄安新区管理委员会… table: the committee's
    elif prefix and suffix_class == "gov" and name.endswith(_DEPARTMENT) and not _has_admin_prefix(name, ctx) \
            and "国家" not in name and not name.startswith(tuple(ctx.lexicon.words("national_lead"))) and not _named_by_zone(name, ctx):
        # 东北虎豹国家公园管理局, 民航西南地区管理局: the nation's, not the province's; 民盟浦东新区委员会: a party's
        name = prefix + name
    return _owner_city(name, ctx)


def _own_branch(name: str, ctx: Context) -> str:
    """南海分局 in a 佛山市生态环境局 table: a district's branch written by the district alone is the
    owner's own (a city bureau's), named with it; or "". (A 管理局 may be a district's government of
    its own, 湾里管理局, so only 分局 counts.)"""
    branch = "分局" if name.endswith("分局") else ""
    prefix, owner = ctx.owner_prefix, ctx.owner
    if not branch or not prefix.endswith("市") or not owner.endswith(("局", "委")) or owner.endswith(branch) \
            or len(owner) - len(prefix) < 3 or owner_district(ctx):
        return ""  # a city bureau's own branches only (杭州市西湖区教育局 has none)
    place = name[: -len(branch)]
    divisions = ctx.lexicon.divisions.get(place, ()) or ctx.lexicon.divisions.get(place + "区", ())
    region = ctx.region
    if 2 <= len(place) <= 4 and region and any(d.level == "county" and d.code.startswith(region[:4]) for d in divisions):
        return owner + name
    return ""


def _owner_zone(name: str, ctx: Context) -> tuple[str, str]:
    """The zone word a body's name opens with when the body is the zone's the owner belongs to, and
    the owner's words for that zone, or ("", the owner's prefix):

    - 园区财政局 in a 苏州工业园区 body's table: the zone word ends the owner's prefix;
    - 区交通运输局 in a 惠州大亚湾经济技术开发区 body's table: a bare 区 is that zone's too;
    - 新区建设与交通局 in a 南京市江北新区 bureau's table: the zone written after the owner's city;
    - 园区社会事务局 in a 东莞市松山湖管委会 bureau's table: the committee of a zone or park the owner
      belongs to (松山湖; not a field's, 城市管理委员会).
    """
    lex, prefix, owner = ctx.lexicon, ctx.owner_prefix, ctx.owner
    zones, no_district = lex.words("zone_word"), _NOT_DISTRICT + ("区县",)
    zone = next((w for w in zones if prefix.endswith(w) and name.startswith(w) and len(prefix) > len(w)), "")
    if zone:
        return zone, prefix
    department = name.endswith(_DEPARTMENT)
    if name.startswith("区") and not name.startswith(no_district) and department and len(name) > 3 \
            and any(prefix.endswith(w) and len(prefix) > len(w) for w in zones):
        return "区", prefix
    if not prefix:
        return "", prefix
    if name.startswith("区") and not name.startswith(no_district) and department and len(name) > 3:
        ends = [owner.find(w, len(prefix)) + len(w) for w in zones if owner.find(w, len(prefix)) >= len(prefix) + 2]
        if ends and not owner_district(ctx):  # 区石化能源产业局 in a 惠州市大亚湾经济技术开发区 body's table: the zone after its city
            return "区", owner[: max(ends)]
    if not _has_admin_prefix(name, ctx):
        zone = next((w for w in zones if name.startswith(w) and len(name) > len(w) + 2 and owner.find(w, len(prefix) + 2) > 0), "")
        if zone:
            return zone, owner[: owner.find(zone, len(prefix) + 2) + len(zone)]
    if department and len(name) > 4:
        at, word = next(((owner.find(c, len(prefix) + 2), c) for c in ("管理委员会", "管委会") if owner.find(c, len(prefix) + 2) > 0), (-1, ""))
        named = owner[len(prefix) : at] if at > 0 else ""
        if named and "管理" not in named and (_is_place(named, ctx) or named.endswith(word_tuple(lex, "site_suffix"))):
            zone = next((w for w in ("园区", "区") if name.startswith(w) and not name.startswith(no_district)), "")
            if zone:
                return zone, owner[: at + len(word)]
    return "", prefix


def _named_by_zone(name: str, ctx: Context) -> bool:
    """洋山港海事局, 陆家嘴金融城发展局, 东湖生态旅游风景区管理委员会: a body named by a port, a landmark
    or a zone (a site suffix of a port, or of a park that ends in 区, ends its first words) is that place's,
    not the city's."""
    lex = ctx.lexicon
    endings = lex.derived("unit:zone-endings", lambda: tuple(sorted(
        set(lex.words("zone_word")) | {w for w, kind in lex.words("site_suffix").items() if kind == "port" or kind == "park" and w.endswith("区")},
        key=len, reverse=True)))  # not a reservoir's: 升钟水库管理局 is the city's
    return any(name[:n] in lex.landmarks or any(name.endswith(z, 0, n) and n - len(z) >= 2 for z in endings)
               for n in range(3, min(len(name) - 1, 12)))


_BANK_BRANCH = ("分行", "支行")


def _parent_written_out(name: str, ctx: Context) -> str:
    """A bank's branch named after the bank's short name and a place takes the bank's full name:
    人行景德镇市中心支行 → 中国人民银行景德镇市中心支行, 农发行四川省分行 → 中国农业发展银行四川省分行
    (a company's, 中国移动河南有限公司洛阳分公司, is kept as written)."""
    if not name.endswith(_BANK_BRANCH):
        return name
    places = ctx.lexicon.divisions
    for cut in range(2, min(len(name) - 3, 9)):
        parent = ctx.aliases.get("Unit", name[:cut])
        if parent is not None and parent.name != name[:cut] and any(name[cut : cut + n] in places for n in range(2, 8)):
            return parent.name + name[cut:]
    return name


def expand_abbreviation(name: str, ctx: Context, kinds: bool = False) -> str:
    """With ``kinds``, an abbreviated kind is written out (东莞市医保局 → 东莞市医疗保障局) and a named
    place's 政府 is its 人民政府 (``unit_full_form``), as when folding to a name the table gives; without
    ``kinds`` the name is returned as it is (坪山区政府 is named as the text writes it).

    The longest ending of the name found in the ``unit_abbreviation`` rules is written out.

    >>> from extract.canon import AliasRegistry
    >>> expand_abbreviation("市疾控中心", Context("市应急管理局", AliasRegistry()), kinds=True)
    '市疾病预防控制中心'
    """
    lex = ctx.lexicon
    abbreviations = lex.words("unit_abbreviation")
    for length in _lengths(lex, "unit_abbreviation", abbreviations) if kinds else ():  # the longest abbreviated ending
        full = abbreviations.get(name[-length:]) if len(name) >= length else None
        if full:
            return name[:-length] + full  # 市公安局交警支队 → 市公安局交通警察支队
    if kinds and name.endswith("政府"):
        for short, full in lex.words("unit_full_form").items():
            head = name[: len(name) - len(short)]
            if name.endswith(short) and head[-1:] in "市省区县" and head in lex.divisions:
                return head + full
    return name


def _lengths(lex, key: str, words) -> tuple[int, ...]:
    """The lengths of a word table, longest first (computed once)."""
    return lex.derived("unit:lengths:" + key, lambda: tuple(sorted({len(w) for w in words}, reverse=True)))


#: Levels a bare one of which, opening a name, is the owner's own place (市规划和自然资源局 in a 深圳市
#: table, 州住建局 in a 大理白族自治州 table, 地区财政局, 盟林草局, 县水利局 in a 南昌县 table), then those
#: that are its province.
_OWN_LEVELS = ("地区", "市", "州", "盟", "县")
_PROVINCE_LEVELS = ("自治区", "省")
#: Words that open with a level's character and are no level: a party committee kept as written, a title, …
_NOT_LEVEL = ("市委", "市民", "市场", "州长", "州委", "盟长", "盟委", "省份", "省内", "省外", "省级", "省际", "市际", "州际",
              "县委", "县内", "县属", "县域", "县级", "县城", "县道", "县乡", "县区", "县长")
#: The same for a district's or county's character: 区域, 县域 …
_NOT_DISTRICT = ("区委", "区长", "区域", "区划", "区间", "区级", "区内", "区属", "县委", "县长", "县域", "县级", "县城", "县内",
                 "县属", "旗委", "旗长")


def _owner_city(name: str, ctx: Context) -> str:
    """A bare 市, 州, 地区 or 盟 is the owner's city, prefecture or league, a bare 省 or 自治区 its province.

    市规划和自然资源局 in a 深圳市水务局 table is 深圳市规划和自然资源局; 省卫生健康委员会 in a
    东莞 table is 广东省卫生健康委员会. 市民…, 省份… are words, not levels.
    """
    if not name.startswith(_NOT_LEVEL) and not _city_district(name, ctx):
        place = _level_place(name, ctx)
        if place:
            name = expand_abbreviation(place[1] + name[len(place[0]) :], ctx)
    return ctx.aliases.canonical("Unit", name, ctx.region)


def _city_district(name: str, ctx: Context) -> bool:
    """True when ``name`` opens with a district whose own name starts with 市 (市南区, 市中区): no bare level."""
    head = name[:3]
    return head[:1] == "市" and head[-1:] == "区" and is_full_place(head, ctx.lexicon.divisions) if head in ctx.lexicon.divisions else False


def owner_district(ctx: Context) -> str:
    """The owner's district or county with its city (上海市浦东新区 of 上海市浦东新区生态环境局), or ""."""
    owner, city = ctx.owner, ctx.owner_prefix
    places = ctx.lexicon.divisions
    after = owner.find(city) + len(city) if city else 0  # 国家税务总局宁波市鄞州区税务局: after the system's head
    for end in range(len(owner) - 1, after + 1, -1):
        tail = owner[after:end]
        if tail[-1] in "区县旗" and is_full_place(tail, places):
            return owner[after - len(city) : end]
    return ""


def _level_place(name: str, ctx: Context) -> tuple[str, str] | None:
    """The bare level ``name`` opens with and the owner's place of that level, or None."""
    prefix = ctx.owner_prefix
    for level in _OWN_LEVELS:
        if name.startswith(level) and len(name) > len(level) + (level != "市") and prefix.endswith(level) and prefix != level:
            return level, prefix
    for level in _OWN_LEVELS:
        place = owner_level_place(level, ctx) if name.startswith(level) and len(name) > len(level) + (level != "市") else ""
        if place:
            return level, place
    if name[:1] in "区县旗" and len(name) > 3 and not name.startswith(_NOT_DISTRICT):
        district = owner_district(ctx)  # 区教育局 in a 佛山市南海区 bureau's table
        if district.endswith(name[0]):
            return name[0], district
    for level in _PROVINCE_LEVELS:
        province = owner_province(ctx) if name.startswith(level) else ""
        if province and (level == "省" or province.endswith(level)):
            return level, province
    return None


def owner_level_place(level: str, ctx: Context) -> str:
    """The owner's place of a level its prefix is not: the county-level city after a prefecture
    (市 in a 西双版纳傣族自治州景洪市 bureau's table is 景洪市), or the prefecture, league or region
    above a county-level city (州 in an 伊宁市 bureau's table is 伊犁哈萨克自治州); or ""."""
    return ctx.remember("unit:owner-level-place", _level_place_of_owner, level)


def _level_place_of_owner(level: str, ctx: Context) -> str:
    prefix, places = ctx.owner_prefix, ctx.lexicon.divisions
    if not prefix or prefix == level:
        return ""
    if level == "市" and prefix.endswith(("州", "地区", "盟")):
        after = ctx.owner.find(prefix) + len(prefix)
        for end in range(len(ctx.owner) - 1, after + 2, -1):
            tail = ctx.owner[after:end]
            if tail.endswith("市") and is_full_place(tail, places):
                return tail  # a county-level city's bodies are named by the city alone
        return ""
    if level != "市" and prefix.endswith("市"):
        lex = ctx.lexicon
        names = lex.derived("unit:division-names", lambda: {d.code: d.name for ds in lex.divisions.values() for d in ds})
        counties = [d for d in places.get(prefix, ()) if d.level == "county" and d.name == prefix]
        above = names.get(counties[0].code[:4] + "00", "") if len(counties) == 1 else ""
        return above if above.endswith(level) else ""
    return ""


def owner_province(ctx: Context) -> str:
    """The province of the owner's city or prefecture (广东省 for 东莞市卫生健康局, 新疆维吾尔自治区 for
    喀什地区…局), or "" when the owner names none."""
    prefix = ctx.owner_prefix
    if prefix.endswith(("省", "自治区")) and prefix in ctx.lexicon.divisions and is_full_place(prefix, ctx.lexicon.divisions):
        return prefix  # 浙江省交通运输厅: a province's own department
    if not prefix.endswith(_OWN_LEVELS) or prefix in _OWN_LEVELS:
        return ""
    lex = ctx.lexicon
    names = lex.derived("unit:division-names", lambda: {d.code: d.name for ds in lex.divisions.values() for d in ds})
    cities = [d for d in lex.divisions.get(prefix, ()) if d.level == "city"]
    return names.get(cities[0].code[:2] + "0000", "") if cities else ""


def _has_admin_prefix(name: str, ctx: Context) -> bool:
    return name.startswith(_ADMIN) or any(name.startswith(p) for p in _place_prefixes(name, ctx)) or _national_parent(name, ctx)


def _national_parent(name: str, ctx: Context) -> bool:
    """交通运输部公路局: a body inside a ministry the alias files name (no 市 of the owner's)."""
    if "部" not in name[2:-1]:
        return False
    for length in range(3, min(len(name) - 1, 10)):
        alias = ctx.aliases.get("Unit", name[:length])
        if alias and alias.name.endswith("部") and not alias.name.startswith(("市", "省", "区", "县")):
            return True
    return False


def _is_place(word: str, ctx: Context) -> bool:
    return word in ctx.lexicon.divisions or ctx.aliases.get("Site", word) is not None


def _place_prefixes(name: str, ctx: Context) -> list[str]:
    """The places a name starts with, shortest first (a table's names repeat: each is looked up once)."""
    return ctx.remember("unit:place-prefixes", _find_place_prefixes, name)


def _find_place_prefixes(name: str, ctx: Context) -> list[str]:
    zones = tuple(ctx.lexicon.words("zone_word"))
    return [name[:n] for n in range(2, min(len(name), 12)) if n < 9 and _is_place(name[:n], ctx)
            or n >= 5 and name.endswith(zones, 0, n)]  # 深汕特别合作区应急管理局: a zone's own body


def _admin_start(text: str, begin: int, end: int, ctx: Context) -> int:
    """The start of the last run of administrative words in ``[begin, end)``.

    调整市突发事件应急委 → 市突发事件应急委; 中共深圳市委机构编制委员会 stays whole.
    """
    stops = ctx.lexicon.words("stop")
    name_words = ctx.lexicon.words("name_word")
    admin_stops = ctx.lexicon.derived("unit:admin-stops", lambda: {w: a for w, a in stops.items() if w not in name_words})  # 开发区: no new start
    not_start = ctx.lexicon.words("not_admin_start")
    starts, spans = _site_spans(text, ctx)
    places = dict(spans[bisect_left(starts, begin) : bisect_left(starts, end)])
    if any(p > begin for p in places):  # 东北林业大学: the 北林 of 东北 starts no place
        edges = word_edges(text[begin:end])
        places = {p: e for p, e in places.items() if p - begin in edges}
    best, covered = begin, begin  # covered: end of the admin run seen so far
    for position in sorted({*places, *(m.start() for m in _ADMIN_CHAR.finditer(text, begin, end))}):  # nothing starts elsewhere
        if text[position] in "（）()" and position == covered:
            covered += 1  # 中国（深圳）…: brackets continue the run
            continue
        run_end = places.get(position) or _admin_word_end(text, position, end, admin_stops, not_start)
        if run_end and position > covered and text[position - 1 : position] in "（(" and text[run_end : run_end + 1] in "）)":
            best = begin  # 丝绸之路（敦煌）国际文化博览会, 鸿富锦精密工业（深圳）有限公司: a bracketed place inside a name
            continue  # qualifies the whole name before it, and starts nothing
        if run_end:
            if position > begin and position > covered and not (position == begin + 1 and text[begin] in "东西南北" and position in places):
                best = position  # a new run of administrative words starts here (东洞庭湖…管理局: a direction opens the place's name)
            covered = max(covered, run_end) if position <= covered else run_end
    return best


def _site_spans(text: str, ctx: Context) -> tuple[list[int], list[tuple[int, int]]]:
    """The starts and spans of the field's dictionary places, left to right, verbs that are also
    places left out (会同 is a verb), and places inside a word that names none (``not_site``:
    the 振兴 of 乡村振兴); worked out once per field."""
    return ctx.for_field("unit:site-spans", text, _starts_and_spans)


def _starts_and_spans(text: str, ctx: Context) -> tuple[list[int], list[tuple[int, int]]]:
    stops, not_site = ctx.lexicon.words("stop"), ctx.lexicon.words("not_site")
    spans = [(m.start, m.end) for m in dictionary_hits(text, ctx, "Site") if text[m.start : m.end] not in stops
             and not any(left < m.start for left, _ in words_across(text, m.start, m.end, not_site))  # 乡村振兴局: no 振兴区
             and not (m.start and text[m.start - 1] in NUMERAL_LEADS and text[m.start : m.end] != m.entry.name)]  # 三江源…局
    return [s for s, _ in spans], spans


#: Words that open an administrative name wherever they stand.
_ADMIN_WORD = re.compile("国务院|国家(?!公园|森林|湿地|级)|中共|共青团|中国|全国|中央|武警")  # 东北虎豹国家公园管理局
#: A bracketed year right after a name, or after one more character of a code (字, 函): the name is a
#: document number's issuer code (湛府办〔2025〕, 章府办字〔2025〕).
_NUMBER_YEAR = re.compile(r"[\u4e00-\u9fff]?\s*" + BRACKETED_YEAR.pattern)
#: The characters a run of administrative words or brackets can start with.
_ADMIN_CHAR = re.compile("[国中共全武市省区县（）()]")


def _admin_word_end(text: str, position: int, end: int, stops: dict[str, str], not_start: dict[str, str]) -> int:
    """The end of an administrative word at ``position`` (国家, 中共, 市 after a stop word), or 0."""
    word = _ADMIN_WORD.match(text, position, end)
    if word:
        return word.end()
    if text[position] in "市省区县" and (text[position - 1 : position] in stops or text[position - 2 : position] in stops) \
            and text[position : position + 2] not in not_start:
        return position + 1  # 和市应急局; not 绿化和市容管理局 (``not_admin_start``)
    return 0


def find_units(text: str, ctx: Context) -> list[Candidate]:
    """Units from the dictionary, self references, suffixes and coordination."""
    not_unit = ctx.lexicon.words("not_unit")
    found = [Candidate("Unit", _owner_city(m.entry.name, ctx), _written_head(text, m.start, m.end, m.entry.name), m.end, m.entry.rule, 2)
             for m in dictionary_hits(text, ctx, "Unit") if not contains_word_at(text, m.start, m.end, not_unit)]  # 交通运输部门
    own, trigger = _own_pattern(ctx)
    for match in own.finditer(text) if trigger.search(text) else ():
        found.append(Candidate("Unit", ctx.owner, match.start(), match.end(), "unit:self", 2))
    for match in _PARTY_AND_GOVERNMENT.finditer(text):
        level, middle = match.group("level"), match.start() + 2
        found.append(Candidate("Unit", unit_name(level + "委", "level", ctx), match.start(), middle, "unit:party", 2))
        found.append(Candidate("Unit", unit_name(level + "政府", "level", ctx), middle, match.end(), "unit:government", 2))
    for candidate in _suffix_units(text, ctx):
        if candidate.rule == "unit_suffix:办" and text[candidate.start - 1 : candidate.start] in "“\"‘「" \
                and text[candidate.end : candidate.end + 1] in "”\"’」" and candidate.start > 0 and candidate.end < len(text) \
                and not _has_admin_prefix(text[candidate.start : candidate.end], ctx):
            continue  # “免证办”“指尖办”: a slogan of how things get done, no office
        candidate = _with_campus(text, candidate, ctx)
        found.append(candidate)
        listed = _coordinated(text, candidate, ctx)
        if listed:  # 龙岗、惠阳区三防指挥部办公室: the whole shared name, not the part a shorter suffix (指挥部) ended
            found = [c for c in found if not (c.rule in ("unit:coordinated", "unit:alias") and any(
                c.start == l.start and c.end == l.end and l.name.startswith(c.name) and l.name != c.name
                and (c.rule == "unit:coordinated" or l.rule == _BRAND_RULE) for l in listed))]  # 中国移动 of 中国移动、中国电信深圳分公司
        branches = _coordinated_branches(text, candidate, listed, found, ctx) if listed else None
        if branches is not None:  # the branches name the candidate's places with its parent: it goes
            found.remove(candidate)
        found.extend(listed if branches is None else branches)
    if "队" in text:  # 湖南省地质矿产勘查开发局四〇二队: a bureau's team named by its number alone, named with the bureau
        for match in _NUMBERED_TEAM.finditer(text):
            parent = next((c for c in reversed(found) if c.end == match.start() and c.name.endswith("局")), None)
            if parent is not None:
                found.append(Candidate("Unit", parent.name + match.group(), parent.start, match.end(), "unit:numbered-team", parent.priority))
    if "中" in text:  # 银川一中, 成都七中: a city's numbered middle school, named by its number alone
        found.extend(_numbered_schools(text, ctx))
    if "救援" in text:  # 国家危险化学品应急救援茂名石化队: a national team, named by its base
        found.extend(Candidate("Unit", m.group(), m.start(), m.end(), "unit:national-team", 2) for m in _team_pattern(ctx).finditer(text))
    if "该" in text:
        found.extend(_coreferences(text, found, ctx))
    return found


#: A number and 中 (a numbered middle school: 银川一中), not 三中全会 or 一中心.
_SCHOOL_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}中(?![学心国华央全医文队部])")


def _numbered_schools(text: str, ctx: Context) -> list[Candidate]:
    """银川一中, 都匀一中: a city's or county's short name (the gazetteer's), a number, then 中, where
    the place starts a word."""
    found = []
    for match in _SCHOOL_NUMBER.finditer(text):
        for length in (2, 3):
            start = match.start() - length
            place = text[start : match.start()] if start >= 0 else ""
            if any(d.level in ("city", "county") and d.name != place for d in ctx.lexicon.divisions.get(place, ())) \
                    and starts_word(text, start):
                found.append(Candidate("Unit", text[start : match.end()], start, match.end(), "unit:numbered-school", 2))
                break
    return found


#: An event's edition: 第19届, 第十四届.
_EDITION_BEFORE = re.compile(r"第[0-9一二三四五六七八九十]{1,3}届")


def _written_head(text: str, start: int, end: int, name: str) -> int:
    """Where a known body's mention starts: before its match, when the text writes the rest of its
    name there (深圳市 + 城市公共安全技术研究院, whose name is 深圳市城市公共安全技术研究院)."""
    head = len(name) - (end - start)
    return start - head if 0 < head <= start and name.endswith(text[start:end]) and text[start - head : start] == name[:head] else start


#: A place in brackets right after a body's name: the city of its campus or branch (中国地质大学(武汉)).
_BRACKETED_CITY = re.compile(r"[（(]([\u4e00-\u9fff]{2,4})[）)]")
#: A campus named by its city after the university's name (中山大学深圳校区).
_CAMPUS = re.compile(r"([\u4e00-\u9fff]{2,3})校区")
#: The great regions a campus may be named by: 中国石油大学(华东).
_REGIONS = frozenset(("华东", "华南", "华北", "华中", "西南", "西北", "东北"))


def _with_campus(text: str, candidate: Candidate, ctx: Context) -> Candidate:
    """哈尔滨工业大学(深圳), 微软亚洲研究院(上海): a division's name in brackets right after a body's
    is part of its name, the place of its campus or branch."""
    campus = _CAMPUS.match(text, candidate.end) if candidate.name.endswith("大学") else None
    if campus is not None and campus.group(1) in ctx.lexicon.divisions:  # 中山大学深圳校区: the university's campus in a city
        return Candidate("Unit", candidate.name + campus.group(), candidate.start, campus.end(), candidate.rule, candidate.priority)
    match = _BRACKETED_CITY.match(text, candidate.end)
    if match is None or match.group(1) not in ctx.lexicon.divisions and match.group(1) not in _REGIONS:
        return candidate
    return Candidate("Unit", candidate.name + normalise_name(match.group()), candidate.start, match.end(), candidate.rule, candidate.priority)


def _team_pattern(ctx: Context) -> re.Pattern[str]:
    """A national rescue team (``unit_team_lead``: 国家矿山应急救援) and its base's name, two to
    six characters, then 队 (国家矿山应急救援开滦队)."""
    lex = ctx.lexicon
    return lex.derived("unit:national-team", lambda: re.compile(
        "(?:" + trie_pattern(lex.words("unit_team_lead")) + ")[\u4e00-\u9fff]{2,6}?队(?![伍员长])"))


def _own_pattern(ctx: Context) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """How the table's owner names itself (:func:`_self_pattern` of its kinds and words), and the
    characters every such mention starts with (我, 本 or a kind), a cheap test before the pattern."""
    return ctx.remember("unit:own-pattern", _make_own_pattern)


def _make_own_pattern(ctx: Context) -> tuple[re.Pattern[str], re.Pattern[str]]:
    kinds, words = owner_kinds(ctx.owner, ctx.lexicon), owner_words(ctx.owner, ctx.lexicon)
    pattern = ctx.lexicon.derived("unit:self:" + kinds + "|".join(words), lambda: _self_pattern(kinds, words))
    return pattern, re.compile("[我本" + re.escape(kinds) + "]")


def _coreferences(text: str, found: list[Candidate], ctx: Context) -> list[Candidate]:
    """该局, 该中心, 该监测预警指挥中心: the last unit before, in the same field, with that ending.

    A descriptor between 该 and the suffix must be part of that unit's name.
    """
    lex = ctx.lexicon
    pattern = lex.derived("unit:coreference", lambda: re.compile(
        "该(?P<descriptor>[\u4e00-\u9fff]{0,8}?)(?P<suffix>" + trie_pattern(lex.words("unit_suffix")) + ")(?![\u4e00-\u9fff]{0,1}(?:长|员))"))
    resolved = []
    for match in pattern.finditer(text):
        ending = match.group("descriptor") + match.group("suffix")
        antecedents = [c for c in found if c.end <= match.start() and c.name.endswith(match.group("suffix")) and ending in c.name]
        if antecedents:
            best = max(antecedents, key=lambda c: (c.end, c.end - c.start))
            resolved.append(Candidate("Unit", best.name, match.start(), match.end(), "unit:coreference", 3))
    return resolved


def _suffix_units(text: str, ctx: Context) -> list[Candidate]:
    lex = ctx.lexicon
    suffixes = lex.words("unit_suffix")
    matches = list(_suffix_regex(suffixes).finditer(text))
    if not matches:
        return []  # most fields name no body by its kind: one scan in C
    found: list[Candidate] = []
    stops = lex.derived("unit:suffix-breaking-words", lambda: {**lex.words("stop"), **lex.words("unit_suffix_break")})
    for match in matches:
        start, end = match.span()
        suffix = match.group()
        end, suffix = _before_stop_word(text, start, end, suffix, suffixes, stops)
        if not suffix:
            continue
        if _blocked(text, start, end, lex) or text[start - 1 : start] in ("我", "本") or _ends_site_suffix(text, start, end, lex) \
                or _opens_site_suffix(text, start, end, lex):
            continue
        if len(suffix) == 1 and suffixes[suffix] != "gov" and end < len(text) and full_place_ends_at(text, start, lex.divisions, shortest=2) \
                and opens_town_name(text, end, stops):
            continue  # 莱西市院上镇: after a bare division, the suffix's character opens the name of the town written after it
        if any(text[start - n : end] in lex.landmarks for n in range(2, min(start, 6) + 1)):
            continue  # 龙岗区大运中心: a landmark that ends with a body's suffix is a place (龙岗区, 大运中心)
        if suffix == "所" and text.endswith(word_tuple(lex, "person_title"), 0, start):
            continue  # 王志勇委员所提建议: the 所 after a person's title is the particle (所提, 所反映)
        if suffix == "所" and start > 0 and (text[start - 1] in "一两二三四五六七八九十几多百千" or text[start - 1].isdigit()):
            continue  # 坪山新区两所新建学校, 改建小学一所: 所 counts schools, no institute
        if _NUMBER_YEAR.match(text, end):
            continue  # 以湛府办〔2025〕9号印发: a document number's issuer code, no body
        if text.startswith(("路", "大道", "大街", "街道"), end) and suffixes[suffix] in ("org", "body") or text.startswith("巷", end):
            continue  # 海淀区学院路街道, 医院路, 西陵区学院街道, 户部巷: a road, street or lane named after a body
        if suffix in lex.words("unit_team") and _after_a_body(text, start, suffixes):
            continue  # 冶金工业规划研究院专家组, 我厅工作组: a body's team is the body, named by its own suffix
        paren = _INNER_PAREN.search(text, max(0, start - 6), start)
        head = paren.start() if paren else start
        begin = after_joined(text, left_boundary(text, head, ctx, max_chars=20, max_tokens=8, join_unless=_joined_names_end(lex), stop_may_end=True), head, ctx)
        begin = _after_kind_joined(text, begin, head, ctx)
        inner = _INNER_PAREN.search(text, max(0, begin - 6), begin)
        if inner and inner.start() > 0 and begin > inner.start():
            begin = left_boundary(text, inner.start(), ctx, max_chars=12, max_tokens=6)  # 中国（深圳）国际…博览会
        begin = _past_leading_verbs(text, _place_anchor(text, begin, head, ctx, suffixes[suffix]), head, ctx)
        admin = _admin_start(text, begin, start, ctx)
        if admin - 2 >= begin and text[admin - 2 : admin] == "交警" and suffix in _SQUADS:
            admin -= 2  # 交警宝安大队: the traffic police's squad of a district, named with the trade before the place
        if admin > begin and any(m.start == begin and m.end <= admin and not any(c in JOINERS for c in text[m.end : admin])
                                 for m in dictionary_hits(text, ctx, "Unit")):
            admin = begin  # 腾讯贵安七星数据中心: a known company's name opens it, the places after it are part of it
        begin = _parent_start(text, begin, admin, ctx, suffixes[suffix])
        if (suffix in _SQUADS[1:] or suffix in lex.words("unit_needs_place")) and found and found[-1].end == begin \
                and found[-1].name.endswith(_SQUADS) and start - begin >= 2:
            begin = found[-1].start  # 惠州市消防救援支队大亚湾大队, …支队米东特勤站: a squad or station written right after its brigade is named with it
        elif found and found[-1].end < begin and _BRACKETED_WORD.fullmatch(text, found[-1].end, begin) and start - begin >= 2 \
                and text[begin:start] in lex.divisions and found[-1].name.endswith(_PARENT_KINDS):
            begin = found[-1].start  # 中国地质大学（武汉）深圳研究院: a university's body in a city, written after its bracketed campus
        digits = begin
        while digits > 0 and (text[digits - 1].isdigit() or text[digits - 1] in "〇一二三四五六七八九" and begin - digits < 4):
            digits -= 1  # 208水文地质工程地质队, 四〇二队: a numbered team
        if digits < begin and start - begin >= 2 and found and found[-1].end == digits:  # not 水利局12处 (a count)
            begin = found[-1].start  # 重庆市地质矿产勘查开发局208水文地质工程地质队: a body's numbered team is named with it
        if suffixes[suffix] == "company" and begin < start and all(t in lex.words("company_business_word") for t in segment(text[begin:start])):
            # 深圳市前海建设投资控股集团有限公司: the words of its trade (建设, 投资) stop other names, not a company's
            head = begin
            while (word := next((w for w in lex.words("company_business_word") if text.endswith(w, 0, head)), "")) and head - len(word) > 0:
                head -= len(word)
            if head < begin and is_cjk(text[head - 1]):
                lead = left_boundary(text, head, ctx, max_chars=12, max_tokens=5)
                if lead < head and not starts_with_place(text[lead:head], ctx):  # 运营方新疆大巴扎投资发展有限公司: from the place on
                    lead = next((p for p in range(lead + 1, head - 1) if starts_with_place(text[p:head], ctx)), lead)
                begin = lead if lead < head and text[lead:head] not in lex.words("stop") and starts_word(text, lead) else begin
        if suffixes[suffix] == "company" and text[begin - 1 : begin] == "·" and begin >= 3 and is_cjk(text[begin - 2]):
            begin = left_boundary(text, begin - 1, ctx, max_chars=8, max_tokens=4)  # 大连福佳·大化石油化工有限公司: two names joined by a dot
        if suffixes[suffix] == "company":
            begin = next((m.start for m in dictionary_hits(text, ctx, "Unit") if m.end in (start, begin) and m.start < begin), begin)
            # 中国铁建股份有限公司: a known body's name right before the company's form is the company's name (jieba reads 铁|建),
            # or right before the rest of its name (中国铁建港航局集团有限公司)
            begin = next((f.start for f in reversed(found) if f.start < begin < f.end <= start), begin)
            # 国家管网集团北方管道有限责任公司大庆输油气分公司: the window cut into the parent company's name
        begin = _past_person(text, begin, start)
        if suffix.endswith(word_tuple(lex, "verb_free_kind")):
            begin = _past_inner_verb(text, begin, start, ctx)
        begin = _past_descriptor(text, _dashed_partner(text, _past_edition(text, begin, start), ctx), start, ctx)
        begin = _party_before(text, _past_inner_break(text, begin, head, ctx), ctx)
        begin = _park_before(text, begin, end, ctx)  # 大熊猫国家公园阿坝管理分局: the park's authority
        begin += next((int(n) for opening, n in lex.words("glued_verb_opening").items() if text.startswith(opening, begin)), 0)
        # 联合国网苏州供电公司: jieba reads 联合国 (the United Nations); the verb is 联合 (``glued_verb_opening``)
        if text[begin : begin + 2] in lex.words("stop") and text[begin + 2 : begin + 3] in "盟州" and start - begin > 3:
            begin += 2  # 会同盟水利局: jieba reads 会|同盟, the verb is 会同
        if found and found[-1].end == start and (text[begin:start] in suffixes or begin == start and suffixes[suffix] == "company") \
                and found[-1].start < begin:
            begin = found[-1].start  # 广西北部湾投资集团 + 有限公司, …研究中心 + 股份有限公司: the company form of the name just found
        low = max(0, begin - 12)  # a count ends right at the name: its last few characters are enough
        if (_COUNTED.search(text, low, begin) or _COUNTED.search(text, low, begin + 1)
                or text[begin : begin + 1] in "一两二三四五六七八九十余多每各" and _COUNTED.search(text, low, begin + 2)
            or start - begin > 2 and _COUNTED.search(text, start - 2, start)) and not text.startswith("成员", end):
            continue  # 36个专项应急指挥部, 1362所义务教育学校, 建设一所…中心 (the count glued on): a count of bodies, not one
        alias = _alias_ending_at(text, begin, end, ctx)
        if alias is not None and alias > begin and not _all_admin(text[begin:alias], ctx) \
                and not ctx.aliases.get("Unit", normalise_name(text[begin:alias])):
            continue  # 做法获得应急管理部: the dictionary's 应急管理部 is the name (水利部长江水利委员会 is one body's)
        if COUNT_AFTER.match(text, end) and not _has_admin_prefix(text[begin:end], ctx):
            continue  # 新建水质自动监测站6座, 布局集配中心3个: facilities counted, none named (北京大学第三医院12个专科 is one)
        if begin >= 2 and text[begin - 2 : begin] == "全国" and suffixes[suffix] in ("gov", "org", "body") and start - begin >= 4 \
                and (begin == 2 or text[begin - 3] in DELIMITERS or text[begin - 4 : begin - 2] in lex.words("stop")):
            begin -= 2  # 通过全国水产原种和良种审定委员会审定: the nation's committee (全市… stays a scope)
        if begin >= 4 and text[begin - 4 : begin - 2] in ("中国", "中华") and text[begin - 2 : begin] in lex.words("stop"):
            begin -= 4  # 中国联合网络通信有限公司, 中华联合财产保险…: the nation's name makes the stop word a brand's
        if suffixes[suffix] == "division":
            begin = _owner_division_start(text, begin, ctx)
        elif suffixes[suffix] == "company":
            begin = _company_place_start(text, begin, start, ctx)
            if begin >= 4 and text.endswith("联合", 0, begin) and is_cjk(text[begin - 3]):
                lead = left_boundary(text, begin - 2, ctx, max_chars=10, max_tokens=4)
                if begin - 2 - lead >= 2 and (begin == start or text[lead : begin - 2] in ctx.lexicon.divisions):
                    begin = lead  # 首钢京唐钢铁联合有限责任公司, 福建联合石油化工有限公司: 联合 in a registered name
            if is_cjk(text[begin]):
                begin = before_dash(text, begin, ctx)  # 一汽-大众汽车有限公司, 扬子石化—巴斯夫有限责任公司: a joint venture named by both partners
            begin = _past_lead_in(text, begin, start, ctx)
            begin = _placed_name_with_stop(text, begin, start, ctx)
            inside = text.rfind("内", begin + 2, start - 3)
            if inside > 0 and text[inside - 1] in "区园)）" and not text.startswith(("内蒙古", "内江"), inside):
                begin = inside + 1  # 无锡国家高新技术产业开发区（新吴区）内SK海力士…有限公司: a company in a zone, named after it
        if found and found[-1].name.endswith("特别行政区政府") and found[-1].end < begin <= found[-1].end + 4 \
                and suffixes[suffix] in ("gov", "division") and all(is_cjk(c) and c not in JOINERS for c in text[found[-1].end : begin]):
            begin = found[-1].start  # 香港特别行政区政府创新科技署: a government's department, written right after it
        if suffixes[suffix] == "company" and (street := text.find("街道", begin, start)) > begin + 1 \
                and starts_with_place(text[street + 2 : start], ctx) and start - street >= 6:
            begin = street + 2  # 海城街道浙江鸿达鞋材有限公司: the street, then a company named with its province
        if suffixes[suffix] == "company" and (district := next((p for p in reversed(_place_prefixes(text[begin:start], ctx))
                                                                if p[-1] in "区县" and is_full_place(p, lex.divisions)), "")) \
                and any(d.level in ("city", "province") for n in (2, 3, 4) for d in lex.divisions.get(text[begin + len(district) : begin + len(district) + n], ())) \
                and start - begin - len(district) >= 4:
            begin += len(district)  # 拱墅区杭州红星化工有限公司: the district it is in, then a company named with its city (茶陵县湘东铁矿有限公司 is one name)
        if text[begin : begin + 1] == "号" and begin > 0 and text[begin - 1].isdigit():
            continue  # 3号线博览会专线: a numbered line's 号, no body's name (the line is found on its own)
        if text.startswith(("街道", "镇", "乡"), begin) and text[begin:start] in ("街道", "镇", "乡") and two_char_town_name(text, begin, ctx):
            begin -= 2  # 会同七都街道办事处: the office of a town with a two-character name, cut apart by jieba (七|都)
        edition = _EDITION_BEFORE.search(text, max(0, begin - 12), begin)
        if edition is not None and edition.end() == begin and start - begin >= 3:
            place = city_before(text, edition.start(), ctx, ("city", "province", "county"))
            begin -= len(edition.group()) + len(place) if place else 0  # 杭州第19届亚运会组织委员会: an event's committee, named with its place and edition
        if suffix == "部" and text[begin:start] in lex.divisions:
            continue  # 龙岗区部九窝受纳场: no ministry is named by a place alone; the 部 opens the next name
        if text[begin : begin + 1] == "级" and begin > 0 and is_cjk(text[begin - 1]):
            continue  # 企业级安全风险监测中心: a kind of body at a level (企业级, 市级), none named
        company = suffixes[suffix] == "company"
        other = next((f for f in reversed(found) if begin <= f.start and f.end <= start - 2
                      and (company and f.name.endswith(_LEGAL_FORMS) or text[f.end : f.end + 2] in lex.words("owner_verb"))), None)
        verb_end = _past_leading_verbs(text, other.end, start, ctx) if other is not None else begin
        if other is not None and len(suffix) >= 2 and text[other.end : start] in lex.words("owner_verb"):
            verb_end = start  # 会同市交委研究学校周边: the verb is all there is before the kind (学校), which names no body alone
        if other is not None and verb_end > other.end:
            begin = verb_end  # 深圳巴士集团股份有限公司采购比亚迪股份有限公司, 北海市人民医院对口支援涠洲镇卫生院: a verb between
            # two bodies (not 国网…有限公司芜湖供电公司; a body's own words after it, 浙江大学控制科学与工程学院, are no verb it acts with)
        if 0 < begin < start and text[begin - 1] in lex.words("stop") \
                and any(text[begin - 1 : begin - 1 + n] in lex.countries for n in (3, 4, 5)):
            begin -= 1  # 推动与以色列理工学院洽谈: a country's name opens with a stop word's character (以), which ended the search
        if text[begin : begin + 1] == "方" and start - begin > 2 and any(text[begin - n : begin + 1] in lex.words("contract_party") for n in (1, 2, 3)):
            begin += 1  # 运营方华润置地（深圳）有限公司: the party the company is (``contract_party``), then its name (完成方洲邻里中心 keeps 方)
        party = max((p for p in lex.words("contract_party") if len(p) >= 2 and text.startswith(p, begin) and start - begin - len(p) >= 2), key=len, default="")
        begin += len(party)  # 更新主体华润置地（深圳）有限公司: the part the company plays, then its name
        candidate = _suffix_candidate(text, begin, end, suffix, suffixes[suffix], ctx)
        if candidate and suffix in lex.words("unit_needs_place") and not _place_prefixes(text[candidate.start : candidate.end], ctx):
            candidate = None  # 专职消防救援站, 港口消防救援站: a kind of station, none named (大嶝消防救援站 comes with its 支队)
        if candidate is None:
            branch = _placed_branch(text, start, end, suffix, found, ctx)
            if branch is not None:
                found.append(branch)
                continue
        if candidate:
            found.append(_with_parent(text, candidate, found, ctx))
    return found


def _after_a_body(text: str, start: int, suffixes: dict[str, str]) -> bool:
    """True when a body's name (a unit suffix other than a team's: 研究院, 厅, 指挥部) ends right at ``start``."""
    return any(text.endswith(s, 0, start) for s in suffixes if suffixes[s] != "body" or s == "指挥部")


#: jieba tags of words a body's name is made of (社会, 城市, 建设, 管理).
_NAME_TAGS = frozenset(("n", "vn", "ns", "nz", "nt", "j", "l", "an", "b"))


#: Titles only a person has (陈立新委员, 王东代表): a body's name runs across none of them.
_PERSON_TITLE = re.compile(r"(?:委员|代表|同志|先生|女士)(?!会|处|团|大会)")


def _company_place_start(text: str, begin: int, start: int, ctx: Context) -> int:
    """云南建投物流有限公司, 厦门建发房地产集团有限公司: a company's name the boundary search cut
    inside its trade words (建|投, 建|发) starts at the place a few characters before, where a
    word boundary is (深圳建设华为技术有限公司 is 建设 a company, not 深圳建设…)."""
    places, stops = ctx.lexicon.divisions, ctx.lexicon.words("stop")
    for gap in range(1, 4):
        for length in (3, 2):
            head = begin - gap - length
            between = text[begin - gap : begin]
            if head < 0 or text[head : begin - gap] not in places or text[head : begin - gap] in stops or not all(is_cjk(c) for c in text[head:begin]):
                continue  # (会同天津…: 会同 is a county's short name, and the verb here)
            if any(t in stops or is_everyday_verb(t) for t in segment(between) if len(t) > 1) or start - begin < 2 - (gap == 1) \
                    or any(c in JOINERS or c in "的在对向" for c in between):  # 五常市和北大荒集团: a place, then a company; 金阳南路的…
                return begin
            if head == 0 or not is_cjk(text[head - 1]) or text[head - 1] in "、与和及同" or text[head - 2 : head] in stops:
                return head
    return begin


def _past_lead_in(text: str, begin: int, start: int, ctx: Context) -> int:
    """函告太原市轨道交通发展有限公司, 活动承办方惠州市鹏程文化传播有限公司: a company's name starts at the
    full name of its place when the words before that place name no body and no place (a verb, a role):
    a parent company (中国人民财产保险股份有限公司深圳市分公司), a national brand (国网江苏省电力公司, a
    name the dictionary knows) or a city before its district (深圳市光明区…) stays in the name.

    >>> from extract.canon import shared_aliases
    >>> ctx = Context("太原市城乡管理局", shared_aliases())
    >>> text = "函告太原市轨道交通发展有限公司，国网江苏省电力公司"
    >>> _past_lead_in(text, 0, 13, ctx), _past_lead_in(text, 16, 25, ctx)
    (2, 16)
    """
    lex = ctx.lexicon
    places = lex.divisions
    for head in range(begin + 2, start - 2):
        place = next((text[head : head + n] for n in (5, 4, 3) if text[head + n - 1 : head + n] in "省市区县"
                      and is_full_place(text[head : head + n], places)), "")
        if not place:
            continue
        before = text[begin:head]
        if not starts_word(text, head) or not all(is_cjk(c) for c in before) or before in places \
                or full_place_ends_at(text, head, places) or _has_admin_prefix(before, ctx) \
                or before.endswith(word_tuple(lex, "unit_suffix", 1)) or any(m.start == begin for m in dictionary_hits(text, ctx, "Unit")) \
                or before.startswith(("中国", "中华", "国网", "国家")) or ctx.aliases.get("Unit", before):
            return begin  # 人行景德镇市中心支行: 人行 is the short name of a body
        return head
    return begin


def _park_before(text: str, begin: int, end: int, ctx: Context) -> int:
    """大熊猫国家公园四川省管理局, 若尔盖湿地国家级自然保护区管理局: an authority (``park_body``)
    written right after a park or reserve (``park_word``) is the park's, named with it."""
    lex = ctx.lexicon
    if not text[begin:end].endswith(lex.derived("unit:park-bodies", lambda: tuple(lex.words("park_body")))):
        return begin
    words = lex.derived("unit:park-words", lambda: tuple(sorted(lex.words("park_word"), key=len, reverse=True)))
    word = next((w for w in words if text.endswith(w, 0, begin)), "")
    if not word:
        return begin
    start = left_boundary(text, begin - len(word), ctx, max_chars=12, max_tokens=5)
    return start if begin - len(word) - start >= 2 else begin


def _party_before(text: str, begin: int, ctx: Context) -> int:
    """民盟桂林市委会, 九三学社包头市委会: a party (``unit_party``) written right before its local
    committee is part of the committee's name."""
    parties = ctx.lexicon.derived("unit:parties", lambda: tuple(ctx.lexicon.words("unit_party")))
    if not text.endswith(parties, 0, begin):
        return begin
    return begin - len(next(party for party in parties if text.endswith(party, 0, begin)))


def _past_inner_break(text: str, begin: int, head: int, ctx: Context) -> int:
    """凤凰街道两个社区卫生服务中心, 黄埔大道沿线社区卫生服务中心: a count or a word of a place's
    surroundings (``unit_break``: 沿线, 周边; not 流域 or 上游, which name basins' authorities) inside
    the run before a body's kind ends what names a place; the body's name, if any, starts after it."""
    cut = begin
    for match in COUNT_AFTER.finditer(text, begin, head):  # 两个: the centres are counted
        if head - match.end() >= 2:
            cut = match.end()
    surroundings = ctx.lexicon.derived("unit:surroundings", lambda: tuple(ctx.lexicon.words("unit_break")))
    for position in range(cut + 2, head - 1):
        if text.startswith(surroundings, position):
            cut = position + next(len(w) for w in surroundings if text.startswith(w, position))
    return cut


def _past_inner_verb(text: str, begin: int, head: int, ctx: Context) -> int:
    """盐田区教育局回收小区配套幼儿园, 信息系统推进幼儿园: an everyday verb inside the run before a
    school's kind (``verb_free_kind``) ends what names it; the name, if any, starts after it."""
    if head - begin < 4:
        return begin
    name_words, cut, position = ctx.lexicon.words("name_word"), begin, begin
    for token in segment(text[begin:head]):
        position += len(token)
        if is_everyday_verb(token) and token not in name_words and position > begin + 2:
            cut = position
    return cut


def _placed_name_with_stop(text: str, begin: int, head: int, ctx: Context) -> int:
    """深圳市赛为安全技术服务有限公司: a company's name of two characters after its city, the second a
    one-character stop word (为), which ended the search; the name starts at the city."""
    if begin < 5 or head - begin < 2 or not is_cjk(text[begin - 2]) or text[begin - 1] not in ctx.lexicon.words("stop") \
            or word_tables().freq.get(text[begin - 2 : begin], 0):
        return begin  # 南山区引入万科…: a word of its own (引入) ends the city's part
    places = ctx.lexicon.divisions
    for length in range(3, min(begin - 2, 8) + 1):
        place = text[begin - 2 - length : begin - 2]
        if place in places and is_full_place(place, places) and place[-1] in "市省县区":
            return begin - 2 - length
    return begin


def _past_person(text: str, begin: int, head: int) -> int:
    """已邀请陈立新委员实地察看…监测站: what follows a person's title starts the name, if anything."""
    last = None
    for last in _PERSON_TITLE.finditer(text, begin, head):
        pass
    return last.end() if last is not None and head - last.end() >= 2 else begin


#: 第三届, 第20届: the edition of a recurring fair, not part of its name.
_EDITION = re.compile(r"第[0-9一二三四五六七八九十百]{1,4}届")


def _past_edition(text: str, begin: int, head: int) -> int:
    """第三届中非经贸博览会 → 中非经贸博览会."""
    match = _EDITION.match(text, begin, head)
    return match.end() if match and head - match.end() >= 2 else begin


def _dashed_partner(text: str, begin: int, ctx: Context) -> int:
    """中国—东盟博览会, 中国—非洲经贸博览会: two partners joined by a dash open one name."""
    if begin < 3 or text[begin - 1] not in "—－-":
        return begin
    for length in (2, 3, 4):
        partner = text[max(0, begin - 1 - length) : begin - 1]
        if len(partner) == length and (partner in ("中国", "中华") or partner in ctx.lexicon.world):
            return begin - 1 - length
    return begin


def _after_kind_joined(text: str, begin: int, head: int, ctx: Context) -> int:
    """相关企业与中芯国际集成电路制造有限公司: after a kind of body (``unit_descriptor``: 企业) and
    与/和/及, a proper name is a body of its own (企业与科研院所联合实验室 names none)."""
    descriptors = tuple(ctx.lexicon.words("unit_descriptor"))
    for position in range(head - 3, begin - 1, -1):
        if text[position] in JOINERS and text.endswith(descriptors, begin, position) and not _common_words_only(text[position + 1 : head], ctx):
            return position + 1
    return begin


def _past_descriptor(text: str, begin: int, head: int, ctx: Context) -> int:
    """泰国企业正大集团 → 正大集团: a word that says what kind of body follows (``unit_descriptor``:
    企业, 龙头企业) ends the description, when a proper name follows it (中小企业服务中心 stays whole)."""
    pattern = ctx.lexicon.regex("unit_descriptor")
    for match in reversed(list(pattern.finditer(text, begin, head))):
        if _BRACKETED_WORD.search(text, begin, match.start()):
            break  # 启迪之星（北京）科技企业孵化器有限公司: after a company's bracketed place, the kind is part of its name
        rest = text[match.end() : head]
        if len(rest) >= 2 and rest[0] not in JOINERS and segment(rest)[0] not in ctx.lexicon.words("stop") \
                and not _common_words_only(rest, ctx):
            return match.end()
    return begin


def _name_piece(token: str, stops: dict[str, str], name_words: dict[str, str], company: bool) -> bool:
    """A word a body's name can be made of between its place and its kind: a name word (社会, 城市),
    a character jieba joins to nothing (the 国 and 宏 of 洛阳国宏…; no particle like 的) and, in a
    company's name, the nouns of its trade even when they are stop words elsewhere (投资, 运营)."""
    if token in name_words:
        return True
    tag = word_tag(token)
    if len(token) == 1 and not tag and token not in JOINERS and token not in stops:
        return True
    return tag in _NAME_TAGS and (token not in stops or company and tag in ("vn", "n"))


def _place_anchor(text: str, begin: int, head: int, ctx: Context, kind: str = "") -> int:
    """福州市社会组织服务中心, 哈尔滨市城市建设投资集团: a name that a stop word (组织, 投资) cut
    short reaches back to the place it starts with, when only name words stand between."""
    if begin < 2:
        return begin
    low = begin
    while low > 0 and begin - low < 18 and text[low - 1] not in DELIMITERS and not text[low - 1].isdigit():
        low -= 1
    if low == begin or not any(low <= m.start < begin for m in dictionary_hits(text, ctx, "Site")):
        return begin  # no place before the name (the field's dictionary matches are computed once)
    lex = ctx.lexicon
    stops, name_words, places = lex.words("stop"), lex.words("name_word"), lex.divisions
    tokens = segment(text[low:head])
    position, best = low, begin
    starts = []
    for token in tokens:
        starts.append((position, token))
        position += len(token)
    for index, (at, token) in enumerate(starts):
        if at >= begin:
            break
        if token in places and _full_place_or_city(token, ctx):
            between = starts[index + 1 :]
            crossed = [t for p, t in between if p < begin]
            if crossed and crossed[0] in stops and (kind not in ("company", "gov") or crossed[0] in lex.words("owner_verb")):
                break  # 图们市建设远程心电诊断中心, 临澧县委托湖南…有限公司: a verb right after the place (…市建设委员会 is a body's name)
            if any(t.endswith(("局", "厅") + word_tuple(lex, "unit_suffix", 2)) and n in stops for t, n in zip(crossed, crossed[1:])):
                break  # 威海市应急管理局建设…中心, 昆山市消防救援大队指导…有限公司: the body, then what it builds or guides
            trades = lex.words("company_trade") if kind == "company" else {}
            # …临空经济区建设…中心: a zone's name ends before it; …农村供水工程委托临沂市自来水公司: a verb a body is acted on
            # with (``owner_verb``, unless a name word: 研究, 组织) is no piece of its name
            if all(_name_piece(t, stops, name_words, kind == "company") and not t.endswith(_parent_suffixes(lex))
                   and (t not in lex.words("owner_verb") or t in name_words)
                   and (not t.endswith(_long_site_suffixes(lex)) or t in trades or t in places) for t in crossed):
                # 天津滨海新区建设投资集团有限公司: a division after the city is part of the name (新区 ends no zone's name here)
                best = min(best, at)
                break
    return best


def _joined_names_end(lex: Lexicon) -> tuple[str, ...]:
    """Endings of a name before 和/与/及 that make the joiner join two names (…局和…中心,
    大学科技园和西北工业大学, …监测数据库与…水文局): the unit suffixes, the place suffixes of two
    characters or more and the platforms' of two or more."""
    return lex.derived("unit:joined-ends", lambda: _suffix_tuple(lex) + _long_site_suffixes(lex) + word_tuple(lex, "platform_suffix", 2))


def _long_site_suffixes(lex: Lexicon) -> tuple[str, ...]:
    """The place suffixes of two characters or more (经济区, 机场), for ``str.endswith``; not 草原,
    which names a field of study too (内蒙古农业大学草原与资源环境学院), nor 长城, which companies
    are named after (深圳长城开发科技股份有限公司)."""
    return lex.derived("unit:long-site-suffixes", lambda: tuple(
        w for w, kind in lex.words("site_suffix").items() if len(w) >= 2 and kind not in ("grassland", "wall")))


def _past_leading_verbs(text: str, begin: int, head: int, ctx: Context) -> int:
    """吸引三一集团有限公司 → 三一集团有限公司: everyday verbs that start a name are not part of it."""
    name_words, places = ctx.lexicon.words("name_word"), ctx.lexicon.divisions
    first = text[begin : begin + 2]
    if head - begin >= 3 and first in name_words and word_tag(first) in ("v", "vn"):
        return _past_name_word_verbs(text, begin, head, ctx)
    verbs = ctx.lexicon.words("owner_verb")  # 抄送市住建局, 函告…公司: a verb of sending or acting with
    if head - begin < 3 or not (is_everyday_verb(first) or first in verbs) or first in name_words:
        return begin  # the common case, without segmenting
    position = begin
    for token in segment(text[begin:head]):
        if head - (position + len(token)) < 1 or token in name_words or token in places or not (is_everyday_verb(token) or token in verbs):
            break
        position += len(token)
    return position


def _past_name_word_verbs(text: str, begin: int, head: int, ctx: Context) -> int:
    """服务昌河飞机工业（集团）有限责任公司, 保障之江实验室, 服务保障省实验室: a name word used as a
    verb (服务, 保障) before a proper name or a bare level is not part of the name it governs
    (服务中心, 建设银行, 发展改革委 go on in words of their own)."""
    name_words, places = ctx.lexicon.words("name_word"), ctx.lexicon.divisions
    tokens = segment(text[begin:head])
    skipped = 0
    while skipped < len(tokens) - 1 and tokens[skipped] in name_words and word_tag(tokens[skipped]) in ("v", "vn"):
        skipped += 1
    if skipped == 0 or skipped == len(tokens):
        return begin
    after = tokens[skipped]
    proper = after in places or after in ("省", "市", "区", "县") or word_tag(after) in ("ns", "nr", "nz") \
        or len(after) >= 2 and word_tables().freq.get(after, 0) < RARE_WORD_FREQ
    return begin + sum(map(len, tokens[:skipped])) if proper else begin


def _full_place_or_city(token: str, ctx: Context) -> bool:
    """福州市, 长沙 (a city's short name): a place a body's name may start with."""
    places = ctx.lexicon.divisions
    return is_full_place(token, places) or any(d.level in ("city", "province") for d in places.get(token, ()))


def _placed_branch(text: str, start: int, end: int, suffix: str, found: list[Candidate], ctx: Context) -> Candidate | None:
    """厦门市公安局交通警察支队湖里大队: a branch (``unit_child``) named by a place alone, right after
    its parent, is the parent's branch there (湖里大队 alone names no body)."""
    if not found or suffix not in ctx.lexicon.words("unit_child"):
        return None
    parent = found[-1]
    place = normalise_name(text[parent.end : start])
    if not (2 <= len(place) <= 5 and place in ctx.lexicon.divisions):
        return None
    return Candidate("Unit", parent.name + place + suffix, parent.start, end, "unit:branch", parent.priority)


def _ranks_above(parent: str, child: str, ctx: Context) -> bool:
    """四川省森林消防总队攀枝花支队: a 总队 holds 支队 (``branch_of`` rules: the kind a branch's
    kind is part of), so the 支队 right after it is its own, not a sibling."""
    lex = ctx.lexicon
    kinds = lex.derived("unit:branch-of", lambda: tuple((k, tuple(a.split("|"))) for k, a in lex.words("branch_of").items()))
    return any(child.endswith(kind) and parent.endswith(above) for kind, above in kinds)


#: Branch endings that are also the kind of a whole body (市场监督管理局): they make a name a branch only when found as one.
_KIND_WORDS = frozenset(("管理局", "监管局"))


def _with_parent(text: str, child: Candidate, found: list[Candidate], ctx: Context) -> Candidate:
    """郑州市公安局金水路分局、二七路分局: a branch written after its parent (or after a sibling
    that follows it) is named with the parent (``unit_child`` endings: 分局, 分公司, 支队 …)."""
    children = ctx.lexicon.words("unit_child")
    if found and found[-1].end == child.start and found[-1].name.startswith(("国家", "中国")) \
            and _place_prefixes(text[child.start : child.end], ctx):
        before = found[-1]  # 国家税务总局苏州市税务局: a national body's office in a place, named with it
        return Candidate("Unit", before.name + normalise_name(text[child.start : child.end]), before.start, child.end,
                         "unit:branch", child.priority)
    if not found or not any(child.name.endswith(c) for c in children):
        return child
    before = found[-1]
    if before.start < child.start < before.end < child.end and _ranks_above(before.name, child.name, ctx):
        # 太原市公安局迎泽分局交通警察大队: the squad's name was searched from inside its parent's
        return Candidate("Unit", before.name + text[before.end : child.end], before.start, child.end, "unit:branch", child.priority)
    if before.end == child.start and (not any(before.name.endswith(c) for c in children if c not in _KIND_WORDS or before.rule == "unit:branch")
                                      or _ranks_above(before.name, child.name, ctx)):
        return Candidate("Unit", before.name + text[child.start : child.end], before.start, child.end, "unit:branch", child.priority)
    if before.rule == "unit:branch" and before.end + 1 == child.start and text[before.end] in "、和及与" \
            and not any(p.endswith(("市", "省")) for p in _place_prefixes(text[child.start : child.end], ctx)):
        # not 沈阳市公安局浑南分局、沈阳市浑南区消防救援大队: a name with its own city is no sibling's short form
        parent = next((f for f in reversed(found[:-1]) if f.start == before.start), None)
        if parent is not None:
            return Candidate("Unit", parent.name + text[child.start : child.end], child.start, child.end, "unit:branch", child.priority)
    return child


#: Bodies whose branches in other cities are named after them (香港大学深圳医院).
_PARENT_KINDS = ("大学", "学院")


#: Fire and rescue units from the largest down: a smaller one is named after the one above it.
_SQUADS = ("总队", "支队", "大队", "中队")


def _before_stop_word(text: str, start: int, end: int, suffix: str, suffixes: dict[str, str],
                      stops: dict[str, str]) -> tuple[int, str]:
    """市卫健委会同…: a suffix (委会) whose last characters start a stop word (会同) or another word that
    breaks a suffix (``unit_suffix_break``: 第四中学校园内 → 中学) gives way to a shorter one (委)."""
    for cut in range(1, len(suffix)):
        tail = end - cut
        if len(word_at(text, tail, stops)) > cut:
            if end - start in word_edges(text[start : end + 2]) and word_tables().freq.get(text[end : end + 2], 0) >= RARE_WORD_FREQ:
                break  # 管理委员会同意: jieba ends the suffix where the next word (同意) starts, no stop word (会同) runs across
            shorter = suffix[:-cut]
            return (tail, shorter) if shorter in suffixes else (end, "")
    return end, suffix


def _place_follows(text: str, end: int, lex: Lexicon) -> bool:
    """A full division's name (长沙市, 长春市) starts right after ``end``."""
    return any(text[end : end + n] in lex.divisions and is_full_place(text[end : end + n], lex.divisions) for n in range(3, 8))


def _cut_before_stop(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when jieba cuts the text right after the suffix and a stop word comes next (研究所 | 在)."""
    return end < len(text) and end - start in word_edges(text[start : end + 3]) and segment(text[end : end + 3])[0] in lex.words("stop")


def _blocked(text: str, start: int, end: int, lex) -> bool:
    """A word that is no unit runs across the suffix: 布局, 部署, 局面.

    A word the suffix starts (局部) does not block when the text after the suffix starts
    a word of its own that reaches further (局部署 is 局 + 部署).
    """
    across = words_across(text, start, end, lex.words("not_unit"))
    if across and any(left < start for left, _ in across):
        before = next((s for s in lex.words("unit_suffix") if len(s) >= 2 and text.endswith(s, 0, start)), "")
        # 安全生产委员会办公室: a word begun inside the body's kind before (会办) blocks no second kind
        across = [(left, right) for left, right in across if not before or left < start - len(before) or left >= start]
    if not across:
        return False
    if any(left < start for left, _ in across):
        # 城市更新办公室: a kind of three characters or more after a word of two (更新|办公室), as jieba reads it:
        # the 新办 across them is no word there
        return not (end - start >= 3 and start >= 2 and word_tag(text[start - 2 : start]) and starts_word(text, start))
    if _place_follows(text, end, lex):
        return False  # 国家税务总局长沙市税务局: no 局长 there
    if end - start >= 2 and all(left == end - 1 for left, _ in across) and _cut_before_stop(text, start, end, lex):
        return False  # 研究所在…: jieba cuts 研究所 | 在, the 所在 is not read (委员会办公室 goes on)
    if any(left != start for left, _ in across):
        return True
    reach = max(right for _, right in across)
    return not any(right > reach for _, right in words_across(text, end, end + 1, lex.words("stop")) + words_across(text, end, end + 1, lex.words("not_unit")))


def _ends_site_suffix(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when the unit suffix ends a longer place suffix (会展中心, 保税物流中心, 博物院): a place."""
    longer = lex.derived("unit:site-suffixes-over", lambda: _site_suffixes_over(lex))
    return any(text.startswith(place, end - len(place)) for place in longer.get(text[start:end], ()))


def _opens_site_suffix(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when the unit suffix opens a longer place suffix written on (深圳虚拟大学园, 深圳大学城, 福田中心区): a place."""
    longer = lex.derived("unit:site-suffixes-on", lambda: _site_suffixes_around(lex, str.startswith))
    return any(text.startswith(place, start) for place in longer.get(text[start:end], ()))


def _site_suffixes_over(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    return _site_suffixes_around(lex, str.endswith)


def _site_suffixes_around(lex: Lexicon, holds: Callable[[str, str], bool]) -> dict[str, tuple[str, ...]]:
    """Unit suffix → the longer place suffixes that end with it (``str.endswith``: 会展中心) or open with it
    (``str.startswith``: 大学城)."""
    places, units = lex.words("site_suffix"), lex.words("unit_suffix")
    return {unit: tuple(p for p in places if p != unit and holds(p, unit)) for unit in units
            if any(p != unit and holds(p, unit) for p in places)}


def _parent_start(text: str, begin: int, place: int, ctx: Context, kind: str = "") -> int:
    """Where a body named after its parent and a place starts: 香港大学深圳医院, 中国电信东莞分公司,
    华润电力沈阳热电有限公司.

    The place that starts the last administrative run (``place``) does not cut the name
    when the words before it name an organisation themselves, or, for a company, hold a
    proper word (a brand: 华润).
    """
    if place <= begin:
        return place
    parent = normalise_name(text[begin:place])
    parent = parent[:-2] if parent.endswith("附属") and len(parent) > 4 else parent  # 厦门大学附属中山医院
    if ctx.aliases.get("Unit", parent):
        return begin
    if parent.endswith(_parent_suffixes(ctx.lexicon)):
        joined = max(text.rfind(joiner, begin, place) for joiner in "和与及、")
        if joined > begin and place - joined > 4 and ctx.aliases.get("Unit", normalise_name(text[begin:joined])):
            return joined + 1  # 比亚迪与哈尔滨工业大学深圳研究生院: a known body, then the parent (not 网络与信息安全管理中心)
        return begin
    if parent.endswith("人民政府") and TOWN_WORD.search(text, place + 2, place + 7) and is_admin_words(parent, ctx):
        return begin  # 杭州市上城区人民政府湖滨街道办事处: a street's office is named with its district's government
    if kind == "gov" and parent.endswith(("委员会", "局")) and len(parent) >= 6 and _has_admin_prefix(parent, ctx) \
            and (short := next((text[place : place + n] for n in (3, 2) if text[place : place + n] in ctx.lexicon.divisions), "")) \
            and not is_full_place(short, ctx.lexicon.divisions) and text[place + len(short) : place + len(short) + 1] not in "区县市" \
            and "分局" not in text[place : place + 8]:  # (金水路分局, 龙岗分局: branches, named with their parents by their own rule)
        return begin  # 深圳市交通运输委员会龙岗交通运输局: a city body's office in a district, named by the district's short name
    if (kind == "company" and len(parent) >= 2 and not any(c in parent for c in "和与及、")
            and not _common_words_only(parent, ctx) and not _all_admin(parent, ctx)):
        return begin
    return place


def _parent_suffixes(lex) -> tuple[str, ...]:
    return lex.derived("unit:parent-suffixes", lambda: tuple(v for v, kind in lex.words("unit_suffix").items() if kind in ("org", "company") and len(v) > 1))


def _suffix_tuple(lex) -> tuple[str, ...]:
    return lex.derived("unit:suffixes", lambda: tuple(lex.words("unit_suffix")))


def is_admin_words(text: str, ctx: Context) -> bool:
    """True when a text names only places, levels and governments: 香港特别行政区政府, 广州市.

    >>> from extract.canon import AliasRegistry
    >>> is_admin_words("香港特别行政区政府", Context("市应急管理局", AliasRegistry()))
    True
    """
    return bool(text) and all(_admin_token(t, ctx) for t in segment(text))


def _admin_token(token: str, ctx: Context) -> bool:
    """A place, a level or a government, 香港特别行政区政府 as one word included."""
    if token in _LEVEL_BODIES:
        return True  # 人民政府 on its own (not 人民 + 政府)
    for ending in ("人民政府", "政府", "特别行政区"):
        if token.endswith(ending) and len(token) > len(ending):
            token = token[: -len(ending)]
    return token in _ADMIN or token in _LEVEL_BODIES or token in ("特别行政区", "中共", "中国") or _is_place(token, ctx)


def _all_admin(text: str, ctx: Context) -> bool:
    """True when a text is only administrative words: 肇庆市, 国家, 中共深圳市."""
    return all(t in _ADMIN or _is_place(t, ctx) or t in ("中共", "中国") for t in segment(text))


def _alias_ending_at(text: str, begin: int, end: int, ctx: Context) -> int | None:
    """The start of a Unit alias that ends at ``end`` inside ``[begin, end)``, if any."""
    for match in dictionary_hits(text, ctx, "Unit"):
        if match.end == end and begin <= match.start < end:
            return match.start
    return None


def _suffix_candidate(text: str, begin: int, end: int, suffix: str, kind: str, ctx: Context) -> Candidate | None:
    """A unit ending in ``suffix`` and starting at ``begin``, unless it is generic."""
    raw = normalise_name(text[begin:end])
    if begin > 0 and text[begin - 1] in "等该各" or _PARTY_AND_GOVERNMENT.search(raw) \
            or _followed_by_title(text, end, ctx) and not (len(raw) >= 7 and starts_with_full_place(raw, ctx)):
        return None  # 市委书记 names a title; 苏州市人大常委会副主任顾明德 names the body too
    own = _self_division(text, begin, end, raw, ctx)
    if own is not None:
        return own
    after = _after_owner_verb(raw, ctx)
    if after and end - (begin + after) >= 3:  # 我局指导员村街社区卫生服务中心: the body is 员村街…
        return _suffix_candidate(text, begin + after, end, suffix, kind, ctx)
    own = _owner_word_division(text, begin, end, raw, ctx)
    if own is not None:
        return own
    if kind == "division":
        return _division(raw, begin, end, ctx)
    if _owner_division(text, begin, raw, ctx):
        return Candidate("Unit", ctx.owner + raw[1:], begin, end, "unit:owner-division", 1)
    verdict = _name_verdict(raw, suffix, kind, ctx)
    if verdict:
        return Candidate("Unit", verdict, begin, end, f"unit_suffix:{suffix}", 1)
    place_before = text[max(0, begin - 9) : max(0, begin - 1)]  # …开发区长春路的奇瑞汽车股份有限公司: where it is, then its name
    stem = raw[: len(raw) - len(suffix)]
    registered = suffix.endswith(_LEGAL_FORMS) and (place_before.endswith(word_tuple(ctx.lexicon, "site_suffix"))
        or any(starts_with_place(stem[i:], ctx) for i in range(max(0, len(stem) - 1))))  # 国药控股三明有限公司: named with a place
    if verdict is False or not registered and _described(text, begin, raw, ctx) or _facility_built(text, begin, raw, suffix, ctx):
        # a registered company after where it is is no description (金阳南路的云上贵州大数据产业发展有限公司; 符合条件的民营科技有限公司 is one)
        return None
    name, end = _with_qualifier(text, raw, end)
    if _facility_name(name, ctx):
        if name in ctx.lexicon.generic("Site"):
            return None  # 邻里中心: the kind of facility, none named
        return Candidate("Site", ctx.aliases.canonical("Site", name), begin, end, "site:facility", 1)
    return Candidate("Unit", unit_name(name, kind, ctx), begin, end, f"unit_suffix:{suffix}", 1)


#: The legal forms a registered company's name ends in.
_LEGAL_FORMS = ("有限公司", "有限责任公司")


def _facility_name(name: str, ctx: Context) -> bool:
    """腾讯贵安七星数据中心, 玲珑邻里中心: a named facility (``facility_ending``) is a place, not a
    body, unless a body's word ends it (市大数据中心 is an office)."""
    lex = ctx.lexicon
    endings = lex.derived("unit:facility-endings", lambda: tuple((e, tuple(body for body in b.split("|") if body)) for e, b in lex.words("facility_ending").items()))
    return any(name.endswith(ending) and not name.endswith(bodies) for ending, bodies in endings)


def _name_verdict(raw: str, suffix: str, kind: str, ctx: Context) -> str | Literal[False] | None:
    """What the name alone says of a unit ending in ``suffix``: its canonical name when it is a
    body of a level or a known alias, False when it names no body (generic, a rank, a place and a
    kind, everyday words), None when the text around it decides. Worked out once per name and table."""
    return ctx.remember("unit:verdict", _judge_name, raw, suffix, kind)


def _judge_name(raw: str, suffix: str, kind: str, ctx: Context) -> str | Literal[False] | None:
    stem = raw[: len(raw) - len(suffix)]
    if (suffix in _LEVEL_BODIES or suffix in ctx.lexicon.words("level_body")) and (stem in ("市", "省", "区", "县") or stem in ctx.lexicon.divisions):
        return unit_name(raw, "level", ctx)
    if ctx.aliases.get("Unit", raw) or ctx.aliases.get("Unit", unit_name(raw, kind, ctx)):
        return unit_name(raw, kind, ctx)
    if suffix in ("人民政府", "办事处") and len(stem) >= 3 and stem.endswith(("镇", "乡", "街道")) \
            and not is_generic_name(raw, suffix, "Unit", ctx.lexicon) and not any(t in ctx.lexicon.words("generic_word") for t in segment(stem[:-1])):
        return unit_name(raw, kind, ctx)  # 罗田镇人民政府: a town's government, though 罗田 names a county too
    if is_generic_name(raw, suffix, "Unit", ctx.lexicon) or stem in ("市", "省", "区", "县", "局"):
        return False
    if raw.startswith(tuple(ctx.lexicon.words("rank_word"))):
        return False  # 国家级胸痛中心, 县级公共法律服务中心: a rank of a kind of body, no body named
    if raw.endswith(ctx.lexicon.derived("unit:kind-endings", lambda: tuple(ctx.lexicon.words("unit_kind_ending")))):
        return False  # 苏州中欧班列集结中心, 航空物流产业学院: a facility or a programme of that kind, no body
    if stem.endswith("进") and segment(stem)[-1] == "进":
        return False  # 中选药品进医院, 非遗进校园: a campaign of things going into a kind of body
    if kind != "gov" and _joins_generic(raw, suffix, ctx) or _generic_tail(raw, ctx):  # 工业和信息化局 is one body
        return False
    if kind != "gov" and not suffix.endswith("有限公司") and not suffix.endswith("有限责任公司") and _place_and_kind(raw, suffix, ctx) \
            and not _zone_body(raw, ctx) or _one_common_word(stem, ctx):  # 首都机场集团有限公司: a registered name, whatever its words
        return False
    if suffix in ctx.lexicon.words("unit_needs_name") and _common_words_only(stem, ctx):
        parent = next((p for p in _parent_suffixes(ctx.lexicon) if stem.endswith(p) and len(stem) > len(p) + 1), "")
        if not parent or _name_verdict(stem, parent, "org", ctx) is False:
            return False  # 社区医院; 南方科技大学医院 is the university's, named by it
    if suffix in ctx.lexicon.words("hosted_kind") and (stem.endswith(word_tuple(ctx.lexicon, "unit_suffix", 2)) or "公司" in stem
                                                       or is_everyday_verb(stem[:2]) and len(stem) <= 4):
        return False  # 北京市理化分析测试中心实验室, 摸排实验室: a body's labs (``hosted_kind``), or labs counted; none named
    if suffix in ctx.lexicon.words("kind_of_place") and stem in ctx.lexicon.divisions and stem[-1] in "省市区县镇乡":
        return False  # 赴同安区、翔安区学校: the schools of a place, no school (深圳实验学校 has a name of its own)
    if suffix == "政府" and not is_admin_words(stem, ctx):
        return False  # 数字政府, 一体化数字政府平台: a government is named by its place alone
    return None


def _zone_body(raw: str, ctx: Context) -> bool:
    """湘江新区管委会, 高新区管理委员会: the body that runs a zone (``zone_body``) is named by the zone."""
    lex = ctx.lexicon
    body = next((w for w in lex.words("zone_body") if raw.endswith(w)), "")
    return bool(body) and raw[: -len(body)].endswith(lex.derived("unit:zone-words", lambda: tuple(lex.words("zone_word"))))


def _joins_generic(raw: str, suffix: str, ctx: Context) -> bool:
    """电子健康码和互联网医院: a name joined by 和/与/及 whose last part is a kind of body."""
    last = max(raw.rfind(joiner) for joiner in JOINERS)
    if last <= 0 or not last in word_edges(raw):
        return False  # 北京协和医院: the 和 of 协和 joins nothing
    first = min(i for i in (raw.find(joiner) for joiner in JOINERS) if i > 0)
    if first in word_edges(raw) and (raw[:first] in ctx.lexicon.generic("Unit") or all(
            t in ctx.lexicon.words("generic_word") for t in segment(raw[:first])) and segment(raw[:first])[-1] in ctx.lexicon.generic("Unit")):
        return True  # 高校和中小学实验室, 燃气企业和…协会: kinds of bodies joined, none named (工业和信息化部 is one)
    if "大学" in raw[:first] and suffix in ("学院", "研究院", "研究所"):
        return False  # 太原理工大学化学工程与技术学院: a university's school, named by the fields it joins
    return is_generic_name(raw[last + 1 :], suffix, "Unit", ctx.lexicon)


def _generic_tail(raw: str, ctx: Context) -> bool:
    """镇街市场监管所: generic words before a kind of body (市场监管所) name none."""
    lex = ctx.lexicon
    kinds = lex.generic("Unit")
    for length in _lengths(lex, "generic-unit", kinds):
        if len(raw) > length and raw[-length:] in kinds:
            return all(token in lex.words("generic_word") for token in segment(raw[:-length]))
    return False


def _facility_built(text: str, begin: int, raw: str, suffix: str, ctx: Context) -> bool:
    """建设国际快件监管中心, 建成航空物流转运中心: a 中心 of everyday words that is being built is a
    facility, not a body with a name (市应急管理局应急指挥中心 is one)."""
    if suffix != "中心" or begin < 2:
        return False
    before = text[max(0, begin - 4) : begin]
    verbs = ctx.lexicon.derived("unit:facility-verbs", lambda: tuple(ctx.lexicon.words("facility_verb")))
    return before.endswith(verbs) and _common_words_only(raw[: len(raw) - len(suffix)], ctx)


def _described(text: str, begin: int, raw: str, ctx: Context) -> bool:
    """国际一流的城市安全科技创新中心: a body described by what it should be, not named.

    A name after 的 counts only when it starts with a place or an administrative word,
    or when 的 follows a verb of building (前期建设的城市运行管理中心 exists).
    """
    if begin < 2 or text[begin - 1] != "的" or _has_admin_prefix(raw, ctx):
        return False
    if begin >= 4 and is_cjk(text[begin - 4]) and (text[begin - 2] in "区县镇乡村" or text.endswith("街道", 0, begin - 1)) \
            and text[begin - 3 : begin - 1] not in ctx.lexicon.words("generic_word") and text[begin - 3] not in "全各本该每":
        return False  # 固戍社区的海湾小学: where it is, then its name
    return not ctx.lexicon.regex("built_verb").search(text, max(0, begin - 4), begin - 1)  # 前期建设的…中心 exists


def _place_and_kind(raw: str, suffix: str, ctx: Context) -> bool:
    """深圳市综合医院, 坪山区科研机构: a place and a kind of body, no name."""
    if suffix in ctx.lexicon.words("place_named"):
        return False  # 浙江工业大学: a place and a kind name a university
    places = [p for p in _place_prefixes(raw, ctx) if len(p) in word_edges(raw)]  # 福建省立医院: 省立 is a word
    rest = raw[len(places[-1]) :] if places else ""
    if suffix in ctx.lexicon.words("field_named"):  # 深圳市企业联合会, 深圳市社会组织总会: a place, a field and an
        return rest in ctx.lexicon.generic("Unit")  # association's kind name one (深圳市行业协会: a kind the lexicon calls generic)
    if rest.startswith("立") and places and places[-1][-1] in "省市县区":
        return False  # 台州市立医院: the city's own hospital, named so (jieba cuts 台州市|立)
    generic = ctx.lexicon.words("generic_word")
    if len(rest) > len(suffix) and all(t in generic for t in segment(rest[: len(rest) - len(suffix)])):
        return True  # 滨湖区优质学校, 苏州紧密型教育集团: a place and a kind described in generic words
    return bool(rest) and len(rest) > len(suffix) and is_generic_name(rest, suffix, "Unit", ctx.lexicon)


#: jieba tags of everyday words: nouns, verbal nouns, verbs, adjectives, distinguishing words.
_EVERYDAY_TAGS = frozenset(("n", "vn", "v", "a", "ad", "an", "b", "d", "f", "m", "q"))
#: A word this frequent in jieba's dictionary is an everyday word, not part of a proper name.
_EVERYDAY = 500


def _common_words_only(stem: str, ctx: Context) -> bool:
    """社区医院, 前线指挥部, 境外银行: a kind of body described in everyday words names none.

    Asked of the suffixes of the ``unit_needs_name`` rules only: a 中心 or 办公室 of a bureau
    (应急指挥中心) is named by its function.

    Every word before the suffix is a frequent noun, verb or adjective (or a generic word of
    the lexicon); a place, a proper or rare word, a Latin letter or a lone character (the
    pieces of a name jieba does not know: 顺丰, 微众) keeps the name.
    """
    tokens = segment(stem)
    if not tokens:
        return False
    generic, places, freq = ctx.lexicon.words("generic_word"), ctx.lexicon.divisions, word_tables().freq
    stops = ctx.lexicon.words("stop")
    for token in tokens:
        if token in generic or token in stops:
            continue
        if len(token) < 2 or token in places or not all(is_cjk(c) for c in token):
            return False
        if word_tag(token) not in _EVERYDAY_TAGS or freq.get(token, 0) < _EVERYDAY:
            return False
    return True


def _one_common_word(stem: str, ctx: Context) -> bool:
    """救治中心, 指挥中心: one everyday verb before the suffix names a function, not a body (包头 is a
    city, whatever jieba tags it: 包头日报; 安居 names a district, and 安居集团 no body)."""
    return len(stem) == 2 and word_tag(stem) in ("v", "vn") and word_tables().freq.get(stem, 0) >= _COMMON_WORD \
        and not any(d.level in ("city", "province") for d in ctx.lexicon.divisions.get(stem, ()))


def _with_qualifier(text: str, raw: str, end: int) -> tuple[str, int]:
    """国家城市安全发展科技研究院（基地）: a short bracketed qualifier belongs to the name.

    A bracket holding another unit (…中心（联创中心）) or a number is no qualifier.
    """
    found = _QUALIFIER.match(text, end)
    if not found or found.group(1)[-1] in "局办委会所院部处厅室队组心司":
        return raw, end
    return raw + "（" + found.group(1) + "）", found.end()


def _owner_division(text: str, begin: int, raw: str, ctx: Context) -> bool:
    """局执法处, 委医政医管处, 局信息中心, 厅国土空间规划局: a division of the table's owner, written with
    its kind alone (a department's 局 too)."""
    endings = ctx.lexicon.derived("unit:owner-division", lambda: tuple(ctx.lexicon.words("owner_division_suffix")))
    if raw[:1] == "厅" and raw.endswith("局") and ctx.owner.endswith("厅"):
        endings = (*endings, "局")
    return (len(raw) >= 4 and raw[0] in owner_kinds(ctx.owner, ctx.lexicon) and raw.endswith(endings)
            and (begin == 0 or not is_cjk(text[begin - 1]) or text[begin - 1] in "由经报向请和与及、")
            and not _starts_admin(raw[1:]) and not _opens_with_verb(raw[1:], ctx))


def _owner_word_division(text: str, begin: int, end: int, raw: str, ctx: Context) -> Candidate | None:
    """支队秩序管理处, 支队旅顺口大队 in a 交通警察支队's table: the owner named by a longer word of its
    kind (``owner_kind``: 支队, 中心), then one of its divisions, whether the word is in the name found
    or right before it."""
    for word in owner_words(ctx.owner, ctx.lexicon):
        if raw.startswith(word):
            start, rest = begin, raw[len(word) :]
        elif text.endswith(word, 0, begin):
            start, rest = begin - len(word), raw
        else:
            continue
        if not starts_word(text, start + len(word)) or word_at(text, start, long_titles(ctx.lexicon)) \
                or contains_word_at(text, start, start + len(word), ctx.lexicon.words("not_unit")):
            continue  # 中心城区管理处 (the city centre's: ``not_unit``), 支队长办公室 (a title): no owner's word there
        endings = ctx.lexicon.derived("unit:owner-division", lambda: tuple(ctx.lexicon.words("owner_division_suffix")))
        if len(rest) >= 3 and rest.endswith(endings) and not _starts_admin(rest) and not _opens_with_verb(rest, ctx) \
                and (start == 0 or not is_cjk(text[start - 1]) or text[start - 1] in "由经报向请和与及、"):
            return Candidate("Unit", ctx.owner + rest, start, end, "unit:owner-division", 1)
    return None


def _starts_admin(name: str) -> bool:
    """市交通运输局…, not 市场管理处 or 区划地名处 (the level is a word of its own, as jieba cuts it)."""
    return name.startswith(_ADMIN) and not name.startswith(("市场", "市民", "区域", "县域")) \
        and not (name[0] in "省市区县镇乡" and len(segment(name)[0]) > 1)


def _owner_division_start(text: str, begin: int, ctx: Context) -> int:
    """由厅农田建设管理处牵头: the owner's kind (厅) before nouns of a division's work that a stop word
    cut off (建设) starts the division's name."""
    lex = ctx.lexicon
    position = begin
    for _ in range(6):
        if position >= 1 and text[position - 1] in owner_kinds(ctx.owner, lex) and position < begin \
                and (position == 1 or not is_cjk(text[position - 2]) or text[position - 2] in lex.words("stop")):
            return position - 1
        words = segment(text[max(0, position - 4) : position])
        word = words[-1] if words else ""
        if word in JOINERS and position < begin:
            position -= 1  # 厅成果转化与区域创新处: two fields of work joined
            continue
        stop = word in lex.words("stop") and word not in lex.words("name_word")  # 会同, not 建设
        if len(word) < 2 or stop or not (word in lex.words("name_word") or word_tag(word) in ("n", "vn", "v", "l")):
            break
        position -= len(word)
    return begin


#: The kinds of a body's own offices in its districts (我委福田管理局, 本局龙岗分局).
_OWN_OFFICES = ("管理局", "分局")


def _self_division(text: str, begin: int, end: int, raw: str, ctx: Context) -> Candidate | None:
    """我办工程管理处, 本中心诸暨分中心: the owner naming itself (我/本 and its kind), then one of its
    divisions — the owner's division, whether the 我/本 is in the name found or right before it."""
    if raw[:1] in ("我", "本"):
        start, rest = begin, raw[1:]
    elif text[begin - 1 : begin] in ("我", "本"):
        start, rest = begin - 1, raw
    elif raw.endswith(_OWN_OFFICES) and (own := next((w for w in owner_kinds(ctx.owner, ctx.lexicon)
                                                      if begin > len(w) and text[begin - len(w) - 1 : begin] in ("我" + w, "本" + w)), "")):
        start, rest = begin - len(own) - 1, own + raw  # 我委福田管理局: the owner's office in a district, the window cut after 我委
    else:
        return None
    for word in (*owner_kinds(ctx.owner, ctx.lexicon), *owner_words(ctx.owner, ctx.lexicon)):
        division = rest[len(word) :]
        if rest.startswith(word) and len(division) >= 3 and (not _starts_admin(division) or division.endswith(_OWN_OFFICES)) \
                and segment(division)[0] not in ctx.lexicon.words("stop") and not _opens_with_verb(division, ctx):  # 本委会同…: a verb, no division
            return Candidate("Unit", ctx.owner + division, start, end, "unit:owner-division", 1)
    return None


def _after_owner_verb(raw: str, ctx: Context) -> int:
    """Where what follows 我局/本厅 and a verb it acts with (``owner_verb``) starts in ``raw``, or 0."""
    if raw[:1] not in ("我", "本"):
        return 0
    word = next((w for w in owner_kinds(ctx.owner, ctx.lexicon) if raw.startswith(w, 1)), "")
    return 1 + len(word) + 2 if word and _opens_with_verb(raw[1 + len(word) :], ctx) else 0


def _opens_with_verb(division: str, ctx: Context) -> bool:
    """本厅会同河北省消防救援总队, 我局指导员村街…: a verb the owner acts with (``owner_verb``: 会同,
    指导) opens what follows 我局/本厅, however jieba cuts it (指导员); nouns of a division's work
    (建设管理处, 群众体育科) do not."""
    return division[:2] in ctx.lexicon.words("owner_verb")


#: The kinds of a body a division's name may be written after (香港特别行政区政府劳工处, 市应急管理局执法处).
_BODY_MARKS = ("局", "厅", "委", "部", "政府")


def _division(raw: str, begin: int, end: int, ctx: Context) -> Candidate | None:
    """局执法处 → the owner's 执法处; 市应急管理局执法处 stays as written."""
    if raw[0] in owner_kinds(ctx.owner, ctx.lexicon) and len(raw) >= 4 and not _starts_admin(raw[1:]):
        if _opens_with_verb(raw[1:], ctx):  # 厅会同河北省消防救援总队: the owner and a verb, then another body
            return _division(raw[3:], begin + 3, end, ctx) if len(raw) > 5 else None
        return Candidate("Unit", ctx.owner + raw[1:], begin, end, "unit:owner-division", 1)
    if any(mark in raw[:-1] for mark in _BODY_MARKS) and len(raw) >= 6:  # 香港特别行政区政府劳工处
        if _acts_after_body(raw):
            return None  # 南山区卫生和计划生育局增加辖区公立医院儿科: the body, then what it does to another's division
        return Candidate("Unit", unit_name(raw, "division", ctx), begin, end, "unit:division", 1)
    if raw.endswith("管理处") and len(raw) >= 8 and _place_prefixes(raw, ctx) and not any(c in raw[:-3] for c in "办局委厅"):
        # 苏州市房屋安全鉴定管理处: a body of its own (河南省人防办工程管理处 is the office's division)
        return Candidate("Unit", unit_name(raw, "division", ctx), begin, end, "unit:division", 1)
    if raw.endswith("队") and len(raw) >= 5 and (_has_admin_prefix(raw, ctx) or _owner_zone(raw, ctx)[0]
                                                 or raw.startswith("交警") and _has_admin_prefix(raw[2:], ctx)) \
            and not raw.startswith(tuple(ctx.lexicon.words("rank_word"))):  # 新区消防救援大队 in a 大鹏新区 bureau's table
        # 组建市级综合应急救援队伍: a rank of a kind of team, none named; 交警龙岗大队: the traffic police's squad of a district
        return Candidate("Unit", unit_name(raw, "division", ctx), begin, end, "unit:squad", 1)  # 广州市消防救援支队
    return None


def _acts_after_body(raw: str) -> bool:
    """True when an everyday verb follows the last body's kind in ``raw`` and four characters or
    more follow the verb (…计划生育局增加辖区公立医院儿科): what the body acts on, not a division of
    its own (执法处, 审批处 are divisions named by their work)."""
    mark = max(raw.rfind(m, 0, len(raw) - 1) + len(m) for m in _BODY_MARKS if m in raw[:-1])
    rest = raw[mark:]
    verb = segment(rest)[0] if rest else ""
    return is_everyday_verb(verb) and len(rest) - len(verb) >= 4


def own_district_name(raw: str, ctx: Context) -> str:
    """南山消防救援大队 in a 深圳市南山区 bureau's table: the name with the owner's district written in
    full where it is written short (深圳市南山区消防救援大队); otherwise ""."""
    district = owner_district(ctx)
    tail = district[district.rfind("市") + 1 :] if "市" in district[:-1] else district
    short = tail[:-1]
    if len(short) >= 2 and raw.startswith(short) and not raw.startswith(tail):
        return district + raw[len(short) :]
    return ""


def _followed_by_title(text: str, end: int, ctx: Context) -> bool:
    """市委书记, 应急委主任: a body named only to say whose title it is."""
    lex = ctx.lexicon
    titles = lex.derived("unit:titles", lambda: re.compile(trie_pattern(long_titles(lex))))
    return titles.match(text, end) is not None


#: The kinds of a company's or a bank's branch in a city (中国电信深圳分公司, 工商银行深圳分行).
_BRANCH_KINDS = ("分公司", "分行", "支行")
_BRAND_RULE = "unit:coordinated-brand"


def _coordinated_branches(text: str, candidate: Candidate, listed: list[Candidate], found: list[Candidate],
                          ctx: Context) -> list[Candidate] | None:
    """市规土委宝安、龙岗管理局: places listed right after a body, sharing a branch's kind (``unit_child``),
    name the body's branches there (市规土委宝安管理局, 市规土委龙岗管理局), as one place does
    (:func:`_placed_branch`): the branches, the last of them standing for ``candidate``; None when the list
    names no branches (``listed`` stands as it is)."""
    first = min(l.start for l in listed)
    parent = next((f for f in reversed(found) if f.end == first and f.rule not in ("unit:coordinated", _BRAND_RULE)), None)
    child = next((c for c in ctx.lexicon.words("unit_child") if candidate.name.endswith(c)), "")
    places = _place_prefixes(text[candidate.start : candidate.end], ctx)
    if parent is None or not child or not places or text[candidate.start : candidate.end] != places[-1] + child:
        return None
    branches = [Candidate("Unit", parent.name + normalise_name(text[l.start : l.end]) + child, parent.start if l.start == first else l.start,
                          l.end, "unit:branch", l.priority) for l in listed]  # the first holds its parent's name, as one branch does
    return branches + [Candidate("Unit", parent.name + normalise_name(text[candidate.start : candidate.end]), candidate.start,
                                 candidate.end, "unit:branch", candidate.priority)]


def _coordinated_brands(text: str, candidate: Candidate, ctx: Context) -> list[Candidate]:
    """中国移动、中国联通、中国电信深圳分公司: known bodies listed before a branch of one of them in a
    place share the branch (中国移动深圳分公司, 中国联通深圳分公司)."""
    hits = dictionary_hits(text, ctx, "Unit")
    head = next((m for m in hits if m.start == candidate.start and m.end < candidate.end), None)
    if head is None:
        return []
    rest = normalise_name(text[head.end : candidate.end])
    if not rest or not starts_with_place(rest, ctx):
        return []
    ends, brand = {m.end: m for m in hits}, text[head.start : head.end]
    found, cursor = [], candidate.start
    while text[cursor - 1 : cursor] == "、" and (listed := ends.get(cursor - 1)) is not None \
            and (text.startswith(brand[:2], listed.start) or text.endswith(brand[-2:], 0, listed.end)):  # 中国移动、中国电信…, not 华为、中国移动…
        found.append(Candidate("Unit", normalise_name(text[listed.start : listed.end]) + rest, listed.start, listed.end, _BRAND_RULE, 2))
        cursor = listed.start
    return found


def _coordinated(text: str, candidate: Candidate, ctx: Context) -> list[Candidate]:
    """Names before ``candidate`` that share its suffix: 东莞、惠州市应急管理局."""
    if text[candidate.start - 1 : candidate.start] == "、" and candidate.name.endswith(_BRANCH_KINDS):
        return _coordinated_brands(text, candidate, ctx)
    name = text[candidate.start : candidate.end]
    places = _place_prefixes(name, ctx)
    town = TOWN_WORD.search(name)  # 海淀、北下关街道办事处: 海淀街道办事处 too (北关 of 北关街道 is no 北关区)
    if town is not None and town.start() <= 5 and (not places or town.start() == len(places[-1])):
        shared = normalise_name(name[town.start() :])
        return [Candidate("Unit", normalise_name(text[s:e]) + shared, s, e, "unit:coordinated", 2)
                for s, e in conjuncts_before(text, candidate.start, town.group())]
    if not places:
        return []
    rest = name[len(places[-1]) :]
    found, cursor = [], candidate.start
    while cursor > 1 and text[cursor - 1] in _CONJUNCTIONS:
        kind = places[-1][-1]  # 中山、西岗区人民政府: 中山区 like 西岗区, not the city 中山市
        place = next((text[cursor - 1 - n : cursor - 1] for n in range(8, 1, -1) if cursor - 1 - n >= 0
                      and (text[cursor - 1 - n : cursor - 1] in ctx.lexicon.divisions
                           or kind in "区县旗" and is_full_place(text[cursor - 1 - n : cursor - 1] + kind, ctx.lexicon.divisions))), "")
        # 江北、北碚区应急管理局: 江北 names no place alone, 江北区 does
        if not place:
            break
        same_kind = place + kind
        if not is_full_place(places[-1], ctx.lexicon.divisions):
            if is_full_place(place, ctx.lexicon.divisions):
                break  # 在汉中市、陕西师范大学在安康市: a full place before a short one lists no bodies
            level = places[-1][-1]  # 北京、天津海关: as short as the name it shares its suffix with; 玉树、果洛州…: with its 州
            full = place + level if level in "州盟" and not place.endswith(level) else place
        elif kind in "区县旗" and (is_full_place(same_kind, ctx.lexicon.divisions) or same_kind in former_counties(ctx.lexicon)):
            full = same_kind  # 辽中、康平、法库县水利局 in a table of 2012: 辽中县 (辽中区 since 2016), as the list writes it
        elif kind == "市" and (any(d.level == "county" and d.name == same_kind for d in ctx.lexicon.divisions.get(same_kind, ()))
                              or same_kind not in ctx.lexicon.divisions
                              and any(d.level == "county" and d.name == place + "区" for d in ctx.lexicon.divisions.get(place, ()))):
            full = same_kind  # 瓦房店、普兰店、庄河市交通局: 普兰店市 (普兰店区 since 2015), as the list writes it
        else:
            full = division_name(ctx.lexicon.divisions[place], ctx.home)
        start = cursor - 1 - len(place)
        found.append(Candidate("Unit", _owner_city(expand_abbreviation(normalise_name(full + rest), ctx), ctx), start, cursor - 1, "unit:coordinated", 2))
        cursor = start
    return found
