"""Foreign places from the world gazetteer, and the names around them: companies introduced by
what they are, national bodies' offices in a city, company forms after a group's name, counted
facilities, apps with shaped names. Sentences of our own in the style of Xiamen, Qingdao, Tianjin
and Jinan tables."""

from __future__ import annotations

import pytest
from extracting import found, of_type

from extract import load_aliases
from extract.finders.lexicon import load_lexicon


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


def test_the_world_gazetteer_comes_from_packages_and_folds_traditional_names():
    world = load_lexicon().world
    assert len(world) > 900  # 255 countries and territories, 700+ cities
    assert world["河内"] == "河内"  # GeoNames writes 河內
    assert world["汉堡市"] == "汉堡" and world["永珍"] == "万象"
    assert "港区" not in world and "中央" not in world  # everyday words, though wards of Tokyo
    assert world["蒙古国"] == "蒙古国" and world["蒙古"] == "蒙古国"  # the official name, not CLDR's short one


def test_a_country_is_named_as_written_where_both_forms_are_used(aliases):
    assert of_type("为蒙古国、哈萨克斯坦学员举办培训班。", "宁夏回族自治区林业和草原局", aliases, "Site") == {"蒙古国", "哈萨克斯坦"}
    assert of_type("为老挝、蒙古等国家提供监测台。", "深圳市应急管理局", aliases, "Site") == {"老挝", "蒙古"}


def test_foreign_cities_written_without_a_suffix_are_sites(aliases):
    text = "组织企业赴德国杜伊斯堡、波兰罗兹和哈萨克斯坦阿拉木图开展对接，开通至莫斯科、明斯克的班列。"
    sites = of_type(text, "天津市商务局", aliases, "Site")
    assert {"德国", "杜伊斯堡", "阿拉木图", "莫斯科", "明斯克", "哈萨克斯坦"} <= sites


def test_a_city_written_without_its_administrative_ending(aliases):
    text = "开通至韩国仁川、大邱的航线，赴越南胡志明市考察。"
    assert of_type(text, "青岛市海洋发展局", aliases, "Site") >= {"韩国", "仁川", "大邱"}


@pytest.mark.parametrize("text", ["午餐提供汉堡包和饮料。", "展馆内容包罗万象。", "增加纳入监测的企业。", "发展大数据产业。"])
def test_a_foreign_name_inside_an_everyday_word_is_no_site(aliases, text):
    assert of_type(text, "济南市商务局", aliases, "Site") == set()


def test_a_county_far_from_home_is_a_word_unless_listed(aliases):
    text = "推动七星数据中心扩容，大桥南岸集散道路完工。"
    assert of_type(text, "济南市大数据局", aliases, "Site", home="3701") == set()
    assert of_type("在七星、秀峰开展试点。", "济南市大数据局", aliases, "Site", home="3701") == {"七星", "秀峰"}


def test_a_company_introduced_by_what_it_is(aliases):
    text = "推动日本企业松下集团、新加坡企业丰益国际集团在保税区设立总部；市中小企业服务中心做好对接。"
    units = of_type(text, "青岛市商务局", aliases, "Unit")
    assert {"松下集团", "丰益国际集团", "青岛市中小企业服务中心"} <= units
    assert not any(u.endswith("企业松下集团") or u.startswith("业") for u in units)


def test_a_national_bodys_office_in_a_city_is_one_name(aliases):
    text = "会同国家税务总局厦门市税务局、厦门海关落实出口退税政策。"
    assert of_type(text, "厦门市商务局", aliases, "Unit") == {"国家税务总局厦门市税务局", "厦门海关"}


def test_the_company_form_after_a_group_name(aliases):
    text = "联合青岛西海岸投资集团有限公司设立产业基金。"
    assert of_type(text, "青岛市投资促进局", aliases, "Unit") == {"青岛西海岸投资集团有限公司"}


def test_a_proper_body_before_a_count_is_still_named(aliases):
    assert "山东大学齐鲁医院" in of_type("山东大学齐鲁医院12个专科参与义诊。", "济南市卫生健康委员会", aliases, "Unit")


def test_counted_facilities_and_facility_kinds_are_no_sites(aliases):
    text = "在舜耕路沿线建设快充站12座、加氢站3座，对换热站实时监测，提供预约、支付一站式服务；协调有关部门解决景区供电问题。"
    assert of_type(text, "济南市能源局", aliases, "Site") == {"舜耕路"}


