"""Mentions of entities in the free-text fields of cases: the extractors' public API.

>>> from extract.model import Case, Suggestion
>>> case = Case("20210001", 2021, "关于加强应急管理的建议", "张三", "person", ["市应急管理局"], [],
...             [Suggestion(1, "建议", completed="我局印发《应急预案》，依托“学习强安”APP开展培训。")])
>>> [(m.type, m.name) for m in extract_case(case, "市应急管理局")]
[('Unit', '市应急管理局'), ('Document', '应急预案'), ('Platform', '学习强安')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from extract.canon import AliasRegistry, load_aliases, normalise_name, shared_aliases, to_simplified
from extract.finders import Candidate, Context, find_all
from extract.finders.base import JOINERS
from extract.finders.dictionary import division_name
from extract.finders.lexicon import Lexicon, trie_pattern, word_tuple
from extract.finders.listed import name_listed_siblings, retype_listed
from extract.finders.site import SHORT_RULE
from extract.finders.segment import word_edges, word_tag
from extract.finders.unit import expand_abbreviation, is_admin_words, own_district_name, owner_district
from extract.model import TEXT_FIELDS, Case, Mention, ProposalTable

__all__ = ["case_fields", "extract_case", "extract_table", "extract_text", "resolve_overlaps", "load_aliases", "home_region", "fold_short_sites", "defined_abbreviations", "fold_home_units", "fold_long_names",
           "fold_abbreviated_units"]

_SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_FIELD_ORDER = {name: index for index, name in enumerate(TEXT_FIELDS)}


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates; documents may nest in documents.

    Ties go to the higher priority, then to the earlier start, then by type, name and rule,
    so the result never depends on the order the finders gave them in.
    """
    unique = set(candidates)
    if not unique:
        return []
    if any(c.start >= c.end or c.start < 0 for c in unique):
        return _resolve_pairwise(unique)
    ordered = sorted(unique, key=lambda c: (c.start, c.end, c.type, c.name))
    if all(ordered[i].end <= ordered[i + 1].start for i in range(len(ordered) - 1)):
        return ordered  # none overlaps another (most fields): every one is kept
    size = max(c.end for c in unique)
    taken = bytearray(size)  # 1 where a kept candidate lies
    undocumented = bytearray(size)  # 1 where a kept candidate other than a document lies
    documents: set[tuple[int, int, str]] = set()
    kept: list[Candidate] = []
    for candidate in sorted(unique, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.type, c.name, c.rule)):
        start, end = candidate.start, candidate.end
        if candidate.type == "Document":
            if undocumented.find(1, start, end) >= 0 or (start, end, candidate.name) in documents:
                continue
            documents.add((start, end, candidate.name))
        else:
            if taken.find(1, start, end) >= 0:
                continue
            undocumented[start:end] = b"\x01" * (end - start)
        taken[start:end] = b"\x01" * (end - start)
        kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end, c.type, c.name))


def _resolve_pairwise(unique: set[Candidate]) -> list[Candidate]:
    """:func:`resolve_overlaps` candidate by candidate, for spans the masks cannot hold (empty ones)."""
    kept: list[Candidate] = []
    for candidate in sorted(unique, key=lambda c: (-(c.end - c.start), -c.priority, c.start, c.type, c.name, c.rule)):
        if not any(_clash(candidate, other) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c.start, c.end, c.type, c.name))


def _clash(a: Candidate, b: Candidate) -> bool:
    if a.start >= b.end or b.start >= a.end:
        return False
    if a.type == b.type == "Document":
        return (a.start, a.end) == (b.start, b.end) and a.name == b.name
    return True


def _sentence(text: str, ends: list[int], start: int, end: int) -> str:
    """The sentence of ``text`` holding ``[start, end)``; ``ends`` are the sentence ends."""
    left = ends[bisect_right(ends, start) - 1] if ends and ends[0] <= start else 0
    index = bisect_left(ends, end + 1)
    return text[left : ends[index] if index < len(ends) else len(text)].strip()


def extract_text(text: str, ctx: Context) -> list[tuple[Candidate, str, str]]:
    """Candidates kept in one field, with their surface text and sentence (original script)."""
    if not text or not text.strip():
        return []
    simple = to_simplified(text)
    kept = name_listed_siblings(simple, retype_listed(simple, resolve_overlaps(find_all(simple, ctx)), ctx), ctx)
    ends = [m.end() for m in _SENTENCE_END.finditer(text)] if kept else []
    return [(c, text[c.start : c.end], _sentence(text, ends, c.start, c.end)) for c in kept]


#: How many fields of a table tell its home city: the first few hundred say it as well as all.
HOME_SAMPLE = 400


def home_region(texts: Iterable[str], ctx: Context) -> str:
    """The adcode prefix of the city named most often in the first ``HOME_SAMPLE`` fields
    (for short names like 龙岗 → 龙岗区)."""
    from itertools import islice

    from extract.finders.dictionary import dictionary_matches, keep_for_reuse

    counts: dict[str, int] = {}
    keep_for_reuse(ctx)  # the finders will not match these fields again
    for text in islice(texts, HOME_SAMPLE):
        for match in dictionary_matches(to_simplified(text), ctx):
            divisions = ctx.lexicon.divisions.get(to_simplified(text[match.start : match.end]), [])
            for division in divisions:
                if division.level == "city" and len(divisions) == 1:
                    counts[division.code[:4]] = counts.get(division.code[:4], 0) + 1
    return max(sorted(counts), key=lambda code: counts[code], default="")


def case_fields(case: Case) -> Iterable[tuple[int | None, str, str]]:
    """``(suggestion number, field, text)`` of every free-text field of a case, the title first
    (its number None), in the order extraction reads them; a field may be empty.

    >>> from extract.model import Case, Suggestion
    >>> case = Case("1", 2021, "题", "", "unknown", [], [], suggestions=[Suggestion(no=1, text="建议", planned="计划")])
    >>> [(no, field) for no, field, text in case_fields(case) if text]
    [(None, 'title'), (1, 'suggestion'), (1, 'planned')]
    """
    yield None, "title", case.title
    for suggestion in case.suggestions:
        for field in TEXT_FIELDS[1:]:
            yield suggestion.no, field, suggestion.field_text(field)


def _own_city(ctx: Context) -> str:
    """The full name of the city (or municipality) the table's owner belongs to, or ""."""
    region = ctx.region
    for divisions in (ctx.lexicon.divisions.get(ctx.owner_prefix, ()),):
        for division in divisions:
            if division.code.startswith(region) and division.level in ("city", "province") and len(region) >= 2:
                return division.name
    return ""


