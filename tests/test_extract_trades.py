"""Names as fisheries, industry, development, medical-insurance and forestry bureaus write them:
companies whose brand jieba does not know, X和Y bureaus, ports and their districts, ranks of
zones, a county inside a longer word. Sentences of our own in the style of Weihai, Zhengzhou,
Zhangzhou, Shaoguan and Haibei tables."""

from __future__ import annotations

import pytest
from extracting import found as found_types, of_type

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


def test_a_bare_autonomous_region_is_the_owners_province(aliases):
    text = "根据自治区体育局桂体函(2023)56号文件要求报送数据，争取自治区卫健委支持。"
    assert of_type(text, "柳州市体育局", aliases, "Unit") == {"广西壮族自治区体育局", "广西壮族自治区卫健委"}


@pytest.mark.parametrize("owner, text, unit", [
    ("常州市人民防空办公室", "我办工程管理处完成验收。", "常州市人民防空办公室工程管理处"),
    ("绍兴市住房公积金管理中心", "由本中心诸暨分中心牵头试点。", "绍兴市住房公积金管理中心诸暨分中心"),
    ("绍兴市住房公积金管理中心", "我中心完成系统升级。", "绍兴市住房公积金管理中心"),
])
def test_an_office_or_centre_names_itself_and_its_divisions(aliases, owner, text, unit):
    assert of_type(text, owner, aliases, "Unit") == {unit}


def test_a_party_before_its_local_committee_is_one_name(aliases):
    assert of_type("办理结果已书面答复民盟桂林市委会。", "桂林市体育局", aliases, "Unit") == {"民盟桂林市委会"}


@pytest.mark.parametrize("text, sites", [
    ("依托漓江、桃花江沿岸绿道建成健身带。", {"漓江", "桃花江"}),
    ("在大通县老爷山、象鼻山开展巡查。", {"象鼻山"}),
    ("开通柳州白莲机场至越南河内的货运航线。", {"柳州白莲机场", "越南", "河内"}),
    ("完成延陵西路、和平北路人防工程改造。", {"延陵西路", "和平北路"}),
    ("赛事期间加密桂林两江国际机场至阳朔县的航班。", {"桂林两江国际机场", "阳朔县"}),
])
def test_rivers_mountains_and_places_written_after_a_word(aliases, text, sites):
    assert sites <= of_type(text, "桂林市体育局", aliases, "Site")
    assert not {"越南河", "平北路", "加密桂林两江国际机场", "沿河"} & of_type(text, "桂林市体育局", aliases, "Site")


@pytest.mark.parametrize("text", ["推进沿河截污工程。", "串联净月潭、莲花山、庙香山等冰雪景区。"])
def test_no_river_or_mountain_inside_a_longer_word(aliases, text):
    assert not {"沿河", "香山"} & of_type(text, "长春市文化广播电视和旅游局", aliases, "Site")


@pytest.mark.parametrize("text, unit", [
    ("本建议由市人防办承办。", "常州市人防办"),
    ("通过视频会议与新加坡民防部队交流。", "新加坡民防部队"),
])
def test_more_kinds_of_body(aliases, text, unit):
    assert unit in of_type(text, "常州市人民防空办公室", aliases, "Unit")


def test_ways_of_handling_are_no_bodies(aliases):
    assert of_type("实现出生医学证明、户口登记、医保参保联办，开展上门办证服务。", "襄阳市公安局", aliases, "Unit") == set()


@pytest.mark.parametrize("text, sites, not_sites", [
    ("整治茶陵县严塘镇、攸县黄丰桥镇危桥18座。", {"茶陵县", "严塘镇", "攸县", "黄丰桥镇"}, {"整治茶陵", "黄丰桥镇危桥"}),
    ("攸县、茶陵县创建“四好农村路”全国示范县。", {"攸县", "茶陵县"}, {"范县", "四好农村路"}),
    ("潮南生活垃圾焚烧发电厂建成投产，平海电厂完成改造。", {"潮南生活垃圾焚烧发电厂", "平海电厂"}, set()),
])
def test_towns_plants_and_words_that_hold_a_county(aliases, text, sites, not_sites):
    found = of_type(text, "株洲市交通运输局", aliases, "Site")
    assert sites <= found and not (not_sites & found)


@pytest.mark.parametrize("text", ["创建国家级胸痛中心和卒中中心。", "在各县建成县级客货邮综合服务中心。", "推进乡镇卫生院标准化建设。"])
def test_ranks_and_kinds_of_body_name_none(aliases, text):
    assert of_type(text, "拉萨市卫生健康委员会", aliases, "Unit") == set()


def test_a_platform_going_live(aliases):
    # 平台上 (on the platform) is no platform, but 平台 | 上线 is one going live
    assert of_type("在拉萨市全民健康信息平台上线签约模块。", "拉萨市卫生健康委员会", aliases, "Platform") == {"拉萨市全民健康信息平台"}
    assert of_type("在平台上发布信息。", "拉萨市卫生健康委员会", aliases, "Platform") == set()


