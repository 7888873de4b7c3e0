"""What every finder shares: the candidate record, the context of a table, and the
left-boundary search that tells where a name ending in a suffix begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, NamedTuple

from extract.canon import AliasRegistry
from extract.finders.lexicon import Lexicon, former_counties, load_lexicon
from extract.finders.wordcache import word_tables
from extract.finders.segment import segment, starts_word, word_edges, word_tag

__all__ = ["Candidate", "Context", "Finder", "KIND_ENDINGS", "after_joined", "before_dash", "full_place_ends_at", "starts_with_full_place", "left_boundary",
           "is_cjk", "is_full_place", "is_everyday_verb", "DELIMITERS", "LIST_MARKS", "JOINERS", "COUNT_AFTER", "TOWN_WORD",
           "BRACKETED_YEAR", "conjuncts_before", "RARE_WORD_FREQ", "NUMERAL_LEADS"]

#: A year in the brackets of a document number: 〔2021〕, [2019], （2020）.
BRACKETED_YEAR = re.compile(r"[〔\[【（(［]\s*(?:19|20)\d{2}\s*[〕\]】）)］]")
#: Characters no name runs across.
DELIMITERS = frozenset("，,。；;：:！!？?、（）()《》〈〉<>“”\"‘’'「」【】〔〕[]\n\r\t —-…·/.．\u3000\xa0")
#: A count right after a name: 监测站6座, 中心3个, 学校3所, 快充站12座 count facilities of a kind.
COUNT_AFTER = re.compile(r"[0-9０-９]+(?:\.[0-9]+)?\s*[个座所家处支批]|[一二两三四五六七八九十百千]+[个座所家处支批](?![\u4e00-\u9fff]{0,1}[长员])")
#: The kind word of a town-level place a list may share: 清河、西三旗街道, 海淀、北下关街道办事处.
TOWN_WORD = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:街道|镇|乡)")
_CONJUNCT = re.compile(r"[\u4e00-\u9fff]{2,4}")
#: A first word this frequent (指导, 推动) leads a list rather than naming its first place.
_LIST_LEAD_FREQ = 3000
#: Last characters of a place that has its own kind word (瓶窑镇, 罗湖区, 下沙村, 学院路).
KIND_ENDINGS = "镇乡区县市村道路街"
#: One-character words that lead a list of places (在清河、…), not part of the first name.
_LEADS = "在对向和与及于"


#: Words joining two parts of one name (监测预警及动态监控系统) unless a whole name ends before them.
JOINERS = frozenset("和与及")
#: Marks that separate the items of a list (华为、平安、大疆).
LIST_MARKS = frozenset("、，,；;和与及等")
#: The units of a date written after its number (10月, 2024年).
_DATE_UNITS = frozenset("年月日")
#: One-character stop words jieba may glue to the first word of a name (如新冠 …).
_GLUED_STOPS = frozenset("如即在将对由向从把被给为于经据是的了等各该本此和与及家个名项类次批届年月日请以")
#: jieba tags of nouns, verbal nouns, idioms, set phrases and abbreviations.
_NOUNISH = re.compile(r"n|vn|l|i|j")


#: A two-character verb more frequent than this in jieba's dictionary is an everyday verb (抽查, 吸引).
EVERYDAY_VERB_FREQ = 300
#: A word rarer than this in jieba's dictionary is taken for part of a proper name (昌河 18, 芝罘湾 3).
RARE_WORD_FREQ = 300
#: Numerals that start place names (三江源, 九龙湖), which hold no short county's name after them.
NUMERAL_LEADS = frozenset("一二三四五六七八九十两")


def is_everyday_verb(word: str) -> bool:
    """True for a frequent two-character verb, which starts no name (抽查曲江新区, 吸引三一集团)."""
    return len(word) == 2 and word_tag(word) == "v" and word_tables().freq.get(word, 0) >= EVERYDAY_VERB_FREQ


def _acts_on(word: str, verbal_nouns: bool) -> bool:
    """An everyday verb, or with ``verbal_nouns`` a verbal noun as frequent (排查), that a list of places follows."""
    return is_everyday_verb(word) or verbal_nouns and len(word) == 2 and word_tag(word) == "vn" and word_tables().freq.get(word, 0) >= EVERYDAY_VERB_FREQ


def conjuncts_before(text: str, start: int, shared: str, named_after: str = "", verbal_nouns: bool = False) -> list[tuple[int, int]]:
    """The names listed right before ``start`` that share its kind word ``shared`` (清河、西三旗街道:
    清河 shares 街道), nearest first: two to four characters between list marks, none of them
    ending in a kind of its own (瓶窑镇、良渚街道) but the kind the name's own stem ends in
    (``named_after``: 斜土路、枫林路街道, both named after their roads). A frequent verb may lead the
    list (指导观音桥、…); with ``verbal_nouns`` a frequent verbal noun too (排查公明、光明等街道).

    >>> text = "在清河、上庄、西三旗街道试点"
    >>> [text[s:e] for s, e in conjuncts_before(text, 7, "街道")]
    ['上庄', '清河']
    >>> text = "指导海淀、北下关街道"
    >>> [text[s:e] for s, e in conjuncts_before(text, 5, "街道")]
    ['海淀']
    """
    found: list[tuple[int, int]] = []
    cursor = start
    while cursor > 2 and text[cursor - 1] == "、":
        low = max(0, cursor - 1 - 4)
        match = None
        for first in range(low, cursor - 2):
            candidate = _CONJUNCT.fullmatch(text, first, cursor - 1)
            if candidate and text[first] not in _LEADS and (first == 0 or not is_cjk(text[first - 1])
                                                            or text[first - 1] in LIST_MARKS or text[first - 1] in _LEADS
                                                            or text[first - 1] == "经" and 1 in word_edges(text[first - 1 : first + 3])  # 经霍尔果斯、… (not 经久乡)
                                                            or first >= 2 and _acts_on(text[first - 2 : first], verbal_nouns)  # 指导观音桥、…, 排查公明、…等街道
                                                            or first >= 2 and cursor - 1 - first == 3 and _leads_list(text[first - 2 : first])
                                                            and text[cursor - 2] not in KIND_ENDINGS and text[first - 1] not in KIND_ENDINGS):
                # 指导樟村坪、…: a lead too long for the window (沙河街道白石洲、…: no lead, a place inside the street)
                match = candidate
                break
        if match is None or match.group().endswith(shared) or match.group()[-1] in KIND_ENDINGS and match.group()[-1] != named_after \
                and (match.end() - match.start() > 2 or match.group()[-1] != "乡") \
                and not (shared == "街道" and match.group()[-1] in "路街") \
                and not (shared == "镇" and match.group()[-1] == "街" and match.end() - match.start() == 2):
            # 临汾路、彭浦新村街道, 凤凰北街、富宁街街道: streets are named after roads; 桥头、厚街、常平镇: a town of two characters
            break  # 瓶窑镇、良渚街道: the first has its own kind
        lead = segment(match.group())[0]
        common = _leads_list(lead) and lead not in NUMERAL_LEADS  # 两路口、大坪街道: a numeral opens 两路口's name
        begin = match.start() + len(lead) if common and match.end() - match.start() - len(lead) >= 2 else match.start()
        while match.end() - begin > 2 and text[begin] in _LEADS:
            begin += 1  # 2025年在仓前、五常街道: 年 was cut as a word, 在 leads the list too
        found.append((begin, match.end()))  # 指导海淀、…: the verb leads the list
        cursor = match.start()
    return found


def _leads_list(word: str) -> bool:
    """A frequent word that is no place (指导, 推动) leads a list rather than ending a name."""
    return word_tables().freq.get(word, 0) >= _LIST_LEAD_FREQ and word_tag(word) != "ns"


def before_dash(text: str, begin: int, ctx: Context) -> int:
    """Where the name before a dash right before ``begin`` starts (一汽-大众…, 衡山路—复兴路…: a name
    joined from two), at least two characters back, or ``begin``."""
    if begin < 3 or text[begin - 1] not in "—－-" or not is_cjk(text[begin - 2]):
        return begin
    joint = left_boundary(text, begin - 1, ctx, max_chars=8, max_tokens=3)
    return joint if begin - 1 - joint >= 2 else begin


def after_joined(text: str, begin: int, start: int, ctx: Context) -> int:
    """…追溯数据与大连市冷链食品监管平台, 示范平台与中国科学院…研究所: after 与/和/及, a name that
    starts with a full place or a national word (中国, 全国, 国家) is a name of its own."""
    for position in range(start - 3, begin - 1, -1):
        if text[position] in JOINERS:
            rest = text[position + 1 : start]
            if rest.startswith(("中国", "全国", "国家")) or starts_with_full_place(rest, ctx) \
                    or len(rest) >= 4 and ctx.aliases.get("Unit", rest[:2]) is not None and text[position - 1 : position] not in "、":
                return position + 1  # 潍坊城投与华为技术有限公司: a known company opens the name after 与
    return begin


def starts_with_place(text: str, ctx: Context) -> bool:
    """True when ``text`` opens with a place the dictionary knows (a division, a world city or a Site alias)."""
    return any(_names_a_place(text[:n], ctx) for n in range(2, min(len(text), 6) + 1))


def starts_with_full_place(name: str, ctx: Context) -> bool:
    """True when a name opens with a full division's name (大连市…, 广西壮族自治区…)."""
    places = ctx.lexicon.divisions
    return any(name[:n] in places and is_full_place(name[:n], places) for n in range(3, min(9, len(name))))


