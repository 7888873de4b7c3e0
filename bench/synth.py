"""Synthetic corpora shaped like real proposal tables, for benchmarks and scale tests.

``synthetic_tables`` makes tables whose progress text is built from sentence templates in
the sample's style, with entity names drawn from pools; because the generator places the
names itself, it also returns the mentions, so a graph of any size can be made without
running the extractors (``synthetic_graph``). ``write_corpus`` writes the tables as .txt
exports or .docx files for end-to-end runs.

The templates put two or three names in every sentence: some 49 mentions per 1,000
characters, twice the sample's 24. ``sample_style_tables`` makes tables of the sample's own
cases instead, each with another city and other numbers (``vary``), for figures on text as
dense as a real table's; it places no mentions.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from extract.model import Case, Mention, ProposalTable, Suggestion

__all__ = ["synthetic_tables", "sample_style_tables", "synthetic_graph", "write_corpus", "sample_table", "vary", "POOLS",
           "STYLES"]

#: The sample table (tests/data/samples): its cases are the model of the ``sample`` style.
SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "samples" / "000_e467f13259972cda.txt"
#: Cities swapped in for the sample's own, so that names differ from table to table.
SAMPLE_CITIES = ["深圳", "广州", "东莞", "惠州", "佛山", "珠海", "中山", "江门", "汕头", "湛江", "肇庆", "韶关",
                 "杭州", "宁波", "成都", "武汉", "南京", "苏州", "厦门", "福州", "长沙", "郑州", "西安", "青岛"]
_CITY = re.compile("|".join(SAMPLE_CITIES))
_NUMBER = re.compile(r"\d+")

CITIES = ["深圳", "广州", "东莞", "惠州", "佛山", "珠海", "中山", "江门"]
BUREAUS = ["应急管理局", "交通运输局", "住房和建设局", "水务局", "规划和自然资源局", "生态环境局", "卫生健康委员会",
           "工业和信息化局", "科技创新委员会", "城市管理和综合执法局"]
POOLS = {
    "Platform": [f"{x}系统" for x in ("危险化学品安全生产风险监测预警", "城市公共安全风险分级管控", "应急资源信息", "核应急指挥调度",
                                       "地下管线空间信息综合管理", "森林防火视频监控", "三防指挥", "城市生命线监测预警",
                                       "安全生产执法信息", "自然灾害综合监测预警")]
                + ["应急管理大数据平台", "智慧应急一体化平台", "安全生产责任保险信息共享平台", "“学习强安”APP", "“粤省事”小程序"],
    "Document": [f"《{x}》" for x in ("关于加强加油站安全管理工作的通知", "深圳市安全风险管控暂行办法", "应急管理专家库管理办法",
                                       "城市安全发展规划（2021—2025年）", "危险化学品安全专项整治三年行动实施方案",
                                       "关于推进安全生产责任保险工作的意见", "地下管线保护条例", "突发事件总体应急预案")],
    "Framework": ["“1+11+N”", "“一库四平台”", "“三个一”", "“6个100%”", "“2+N”", "“20+7”", "“31631”"],
    "Site": ["坪山区", "宝安区", "龙岗区", "南山区", "福田区", "丹梓大道立交桥", "东纵路", "赛格大厦", "罗湖火车站", "盐田港"],
    "Person": ["黄敏", "李华", "王强", "陈静", "张伟"],
}
TEMPLATES = [
    "{unit}印发{Document}，严禁在作业区使用不防爆设备，累计检查企业{n}家。",
    "依托{Platform}，在{Site}开展试点，布设监测点位{n}个，实现实时预警。",
    "构建了{Framework}工作体系，由{unit}牵头，{unit2}配合推进。",
    "{Person}同志率队赴{Site}调研，要求加快建设{Platform}。",
    "联合{unit2}修订{Document}，推动{Framework}机制落地。",
    "截至{year}年{m}月，{Platform}已接入数据表{n}张、图层{m}个。",
]


def _unit(rng: random.Random) -> str:
    return f"{rng.choice(CITIES)}市{rng.choice(BUREAUS)}"


def _sentence(rng: random.Random, year: int) -> tuple[str, list[tuple[str, str, int, int]]]:
    """One sentence and its (type, name, start, end) mentions."""
    template = rng.choice(TEMPLATES)
    values = {"unit": _unit(rng), "unit2": _unit(rng), "n": str(rng.randint(2, 900)), "m": str(rng.randint(1, 12)),
              "year": str(year)}
    for t, pool in POOLS.items():
        values[t] = rng.choice(pool)
    out, spans = "", []
    for part in template.replace("}", "{").split("{"):
        if part in values:
            text = values[part]
            kind = "Unit" if part in ("unit", "unit2") else part if part in POOLS else None
            if kind:
                name = text.strip("《》“”").removesuffix("APP").removesuffix("小程序")
                spans.append((kind, name, len(out), len(out) + len(text)))
            out += text
        else:
            out += part
    return out, spans


def synthetic_tables(cases: int, seed: int = 0, per_table: int = 200) -> list[tuple[ProposalTable, list[Mention]]]:
    """``cases`` cases spread over tables of ``per_table`` cases (bureaus × years), with their mentions."""
    rng = random.Random(seed)
    out: list[tuple[ProposalTable, list[Mention]]] = []
    for t in range((cases + per_table - 1) // per_table):
        year = 2018 + t % 6
        owner = f"{CITIES[t % len(CITIES)]}市{BUREAUS[(t // len(CITIES)) % len(BUREAUS)]}"
        table = ProposalTable(path=f"synthetic-{t:04}.txt", title=f"{owner}{year}年提案工作清单表", unit=owner, year=year)
        mentions: list[Mention] = []
        for i in range(min(per_table, cases - t * per_table)):
            number = f"{year}{t:03}{i:03}"
            case = Case(case=number, year=year, title=f"关于加强城市安全治理的建议（{number}）",
                        proposer=rng.choice(POOLS["Person"] + ["民盟深圳市委会", "九三学社深圳市委员会"]),
                        proposer_kind="person", lead_units=[owner], co_units=sorted({_unit(rng) for _ in range(rng.randint(0, 3))}))
            if case.proposer.endswith(("会",)):
                case.proposer_kind = "organisation"
            for no in range(1, rng.randint(2, 5)):
                fields: dict[str, str] = {}
                for field in ("completed", "advanced", "planned"):
                    if rng.random() < 0.25:
                        fields[field] = ""
                        continue
                    parts, text = [], ""
                    for _ in range(rng.randint(1, 3)):
                        sent, spans = _sentence(rng, year)
                        for kind, name, s, e in spans:
                            mentions.append(Mention(case=number, suggestion=no, field=field, type=kind, name=name,
                                                    text=sent[s:e], start=len(text) + s, end=len(text) + e, rule="synthetic",
                                                    sentence=sent, source=table.path))
                        parts.append(sent)
                        text += sent
                    fields[field] = text
                remarks = "不涉及我局具体职责。" if rng.random() < 0.05 else ""
                case.suggestions.append(Suggestion(no=no, text=f"{no}.进一步完善相关工作机制", remarks=remarks, **fields))
            table.cases.append(case)
        out.append((table, mentions))
    return out


def sample_table() -> ProposalTable:
    """The sample table, parsed."""
    from extract.readers import read_proposals

    return read_proposals(SAMPLE)


def vary(text: str, rng: random.Random, city: str) -> str:
    """The same text with another city and other numbers (years stay years).

    >>> vary("深圳市完成12项", random.Random(0), "杭州")
    '杭州市完成865项'
    """
    text = _CITY.sub(city, text)
    return _NUMBER.sub(lambda m: str(rng.randint(2015, 2030)) if len(m.group()) == 4 else str(rng.randint(1, 999)), text)


def sample_style_tables(cases: int, seed: int = 0, per_table: int = 200) -> list[tuple[ProposalTable, list[Mention]]]:
    """``cases`` cases in tables of ``per_table``, each a case of the sample with another city and
    other numbers (its title, suggestions and every progress field); no mentions are placed."""
    rng = random.Random(seed)
    model = sample_table()
    out: list[tuple[ProposalTable, list[Mention]]] = []
    for t in range((cases + per_table - 1) // per_table):
        year, city = 2018 + t % 6, SAMPLE_CITIES[t % len(SAMPLE_CITIES)]
        owner = f"{city}市应急管理局"
        table = ProposalTable(path=f"sample-style-{t:04}.txt", title=f"{owner}{year}年提案工作清单表", unit=owner, year=year)
        for i in range(min(per_table, cases - t * per_table)):
            source = rng.choice(model.cases)
            number = f"{year}{t:03}{i:03}"
            table.cases.append(Case(
                case=number, year=year, title=vary(source.title, rng, city), proposer=source.proposer,
                proposer_kind=source.proposer_kind, lead_units=[owner], co_units=[vary(u, rng, city) for u in source.co_units],
                suggestions=[Suggestion(no=sug.no, **{field: vary(sug.field_text(field) or "", rng, city) for field in
                                                      ("text", "completed", "advanced", "planned", "remarks")})
                             for sug in source.suggestions]))
        out.append((table, []))
    return out


#: The kinds of corpus :func:`write_corpus` makes: template sentences, or the sample's cases varied.
STYLES = {"templates": synthetic_tables, "sample": sample_style_tables}


def synthetic_graph(cases: int, seed: int = 0):
    """A tiangraph graph of ``cases`` synthetic cases (no extraction needed)."""
    from graph.build import add_table, new_graph

    G = new_graph()
    for table, mentions in synthetic_tables(cases, seed):
        add_table(G, table, mentions)
    return G


def write_corpus(folder: str | Path, cases: int, fmt: str = "txt", seed: int = 0, per_table: int = 200,
                 style: str = "templates") -> list[Path]:
    """Write the synthetic tables (of a ``style`` of :data:`STYLES`) as text exports (``txt``) or Word files (``docx``)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    header = ["案号", "案由", "第一提案人", "承办", "会办", "提案意见建议", "当年已完成的事项", "当年已推动的工作", "明年待落实事项", "备注"]
    paths = []
    for table, _ in STYLES[style](cases, seed, per_table):
        rows = []
        for c in table.cases:
            for k, s in enumerate(c.suggestions):
                first = k == 0
                rows.append([c.case if first else "", c.title if first else "", c.proposer if first else "",
                             "、".join(c.lead_units) if first else "", "、".join(c.co_units) if first else "",
                             s.text, s.completed or "无", s.advanced or "无", s.planned or "无", s.remarks])
        path = folder / Path(table.path).with_suffix(f".{fmt}").name
        meta = [table.title, f"单位：{table.unit}    整理时间：{table.year}年10月"]
        if fmt == "txt":
            lines = list(meta)
            for row in [header, *rows]:
                lines.extend("\t" + cell for cell in row)
                lines.append("")
            path.write_text("\n".join(lines), encoding="utf-8")
        else:
            import docx

            d = docx.Document()
            for m in meta:
                d.add_paragraph(m)
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            for r, row in enumerate([header, *rows]):
                for c, text in enumerate(row):
                    t.cell(r, c).text = text
            d.save(path)
        paths.append(path)
    return paths