def test_a_handing_verb_starts_no_company_name(aliases):
    assert of_type("将环卫作业交由汕头市城发环境服务有限公司运营。", "汕头市城市管理和综合执法局", aliases, "Unit") == {"汕头市城发环境服务有限公司"}


@pytest.mark.parametrize("owner, text, units", [
    ("楚雄彝族自治州文化和旅游局", "会同州住建局、州市场监管局开展检查。", {"楚雄彝族自治州住建局", "楚雄彝族自治州市场监管局"}),
    ("和田地区商务和工业信息化局", "会同地区财政局落实补贴，自治区商务厅同意申报。", {"和田地区财政局", "新疆维吾尔自治区商务厅"}),
])
def test_a_prefecture_or_region_names_its_bodies_by_its_kind(aliases, owner, text, units):
    assert of_type(text, owner, aliases, "Unit") == units


def test_a_number_cited_with_a_preposition(aliases):
    docs = of_type("省水利厅以湘水函【2021】112号批复初步设计。", "常德市水利局", aliases, "Document")
    assert docs == {"湘水函〔2021〕112号"}
    docs = of_type("区财政局已以深龙财〔2024〕18号下达资金，江苏省大数据管理中心以苏大数函(2022)27号同意。", "深圳市龙岗区应急管理局", aliases, "Document")
    assert docs == {"深龙财〔2024〕18号", "苏大数函〔2022〕27号"}  # the sender, and 已, are no part of the number


@pytest.mark.parametrize("text, sites, not_sites", [
    ("加快钱粮湖垸、建新垸蓄洪工程建设，对铁山灌区放水。", {"钱粮湖垸", "建新垸", "铁山灌区"}, {"钱粮湖"}),
    ("会同水务局在黄河、大黑河沿岸灌区实施改造。", {"黄河", "大黑河"}, {"大黑河沿岸灌区"}),
    ("稳定开行和田站始发班列。", {"和田站"}, {"开行和田站", "稳定开行和田站"}),
    ("推动非遗进景区，实现全州4A级以上景区5G全覆盖。", set(), {"非遗进景区", "A级以上景区", "全州"}),
])
def test_polders_irrigation_districts_and_phrases_holding_none(aliases, text, sites, not_sites):
    found = of_type(text, "常德市水利局", aliases, "Site")
    assert sites <= found and not (not_sites & found)


def test_a_service_number_before_a_platform_word_is_a_platform(aliases):
    found = found_types("指导企业通过“95306”平台办理订车，构建“31631”体系。", "和田地区商务和工业信息化局", aliases)
    assert ("Platform", "95306") in found and ("Framework", "31631") in found and ("Framework", "95306") not in found


@pytest.mark.parametrize("text, person", [
    ("2023年邀请艾尔肯·买买提委员参与筹备工作。", "艾尔肯·买买提"),
    ("办理结果已答复古丽努尔·阿不都热依木代表。", "古丽努尔·阿不都热依木"),
])
def test_a_name_written_with_a_middle_dot(aliases, text, person):
    assert of_type(text, "和田地区商务和工业信息化局", aliases, "Person") == {person}


@pytest.mark.parametrize("owner, text, units", [
    ("锡林郭勒盟生态环境局", "1.会同盟气象局建立会商机制，配合盟林草局实施工程。", {"锡林郭勒盟气象局", "锡林郭勒盟林草局"}),
    ("江苏省交通运输厅", "我厅会同省港航中心编制规划，会同省公安厅交通管理局开展整治。",
     {"江苏省交通运输厅", "江苏省港航中心", "江苏省公安厅交通管理局"}),
])
def test_a_league_or_a_province_names_its_bodies_by_its_kind(aliases, owner, text, units):
    assert of_type(text, owner, aliases, "Unit") == units


@pytest.mark.parametrize("text, sites", [
    ("年内完成库布其沙漠锁边治理，在锡林浩特自然保护区开展巡护。", {"库布其沙漠", "锡林浩特自然保护区"}),
    ("在巴彦浩特镇、达来呼布镇淘汰燃煤锅炉。", {"巴彦浩特镇", "达来呼布镇"}),
    ("京杭运河航道整治完成。", {"京杭运河"}),
])
def test_deserts_reserves_long_town_names_and_canals(aliases, text, sites):
    assert sites <= of_type(text, "阿拉善盟生态环境局", aliases, "Site")


@pytest.mark.parametrize("text, platform", [
    ("在全国社会组织信用信息公示平台公示异常名录。", "全国社会组织信用信息公示平台"),
    ("建成鄂尔多斯市重点污染源在线监控系统。", "鄂尔多斯市重点污染源在线监控系统"),
    ("我厅建成江苏省综合交通数据仓。", "江苏省综合交通数据仓"),
])
def test_platform_names_reach_back_to_their_scope(aliases, text, platform):
    assert of_type(text, "江苏省交通运输厅", aliases, "Platform") == {platform}