#: The suffixes of a town, street or village, whose one-character name part may open with a
#: suffix's character written before it (院上镇, 新城铺镇).
NEXT_TOWN_SUFFIXES = ("街道", "镇", "乡", "村")


def opens_town_name(text: str, end: int, stops: Any) -> bool:
    """True when the one character at ``end`` and a town's, street's or village's suffix right after it
    stand as a name of their own: a character that is no stop word, the two making no word, and the
    suffix a word of its own in jieba's cut (莱西市院|上镇, 正定县新城|铺镇; not 院|下乡, 卫生院|驻村,
    公园|至镇区, 公园旁|村道, 大道|通村公路).

    >>> opens_town_name("莱西市院上镇", 4, {}), opens_town_name("市农科院下乡指导", 4, {})
    (True, False)
    """
    suffix = next((s for s in NEXT_TOWN_SUFFIXES if text.startswith(s, end + 1)), "")
    if not suffix or not is_cjk(text[end]) or text[end] in stops:
        return False
    freq, after = word_tables().freq, text[end + 1 : end + 2 + len(suffix)]
    if freq.get(text[end : end + 2], 0) > 0 or len(after) > len(suffix) and freq.get(after, 0) > 0:
        return False  # 下乡, 通村; 村道, 镇区: words of their own
    low, high = max(0, end - 2), min(len(text), end + 1 + len(suffix) + 2)
    edges = word_edges(text[low:high])
    return end + 1 - low in edges and end + 1 + len(suffix) - low in edges


