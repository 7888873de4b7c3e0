"""Names as fisheries, industry, development, medical-insurance and forestry bureaus write them:
companies whose brand jieba does not know, X和Y bureaus, ports and their districts, ranks of
zones, a county inside a longer word. Sentences of our own in the style of Weihai, Zhengzhou,
Zhangzhou, Shaoguan and Haibei tables."""

from __future__ import annotations

import pytest
from extracting import of_type

from extract import load_aliases


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


@pytest.mark.parametrize("text, unit", [
    ("推动郑州宏鑫投资控股集团有限公司设立产业基金。", "郑州宏鑫投资控股集团有限公司"),
    ("引导韶关市国有资本投资运营有限公司参与造林。", "韶关市国有资本投资运营有限公司"),
])
def test_a_company_reaches_back_to_its_place_across_its_trade(aliases, text, unit):
    # 投资, 运营 are stop words elsewhere; 宏 and 鑫 are characters jieba joins to nothing
    assert unit in of_type(text, "郑州市工业和信息化局", aliases, "Unit")


def test_a_particle_stops_the_reach_back():
    assert not any("特色的" in u for u in of_type("打造具有郑州特色的城市安全产业集团。", "郑州市应急管理局", load_aliases(), "Unit"))


@pytest.mark.parametrize("text, units", [
    ("会同漳州市工业和信息化局开展检查。", {"漳州市工业和信息化局"}),
    ("协调龙海、长泰区工业和信息化局落实。", {"龙海区工业和信息化局", "长泰区工业和信息化局"}),
    ("入选福建省工业和信息化厅闽工信函（2024）12号文件。", {"福建省工业和信息化厅"}),
])
def test_an_x_and_y_bureau_after_a_place_is_one_body(aliases, text, units):
    # the 信息化局 after 和 is no generic kind of body here: 工业和信息化局 is the bureau's name
    assert units <= of_type(text, "漳州市医疗保障局", aliases, "Unit")


def test_a_national_platform_keeps_the_words_a_stop_cut_off(aliases):
    text = "依托全国投资项目在线审批监管平台办理赋码。"
    assert of_type(text, "韶关市发展和改革局", aliases, "Platform") == {"全国投资项目在线审批监管平台"}


@pytest.mark.parametrize("text, sites", [
    ("配合威海港集团在威海港石岛港区推进改造。", {"威海港", "石岛港区"}),
    ("在青海湖仙女湾景区增开专线。", {"青海湖", "仙女湾景区"}),
    ("推动郑州航空港经济综合实验区建设。", {"郑州航空港经济综合实验区"}),
])
def test_a_port_or_lake_before_a_district_of_its_own(aliases, text, sites):
    assert sites <= of_type(text, "威海市海洋发展局", aliases, "Site")
    assert not any(s.endswith("经济综合实验区") and s != "郑州航空港经济综合实验区" for s in of_type(text, "威海市海洋发展局", aliases, "Site"))


@pytest.mark.parametrize("text", [
    "加快创建国家级海洋牧场示范区。",
    "争取国家沿海渔港经济区建设资金。",
    "完成6座一级以上渔港航标更新。",
    "完成防波堤加固，提升邮轮母港接待能力。",
    "加强沿海城市之间的协作。",  # 海城市 is a city of Liaoning, not inside 沿海城市
    "组织多家医院覆盖住院病例。",
])
def test_ranks_kinds_and_words_that_hold_no_place(aliases, text):
    found = of_type(text, "威海市海洋发展局", aliases, "Site") | of_type(text, "威海市海洋发展局", aliases, "Unit")
    assert found == set()


def test_a_named_area_holding_a_short_county_name(aliases):
    # 新城 alone is a district's short form in a list; 多巴新城 is a place of its own
    assert "多巴新城" in of_type("推动南川工业园区、多巴新城周边防护林建设。", "西宁市林业和草原局", aliases, "Site")


def test_the_markets_of_a_district_are_not_a_named_market(aliases):
    sites = of_type("加强甘井子区农贸市场抽检，在东平农贸市场开展检查。", "大连市市场监督管理局", aliases, "Site")
    assert "甘井子区" in sites and "东平农贸市场" in sites and "甘井子区农贸市场" not in sites