def fold_short_sites(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Name short place names in full when the mentions also write them in full, and the
    table's own city and district always (大连 in a 大连市 bureau's table is 大连市, 梁溪 in a
    无锡市梁溪区 bureau's table 梁溪区; 西湖, a lake to jieba, stays 西湖 in a 西湖区 table).

    坪山 becomes 坪山区 in a table that writes 坪山区 somewhere; 合肥 stays 合肥 otherwise.
    """
    written = {m.name for m in mentions if m.type == "Site" and m.rule != SHORT_RULE}
    if any(m.rule == SHORT_RULE and m.name.endswith("州") for m in mentions):  # 海西州: its bodies write 海西蒙古族藏族自治州
        written |= {m.name[: m.name.index("自治州") + 3] for m in mentions if m.type == "Unit" and "自治州" in m.name}
    city, district = _own_city(ctx), owner_district(ctx)[len(ctx.owner_prefix) :]
    folded = []
    for mention in mentions:
        if mention.rule == SHORT_RULE:
            full = division_name(ctx.lexicon.divisions.get(mention.name, []), ctx.home) if mention.name in ctx.lexicon.divisions else ""
            if full in written or full and full == city or full and full == district and word_tag(mention.name) != "ns":
                mention = replace(mention, name=full)
        folded.append(mention)
    return folded


def extract_case(case: Case, owner_unit: str, source: str = "", aliases: AliasRegistry | None = None,
                 home: str = "", ctx: Context | None = None) -> list[Mention]:
    """Every entity mention in the free-text fields of one case.

    Sorted by suggestion (the title first), field order, start and type.
    ``owner_unit`` resolves 我局/本局 and prefixes unprefixed bodies; ``aliases``
    defaults to the bundled alias files (see :func:`load_aliases`). A table passes its own
    ``ctx`` (owner, aliases and home already set) so that its cases share what the finders learn.
    """
    if ctx is None:
        ctx = Context(normalise_name(owner_unit), aliases if aliases is not None else shared_aliases(), home=home)
    mentions = []
    proposers = proposer_names(case)
    for number, field, text in case_fields(case):
        found = extract_text(text, ctx)
        if proposers:
            found = _with_proposers(text, proposers, found, tuple(ctx.lexicon.words("person_lead")))
        for candidate, surface, sentence in found:
            mentions.append(Mention(case.case, number, field, candidate.type, candidate.name, surface,
                                    candidate.start, candidate.end, candidate.rule, sentence, source))
    return sorted(fold_short_sites(mentions, ctx), key=_order)


#: A person's name in a proposer cell: two to four Han characters, or a name with a middle dot.
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,6}·[\u4e00-\u9fff]{2,8}")


def proposer_names(case: Case) -> list[str]:
    """The persons of a case's proposer cell (刘振江; 王芳、李强 …), none for an organisation."""
    if case.proposer_kind != "person":
        return []
    return [name for name in re.split(r"[、，,；;\s]+|等", case.proposer) if _PERSON_NAME.fullmatch(name)]


def _with_proposers(text: str, names: list[str], found: list[tuple[Candidate, str, str]],
                    leads: tuple[str, ...] = ()) -> list[tuple[Candidate, str, str]]:
    """The names found in a field, and the case's proposers named again in it (邀请刘振江代表…,
    刘志强委员对办理结果表示满意) where no longer name found holds them. A name found inside a
    proposer's is the proposer's (于洪 of 于洪波 is no district)."""
    ends = None
    for name in names:
        for start in _occurrences(text, name):
            end = start + len(name)
            low = max(0, start - 3)
            edges = word_edges(text[low : end + 3])
            if (start - low not in edges and not (leads and text.endswith(leads, 0, start))) or end - low not in edges:
                continue  # 王平 inside 王平安: another word holds the name (提案人|马成林: jieba's 人马 does not)
            inside = [f for f in found if start <= f[0].start and f[0].end <= end]
            if any(f[0].start < end and start < f[0].end for f in found if f not in inside) \
                    or any(f[0].type == "Person" and (f[0].start, f[0].end) == (start, end) for f in inside):
                continue  # a longer name holds it, or the finders named this very person (海燕 of 于海燕 is the proposer's)
            if ends is None:
                ends = [m.end() for m in _SENTENCE_END.finditer(text)]
            found = [f for f in found if f not in inside]
            found.append((Candidate("Person", name, start, end, "person:proposer", 1), name, _sentence(text, ends, start, end)))
    return found


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, left to right, none overlapping the one before.

    >>> _occurrences("王芳王芳芳", "王芳"), _occurrences("无", "王芳")
    ([0, 2], [])
    """
    found: list[int] = []
    start = text.find(word)
    while start >= 0 and word:
        found.append(start)
        start = text.find(word, start + len(word))
    return found


def _order(m: Mention) -> tuple[int, int, int, str, str]:
    return (-1 if m.suggestion is None else m.suggestion, _FIELD_ORDER.get(m.field, 99), m.start, m.type, m.name)


def extract_table(table: ProposalTable, aliases: AliasRegistry | None = None) -> list[Mention]:
    """Every mention in every case of a table, the table's unit owning 我局.

    >>> from extract.model import ProposalTable
    >>> extract_table(ProposalTable(path="empty.txt", unit="市应急管理局"))
    []
    """
    registry = aliases if aliases is not None else shared_aliases()
    texts = [text for case in table.cases for _, _, text in case_fields(case)]
    ctx = Context(normalise_name(table.unit), registry)
    ctx.home = home_region(texts, ctx) if texts else ""
    mentions = []
    for case in table.cases:
        mentions.extend(extract_case(case, table.unit, table.path, registry, ctx.home, ctx=ctx))
    defined = {**zone_short_names(mentions, ctx), **defined_abbreviations(table, mentions)}
    if defined:  # 临港新片区 after “…临港新片区（以下简称临港新片区）” is the full name wherever it is written
        mentions = sorted(_defined_written(table, [_as_defined(m, defined, ctx) for m in mentions], defined), key=_order)
    structured = sorted({normalise_name(u) for case in table.cases for u in case.lead_units + case.co_units if u})
    folded = fold_long_names(fold_home_units(fold_short_sites(mentions, ctx), ctx), ctx, structured)
    return fold_bare_lines(fold_abbreviated_sites(fold_abbreviated_units(folded, ctx, structured), ctx), ctx)


#: “…有限公司（以下简称兰州供水集团）”: a short name the text defines for the name just before it
#: (or another name it is known by: 广州塔（又称广州新电视塔）),
#: after a remark of its own too (“…领导小组办公室（设在我局，以下简称省处非办）”).
_DEFINED = re.compile(r"[（(](?:[^（）()，,；;。]{1,12}[，,；;])?(?:以下简称|以下称|下称|简称|又称|亦称|也称|俗称)[：:]?[“\"「]?([^“”\"」（）()，,、；;。]{2,16}?)[”\"」]?[）)]")


def defined_abbreviations(table: ProposalTable, mentions: list[Mention]) -> dict[str, tuple[str, str]]:
    """Short or other names the table defines (以下简称…, 又称…) → the type and name of the mention
    they follow.

    >>> from extract.model import Case, Suggestion
    >>> case = Case("1", 2021, "关于供水的提案", "张三", "person", [], [], [Suggestion(1, "建议",
    ...     completed="指导兰州城市供水（集团）有限公司（以下简称兰州供水集团）开展治理。")])
    >>> table = ProposalTable(path="t.txt", unit="兰州市水务局", cases=[case])
    >>> defined_abbreviations(table, extract_table(table))
    {'兰州供水集团': ('Unit', '兰州城市供水（集团）有限公司')}
    """
    ends: dict[tuple[str, int | None, str, int], Mention] | None = None  # made at the first definition: most tables define none
    defined: dict[str, tuple[str, str]] = {}
    for case in table.cases:
        for number, field, text in case_fields(case):
            if "称" not in text:
                continue
            for match in _DEFINED.finditer(to_simplified(text)):
                if ends is None:
                    ends = {(m.case, m.suggestion, m.field, m.end): m for m in mentions}
                before = ends.get((case.case, number, field, match.start()))
                short = normalise_name(match.group(1))
                if before is not None and short != before.name:
                    defined.setdefault(short, (before.type, before.name))
    return defined


def zone_short_names(mentions: list[Mention], ctx: Context) -> dict[str, tuple[str, str]]:
    """The short names of the zones the table writes in full (``zone_short_kind`` rules): 火炬开发区 and
    中山火炬开发区 for the 中山火炬高技术产业开发区 it names, so that both are that zone wherever written.
    The zone's own words (火炬) are what is left after its place; two characters at least.

    >>> from extract.canon import AliasRegistry
    >>> ctx = Context("中山市应急管理局", AliasRegistry())
    >>> m = Mention("1", None, "title", "Site", "中山火炬高技术产业开发区", "中山火炬高技术产业开发区", 0, 12, "site_suffix:开发区", "", "")
    >>> sorted(zone_short_names([m], ctx))
    ['中山火炬开发区', '中山火炬高新区', '火炬开发区', '火炬高新区']
    """
    rules = ctx.lexicon.words("zone_short_kind")
    shorts: dict[str, tuple[str, str]] = {}
    for name in sorted({m.name for m in mentions if m.type == "Site"}):
        for short, longs in rules.items():
            long = next((l for l in longs.split("|") if name.endswith(l) and len(name) > len(l)), "")
            if not long:
                continue
            head = name[: -len(long)]
            place = next((head[:n] for n in range(min(len(head), 6), 1, -1) if head[:n] in ctx.lexicon.divisions), "")
            core = head[len(place) :]
            if len(core) >= 2 and core not in ctx.lexicon.divisions:
                shorts.setdefault(core + short, ("Site", name))
                if place:
                    shorts.setdefault(head + short, ("Site", name))
    return shorts


#: A defined short name this long or longer is looked for wherever the table writes it (深圳燃气, 安全院).
_DEFINED_MIN = 3


def _defined_written(table: ProposalTable, mentions: list[Mention], defined: dict[str, tuple[str, str]]) -> list[Mention]:
    """The table's mentions, and each short name it defines (深圳燃气 after “…（以下简称深圳燃气）”)
    wherever it is written and no finder named it: a mention of the full name, in place of the
    names found inside it (the 深圳 of 深圳燃气 is no place there). A longer name holding the
    short one (深圳燃气集团股份有限公司) keeps it."""
    shorts = sorted((s for s in defined if len(s) >= _DEFINED_MIN), key=len, reverse=True)
    if not shorts:
        return mentions
    pattern = re.compile("|".join(map(re.escape, shorts)))
    by_field: dict[tuple[str, int | None, str], list[Mention]] = {}
    for m in mentions:
        by_field.setdefault((m.case, m.suggestion, m.field), []).append(m)
    for case in table.cases:
        for number, field, text in case_fields(case):
            simple = to_simplified(text)
            if not any(s in simple for s in shorts):
                continue
            key = (case.case, number, field)
            kept, ends = by_field.get(key, []), [m.end() for m in _SENTENCE_END.finditer(text)]
            source = kept[0].source if kept else table.path
            for match in pattern.finditer(simple):
                start, end = match.span()
                if "简称" in simple[max(0, start - 6) : start] or "下称" in simple[max(0, start - 6) : start]:
                    kept = [m for m in kept if not (start <= m.start and m.end <= end and (m.start, m.end) != (start, end))]
                    continue  # the definition itself: the name it follows is the mention, none is inside it
                if any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) or m.start < start < m.end < end
                       or start < m.start < end < m.end or (m.start, m.end) == (start, end) for m in kept):
                    continue  # a longer name holds it, a name runs across its edge, or a finder named it
                type_, name = defined[match.group()]
                kept = [m for m in kept if not (start <= m.start and m.end <= end)]
                kept.append(Mention(case.case, number, field, type_, name, text[start:end], start, end, "abbreviation:defined",
                                    _sentence(text, ends, start, end), source))
            by_field[key] = kept
    return [m for ms in by_field.values() for m in ms]


def _as_defined(mention: Mention, defined: dict[str, tuple[str, str]], ctx: Context) -> Mention:
    """A mention of a defined short name as the full one; a body named after a defined place
    (临港新片区管委会) with the place's full name and its kind written out."""
    full = defined.get(mention.name) or defined.get(normalise_name(mention.text))
    if full:
        return replace(mention, type=full[0], name=full[1])
    if mention.type == "Unit":
        for short, (type_, name) in defined.items():
            if type_ == "Site" and mention.name.startswith(short) and len(mention.name) > len(short):
                return replace(mention, name=expand_abbreviation(name + mention.name[len(short):], ctx, kinds=True))
    return mention


def fold_abbreviated_sites(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """南昌高新区 is the 南昌高新技术产业开发区 the table also writes, 长吉高速 the 长吉高速公路
    (``site_abbreviation`` rules: the short kind, and the full kinds it may stand for).

    An abbreviated zone with no full name in the table stays as written.
    """
    rules = ctx.lexicon.words("site_abbreviation")
    if not rules:
        return mentions
    written = {m.name for m in mentions if m.type == "Site"}
    full: dict[str, str] = {}
    for name in written:
        for short, longs in rules.items():
            if name.endswith(short) and len(name) > len(short):
                candidates = [w for long in longs.split("|") for w in written if w.endswith(name[: -len(short)] + long)]
                if len(candidates) == 1:
                    full[name] = candidates[0]
    return [replace(m, name=full[m.name]) if m.type == "Site" and m.name in full else m for m in mentions]


#: A line written by its number alone (3号线, S1号线), and a line's network before its number (深圳地铁, 轨道交通).
_BARE_LINE = re.compile(r"[A-Z]?[0-9]{1,2}号线")
_LINE_NETWORK = re.compile(r"(.*[^0-9A-Z])([A-Z]?[0-9]{1,2}号线)")


def fold_bare_lines(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Name a line written by its number alone (与1号线换乘) by the network the table names its lines
    with: 贵阳 轨道交通1号线 … 1号线 is 轨道交通1号线, a Nanning table's 5号线 its 地铁5号线. The network of
    the same number wins; otherwise the one metro the table writes without a city (``line_prefix`` rules
    marked metro: 地铁, 轨道交通; not
    佛山地铁 or 有轨电车, which a Guangzhou table's 1号线 is not of). Two and no line of that number leave it
    as written."""
    bare = {m.name for m in mentions if m.type == "Site" and _BARE_LINE.fullmatch(m.name)}
    if not bare:
        return mentions
    networks: dict[str, set[str]] = {}  # line number → the networks written before it
    for m in mentions:
        named = _LINE_NETWORK.fullmatch(m.name) if m.type == "Site" and m.name.endswith("号线") and m.name not in bare else None
        if named:
            networks.setdefault(named.group(2), set()).add(named.group(1))
    metros = {w for w, kind in ctx.lexicon.words("line_prefix").items() if kind == "metro"}
    every = {n for found in networks.values() for n in found if n in metros}  # no tram's, no other city's
    full: dict[str, str] = {}
    for name in bare:
        own = networks.get(name, set())
        choice = own if own else every
        if len(choice) == 1:
            full[name] = next(iter(choice)) + name
    return [replace(m, name=full[m.name]) if m.type == "Site" and m.name in full else m for m in mentions] if full else mentions


def fold_home_units(mentions: list[Mention], ctx: Context) -> list[Mention]:
    """Name a body written with a bare 市 in full when the table writes it in full too.

    In a Shenzhen table that names 深圳市应急管理监测预警指挥中心, 市应急管理监测预警指挥中心
    is the same body. The owner keeps the name of the table's header.
    """
    written = {m.name for m in mentions if m.type == "Unit"}
    full: dict[str, str] = {}
    for name in written:
        for length in range(2, 5):
            city = ctx.lexicon.divisions.get(name[:length] + "市") if name[length : length + 1] == "市" else None
            if city and any(d.level == "city" and ctx.home and d.code.startswith(ctx.home[:4]) for d in city):
                full.setdefault(name[length:], name)
    if not full:
        return mentions
    return [replace(m, name=full[m.name]) if m.type == "Unit" and m.name in full and m.name != ctx.owner else m
            for m in mentions]


#: Legal forms a company's short name leaves out: 广州地铁集团 is 广州地铁集团有限公司.
_COMPANY_FORMS = ("有限公司", "股份有限公司", "有限责任公司")


def fold_long_names(mentions: list[Mention], ctx: Context, units: Iterable[str] = ()) -> list[Mention]:
    """Name a unit or platform written short by the longer name the table also writes.

    广州地铁集团 → 广州地铁集团有限公司 and 中铁隧道局 → 中铁隧道局集团有限公司 (the company's legal form), 渠务署 →
    香港特别行政区政府渠务署 (the longer name adds only places and levels), 天原集团 →
    宜宾天原集团股份有限公司 (both), and
    隧道结构安全监测预警平台 → 广州地铁隧道结构安全监测预警平台 (a platform named by the
    tail of a longer one). A short name with several longer ones stays as written;
    one in the same case wins. ``units`` are more names the table writes (its 承办/会办 columns).
    """
    longer: dict[tuple[str, str], list[str]] = {}
    names = {(m.type, m.name) for m in mentions if m.type in ("Unit", "Platform", "Site")}
    by_edge: dict[tuple[str, str], set[str]] = {}  # (type, first or last two characters) → names
    for type_, name in names | {("Unit", unit) for unit in units}:
        by_edge.setdefault((type_, "<" + name[:2]), set()).add(name)
        by_edge.setdefault((type_, ">" + name[-2:]), set()).add(name)
        core = _company_core(name) if type_ == "Unit" else name
        if core != name:  # 宜宾天原集团股份有限公司 ends like 天原集团 before its legal form, 开滦（集团）有限责任公司 like 开滦集团
            by_edge.setdefault((type_, ">" + core[-2:]), set()).add(name)
    for type_, name in names:
        options = by_edge.get((type_, "<" + name[:2]), set()) | by_edge.get((type_, ">" + name[-2:]), set())
        for other in sorted(options):
            if len(other) > len(name) >= 3 and _extends(name, other, type_, ctx):
                longer.setdefault((type_, name), []).append(other)
    if not longer:
        return mentions
    in_case = {(m.case, m.type, m.name) for m in mentions}
    folded = []
    for m in mentions:
        wider = sorted(longer.get((m.type, m.name), ()))
        local = [o for o in wider if (m.case, m.type, o) in in_case]
        choice = local if local else wider
        if len(choice) == 1 and m.name != ctx.owner:
            m = replace(m, name=choice[0])
        folded.append(m)
    return folded


def _without_company_form(name: str) -> str:
    """A company's name without its legal form (有限公司), or the name as it is."""
    form = next((f for f in sorted(_COMPANY_FORMS, key=len, reverse=True) if name.endswith(f)), "")
    return name[: len(name) - len(form)] if form and len(name) > len(form) else name


def _company_core(name: str) -> str:
    """A company's name without its legal form and with its group word out of brackets:
    开滦（集团）有限责任公司 → 开滦集团."""
    core = _without_company_form(name).replace("（集团）", "集团").replace("(集团)", "集团")
    return core[: -len("（控股）")] if core.endswith(("（控股）", "(控股)")) else core  # 天津市公共交通集团（控股）有限公司


def _extends(short: str, full: str, type_: str, ctx: Context) -> bool:
    """True when ``full`` is ``short`` with a legal form, or with places and levels before it,
    or both (天原集团 → 宜宾天原集团股份有限公司); a group word in brackets counts as written
    out, and a city's 市 as left out (深圳水务集团 → 深圳市水务（集团）有限公司)."""
    if type_ == "Unit" and full.startswith(short) and full[len(short):].removeprefix("集团") in _COMPANY_FORMS:
        return True  # 广州地铁集团 → …有限公司, 中铁隧道局 → …集团有限公司
    if type_ == "Unit" and full != short and not short.endswith(_COMPANY_FORMS) and _company_core(full) != full:
        core = _company_core(full)
        city = core.find("市", 2)
        if short == core or 2 <= city <= 4 and short == core[:city] + core[city + 1 :] and core[:city + 1] in ctx.lexicon.divisions:
            return True
    if type_ == "Unit" and not full.endswith(short) and not short.endswith(_COMPANY_FORMS):
        full = _without_company_form(full)
    if not full.endswith(short) or full == short:
        return False
    head = full[: len(full) - len(short)]
    if type_ == "Platform":  # not the shared tail of a list: 在线审批和监测预警平台
        return len(short) >= 5 and not any(joiner in head for joiner in JOINERS)
    return is_admin_words(head, ctx)


#: Level bodies kept as written unless the table names them in full: 市政府, 省政府, 市政府办公厅.
_BARE_LEVEL_BODY = re.compile(r"^[市省区县](?:政府|人民政府)(?:办公厅|办公室)?$")


def fold_abbreviated_units(mentions: list[Mention], ctx: Context, units: Iterable[str] = ()) -> list[Mention]:
    """Name an abbreviated unit by the one full name the table writes that it abbreviates.

    The abbreviated kinds of ``lexicon.tsv`` (卫健委 → 卫生健康委员会) point to a full name
    first; otherwise the characters decide.

    An abbreviation keeps the characters of the full name in order: 市林水局 is 杭州市林业水利局,
    市委社治委 is 中共成都市委城乡社区发展治理委员会, 局危化处 is the owner's
    危险化学品安全监督管理处. Full names are the table's 承办/会办 columns (``units``) and the
    units written out in its free text; one in the same case wins. A bare 市政府 stays as
    written unless the table writes its full name. A name the table's city was put before
    (升钟水库管理局) takes the place the unit columns give it instead (四川省升钟水库管理局). The kinds of
    evidence are :func:`_full_names`'s.
    """
    columns = {normalise_name(u) for u in units}
    full = columns | {m.name for m in mentions if m.type == "Unit" and _written_out(m, ctx)
                      and not _BARE_LEVEL_BODY.match(normalise_name(m.text))}
    by_last: dict[str, list[str]] = {}
    for name in sorted(full):
        by_last.setdefault(_comparable(name)[-1:], []).append(name)
    in_case = {(m.case, m.name) for m in mentions if m.type == "Unit"}
    other_names = _owner_other_names(ctx, full)
    prefixes = tuple(sorted({*_abbreviation_prefixes(ctx), *other_names}, key=len, reverse=True))
    by_comparable: dict[str, set[str]] = {}  # what a full name reads as, without its place (共青团郑州市委 → …)
    city = ctx.owner_prefix if ctx.owner_prefix.endswith(("市", "州", "盟")) else ""
    for f in full:
        comparable = _comparable(f)
        by_comparable.setdefault(comparable, set()).add(f)
        if city and city in comparable[1:]:  # 共青团思明区委 in a 厦门市 table: 共青团厦门市思明区委员会
            by_comparable.setdefault(comparable.replace(city, "", 1), set()).add(f)
    known: dict[tuple[str, str], list[str]] = {}  # the same name written the same way has the same full names
    folded = []
    short_owner = _comparable(ctx.owner)
    names = _TableNames(full, columns, by_last, by_comparable, prefixes, {})
    for m in mentions:
        branch = _owner_branch(m.name, ctx, prefixes) if m.type == "Unit" and m.rule == "unit:branch" else ""
        if branch:
            m = replace(m, name=branch)  # 市规土委宝安管理局 in a 深圳市规划和国土资源委员会 table: the owner's branch there
        elif m.type == "Unit" and short_owner != ctx.owner and m.name.startswith(short_owner) and len(m.name) - len(short_owner) >= 2 \
                and not m.name.startswith(ctx.owner):
            m = replace(m, name=ctx.owner + m.name[len(short_owner) :])  # 区商务委商贸流通科: the owner's division
        elif m.type == "Unit" and m.name not in columns and m.name != ctx.owner:
            written = normalise_name(m.text)
            if _BARE_LEVEL_BODY.match(written) and m.name not in full:
                district = owner_district(ctx) if written[0] in "区县" else ""
                rest = next((full + written[1 + len(short) :] for short, full in ctx.lexicon.words("unit_full_form").items()
                             if written.startswith(short, 1)), written[1:])  # 政府 → 人民政府
                own = district + rest if district.endswith(written[0]) else ""
                placed = expand_abbreviation(m.name, ctx, kinds=True)  # 市政府 in a 广州 table that names 广州市人民政府
                offices = [f for f in _government_offices(m.name, ctx) if f in full]  # 省政府办公厅 → 贵州省人民政府办公厅
                placed = placed if placed in full or len(offices) != 1 else offices[0]
                m = replace(m, name=own if own and own in full else placed if placed in full else written)  # 区政府 in a 城关区 bureau's table that names 拉萨市城关区人民政府
            else:
                options = known.get((m.name, written))
                if options is None:
                    keys = _abbreviation_keys(m, written, ctx) + [p + written[1:] for p in other_names if written[:1] == p[-1:]]
                    options = known[m.name, written] = sorted(_first_evidence(_full_names(m.name, written, keys, names, ctx)))
                local = [o for o in options if (m.case, o) in in_case]
                choice = local or options
                if len(choice) == 1:
                    m = replace(m, name=choice[0])
        folded.append(m)
    return folded


def _owner_branch(name: str, ctx: Context, prefixes: tuple[str, ...]) -> str:
    """The owner's branch in a place, when ``name`` is one written after an abbreviation of the owner
    (深圳市规土委宝安管理局 → 深圳市规划和国土资源委员会宝安管理局), else ""."""
    for child in ctx.lexicon.words("unit_child"):
        if not name.endswith(child):
            continue
        body = name[: len(name) - len(child)]
        for length in range(2, 6):
            head, place = body[: len(body) - length], body[len(body) - length :]
            if place in ctx.lexicon.divisions and head and head != ctx.owner \
                    and _abbreviates(head, ctx.owner, prefixes, own=ctx.lexicon):
                return ctx.owner + place + child
    return ""


@dataclass(frozen=True)
class _TableNames:
    """The full unit names of a table, indexed the ways :func:`_full_names` looks them up."""

    full: set[str]
    columns: set[str]
    by_last: dict[str, list[str]]  # by their last character (as _comparable writes them)
    by_comparable: dict[str, set[str]]  # by what they read as without 委员会/办公室 or the city
    prefixes: tuple[str, ...]  # administrative prefixes an abbreviation shares with its full name
    by_kind: dict[str, list[str]]  # by the abbreviated kind they end in, filled as asked


def _full_names(name: str, written: str, keys: list[str], names: _TableNames, ctx: Context) -> Iterator[set[str]]:
    """The full names a unit written ``written`` (named ``name``) may stand for, by each kind of
    evidence in turn, strongest first; the caller takes the first that finds any."""
    full = names.full
    yield _affiliated_written_alone(written, full) | _school_written_short(written, full)
    expanded = {expand_abbreviation(key, ctx, kinds=True) for key in keys} - set(keys)
    if expanded:  # 东莞市医保局 → 东莞市医疗保障局; 省外办 → 辽宁省人民政府外事办公室; 市公交集团 → …公共交通集团（控股）有限公司
        yield {f for f in full for e in expanded if f.endswith(e) and (f == e or is_admin_words(f[: -len(e)], ctx))
               or e.endswith("集团") and _company_core(f) == e} \
            | {f for e in expanded for f in _government_offices(e, ctx) if f in full}
    yield {f for key in keys if len(key) >= 4 for f in names.by_comparable.get(key, ()) if f != key}  # 共青团郑州市委
    yield {key for key in keys[1:] if key in full and key != name}
    yield {f for key in keys for f in names.by_last.get(key[-1:], ())
           if _abbreviates(key, f, names.prefixes, ctx.lexicon if f == ctx.owner else None, ctx.lexicon.words("abbreviation_skip"))}
    yield _placed_elsewhere(name, written, names.columns, ctx)
    yield _city_written_short(name, full, ctx)
    yield {placed} if (placed := own_district_name(name, ctx)) in full else set()  # 南山消防救援大队: 深圳市南山区…
    yield _branch_written_short(written, full, ctx) or _branch_written_short(name, full, ctx)
    yield _branch_written_alone(written, full, ctx)
    yield _stem_written_short(written, full, ctx, names.by_kind)
    yield _in_national_system(name, full, ctx)
    yield {f for key in keys for f in _government_offices(key, ctx) if f in full}  # 区港澳事务局
    yield _division_written_short(written, full, ctx)
    yield _group_written_short(written, full, ctx)
    yield _grid_company_written_short(written, full)
    yield _squad_written_short(written, full)


#: A fire or traffic-police squad written by its district: 福田消防大队, 宝安消防救援中队, 交警龙岗大队.
_SQUAD_SHORT = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?)(?:公安)?(?P<trade>消防)(?:救援)?(?P<kind>大队|中队)"
                          r"|(?P<trade2>交警)(?P<place2>[\u4e00-\u9fff]{2,3}?)(?P<kind2>大队|中队)")
#: The words of a brigade's name a squad written short stands for, by the trade it is written with.
_SQUAD_TRADES = {"消防": ("消防", ("支队",)), "交警": ("交通警察", ("支队", "局"))}


def _squad_written_short(written: str, full: set[str]) -> set[str]:
    """福田消防大队 → 深圳市公安消防支队福田大队, 交警龙岗大队 → 深圳市公安局交通警察局龙岗大队: a brigade's
    squad written by its district's short name and the brigade's trade, where the table writes it in full."""
    match = _SQUAD_SHORT.fullmatch(written)
    if match is None:
        return set()
    trade = match.group("trade") or match.group("trade2")
    tail = (match.group("place") or match.group("place2")) + (match.group("kind") or match.group("kind2"))
    word, parents = _SQUAD_TRADES[trade]
    return {f for f in full if f.endswith(tail) and word in f and f[: -len(tail)].endswith(parents)}


def _first_evidence(evidence: Iterator[set[str]]) -> set[str]:
    """The full names the first kind of evidence that finds any gives, or, when it gives several, the one
    a later kind singles out among them (大鹏办事处 in a 大鹏新区 table: the zone's three offices, then the one
    whose name ends the same)."""
    first: set[str] = set()
    for options in evidence:
        if not options:
            continue
        if not first:
            first = options
            if len(first) == 1:
                return first
        elif len(options) == 1 and options <= first:
            return options
    return first


def _affiliated_written_alone(written: str, full: set[str]) -> set[str]:
    """盛京医院 is the 中国医科大学附属盛京医院 the table writes: a body affiliated to another, named
    without it (four characters or more)."""
    return {f for f in full if len(written) >= 4 and f.endswith("附属" + written)} if "附属" not in written else set()


#: A numbered middle school written short: the place, the number (银川一中).
_NUMBERED_SCHOOL = re.compile(r"(.+?)([一二三四五六七八九十]{1,3})中")


def _school_written_short(written: str, full: set[str]) -> set[str]:
    """银川一中 is the 银川市第一中学 the table writes: a place, the school's number, 中."""
    school = _NUMBERED_SCHOOL.fullmatch(written)
    if school is None:
        return set()
    return {f for f in full if f.startswith(school.group(1)) and f.endswith(f"第{school.group(2)}中学") and len(f) - len(written) <= 4}


def _grid_company_written_short(written: str, full: set[str]) -> set[str]:
    """国网盐城供电公司 is the 国网江苏省电力有限公司盐城供电分公司 the table writes: a city's power
    company of the State Grid written without its province's company. One full name only."""
    if not written.startswith("国网") or "供电" not in written:
        return set()
    city = written[2 : written.index("供电")]
    fits = {f for f in full if f.startswith("国网") and f != written and len(city) >= 2 and city + "供电" in f}
    return fits if len(fits) == 1 else set()


def _group_written_short(written: str, full: set[str], ctx: Context) -> set[str]:
    """兴发集团 is the 湖北兴发化工集团股份有限公司 the table writes, 华锦集团 its 北方华锦化学工业集团有限公司,
    哈投集团 its 哈尔滨投资集团有限责任公司: a group written with two characters of its full name, in
    order, the first opening the words after a place (or the place's first character, then one of
    the next word's: 哈投, 深铁 of 深圳市地铁集团); 河钢集团 is not 河北津西钢铁集团. One full name only."""
    places = ctx.lexicon.divisions
    place = next((written[:n] for n in range(min(len(written) - 4, 6), 1, -1) if written[:n] in places), "")
    if not written.endswith("集团") or len(written) - len(place) != 4:
        return set()  # 天津轨道集团: the place, then two characters
    key = written[len(place) : len(place) + 2]
    regions = ctx.lexicon.words("company_region")  # 北方华锦… → 华锦集团: a region the short name leaves out
    fits = set()
    for name in full:
        core = _company_core(name)
        if core == name or not core.endswith("集团") or len(core) <= len(written) or place and not core.startswith(place):
            continue
        stem = core[len(place) : -2]
        if place and stem[:1] in "省市":
            stem = stem[1:]  # 云南交投集团: 云南省交通投资建设集团, its 省 left out with the place
        opening = [n for n in range(2, min(len(stem) - 1, 6) + 1) if stem[:n] in places or stem[:n] in regions]
        if place and stem[:1] == key[0] and key[1] in stem[1:] \
                or any(stem[n] == key[0] and stem.find(key[1], n + 1) > n for n in opening) \
                or opening and stem[0] == key[0] and key[1] in stem[opening[-1] : opening[-1] + 2] \
                or not opening and stem[0] == key[0] and stem.find(key[1], 2) > 1:
            fits.add(name)  # after the place (兴发), or the place's first character and the next word's (哈投)
    return fits if len(fits) == 1 else set()


def _division_written_short(written: str, full: set[str], ctx: Context) -> set[str]:
    """延边州人民政府 is the 延边朝鲜族自治州人民政府 the table writes: a body's name opening with a
    division's short form (延边州, 阿坝州) is the one the table writes with the full name; its kind
    may be written short too (``unit_full_form``: 土右旗政府 is 土默特右旗人民政府)."""
    places = ctx.lexicon.divisions
    for length in range(min(len(written) - 1, 6), 1, -1):
        head = written[:length]
        if head in places:
            rest = written[length:]
            rests = {rest} | {long + rest[len(short) :] for short, long in ctx.lexicon.words("unit_full_form").items() if rest.startswith(short)}
            return {f for d in places[head] if d.name != head for r in rests for f in (d.name + r,) if f in full}  # 土右旗政府: …人民政府
    return set()


def _in_national_system(name: str, full: set[str], ctx: Context) -> set[str]:
    """市税务局 is the 国家税务总局泰安市税务局 the table writes: a bureau of a national system
    (``vertical_head``) written without the system's name."""
    return {head + name for head in ctx.lexicon.words("vertical_head") if head + name in full}


def _stem_written_short(written: str, full: set[str], ctx: Context, by_kind: dict[str, list[str]]) -> set[str]:
    """湘江新区管委会 is the 湖南湘江新区管理委员会 the table writes, 大科城管委会 its 岳麓山大学科技城
    管理委员会, 长沙高新区管委会 its 长沙高新技术产业开发区管理委员会: an abbreviated kind
    (``unit_abbreviation``) after a name written short, its characters in order in the full name's,
    the first or the last of them the same. Only one full name of the table may fit."""
    lex = ctx.lexicon
    abbreviations = lex.words("unit_abbreviation")
    longest_first = lex.derived("mentions:abbreviations-longest-first", lambda: tuple(sorted(abbreviations, key=len, reverse=True)))
    ending = next((w for w in longest_first if written.endswith(w) and len(written) - len(w) >= 2), "")
    if not ending:
        return set()
    stem, kind = written[: -len(ending)], abbreviations[ending]
    if kind not in by_kind:
        by_kind[kind] = [f for f in full if f.endswith(kind)]
    fits = {f for f in by_kind[kind] if _stem_shortens(stem, f[: -len(kind)])}
    if len(fits) > 1:  # 江宁开发区管委会: the 江宁经济技术开发区's, not the 江宁滨江经济开发区's (``site_abbreviation``)
        spelled = {stem[: -len(short)] + long for short, long in lex.words("site_abbreviation").items() if stem.endswith(short)}
        fits = {f for f in fits if f[: -len(kind)] in spelled}
    return fits if len(fits) == 1 else set()


def _stem_shortens(stem: str, target: str) -> bool:
    if len(target) <= len(stem) or stem[0] != target[0] and stem[-1] != target[-1]:
        return False
    position = 0
    for char in stem:
        position = target.find(char, position) + 1
        if not position:
            return False
    return True


def _government_offices(short: str, ctx: Context) -> list[str]:
    """辽宁省外事办公室 may be the 辽宁省人民政府外事办公室 the table writes: the office of a place's
    government, written without the government, or with 政府 alone (深圳市政府口岸办公室)."""
    return [short[:length] + "人民政府" + short[length + 2 * short.startswith("政府", length) :] for length in range(2, min(12, len(short)))
            if short[:length] in ctx.lexicon.divisions or short[length - 1 : length] in "省市区县" and is_admin_words(short[:length], ctx)]


def _owner_other_names(ctx: Context, full: set[str]) -> list[str]:
    """The other name of the owner's district that its header gives in brackets (青岛市黄岛区（西海岸新区）
    教育和体育局), as the table's full unit names write it (青岛西海岸新区…): the prefix 区发改局 then
    takes there too."""
    other = re.search(r"[（(]([^（）()]{2,8}[区县])[）)]", ctx.owner)
    if other is None:
        return []
    word = other.group(1)
    return sorted({f[: f.index(word) + len(word)] for f in full if word in f and f != ctx.owner})


def _branch_written_short(written: str, full: set[str], ctx: Context) -> set[str]:
    """闵行公安分局 is the 上海市公安局闵行分局 the table writes: a branch written as its place and a
    short kind (``branch_short`` rules: 公安分局 → the parent 公安局 and the ending 分局) is the full
    name with that parent and place."""
    short = _branch_short(ctx.lexicon).search(written)
    if short is None or short.group(1).endswith("州"):
        return set()  # a prefecture's, no branch (万州区 keeps its 州: only a prefecture's name ends in it)
    parent, ending = ctx.lexicon.words("branch_short")[short.group(2)].split("|")
    places = {short.group(1), short.group(1).rstrip("区县")} - {""}
    return {f for f in full if f.endswith(ending) and parent in f
            and any(f[f.index(parent) + len(parent) :] in (p + ending, p + "区" + ending, p + "县" + ending) for p in places)}


def _branch_written_alone(written: str, full: set[str], ctx: Context) -> set[str]:
    """宝安监管局 is the 深圳市市场监督管理局宝安监管局 the table writes, 宝安管理局 its
    深圳市规划和国土资源委员会宝安管理局: a body named by its place and kind, which one full name of the
    table ends with, right after its parent body. One only."""
    places = ctx.lexicon.divisions
    if len(written) < 4 or not any(written[:n] in places or written[:n] + "区" in places for n in range(2, min(len(written) - 1, 5))):
        return set()  # (光明管理局: 光明区 has no short form in the gazetteer)
    fits = {f for f in full if f.endswith(written) and len(f) - len(written) >= 4 and (f[-len(written) - 1] in "局厅委部"
                                                                                     or f.endswith("委员会" + written))}
    return fits if len(fits) == 1 else set()


def _branch_short(lex: Lexicon) -> re.Pattern[str]:
    """闵行公安分局, 江北区公安分局, 万州区公安分局: the place (two to four Han characters, no 市 or 省
    among them) and the short kind of a branch."""
    return lex.derived("mentions:branch-short", lambda: re.compile(r"((?:(?![市省])[\u4e00-\u9fff]){2,4})(" + trie_pattern(lex.words("branch_short")) + ")$"))


def _city_written_short(name: str, full: set[str], ctx: Context) -> set[str]:
    """南京市江北新区建设与交通局 is the 南京江北新区建设与交通局 the table writes: the same name with its
    city written without 市, as a zone's bodies are."""
    city = ctx.owner_prefix
    if not (city.endswith("市") and len(city) >= 3 and name.startswith(city)):
        return set()
    short = city[:-1] + name[len(city) :]
    return {short} if short in full else set()


def _owner_places(ctx: Context) -> list[str]:
    """The places the owner's name opens with, longest first: its zone (深圳市大鹏新区), its district
    (深圳市宝安区), its city or prefix (深圳市, 惠州大亚湾经济技术开发区); not a bare level."""
    places = [ctx.owner_prefix] if ctx.owner_prefix not in ("市", "省", "区", "县") else []
    district = owner_district(ctx)
    if district:
        places.append(district)
    for zone in ctx.lexicon.words("zone_word"):
        at = ctx.owner.find(zone, len(ctx.owner_prefix) + 2)
        if at > 0:
            places.append(ctx.owner[: at + len(zone)])
    return sorted(set(places), key=len, reverse=True)


def _placed_elsewhere(name: str, written: str, columns: set[str], ctx: Context) -> set[str]:
    """升钟水库管理局, named 南充市升钟水库管理局 after the table's city: the table's unit columns
    name it 四川省升钟水库管理局, with a place of its own."""
    if name == written:  # 澳头街道办事处, 南澳街道办事处: the unit columns write it with the owner's place
        for place in _owner_places(ctx):
            if place + written in columns:
                return {place + written}
    if name == written or not name.endswith(written) or not is_admin_words(name[: -len(written)], ctx):
        return set()
    return {f for f in columns if f != name and f.endswith(written) and len(f) > len(written) and is_admin_words(f[: -len(written)], ctx)}


def _written_out(m: Mention, ctx: Context) -> bool:
    """True when a unit's name only adds the owner's place or name to what the text writes."""
    if m.name[:1] in "市省局":
        return False  # 市委社治委: a bare level is no full name
    written = normalise_name(m.text)
    return m.name.endswith(written) or m.name in _abbreviation_keys(m, written, ctx)[1:]


def _comparable(name: str) -> str:
    """A full name as its abbreviations write it: 委员会 is 委, 办公室 is 办 (国防科工办), a leading
    中共 is left out."""
    name = name[2:] if name.startswith("中共") else name
    return name[:-2] if name.endswith(("委员会", "办公室")) else name


def _abbreviation_prefixes(ctx: Context) -> tuple[str, ...]:
    from extract.finders.unit import owner_level_place, owner_province

    district = owner_district(ctx)
    found = [ctx.owner, ctx.owner_prefix, owner_province(ctx), district, district[len(ctx.owner_prefix) :],
             owner_level_place("市", ctx)]  # 康定市 of a 甘孜藏族自治州康定市 bureau
    return tuple(sorted({p for p in found if p}, key=len, reverse=True))


def _abbreviation_keys(m: Mention, written: str, ctx: Context) -> list[str]:
    """The mention's name, and its written form with a bare 市/省/局 made the owner's."""
    from extract.finders.unit import owner_level_place, owner_province

    keys = [m.name]
    city, province = ctx.owner_prefix, owner_province(ctx)
    if written.startswith("市") and city.endswith("市") and city != "市":
        keys.append(city + written[1:])
    elif written.startswith("市") and (own := owner_level_place("市", ctx)):
        keys.append(own + written[1:])  # 市林草局 in a 甘孜藏族自治州康定市 bureau's table: 康定市's
    elif written.startswith("省") and province:
        keys.append(province + written[1:])
    elif written.startswith("局") and ctx.owner.endswith("局"):
        keys.append(ctx.owner + written[1:])
    elif written.startswith(("区", "县")) and owner_district(ctx).endswith(written[0]):
        keys.append(owner_district(ctx) + written[1:])  # 区绿化市容局 in a 浦东新区 bureau's table
        bare = owner_district(ctx)[len(ctx.owner_prefix) :]
        if bare and bare != owner_district(ctx):
            keys.append(bare + written[1:])  # 区住建局 → 长安区住建局, as a table writes its district's bodies without the city
    elif m.name == written and city.endswith("市") and city != "市" and written[0] not in "市省区县局" \
            and not any(written[:n] in ctx.lexicon.divisions for n in range(2, 5)):
        keys.append(city + written)  # 邛海泸山景区管理局, a park's body named by the park: the city's table may write it with the city
    league = _YOUTH_LEAGUE.fullmatch(written)
    if league:  # 团省委, 区团委: the Communist Youth League's committee of the owner's province, city or district
        level = league.group(1) or league.group(2)
        place = {"省": province, "市": city if city.endswith("市") else ""}.get(level, owner_district(ctx))
        if place.endswith(level):
            keys.append("共青团" + place + "委")
    return keys


#: 团省委, 团市委, 区团委: a youth league committee written by its level alone.
_YOUTH_LEAGUE = re.compile(r"团([省市区县])委|([省市区县])团委")


def _abbreviates(key: str, full: str, prefixes: tuple[str, ...], own: Lexicon | None = None,
                 skips: Iterable[str] = ()) -> bool:
    """True when ``key`` is ``full`` with characters left out after a shared administrative prefix.

    At least three characters follow the prefix (two for a committee of four or more: 区科委 →
    静安区科学技术委员会), the first and the last of them written as in the full name (市林水局 →
    杭州市林业水利局; 市委 abbreviates nothing). The table's own unit (``own``: the lexicon, given when
    ``full`` is the owner) may also be written without its first words, when four characters or more
    are left and the words left out name no place, nor a zone (区更新整备局 in a 福田区城市更新和土地整备局
    table; 长春市城市管理局 is not 长春市朝阳区城市管理局, 深圳市应急管理局 not 深圳市大鹏新区应急管理局). A word
    abbreviations leave out (``skips``: 城乡, 自然) may open the full name before the first
    character written (市建委 → 杭州市城乡建设委员会, 市资源规划局 → 济南市自然资源和规划局).
    """
    target = _comparable(full)
    prefix = next((p for p in prefixes if key.startswith(p) and target.startswith(p)), "")
    committee = key.endswith("委") and full.endswith("委员会") and len(target) - len(prefix) >= 5  # 区科委: 科学技术委员会
    if not prefix or len(key) - len(prefix) < (2 if committee else 3) or len(target) <= len(key) or target.startswith(key):
        return False  # 杭州市公安局 is no abbreviation of its 杭州市公安局西湖区分局
    skipped = next((len(w) for w in skips if target.startswith(w, len(prefix)) and target[len(prefix) + len(w) : len(prefix) + len(w) + 1]
                    == key[len(prefix)]), 0)
    if target[len(prefix)] != key[len(prefix)] and not skipped \
            and not (own and len(key) - len(prefix) >= 4 and _skips_no_place(target, prefix, own)) or target[-1] != key[-1]:
        return False
    street = key.find("街道")
    if street >= 2 and key[street - 2 : street + 2] not in target:
        return False  # 大鹏街道办事处 is not 深圳市大鹏新区葵涌街道办事处: a street is named in full
    position = len(prefix) + skipped
    for char in key[len(prefix):]:
        position = target.find(char, position) + 1
        if not position:
            return False
    return True


def _skips_no_place(target: str, prefix: str, lex: Lexicon) -> bool:
    """True when what ``target`` writes after the prefix starts with no place (城市更新和土地整备局,
    not 朝阳区城市管理局) and no zone (``zone_word``: 大鹏新区应急管理局)."""
    rest = target[len(prefix) :]
    return not any(rest[:length] in lex.divisions or rest[:length].endswith(word_tuple(lex, "zone_word")) and length >= 4
                   for length in range(2, min(len(rest), 10) + 1))


def unit_names_written_out(names: Iterable[str]) -> dict[str, str]:
    """Abbreviated unit name → its full name, for each of ``names`` the ``unit_abbreviation``
    rules write out (the names :func:`corpus_unit_names` may fold, whatever the corpus holds).

    >>> unit_names_written_out(["深圳市卫健委", "深圳市卫生健康委员会"])
    {'深圳市卫健委': '深圳市卫生健康委员会'}
    """
    ctx = Context("", AliasRegistry())  # the abbreviation rules are the lexicon's; no alias is read
    return {name: full for name in sorted(set(names)) if (full := expand_abbreviation(name, ctx, kinds=True)) != name}


def corpus_unit_names(names: Iterable[str]) -> dict[str, str]:
    """Across the tables of a corpus: abbreviated unit name → the full name another table writes.

    One table keeps 深圳市卫健委 as written when it names no full body; when another table
    of the corpus writes 深圳市卫生健康委员会, both are one unit. Only abbreviations the
    ``unit_abbreviation`` rules write out, into a name the corpus holds, are folded.

    >>> corpus_unit_names(["深圳市卫健委", "深圳市卫生健康委员会", "重庆市交通局"])
    {'深圳市卫健委': '深圳市卫生健康委员会'}
    """
    held = set(names)
    return {name: full for name, full in unit_names_written_out(held).items() if full in held}