def is_cjk(char: str) -> bool:
    """True for a Chinese character."""
    return "\u3400" <= char[:1] <= "\u9fff"


class Candidate(NamedTuple):
    """A possible mention, found on the folded (Simplified) text of one field (a named tuple: the
    finders make tens of them per field)."""

    type: str
    name: str
    start: int
    end: int
    rule: str
    priority: int = 0  # wins ties between overlapping candidates


_UNKNOWN = object()


@dataclass
class Context:
    """What a finder needs to know beyond the text: the table's owner and the aliases."""

    owner: str
    aliases: AliasRegistry
    lexicon: Lexicon = field(default_factory=load_lexicon)
    home: str = ""  # adcode prefix of the table's city or province, for short place names
    memo: dict[str, Any] = field(default_factory=dict, repr=False)  # what the finders work out, see below

    def remember(self, key: str, compute: Callable[..., Any], *args: Any) -> Any:
        """``compute(*args, self)``, worked out once per ``args`` (and owner and home) for this
        context: for answers that depend on a name and the table (a table's names repeat)."""
        table = self.memo.get(key)
        if table is None:
            table = self.memo[key] = {}
        full = (args, self.owner, self.home)
        value = table.get(full, _UNKNOWN)
        if value is _UNKNOWN:
            value = table[full] = compute(*args, self)
        return value

    def for_field(self, key: str, text: str, compute: Callable[[str, "Context"], Any]) -> Any:
        """``compute(text, self)`` for the field ``text``, kept while the finders read that field:
        each asks in turn (the dictionary's hits, its quoted phrases). Only the last field is kept."""
        cached = self.memo.get(key)
        if cached is None or cached[0] is not text or cached[1] != self.home:
            cached = self.memo[key] = (text, self.home, compute(text, self))
        return cached[2]

    @property
    def owner_prefix(self) -> str:
        """The administrative prefix of the owning unit: 市 in 市应急管理局, 广州市 in 广州市交通运输局,
        宁波市 in 国家税务总局宁波市税务局 (a bureau of a national system, ``vertical_head``)."""
        cached = self.memo.get("owner_prefix")
        if cached is None or cached[0] != self.owner:
            head = next((h for h in self.lexicon.words("vertical_head") if self.owner.startswith(h)), "")
            found = re.match(r"^(.*?(?:市|省|区|县|自治区|自治州|盟))(?!$)", self.owner[len(head) :])
            cached = self.memo["owner_prefix"] = (self.owner, found.group(1) if found else "")
        return cached[1]

    @property
    def region(self) -> str:
        """The adcode prefix regional aliases are judged by: the owner's city, else ``home``."""
        cached = self.memo.get("region")
        if cached is None or cached[:2] != (self.owner, self.home):
            divisions = self.lexicon.divisions.get(self.owner_prefix, ())
            cities = [d.code[:4] for d in divisions if d.level == "city"]
            cities += [d.code[:2] for d in divisions if d.level == "province" and d.name.endswith("市")]  # 重庆市, 北京市
            cached = self.memo["region"] = (self.owner, self.home, cities[0] if cities else self.home)
        return cached[2]