def test_a_body_counted_in_words_is_none(aliases):
    assert of_type("每个街道建设一所综合性养老服务中心。", "成都市武侯区民政局", aliases, "Unit") == set()


def test_a_departments_bureau_and_a_system_named_by_its_work(aliases):
    owner = "湖南省自然资源厅"
    text = "依托岳麓区孵化载体运营监测系统评价载体；本建议由厅国土空间规划局具体承办。"
    assert of_type(text, owner, aliases, "Unit") == {"湖南省自然资源厅国土空间规划局"}
    assert of_type(text, owner, aliases, "Platform") == {"岳麓区孵化载体运营监测系统"}


@pytest.mark.parametrize("text, site", [
    ("在西丽湖国际科教城布局建设概念验证中心。", "西丽湖国际科教城"),
    ("在深圳湾超级总部基地配建国际学校。", "深圳湾超级总部基地"),
    ("对接上海张江高科技园区。", "上海张江高科技园区"),
])
def test_science_cities_headquarters_bases_and_tech_parks(aliases, text, site):
    assert of_type(text, "深圳市南山区科技创新局", aliases, "Site") == {site}


@pytest.mark.parametrize("text, sites, not_sites", [
    ("建成如皋南站连接线福寿路6.2公里。", {"如皋南站", "福寿路"}, {"皋南站", "连接线福寿路"}),
    ("在长江大桥北岸桥下空间建设公园，串联狼山风景区，高峰时段平均过桥时间缩短。", {"狼山风景区"}, {"串联狼山风景区", "北岸桥"}),
])
def test_a_county_short_name_before_a_station_and_words_around_bridges(aliases, text, sites, not_sites):
    found = of_type(text, "南通市交通运输局", aliases, "Site")
    assert sites <= found and not (not_sites & found)


def test_a_verb_right_after_a_place_starts_no_centre(aliases):
    units = of_type("在龙井市、图们市建设远程心电诊断中心；会同图们市建设委员会落实。", "延边朝鲜族自治州卫生健康委员会", aliases, "Unit")
    assert "图们市建设委员会" in units and not any(u.endswith("建设远程心电诊断中心") for u in units)


@pytest.mark.parametrize("text, docs", [
    ("按照商务部商服贸函（2023）156号要求开展直报统计。", {"商服贸函〔2023〕156号"}),
    ("根据国卫办医发〔2022〕8号通知执行。", {"国卫办医发〔2022〕8号"}),
])
def test_a_ministrys_name_before_its_number(aliases, text, docs):
    assert of_type(text, "广东省商务厅", aliases, "Document") == docs


@pytest.mark.parametrize("text, sites", [
    ("建设中国（广东）自由贸易试验区，推进中国（广州）跨境电子商务综合试验区建设。",
     {"中国（广东）自由贸易试验区", "中国（广州）跨境电子商务综合试验区"}),
    ("在义乌国际商贸城、广州江南果菜批发市场设立展位，组织游客到西江千户苗寨。",
     {"义乌国际商贸城", "广州江南果菜批发市场", "西江千户苗寨"}),
])
def test_free_trade_zones_markets_and_villages(aliases, text, sites):
    assert sites <= of_type(text, "广东省商务厅", aliases, "Site")


def test_a_toilet_is_no_body(aliases):
    assert of_type("改造提升镇远县、施秉县沿线村寨旅游厕所320座。", "黔东南苗族侗族自治州农业农村局", aliases, "Unit") == set()


def test_titles_of_prefectures_and_counties_and_a_committee_that_is_no_title(aliases):
    text = "副州长吴国平带队督导；县长李卫东出席；2024年实现全市业主委员会组建率达到80%。"
    assert of_type(text, "恩施土家族苗族自治州林业局", aliases, "Person") == {"吴国平", "李卫东"}


@pytest.mark.parametrize("text, not_sites", [
    ("开展松材线虫病疫情普查，对隆生大桥桥底空间开展整治，规范路内停车秩序。", {"松材线", "隆生大桥桥", "规范路"}),
    ("在携程、美团等平台上线“机票+景区”套票，累计巡查长城墙体412公里。", {"机票+景区", "巡查长城墙"}),
])
def test_words_that_end_in_a_place_suffix_and_bundles(aliases, text, not_sites):
    assert not (not_sites & of_type(text, "惠州市惠城区城市管理和综合执法局", aliases, "Site"))


def test_a_universitys_branch_campus_is_named_with_it(aliases):
    assert "东北大学秦皇岛分校" in of_type("支持东北大学秦皇岛分校开展数字化采集。", "秦皇岛市文化广电和旅游局", aliases, "Unit")
