"""The finders' knowledge, read once from ``extract/data``: suffixes, stop words,
generic names, person titles, surnames and the gazetteer of administrative divisions.

Code holds the mechanism; these files hold the knowledge. Each rule row has an id
(``unit_suffix:局``) that a mention's ``rule`` can point back to.
"""

from __future__ import annotations

import csv
import logging
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable

from extract.canon import DATA_DIR

__all__ = ["Division", "Lexicon", "former_counties", "load_lexicon", "trie_pattern", "tokenizer", "contains_word_at", "words_across", "suffix_regex",
           "words_index", "word_at", "long_titles"]


#: The most answers a :meth:`Lexicon.memo` table keeps (names are short: some tens of MB at most).
MEMO_LIMIT = 200_000
#: Stands for "not worked out yet" in a :meth:`Lexicon.memo` table.
_UNKNOWN = object()
#: The words of a kind the lexicon has none of (shared: callers only read it).
_NO_WORDS: dict[str, str] = {}


@dataclass(frozen=True)
class Division:
    """An administrative division of the gazetteer."""

    code: str
    name: str
    level: str  # province, city, county


@dataclass
class Lexicon:
    """Everything the finders look words up in. Build with :func:`load_lexicon`."""

    rules: dict[str, dict[str, str]] = field(default_factory=dict)  # kind → value → arg
    divisions: dict[str, list[Division]] = field(default_factory=dict)  # surface → divisions
    surnames: frozenset[str] = frozenset()
    world: dict[str, str] = field(default_factory=dict)  # surface → canonical name, outside China
    countries: frozenset[str] = frozenset()  # the written forms of countries (日本, 新加坡) among them
    landmarks: dict[str, str] = field(default_factory=dict)  # surface → canonical name: 贺兰山, 外滩, 罗布林卡
    _generic: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _derived: dict[str, Any] = field(default_factory=dict, repr=False)

    def words(self, kind: str) -> dict[str, str]:
        """The values of one rule kind, mapped to their argument column."""
        return self.rules.get(kind, _NO_WORDS)

    def derived(self, key: str, build: Callable[[], Any]) -> Any:
        """A value computed once from the lexicon: a compiled pattern, a filtered word set."""
        value = self._derived.get(key)
        if value is None:
            value = self._derived[key] = build()
        return value

    def memo(self, key: str) -> dict[Any, Any]:
        """A table of answers worked out from the lexicon alone (is this name generic?), shared by
        every table a process reads; emptied when it outgrows ``MEMO_LIMIT`` entries."""
        table = self._derived.get(key)
        if table is None or len(table) > MEMO_LIMIT:
            table = self._derived[key] = {}
        return table

    def remember(self, key: str, compute: Callable[..., Any], *args: Any) -> Any:
        """``compute(*args, self)``, worked out once per ``args`` in the :meth:`memo` table ``key``:
        for answers that depend on a name and the lexicon alone."""
        table = self.memo(key)
        value = table.get(args, _UNKNOWN)
        if value is _UNKNOWN:  # not None: an answer may be None, and is remembered too
            value = table[args] = compute(*args, self)
        return value

    def regex(self, kind: str) -> re.Pattern[str]:
        """A compiled trie pattern matching any word of one rule kind."""
        return self.derived("regex:" + kind, lambda: re.compile(trie_pattern(self.words(kind))))

    def generic(self, type_: str) -> frozenset[str]:
        """Names that are no entity of this type (信息化系统, 全市 …)."""
        cached = self._generic.get(type_)
        if cached is None:
            cached = frozenset(value for value, arg in self.words("generic_name").items() if arg == type_)
            self._generic[type_] = cached
        return cached