Finder = Callable[[str, Context], list[Candidate]]


def left_boundary(text: str, end: int, ctx: Context, max_chars: int = 16, max_tokens: int = 8,
                  allow: str = "", stop_at_place: bool | str = False, join_unless: tuple[str, ...] = (),
                  stop_may_end: bool = False, place_words: bool = False) -> int:
    """Where a name ending at ``end`` starts: the first token after a stop word or delimiter.

    ``allow`` lists extra characters a name may contain (brackets in company names,
    Latin letters in system names are always allowed). With ``stop_at_place`` an
    administrative division ends the search unless the name would be empty
    (坪山区丹梓大道 → 丹梓大道, but 坪山大道 stays whole); with ``stop_at_place="full"``
    only a full name stops it (番禺广场站 stays whole). With ``join_unless``, 和/与/及
    join two parts of one name unless the text before them ends in one of these suffixes.
    With ``stop_may_end`` the word right before the suffix may be a stop word that is
    also a name word (建设 in 住房和建设局); with ``place_words`` so may one right after a place
    (区域 in 长三角区域公共信用信息共享平台).

    >>> ctx = Context("市应急管理局", AliasRegistry())
    >>> text = "继续建设完善危险化学品安全监控系统"
    >>> text[left_boundary(text, len(text) - 2, ctx):]
    '危险化学品安全监控系统'
    """
    low = max(0, end - max_chars)
    window, pattern, start, at = text[low:end][::-1], _barrier(allow), low, 0  # nearest barrier first
    while (barrier := pattern.search(window, at)) is not None:
        char = barrier.group()
        if char < _ASTRAL or char.isdigit() and char not in allow:
            start = end - barrier.start()
            break
        at = barrier.end()  # a character outside the BMP, and no digit
    tokens = segment(text[start:end]) if start < end else []
    if start == low > 0 and tokens and len(tokens[0]) == 1 and is_cjk(text[low - 1]) and 2 not in word_edges(text[low - 2 : low + 2]):
        start, tokens = start + len(tokens[0]), tokens[1:]  # 委|托国家…: the window began inside a word, whose end names nothing
    lex = ctx.lexicon
    places, name_words, two_char_stops = lex.divisions, lex.words("name_word"), _two_char_stops(lex)
    one_char_stops = _one_char_stops(lex)
    taken, position, joined, glued = 0, end, False, 0
    backwards = tokens[::-1]
    for count, token in enumerate(backwards):
        position -= len(token)
        if count and len(token) == 1 and len(backwards[count - 1]) == 1 and is_cjk(token) and is_cjk(backwards[count - 1]):
            glued += 1  # 莫|尔|道|嘎: the characters of a name jieba knows no word of count as one token
        # 滨海新区建设和交通局: a name word joined to the rest, right after a place, stays in the name
        after_joiner = joined and token in name_words and count + 1 < len(backwards) \
            and (backwards[count + 1] in places or backwards[count + 1] in name_words)  # 救援协调和预案管理处
        joined_work = joined and word_tag(token) == "vn"  # 研究与发展中心: a noun of work joined to the next
        joined = bool(join_unless) and token in JOINERS and taken != 0 and not text.endswith(join_unless, 0, position) \
            and not full_place_ends_at(text, position, places) and not _world_place_ends_at(text, position, lex) \
            and not (backwards[count - 1] in places and len(backwards[count - 1]) >= 2)
        # 五常市和北大荒集团, 老挝万象与玛霍索医院: a place, then a body; 服务热线和石家庄城管网: a name opened by a place
        adjacent = stop_may_end and count == 0 and (token in name_words or token in lex.words("kind_name_word"))  # 住房和建设局, 信息化推进科
        placed = place_words and token in name_words and count and count + 1 < len(backwards) \
            and _names_a_place(backwards[count + 1], ctx)
        # 长三角区域公共信用信息共享平台: a name word (区域) right after a place is part of the name
        stop = lex.remember("base:stop-token", _stops_name, token) and not after_joiner and not joined_work and not placed
        if count - glued >= max_tokens or stop and not joined and not adjacent:
            break
        if stop_at_place and taken and (token in places and (stop_at_place != "full" or is_full_place(token, places))
                                        or token in former_counties(lex)):
            break  # 坪山区|丹梓大道; 湟中县|拦隆口镇: a county's name of former times, a full name too
        if count and taken and token[-1:] + backwards[count - 1][:1] in two_char_stops and not after_joiner \
                and token not in name_words and token not in places and len(token) > 1 and not _ORDINAL.fullmatch(token):
            taken -= 1  # 科创委会|同园区: jieba glued the stop word's start (会同) to the name before it (not 第三|地理…院)
            break
        if count and taken and len(token) == 2 and token[0] in one_char_stops and token not in places \
                and (any(text[position + 1 : position + 1 + n] in places for n in (2, 3, 4))
                     or end - position >= 2 and word_tables().freq.get(text[position + 1 : end + 1], 0) > 0
                     or token in lex.words("glued_lead") and taken <= 3):
            taken += 1  # 至|上|海洋山港: jieba glued a one-character stop word to a place's first character (至上);
            break  # 对华|严|寺: to the first character of a word that runs on past the window (华严寺); 在内|厝|澳码头 (``glued_lead``)
        if len(token) > 1 and token in places and count + 1 < len(backwards) and len(backwards[count + 1]) == 1 \
                and backwards[count + 1] + token[0] in lex.words("stop") and not after_joiner:
            taken += len(token) - 1  # 完|成华|严寺: jieba glued the stop word's end (完成) to a place's name
            break
        taken += len(token)
    begin = end - taken
    if begin < end - 2 and begin and text[begin - 1].isdigit() and text[begin] in _DATE_UNITS:
        begin += 1  # 1—10月|经霍尔果斯口岸: a date's unit after its number, whatever word jieba reads (月经)
    if begin < end - 2 and begin and text[begin - 1] == "月" and text[begin] == "份":
        begin += 1  # 10月份|试点学校: the month's 份, whatever word jieba reads
    if begin < end - 3 and text[begin - 1 : begin] == "月" and text[begin : begin + 2] in _TEN_DAYS:
        begin += 2  # 10月中旬|宁波舟山港: the ten days of a month
    elif begin < end - 2 and text[begin - 1 : begin] == "月" and text[begin] in "初底末" and starts_word(text, begin + 1):
        begin += 1  # 截至9月底|宁波舟山港: the part of the month jieba glued to the name (底宁); not 5月中国铁塔
    while begin < end - 1 and text[begin] in _GLUED_STOPS and not _starts_own_word(text, begin, end, places):
        begin += 1  # a one-character stop word jieba glued to the name (如新冠… → 新冠…), not 从化区 or 和平区
    return begin


