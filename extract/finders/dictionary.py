"""Dictionary look-up: every alias pattern and gazetteer name, matched in one pass.

The patterns of an :class:`~extract.canon.AliasRegistry` and the administrative
divisions are indexed once per registry: a character class of possible first
characters finds where a name may start (in C), and a table of the name lengths
starting with that character tells which substrings to look up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from extract.canon import AliasRegistry
from extract.finders.base import LIST_MARKS, RARE_WORD_FREQ, Context, is_cjk
from extract.finders.lexicon import Division, Lexicon, former_counties
from extract.finders.segment import stands_alone, starts_word, word_tag
from extract.finders.wordcache import word_tables

__all__ = ["FORMER_COUNTY", "dictionary_hits", "Entry", "DictionaryMatch", "dictionary_matches", "division_name", "is_list_item", "keep_for_reuse"]


@dataclass(frozen=True)
class Entry:
    """What one surface form stands for."""

    label: str
    name: str
    rule: str
    strict: bool = False
    region: str = ""
    surface: str = ""  # a gazetteer entry's surface form, named anew at each table's home


class DictionaryMatch(NamedTuple):
    """A dictionary hit in a text."""

    start: int
    end: int
    entry: Entry


@dataclass(frozen=True)
class _Index:
    starts: re.Pattern[str]  # where a surface form may start (first and second characters)
    heads: frozenset[str]  # the first two characters of every surface form, and one-character forms
    lengths: dict[str, tuple[int, ...]]  # head (see ``heads``) → surface lengths, longest first
    entries: dict[str, list[Entry]]


#: The key of a registry's index in its memo (with the lexicon and the number of aliases it was made of).
_INDEX = "dictionary:index"


def division_name(divisions: list[Division], home: str = "") -> str:
    """The canonical name a surface form of a division stands for.

    A short form shared by several divisions goes to the one in the home region,
    else to the highest level (中山 → 中山市 rather than 中山区), else the first code.
    """
    rank = {"province": 0, "city": 1, "county": 2}
    best = min(divisions, key=lambda d: (not (home and d.code.startswith(home)), rank[d.level], d.code))
    return best.name


def _compile(registry: AliasRegistry, lex: Lexicon) -> _Index:
    entries: dict[str, list[Entry]] = {}
    for surface, divisions in lex.divisions.items():
        entries.setdefault(surface, []).append(Entry("Site", division_name(divisions), "site:gazetteer", surface=surface))
    for county in sorted(former_counties(lex)):
        entries.setdefault(county, []).append(Entry("Site", county, FORMER_COUNTY))
    for surface, name in lex.world.items():
        entries.setdefault(surface, []).append(Entry("Site", name, "site:world"))
    for surface, name in lex.landmarks.items():
        entries.setdefault(surface, []).append(Entry("Site", name, "site:landmark"))
    for alias in registry.patterns():
        rule = f"{alias.label.lower()}:alias"
        entries.setdefault(alias.pattern, []).insert(0, Entry(alias.label, alias.name, rule, alias.strict, alias.region))
    lengths: dict[str, set[int]] = {}
    for surface in entries:
        lengths.setdefault(surface[:2], set()).add(len(surface))
    return _Index(_starts(entries), frozenset(lengths), {h: tuple(sorted(n, reverse=True)) for h, n in lengths.items()}, entries)


#: What follows 县 in words that start with it (县级, 县域, 县城, 县道, 县乡): no county's name ends there.
_COUNTY_WORDS = frozenset("级域城道乡")
#: The rule of a county's name from before it became a district or city (湟中县, now 湟中区).
FORMER_COUNTY = "site:former-county"


def _starts(surfaces: Iterable[str]) -> re.Pattern[str]:
    """Where a surface form may start: a possible first character before a possible second one."""
    surfaces = list(surfaces)
    firsts = _char_class(s[0] for s in surfaces if len(s) > 1)
    seconds = _char_class(s[1] for s in surfaces if len(s) > 1)
    singles = _char_class(s for s in surfaces if len(s) == 1)
    branches = ([f"{firsts}(?={seconds})"] if firsts else []) + ([singles] if singles else [])
    return re.compile("|".join(branches) or "(?!)")


def _char_class(chars: Iterable[str]) -> str:
    found = sorted(set(chars))
    return "[" + "".join(re.escape(c) for c in found) + "]" if found else ""


def _compiled(registry: AliasRegistry, lex: Lexicon) -> _Index:
    cached = registry.memo.get(_INDEX)
    if cached is None or cached[0] is not lex or cached[1] != len(registry):
        cached = registry.memo[_INDEX] = (lex, len(registry), _compile(registry, lex))  # rebuilt when aliases are added
    return cached[2]


def is_list_item(text: str, start: int, end: int) -> bool:
    """True when a short name stands alone: bounded by list marks, brackets or the text's ends."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    # “平安春节”: a quote opens a phrase, which the name need not end, so it bounds nothing alone
    bounded_before = (not before or not is_cjk(before) or before in LIST_MARKS) and before not in _OPENING_QUOTES
    return bounded_before or (not after or not is_cjk(after) or after in LIST_MARKS)


