"""Frameworks: named systems and programmes with a fixed, numeric shape.

The shape decides, not a list: a quoted phrase is a framework when it is built from
numbers (“1+11+N”, “31631”, “6个100%”, “2+N”) or from two or more Chinese numerals
each leading a counted thing (“三个一”, “一库四平台”, “一图一库一清单”), or led by a numeral other than 一
(“双区”, “三级…机制”). Ordinary quoted
words (“闭环”, “千里眼”), event dates (“5·18”) and plan periods (“十四五”) are not.
Unquoted plus-formulas (1+3+N) count too, and so do the shapes of the ``framework_pattern``
rules (15分钟健康服务圈) and the named programmes of the alias files (放管服, 一网统管).

>>> from extract.canon import AliasRegistry
>>> ctx = Context("市应急管理局", AliasRegistry())
>>> [c.name for c in find_frameworks("构建“1+11+N”体系和“一库四平台”框架，形成“闭环”", ctx)]
['1+11+N', '一库四平台']
"""

from __future__ import annotations

import re
from extract.finders.base import Candidate, Context
from extract.finders.dictionary import dictionary_hits
from extract.finders.lexicon import Lexicon

__all__ = ["find_frameworks", "quoted", "field_quotes", "is_framework_shape", "app_follows"]

_QUOTES = re.compile(r"“([^“”\n]{1,30})”|\"([^\"\n]{1,30})\"|「([^「」\n]{1,30})」|‘([^‘’\n]{1,30})’")
_DIGITS = re.compile(r"^[0-9０-９NnXx+＋%％个項项.．\u4e00-\u9fff]{1,14}$")
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_PLUS_FORMULA = re.compile(r"(?<![0-9A-Za-z+.])(?:[0-9]{1,3}|N)(?:\s*[+＋]\s*(?:[0-9]{1,3}|N))+(?![0-9A-Za-z+%=])")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def quoted(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, content)`` of every quoted phrase; start/end include the quotes."""
    if not _ANY_QUOTE.search(text):
        return []
    return [(match.start(), match.end(), next(group for group in match.groups() if group is not None))
            for match in _QUOTES.finditer(text)]


def field_quotes(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    """:func:`quoted` of a field, worked out once for all the finders that read it."""
    return ctx.for_field("quoted", text, _quoted_in)


def _quoted_in(text: str, ctx: Context) -> list[tuple[int, int, str]]:
    return quoted(text)


_ANY_QUOTE = re.compile("[“\"「‘]")


def is_framework_shape(content: str, lex: Lexicon) -> bool:
    """True for “1+11+N”, “6个100%”, “31631”, “三个一”, “一库四平台”; False for “闭环”.

    >>> from extract.finders.lexicon import load_lexicon
    >>> [is_framework_shape(s, load_lexicon()) for s in ("2+N", "三个一", "5·18", "十四五", "闭环", "一张图")]
    [True, True, False, False, False, False]
    """
    return lex.remember("framework:shapes", _is_shape, content)


def _is_shape(content: str, lex: Lexicon) -> bool:
    text = content.strip()
    if not text or text in lex.words("not_framework") or _YEAR.search(text):
        return False
    if _patterns(lex).fullmatch(text):
        return True
    if _HAS_DIGIT.search(text):
        return bool(_DIGITS.match(text)) and (any(c in text for c in "+＋%％个Nn") or text.isdigit() and len(text) >= 3)
    if any(text[:n] in lex.divisions for n in (3, 2)):
        return False  # “四川应急”, “三亚旅游”: a place's name opens it, not a count
    groups = _numeral_groups(text, lex)
    if groups >= 2:
        return len(text) <= 12
    # one group: 双区, 三级…机制 are shapes; 一张图, 一盘棋 are everyday 一-phrases
    return groups == 1 and text[0] not in "一百千万零〇多" and len(text) >= 2 and not _LIST_MARK.search(text)


def app_follows(text: str, end: int, lex: Lexicon, content: str = "") -> bool:
    """An app's word (APP, 小程序 — ``platform_suffix`` rules marked ``app``) right after ``end``:
    “三晋通”APP is an app, whatever the shape of its name; so is a service number before any
    platform word (“95306”平台, “12345”热线平台)."""
    apps = lex.derived("framework:apps", lambda: tuple(w for w, arg in lex.words("platform_suffix").items() if arg == "app")
                       + tuple(lex.words("account_host")))
    if text.startswith(apps, end):
        return True  # “三晋应急”微信公众号: an account on a host platform (``account_host``) too
    return content.strip().isdigit() and text.startswith(tuple(lex.words("platform_suffix")), end)


def _patterns(lex: Lexicon) -> re.Pattern[str]:
    """The shapes of the ``framework_pattern`` rules as one pattern (15分钟健康服务圈)."""
    return lex.derived("framework:patterns", lambda: re.compile("|".join(f"(?:{p})" for p in sorted(lex.words("framework_pattern"))) or "(?!)"))


def _numeral_groups(text: str, lex: Lexicon) -> int:
    """How many runs of Chinese numerals the text has, counted only when it starts with one.

    A numeral marked ``weak`` (多) counts only in a phrase of one part: 一港多站 is a shape,
    一次采集、多方复用 a slogan of two everyday parts."""
    numerals = lex.words("numeral")
    if _LIST_MARK.search(text):
        numerals = {n: arg for n, arg in numerals.items() if arg != "weak"}
    if not text or text[0] not in numerals:
        return 0
    groups, inside = 0, False
    for char in text:
        if char in numerals and not inside:
            groups += 1
        inside = char in numerals
    return groups


_LIST_MARK = re.compile(r"[，,、；;]")

#: The longest quoted phrase taken whole around a framework shape.
_SHORT_QUOTE = 12


def find_frameworks(text: str, ctx: Context) -> list[Candidate]:
    """Quoted phrases of framework shape, named programmes, shaped slogans and plus-formulas."""
    found = []
    spans = set()
    for start, end, content in field_quotes(text, ctx):
        if is_framework_shape(content, ctx.lexicon) and not app_follows(text, end, ctx.lexicon, content):
            name = content.strip().replace("＋", "+")
            found.append(Candidate("Framework", name, start, end, "framework:quoted-shape", priority=2))
            spans.add((start + 1, end - 1))
    for hit in dictionary_hits(text, ctx, "Framework"):
        if (hit.start, hit.end) not in spans:
            found.append(Candidate("Framework", hit.entry.name, hit.start, hit.end, hit.entry.rule, priority=3))
            spans.add((hit.start, hit.end))
    if _HAS_DIGIT.search(text):
        quotes = field_quotes(text, ctx)
        for match in _patterns(ctx.lexicon).finditer(text):
            if (match.start(), match.end()) in spans:
                continue
            # “城区12分钟急救圈”: a short quoted name ending in the shape is named whole
            whole = next(((s, e, c.strip()) for s, e, c in quotes if s < match.start() and match.end() == e - 1
                          and len(c.strip()) <= _SHORT_QUOTE and (s + 1, e - 1) not in spans), None)
            if whole:
                found.append(Candidate("Framework", whole[2], whole[0], whole[1], "framework:pattern", priority=2))
                spans.add((whole[0] + 1, whole[1] - 1))
                continue
            found.append(Candidate("Framework", match.group(), match.start(), match.end(), "framework:pattern", priority=2))
            spans.add((match.start(), match.end()))
        for match in _PLUS_FORMULA.finditer(text) if "+" in text or "＋" in text else ():  # a formula has a plus
            if (match.start(), match.end()) not in spans:
                name = re.sub(r"\s+", "", match.group()).replace("＋", "+")
                found.append(Candidate("Framework", name, match.start(), match.end(), "framework:plus-formula", priority=1))
    return found