def test_an_app_with_a_shaped_name_is_a_platform(aliases):
    got = found("在“三秦通”APP开通补贴查询，推行“一网通办”。", "西安市能源局", aliases)
    assert ("Platform", "三秦通") in got and ("Framework", "三秦通") not in got


def test_international_bodies_and_marketplaces(aliases):
    got = found("深化与东盟合作，支持企业入驻亚马逊、速卖通开展跨境零售。", "厦门市商务局", aliases)
    assert {("Unit", "东盟"), ("Platform", "亚马逊"), ("Platform", "全球速卖通")} <= got


def test_divisions_listed_before_one_share_its_kind(aliases):
    text = "在历下、市中、槐荫区开展整治；会同历城、长清区人民政府推进。"
    got = found(text, "济南市市场监督管理局", aliases)
    assert {("Site", "历下区"), ("Site", "市中区"), ("Site", "槐荫区")} <= got
    assert {("Unit", "历城区人民政府"), ("Unit", "长清区人民政府")} <= got


def test_towns_and_their_offices_listed_before_one_share_its_kind(aliases):
    got = found("指导洪山、北关街道办事处开展演练，在洪家、海门街道设点。", "台州市卫生健康委员会", aliases)
    assert {("Unit", "洪山街道办事处"), ("Unit", "北关街道办事处"), ("Site", "洪家街道"), ("Site", "海门街道")} <= got
    assert not any(name.startswith("指导") for _, name in got)


def test_a_bracketed_province_inside_a_national_zone(aliases):
    sites = of_type("推动中国（福建）自由贸易试验区厦门片区与前海片区合作。", "厦门市商务局", aliases, "Site")
    assert "中国（福建）自由贸易试验区厦门" in sites or "中国（福建）自由贸易试验区厦门片区" in sites
    assert "中国（天津）自由贸易试验区滨海新片区" in of_type(
        "中国（天津）自由贸易试验区滨海新片区产业集聚。", "天津市商务局", aliases, "Site")


def test_a_place_inside_a_word_starts_no_name_and_局长_does_not_block_a_branch(aliases):
    text = "委托吉林大学、东北师范大学开展研究；会同国家税务总局长春市税务局落实政策。"
    assert of_type(text, "长春市商务局", aliases, "Unit") == {"吉林大学", "东北师范大学", "国家税务总局长春市税务局"}


def test_fairs_by_their_partners_without_the_edition(aliases):
    text = "办好第五届中国—中亚博览会，组织企业参加第十届中国—南亚博览会。"
    assert of_type(text, "昆明市商务局", aliases, "Unit") == {"中国—中亚博览会", "中国—南亚博览会"}


def test_museums_libraries_and_zones_are_sites(aliases):
    text = "推动西安博物院、陕西省图书馆、曲江美术馆开展研学；在西咸新区综合保税区、高新区金融区布局。"
    sites = of_type(text, "西安市文化和旅游局", aliases, "Site")
    assert {"西安博物院", "陕西省图书馆", "曲江美术馆"} <= sites


def test_a_foreign_country_before_a_port_is_a_place_of_its_own(aliases):
    got = of_type("学习借鉴荷兰鹿特丹港的管理经验。", "天津市交通运输委员会", aliases, "Site")
    assert {"荷兰", "鹿特丹港"} <= got and "荷兰鹿特丹港" not in got


def test_words_that_hold_a_joiner_or_a_level_do_not_split_a_name(aliases):
    text = "与北京协和医院、福建省立医院开展合作，与澳门贸易投资促进局签署备忘录。"
    assert of_type(text, "银川市卫生健康委员会", aliases, "Unit") == {"北京协和医院", "福建省立医院", "澳门贸易投资促进局"}


def test_kinds_of_systems_and_described_kinds_of_bodies_are_no_names(aliases):
    text = "整改各学校信息化系统隐患，推动港口企业信息化系统互联；推动历下、市中区优质学校与章丘区农村学校结对。"
    got = found(text, "济南市教育局", aliases)
    assert not {n for t, n in got if t in ("Platform", "Unit")}
    assert {("Site", "历下区"), ("Site", "市中区"), ("Site", "章丘区")} <= got


def test_roads_whose_ending_is_also_a_word_and_places_after_a_town(aliases):
    text = "在中山路、解放一路、人民路试点公交优先；在红石崖街道永丰产业基地建设站点。一路走来，加强山路巡查。"
    sites = of_type(text, "青岛市交通运输局", aliases, "Site")
    assert {"中山路", "解放一路", "红石崖街道", "永丰产业基地"} <= sites and "山路" not in sites