def _listed_with_unit(text: str, start: int, end: int, ctx: Context) -> bool:
    """A short name that is a common word too (``listed_with_unit``: 平安) names its body only in a
    list with another known body (与华为、平安签约), not in 确保渔民平安 or “平安进藏、平安出藏”."""
    if text[start - 1 : start] == "、" and any(ctx.aliases.get("Unit", text[start - 1 - n : start - 1]) for n in range(2, 9)):
        return True
    return text[end : end + 1] == "、" and any(ctx.aliases.get("Unit", text[end + 1 : end + 1 + n]) for n in range(2, 9))


_OPENING_QUOTES = frozenset("“\"‘「")


def dictionary_matches(text: str, ctx: Context) -> list[DictionaryMatch]:
    """Every alias or gazetteer hit, longest at each position, left to right.

    The finders of one field share the result (it is kept for the last text seen).
    """
    return ctx.for_field("dictionary", text, _matches_at_home)


def _matches_at_home(text: str, ctx: Context) -> list[DictionaryMatch]:
    seen = ctx.memo.get(_SEEN)
    raw = seen.pop((text, ctx.region), None) if seen else None
    if raw is None:
        raw = _dictionary_matches(text, ctx)
        if seen is not None and not ctx.home:
            seen[text, ctx.region] = raw
    return [_at_home(m, ctx) for m in raw] if ctx.home else raw


def dictionary_hits(text: str, ctx: Context, label: str) -> list[DictionaryMatch]:
    """The :func:`dictionary_matches` of one label (Unit, Site …), left to right; grouped once per
    field, so that each finder walks only its own."""
    return ctx.for_field("dictionary-by-label", text, _by_label).get(label, _NONE)


def _by_label(text: str, ctx: Context) -> dict[str, list[DictionaryMatch]]:
    grouped: dict[str, list[DictionaryMatch]] = {}
    for match in dictionary_matches(text, ctx):
        grouped.setdefault(match.entry.label, []).append(match)
    return grouped


_NONE: list[DictionaryMatch] = []  # shared and never changed: callers only read what they are given


#: The memo of hits kept for a second reading (see :func:`keep_for_reuse`).
_SEEN = "dictionary-seen"


def keep_for_reuse(ctx: Context) -> None:
    """From now on, keep the hits of each field matched without a home until the field is matched
    again: a table's first fields are read once to find its home and once more by the finders,
    and the gazetteer's hits are named at the home only when read (:func:`_at_home`)."""
    ctx.memo.setdefault(_SEEN, {})


def _at_home(match: DictionaryMatch, ctx: Context) -> DictionaryMatch:
    """A gazetteer hit named as the division near the table's home (鼓楼 → the 鼓楼区 of its city)."""
    entry = match.entry
    if entry.rule != "site:gazetteer":
        return match
    return DictionaryMatch(match.start, match.end, ctx.remember("dictionary:home", _home_entry, entry.surface))


def _home_entry(surface: str, ctx: Context) -> Entry:
    """The gazetteer's entry of ``surface`` named at the table's home (by its surface: a string hashes
    at once, an entry field by field)."""
    return Entry("Site", division_name(ctx.lexicon.divisions[surface], ctx.home), "site:gazetteer", surface=surface)


