"""General rules of the finders: boundaries, descriptions, lists, coreference, owner city,
and the word segmentation they rest on. Sentences in the style of other bureaus and years."""

from __future__ import annotations

import pytest

from extract.canon import load_aliases, to_simplified
from extract.finders import Context
from extract.finders.lexicon import tokenizer
from extract.finders.segment import segment
from extract.mentions import extract_text, fold_home_units
from extract.model import Mention


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


def names(text: str, owner: str, aliases, type_: str) -> list[str]:
    ctx = Context(owner, aliases)
    return [c.name for c, _, _ in extract_text(text, ctx) if c.type == type_]


def test_segment_matches_jieba_word_for_word():
    texts = ["依托广州市重点营运车辆动态监控平台开展2022年专项整治", "推进GIS系统与SCADA 系统整合", "華為、应急管理局\r\n合作", ""]
    for text in texts:
        assert list(segment(text)) == tokenizer().lcut(text, HMM=False)


def test_to_simplified_keeps_simplified_text_and_folds_traditional():
    assert to_simplified("东莞市卫生健康局") == "东莞市卫生健康局"
    assert to_simplified("深圳市水務局") == "深圳市水务局"


def test_offsets_slice_back_after_folding(aliases):
    text = "會同市規劃和自然資源局，建設城市內澇監測預警平台。"
    ctx = Context("深圳市水务局", aliases)
    for candidate, surface, _ in extract_text(text, ctx):
        assert text[candidate.start : candidate.end] == surface


def test_platform_list_sharing_a_suffix(aliases):
    text = "2022年建设客运监管、应急调度、出行服务平台，提升服务水平。"
    assert names(text, "广州市交通运输局", aliases, "Platform") == ["客运监管平台", "应急调度平台", "出行服务平台"]


def test_platform_listed_places_share_the_rest(aliases):
    text = "联合佛山、广州市交通应急指挥平台开展演练。"
    assert names(text, "广州市交通运输局", aliases, "Platform") == ["佛山市交通应急指挥平台", "广州市交通应急指挥平台"]


def test_platform_shared_by_levels_is_no_name(aliases):
    assert names("建设新一代市、区交通应急指挥平台。", "广州市交通运输局", aliases, "Platform") == []


def test_platform_followed_by_technology_is_no_name(aliases):
    text = "支持东莞理工学院研发的医院污水消毒和监测系统关键技术申报科研项目。"
    assert names(text, "东莞市卫生健康局", aliases, "Platform") == []


def test_platform_mode_of_working_is_no_name(aliases):
    assert names("打造健康教育线上线下一体化平台。", "东莞市卫生健康局", aliases, "Platform") == []


def test_platform_list_with_type_names_lists_kinds(aliases):
    text = "广州地铁已将客流统计系统、GIS系统、SCADA系统等接入指挥中心。"
    assert names(text, "广州市交通运输局", aliases, "Platform") == []


def test_platform_after_completion_verb_and_year(aliases):
    text = "2021年完成广州市网约车监管平台升级，建成广州港危险货物监测平台。"
    assert names(text, "广州市交通运输局", aliases, "Platform") == ["广州市网约车监管平台", "广州港危险货物监测平台"]


def test_unit_name_holding_a_stop_word_is_whole(aliases):
    text = "牵头建设粤港澳大湾区交通联合创新中心。"
    assert names(text, "广州市交通运输局", aliases, "Unit") == ["粤港澳大湾区交通联合创新中心"]


def test_unit_described_by_what_it_should_be_is_no_unit(aliases):
    text = "打造国内一流的城市交通科技创新中心和湾区特色的智慧交通产业集团。"
    assert names(text, "广州市交通运输局", aliases, "Unit") == []


def test_unit_built_earlier_is_a_unit(aliases):
    text = "依托前期建设的交通运行监测中心开展调度。"
    assert names(text, "广州市交通运输局", aliases, "Unit") == ["交通运行监测中心"]


def test_unit_function_or_place_and_kind_is_no_unit(aliases):
    assert names("建立大湾区紧急医学指导和救治中心。", "东莞市卫生健康局", aliases, "Unit") == []
    assert names("依托东莞市综合医院开展救治。", "东莞市卫生健康局", aliases, "Unit") == []


def test_unit_keeps_short_bracketed_qualifier(aliases):
    text = "推动建设国家紧急医学救援研究院（基地）、东莞市疾病预防控制中心。"
    found = names(text, "东莞市卫生健康局", aliases, "Unit")
    assert "国家紧急医学救援研究院（基地）" in found


def test_unit_coreference_to_last_unit_with_that_ending(aliases):
    text = "会同东莞市疾病预防控制中心开展监测，该中心已完成检测；东莞市医疗保障局同意，该局将出台办法。"
    ctx = Context("东莞市卫生健康局", aliases)
    found = [(c.name, c.rule) for c, _, _ in extract_text(text, ctx) if c.type == "Unit"]
    assert ("东莞市疾病预防控制中心", "unit:coreference") in found
    assert ("东莞市医疗保障局", "unit:coreference") in found


def test_unit_coreference_with_descriptor(aliases):
    text = "设立广州市交通运输应急指挥中心。该应急指挥中心正在筹建。"
    ctx = Context("广州市交通运输局", aliases)
    found = [c.name for c, _, _ in extract_text(text, ctx) if c.type == "Unit"]
    assert found == ["广州市交通运输应急指挥中心", "广州市交通运输应急指挥中心"]


def test_unit_bare_city_alias_takes_owner_city(aliases):
    assert names("会同市规划和自然资源局研究。", "深圳市水务局", aliases, "Unit") == ["深圳市规划和自然资源局"]
    assert names("会同市规划和自然资源局研究。", "市应急管理局", aliases, "Unit") == ["市规划和自然资源局"]


def test_fold_home_units_names_bare_city_body_in_full(aliases):
    ctx = Context("市水务局", aliases, home="4403")
    def unit(name):
        return Mention("1", 1, "completed", "Unit", name, name, 0, len(name), "unit_suffix:中心")
    folded = fold_home_units([unit("深圳市水务监测中心"), unit("市水务监测中心"), unit("市水务局")], ctx)
    assert [m.name for m in folded] == ["深圳市水务监测中心", "深圳市水务监测中心", "市水务局"]
