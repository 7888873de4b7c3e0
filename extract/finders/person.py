"""Persons: a surname and a given name right before a title or honorific
(黄敏同志, 覃伟中市长, 黄敏常务副市长), or between 由/经 and a verb of leading
(由王建国牵头, 经李明审定), or between a title and such a verb (副市长赵志宏带队). A name may follow a role or a body (提案人陈慧敏委员,
渠务署陈家豪先生). A title alone (市长, 市委书记) is no person. Tibetan and Mongolian names have no
Han surname: they are made of the given names of ``name_part`` (四郎扎西, 泽仁多吉, 巴图孟和).

>>> from extract.canon import AliasRegistry
>>> ctx = Context("市应急管理局", AliasRegistry())
>>> [c.name for c in find_persons("按照覃伟中市长要求，黄敏同志率队调研，市委书记出席", ctx)]
['覃伟中', '黄敏']
"""

from __future__ import annotations

import re

from extract.finders.base import Candidate, Context, full_place_ends_at, is_cjk, is_everyday_verb
from extract.finders.lexicon import Lexicon, long_titles, suffix_regex, word_tuple
from extract.finders.segment import starts_word, word_edges, word_tag
from extract.finders.wordcache import word_tables

__all__ = ["find_persons"]

#: The end of a name in the Uyghur, Kazakh or foreign style: a middle dot and the father's or family name.
_DOTTED_TAIL = re.compile(r"·[\u4e00-\u9fff]{2,8}$")


def _dotted_name(text: str, end: int, ctx: Context) -> int | None:
    """The start of a name like 艾尔肯·买买提 or 古丽努尔·阿不都热依木 ending at ``end``, or None: the part
    before the dot is the longest (two to five characters) that a boundary, a stop word or a word
    that introduces a person (``person_lead``: 邀请, 答复) stands before."""
    if "·" not in text:
        return None
    tail = _DOTTED_TAIL.search(text, max(0, end - 9), end)
    if tail is None:
        return None
    before = _before_dotted(ctx)
    for length in (5, 4, 3, 2):
        start = tail.start() - length
        if start >= 0 and all(is_cjk(c) for c in text[start : tail.start()]) \
                and (start == 0 or not is_cjk(text[start - 1]) or text.endswith(before, 0, start)) \
                and not any(text.startswith(w, start) and tail.start() - start - len(w) >= 2 for w in before
                            if len(w) >= 2 or w in ctx.lexicon.words("person_lead")):  # 其曼古丽 opens with 其, a stop word too
            return start  # not 邀请热依拉·吾买尔: the name starts after the word that introduces it
    return None


def _before_dotted(ctx: Context) -> tuple[str, ...]:
    """The words that may stand right before a name written with a middle dot: those that introduce
    a person (``person_lead``: 邀请, 答复) and the stop words."""
    lex = ctx.lexicon
    return lex.derived("person:before-dotted", lambda: tuple(lex.words("person_lead")) + tuple(lex.words("stop")))


#: A two-character word more frequent than this is an everyday word, not a name.
_COMMON = 500


def _title_regex(titles: dict[str, str]) -> re.Pattern[str]:
    return suffix_regex(titles)


def find_persons(text: str, ctx: Context) -> list[Candidate]:
    """Names before a person title."""
    found = []
    titles = list(_title_regex(ctx.lexicon.words("person_title")).finditer(text))
    if "·" in text:
        found.extend(_transliterated(text, ctx))
    found.extend(_after_title(text, ctx))
    if not titles and "由" not in text and "经" not in text:
        return found  # no title anywhere, so no name before or after one
    for match in titles:
        if match.group() in ("委员", "主委") and text.startswith(("会", "员"), match.end()):
            continue  # 委员会, 业主委员会: a committee, not a member's title
        if match.group() == "代表" and text.startswith(("团", "处", "性", "作"), match.end()):
            continue  # 答复代表团, 驻京代表处, 代表性: a delegation, an office or a quality, not a deputy's title
        dotted = _dotted_name(text, match.start(), ctx)
        if dotted is not None:  # 艾尔肯·买买提委员: a name written with a middle dot
            found.append(Candidate("Person", text[dotted : match.start()], dotted, match.start(), f"person_title:{match.group()}", 1))
            continue
        begin = _name_start(text, match.start(), ctx)
        if begin is not None and any(ctx.aliases.get("Unit", text[begin : match.start() + n]) for n in (1, 2)):
            continue  # 国家文物局长城: a body the dictionary knows ends inside the title (局长), no name before it
        if begin is not None and not text.startswith(tuple(ctx.lexicon.words("rank_word")), begin) \
                and not text.endswith(word_tuple(ctx.lexicon, "unit_suffix", 2), begin, match.start()):  # 区级非遗代表性…; 区管委会副主任
            name = text[begin : match.start()]
            found.append(Candidate("Person", name, begin, match.start(), f"person_title:{match.group()}", 1))
    if "由" in text or "经" in text:
        found.extend(_led_by(text, ctx))
    found.extend(_titled(text, ctx))
    return found


