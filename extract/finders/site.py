"""Sites: administrative divisions, countries and regions from the gazetteer and alias
files, and named roads, bridges, stations, ports, buildings and parks by their suffix.

A suffix name needs a proper part: 丹梓大道立交桥 and 中海信创新产业城 are sites,
产业园区 and 思路 are not. 全市, 辖区 and 周边城市 are never sites.

>>> from extract.canon import load_aliases
>>> ctx = Context("市应急管理局", load_aliases())
>>> [c.name for c in find_sites("选定坪山区丹梓大道立交桥试点，与香港合作", ctx)]  # overlaps resolved later
['坪山区', '香港', '丹梓大道', '丹梓大道立交桥']
"""

from __future__ import annotations

import re

from extract.canon import normalise_name
from extract.finders.base import Candidate, Context, is_cjk, left_boundary
from extract.finders.dictionary import dictionary_matches
from extract.finders.lexicon import contains_word_at, suffix_regex, tokenizer
from extract.finders.segment import segment

__all__ = ["find_sites", "SHORT_RULE"]

#: The rule of a short division name (坪山); it is named in full when the table writes it in full.
SHORT_RULE = "site:gazetteer-short"

#: A word rarer than this in jieba's dictionary may be a proper name (丹梓, 赛格).
_RARE = 300


def _suffix_regex(suffixes: dict[str, str]) -> re.Pattern[str]:
    return suffix_regex(suffixes)


def find_sites(text: str, ctx: Context) -> list[Candidate]:
    """Gazetteer and alias places, then suffix-named places."""
    generic = ctx.lexicon.generic("Site")
    found = []
    for match in dictionary_matches(text, ctx):
        surface = text[match.start : match.end]
        if match.entry.label != "Site" or match.entry.name in generic:
            continue
        if match.entry.rule == "site:gazetteer" and surface != match.entry.name:
            if _is_word(text, match.start, match.end, ctx):
                found.append(Candidate("Site", surface, match.start, match.end, SHORT_RULE, 1))
            continue
        found.append(Candidate("Site", match.entry.name, match.start, match.end, match.entry.rule, 1))
    found.extend(_suffix_sites(text, ctx))
    return found


def _is_word(text: str, start: int, end: int, ctx: Context) -> bool:
    """True when a short place name is a word of its context (推广安全 holds no 广安)."""
    word = text[start:end]
    if word in ctx.lexicon.words("stop") or word in ctx.lexicon.words("not_site"):
        return False
    left = max(0, start - 3)
    cuts, position = set(), left
    for token in segment(text[left : min(len(text), end + 3)]):
        cuts.add(position)
        position += len(token)
    cuts.add(position)
    return start in cuts and end in cuts


def _suffix_sites(text: str, ctx: Context) -> list[Candidate]:
    lex = ctx.lexicon
    suffixes = lex.words("site_suffix")
    found = []
    for match in _suffix_regex(suffixes).finditer(text):
        start, end = match.span()
        if contains_word_at(text, start, end, lex.words("not_site")):
            continue
        begin = left_boundary(text, start, ctx, max_chars=10, max_tokens=3, stop_at_place=True)
        name = normalise_name(text[begin:end])
        stem = name[: len(name) - len(match.group())]
        if len(stem) < 2 or name in lex.generic("Site") or not _proper(stem, ctx):
            continue
        found.append(Candidate("Site", ctx.aliases.canonical("Site", name), begin, end, f"site_suffix:{match.group()}", 1))
    return found


def _proper(stem: str, ctx: Context) -> bool:
    """True when a name part holds a place name or a rare word, not just common words."""
    freq = tokenizer().FREQ
    generic = ctx.lexicon.words("generic_word")
    for token in tokenizer().lcut(stem):
        if token in generic:
            continue
        if token in ctx.lexicon.divisions or not all(is_cjk(c) for c in token) or freq.get(token, 0) < _RARE:
            return True
        if len(token) == 1 and token not in ctx.lexicon.words("stop"):
            return True  # jieba splits an unknown name into single characters (中海信 → 中/海信)
    return False