def full_place_ends_at(text: str, position: int, places: dict[str, Any], shortest: int = 3) -> bool:
    """True when a division's full name (五常市, 方正县; with ``shortest=2`` 歙县 too) ends right
    before ``position``."""
    return any(text[position - length : position] in places and is_full_place(text[position - length : position], places)
               for length in range(shortest, min(position, 8) + 1))


def _names_a_place(word: str, ctx: Context) -> bool:
    """True for a division's name (洋山 is none; 浦东新区), a place abroad or a place the aliases know (长三角)."""
    return word in ctx.lexicon.divisions or word in ctx.lexicon.world or ctx.aliases.get("Site", word) is not None


def _world_place_ends_at(text: str, position: int, lex: Lexicon) -> bool:
    """True when a country or city outside China (``world.tsv``: 万象, 老挝) ends right before ``position``."""
    return any(text[position - length : position] in lex.world for length in range(2, min(position, 10) + 1))


def _one_char_stops(lex: Lexicon) -> frozenset[str]:
    return lex.derived("base:one-char-stops", lambda: frozenset(w for w in lex.words("stop") if len(w) == 1))


def _two_char_stops(lex: Lexicon) -> frozenset[str]:
    return lex.derived("base:two-char-stops", lambda: frozenset(w for w in lex.words("stop") if len(w) == 2))


