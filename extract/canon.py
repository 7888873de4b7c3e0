"""Canonical names and ids: one real-world entity, one name, one id.

Three tools live here:

- :func:`to_simplified` folds Traditional characters to Simplified one character at a
  time, so offsets found in the folded text point into the original text;
- :func:`normalise_name` and :func:`entity_id` give a canonical name and a
  deterministic id (``unit:5d41402abc4b``) that is the same in every run and process;
- :class:`AliasRegistry` maps surface forms (市规自局, 華為) to canonical names, read
  from JSONL files shaped like spaCy EntityRuler patterns.

>>> to_simplified("應急管理局")
'应急管理局'
>>> entity_id("Unit", "市應急管理局") == entity_id("Unit", "市应急管理局")
True
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

__all__ = [
    "ENTITY_TYPES",
    "DATA_DIR",
    "Alias",
    "AliasRegistry",
    "to_simplified",
    "normalise_name",
    "normalise_doc_number",
    "entity_id",
    "match_key",
    "load_aliases",
    "shared_aliases",
    "read_alias_file",
]

#: The entity types of the annotation guide, in report order.
ENTITY_TYPES: tuple[str, ...] = ("Unit", "Document", "Framework", "Platform", "Site", "Person")
#: Where the bundled rule, alias and gazetteer files live.
DATA_DIR = Path(__file__).with_name("data")
#: Alias files read by default, general knowledge first.
DEFAULT_ALIAS_FILES: tuple[str, ...] = ("aliases.jsonl", "aliases_regional.jsonl")

_SPACE = re.compile(r"\s+")
_HALF_TO_FULL = str.maketrans({"(": "（", ")": "）", "<": "〈", ">": "〉", "[": "〔", "]": "〕"})
_DOC_NUMBER = re.compile(r"^(.*?)[〔\[【（(［]\s*(\d{4})\s*[〕\]】）)］]\s*第?\s*(\d+)\s*[号號]$")


@lru_cache(maxsize=1)
def _t2s_table() -> dict[int, str]:
    """Character table Traditional → Simplified from OpenCC's data (empty if absent)."""
    try:
        import opencc
    except ImportError:  # folding is a nicety: without OpenCC text stays as it is
        return {}
    folder = Path(opencc.__file__).with_name("dictionary")
    table: dict[int, str] = {}
    for source, target in _one_to_one(folder / "TSCharacters.txt"):
        table[ord(source)] = target
    for name in ("HKVariantsRev.txt", "TWVariantsRev.txt"):  # 衞 (Hong Kong's form of 衛) → 衛 → 卫
        for source, target in _one_to_one(folder / name):
            folded = table.get(ord(target))  # only to a form that itself folds, and not to itself (温, 税 stay out)
            if folded is not None and folded != source:
                table.setdefault(ord(source), folded)
    return table


def _one_to_one(path: Path) -> list[tuple[str, str]]:
    """The one-character mappings of an OpenCC dictionary file (none if it is missing)."""
    pairs: list[tuple[str, str]] = []
    if not path.exists():
        return pairs
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            source, _, targets = line.rstrip("\n").partition("\t")
            target = targets.split(" ")[0] if targets else ""
            if len(source) == 1 and len(target) == 1 and source != target:
                pairs.append((source, target))
    return pairs


@lru_cache(maxsize=1)
def _traditional() -> re.Pattern[str]:
    """Any character :func:`to_simplified` may change.

    The class holds the table's characters of the Basic Multilingual Plane (a bitmap
    the regex engine tests in constant time) and the whole astral range, which would
    turn the bitmap into a slow list of ranges.
    """
    table = _t2s_table()
    if not table:
        return re.compile("(?!)")
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table) if c < 0x10000) + "]|[\U00010000-\U0010ffff]")


def to_simplified(text: str) -> str:
    """Fold Traditional characters to Simplified, keeping the length (one char for one).

    >>> to_simplified("華為、應急管理局")
    '华为、应急管理局'
    """
    if _traditional().search(text) is None:
        return text  # most text is Simplified already: a scan in C, no per-character table look-up
    return text.translate(_t2s_table())


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """The canonical spelling of a name: Simplified, no spaces, full-width brackets.

    >>> normalise_name(" 深圳市 應急管理局(試行) ")
    '深圳市应急管理局（试行）'
    """
    folded = unicodedata.normalize("NFC", name)
    folded = _SPACE.sub("", folded).translate(_HALF_TO_FULL)
    return to_simplified(folded)


def normalise_doc_number(number: str) -> str:
    """A document number written with 〔〕 and 号 whatever brackets it came with.

    >>> normalise_doc_number("深应急规[2019]2號")
    '深应急规〔2019〕2号'
    """
    compact = to_simplified(_SPACE.sub("", number))
    found = _DOC_NUMBER.match(compact)
    if not found:
        return compact
    prefix, year, serial = found.groups()
    return f"{prefix}〔{year}〕{int(serial)}号"


def match_key(name: str) -> str:
    """A looser key for comparing names from different sources: no brackets of any kind.

    >>> match_key("《关于印发<指南(试行)>的通知》") == match_key("关于印发〈指南（试行）〉的通知")
    True
    """
    folded = unicodedata.normalize("NFKC", normalise_name(name))
    return re.sub(r"[《》〈〉<>“”\"'‘’「」]", "", folded)


