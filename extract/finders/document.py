"""Documents: 《titles》 (nested ones give two documents) and document numbers (文号).

A number right after a title, bare or in brackets, names the same document, so both
mentions carry the title's name. Numbers are written with 〔〕 and 号 whatever brackets
the text used.

>>> from extract.canon import AliasRegistry
>>> ctx = Context("市应急管理局", AliasRegistry())
>>> [c.name for c in find_documents("印发《关于加强安全管理的通知》（深应急[2021]107號）", ctx)]
['关于加强安全管理的通知', '关于加强安全管理的通知']
"""

from __future__ import annotations

import re
from typing import Iterator

from extract.canon import normalise_doc_number, normalise_name
from extract.finders.base import BRACKETED_YEAR, Candidate, Context, is_cjk
from extract.finders.lexicon import trie_pattern, word_tuple
from extract.finders.segment import word_edges

__all__ = ["find_documents", "find_titles", "find_numbers"]

_OPEN, _CLOSE = "《〈<", "》〉>"
_BRACKETS = re.compile("[《》〈〉<>]")
_NUMBER = re.compile(
    r"(?P<prefix>[\u4e00-\u9fff]{1,10}?)\s*[〔\[【（(［]\s*(?P<year>(?:19|20)\d{2})\s*[〕\]】）)］]\s*第?\s*\d{1,4}\s*[号號]"
)
#: The bracketed year every number has: where to look for the full pattern.
#: The most characters of a number's own prefix (the ``{1,10}`` of ``_NUMBER``).
_PREFIX_MAX = 10
#: Prepositions a number is cited with (以, 按, 依 …): none starts a number's own prefix.
_BY = frozenset("以于按依据凭")
#: A level's government written short (市政府, 省人民政府办公厅): an issuer, never a number's own prefix.
_LEVEL_GOVERNMENT = re.compile(r"[市省区县](?:人民)?政府(?:办公厅|办公室)?")
#: Between a title and its number: brackets, spaces, 文号 and the like.
_BETWEEN = re.compile(r"^[\s（(，,]*(?:文号|文件编号|编号)?[:：]?\s*$")


def find_titles(text: str, ctx: Context) -> list[Candidate]:
    """Every 《title》, and every 〈title〉 or <title> nested in one."""
    found: list[Candidate] = []
    stack: list[int] = []
    for bracket in _BRACKETS.finditer(text):
        index, char = bracket.start(), bracket.group()
        if char == "《" or (char in _OPEN[1:] and stack):
            stack.append(index)
        elif char in _CLOSE and stack and _pairs(text[stack[-1]], char):
            start = stack.pop()
            _add_title(found, text, start, index + 1, ctx, nested=bool(stack))
    return found


def _pairs(open_char: str, close_char: str) -> bool:
    return _OPEN.index(open_char) == _CLOSE.index(close_char) or (open_char == "《" and close_char == "》")


def _add_title(found: list[Candidate], text: str, start: int, end: int, ctx: Context, nested: bool) -> None:
    name = normalise_name(text[start + 1 : end - 1])
    if len(name) < 2 or name in ctx.lexicon.generic("Document") or not _names_a_document(name, ctx):
        return
    rule = "document:nested-title" if nested else "document:title"
    found.append(Candidate("Document", name, start, end, rule, priority=3))


def _names_a_document(name: str, ctx: Context) -> bool:
    """A title of a regulation, plan, notice, agreement, report, standard or handbook holds a word of
    its kind (``document_word``: 办法, 规划, 通知 …) or ends in one (``document_ending``: 书, 案, 单 …);
    《老街往事》 and 《五朵金花》 are a play and a song. A year in the title is enough (2024年版)."""
    lex = ctx.lexicon
    words = lex.derived("document:words", lambda: re.compile(trie_pattern(lex.words("document_word"))))
    return bool(words.search(name)) or name.endswith(tuple(lex.words("document_ending"))) or bool(_A_YEAR.search(name))


#: A year written in a title (2024年版, 2021—2025年).
_A_YEAR = re.compile(r"(?:19|20)\d{2}")