_ASTRAL = "\U00010000"
#: The ten days of a month (10月中旬), which open no name after them.
_TEN_DAYS = ("上旬", "中旬", "下旬")
#: An ordinal (第三, 第12): it ends no stop word with the word after it (第三|地理信息制图院 holds no 三地).
_ORDINAL = re.compile("第[0-9一二三四五六七八九十百]+")


@lru_cache(maxsize=8)
def _barrier(allow: str) -> re.Pattern[str]:
    """One character no name runs across: a delimiter or a digit (any that ``str.isdigit`` knows),
    unless ``allow`` lets it in. Characters outside the BMP match too, to be told apart by the
    caller: a class that lists them makes every search many times slower."""
    chars = (DELIMITERS | {char for char in map(chr, range(0x10000)) if char.isdigit()}) - set(allow)
    return re.compile("[" + "".join(re.escape(char) for char in sorted(chars)) + "]|[" + _ASTRAL + "-\U0010FFFF]")


#: What 本 may be followed by when it means the table's own unit or place (本局, 本市, 本区).
_OWN_KIND_CHARS = frozenset("局厅委市区县省部处科室所站队办院镇乡街州盟旗")


def _starts_own_word(text: str, begin: int, end: int, places: dict[str, Any]) -> bool:
    """True when a stop word's character at ``begin`` is the first of a word of the name: 如东县 and
    如皋南站 keep their 如, 项目管理系统 its 项, 和平北路 its 和, 在线… its 在; 本局执法处 loses its 本."""
    two = text[begin : begin + 2]
    if _starts_place(text, begin, end, places):
        return True
    first = segment(text[begin:end])[0]
    first_word = first == two or len(first) > 2 and first.startswith(two)  # 和平路 read as one word
    if two in places and first_word:
        return True  # a place's short name (如皋)
    tag = word_tag(two)
    if tag == "ns":
        return True
    if text[begin] in "本该此各":  # 本钢集团 and 本田 keep their 本, 本局 and 本市 are the table's own
        return text[begin] == "本" and first_word and tag in ("n", "nz") and text[begin + 1 : begin + 2] not in _OWN_KIND_CHARS
    return tag == "n" or (text[begin] in JOINERS or tag == "b") and first_word


def _starts_place(text: str, begin: int, end: int, places: dict[str, Any]) -> bool:
    """True when a division's full name starts at ``begin`` (从化区…, 和平区…; not 如东 in 如东莞…)."""
    return any(text[begin : begin + n] in places and is_full_place(text[begin : begin + n], places)
               for n in range(3, min(8, end - begin + 1)))


def is_full_place(token: str, places: dict[str, Any]) -> bool:
    """True when a word is a division's full name (坪山区), not its short form (坪山) nor no division;
    a county's or banner's name written short with its level counts as full: an autonomous county's
    without its peoples (北川县: 北川羌族自治县), a usual short name (土左旗: 土默特左旗, 托县: 托克托县)."""
    return any(division.name == token or token[-1:] in "县旗" and division.name.endswith(token[-1])
               for division in places.get(token, ()))


def _stops_name(token: str, lex: Lexicon) -> bool:
    """A token a name does not run back across: a stop word, or one glued to a stop word, unless
    it is a set phrase of a name (``name_phrase``)."""
    stops = lex.words("stop")
    return token not in lex.words("name_phrase") and (token in stops or _ends_with_stop(token, stops))


def _ends_with_stop(token: str, stops: dict[str, str]) -> bool:
    """A token glued to a stop word (积极接入): two-character stop words only.

    A noun or set phrase of the dictionary (技术创新) is a name part whatever it ends in.
    """
    if len(token) == 4 and token[:2] in stops and token[2:] in stops:
        return True  # 积极争取: two stop words jieba reads as one set phrase
    return len(token) > 2 and (token[-2:] in stops or token[:2] in stops) and not _NOUNISH.match(word_tag(token))
