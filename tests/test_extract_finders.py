"""Each finder on sentences written in the style of proposal-handling tables."""

from __future__ import annotations

import pytest

from extract.canon import load_aliases
from extract.finders import Context
from extract.mentions import extract_text


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


def names(text: str, owner: str, aliases, type_: str) -> list[str]:
    ctx = Context(owner, aliases)
    return [c.name for c, _, _ in extract_text(text, ctx) if c.type == type_]


def test_document_titles_side_by_side(aliases):
    text = "签订《珠江三角洲地区交通合作协议》《广佛同城化交通协议》，推进合作。"
    assert names(text, "广州市交通运输局", aliases, "Document") == ["珠江三角洲地区交通合作协议", "广佛同城化交通协议"]


def test_document_nested_title_gives_two(aliases):
    text = "印发《关于印发<广州市公共卫生应急预案(试行)>的通知》。"
    found = names(text, "市卫生健康委", aliases, "Document")
    assert "广州市公共卫生应急预案（试行）" in found
    assert "关于印发〈广州市公共卫生应急预案（试行）〉的通知" in found


def test_document_title_and_number_are_one(aliases):
    text = "市卫生健康委印发《关于加强院感防控的通知》(穗卫规字[2022]5號)，要求各医院落实。"
    assert set(names(text, "市卫生健康委", aliases, "Document")) == {"关于加强院感防控的通知"}


@pytest.mark.parametrize("number, expected", [
    ("穗交运规字【2020】3号", "穗交运规字〔2020〕3号"),
    ("粤府办（2019）11號", "粤府办〔2019〕11号"),
    ("国办发[2021]36号", "国办发〔2021〕36号"),
])
def test_document_numbers_normalised(aliases, number, expected):
    assert names(f"根据{number}文件要求推进。", "市交通运输局", aliases, "Document") == [expected]


def test_document_self_reference_excluded(aliases):
    assert names("对《提案》所提建议逐条研究。", "市交通运输局", aliases, "Document") == []


def test_framework_shapes(aliases):
    text = "构建“1+6+N”体系，落实“四个一”机制和“8个100%”要求，形成“闭环”，打造“广州样板”，绘制“一张图”。"
    assert names(text, "市交通运输局", aliases, "Framework") == ["1+6+N", "四个一", "8个100%"]


def test_framework_excludes_dates_and_periods(aliases):
    text = "在“7·20”暴雨应对中，按“十四五”规划推进“三线一单”。"
    assert names(text, "市应急管理局", aliases, "Framework") == ["三线一单"]


def test_platform_boundaries_and_generic(aliases):
    text = "依托“穗康”小程序，建设广州市公共卫生应急指挥系统，整合各类系统平台和相关系统。"
    assert names(text, "市卫生健康委", aliases, "Platform") == ["穗康", "广州市公共卫生应急指挥系统"]


def test_platform_joined_parts(aliases):
    text = "上线城市道路交通运行监测及信号控制系统。"
    assert names(text, "市交通运输局", aliases, "Platform") == ["城市道路交通运行监测及信号控制系统"]


def test_unit_self_reference_resolves_to_owner(aliases):
    assert names("我局会同市公安局开展整治。", "广州市交通运输局", aliases, "Unit") == ["广州市交通运输局", "广州市公安局"]


def test_unit_outside_remit_is_no_link(aliases):
    assert names("不涉及我局具体职责。", "市交通运输局", aliases, "Unit") == []


def test_unit_division_belongs_to_owner(aliases):
    assert names("由局运输管理处牵头落实。", "市交通运输局", aliases, "Unit") == ["市交通运输局运输管理处"]


def test_unit_coordinated_suffix(aliases):
    text = "赴佛山、肇庆市交通运输局学习调研。"
    assert sorted(names(text, "市交通运输局", aliases, "Unit")) == sorted(["佛山市交通运输局", "肇庆市交通运输局"])


def test_unit_unprefixed_body_takes_owner_prefix(aliases):
    assert names("联合卫生健康委员会开展检查。", "市交通运输局", aliases, "Unit") == ["市卫生健康委员会"]


def test_unit_companies_and_generic_collectives(aliases):
    text = "联合腾讯、大疆等企业，组织科研机构和重点企业参与。"
    assert names(text, "市工业和信息化局", aliases, "Unit") == ["腾讯", "大疆"]


def test_site_divisions_roads_and_countries(aliases):
    text = "在天河区中山大道、广州南站周边及越南开展试点，覆盖全市和辖区。"
    found = names(text, "市交通运输局", aliases, "Site")
    assert found == ["天河区", "中山大道", "广州南站", "越南"] or set(found) >= {"天河区", "中山大道", "越南"}


def test_site_short_names_need_word_boundaries(aliases):
    assert names("推广安全生产经验，会同有关部门落实。", "市应急管理局", aliases, "Site") == []


def test_person_before_title(aliases):
    text = "根据王伟中省长批示，李明同志带队检查，市委书记出席。"
    assert names(text, "市应急管理局", aliases, "Person") == ["王伟中", "李明"]


def test_person_titles_alone_are_not_persons(aliases):
    assert names("由市长、副市长共同担任主任。", "市应急管理局", aliases, "Person") == []