def entity_id(type_: str, name: str) -> str:
    """A deterministic id for an entity: its type and a hash of its normalised name.

    >>> entity_id("Unit", "市应急管理局")
    'unit:f6c7ffe638ef'
    """
    digest = hashlib.sha1(normalise_name(name).encode("utf-8")).hexdigest()[:12]
    return f"{type_.lower()}:{digest}"


@dataclass(frozen=True)
class Alias:
    """One surface form of an entity, as written in an alias file."""

    label: str
    pattern: str
    name: str
    id: str = ""
    strict: bool = False  # match only as a whole list item (平安 in 华为、平安、大疆)
    region: str = ""  # adcode prefix of the tables it holds in (4403: 市住建局 is Shenzhen's 市住房和建设局)

    def holds_in(self, home: str) -> bool:
        """True when the alias holds in a table of that region (an unknown region: always)."""
        return not self.region or not home or home.startswith(self.region) or self.region.startswith(home)


@dataclass
class AliasRegistry:
    """Surface form → canonical name, per entity type.

    >>> registry = AliasRegistry()
    >>> registry.add(Alias("Unit", "市规自局", "市规划和自然资源局"))
    >>> registry.canonical("Unit", "市規自局")
    '市规划和自然资源局'
    """

    aliases: dict[tuple[str, str], Alias] = field(default_factory=dict)
    #: What is worked out from the aliases (the dictionary's index), kept with them and freed with them.
    memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def add(self, alias: Alias) -> None:
        """Register an alias; a later file overrides an earlier one."""
        key = (alias.label, normalise_name(alias.pattern))
        self.aliases[key] = Alias(alias.label, key[1], normalise_name(alias.name), alias.id, alias.strict, alias.region)

    def get(self, label: str, surface: str) -> Alias | None:
        """The alias registered for a surface form, if any."""
        return self.aliases.get((label, normalise_name(surface)))

    def canonical(self, label: str, surface: str, home: str = "") -> str:
        """The canonical name of a surface form (the form itself when unknown or when the
        alias holds in another region than ``home``)."""
        alias = self.get(label, surface)
        return alias.name if alias and alias.holds_in(home) else normalise_name(surface)

    def patterns(self) -> list[Alias]:
        """Every registered alias, in a stable order."""
        return [self.aliases[key] for key in sorted(self.aliases)]

    def __len__(self) -> int:
        return len(self.aliases)


def read_alias_file(path: str | os.PathLike[str]) -> list[Alias]:
    """Read one JSONL alias file: ``{"id", "label", "pattern", "name"}`` per line.

    Blank lines and lines starting with ``#`` or ``//`` are skipped.
    """
    from tiangraph.errors import InputError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read alias file: {error}", str(path)) from error
    return [alias for number, line in enumerate(lines, 1) if (alias := _parse_alias(line, str(path), number))]


def _parse_alias(line: str, path: str, number: int) -> Alias | None:
    """One alias line, or None for a blank or comment line."""
    from tiangraph.errors import InputError

    text = line.strip()
    if not text or text.startswith(("#", "//")):
        return None
    try:
        record = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(f"not a JSON object: {error.msg}", path, row=number) from error
    if not isinstance(record, dict) or not record.get("pattern") or record.get("label") not in ENTITY_TYPES:
        valid = ", ".join(ENTITY_TYPES)
        raise InputError(f'expected {{"label": one of {valid}, "pattern": …, "name": …}}, found {text[:80]}', path, row=number)
    pattern = str(record["pattern"])
    return Alias(record["label"], pattern, str(record.get("name") or pattern), str(record.get("id", "")),
                 bool(record.get("strict", False)), str(record.get("region", "")))


def load_aliases(extra_paths: Iterable[str | os.PathLike[str]] = ()) -> AliasRegistry:
    """The bundled alias files plus any the user passes (later files win).

    >>> load_aliases().canonical("Unit", "市规自局")
    '市规划和自然资源局'
    """
    registry = AliasRegistry()
    for path in [DATA_DIR / name for name in DEFAULT_ALIAS_FILES] + [Path(p) for p in extra_paths]:
        for alias in read_alias_file(path):
            registry.add(alias)
    return registry


#: Registries :func:`shared_aliases` has read, by the extra alias files' paths and contents.
_SHARED: dict[tuple[tuple[str, str], ...], AliasRegistry] = {}
#: How many such registries are kept (the bundled one and a few of the user's).
_SHARED_LIMIT = 4


def shared_aliases(extra_paths: Iterable[str | os.PathLike[str]] = ()) -> AliasRegistry:
    """:func:`load_aliases` of ``extra_paths``, read once per process while those files hold the
    same bytes, and shared by every caller: not to be added to (make one of your own with
    :func:`load_aliases` for that). A registry keeps what is worked out from it (the dictionary's
    index, some 80 ms to make): one registry a file read its aliases and made the index again
    for every file of a corpus, four times the extraction of a small table.

    >>> shared_aliases() is shared_aliases()
    True
    """
    paths = tuple(extra_paths)
    try:
        key = tuple((str(p), hashlib.sha256(Path(p).read_bytes()).hexdigest()) for p in paths)
    except OSError:
        return load_aliases(paths)  # it names the file it cannot read
    registry = _SHARED.get(key)
    if registry is None:
        if len(_SHARED) >= _SHARED_LIMIT:
            _SHARED.clear()
        registry = _SHARED[key] = load_aliases(paths)
    return registry