def _level(code: str) -> str:
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """The rows of a rule file; an id written twice is an error naming both rows (a rule kept
    twice would be edited in one place and not the other)."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    first: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        if (key := row.get("id")) is not None and first.setdefault(key, number) != number:
            from tiangraph.errors import InputError

            raise InputError(f"rule id {key!r} written again (first in row {first[key]})", str(path), row=number)
    return rows


def _read_divisions(path: Path) -> dict[str, list[Division]]:
    surfaces: dict[str, list[Division]] = defaultdict(list)
    for row in _read_tsv(path):
        code = row["id"].split(":", 1)[1]
        division = Division(code, row["name"], _level(code))
        surfaces[row["name"]].append(division)
        for short in filter(None, (row.get("short") or "").split("|")):  # 寻甸|寻甸县
            surfaces[short].append(division)
    return dict(surfaces)


def _read_world(path: Path) -> tuple[dict[str, str], frozenset[str]]:
    """world.tsv (countries and large cities outside China): every written form → its name, and
    the written forms of countries."""
    surfaces: dict[str, str] = {}
    countries: set[str] = set()
    for row in _read_tsv(path):
        for form in [row["name"], *filter(None, (row.get("other") or "").split("|"))]:
            surfaces.setdefault(form, row["name"])
            if row.get("kind") == "country":
                countries.add(form)
    return surfaces, frozenset(countries)


def _read_landmarks(path: Path, divisions: dict[str, list[Division]], world: dict[str, str]) -> dict[str, str]:
    """landmarks.tsv, China's landmarks written without a kind of place the site finder reads
    (贺兰山 holds the county 贺兰; 外滩, 罗布林卡, 三坊七巷 end in no suffix), curated by hand: every
    written form → its name. A form that names a division or a place abroad is theirs. A data folder
    without the file has no landmarks."""
    surfaces: dict[str, str] = {}
    if not path.exists():
        return surfaces
    for row in _read_tsv(path):
        for form in [row["name"], *filter(None, (row.get("other") or "").split("|"))]:
            if form not in divisions and form not in world:
                surfaces.setdefault(form, row["name"])
    return surfaces


def former_counties(lex: Lexicon) -> frozenset[str]:
    """The names the gazetteer's county-level districts and cities had as counties, where no
    division has that name now: 湟中区 was 湟中县 until 2019, and tables of earlier years write so."""
    return lex.derived("lexicon:former-counties", lambda: frozenset(
        {d.name[:-1] + "县" for divisions in lex.divisions.values() for d in divisions
         if d.level == "county" and d.name.endswith(("区", "市")) and len(d.name) >= 3 and "\u3400" <= d.name[-2] <= "\u9fff"}
        - set(lex.divisions)))


@lru_cache(maxsize=1)
def load_lexicon(data_dir: str = str(DATA_DIR)) -> Lexicon:
    """Read the bundled rule files once.

    >>> "局" in load_lexicon().words("unit_suffix")
    True
    """
    base = Path(data_dir)
    rules: dict[str, dict[str, str]] = defaultdict(dict)
    for row in _read_tsv(base / "lexicon.tsv"):
        rules[row["kind"]][row["value"]] = row.get("arg") or ""
    lines = (base / "surnames.txt").read_text(encoding="utf-8").splitlines()
    surnames = frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    world, countries = _read_world(base / "world.tsv")
    divisions = _read_divisions(base / "divisions.tsv")
    return Lexicon(dict(rules), divisions, surnames, world, countries, _read_landmarks(base / "landmarks.tsv", divisions, world))


def trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of the words, longest first, as a trie.

    A trie-shaped pattern makes the regex engine test one branch per character,
    where a flat alternation of thousands of names would try them all.

    >>> re.fullmatch(trie_pattern(["深圳", "深圳市", "东莞"]), "深圳市") is not None
    True
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie) or "(?!)"


def _trie_regex(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _trie_regex(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return "(?:" + body + ")?"
    return body


#: Rule kinds whose words the tokenizer learns as words of their own.
_ADDED_KINDS = ("stop", "unit_suffix", "unit_abbreviation", "platform_suffix", "site_suffix", "person_title", "generic_word")
#: Every rule kind the tokenizer's words depend on (see :mod:`extract.finders.wordcache`).
TOKENIZER_KINDS = _ADDED_KINDS + ("name_phrase",)


@lru_cache(maxsize=1)
def tokenizer() -> Any:
    """A private, quiet jieba tokenizer with the gazetteer and suffixes as user words."""
    try:
        with warnings.catch_warnings():  # jieba's own import warns about pkg_resources
            warnings.simplefilter("ignore")
            import jieba
    except ImportError as error:  # pragma: no cover - jieba is a dependency
        raise ImportError("tiangraph needs jieba for word boundaries: pip install jieba") from error
    logging.getLogger("jieba").setLevel(logging.ERROR)
    jieba.setLogLevel(logging.ERROR)
    tok = jieba.Tokenizer()
    tok.initialize()
    lex = load_lexicon()
    for word in lex.divisions:
        tok.add_word(word, freq=2000)
    for kind in _ADDED_KINDS:
        for word in lex.words(kind):
            if len(word) > 1:
                tok.add_word(word, freq=3000)
    suffixes = sorted(lex.words("unit_suffix"), key=len, reverse=True)
    for word in lex.words("unit_abbreviation"):  # 住建 of 住建局 is a word of its own: 省住建厅
        stem = next((word[: -len(s)] for s in suffixes if word.endswith(s)), "")
        if len(stem) > 1 and not tok.FREQ.get(stem):
            tok.add_word(stem, freq=3000)
    for word in lex.words("name_phrase"):  # 联合创新 stays one word, so its 联合 ends no name
        tok.add_word(word, freq=30000)
    return tok


def contains_word_at(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """True when one of ``words`` overlaps ``[start, end)`` and reaches beyond it.

    A word wholly inside the span (委员 in 委员会) does not count.

    >>> contains_word_at("产业布局", 3, 4, ["布局"])
    True
    """
    return bool(words_across(text, start, end, words))


def words_across(text: str, start: int, end: int, words: Iterable[str]) -> list[tuple[int, int]]:
    """The spans of ``words`` that overlap ``[start, end)`` and reach beyond it, overlapping ones too.

    At each position the longest word starting there counts (as a trie pattern searched from each
    position in turn would find it); the words are looked up by their first character, so that a
    window of a few characters costs a few look-ups.

    >>> words_across("局部署", 0, 1, ["局部", "部署"])
    [(0, 2)]
    >>> words_across("高新区建设", 2, 3, ["新区", "新区建设", "建设"])
    [(1, 5)]
    """
    index, known, longest = words_index(words)
    low, high = max(0, start - longest + 1), min(len(text), end + longest - 1)  # no word starting before end reaches past high
    found: list[tuple[int, int]] = []
    for position in range(low, min(end, high)):
        lengths = index.get(text[position])
        if lengths is None:
            continue  # most characters start no word
        for length in lengths:  # longest first
            stop = position + length
            if stop <= high and text[position:stop] in known:
                if stop > start and (position < start or stop > end):
                    found.append((position, stop))
                break
    return found


#: Word tables by first character, by identity (as :data:`_BY_ID`).
_INDEX_BY_ID: dict[int, tuple[Any, dict[str, tuple[int, ...]], Any, int]] = {}


def words_index(words: Iterable[str]) -> tuple[dict[str, tuple[int, ...]], Any, int]:
    """The lengths of the words starting with each character (longest first), the words to look
    up, and the longest length; a table passed again (a dict or frozenset) is not indexed again."""
    cached = _INDEX_BY_ID.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1], cached[2], cached[3]
    known = words if isinstance(words, (dict, frozenset, set)) else frozenset(words)
    lengths: dict[str, set[int]] = defaultdict(set)
    for word in known:
        if word:
            lengths[word[0]].add(len(word))
    index = {char: tuple(sorted(found, reverse=True)) for char, found in lengths.items()}
    longest = max((len(w) for w in known), default=1)
    if isinstance(words, (dict, frozenset)) and len(_INDEX_BY_ID) < 256:
        _INDEX_BY_ID[id(words)] = (words, index, known, longest)
    return index, known, longest


def word_at(text: str, position: int, words: Iterable[str]) -> str:
    """The longest of ``words`` that starts at ``position``, or "".

    >>> word_at("会同市水务局", 0, {"会", "会同"}), word_at("会同", 1, {"会同"})
    ('会同', '')
    """
    index, known, _ = words_index(words)
    for length in index.get(text[position : position + 1], ()):
        if position + length <= len(text) and text[position : position + length] in known:
            return text[position : position + length]
    return ""


def word_tuple(lex: Lexicon, kind: str, least: int = 1) -> tuple[str, ...]:
    """The words of one kind of the lexicon, of ``least`` characters or more, as a tuple for
    ``str.endswith`` and ``str.startswith``; made once."""
    return lex.derived(f"lexicon:tuple:{kind}:{least}", lambda: tuple(w for w in lex.words(kind) if len(w) >= least))


def long_titles(lex: Lexicon) -> frozenset[str]:
    """The person titles of two characters or more (副市长, 局长; not 长), which a name or a place
    holds none of."""
    return lex.derived("lexicon:long-titles", lambda: frozenset(t for t in lex.words("person_title") if len(t) >= 2))


def suffix_regex(words: Iterable[str]) -> re.Pattern[str]:
    """A compiled trie pattern for a set of words (suffixes, titles), cached."""
    return _compiled_words(words)[0]


#: Patterns of the lexicon's own word tables, by identity: they live as long as the lexicon.
_BY_ID: dict[int, tuple[Any, re.Pattern[str], int]] = {}


def _compiled_words(words: Iterable[str]) -> tuple[re.Pattern[str], int]:
    """The pattern and longest length of a word set; a table passed again is not re-sorted."""
    cached = _BY_ID.get(id(words))
    if cached is not None and cached[0] is words:
        return cached[1], cached[2]
    items = tuple(sorted(words))
    found = (_words_regex(items), _longest(items))
    if isinstance(words, (dict, frozenset)) and len(_BY_ID) < 256:
        _BY_ID[id(words)] = (words, *found)
    return found


@lru_cache(maxsize=32)
def _words_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(trie_pattern(words))


@lru_cache(maxsize=32)
def _longest(words: tuple[str, ...]) -> int:
    return max((len(w) for w in words), default=1)