#: How often jieba must have seen a two-character word for it to open no name after a title (公示, 119).
_EVERYDAY_FREQ = 100


def _after_title(text: str, ctx: Context) -> list[Candidate]:
    """副市长陈卫东担任…, 传承人刘香兰带徒授艺, 联系人：王敏: a name right after a title or a person's role
    (``person_role``), whatever follows it, when jieba ends a word after the name and knows the name as
    a person's or not at all (副市长高度重视 names nobody: 高度 is a word of its own).

    >>> from extract.canon import AliasRegistry
    >>> ctx = Context("市应急管理局", AliasRegistry())
    >>> [c.name for c in _after_title("副区长李俊参加检查，副市长高度重视，联系人：王敏。专家来泸指导", ctx)]
    ['李俊', '王敏']
    """
    lex = ctx.lexicon
    pattern = lex.derived("person:after-title", lambda: re.compile("(?:" + "|".join(
        sorted(long_titles(lex) | set(lex.words("person_role")), key=len, reverse=True)) + ")[：:]?"))
    found, stops, roles = [], lex.words("stop"), lex.words("person_role")
    for match in pattern.finditer(text):
        start = match.end()
        if not starts_word(text, start):
            continue  # 总工程量: the title's last character opens a word
        role = match.group().rstrip("：:") in roles and match.group()[-1] not in "：:"
        compound = text[start : start + 2] in lex.surnames  # 欧阳志刚: a surname of two characters, a name of four
        for length in ((4, 3) if compound else (3, 2)) if not role else (3,):  # 教师周转宿舍, 专家来泸指导: after a role, only a name of three
            end = start + length
            name = text[start:end]
            if end > len(text) or not all(is_cjk(c) for c in name) or not (name[0] in lex.surnames or name[:2] in lex.surnames) \
                    or name[0] in stops or name[-1] in stops:
                continue  # 专家和人才, 王瑞在抖音: a joiner or a particle is no part of a name
            if end < len(text) and is_cjk(text[end]) and length not in word_edges(text[start : end + 2]):
                continue  # 李俊参加: jieba reads 李俊|参加, so the name has two characters
            known = word_tag(name) == "nr" and not any(w in name for w in lex.words("not_person"))  # 李俊, a name jieba knows
            if not known and (word_tables().freq.get(name, 0) or not _plausible(name, ctx)) or name[-1] in _PLACE_ENDINGS:
                continue
            if not known and length == 3 and word_tag(name[:2]) in ("v", "vn", "n", "a") \
                    and word_tables().freq.get(name[:2], 0) >= _EVERYDAY_FREQ:
                continue  # 河长公示牌: an everyday word (公示) opens what follows the title, no name
            found.append(Candidate("Person", name, start, end, "person:after-title", 1))
            break
    return found


def _transliterated(text: str, ctx: Context) -> list[Candidate]:
    """自治区副主席木合塔尔·阿不力米提赴…, 道班工人叶尔波拉提·吾拉孜别克扎根…: a Uyghur or Kazakh name
    written with a middle dot, wherever it stands. Both parts are made only of the characters such
    names are written in (``transliteration_char``), so 株洲制造·专精特新 and 农业·食品 are none; each
    part ends where jieba puts a word boundary (吾拉孜别克 | 扎根)."""
    chars = ctx.lexicon.words("transliteration_char")
    found = []
    for dot in re.finditer("·", text):
        left = dot.start()
        while left > 0 and text[left - 1] in chars and dot.start() - left < 6:
            left -= 1
        right = dot.end()
        while right < len(text) and text[right] in chars and right - dot.end() < 8:
            right += 1
        if right < len(text) and is_cjk(text[right]):
            edges = word_edges(text[dot.end() : min(len(text), right + 3)])
            right = dot.end() + max((e for e in edges if e <= right - dot.end()), default=0)
        if dot.start() - left >= 2 and right - dot.end() >= 2:
            found.append(Candidate("Person", text[left:right], left, right, "person:dotted", 1))
    return found