def _dictionary_matches(text: str, ctx: Context) -> list[DictionaryMatch]:
    index = _compiled(ctx.aliases, ctx.lexicon)
    found: list[DictionaryMatch] = []
    skip_to, heads = 0, index.heads
    for start_match in index.starts.finditer(text):
        start = start_match.start()
        if start < skip_to or text[start : start + 2] not in heads and text[start] not in heads:
            continue  # most first characters start no name: two characters tell cheaply
        hit = _longest_at(text, start, index, ctx)
        if hit and text[start] in _JOINER_CHARS and start + 1 < hit.end:
            after = _longest_at(text, start + 1, index, ctx)
            if after is not None and after.end > hit.end:
                continue  # 市公安局和龙岗区: a joiner, then the longer name (和龙 is a city too)
        if hit and hit.end - start == 2 and hit.entry.rule == "site:gazetteer" and text[hit.end - 1] not in _LEVELS:
            after = _longest_at(text, start + 1, index, ctx)
            if after is not None and after.end > hit.end and text[after.end - 1] in _LEVELS and after.entry.rule == "site:gazetteer":
                continue  # 选定南沙区: a verb's last character and a county's short name (定南), then a district written in full
        if hit:
            found.append(hit)
            skip_to = hit.end
    return found


#: The last characters of a division's full name.
_LEVELS = frozenset("省市区县州盟旗")
#: Characters that join two names (和, 与, 及) and open some names too (和龙, 与化).
_JOINER_CHARS = frozenset("和与及")

#: Names matched only where they are a word of their own (places abroad, landmarks).
_STANDING_RULES = ("site:world", "site:landmark")


def _holds_in(entry: Entry, home: str) -> bool:
    return not home or home.startswith(entry.region) or entry.region.startswith(home)


def _longest_at(text: str, start: int, index: _Index, ctx: Context) -> DictionaryMatch | None:
    """The longest usable surface form starting at ``start``."""
    for length in index.lengths.get(text[start : start + 2], ()) + index.lengths.get(text[start], ()):
        surface = text[start : start + length]
        for entry in index.entries.get(surface, ()) if len(surface) == length else ():
            if entry.strict and not is_list_item(text, start, start + length) or entry.region and not _holds_in(entry, ctx.region):
                continue
            if surface in ctx.lexicon.words("listed_with_unit") and not _listed_with_unit(text, start, start + length, ctx):
                continue
            if entry.label == "Unit" and length == 2 and start and is_cjk(text[start - 1]) and not starts_word(text, start):
                continue  # 人民建 holds no 民建: a two-character short name that starts inside a word
            if entry.rule in _STANDING_RULES and not stands_alone(text, start, start + length) \
                    and not (text[start + length : start + length + 1] in "内外" and stands_alone(text, start, start + length + 1)):
                continue  # 汉堡包 holds no 汉堡 (深圳国际低碳城内 holds 深圳国际低碳城: jieba reads 城内)
            if entry.rule in ("site:gazetteer", FORMER_COUNTY) and (length >= 3 or surface == entry.name) and start \
                    and is_cjk(text[start - 1]) and not starts_word(text, start):
                continue  # 沿海城市 holds no 海城市, 示范县 no 范县
            if entry.rule == "site:gazetteer" and length >= 3 and start and text[start - 1] not in _LEVELS \
                    and (word_tables().freq.get(text[start - 1 : start + 1], 0) >= RARE_WORD_FREQ
                         or word_tag(text[start - 1 : start + 1]) == "ns" and text[start] in "江河湖") \
                    and ctx.region and not any(d.code.startswith(ctx.region[:2]) for d in ctx.lexicon.divisions.get(surface, ())):
                continue  # 穿越城区 in a 济南 table holds no 越城区 of 绍兴: a word runs into a far place's name (上海市长宁区 has one)
            if entry.label == "Site" and start and length == 2 and surface in ctx.lexicon.countries and word_tag(text[start - 1 : start + 1]) == "v" \
                    and word_tables().freq.get(text[start - 1 : start + 1], 0) >= RARE_WORD_FREQ:
                continue  # 穿越南淝河: a verb (穿越) runs into a country's name (越南), which jieba cuts as a word
            if length >= 3 and surface[-1] == "国" and text[start + length : start + length + 1] == "家":
                continue  # 联合国家超级计算深圳中心: a verb (联合) before 国家, no 联合国
            if entry.rule == FORMER_COUNTY and text[start + length : start + length + 1] in _COUNTY_WORDS:
                continue  # 新建县级避灾中心, 振兴县域经济, 新建县道: 县 starts a word (级, 域, 城, 道, 乡) after a verb, no county of former times
            if entry.rule == "site:gazetteer" and surface[-1] == "区" and text[start + length : start + length + 1] == "域":
                continue  # 大同古城区域 holds no 古城区: its 区 starts 区域 (宁波市域 names the city)
            return DictionaryMatch(start, start + length, entry)
    return None