def find_numbers(text: str, ctx: Context) -> list[Candidate]:
    """Every document number, its issuer prefix cut at the first stop word."""
    if BRACKETED_YEAR.search(text) is None:
        return []
    stops = ctx.lexicon.words("stop")
    found = []
    for match in _number_matches(text):
        start = match.start("prefix")
        prefix = match.group("prefix")
        opened = start > 0 and text[start - 1] in "（(【[〔"  # （并能源发〔2022〕15号）: 并 is Taiyuan's, not "and"
        cut = max((prefix.rfind(word) + len(word) for word in stops
                   if word in prefix and _cuts(prefix, word) and not (opened and len(word) == 1) and _read_as(prefix, word)
                   and len(prefix) - prefix.rfind(word) - len(word) >= 2), default=0)  # 豫建设标: a number's own prefix has two characters
        issuer = _issuer_cut(prefix, ctx)
        truncated = len(prefix) == _PREFIX_MAX and start > 0 and is_cjk(text[start - 1]) and not cut
        # 城乡建设厅陕建发: the stop word 建设 was inside the issuer's name; 印发国卫办医发: 国卫办 is the number's own;
        # 工业和信息化厅赣工信原材料字: the window began inside the issuer's name (息化厅), which is no prefix of the number's
        start += issuer if issuer > cut and (issuer - cut >= 4 or truncated or not _has_name_before(prefix, cut, issuer, ctx)
                                             or _LEVEL_GOVERNMENT.fullmatch(prefix, cut, issuer)) else cut
        # 按照市政府京政办发〔2012〕31号: the city's government sent it (市政府 is no number's own prefix)
        by = text.rfind("以", match.start("prefix") if issuer > cut else start, match.end("prefix") - 2)
        if by >= 0 and not opened and (by >= start or match.end("prefix") - by <= 7):
            start = by  # 区财政局已以深龙财〔2024〕…, 管理中心以苏大数函…: what comes before 以 is the sender (以国卫办疾控函: all after it)
        if text[start] in _BY and match.end("prefix") - start >= 3 and not opened:
            start += 1  # 水利厅以湘水函〔2021〕112号: 以 says how it was approved, the number is 湘水函…
        if match.end("prefix") - start < 1:
            continue
        if text[start - 1 : start] in _BY and text.startswith(("印发", "发布", "下发"), match.end()) and _titled_before(text, start):
            continue  # 《…应急预案》，由市政府办公室以湛府办〔2025〕9号印发: the number the title was issued under, one document
        name = normalise_doc_number(text[start : match.end()])
        found.append(Candidate("Document", name, start, match.end(), "document:number", priority=3))
    return found


def _titled_before(text: str, start: int) -> bool:
    """A 《title》 closes earlier in the sentence that holds ``start``."""
    sentence = max(text.rfind(mark, 0, start) for mark in "。；;\n")
    return text.rfind("》", sentence + 1, start) >= 0


def _number_matches(text: str) -> Iterator[re.Match[str]]:
    """``_NUMBER.finditer(text)``, tried only just before each bracketed year.

    Scanning a whole field with ``_NUMBER`` tries its lazy prefix at every Chinese character.
    A match's prefix and the spaces after it hold no bracket, so the leftmost match at or after
    ``position`` either ends its prefix at the next bracketed year, starting at most
    ``_PREFIX_MAX`` characters and the spaces before it, or starts after that bracket.

    >>> [m.group() for m in _number_matches("印发深应急〔2021〕107号和（2020年）及粤办函 [2019] 3号")]
    ['印发深应急〔2021〕107号', '及粤办函 [2019] 3号']
    """
    position = 0
    while (year := BRACKETED_YEAR.search(text, position)) is not None:
        bracket = year.start()
        low = bracket
        while low > position and text[low - 1].isspace():
            low -= 1
        for start in range(max(position, low - _PREFIX_MAX), bracket):
            match = _NUMBER.match(text, start)
            if match is not None:
                yield match
                position = match.end()
                break
        else:
            position = bracket + 1


#: Kinds of body besides the government's that issue numbered documents of their own: squads
#: (深圳市消防救援支队深消〔2019〕26号) and centres (科学技术部火炬高技术产业开发中心国科火字〔2013〕102号).
_ISSUER_KINDS = frozenset(("总队", "支队", "大队", "中心"))