def _titled(text: str, ctx: Context) -> list[Candidate]:
    """副市长赵志宏带队: a name between a title and a verb of leading (``person_verb``)."""
    lex = ctx.lexicon
    pattern = lex.derived("person:titled", lambda: re.compile(
        "(?:" + "|".join(sorted(long_titles(lex), key=len, reverse=True)) + ")"
        "(?P<name>[\u4e00-\u9fff]{2,6}?)(?:" + "|".join(sorted(lex.words("person_verb"), key=len, reverse=True))
        + "|(?=(?:[0-9０-９]+|[一两二三四五六七八九十多]+)次)"  # 副市长李建平4次带队, 两次, 多次: a count of the times the person did something
        + "|于(?=[0-9０-９]|[今本上下同近]|[一二三四五六七八九十]+月))"))  # 副市长杨文斌于8月带队: when the person did it
    return _names_between(pattern, text, ctx, "person:titled")


def _led_by(text: str, ctx: Context) -> list[Candidate]:
    """由王建国牵头, 经李明审定: a name between 由/经 and a verb of leading (``person_verb``)."""
    lex = ctx.lexicon
    pattern = lex.derived("person:led-by", lambda: re.compile(
        "(?<=[由经])(?P<name>[\u4e00-\u9fff]{2,6}?)(?:" + "|".join(sorted(lex.words("person_verb"), key=len, reverse=True)) + ")"))
    return _names_between(pattern, text, ctx, "person:led-by")


def _names_between(pattern: re.Pattern[str], text: str, ctx: Context, rule: str) -> list[Candidate]:
    """The ``name`` groups of ``pattern`` that start with a surname and are no common word."""
    lex = ctx.lexicon
    found = []
    for match in pattern.finditer(text):
        name = match.group("name")
        if rule == "person:titled" and not starts_word(text, match.start("name")):
            continue  # 总工程量的: the title's last character opens a word (工程量), so no title stands there
        if len(name) > 3 or _minority_name(name, lex):
            if _minority_name(name, lex):  # 副州长泽仁多吉带队
                found.append(Candidate("Person", name, match.start("name"), match.end("name"), rule, 1))
            continue
        has_surname = name[0] in lex.surnames or name[:2] in lex.surnames
        if has_surname and (name[0] not in lex.words("stop") or rule == "person:titled") and _plausible(name, ctx):  # 副省长于洪涛
            found.append(Candidate("Person", name, match.start("name"), match.end("name"), rule, 1))
    return found


def _name_start(text: str, end: int, ctx: Context) -> int | None:
    """Where a name ending at ``end`` starts: three characters, else two, else none."""
    surnames = ctx.lexicon.surnames
    for length in range(6, 2, -1):  # 四郎扎西代表, 其木格委员
        begin = end - length
        if begin >= 0 and _minority_name(text[begin:end], ctx.lexicon) and _starts_word(text, begin, ctx):
            return begin
    for length in (3, 2, 4):
        begin = end - length
        if begin < 0 or not all(is_cjk(c) for c in text[begin:end]):
            continue
        name = text[begin:end]
        if length == 3 and name[0] in ctx.lexicon.words("stop"):
            continue  # 由市委…: a stop word, not a surname
        if any(title in name for title in long_titles(ctx.lexicon)):
            continue  # 区长程军: the title is no part of the name
        has_surname = name[0] in surnames or name[:2] in surnames
        if has_surname and _starts_word(text, begin, ctx) and _plausible(name, ctx) \
                and (not _inside_word(text, begin) or text[begin - 2 : begin] in ("按照", "根据")):  # 按照顾海东副市长: jieba reads 照顾
            return begin
    return None


def _minority_name(name: str, lex: Lexicon) -> bool:
    """True for a Tibetan or Mongolian name: two or more given names of ``name_part`` (四郎 + 扎西),
    or one of three characters or more (其木格)."""
    parts = lex.words("name_part")
    if not parts or not 3 <= len(name) <= 6:
        return False
    if name in parts and len(name) >= 3:
        return True
    reachable = {0}  # offsets a run of whole parts reaches
    for position in range(len(name)):
        if position in reachable:
            reachable.update(position + n for n in range(2, 5) if name[position : position + n] in parts)
    return len(name) in reachable and len(name) >= 4


def _inside_word(text: str, begin: int) -> bool:
    """及时报告市长: the 时 (a surname elsewhere) ends an everyday word (及时) jieba reads there, so
    no name starts at it; a rare pair jieba glues to a surname (向陆建国, 面商周建平) does not count."""
    if begin < 1 or not is_cjk(text[begin - 1]):
        return False
    return 1 not in word_edges(text[begin - 1 : begin + 3]) and word_tables().freq.get(text[begin - 1 : begin + 1], 0) >= _COMMON


def _starts_word(text: str, begin: int, ctx: Context) -> bool:
    """True when nothing but a boundary or a stop word stands before ``begin``."""
    if begin == 0 or not is_cjk(text[begin - 1]):
        return True
    if text[begin - 1] in "年月日号" and text[begin - 2 : begin - 1].isdigit():
        return True  # 2019年9月马建军副主席: a date before the name
    lex = ctx.lexicon
    stops, leads = lex.words("stop"), lex.words("person_lead")
    if any(text[max(0, begin - n) : begin] in stops or text[max(0, begin - n) : begin] in leads for n in (1, 2, 3, 4)):
        return True  # 由黄敏…, 提案人陈慧敏委员
    if text.endswith(tuple(long_titles(lex)), 0, begin):
        return True  # 区长程军同志: a title before the name
    if full_place_ends_at(text, begin, lex.divisions):
        return True  # 南沙区赵立新副区长: the place the person serves
    if text[begin - 2 : begin] in ("根据", "按照", "经过") or text.endswith(_unit_endings(lex), 0, begin):  # 渠务署陈家豪先生
        return True
    return begin >= 2 and is_everyday_verb(text[begin - 2 : begin]) and starts_word(text, begin)  # 吸收覃建军代表… (报告 is a noun to jieba)


def _unit_endings(lex) -> tuple[str, ...]:
    """Endings of a body's name a person's name may follow: 局, 署, 中心, 公司 …"""
    return lex.derived("person:unit-endings", lambda: tuple(s for s, kind in lex.words("unit_suffix").items() if kind != "division"))


def _plausible(name: str, ctx: Context) -> bool:
    """Not a common word (市委, 常务) nor a known non-name."""
    not_person = ctx.lexicon.words("not_person")
    if any(name[i:j] in not_person for i in range(len(name)) for j in range(i + 2, len(name) + 1)):
        return False
    if len(name) == 4 and name[:2] not in ctx.lexicon.surnames and word_tables().freq.get(name[1:], 0) > 0 and word_tag(name[1:]) != "nr":
        return False  # 和火锅店: a one-character surname before a word of three (given names have one or two characters)
    freq = word_tables().freq
    if len(name) >= 3 and freq.get(name[:2], 0) >= _OPENING_WORD and not word_tag(name[:2]).startswith("nr"):
        return False  # 周边村民, 全年巡: the surname's character opens an everyday word (周边, 全年)
    if len(name) == 3 and freq.get(name[1:], 0) >= _OPENING_WORD and word_tag(name[1:]) in ("v", "vn"):
        return False  # 全覆盖: an everyday verb after the surname's character is no given name
    if len(name) == 2 and freq.get(name, 0) >= _WORD_NOT_NAME and word_tag(name) in ("n", "v", "vn", "a", "d", "m", "f"):
        return False  # 全程: a word of its own (李俊, 张宁 are names jieba knows)
    return word_tables().freq.get(name, 0) < _COMMON or len(name) == 3 and word_tag(name) == "nr" \
        and name[-1] not in _PLACE_ENDINGS and name not in ctx.lexicon.divisions  # 王晓东: a name jieba knows well (白云区, 张家港 are places)


#: A word this frequent in jieba's dictionary (周边, 覆盖) is no part of a person's name.
_OPENING_WORD = 1000
#: A two-character everyday word this frequent (全程) is no name.
_WORD_NOT_NAME = 100

#: The last characters of places jieba tags as persons' names (白云区, 张家港, 石家庄).
_PLACE_ENDINGS = frozenset("区县市港镇乡村州省旗盟庄")