def _issuer_cut(prefix: str, ctx: Context) -> int:
    """广东省卫生健康委员会粤卫函〔2022〕365号: the issuing body written before the number is not part of it.

    The prefix is cut after the last government suffix (委员会, 办公厅, 厅, 局, 部 …) that ends a
    name of at least four characters and leaves at least two for the number's own prefix, or a
    name of three (商务部) that leaves at least three (国卫办医发 stays whole: 医发 is too short).
    """
    suffixes = ctx.lexicon.derived("document:issuer-suffixes", lambda: tuple(sorted(
        (w for w, kind in ctx.lexicon.words("unit_suffix").items() if kind in ("gov", "body") or w in _ISSUER_KINDS), key=len, reverse=True)))
    best = 0
    for position in range(3, len(prefix) - 1):
        if prefix[position - 1 : position + 1] == "部门" and len(prefix) - position - 1 >= 2:
            best = position + 1  # 国家安全监管总局等三部门安监总办: the bodies that sent it, then the number (no 部 there)
            continue
        if prefix[:position].endswith(suffixes) and (position >= 4 or len(prefix) - position >= 3):
            if _ministry_short(prefix[position - 3 : position], ctx):
                continue  # 工业和信息化部工信部企业函, 人社部发: a ministry's short name opens the number (商务部商服贸函 does not)
            chunk = prefix[best:position]
            if best and (2 <= len(chunk) <= 3 and not any(len(w) > len(chunk) and prefix[:position].endswith(w)
                                                           for w in (*suffixes, "办公厅", "办公室"))
                         or chunk.endswith(word_tuple(ctx.lexicon, "number_office_code"))):
                continue  # 国家卫生健康委办公厅国卫办基层函, 安全监管总局安监总厅宣教: the issuer's short name opens the number
            best = position  # 商务部商服贸函: a ministry's three characters, when the number's own prefix is long
    return best


def _ministry_short(word: str, ctx: Context) -> bool:
    """True for a ministry's short name (工信部, 人社部), which national numbers open with."""
    alias = ctx.aliases.get("Unit", word) if word.endswith("部") else None
    return alias is not None and alias.name != word


def _has_name_before(prefix: str, cut: int, issuer: int, ctx: Context) -> bool:
    """True when what lies between the stop word and the issuer's suffix reads as a number's prefix
    of its own (国卫办), not as the tail of a body's name (厅)."""
    part = prefix[cut:issuer]
    return len(part) >= 2 and part not in ctx.lexicon.words("unit_suffix") and ctx.aliases.get("Unit", part) is None  # 商务部 is a body


def _read_as(prefix: str, word: str) -> bool:
    """True when jieba reads the stop word as a word of the prefix: 厦门市民政局 holds no 市民
    (厦门市 | 民政局), so it does not cut the issuer's name."""
    if len(word) < 2:
        return True
    at = prefix.rfind(word)
    edges = word_edges(prefix)
    return at in edges and at + len(word) in edges


def _cuts(prefix: str, word: str) -> bool:
    """A stop word ends an issuer's prefix; one character does only at its start (建 in 成住建发 does not)."""
    return len(word) > 1 or prefix.startswith(word)


def _cited(text: str, title: Candidate, number: Candidate) -> bool:
    """（杭政办函〔2024〕21号） closing the sentence of a title cites that title.

    The number stands in brackets, and nothing between the title and it ends a sentence
    or opens another title.
    """
    if text[number.start - 1 : number.start] not in "（(" or number.start == 0 or text[number.end : number.end + 1] not in "）)":
        return False
    between = text[title.end : number.start]
    return not any(mark in between for mark in "。；;！？!?\n《")


def find_documents(text: str, ctx: Context) -> list[Candidate]:
    """Titles and numbers; a number right after a title takes the title's name."""
    titles = find_titles(text, ctx)
    outer = [t for t in titles if t.rule == "document:title"]
    found = list(titles)
    for number in find_numbers(text, ctx):
        owner = next((t for t in outer if t.end <= number.start and _BETWEEN.match(text[t.end : number.start])), None)
        if owner is None:
            before = [t for t in outer if t.end <= number.start]
            owner = before[-1] if before and _cited(text, before[-1], number) else None
        if owner:
            number = Candidate("Document", owner.name, number.start, number.end, "document:title-number", 3)
        found.append(number)
    return found
