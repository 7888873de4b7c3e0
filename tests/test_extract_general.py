"""General classes of names: lines and stations, rivers and towns, named programmes, apps,
brands, abbreviated bodies, persons by role, and the table-level folding of short names.
Sentences in the style of other cities and years (Hangzhou, Chengdu, Foshan, Wuhan)."""

from __future__ import annotations

from pathlib import Path

import pytest
from extracting import found, names, of_type, table_mentions

from extract.canon import Alias, AliasRegistry, load_aliases
from extract.finders import Context
from extract.mentions import fold_long_names
from extract.model import Mention


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


# Sites


def test_metro_lines_share_their_prefix_in_a_list(aliases):
    text = "在地铁5号线、16号线和19号线沿线设置应急物资点。"
    assert of_type(text, "杭州市应急管理局", aliases, "Site") == {"地铁5号线", "地铁16号线", "地铁19号线"}


def test_station_after_a_line_starts_after_it(aliases):
    text = "推进地铁2号线人民北路站、春熙路站和成都东站客流疏导。"
    sites = of_type(text, "成都市交通运输局", aliases, "Site")
    assert {"地铁2号线", "人民北路站", "春熙路站", "成都东站"} <= sites
    assert not any(name.startswith("线") for name in sites)


def test_facilities_ending_in_station_are_no_places(aliases):
    text = "建设应急救援站、微型消防站和社区卫生服务站，升级5G基站和地铁车站。"
    assert of_type(text, "武汉市应急管理局", aliases, "Site") == set()


def test_rivers_lakes_towns_and_streets(aliases):
    text = "开展钱塘江、千岛湖水域巡查，在瓶窑镇、良渚街道设置避险点，完善河长制。"
    sites = of_type(text, "杭州市应急管理局", aliases, "Site")
    assert {"钱塘江", "千岛湖", "瓶窑镇", "良渚街道"} <= sites
    assert of_type(text, "杭州市应急管理局", aliases, "Framework") == set()  # 河长制 has no numeric shape


def test_programmes_by_their_shape(aliases):
    text = "落实“门前三包”和“一单制”，开展“清四乱”，推行河长制、接诉即办和跨省通办，推进“一网统管”。"
    assert of_type(text, "杭州市城市管理局", aliases, "Framework") == {"门前三包", "一单制", "清四乱", "一网统管"}


def test_everyday_words_ending_in_river_line_or_town_are_no_places(aliases):
    text = "守住安全底线，畅通热线，推进城乡融合和乡镇、镇街应急能力建设，整治江河湖库。"
    assert of_type(text, "武汉市应急管理局", aliases, "Site") == set()


def test_expressways_ports_and_bridges_start_after_a_verb(aliases):
    text = "禁止危险货物车辆通行杭州湾跨海大桥，引导车辆经杭州绕城高速、杭甬高速绕行，加强北仑港区巡查。"
    sites = of_type(text, "宁波市交通运输局", aliases, "Site")
    assert {"杭州湾跨海大桥", "杭州绕城高速", "杭甬高速", "北仑港区"} <= sites


def test_airports_fold_to_their_full_name(aliases):
    """A short name folds; one that only leaves out its city stays as written in a field."""
    text = "保障双流机场和天府国际机场旅客疏散。"
    assert of_type(text, "成都市交通运输局", aliases, "Site") == {"成都双流国际机场", "天府国际机场"}


def test_an_area_of_a_known_place_is_the_place(aliases):
    assert "前海" in of_type("推进前海片区海绵城市建设。", "深圳市水务局", aliases, "Site")


# Frameworks


def test_named_programmes_quoted_or_not(aliases):
    text = "深化放管服改革，推进“最多跑一次”和一网通办，落实“双随机、一公开”监管。"
    assert of_type(text, "杭州市市场监督管理局", aliases, "Framework") == {"放管服", "最多跑一次", "一网通办", "双随机、一公开"}


def test_minute_circles_quoted_or_not(aliases):
    text = "打造15分钟便民生活圈和“30分钟应急救援圈”，30分钟内到达现场。"
    assert of_type(text, "成都市应急管理局", aliases, "Framework") == {"15分钟便民生活圈", "30分钟应急救援圈"}


def test_ordinary_quoted_words_stay_out(aliases):
    text = "打通“最后一公里”，实现“平急两用”，防止“信息孤岛”。"
    assert of_type(text, "武汉市应急管理局", aliases, "Framework") == set()


# Platforms


def test_government_apps_and_maps(aliases):
    text = "通过浙里办、随申办和“天府蓉易办”平台办理，在高德地图、百度地图上线导航。"
    platforms = of_type(text, "成都市政务服务管理和网络理政办公室", aliases, "Platform")
    assert {"浙里办", "随申办", "天府蓉易办", "高德地图", "百度地图"} <= platforms
    assert of_type(text, "成都市政务服务管理和网络理政办公室", aliases, "Unit") == set()


def test_quoted_name_before_a_description_of_the_system(aliases):
    text = "上线“蓉e行”智慧交通服务平台，接入“浙安码”和城市运行管理系统。"
    platforms = of_type(text, "成都市交通运输局", aliases, "Platform")
    assert "蓉e行" in platforms
    assert not any("和" in name for name in platforms)


def test_digits_inside_a_name_but_no_count(aliases):
    text = "升级武汉市120急救指挥调度系统，整合3个平台。"
    assert of_type(text, "武汉市卫生健康委员会", aliases, "Platform") == {"武汉市120急救指挥调度系统"}


def test_a_body_and_a_kind_of_system_is_no_platform(aliases):
    text = "推动杭州市应急指挥中心与杭州市防汛防台抗旱指挥部办公室视频会商系统互联互通。"
    found_here = found(text, "杭州市应急管理局", aliases)
    assert ("Unit", "杭州市防汛防台抗旱指挥部办公室") in found_here
    assert not {name for t, name in found_here if t == "Platform"}


def test_national_platform_keeps_its_scope(aliases):
    text = "依托全国信用信息共享平台开展联合惩戒。"
    assert of_type(text, "佛山市市场监督管理局", aliases, "Platform") == {"全国信用信息共享平台"}


# Units


def test_brand_companies(aliases):
    text = "联合腾讯、美团、滴滴出行和海康威视开展试点，中国铁塔提供站址。"
    units = of_type(text, "杭州市交通运输局", aliases, "Unit")
    assert {"腾讯", "美团", "滴滴出行", "海康威视", "中国铁塔"} <= units


@pytest.mark.parametrize("text, platforms, units", [
    ("在美团、饿了么等平台开展网络订餐监测，依托京东、拼多多开设店铺。", {"美团", "饿了么", "京东", "拼多多"}, set()),
    ("督促美团、哈啰、青桔三家运营企业落实电子围栏，约谈携程、飞猪等平台企业。", set(), {"美团", "哈啰", "青桔", "携程", "飞猪"}),
    ("推动合肥、芜湖等地企业上线京东。", {"京东"}, set()),
])
def test_shopping_and_delivery_apps_are_platforms_unless_listed_as_companies(aliases, text, platforms, units):
    assert of_type(text, "南京市城市管理局", aliases, "Platform") == platforms
    assert of_type(text, "南京市城市管理局", aliases, "Unit") == units


def test_abbreviated_bodies_take_the_owner_city_and_province(aliases):
    text = "会同市卫健委、市疾控中心、市医保局和省卫健委开展联合督查。"
    units = of_type(text, "武汉市应急管理局", aliases, "Unit")
    # the kind stays abbreviated until the table names the full body (see test_extract_folding)
    assert units == {"武汉市卫健委", "武汉市疾控中心", "武汉市医保局", "湖北省卫健委"}


def test_an_abbreviated_kind_is_not_guessed_where_cities_differ(aliases):
    # Chongqing's transport bureau is 重庆市交通局; no 交通运输局 is made up for it
    assert of_type("配合市交通局开展检查。", "重庆市应急管理局", aliases, "Unit") == {"重庆市交通局"}


def test_a_table_without_a_city_keeps_the_bare_level(aliases):
    assert of_type("会同省应急管理厅开展检查。", "市应急管理局", aliases, "Unit") == {"省应急管理厅"}


def test_regional_aliases_hold_only_in_their_region(aliases):
    owner = "成都市住房和城乡建设局"
    assert of_type("会同市住建局、省住建厅、成华区住建局调研。", owner, aliases, "Unit", home="5101") == {
        "成都市住建局", "四川省住建厅", "成华区住建局"}
    assert of_type("会同市住建局调研。", "市应急管理局", aliases, "Unit", home="4403") == {"市住房和建设局"}


def test_a_government_is_named_as_written_unless_the_table_writes_it_in_full(aliases):
    owner = "佛山市市场监督管理局"
    assert names(table_mentions(owner, ["按程序报市政府审定。"], aliases=aliases), "Unit") == {"市政府"}
    found = table_mentions(owner, ["按程序报市政府审定。", "佛山市人民政府印发方案。"], aliases=aliases)
    assert names(found, "Unit") == {"佛山市人民政府"}
    assert names(table_mentions(owner, ["会同坪山区政府开展检查。"], aliases=aliases), "Unit") == {"坪山区政府"}


def test_squads_of_a_named_place_and_their_abbreviations(aliases):
    text = "联合佛山市消防救援支队、市公安局交警支队开展演练。"
    assert of_type(text, "佛山市应急管理局", aliases, "Unit") == {"佛山市消防救援支队", "佛山市公安局交警支队"}


def test_a_parent_body_before_a_place_stays_in_the_name(aliases):
    text = "会同中国移动佛山分公司、北京大学深圳医院开展合作。"
    assert of_type(text, "佛山市卫生健康局", aliases, "Unit") == {"中国移动佛山分公司", "北京大学深圳医院"}


def test_coordinated_places_share_an_abbreviated_body(aliases):
    text = "会同顺德区、南海区市场监管局开展检查。"
    assert of_type(text, "佛山市市场监督管理局", aliases, "Unit") == {"顺德区市场监管局", "南海区市场监管局"}


def test_kinds_of_bodies_are_no_units(aliases):
    text = "督促网约车平台公司落实责任，指导二级以上医院、互联网医院和镇街市场监管所，配合交通运输部门。"
    assert of_type(text, "杭州市交通运输局", aliases, "Unit") == set()


# Persons


def test_names_after_a_role_or_a_body(aliases):
    text = "与提案人王丽华委员沟通，会同住建局李建国副局长、香港渠务署陈志明先生对接。"
    assert of_type(text, "佛山市水务局", aliases, "Person") == {"王丽华", "李建国", "陈志明"}


def test_names_between_you_and_a_verb_of_leading(aliases):
    text = "由张建华牵头，经刘明审定；由市政府负责，经专班研究。"
    assert of_type(text, "杭州市应急管理局", aliases, "Person") == {"张建华", "刘明"}


def test_names_between_a_title_and_what_the_person_did(aliases):
    text = "副省长于洪涛带队赴日本推介，副区长张明亮现场观摩，副市长王志明现场调研，副区长周婷专题调研；市长亲自部署，副市长一行检查。"
    assert of_type(text, "山东省交通运输厅", aliases, "Person") == {"于洪涛", "张明亮", "王志明", "周婷"}


def test_names_after_a_title_or_with_a_rarer_surname(aliases):
    text = "根据区长程军同志批示，按照傅华强副市长要求开展检查。"
    assert of_type(text, "深圳市商务局", aliases, "Person") == {"程军", "傅华强"}


def test_a_name_right_after_a_title_or_a_role_whatever_follows(aliases):
    text = ("由副市长陈卫东担任总河长，按照副市长高建华“宁可十防九空”要求，副区长李俊参加检查；南沙区赵立新副区长带队，"
            "按照顾海东副市长部署。传承人刘香兰带徒授艺，专家林晓东团队指导，专家来泸指导，教师周转宿舍建成，专家和人才到场，"
            "副市长高度重视，总工程量的六成，联系人：王敏。")
    assert of_type(text, "成都市应急管理局", aliases, "Person") == {"陈卫东", "高建华", "李俊", "赵立新", "顾海东", "刘香兰", "林晓东", "王敏"}
    assert of_type("副市长欧阳志刚带队检查。", "长沙市住房和城乡建设局", aliases, "Person") == {"欧阳志刚"}
    assert of_type("虎门镇镇长叶建明牵头推进，沈巷镇长江大堤加固，由乡长负责。", "东莞市交通运输局", aliases, "Person") == {"叶建明"}


def test_a_company_starts_at_its_place_after_a_verb_or_a_role(aliases):
    text = ("我局函告太原市轨道交通发展有限公司整改，活动承办方惠州市鹏程文化传播有限公司负责安保，"
            "中国人民财产保险股份有限公司深圳市分公司承保，深圳市光明区建设发展集团有限公司承建。")
    assert of_type(text, "太原市城乡管理局", aliases, "Unit") >= {
        "太原市轨道交通发展有限公司", "惠州市鹏程文化传播有限公司", "中国人民财产保险股份有限公司深圳市分公司", "深圳市光明区建设发展集团有限公司"}


def test_a_district_bureau_written_by_its_usual_abbreviation(aliases):
    text = "我局会同区经促局及西乡街道办事处开展排查，区科创局参加。"
    assert of_type(text, "深圳市宝安区应急管理局", aliases, "Unit") >= {"深圳市宝安区经促局", "深圳市宝安区科创局"}


def test_a_brand_written_in_full_is_named_as_written(aliases):
    assert of_type("约谈哈啰出行、滴滴出行等平台企业；哈啰投放单车3000辆。", "昆明市交通运输局", aliases, "Unit") == {"哈啰出行", "滴滴出行", "哈啰"}


def test_roads_named_x_dao_in_a_list_of_roads(aliases):
    text = "重点排查新华道、北新道、建设北路沿线小区，在西山道、裕华道沿线安装报警器；疏通河道、渠道，建成下穿通道、城市隧道。"
    assert {"新华道", "北新道", "西山道", "裕华道"} <= of_type(text, "唐山市应急管理局", aliases, "Site")
    assert not {"河道", "渠道", "下穿通道", "城市隧道"} & of_type(text, "唐山市应急管理局", aliases, "Site")


def test_a_bare_county_is_the_owning_county_and_huitong_the_verb(aliases):
    text = "我局会同县水利局、县住建局开展排查，会同县消防救援大队开展演练，推动县域经济。"
    units = of_type(text, "南昌县应急管理局", aliases, "Unit")
    assert {"南昌县水利局", "南昌县住建局", "南昌县消防救援大队"} <= units
    assert not any(u.startswith("会同县") for u in units)


def test_a_party_branch_named_zhishe(aliases):
    assert of_type("九三学社南昌县支社提出的建议已吸收进方案。", "南昌县应急管理局", aliases, "Unit") == {"九三学社南昌县支社"}


def test_streams_named_x_shui_in_a_list_of_rivers(aliases):
    text = "加快石马河干流及雁田水、契爷石水等支流截污，完成牛路水、小海河、汾水等14条支流整治；收集污水、雨水，防治老空水、顶板水等。"
    sites = of_type(text, "东莞市水务局", aliases, "Site")
    assert {"雁田水", "契爷石水", "牛路水", "汾水"} <= sites
    assert not {"污水", "雨水", "老空水", "顶板水"} & sites


def test_university_towns_and_airport_buses(aliases):
    text = "开通机场至观山湖区、花溪大学城机场大巴，新开昆明长水国际机场至昆明南站、西山万达广场机场巴士2条，仙林大学城周边。"
    sites = of_type(text, "贵阳市交通委员会", aliases, "Site")
    assert {"花溪大学城", "西山万达广场", "仙林大学城", "昆明长水国际机场"} <= sites
    assert not any(s.endswith("广场机场") or s.endswith("大学城机场") for s in sites)


def test_a_street_named_by_a_direction_alone_after_a_verb(aliases):
    sites = of_type("推动阳朔西街提质。1.整治西街业态；修缮解放西街，拓宽解放西路。", "桂林市文化广电和旅游局", aliases, "Site")
    assert {"阳朔西街", "解放西街", "解放西路"} <= sites and "整治西街" not in sites


def test_a_monitoring_central_station_is_a_body_and_a_metro_station_a_place(aliases):
    text = "无锡市环境监测中心站完成监测，国家海洋局天津海洋环境监测中心站参与；在地铁R3线奥体中心站组织演练。"
    assert {"无锡市环境监测中心站", "国家海洋局天津海洋环境监测中心站"} <= of_type(text, "无锡市生态环境局", aliases, "Unit")
    assert "奥体中心站" in of_type(text, "无锡市生态环境局", aliases, "Site")


def test_a_memorial_named_by_the_date_of_its_event(aliases):
    sites = of_type("组织参观5·12汶川特大地震纪念馆，加固3.2公里海堤。", "绵阳市应急管理局", aliases, "Site")
    assert "5·12汶川特大地震纪念馆" in sites and not any(s.startswith("3.2") or s.startswith("2公里") for s in sites)


def test_bike_and_ride_hailing_brands_are_bodies(aliases):
    text = "约谈摩拜、ofo等运营企业，查看portfolio和info页面，优步接入平台。"
    assert of_type(text, "深圳市交通运输局", aliases, "Unit") == {"摩拜", "ofo", "优步"}


def test_a_companys_project_department_is_the_company(aliases):
    text = "约谈广州市第二建筑工程有限公司项目部项目经理，督促施工项目部整改。"
    assert of_type(text, "广州市天河区住房和建设局", aliases, "Unit") == {"广州市第二建筑工程有限公司"}


def test_a_port_written_right_after_its_zone_is_named_alone(aliases):
    sites = of_type("推进深汕特别合作区小漠港建设。", "深圳市规划和自然资源局", aliases, "Site")
    assert {"深汕特别合作区", "小漠港"} <= sites and "深汕特别合作区小漠港" not in sites


def test_verbs_jieba_reads_as_nouns_start_no_place(aliases):
    sites = of_type("总结猎德村改造经验，修剪光侨路绿化，压减麻地壕灌区用水。", "广州市天河区住房和建设局", aliases, "Site")
    assert {"猎德村", "光侨路", "麻地壕灌区"} <= sites and not any(s.startswith(("总结", "修剪", "压减")) for s in sites)


def test_the_side_of_a_great_lake_is_named_with_it(aliases):
    sites = of_type("加强东洞庭湖、西洞庭湖巡查，在东太湖清淤；广东洞庭湖。", "岳阳市君山区应急管理局", aliases, "Site")
    assert {"东洞庭湖", "西洞庭湖", "东太湖", "洞庭湖"} <= sites


def test_a_village_of_one_character_after_its_town(aliases):
    sites = of_type("在凤岗镇雁田村、塘厦镇林村设置断面；推行乡村医生“县聘乡管村用”。", "东莞市水务局", aliases, "Site")
    assert {"凤岗镇", "雁田村", "塘厦镇", "林村"} <= sites and not {"塘厦镇林村", "管村"} & sites


def test_a_bodys_system_named_by_a_water_and_a_subsystem_by_its_platform(aliases):
    text = "接入湖南省水利厅洞庭湖水情信息系统；建成深圳市智慧水务一体化平台排水子系统。"
    assert of_type(text, "岳阳市君山区应急管理局", aliases, "Platform") == {"洞庭湖水情信息系统", "深圳市智慧水务一体化平台"}
    assert "湖南省水利厅" in of_type(text, "岳阳市君山区应急管理局", aliases, "Unit")


def test_coordinated_bodies_share_the_whole_name(aliases):
    units = of_type("与龙岗、惠阳区三防指挥部办公室建立联防机制。", "深圳市坪山区应急管理局", aliases, "Unit")
    assert {"龙岗区三防指挥部办公室", "惠阳区三防指挥部办公室"} <= units and "龙岗区三防指挥部" not in units


def test_a_placed_body_before_its_officials_title_is_named(aliases):
    units = of_type("苏州市人大常委会副主任顾明德带队视察，市委书记出席。", "苏州市生态环境局", aliases, "Unit")
    assert "苏州市人大常委会" in units and "苏州市委" not in units


def test_gas_mines_and_flying_services_are_bodies(aliases):
    text = "会同香港特别行政区政府飞行服务队演练；中国石油西南油气田分公司川西北气矿参加；开发煤层气矿，组织志愿服务队。"
    units = of_type(text, "成都市应急管理局", aliases, "Unit")
    assert {"香港特别行政区政府飞行服务队", "中国石油西南油气田分公司川西北气矿"} <= units
    assert not {"煤层气矿", "志愿服务队"} & units


def test_a_company_inside_a_zone_is_named_after_it(aliases):
    text = "督促无锡国家高新技术产业开发区(新吴区)内SK海力士半导体(中国)有限公司完成改造，内蒙古伊泰集团有限公司参加。"
    units = of_type(text, "无锡市生态环境局", aliases, "Unit")
    assert {"SK海力士半导体（中国）有限公司", "内蒙古伊泰集团有限公司"} <= units


def test_finance_towns_and_ecological_corridors(aliases):
    text = "对广州国际金融城在建工地检查，建设大沙河生态长廊，设置防震减灾科普长廊。"
    sites = of_type(text, "广州市天河区住房和建设局", aliases, "Site")
    assert {"广州国际金融城", "大沙河生态长廊"} <= sites and "防震减灾科普长廊" not in sites


def test_highway_interchanges_named_by_a_place(aliases):
    text = ("完成疏港高速公路穿山互通、甬舟高速册子互通、李村河互通，沙文互通改造；"
            "APP实现扫码互通，平台数据互通，系统互联互通，与澳门消防局互通。")
    sites = of_type(text, "宁波市交通运输局", aliases, "Site")
    assert {"穿山互通", "册子互通", "李村河互通", "沙文互通"} <= sites
    assert not any(s.endswith("互通") and s[:-2] in ("扫码", "数据", "互联", "防局", "消防局") for s in sites)


def test_lake_chiefs_dykes_and_a_river_running_into_a_far_district(aliases):
    text = "推动艾溪湖、瑶湖湖长履职常态化；加强赣江堤防；提高涪江城区段防洪标准；三江航道疏浚。"
    sites = of_type(text, "南昌市水利局", aliases, "Site")
    assert {"艾溪湖", "瑶湖", "赣江"} <= sites and not {"瑶湖湖", "江城区", "三江"} & sites


def test_a_listed_place_opening_with_a_numeral_keeps_it(aliases):
    sites = of_type("在两路口、大坪街道检查；2025年在仓前、五常街道试点。", "重庆市渝中区应急管理局", aliases, "Site")
    assert {"两路口街道", "大坪街道", "仓前街道", "五常街道"} <= sites and "路口街道" not in sites


def test_a_thing_counted_and_described_by_one_character_is_no_place(aliases):
    sites = of_type("为政企沟通架起一座金桥；在四台嘴乡、三家子村试点。", "上海市浦东新区应急管理局", aliases, "Site")
    assert not any(s.endswith("金桥") for s in sites) and {"四台嘴乡", "三家子村"} <= sites


def test_a_verb_running_into_a_countrys_name(aliases):
    mentions = table_mentions("合肥市住房和城乡建设局", ["地铁3号线穿越南淝河区段设置监测点，赴越南考察，同意大利开展合作。"], aliases=aliases)
    assert sorted(m.text for m in mentions if m.type == "Site" and m.name in ("越南", "意大利")) == ["意大利", "越南"]


def test_a_road_named_after_a_mountain_of_three_characters(aliases):
    sites = of_type("在莫干山路、湖墅南路沿线挖潜停车泊位，修建山路。", "杭州市住房和城乡建设局", aliases, "Site")
    assert {"莫干山路", "湖墅南路"} <= sites and "莫干山" not in sites


def test_a_district_branch_written_alone_is_the_city_bureaus_own(aliases):
    units = of_type("组织禅城分局、南海分局赴外地学习，会同市公安局南海分局检查。", "佛山市生态环境局", aliases, "Unit")
    assert {"佛山市生态环境局禅城分局", "佛山市生态环境局南海分局", "佛山市公安局南海分局"} <= units
    assert "西湖分局" in of_type("会同西湖分局检查。", "杭州市西湖区教育局", aliases, "Unit")


def test_central_fishing_ports_listed_before_their_kind(aliases):
    sites = of_type("1.加快崇武、祥芝、深沪中心渔港避风锚地建设。", "泉州市应急管理局", aliases, "Site")
    assert {"崇武中心渔港", "祥芝中心渔港", "深沪中心渔港"} <= sites


def test_a_route_from_a_place_of_its_own_kind_names_no_road_by_its_ends(aliases):
    text = "打通坂田街道至清平高速连接线，推进小漠港至深汕高速公路建设，乐业至百色高速公路通车。"
    sites = of_type(text, "深圳市龙岗区交通运输局", aliases, "Site")
    assert {"坂田街道", "清平高速", "小漠港", "深汕高速公路", "乐业至百色高速公路"} <= sites
    assert not {"坂田街道至清平高速", "小漠港至深汕高速公路"} & sites


def test_a_verb_of_sending_starts_no_bodys_name(aliases):
    units = of_type("将考核结果向社会公布，并抄送市住建局和河南省燃气协会。", "开封市应急管理局", aliases, "Unit")
    assert {"开封市住建局", "河南省燃气协会"} <= units and not any("抄送" in u for u in units)


def test_a_station_listed_before_a_town_names_no_town(aliases):
    sites = of_type("推进虎门镇汽车客运站、长安镇汽车客运站搬迁选址。", "东莞市交通运输局", aliases, "Site")
    assert {"虎门镇", "长安镇"} <= sites and not any(s.endswith("站镇") for s in sites)


def test_a_deadline_starts_no_place(aliases):
    sites = of_type("力争2017年底前松山湖高新区公交车辆全部更新。", "东莞市交通运输局", aliases, "Site")
    assert "松山湖高新区" in sites and not any(s.startswith("底前") for s in sites)


def test_a_national_body_written_in_full_keeps_its_full_name(aliases):
    from extracting import table
    from extract import extract_table

    names = {m.name for m in extract_table(table("国家药品监督管理局", ["会同国家发展和改革委员会推进，国家发展改革委批复。"]), aliases=aliases)
             if m.type == "Unit"}
    assert names == {"国家发展和改革委员会"}
    names = {m.name for m in extract_table(table("国家药品监督管理局", ["国家发展改革委批复。"]), aliases=aliases) if m.type == "Unit"}
    assert names == {"国家发展改革委"}


def test_a_proposer_named_again_in_the_free_text(aliases):
    from extract.model import Case, Suggestion
    from extract.mentions import extract_case

    def persons(proposer, kind, completed):
        case = Case("20230001", 2023, "关于加强渔船安全的建议", proposer, kind, ["青岛市海洋发展局"], [],
                    [Suggestion(1, "建议加强监管", completed=completed, remarks="于洪波委员对办理结果表示满意。")])
        return {(m.name, m.field, m.rule) for m in extract_case(case, "青岛市海洋发展局", aliases=aliases) if m.type == "Person"}

    assert persons("于洪波", "person", "邀请于洪波委员现场观摩演练。") == {
        ("于洪波", "completed", "person:proposer"), ("于洪波", "remarks", "person:proposer")}
    assert persons("民盟青岛市委会", "organisation", "邀请于洪波委员现场观摩演练。") == set()
    assert persons("王平", "person", "走访王平安家。") == set()  # another word holds the proposer's name


# Folding in a table


def mention(case: str, type_: str, name: str) -> Mention:
    return Mention(case, 1, "completed", type_, name, name, 0, len(name), "test")


def test_short_names_fold_to_the_longer_name_of_the_table():
    ctx = Context("杭州市应急管理局", AliasRegistry())
    mentions = [mention("1", "Unit", "杭州地铁集团"), mention("1", "Unit", "渠务署"),
                mention("2", "Unit", "香港特别行政区政府渠务署"), mention("1", "Platform", "隧道结构安全监测预警平台"),
                mention("1", "Platform", "杭州地铁隧道结构安全监测预警平台")]
    folded = fold_long_names(mentions, ctx, units=["杭州地铁集团有限公司"])
    assert [m.name for m in folded] == ["杭州地铁集团有限公司", "香港特别行政区政府渠务署", "香港特别行政区政府渠务署",
                                        "杭州地铁隧道结构安全监测预警平台", "杭州地铁隧道结构安全监测预警平台"]


def test_the_shared_tail_of_a_list_does_not_fold():
    ctx = Context("市应急管理局", AliasRegistry())
    mentions = [mention("1", "Platform", "监测预警平台"), mention("1", "Platform", "在线审批和监测预警平台")]
    assert [m.name for m in fold_long_names(mentions, ctx)] == ["监测预警平台", "在线审批和监测预警平台"]


def test_alias_region_is_read_from_the_file(tmp_path):
    path = tmp_path / "aliases.jsonl"
    path.write_text('{"label": "Unit", "pattern": "市城管局", "name": "市城市管理局", "region": "3301"}\n', encoding="utf-8")
    from extract.canon import read_alias_file

    alias = read_alias_file(path)[0]
    assert alias == Alias("Unit", "市城管局", "市城市管理局", "", False, "3301")
    assert alias.holds_in("330106") and alias.holds_in("") and not alias.holds_in("5101")


def test_report_converts_to_plain_data():
    from extract.evaluate import evaluate

    gold = [{"case": "1", "type": "Unit", "name": "华为"}, {"case": "1", "type": "Site", "name": "杭州市"}]
    found = [mention("1", "Unit", "华为")]
    data = evaluate(found, gold).to_dict()
    assert data["per_type"]["Unit"]["f1"] == 1.0 and data["overall"]["recall"] == 0.5
    assert data["missing"] == [["1", "Site", "杭州市"]]


# Islands, pump stations, intercity lines, planned systems (other cities' wording)


def test_islands_and_intercity_lines_are_sites(aliases):
    assert of_type("在涠洲岛、东极岛周边海域开展海漂垃圾巡查。", "北海市海洋局", aliases, "Site") == {"涠洲岛", "东极岛"}
    assert of_type("推进沪宁城际、广佛城际沿线排查。", "上海市交通委员会", aliases, "Site") == {"沪宁城际", "广佛城际"}


def test_a_counted_pump_station_names_none(aliases):
    assert of_type("完成杨春湖泵站扩建，对全区58座排水泵站开展巡检。", "武汉市水务局", aliases, "Site") == {"杨春湖泵站"}


def test_a_river_named_like_a_county_and_streams(aliases):
    assert of_type("开展闽江、九龙江流域协同治理，整治入海溪流12条。", "福州市生态环境局", aliases, "Site") == {"闽江", "九龙江"}


def test_a_system_asked_for_has_no_name_yet(aliases):
    assert of_type("3.建立城市内涝智能监测预警系统。", "杭州市林业水利局", aliases, "Platform") == set()
    assert of_type("已建成杭州市城市内涝监测预警系统。", "杭州市林业水利局", aliases, "Platform") == {"杭州市城市内涝监测预警系统"}
    assert of_type("推进苏州河沿线排水系统提标改造。", "上海市水务局", aliases, "Platform") == set()


def test_a_place_inside_an_app_name_is_no_site(aliases):
    assert of_type("通过“i成都”APP推送预警信息。", "成都市应急管理局", aliases, "Site") == set()


def test_river_commission_abbreviation(aliases):
    assert of_type("会同长江委开展汛前检查。", "武汉市水务局", aliases, "Unit") == {"长江水利委员会"}


# Lists before 等 and a kind (extract.finders.listed)


def test_names_listed_before_a_platform_kind_are_platforms(aliases):
    text = "我局约谈美团、饿了么等网络订餐平台，督促下架无证商户。"
    assert found(text, "上海市静安区市场监督管理局", aliases) >= {("Platform", "美团"), ("Platform", "饿了么")}
    assert of_type(text, "上海市静安区市场监督管理局", aliases, "Unit") == {"上海市静安区市场监督管理局"}
    assert "网络订餐平台" not in of_type(text, "上海市静安区市场监督管理局", aliases, "Platform")


def test_names_listed_before_a_place_kind_are_sites_and_an_unfound_item_is_named(aliases):
    text = "指导恒隆广场、静安嘉里中心、兴业太古汇等商场建立先行赔付制度。"
    found_here = found(text, "上海市静安区市场监督管理局", aliases)
    assert {("Site", "恒隆广场"), ("Site", "静安嘉里中心"), ("Site", "兴业太古汇")} <= found_here
    assert not any(t == "Unit" for t, _ in found_here)
    assert ("Site", "兴业") not in found_here  # the short place inside the item is not kept beside it


def test_a_kind_that_goes_on_lists_bodies(aliases):
    """等平台企业: the kind is 企业, and the companies stay companies."""
    assert of_type("推动华为、腾讯等平台企业参与建设。", "深圳市工业和信息化局", aliases, "Unit") >= {"华为", "腾讯"}


def test_a_list_of_activities_before_a_kind_names_nothing(aliases):
    assert found("加强建设、运营等平台管理。", "深圳市工业和信息化局", aliases) == set()


# Sites: towns, rivers, hubs and port districts


def test_a_town_after_a_long_banner_name(aliases):
    sites = of_type("重点在新巴尔虎左旗嵯岗镇和鄂伦春自治旗大杨树镇开展补播。", "呼伦贝尔市农牧局", aliases, "Site")
    assert {"新巴尔虎左旗", "嵯岗镇", "鄂伦春自治旗", "大杨树镇"} <= sites


def test_rivers_of_three_characters_jieba_knows(aliases):
    sites = of_type("生态补水覆盖海拉尔河、克鲁伦河。", "呼伦贝尔市农牧局", aliases, "Site")
    assert sites == {"海拉尔河", "克鲁伦河"}


def test_a_hub_named_by_what_it_is_keeps_its_kind(aliases):
    """株洲航电枢纽 is a dam and lock: no place 株洲航电 is named; 深圳北站枢纽 is 深圳北站."""
    sites = of_type("整治株洲航电枢纽至长沙综合枢纽段航道，优化深圳北站枢纽接驳。", "湖南省交通运输厅", aliases, "Site")
    assert {"株洲航电枢纽", "长沙综合枢纽", "深圳北站"} <= sites
    assert "株洲航电" not in sites


def test_a_port_district_of_unknown_characters_after_its_port(aliases):
    sites = of_type("长沙港霞凝港区三期工程通过交工验收。", "湖南省交通运输厅", aliases, "Site")
    assert sites == {"长沙港", "霞凝港区"}


def test_rural_road_kinds_are_no_roads(aliases):
    text = "建设一批旅游路、资源路、产业路，完成通组硬化路1200公里。"
    assert of_type(text, "湖南省交通运输厅", aliases, "Site") == set()


# Units


def test_a_rural_revitalisation_bureau_holds_no_district(aliases):
    """乡村振兴局: 振兴 is also a district of Dandong, but 乡村振兴 is one word."""
    units = of_type("会同市乡村振兴局、州乡村振兴局开展动态监测。", "南充市水利局", aliases, "Unit")
    assert "南充市乡村振兴局" in units
    assert not any(name.endswith("振兴局") and "乡村" not in name for name in units)


def test_a_research_institute_before_a_verb_of_place(aliases):
    """研究所在陈巴尔虎旗: jieba cuts 研究所 | 在, so the 所在 (a location) does not hide the body;
    委员会办公室 goes on into another name and stays read as before."""
    text = "联合中国农业科学院草原研究所在陈巴尔虎旗开展试验。"
    assert of_type(text, "呼伦贝尔市农牧局", aliases, "Unit") == {"中国农业科学院草原研究所"}
    assert of_type("指导乡镇食品安全委员会办公室登记备案。", "遵义市市场监督管理局", aliases, "Unit") == set()


def test_a_body_and_its_subordinate_named_together(aliases):
    """水利部长江水利委员会: the ministry's commission, one body (not 水利部长, a minister)."""
    text = "工程可行性研究报告同步通过水利部长江水利委员会审查。"
    assert of_type(text, "湖南省交通运输厅", aliases, "Unit") == {"水利部长江水利委员会"}


def test_a_document_number_after_its_issuer_keeps_the_issuer_whole(aliases):
    """厦门市民政局厦民…: jieba reads 厦门市 | 民政局, so the stop word 市民 does not cut the issuer."""
    found_here = found("严格执行厦门市民政局厦民（2021）45号文件要求。", "厦门市思明区民政局", aliases)
    assert ("Document", "厦民〔2021〕45号") in found_here
    assert ("Unit", "厦门市民政局") in found_here


def test_a_university_hospital_is_one_body(aliases):
    units = of_type("与厦门大学附属中山医院签订合作协议。", "厦门市思明区民政局", aliases, "Unit")
    assert units == {"厦门大学附属中山医院"}


def test_an_academy_of_sciences_of_a_province(aliases):
    units = of_type("依托甘肃省农业科学院、甘肃农业大学开展试验。", "甘肃省农业农村厅", aliases, "Unit")
    assert units == {"甘肃省农业科学院", "甘肃农业大学"}


def test_a_platform_named_after_its_province_and_programme(aliases):
    platforms = of_type("依托甘肃省高标准农田建设综合监测监管平台实现数据对接。", "甘肃省农业农村厅", aliases, "Platform")
    assert platforms == {"甘肃省高标准农田建设综合监测监管平台"}


# Persons without a Han surname


@pytest.mark.parametrize("text, name", [
    ("已于2022年8月向四郎扎西代表当面反馈办理情况。", "四郎扎西"),
    ("已将办理情况书面答复益西拉姆代表。", "益西拉姆"),
    ("副州长泽仁多吉带队赴成都开展推介。", "泽仁多吉"),
    ("由次仁旺堆牵头组织专班。", "次仁旺堆"),
    ("已向巴图孟和委员当面反馈。", "巴图孟和"),
])
def test_tibetan_and_mongolian_names(aliases, text, name):
    assert of_type(text, "甘孜藏族自治州文化广播电视和旅游局", aliases, "Person") == {name}


def test_a_name_after_a_word_of_request(aliases):
    """应郑美华代表建议: 应 (at the request of) is no surname here."""
    assert of_type("应郑美华代表建议，在白鹭洲公园举办活动。", "厦门市思明区民政局", aliases, "Person") == {"郑美华"}


def test_the_owners_division_named_by_its_work(aliases):
    """由厅农田建设管理处牵头: 建设 is a stop word elsewhere, here a noun of the division's work."""
    units = of_type("由厅农田建设管理处牵头起草办法。", "甘肃省农业农村厅", aliases, "Unit")
    assert units == {"甘肃省农业农村厅农田建设管理处"}


def test_roads_by_their_numbers(aliases):
    sites = of_type("加快国道318线、国道317线旅游景观大道建设，完成G318国道和省道S217线改造。",
                    "甘孜藏族自治州文化广播电视和旅游局", aliases, "Site")
    assert {"国道318线", "国道317线", "G318国道", "省道S217线"} <= sites
    assert not any(name.startswith("线") for name in sites)


def test_a_city_bureaus_district_office(aliases):
    units = of_type("会同深圳市生态环境局龙岗管理局开展执法。", "深圳市龙岗区水务局", aliases, "Unit")
    assert units == {"深圳市生态环境局龙岗管理局"}


def test_newspapers_and_water_purification_plants(aliases):
    assert of_type("在厦门日报社开设专栏。", "厦门市思明区民政局", aliases, "Unit") == {"厦门日报社"}
    sites = of_type("完成横岭水质净化厂、鹅公岭水质净化厂提标改造。", "深圳市龙岗区水务局", aliases, "Site")
    assert sites == {"横岭水质净化厂", "鹅公岭水质净化厂"}


def test_a_town_holding_a_short_county_name(aliases):
    """路桥区金清镇: 清镇 is a county's short name (清镇市), the town is 金清镇."""
    sites = of_type("在路桥区金清镇、温岭市泽国镇试点。", "台州市生态环境局", aliases, "Site")
    assert sites == {"路桥区", "金清镇", "温岭市", "泽国镇"}


def test_a_long_division_before_a_zone_and_a_landmark_inside_a_name(aliases):
    sites = of_type("依托博尔塔拉蒙古自治州阿拉山口综合保税区开展集结。", "新疆维吾尔自治区交通运输厅", aliases, "Site")
    assert sites == {"博尔塔拉蒙古自治州", "阿拉山口综合保税区"}
    assert of_type("经港珠澳大桥珠海公路口岸通关。", "珠海市商务局", aliases, "Site") == {"港珠澳大桥珠海公路口岸"}


def test_a_verb_jieba_glued_to_a_name_is_left_out(aliases):
    sites = of_type("新建华能长春热电厂至富锋街道供热联络管线。", "长春市朝阳区城市管理局", aliases, "Site")
    assert {"华能长春热电厂", "富锋街道"} <= sites


def test_roads_named_by_verbs(aliases):
    owner = "长春市朝阳区城市管理局"
    assert of_type("在湖西路、建设街沿线增设路灯。", owner, aliases, "Site") == {"湖西路", "建设街"}
    assert of_type("前进大街、工农大路主干管网更新。", owner, aliases, "Site") == {"前进大街", "工农大路"}
    assert of_type("优化人民大街、解放大路沿线公交。", owner, aliases, "Site") == {"人民大街", "解放大路"}
    assert of_type("其中前进大街立交桥下停车场开放。", owner, aliases, "Site") == {"前进大街立交桥"}
    assert of_type("加快建设路网，打通断头路、瓶颈路，完成改造路段。", owner, aliases, "Site") == set()


def test_names_with_a_middle_dot_anywhere(aliases):
    owner = "新疆维吾尔自治区交通运输厅"
    assert of_type("自治区副主席木合塔尔·阿不力米提赴阿克苏地区调研。", owner, aliases, "Person") == {"木合塔尔·阿不力米提"}
    assert of_type("道班工人叶尔波拉提·吾拉孜别克扎根独库公路。", owner, aliases, "Person") == {"叶尔波拉提·吾拉孜别克"}
    assert of_type("打造“株洲制造·专精特新”品牌。", "株洲市工业和信息化局", aliases, "Person") == set()


@pytest.mark.parametrize("text, owner, expected", [
    pytest.param("初步设计已获省发展和改革委员会批复。", "湖南省交通运输厅",
                 {"Unit": {"湖南省发展和改革委员会"}}, id="a verb (获) before a level body"),
    pytest.param("将追溯信息上传上海市食品安全信息追溯平台。", "上海市静安区市场监督管理局",
                 {"Platform": {"上海市食品安全信息追溯平台"}}, id="a platform after a verb of uploading"),
    pytest.param("设立东北虎豹国家公园管理局。", "吉林省林业和草原局",
                 {"Unit": {"东北虎豹国家公园管理局"}}, id="a national park authority is the nation's, no province before it"),
    pytest.param("将评价结果推送中国人民银行台州市分行。", "台州市生态环境局",
                 {"Unit": {"中国人民银行台州市分行"}}, id="a verb of sending (推送) before a bank branch"),
    pytest.param("副省长韩立新对本提案办理作出批示。", "吉林省林业和草原局",
                 {"Person": {"韩立新"}}, id="a name between a title and 对"),
    pytest.param("支持中国空气动力研究与发展中心开展试验。", "绵阳市科学技术局",
                 {"Unit": {"中国空气动力研究与发展中心"}}, id="nouns of work joined by 与 inside a body's name"),
    pytest.param("龙洞街道、凤凰街道两个社区卫生服务中心试点。", "广州市天河区卫生健康局",
                 {"Site": {"龙洞街道", "凤凰街道"}, "Unit": set()},
                 id="a count before a kind of body leaves the streets places and names no body"),
    pytest.param("黄埔大道沿线社区卫生服务中心开展巡诊。", "广州市天河区卫生健康局",
                 {"Site": {"黄埔大道"}}, id="a road's surroundings before a kind of body"),
    pytest.param("会同黑河流域管理局开展调度。", "张掖市水务局",
                 {"Unit": {"黑河流域管理局"}}, id="a basin's authority keeps its 流域"),
    pytest.param("评估结果向刀美英代表反馈，邀请岩罕代表参加评估。", "云南省商务厅",
                 {"Person": {"刀美英", "岩罕"}}, id="Dai surnames"),
    pytest.param("指导丹灶、九江镇人民政府开展改建。", "佛山市南海区教育局",
                 {"Unit": {"丹灶镇人民政府", "九江镇人民政府"}, "Site": set()},
                 id="towns sharing a government are governments, not places"),
    pytest.param("本厅会同河北省消防救援总队组建队伍。", "河北省应急管理厅",
                 {"Unit": {"河北省应急管理厅", "河北省消防救援总队"}}, id="the owner, a verb it acts with, another body"),
    pytest.param("我局指导员村街社区卫生服务中心开展签约。", "广州市天河区卫生健康局",
                 {"Unit": {"广州市天河区卫生健康局", "员村街社区卫生服务中心"}}, id="the owner's verb however jieba cuts it"),
    pytest.param("本提案由局群众体育科具体承办。", "桂林市体育局",
                 {"Unit": {"桂林市体育局群众体育科"}}, id="a division named by a noun that is a stop word elsewhere"),
    pytest.param("加快紫金港科技城、青山湖科技城建设。", "杭州市余杭区科学技术局",
                 {"Site": {"紫金港科技城", "青山湖科技城"}}, id="science cities"),
    pytest.param("推动业主委员会组建，提高业委会覆盖率，提高村委会能力。", "天津市河西区住房和建设委员会",
                 {"Unit": set()}, id="an everyday verb before a generic body"),
    pytest.param("2025年推动航空口岸临时开放，请市交通运输局做好配套保障。", "赣州市商务局",
                 {"Unit": {"赣州市交通运输局"}}, id="a request glued to the body asked"),
    pytest.param("儿童医疗中心项目列入固原市政府为民办实事清单。", "宁夏回族自治区卫生健康委员会",
                 {"Unit": {"儿童医疗中心", "固原市政府"}}, id="为民办实事 names no office"),
    pytest.param("对光华桥、大光明桥、刘庄桥附挂燃气管道开展检测；光华桥改造。", "天津市河西区住房和建设委员会",
                 {"Site": {"光华桥", "大光明桥", "刘庄桥"}}, id="bridges of common words listed with a proper one"),
    pytest.param("加快光华桥改造。", "天津市河西区住房和建设委员会", {"Site": set()}, id="a bridge of common words alone"),
    pytest.param("会同区民政局在东海街道、梅江街道试点社区居委会下设环境和物业管理委员会；市综合改革试点办公室牵头。",
                 "天津市河西区住房和建设委员会",
                 {"Site": {"东海街道", "梅江街道"}, "Unit": {"天津市河西区民政局", "天津市综合改革试点办公室", "天津市环境和物业管理委员会"}},
                 id="a pilot is no part of a name before it, a pilot office is"),
    pytest.param("杨淑琴代表所提建议已纳入规划；市规划研究所提出方案。", "宁夏回族自治区卫生健康委员会",
                 {"Person": {"杨淑琴"}, "Unit": {"市规划研究所"}}, id="所提建议 names no institute"),
    pytest.param("加快赣州综合保税区和龙南保税物流中心建设，对保税物流中心给予支持。", "赣州市商务局",
                 {"Site": {"赣州综合保税区", "龙南保税物流中心"}, "Unit": set()}, id="a bonded logistics centre is a place"),
    pytest.param("优化“一港多站”布局，在南康区设立无水港站点；推行“一次采集、多方复用”和“多规合一”。", "赣州市商务局",
                 {"Framework": {"一港多站", "多规合一"}, "Site": {"南康区"}}, id="many (多) as a numeral of a shape"),
    pytest.param("联合市总工会、市科协开展活动，会同自治区妇联为适龄妇女筛查；联合泉州市归国华侨联合会赴马尼拉。", "宜昌市司法局",
                 {"Unit": {"宜昌市总工会", "宜昌市科协", "自治区妇联", "泉州市归国华侨联合会"}}, id="people's organisations of a level"),
    pytest.param("各级妇联组织和基层工会参与。", "宜昌市司法局", {"Unit": set()}, id="people's organisations of no place"),
    pytest.param("会同平城区人民政府完成华严寺、善化寺周边环境整治；严格控制古城内新建项目。", "大同市文化和旅游局",
                 {"Site": {"华严寺", "善化寺"}, "Unit": {"平城区人民政府"}},
                 id="a stop word whose end jieba glued to a place (完|成华|严寺)"),
    pytest.param("推动宿州市、亳州市政府性融资担保机构降费；配合省公安厅侦办案件；召开提案办理协商会。", "安徽省地方金融监督管理局",
                 {"Unit": {"安徽省公安厅"}, "Site": {"宿州市", "亳州市"}}, id="政府性, 侦办 and 协商会 name no body"),
    pytest.param("推动平台与各市金融服务平台互联互通；将平台对接至本行信贷系统。", "安徽省地方金融监督管理局",
                 {"Platform": set()}, id="each city's platform, the bank's own system"),
    pytest.param("在天鹅湖路、潜山路沿线增设站台；2025年在斜土路、枫林路街道推进共享。", "上海市徐汇区教育局",
                 {"Site": {"天鹅湖路", "潜山路", "斜土路街道", "枫林路街道"}}, id="a road named after a county, subdistricts named after roads"),
    pytest.param("引入上海交响乐团进校园，利用上海游泳馆开展托管，组织学生参观上海天文馆。", "上海市徐汇区教育局",
                 {"Unit": {"上海交响乐团"}, "Site": {"上海游泳馆", "上海天文馆"}}, id="an orchestra, a natatorium, a planetarium"),
    pytest.param("推动准格尔旗大路工业园区建设。", "鄂尔多斯市能源局", {"Site": {"准格尔旗"}}, id="no road inside a zone's name"),
    pytest.param("遴选省级工业互联网平台28个；依托危货监控平台和电子运单系统2个平台。", "辽宁省工业和信息化厅",
                 {"Platform": {"危货监控平台", "电子运单系统"}}, id="platforms counted, none named"),
    pytest.param("会同省商务厅筹办第二十一届中国国际装备制造业博览会；区委常委、副区长谭志明率队。", "辽宁省工业和信息化厅",
                 {"Unit": {"辽宁省商务厅", "中国国际装备制造业博览会"}}, id="筹办 and 常委 end a body's name"),
    pytest.param("配合中新广州知识城开发建设办公室推进九龙湖片区建设。", "广州市黄埔区发展和改革局",
                 {"Site": {"中新广州知识城", "九龙湖"}}, id="a knowledge city"),
    pytest.param("转发工业和信息化部工信部企业函(2023)56号；落实人社部发〔2021〕12号；商务部商服贸函〔2021〕12号。", "辽宁省工业和信息化厅",
                 {"Document": {"工信部企业函〔2023〕56号", "人社部发〔2021〕12号", "商服贸函〔2021〕12号"}},
                 id="a ministry's short name opens a national number"),
    pytest.param("配合北京、天津海关推进通关；会同东莞、惠州市应急管理局检查。", "北京市大兴区商务局",
                 {"Unit": {"北京海关", "天津海关", "东莞市应急管理局", "惠州市应急管理局"}}, id="listed places as short as the name they share"),
    pytest.param("在景德镇高新技术产业开发区引进江西景航航空锻铸有限公司；成立市人才引进工作领导小组。", "景德镇市工业和信息化局",
                 {"Site": {"景德镇高新技术产业开发区"}, "Unit": {"江西景航航空锻铸有限公司", "景德镇市人才引进工作领导小组"}},
                 id="a zone named after a city that ends in a town's suffix"),
    pytest.param("会同人行景德镇市中心支行、农发行四川省分行和人民银行合肥中心支行推进；中国移动河南有限公司洛阳分公司参与。", "景德镇市工业和信息化局",
                 {"Unit": {"中国人民银行景德镇市中心支行", "中国农业发展银行四川省分行", "中国人民银行合肥中心支行", "中国移动河南有限公司洛阳分公司"}},
                 id="a bank's branch under the bank's full name"),
    pytest.param("指导各设区市退役军人事务局建立清单，督促各区应急管理局；推动省双拥办与福建省军区建立机制。", "福建省退役军人事务厅",
                 {"Unit": {"福建省双拥办", "福建省军区"}}, id="each body of a kind names none; a military district"),
    pytest.param("完成闽西革命烈士陵园等设施修缮，串联古田会议旧址、长汀县瞿秋白烈士纪念碑；修缮革命烈士陵园。", "福建省退役军人事务厅",
                 {"Site": {"闽西革命烈士陵园", "古田会议旧址", "长汀县", "瞿秋白烈士纪念碑"}}, id="cemeteries, former sites and monuments"),
    pytest.param("在澧县、临澧县委托湖南澧水水利水电工程有限公司开展管护；湖南省水利水电勘测设计规划研究总院有限公司完成报告编制。", "常德市水利局",
                 {"Unit": {"湖南澧水水利水电工程有限公司", "湖南省水利水电勘测设计规划研究总院有限公司"}, "Site": {"澧县", "临澧县"}},
                 id="a company after a place and 委托; a long company name back to its province"),
    pytest.param("全力服务保障省实验室建设；保障之江实验室运行；服务昌河飞机工业（集团）有限责任公司型号研制；建设银行杭州分行。", "杭州市余杭区科学技术局",
                 {"Unit": {"之江实验室", "昌河飞机工业（集团）有限责任公司", "中国建设银行杭州分行"}},
                 id="a name word used as a verb before a proper name"),
    pytest.param("在未来科技城增设国际学校；实现质押融资一站办理；纳入2024年平台升级计划。", "杭州市余杭区科学技术局",
                 {"Unit": set(), "Site": set(), "Platform": set()}, id="增设, 一站 and a year before a platform"),
    pytest.param("厅成果转化与区域创新处牵头；厅火灾防治管理处会同河北省消防救援总队演练。", "陕西省科学技术厅",
                 {"Unit": {"陕西省科学技术厅成果转化与区域创新处", "陕西省科学技术厅火灾防治管理处", "河北省消防救援总队"}},
                 id="an owner's division of two fields joined"),
    pytest.param("推动示范平台与中国科学院西安光学精密机械研究所共建基地；建设大学科技园和西北工业大学翱翔小镇。", "陕西省科学技术厅",
                 {"Unit": {"中国科学院西安光学精密机械研究所", "西北工业大学"}}, id="a joiner before a national name or after a place's"),
    pytest.param("吸纳钟宅民族小学等成员校，已接收并办成公办园3所；厦门市公安局交通警察支队湖里大队在学校周边试点。", "厦门市湖里区教育局",
                 {"Unit": {"钟宅民族小学", "厦门市公安局交通警察支队湖里大队"}}, id="a branch named by a place after its parent"),
    pytest.param("支持西安理工大学在汉中市、陕西师范大学在安康市共建联合研究院。", "陕西省科学技术厅",
                 {"Unit": {"西安理工大学", "陕西师范大学"}, "Site": {"汉中市", "安康市"}}, id="a full place before a short one lists no bodies"),
    pytest.param("全年完成钓鱼台、饮马巷、大油坊巷等背街小巷整治，由班子成员担任背街小巷街长；对箍桶巷架空线规整入地，规整线缆4.6公里。", "南京市秦淮区城市管理局",
                 {"Site": {"饮马巷", "大油坊巷", "箍桶巷"}}, id="alleys, and no street in 街长, no line in 架空线"),
    pytest.param("泸县方洞镇石牌坊村入选全国乡村旅游重点村，我局组织专家逐村评审。", "泸州市农业农村局",
                 {"Site": {"泸县", "方洞镇", "石牌坊村"}}, id="a village after its town"),
    pytest.param("完成半山、祥符街道社区卫生服务中心迁建和米市巷街道社区卫生服务中心改造。", "杭州市拱墅区卫生健康局",
                 {"Unit": {"半山街道社区卫生服务中心", "祥符街道社区卫生服务中心", "米市巷街道社区卫生服务中心"}, "Site": set()},
                 id="listed subdistricts' health centres are bodies"),
    pytest.param("完成沪昆高速久长服务区等服务区提质改造，在清镇服务区、贵阳东服务区试点；在全省高速公路服务区建成充电桩。", "贵州省交通运输厅",
                 {"Site": {"沪昆高速", "久长服务区", "清镇服务区", "贵阳东服务区"}}, id="highway service areas"),
    pytest.param("园区科创委会同园区财政局设立基金，园区市场监管局牵头。", "苏州工业园区科技创新委员会",
                 {"Unit": {"苏州工业园区财政局", "苏州工业园区市场监管局", "苏州工业园区科创委"}, "Site": set()},
                 id="a zone's own bodies; a stop word whose start jieba glued to a name (委会|同)"),
    pytest.param("佛山市民办教育监管服务平台上线。", "佛山市南海区教育局",
                 {"Platform": {"佛山市民办教育监管服务平台"}}, id="but not a city's name and 民办 (市民)"),
    pytest.param("海南藏族自治州人民政府和青海湖景区保护利用管理局共同签订协议；督促海北、海南州生态环境局完成改造；推广政府和社会资本合作模式。", "青海省生态环境厅",
                 {"Unit": {"海南藏族自治州人民政府", "青海湖景区保护利用管理局", "海北州生态环境局", "海南州生态环境局"}},
                 id="a government joined to a body, prefectures listed short"),
    pytest.param("推动东沙湖基金小镇集聚基金，建设阳澄湖半岛，在六鳌半岛建设八尺门海堤；打造特色小镇。", "苏州工业园区科技创新委员会",
                 {"Site": {"东沙湖基金小镇", "阳澄湖半岛", "六鳌半岛", "八尺门海堤"}}, id="towns, peninsulas and sea walls"),
    pytest.param("我厅会同三江源国家公园管理局印发方案，在三江源地区开展监测。", "青海省生态环境厅",
                 {"Unit": {"青海省生态环境厅", "三江源国家公园管理局"}, "Site": {"三江源"}}, id="a numeral starts a longer name (三江源 holds no 江源)"),
    pytest.param("支持阿尔山国家森林公园、莫尔道嘎国家森林公园提升服务设施，治理毛乌素沙地。", "内蒙古自治区林业和草原局",
                 {"Site": {"阿尔山国家森林公园", "莫尔道嘎国家森林公园", "毛乌素沙地"}}, id="a name of characters jieba joins to nothing counts as one word"),
    pytest.param("在宽窄巷子、水井坊历史文化街区开展活动；盐城市渔业技术推广站参与。", "成都市锦江区商务局",
                 {"Site": {"宽窄巷子", "水井坊历史文化街区"}, "Unit": {"盐城市渔业技术推广站"}}, id="lanes, historic quarters, extension stations"),
    pytest.param("推动中国联合网络通信有限公司河南省分公司建设；河南省人防工程质量监督站全年监督；城乡接合部整治。", "河南省人民防空办公室",
                 {"Unit": {"中国联合网络通信有限公司河南省分公司", "河南省人防工程质量监督站"}}, id="a brand after the nation's name; a supervision station"),
    pytest.param("规范虹桥火车站周边秩序，督查沪闵路沿线；南阳师范学院筹建古衙文化研究中心。", "上海市闵行区城市管理行政执法局",
                 {"Site": {"虹桥火车站", "沪闵路"}, "Unit": {"南阳师范学院", "古衙文化研究中心"}}, id="规范, 督查, 筹建 end names"),
    pytest.param("河南省住房和城乡建设厅豫建设标（2022）34号明确要求。", "河南省人民防空办公室",
                 {"Document": {"豫建设标〔2022〕34号"}}, id="a number's own prefix keeps two characters"),
    pytest.param("配合国务院深化医药卫生体制改革领导小组总结经验；确保中选药品进医院；在永安市总医院试点。", "三明市医疗保障局",
                 {"Unit": {"国务院深化医药卫生体制改革领导小组", "永安市总医院"}}, id="a leading group's set phrase, a campaign into hospitals"),
    pytest.param("关于擦亮北京路文化核心区金字招牌的提案；举办“夜游北京路”活动；邀请何志成委员参加区级非遗代表性传承人评审。", "广州市越秀区文化广电旅游体育局",
                 {"Site": {"北京路"}, "Person": {"何志成"}}, id="关于, 擦亮, 夜游 end names; no person after a rank"),
    pytest.param("完成北滨路沿线石门大桥改造，完成100余座小型水库除险加固。", "重庆市江北区生态环境局",
                 {"Site": {"北滨路", "石门大桥"}}, id="沿线 ends a name; about a hundred reservoirs, counted"),
    pytest.param("推动作业系统与中国（辽宁）国际贸易单一窗口对接，与中国国际贸易单一窗口实现数据对接，接入国际贸易单一窗口。", "辽宁省商务厅",
                 {"Platform": {"作业系统", "中国（辽宁）国际贸易单一窗口", "中国国际贸易单一窗口"}}, id="the single window, national and regional"),
    pytest.param("推动张吉怀高速铁路开通，建设高速铁路；督导辛安街道落实。", "张家界市交通运输局",
                 {"Site": {"张吉怀高速铁路", "辛安街道"}}, id="high-speed railways; 督导 ends names"),
    pytest.param("转发国家卫生健康委办公厅国卫办基层函〔2022〕125号；落实商务部办公厅商办流通函〔2022〕116号；广东省卫生健康委员会粤卫函〔2022〕365号。",
                 "广东省卫生健康委员会",
                 {"Document": {"国卫办基层函〔2022〕125号", "商办流通函〔2022〕116号", "粤卫函〔2022〕365号"}},
                 id="an issuer's short name opens its number"),
    pytest.param("会同香港特别行政区政府医务衞生局、中山大学附属第一医院南沙院区开展转运；全年招聘乡镇卫生院医生。", "广东省卫生健康委员会",
                 {"Unit": {"香港特别行政区政府医务卫生局", "中山大学附属第一医院南沙院区"}}, id="a Hong Kong variant character, a hospital's campus"),
    pytest.param("市民使用云闪付APP支付；照明故障工单统一转入开封市数字化城市管理平台。", "开封市城市管理局",
                 {"Platform": {"云闪付", "开封市数字化城市管理平台"}}, id="an app's name without APP; 转入 ends names"),
    pytest.param("开通至符拉迪沃斯托克、海参崴的航线，力争乡镇商贸中心全覆盖。", "辽宁省商务厅",
                 {"Site": {"符拉迪沃斯托克"}, "Unit": set()}, id="a city's official name over its historical one"),
    pytest.param("组织紫菜新品种通过全国水产原种和良种审定委员会审定；组织企业在商务部中华老字号信息管理系统填报；提升国际消费中心城市能级。", "盐城市农业农村局",
                 {"Unit": {"全国水产原种和良种审定委员会", "商务部"}, "Platform": {"中华老字号信息管理系统"}},
                 id="a national committee, a ministry's system, a city kind of centre"),
    pytest.param("陈秀芬代表实地察看深远海养殖平台；排查二郎剑景区污水；承接园区溢出产业。", "漳州市海洋与渔业局",
                 {"Person": {"陈秀芬"}, "Site": {"二郎剑景区"}}, id="实地, 察看, 排查, 承接 end names"),
    pytest.param("在开封城墙西北段建成环城墙慢行绿道；协调部门解决景区电力。", "开封市城市管理局",
                 {"Site": {"开封城墙"}}, id="a city's name that is also a verb (开封)"),
    pytest.param("会同重庆市公安局江北区分局开展柴油货车路检路查；引入专业化公司实施运维。", "重庆市江北区生态环境局",
                 {"Site": set(), "Unit": {"重庆市公安局江北区分局"}}, id="路检路查 holds no road; a specialised company names none"),
    pytest.param("建成航空物流转运中心；市应急管理局应急指挥中心值守。", "鄂州市发展和改革委员会",
                 {"Unit": {"鄂州市应急管理局应急指挥中心"}}, id="a centre being built is a facility"),
    pytest.param("顾伟民副市长专题调度化工园区环境风险防控工作。", "宿迁市生态环境局",
                 {"Person": {"顾伟民"}, "Site": set()}, id="a person's title ends a place's search"),
    pytest.param("依托中老铁路、京九铁路和广汕高铁发展多式联运，协调铁路部门。", "昆明市商务局",
                 {"Site": {"中老铁路", "京九铁路", "广汕高铁"}}, id="railways named by their ends"),
    pytest.param("拆除历山路、燕山路沿线违法建设，修建山路3公里。", "济南市历下区城市管理局",
                 {"Site": {"历山路", "燕山路"}}, id="roads named after a mountain"),
    pytest.param("全年新开工临滕高速，与两江新区管委会建立机制。", "山东省交通运输厅",
                 {"Site": {"临滕高速"}, "Unit": {"两江新区管委会"}}, id="a word ending in a verb; a zone's committee"),
    pytest.param("在五常市、方正县和北大荒集团建三江分公司建设示范区。", "黑龙江省农业农村厅",
                 {"Site": {"五常市", "方正县"}, "Unit": {"北大荒集团建三江分公司"}}, id="a place and a body joined by 和"),
    pytest.param("在麓谷、梅溪湖、洋湖布局概念验证中心，在梅溪湖、洋湖筹集人才公寓。", "长沙市岳麓区科学技术局",
                 {"Site": {"麓谷", "梅溪湖", "洋湖"}}, id="a lake in a list holds no district's short name"),  # no 溪湖 of 本溪
    # (麓谷, which nothing else names, is a place by the places listed with it)
    pytest.param("依托宁波市电子税务局推送政策，已覆盖海曙区、鄞州区新办市场主体。", "国家税务总局宁波市税务局",
                 {"Platform": {"宁波市电子税务局"}, "Unit": set()}, id="an electronic tax bureau is a platform; 新办 is no office"),
    pytest.param("新认定中和镇七里村等示范村，覆盖兰洋镇、和庆镇等16个镇，发挥乡镇和驻村工作队作用。", "儋州市农业农村局",
                 {"Site": {"中和镇", "七里村", "兰洋镇", "和庆镇"}}, id="towns named with a joiner's character"),
    pytest.param("协调四川省森林消防总队攀枝花支队在仁和区前置驻防。", "攀枝花市应急管理局",
                 {"Unit": {"四川省森林消防总队攀枝花支队"}}, id="a 支队 right after its 总队 is its own"),
    pytest.param("玉屏索道、长江索道延长运营时间，派河口船闸试运行；改造冰川公园索道，建成土谷塘航电枢纽船闸和牦牛坪三条索道，琥珀山庄完成改造。",
                 "黄山市文化和旅游局", {"Site": {"玉屏索道", "长江索道", "派河口船闸", "土谷塘航电枢纽", "冰川公园", "琥珀山庄"}},
                 id="cableways, ship locks and villas; a named place's facility names none"),
    pytest.param("在米林、错那市浪坡乡开展公路养护培训。", "西藏自治区交通运输厅",
                 {"Site": {"米林市", "错那市", "浪坡乡"}}, id="county-level cities newer than the gazetteer's source"),
    pytest.param("推进樟木口岸中尼友谊桥修复和连霍高速公路霍尔果斯口岸连接线改造，谋划通州湾港区铁路客运站；1—10月经阿拉山口口岸进出境班列。",
                 "伊犁哈萨克自治州商务局", {"Site": {"樟木口岸", "中尼友谊桥", "连霍高速公路", "霍尔果斯口岸", "通州湾港区", "阿拉山口口岸"}},
                 id="a port after a road, a bridge after a port, a date before a port"),
    pytest.param("优化社区卫生服务网点布局，形成托育服务网络，接入闽政通服务网。", "福州市鼓楼区卫生健康局",
                 {"Platform": {"闽政通服务网"}}, id="service outlets and networks are no service website"),
    pytest.param("规划嘉积镇至博鳌镇沿线旅游节点，加密洋浦港至胡志明市的航线。", "琼海市旅游和文化广电体育局",
                 {"Site": {"嘉积镇", "博鳌镇", "洋浦港", "胡志明市"}}, id="verbs done to places start none"),
    pytest.param("在燕山、甸柳新村街道新建再生资源回收站点22处。", "济南市历下区城市管理局",
                 {"Site": {"燕山街道", "甸柳新村街道"}}, id="a subdistrict named after a village shares 街道, not 村"),
    pytest.param("加密江淮运河集装箱航线，力争新开工高速公路项目6个。", "安徽省交通运输厅",
                 {"Site": set()}, id="a verb before a suffix names no place"),
    pytest.param("推进嘉兴港独山港区建设。", "嘉兴市交通运输局",
                 {"Site": {"嘉兴港", "独山港区"}}, id="a port and its district named after a county"),
    pytest.param("合肥港朱家桥外贸码头建成投用。", "安徽省交通运输厅",
                 {"Site": {"合肥港", "朱家桥外贸码头"}}, id="a wharf written after a city's port"),
    pytest.param("依托抖音平台和快手平台开展直播带货。", "儋州市农业农村局",
                 {"Platform": {"抖音", "快手"}}, id="a known platform with 平台 after it is that platform"),
    pytest.param("在苏州国际博览中心举办展会，昆山九方购物中心开业，襄阳市民中心设窗口，会同市政务服务中心推进。", "苏州市商务局",
                 {"Site": {"苏州国际博览中心", "昆山九方购物中心", "襄阳市民中心"}}, id="venues named 中心 are places"),
    pytest.param("对轨道交通2号线实施运能提升；14号线、18号线一期实现全自动运行。在地铁1号线定安路站、7号线吴山广场站设置导视。", "上海市交通委员会",
                 {"Site": {"轨道交通2号线", "轨道交通14号线", "轨道交通18号线", "地铁1号线", "定安路站", "地铁7号线", "吴山广场站"}},
                 id="a line written bare is on the network named last"),
    pytest.param("对滦河、陡河等入海河流实施总氮削减，推动绿水青山向金山银山转化。", "河北省生态环境厅",
                 {"Site": {"滦河", "陡河"}}, id="a known place inside an everyday phrase"),
    pytest.param("推动与北京市、天津市共享河北省重污染天气应急减排清单管理系统数据。", "河北省生态环境厅",
                 {"Site": {"北京市", "天津市"}, "Platform": {"河北省重污染天气应急减排清单管理系统"}},
                 id="a system named after a verb and a province"),
    pytest.param("根据江西省工业和信息化厅赣工信原材料字（2024）56号文件要求组织申报。", "宜春市工业和信息化局",
                 {"Unit": {"江西省工业和信息化厅"}, "Document": {"赣工信原材料字〔2024〕56号"}},
                 id="a number after its issuer's long name"),
    pytest.param("推动华为云贵安数据中心建成，会同市大数据中心完成对接。", "贵阳市大数据发展管理局",
                 {"Site": {"华为云贵安数据中心"}, "Unit": {"贵阳市大数据中心"}}, id="a data centre is a place, a big data centre a body"),
    pytest.param("带队赴上海南京路步行街、成都春熙路考察，改造北京路步行街和杭州绕城高速公路。", "广州市越秀区商务局",
                 {"Site": {"上海", "南京路步行街", "成都", "春熙路", "北京路步行街", "杭州绕城高速公路"}},
                 id="a street written after its city"),
    pytest.param("我局联合大熊猫国家公园阿坝管理分局在汶川县实施修复。", "阿坝藏族羌族自治州林业和草原局",
                 {"Unit": {"阿坝藏族羌族自治州林业和草原局", "大熊猫国家公园阿坝管理分局"}, "Site": {"汶川县"}},
                 id="a park's authority is named with the park"),
    pytest.param("打通邛崃山系和岷山山系种群通道，丰富九寨沟景区夜间产品；会同区财政局安排社区医院建设资金。", "成都市青羊区卫生健康局",
                 {"Site": {"邛崃山系", "岷山山系", "九寨沟景区"}, "Unit": {"成都市青羊区财政局"}},
                 id="mountain ranges; 安排 and 丰富 start no name"),
    pytest.param("新开工改造城镇老旧小区3186个，委托公司管护水库326座，拆除天心阁周边城南西路沿线广告；习水县土城镇完成整治。", "湖南省住房和城乡建设厅",
                 {"Site": {"城南西路", "习水县", "土城镇"}}, id="towns, reservoirs and roads in everyday words"),
    pytest.param("加大图们、集安、长白口岸建设投入，南山港、蛇口口岸通关。", "吉林省商务厅",
                 {"Site": {"图们口岸", "集安口岸", "长白口岸", "南山港", "蛇口口岸"}}, id="ports of entry listed before 口岸"),
    pytest.param("在马鞍列岛布设浮标；构建由市域线、市区线组成的网络，试点大小交路；对平海路、东坡路沿街立面提升，设置南宋御街导视。", "舟山市海洋与渔业局",
                 {"Site": {"马鞍列岛", "平海路", "东坡路", "南宋御街"}}, id="archipelagos; kinds of lines and streets name none"),
    pytest.param("在仁和区大黑山、米易县麻陇彝族乡设置监测点，修缮香洲区孙中山故居。", "攀枝花市应急管理局",
                 {"Site": {"仁和区", "大黑山", "米易县", "麻陇彝族乡", "香洲区", "孙中山故居"}}, id="a mountain after its district holds no county's short name"),
    pytest.param("开通九江港至上海洋山港航线。", "湖北省交通运输厅",
                 {"Site": {"九江港", "上海", "洋山港"}}, id="a stop word jieba glues to a place's first character"),
    pytest.param("开通赣州国际陆港至深圳盐田港、宁波舟山港班列，对接重庆果园港。", "江西省商务厅",
                 {"Site": {"赣州国际陆港", "深圳", "盐田港", "宁波舟山港", "重庆", "果园港"}},
                 id="a port written after its city is a place of its own, unless named with the city"),
    pytest.param("在贵州省地质博物馆举办展览，在广东省人民体育场举办全民健身活动，象山区体育公园开放；推动体育场馆开放。", "贵州省文化和旅游厅",
                 {"Site": {"贵州省地质博物馆", "广东省人民体育场", "象山区"}}, id="a province's venue of common words is named with the province"),
    pytest.param("在临汾路、彭浦新村街道举办活动，在平阳路、黄陵、北营街道改造小区，在解放路、人民路整治。", "上海市静安区城市管理局",
                 {"Site": {"临汾路街道", "彭浦新村街道", "平阳路街道", "黄陵街道", "北营街道", "解放路", "人民路"}},
                 id="a street named after its road shares 街道 with the next"),
    pytest.param("在玉林街道双凤社区、晋阳街道铁佛社区试点，在街道试点社区开展，簇桥街道社区卫生服务中心义诊，浆洗街街道老旧社区改造。", "成都市武侯区卫生健康局",
                 {"Site": {"玉林街道", "双凤社区", "晋阳街道", "铁佛社区", "浆洗街街道"}, "Unit": {"簇桥街道社区卫生服务中心"}},
                 id="a community named right after its street"),
    pytest.param("会同大连出入境边防检查站开展查验，推动连云港出入境边防检查站实现网上办理。", "大连市港口与口岸局",
                 {"Unit": {"大连出入境边防检查站", "连云港出入境边防检查站"}, "Site": set()}, id="border inspection stations are bodies"),
    pytest.param("依托广东省突发事件预警信息发布系统发布预警，湛江市突发事件预警信息发布中心加强信息发布工作。", "广东省应急管理厅",
                 {"Platform": {"广东省突发事件预警信息发布系统"}, "Unit": {"湛江市突发事件预警信息发布中心"}}, id="信息发布 inside a system's name"),
    pytest.param("联合华为技术有限公司、深圳市腾讯计算机系统有限公司开展测试，华为牵头。", "深圳市水务局",
                 {"Unit": {"华为技术有限公司", "深圳市腾讯计算机系统有限公司", "华为"}, "Platform": set()},
                 id="a company's registered name is kept as written; its trade is no system"),
    pytest.param("依托郑州城市大脑夜市管理场景，统筹建设包河区城市大脑，接入长沙城市超级大脑，数据接入城市大脑。", "长沙市数据资源管理局",
                 {"Platform": {"郑州城市大脑", "包河区城市大脑", "长沙城市超级大脑", "城市大脑"}, "Site": set()},
                 id="a city's own city brain is named with the city"),
    pytest.param("我局对经十路、泉城路开展清扫，在经三路北段、纬五路设置泵车；线路途经十路口。", "济南市历下区城市管理局",
                 {"Site": {"经十路", "泉城路", "经三路", "纬五路"}}, id="the numbered roads of a grid"),
    pytest.param("科学调度五强溪水库泄洪，划定红门村保护范围，充分利用公园绿地。", "湖南省应急管理厅",
                 {"Site": {"五强溪水库", "红门村"}}, id="more verbs done to places: 调度, 划定, 充分利用"),
    pytest.param("会同深圳市市场监督管理局龙岗监管局开展检查，深圳市生态环境局龙岗管理局参加。", "深圳市龙岗区应急管理局",
                 {"Unit": {"深圳市市场监督管理局龙岗监管局", "深圳市生态环境局龙岗管理局"}}, id="a district office of a bureau whose kind ends in 管理局"),
    pytest.param("依托国家矿山应急救援新汶队、国家危险化学品应急救援齐鲁石化队开展联合演练。", "山东省应急管理厅",
                 {"Unit": {"国家矿山应急救援新汶队", "国家危险化学品应急救援齐鲁石化队"}}, id="national rescue teams named by their base"),
    pytest.param("推动云南建投物流有限公司、厦门建发房地产集团有限公司合作，支持大连港毅都冷链有限公司；推动五常市和北大荒集团有限公司合作。", "云南省商务厅",
                 {"Unit": {"云南建投物流有限公司", "厦门建发房地产集团有限公司", "大连港毅都冷链有限公司", "北大荒集团有限公司"}},
                 id="a company's name cut inside its trade words starts at its place"),
    pytest.param("在上虞区e游小镇、红谷滩区VR科创城开展试点，推动惠州LNG接收站建设。", "绍兴市住房和城乡建设局",
                 {"Site": {"上虞区", "e游小镇", "红谷滩区"}}, id="a district's full name before Latin letters"),
    pytest.param("在海口国际免税城开展促销，推进京滨城际铁路、宁慈市域铁路建设，改造王哥庄渔港，支持七星农场，保护三江平原黑土地，打造北京商务中心区。",
                 "海南省商务厅", {"Site": {"海口国际免税城", "京滨城际铁路", "宁慈市域铁路", "王哥庄渔港", "七星农场", "三江平原", "北京商务中心区"}},
                 id="duty-free cities, intercity railways, fishing ports, farms, plains and central districts"),
    pytest.param("推动湖南湘江新区建设，支持青岛西海岸新区、大连金普新区发展，开通至深圳盐田港班列。", "长沙市商务局",
                 {"Site": {"湖南湘江新区", "青岛西海岸新区", "大连金普新区", "深圳", "盐田港"}}, id="a zone named with its city or province as written"),
    pytest.param("组织企业参加江苏农业国际合作洽谈会、中国—东盟商务与投资峰会，会同北海市海丝文化研究会开展研究。", "江苏省农业农村厅",
                 {"Unit": {"江苏农业国际合作洽谈会", "中国—东盟商务与投资峰会", "北海市海丝文化研究会"}}, id="fairs, summits and research societies"),
    pytest.param("在蛇口街道赤湾开展巡查，保护南兴镇遗址，在湖南镇水库开展调度，粤海街道深圳湾科技生态园试点。", "深圳市南山区应急管理局",
                 {"Site": {"蛇口街道", "赤湾", "南兴镇", "湖南镇水库", "粤海街道", "深圳湾科技生态园"}}, id="a place written right after its street or town is not named with it"),
    pytest.param("接入赣江外洲水文站、抚河李家渡水文站数据，加固赣江八一大桥，建设花江峡谷大桥、南京长江大桥；推进水文站网建设。", "南昌市应急管理局",
                 {"Site": {"赣江", "外洲水文站", "抚河", "李家渡水文站", "八一大桥", "花江峡谷大桥", "南京长江大桥"}}, id="a station or bridge written after its river"),
    pytest.param("推动中国(浙江)自由贸易试验区宁波片区建设，推进杭甬高速公路复线建设，在前海片区试点。", "宁波市交通运输局",
                 {"Site": {"中国（浙江）自由贸易试验区宁波片区", "杭甬高速公路复线", "前海"}}, id="a free trade zone's area and a second expressway"),
    pytest.param("在大学西路街道开展演练，为湛江港（集团）股份有限公司霞山港区提供服务。", "湛江市交通运输局",
                 {"Site": {"大学西路街道", "霞山港区"}, "Unit": {"湛江港（集团）股份有限公司"}}, id="a body's kind alone before a place names no body"),
    pytest.param("加强于桥水库巡查，在于家村试点，在和驻村开展。", "天津市应急管理局",
                 {"Site": {"于桥水库", "于家村"}}, id="于 opens a place's name where jieba leaves it alone"),
    pytest.param("建成双龙大道秦淮河大桥，改造前进大街立交桥，在营盘路湘江隧道开展巡查。", "南京市江宁区交通运输局",
                 {"Site": {"双龙大道", "秦淮河大桥", "前进大街立交桥", "营盘路湘江隧道"}}, id="a bridge with a name of its own after a road"),
    pytest.param("推动地铁S1号线、S7号线与地铁3号线接驳。", "南京市江宁区交通运输局",
                 {"Site": {"地铁S1号线", "地铁S7号线", "地铁3号线"}}, id="lines numbered with a letter"),
    pytest.param("开通遵义新舟机场、遵义茅台机场航线，新建机场一座。", "遵义市文化和旅游局",
                 {"Site": {"遵义新舟机场", "遵义茅台机场"}}, id="an airport named with its city's short name"),
    pytest.param("建设超大型数据中心，推动中型数据中心改造，华为云贵安数据中心投运。", "贵阳市大数据发展管理局",
                 {"Site": {"华为云贵安数据中心"}}, id="sizes of data centres name none"),
    pytest.param("推进湖口港区金砂湾作业区、彭泽港区矶山作业区岸线整合，大窑湾港区冷链码头新增泊位。", "九江市交通运输局",
                 {"Site": {"湖口港区", "金砂湾作业区", "彭泽港区", "矶山作业区", "大窑湾港区"}}, id="an operation area written after its port district"),
    pytest.param("联合江苏省产业技术研究院共建中心，黑龙江省农业科学院参与。", "苏州工业园区科技创新委员会",
                 {"Unit": {"江苏省产业技术研究院", "黑龙江省农业科学院"}}, id="a province's academy is named by the province and its field"),
    pytest.param("开展“平安春节”安全检查和“平安回家”行动，联合华为、腾讯开展试点。", "深圳市应急管理局",
                 {"Unit": {"华为", "腾讯"}, "Platform": set()}, id="a short brand inside a quoted slogan names no company"),
    pytest.param("建设非遗工坊12个、跨境电商产业园，改造步行街，新建通信铁塔和公交首末站，每个街道设置站点。", "南宁市商务局",
                 {"Site": set()}, id="kinds of place that name none"),
    pytest.param("为辖区社区卫生服务中心、二级以上公立医院配备设备，依托开放平台和网络订餐平台开展一对一帮扶，落实乡聘村用。", "南宁市卫生健康委员会",
                 {"Unit": set(), "Platform": set(), "Framework": set(), "Site": set()}, id="kinds of body and platform that name none"),
    pytest.param("对南大街、西大街沿线商铺整治，完成建设北大街管网改造，在大街上巡查。", "平遥县文化和旅游局",
                 {"Site": {"南大街", "西大街"}}, id="main streets named by their direction"),
    pytest.param("将林下经济经营主体纳入新型农业经营主体信息直报系统，建设新型智慧城市系统。", "厦门市民政局",
                 {"Platform": {"新型农业经营主体信息直报系统"}}, id="a set phrase opens a system's name though it starts with 新型"),
    pytest.param("推进郑州市城市排水防涝智慧监管平台建设，开展监测预警系统建设。", "郑州市金水区城市管理局",
                 {"Platform": {"郑州市城市排水防涝智慧监管平台"}}, id="a place's system being built is named"),
    pytest.param("在火车南站街道开展义诊，火车站街道试点。", "成都市武侯区卫生健康局",
                 {"Site": {"火车南站街道", "火车站街道"}}, id="a street named after its station"),
    pytest.param("委托国家计算机网络与信息安全管理中心湖南分中心对开放平台开展安全评估。", "长沙市数据资源管理局",
                 {"Unit": {"国家计算机网络与信息安全管理中心湖南分中心"}}, id="a long name whose search window began inside a word"),
    pytest.param("推动南田岛鹤浦码头升级，在厦门万象城、万象天地开展检查，开通至万象的班列。", "宁波市交通运输局",
                 {"Site": {"南田岛", "鹤浦码头", "厦门万象城", "万象天地", "万象"}}, id="a wharf written after its island; malls named 万象 are no city"),
    pytest.param("会同汕头市供销合作社联合社、仓山区婚姻登记处、温州市救助管理站、延边朝鲜族自治州农业技术推广总站开展，泉州晚报报道，中通快递、极兔速递参与。",
                 "汕头市商务局", {"Unit": {"汕头市供销合作社联合社", "仓山区婚姻登记处", "温州市救助管理站", "延边朝鲜族自治州农业技术推广总站",
                                          "泉州晚报", "中通快递", "极兔速递"}}, id="co-operatives, registries, stations, an evening paper and couriers"),
    pytest.param("会同中国地质大学(武汉)、哈尔滨工业大学（深圳）开展研究，武汉大学（2023年）发布报告。", "武汉市洪山区城市管理执法委员会",
                 {"Unit": {"中国地质大学（武汉）", "哈尔滨工业大学（深圳）", "武汉大学"}}, id="a campus's city in brackets"),
    pytest.param("会同太原市公安局迎泽分局交通警察大队开展整治。", "太原市迎泽区城乡管理局",
                 {"Unit": {"太原市公安局迎泽分局交通警察大队"}}, id="a police branch's traffic squad"),
    pytest.param("推动教育系统、公安系统接入监控平台和数据共享平台，完善监测预警系统和慢行系统，依托成都市智慧交通管理平台调度。", "成都市交通运输局",
                 {"Platform": {"成都市智慧交通管理平台"}}, id="sectors and kinds of system name no platform"),
    pytest.param("建设苏州中欧班列集结中心、进口水产品集采分拨中心和航空物流产业学院，会同苏州市口岸办推进。", "苏州市商务局",
                 {"Unit": {"苏州市口岸办"}}, id="facilities and programmes named by their kind are no bodies"),
    pytest.param("建设智慧高速、零碳园区和诚信经营示范街，改造公用码头、供热站和过街天桥，在天府新区试点。", "成都市交通运输局",
                 {"Site": {"天府新区"}}, id="more kinds of place that name none"),
    pytest.param("打造钱江新城核心区，在滨江区、滨海新区试点，加强滨江绿道和惠民工程建设，惠民县开展。", "杭州市商务局",
                 {"Site": {"钱江新城", "滨江区", "滨海新区", "惠民县"}}, id="everyday words that are also counties' short names"),
    pytest.param("编排话剧《老街往事》和歌舞《五朵金花》，印发《翠湖周边历史建筑巡查工作方案》和《入境人员安置工作常见问题解答》，出版《河湟文化丛书》。",
                 "昆明市五华区文化和旅游局", {"Document": {"翠湖周边历史建筑巡查工作方案", "入境人员安置工作常见问题解答", "河湟文化丛书"}},
                 id="a title names a document only with a word of a document's kind"),
    pytest.param("委托深圳市城市公共安全技术研究院开展评估。", "深圳市应急管理局",
                 {"Unit": {"深圳市城市公共安全技术研究院"}}, id="a Shenzhen body written in full keeps its full name in a Shenzhen table"),
    pytest.param("依法责令深圳市鹏安液化石油气有限公司停业整顿。", "深圳市应急管理局",
                 {"Unit": {"深圳市鹏安液化石油气有限公司"}}, id="责令 starts no name"),
    pytest.param("对上寮社区上寮工业区、凤凰社区福围工业区开展改造。", "深圳市宝安区住房和建设局",
                 {"Site": {"上寮社区", "上寮工业区", "凤凰社区", "福围工业区"}}, id="an industrial zone written after its community"),
    pytest.param("开通“12345”“96333”热线受理，推行“9710”“1210”监管模式，整治“三合一”场所；推广应用广东省道路危险货物运输电子运单系统。", "广州市应急管理局",
                 {"Framework": {"9710", "1210", "三合一"}, "Platform": {"广东省道路危险货物运输电子运单系统"}},
                 id="hotline numbers are no frameworks, “三合一” (premises of three uses) is one; 推广应用 starts no name"),
    pytest.param("协调民航西南地区管理局开通航线，关注“四川应急”微信公众号，落实“三个一”机制。", "四川省应急管理厅",
                 {"Unit": {"民航西南地区管理局"}, "Platform": {"四川应急", "微信"}, "Framework": {"三个一"}},
                 id="a national body's regional office takes no province; a place's name opens no framework"),
    pytest.param("会同中国石油大学(华东)开展研究，改造农业路高架桥。", "郑州市城市管理局",
                 {"Unit": {"中国石油大学（华东）"}, "Site": {"农业路高架桥"}}, id="a campus named by its region; a viaduct"),
    pytest.param("在日月藏族乡开展试点，推动格萨拉彝族乡、新堡布依族乡建设。", "青海省文化和旅游厅",
                 {"Site": {"日月藏族乡", "格萨拉彝族乡", "新堡布依族乡"}}, id="ethnic townships named before their people"),
    pytest.param("引导朝天门、解放碑街道办事处摸排闲置楼宇。", "重庆市渝中区商务委员会",
                 {"Unit": {"朝天门街道办事处", "解放碑街道办事处"}}, id="a list of street offices after a verb"),
    pytest.param("在宝安中心区滨海文化公园开展演练。", "深圳市应急管理局",
                 {"Site": {"宝安中心区", "滨海文化公园"}}, id="a park written after a central district"),
    pytest.param("大鹏新区南澳街道开展巡查。", "深圳市应急管理局",
                 {"Site": {"大鹏新区", "南澳街道"}}, id="a street written after its zone"),
    pytest.param("在西夏区镇北堡镇建设廊道，建立六盘山乡土树种数据库，推动银川市会展行业协会加入国际展览业协会。", "宁夏回族自治区林业和草原局",
                 {"Site": {"西夏区", "镇北堡镇"}, "Platform": {"六盘山乡土树种数据库"}, "Unit": {"银川市会展行业协会", "国际展览业协会"}},
                 id="a town named with 镇 after its district; 乡土 and 加入 end names"),
    pytest.param("盘活春风路以东闲置厂房，理顺宜春经开区管理体制，激活历史文化街区活力。", "宜春市工业和信息化局",
                 {"Site": {"春风路", "宜春经开区"}}, id="more verbs done to places"),
    pytest.param("建议在和平路街道、胜利路街道试点加装电梯。", "乌鲁木齐市天山区城市管理局",
                 {"Site": {"和平路街道", "胜利路街道"}}, id="a joiner that opens a road's name jieba reads as one word"),
    pytest.param("推动云冈石窟、交河故城、阿斯塔那古墓群、柏孜克里克千佛洞、壶口瀑布、太行山大峡谷和聂耳故居开展保护，在石榴籽游园巡查；推进游园建设，开展故居修缮。",
                 "山西省文化和旅游厅", {"Site": {"云冈石窟", "交河故城", "阿斯塔那古墓群", "柏孜克里克千佛洞", "壶口瀑布", "太行山大峡谷", "聂耳故居", "石榴籽游园"}},
                 id="grottoes, ruined cities, tombs, falls, canyons, former homes and pocket parks"),
    pytest.param("在胭脂路社区新设诊室，指导宁海路街道颐和路社区、玉林街道玉林北路社区成立议事会；学院路社区卫生服务中心开展义诊。", "武汉市武昌区卫生健康局",
                 {"Site": {"胭脂路社区", "宁海路街道", "颐和路社区", "玉林街道", "玉林北路社区"}, "Unit": {"学院路社区卫生服务中心"}},
                 id="a community named after its road"),
    pytest.param("在五一广场、太平街开展巡查，结合笔架山公园、莲花山公园优化绿道；建设口袋公园、文化广场。", "长沙市城市管理和综合执法局",
                 {"Site": {"五一广场", "太平街", "笔架山公园", "莲花山公园"}}, id="a square or park of common words in a list of places"),
    pytest.param("推动湛江东海岛石化产业园区、立沙岛精细化工园区开展评估，青海湖二郎剑景区限流。", "广东省应急管理厅",
                 {"Site": {"湛江东海岛石化产业园区", "立沙岛精细化工园区", "青海湖", "二郎剑景区"}},
                 id="an island and its trade name one zone"),
    pytest.param("在固戍社区、共乐社区打通消防通道，赴江岸区百步亭社区学习；推进韧性社区、完整社区建设，每个社区配齐网格员，长安区社区全覆盖。",
                 "深圳市宝安区应急管理局", {"Site": {"固戍社区", "共乐社区", "江岸区", "百步亭社区", "长安区"}},
                 id="a community named on its own, not a kind or count of communities"),
    pytest.param("督促企业完善除尘系统，在住宅电梯加装电动自行车阻车系统，改造油气回收系统，企业接入东莞市危险化学品安全风险监测预警系统。",
                 "东莞市应急管理局", {"Platform": {"东莞市危险化学品安全风险监测预警系统"}},
                 id="equipment called a system is no platform"),
    pytest.param("我厅工作组赶赴现场，邀请冶金工业规划研究院专家组论证，成立重庆市地质灾害防治应急专家组。", "四川省应急管理厅",
                 {"Unit": {"四川省应急管理厅", "冶金工业规划研究院", "重庆市地质灾害防治应急专家组"}},
                 id="a body's team is the body"),
    pytest.param("由局安全生产综合监管股牵头，我局应急救援股负责；督促企业持股人、控股集团落实，中国石油天然气股份有限公司参与。", "石家庄市长安区应急管理局",
                 {"Unit": {"石家庄市长安区应急管理局安全生产综合监管股", "石家庄市长安区应急管理局应急救援股", "中国石油天然气股份有限公司"}},
                 id="a district bureau's section is a 股"),
    pytest.param("由上海市水文总站负责，应急管理部南方航空护林总站配合；在外洲水文站、罗湖汽车总站设点。", "上海市水务局",
                 {"Unit": {"上海市水文总站", "应急管理部南方航空护林总站"}, "Site": {"外洲水文站", "罗湖汽车总站"}},
                 id="agencies called stations are bodies, stations are places"),
    pytest.param("抽检雅迪科技集团有限公司等企业产品，暗访深圳市燃气集团股份有限公司。", "东莞市应急管理局",
                 {"Unit": {"雅迪科技集团有限公司", "深圳市燃气集团股份有限公司"}}, id="spot checks done to a company"),
    pytest.param("在滨河大道皇岗立交下穿段设置水位监测，前进大街立交桥同步改造。", "深圳市水务局",
                 {"Site": {"滨河大道", "皇岗立交", "前进大街立交桥"}}, id="an interchange of its own name on a road"),
    pytest.param("推进新洲涌、车陂涌和蕰藻浜整治，建设深层排水隧道，防止问题涌现、游客涌入。", "广州市水务局",
                 {"Site": {"新洲涌", "车陂涌", "蕰藻浜"}}, id="creeks of the south (涌) and of Shanghai (浜)"),
    pytest.param("在润扬长江公路大桥、苏通长江公路大桥桥区水域开展演练，加密桂林两江国际机场航班。", "江苏省应急管理厅",
                 {"Site": {"润扬长江公路大桥", "苏通长江公路大桥", "桂林两江国际机场"}},
                 id="a rare word opens a bridge's name and its area is no second bridge"),
    pytest.param("在雅砻江、安宁河流域试点，在四姑娘山、贡嘎山区域开展救援演练；保护河流生态，服务山区群众。", "四川省应急管理厅",
                 {"Site": {"雅砻江", "安宁河", "四姑娘山", "贡嘎山"}}, id="a river's basin and a mountain's area"),
    pytest.param("已在天府广场、人民公园设置应急避难场所，推进城市公园建设。", "成都市应急管理局",
                 {"Site": {"天府广场", "人民公园"}}, id="squares and parks of common words listed together"),
    pytest.param("对标德国路德维希港、新加坡裕廊岛，提升园区本质安全水平。", "江苏省应急管理厅",
                 {"Site": {"德国", "路德维希港", "新加坡", "裕廊岛"}}, id="benchmarking against foreign places"),
    pytest.param("本提案由厅救援协调和预案管理处具体承办，厅政策法规和宣传教育处配合。", "河北省应急管理厅",
                 {"Unit": {"河北省应急管理厅救援协调和预案管理处", "河北省应急管理厅政策法规和宣传教育处"}},
                 id="a division named by two works joined by 和"),
    pytest.param("会同深圳市城市交通规划设计研究中心股份有限公司推进交通设施改造。", "深圳市规划和自然资源局",
                 {"Unit": {"深圳市城市交通规划设计研究中心股份有限公司"}}, id="an institute's company form"),
    pytest.param("督促所在街道、属地街道落实巡查，整治老旧工业区，加强跨界水库和城镇污水处理厂管理，在铁岗水库开展演练。", "深圳市水务局",
                 {"Site": {"铁岗水库"}}, id="places named by descriptors are kinds"),
    pytest.param("推进彝族村、苗族村和民族特色村寨保护，排查液化石油气充装站、调压站，督促抚顺西露天矿、海州露天矿治理边坡。", "辽宁省应急管理厅",
                 {"Site": {"抚顺西露天矿", "海州露天矿"}}, id="villages of a people and gas stations are kinds, open-pit mines places"),
    pytest.param("工作组赶赴临海市古城街道指导抢险，在戚家山街道联合社区、霞浦街道新港社区开展燃气安全检查，走访日本社区。", "宁波市北仑区应急管理局",
                 {"Site": {"临海市", "古城街道", "戚家山街道", "霞浦街道", "新港社区", "日本"}, "Unit": set()},
                 id="a street named after an old town, communities named like a cooperative or a foreign city"),
    pytest.param("加固荆江大堤、黄广大堤，推动鸦鹊岭化工园、白涛化工园区整治，排查沿湖泵站和中小型水库。", "湖北省应急管理厅",
                 {"Site": {"荆江大堤", "黄广大堤", "鸦鹊岭化工园", "白涛化工园区"}}, id="dikes and chemical parks"),
    pytest.param("对南芬尾矿库、大孤山尾矿库开展检查，督促停用尾矿库、三等以上尾矿库和司家营铁矿尾矿库闭库，加强东黄输油管道、青宁输气管道巡护。", "辽宁省应急管理厅",
                 {"Site": {"南芬尾矿库", "大孤山尾矿库", "司家营铁矿", "东黄输油管道", "青宁输气管道"}},
                 id="tailings ponds and pipelines of their own names"),
    pytest.param("邀请青岛科技大学组成专家组论证，加装电梯每部补贴10万元。", "济南市住房和城乡建设局",
                 {"Unit": {"青岛科技大学"}}, id="a university forms a team; each lift is no ministry"),
    pytest.param("督促本钢集团有限公司整改，本局执法处牵头。", "长春市朝阳区应急管理局",
                 {"Unit": {"本钢集团有限公司", "长春市朝阳区应急管理局执法处"}}, id="a company whose name opens with 本"),
    pytest.param("开通107国道应急通道，改造国道318线，2023年国道建设投资增长。", "深圳市交通运输局",
                 {"Site": {"107国道", "国道318线"}}, id="a national road by its number written first"),
    pytest.param("支持威海市应急管理局建设市级监测预警分中心。", "山东省应急管理厅",
                 {"Unit": {"威海市应急管理局"}}, id="a bureau and what it builds"),
    pytest.param("省水利厅湖北省水利综合业务平台上线，深圳市地铁集团有限公司建设深圳地铁保护区智能巡查系统。", "湖北省水利厅",
                 {"Platform": {"湖北省水利综合业务平台", "深圳地铁保护区智能巡查系统"}}, id="a body's name, then the system it runs or builds"),
    pytest.param("各区数据接入同一平台，推广井下有轨运输无人驾驶系统。", "山东省应急管理厅",
                 {"Platform": set()}, id="the same platform and a driverless train are no named systems"),
    pytest.param("在寻甸回族彝族自治县柯渡镇、禄劝彝族苗族自治县撒营盘镇组建志愿队伍。", "昆明市应急管理局",
                 {"Site": {"寻甸回族彝族自治县", "柯渡镇", "禄劝彝族苗族自治县", "撒营盘镇"}}, id="towns after an autonomous county's long name"),
    pytest.param("委托深圳市城市公共安全技术研究院开展试点成效评估。", "深圳市龙岗区应急管理局",
                 {"Unit": {"深圳市城市公共安全技术研究院"}, "Site": set()}, id="a known body written with its city"),
    pytest.param("推动市三防指挥部与深圳市国家气候观象台共建预警模型。", "深圳市应急管理局",
                 {"Unit": {"深圳市三防指挥部", "深圳市国家气候观象台"}, "Site": set()}, id="a climate observatory is a body"),
    pytest.param("推动预警信息接入市应急管理局建设的深圳市三防决策支持系统，宝安区三防决策支持系统上线，各区建设决策支持系统。", "深圳市水务局",
                 {"Platform": {"深圳市三防决策支持系统", "宝安区三防决策支持系统"}}, id="decision support systems"),
    pytest.param("在重庆来福士设立服务点，推动成都远洋太古里、烟台大悦城、莘庄龙之梦改造，为企业开辟新天地。", "重庆市渝中区商务委员会",
                 {"Site": {"重庆来福士", "成都远洋太古里", "烟台大悦城", "莘庄龙之梦"}}, id="malls named by a brand after their place"),
    pytest.param("补齐老城区健身设施短板，检查平顶山市新城区人防工程。", "徐州市体育局",
                 {"Site": {"平顶山市", "新城区"}}, id="an old town area is no district far from home"),
    pytest.param("启用蒙洼蓄洪区、邱家湖行蓄洪区，关闭洪奇沥水闸，检查天河电脑城、沙河服装城，建设黄河沿岸亲水平台，提升区内A级景区。", "安徽省应急管理厅",
                 {"Site": {"蒙洼蓄洪区", "邱家湖行蓄洪区", "洪奇沥水闸", "天河电脑城", "沙河服装城", "黄河"}, "Platform": set()},
                 id="flood storage areas, sluices and trade malls; a waterfront platform is no system"),
    pytest.param("推动湘江沿岸化工园区搬迁，排查汛前下凹式立交桥。", "湖南省应急管理厅",
                 {"Site": {"湘江"}}, id="zones along a river and sunken underpasses are kinds"),
    pytest.param("在华大街道开展台风避险演练，播放《台风来了怎么办》宣传片。", "泉州市丰泽区应急管理局",
                 {"Site": {"华大街道"}, "Unit": set()}, id="a street whose name ends like an avenue; what to do is no office"),
    pytest.param("建立洞庭湖区汛情联合会商机制，市工商业联合会参与。", "湖南省应急管理厅",
                 {"Unit": {"市工商业联合会"}}, id="a joint consultation is no federation"),
    pytest.param("对中环线、外环线开展巡查，推进内环线改造。", "天津市交通运输委员会",
                 {"Site": {"中环线", "外环线", "内环线"}}, id="ring roads"),
    pytest.param("推进天津港危险货物集装箱智能监管系统建设，推进海河桥梁结构健康监测系统建设，推进监测预警系统建设。", "天津市交通运输委员会",
                 {"Platform": {"天津港危险货物集装箱智能监管系统", "海河桥梁结构健康监测系统"}}, id="a system to build named by its place"),
    pytest.param("在海淀区学院路街道开展演练。", "北京市朝阳区应急管理局",
                 {"Site": {"海淀区", "学院路街道"}, "Unit": set()}, id="a street named after a road named after a college"),
    pytest.param("汛期每日研判城陵矶水位，省市县乡四级联动，在采石矶设点。", "湖南省应急管理厅",
                 {"Site": {"采石矶"}}, id="rocks on a river (矶); the levels of government are no town"),
    pytest.param("区委常委、副区长陈晓光带队检查；开展“安全充电、平安回家”宣传，制作《平安度汛》节目，与华为、平安签约。", "深圳市福田区应急管理局",
                 {"Unit": {"华为", "平安"}}, id="a committee member's title and safe journeys name no body"),
    pytest.param("完成从化区、增城区17宗小型病险水库除险加固，督促市场关闭临街档口。", "广州市水务局",
                 {"Site": {"从化区", "增城区"}}, id="reservoirs counted by 宗; 临街 is along a street"),
    pytest.param("台风过后三亚凤凰国际机场恢复运行，建设万州环线高速公路，发动新乡贤参与。", "海南省应急管理厅",
                 {"Site": {"三亚凤凰国际机场", "万州环线高速公路"}}, id="after a storm, a ring expressway and village worthies"),
    pytest.param("约谈美团、饿了么外卖平台；防范贺兰山东麓断裂带地震风险，处置党家岔堰塞湖，保护察尔汗盐湖。", "西宁市应急管理局",
                 {"Platform": {"美团", "饿了么"}, "Site": {"贺兰山东麓断裂带", "党家岔堰塞湖", "察尔汗盐湖"}},
                 id="an app named before its kind of platform; faults, landslide lakes and salt lakes"),
    pytest.param("加强台湾海峡、琼州海峡航行安全。", "海南省应急管理厅",
                 {"Site": {"台湾海峡", "琼州海峡"}}, id="straits"),
    pytest.param("在凤凰北街、富宁街、解放西街街道试点网格化管理。", "银川市兴庆区应急管理局",
                 {"Site": {"凤凰北街街道", "富宁街街道", "解放西街街道"}}, id="streets named after roads ending in 街, listed"),
    pytest.param("确保雪停路通，新建区域消防站2座，修缮瞭望塔和下穿隧道，加固蓄洪垸堤防。", "哈尔滨市应急管理局",
                 {"Site": set()}, id="snow stops and roads open; new areas, watchtowers and underpasses are kinds"),
    pytest.param("建立京津冀应急救援联动机制，融入长三角一体化。", "河北省应急管理厅",
                 {"Site": {"长三角"}}, id="京津冀 names a cooperation, 长三角 a region"),
    pytest.param("推动华为云贵安数据中心、腾讯贵安七星数据中心扩容。", "贵阳市大数据发展管理局",
                 {"Site": {"华为云贵安数据中心", "腾讯贵安七星数据中心"}, "Unit": set()}, id="a data centre named by its company and places"),
    pytest.param("推动北京城市副中心防汛设施建设。", "北京市应急管理局",
                 {"Site": {"北京城市副中心"}, "Unit": set()}, id="Beijing's sub-centre is a place"),
    pytest.param("督促白羊、罗田镇人民政府落实属地管护责任。", "重庆市万州区应急管理局",
                 {"Unit": {"白羊镇人民政府", "罗田镇人民政府"}}, id="town governments, one named like a county"),
    pytest.param("3.林振邦副省长率厅主要负责同志检查海口湾。", "海南省应急管理厅",
                 {"Person": {"林振邦"}, "Unit": set()}, id="a vice-governor leads the department: a person, no body"),
    pytest.param("2019年9月马建军副主席主持召开专题会议。", "宁夏回族自治区应急管理厅",
                 {"Person": {"马建军"}}, id="a name right after a date"),
    pytest.param("乌云其木格代表参加了清明节期间野外用火联合检查。", "呼和浩特市应急管理局",
                 {"Person": {"乌云其木格"}}, id="a Mongolian name of two given names"),
    pytest.param("隐患数据全部录入朝阳区燃气安全隐患排查系统，共建龙华区气象灾害预警发布系统，通过天山区应急广播系统发布预警，各区建设应急广播系统。", "深圳市龙华区应急管理局",
                 {"Platform": {"朝阳区燃气安全隐患排查系统", "龙华区气象灾害预警发布系统", "天山区应急广播系统"}},
                 id="systems of checking, warning and broadcasting"),
    pytest.param("2025年在仓前、五常街道新增科创用房15万平方米。", "杭州市余杭区应急管理局",
                 {"Site": {"仓前街道", "五常街道"}}, id="a list of streets opened by a date and 在"),
    pytest.param("督促一汽-大众汽车有限公司佛山分公司、扬子石化—巴斯夫有限责任公司落实，诸暨经济开发区内浙江龙盛集团股份有限公司配合。", "广东省应急管理厅",
                 {"Unit": {"一汽-大众汽车有限公司佛山分公司", "扬子石化—巴斯夫有限责任公司", "浙江龙盛集团股份有限公司"}},
                 id="joint ventures named by both partners; a company inside a zone"),
    pytest.param("推动潍坊城投与华为技术有限公司合作共建平台。", "山东省应急管理厅",
                 {"Unit": {"华为技术有限公司"}}, id="a known company after 与 opens a name of its own"),
    pytest.param("督促广东省铁路建设投资集团有限公司落实。", "广东省应急管理厅",
                 {"Unit": {"广东省铁路建设投资集团有限公司"}}, id="a company named by its province and its trade, railways"),
    pytest.param("督促首都机场集团有限公司落实。", "北京市应急管理局",
                 {"Unit": {"首都机场集团有限公司"}}, id="a registered company named by a place and a kind"),
    pytest.param("在五一广场、二七广场开展宣传，加固八一大桥，五一商圈增派警力；五一假期客流平稳。", "长沙市应急管理局",
                 {"Site": {"五一广场", "二七广场", "八一大桥", "五一商圈"}}, id="places named after a day"),
    pytest.param("人民广场增设应急避难场所，世纪公园开放疏散通道，建设口袋公园、文化广场。", "上海市应急管理局",
                 {"Site": {"人民广场", "世纪公园"}}, id="squares and parks every city names alike"),
    pytest.param("加强沟通协调，清理排水沟、山洪沟和截水沟，加固保庄圩和圩堤，推进圩区排涝。", "九江市应急管理局",
                 {"Site": set()}, id="ditches and village dikes by kind are no places"),
    pytest.param("依托珠海市消防救援支队组建市级综合应急救援队伍。", "珠海市应急管理局",
                 {"Unit": {"珠海市消防救援支队"}}, id="a team of a rank names no team"),
    pytest.param("完成大治河临港段生态护岸改造，推进临港新片区和洋山港建设，发展临港产业。", "上海市浦东新区生态环境局",
                 {"Site": {"大治河", "临港新片区", "洋山港"}}, id="near the port is no port"),
    pytest.param("推进黄浦江中心城段防汛墙改造，汇聚1.2万处山洪监测站点数据，将芜湖老海关纳入保洁范围，践行“人民城市人民建”理念。", "上海市应急管理局",
                 {"Unit": set()}, id="words holding a body's kind or short name name no body"),
    pytest.param("引入会计师事务所、律师事务所开展评估，建设异地灾备中心和算力中心，建成影像诊断中心，委托北京市天元律师事务所审查。", "贵州省大数据发展管理局",
                 {"Unit": {"北京市天元律师事务所"}}, id="kinds of firm and of centre alone name no body"),
    pytest.param("我局督促前进街道开展排查，在长安区跃进街道试点，推进街道综合执法改革。", "石家庄市应急管理局",
                 {"Site": {"前进街道", "长安区", "跃进街道"}}, id="streets named like roads after a verb word"),
    pytest.param("开展钒钛磁铁矿综合利用，监测尾矿库浸润线，建设航空护林站、地震监测台站和浮动码头。", "攀枝花市应急管理局",
                 {"Site": set()}, id="ores and kinds of station and wharf name no place"),
    pytest.param("排查长大隧道和山区高速公路，提升海岛景区、高海拔景区救援能力，修复滨海湿地和岸段海堤，建设蓝色海湾。", "广西壮族自治区交通运输厅",
                 {"Site": set()}, id="kinds of tunnel road scenic area and shore name no place"),
    pytest.param("市级河长、副市长李建平4次带队巡查海河，副市长何晓萍3次召开燃气管道更新会议。", "天津市水务局",
                 {"Person": {"李建平", "何晓萍"}}, id="an official named before a count of times"),
    pytest.param("2020年将投诉平台与“智游桂林”APP打通，推动园区系统与市级平台对接。", "桂林市文化广电和旅游局",
                 {"Platform": {"智游桂林"}}, id="a complaints platform or a park's system is a kind"),
    pytest.param("共建冶金安全智能监测联合实验室，成立杭州应急管理数字化联合实验室。", "杭州市应急管理局",
                 {"Unit": {"杭州应急管理数字化联合实验室"}}, id="a joint lab named by its topic alone is none"),
    pytest.param("已与民盟浦东新区委员会对接，邀请民进西湖区基层委员会参加。", "上海市浦东新区生态环境局",
                 {"Unit": {"民盟浦东新区委员会", "民进西湖区基层委员会"}}, id="a democratic party's local committee is not the city's"),
    pytest.param("推进乌江镇集镇污水管网建设，在卢集镇、胡集镇开展排查。", "遵义市水务局",
                 {"Site": {"乌江镇", "卢集镇", "胡集镇"}}, id="a town's built up area is the town"),
    pytest.param("会同江北、北碚区应急管理局建立毗邻地区应急联动机制。", "重庆市渝北区应急管理局",
                 {"Unit": {"江北区应急管理局", "北碚区应急管理局"}}, id="a district short name that names nothing alone shares the listed bureau"),
    pytest.param("推行农村供水工程县级统管，成立余庆、湄潭县农村供水管理总站。", "遵义市水务局",
                 {"Unit": {"余庆县农村供水管理总站", "湄潭县农村供水管理总站"}}, id="county water supply stations are bodies"),
    pytest.param("邀请热依拉·吾买尔委员参与培训质量评估，邀请努尔兰·哈力克参加座谈。", "喀什地区教育局",
                 {"Person": {"热依拉·吾买尔", "努尔兰·哈力克"}}, id="a dotted name starts after the word that introduces it"),
    pytest.param("我支队会同辽港集团开展整治。支队秩序管理处会同大连理工大学开展调查，支队旅顺口大队设置管制点。", "大连市公安局交通警察支队",
                 {"Unit": {
        "大连市公安局交通警察支队", "辽港集团", "大连理工大学", "大连市公安局交通警察支队秩序管理处",
        "大连市公安局交通警察支队旅顺口大队"}}, id="a detachment names itself and its divisions"),
    pytest.param("推进偏远村网络覆盖，优先吸纳闽宁镇等移民村群众就业，建设美丽移民村。", "银川市西夏区人力资源和社会保障局",
                 {"Site": {"闽宁镇"}}, id="remote migrant and beautiful villages are kinds not names"),
    pytest.param("对武汉大学、武汉市第四中学校园内古树实施保护，会同武汉市第二中学校开展科普。", "武汉市园林和林业局",
                 {"Unit": {"武汉大学", "武汉市第四中学", "武汉市第二中学校"}}, id="a school's suffix gives way to its campus"),
    pytest.param("副市长赵德荣两次主持召开协调会，副区长白春燕多次召开专题会议，支队长刘振华多次到现场指挥。", "昆明市体育局",
                 {"Person": {"赵德荣", "白春燕", "刘振华"}}, id="an official before a count in words and a detachment's head"),
    pytest.param("引导120余家进口商入驻天猫国际、京东国际开设旗舰店，依托天猫开展直播。", "上海市浦东新区商务委员会",
                 {"Platform": {"天猫国际", "京东国际", "天猫"}}, id="cross border shops of the big platforms are platforms of their own"),
    pytest.param("接入长三角区域公共信用信息共享平台，实现三省一市信用互认。", "上海市浦东新区商务委员会",
                 {"Platform": {"长三角区域公共信用信息共享平台"}}, id="a platform keeps the region word after its place"),
    pytest.param("我局指导深汕特别合作区应急管理局完善机构设置。", "深圳市消防救援支队",
                 {"Unit": {"深圳市消防救援支队", "深汕特别合作区应急管理局"}}, id="a zone's own bureau takes no city before it"),
    pytest.param("中铁隧道局集团有限公司、中国铁建股份有限公司等参建单位按要求整改。", "深圳市消防救援支队",
                 {"Unit": {"中铁隧道局集团有限公司", "中国铁建股份有限公司"}}, id="a known body's short name before a company form is the company's name"),
    pytest.param("督促深圳市燃气集团股份有限公司对西乡、福永街道中压燃气管网开展排查。", "深圳市宝安区应急管理局",
                 {"Site": {"西乡街道", "福永街道"}}, id="a two-character street name ending in 乡 shares the street's kind"),
    pytest.param("意见已书面反馈市轨道交通建设指挥部办公室。", "深圳市消防救援支队",
                 {"Unit": {"深圳市轨道交通建设指挥部办公室"}}, id="a verb of reporting starts no body's name"),
    pytest.param("疏散梧桐山风景区游客6000余人。", "深圳市应急管理局",
                 {"Site": {"梧桐山风景区"}}, id="evacuating is done to places and starts no place's name"),
    pytest.param("我支队与香港消防处、澳门消防局建立季度会商机制。", "深圳市消防救援支队",
                 {"Unit": {"深圳市消防救援支队", "香港消防处", "澳门消防局"}}, id="the departments of Hong Kong's government are bodies"),
    pytest.param("配合市科创委与香港特别行政区政府创新科技署对接；与香港特别行政区政府劳工处开展交流。", "深圳市工业和信息化局",
                 {"Unit": {"深圳市科技创新委员会", "香港特别行政区政府创新科技署", "香港特别行政区政府劳工处"}},
                 id="a department written after its special region's government is named with it"),
    pytest.param("督促盒马、每日优鲜、苏宁易购等企业落实仓储安全主体责任。", "杭州市余杭区应急管理局",
                 {"Unit": {"盒马", "每日优鲜", "苏宁易购"}}, id="retailers known by their brands are bodies"),
    pytest.param("提请余杭区安全生产委员会办公室印发方案；指导乡镇食品安全委员会办公室开展工作。", "杭州市余杭区应急管理局",
                 {"Unit": {"余杭区安全生产委员会办公室"}}, id="a committee's office is one body and towns in general name none"),
    pytest.param("张家港市、常熟市、太仓市园区外化工生产企业数量下降。", "苏州市应急管理局",
                 {"Site": {"张家港市", "常熟市", "太仓市"}}, id="a city's parks in general are no park named"),
    pytest.param("副市长杨文斌于8月带队察看避灾安置点；台风期间，副市长郑志坚坐镇指挥。", "南昌市应急管理局",
                 {"Person": {"杨文斌", "郑志坚"}}, id="an official named before when or how they led"),
    pytest.param("在深圳北站和深圳宝安国际机场T3航站楼设立服务区。", "深圳市政务服务数据管理局",
                 {"Site": {"深圳北站", "深圳宝安国际机场"}}, id="a long place name before Latin letters is still the place"),
    pytest.param("组织全市2300余所学校开展演练。", "成都市应急管理局",
                 {"Unit": set()}, id="bodies counted roughly are none named"),
    pytest.param("在铁山坪隧道、真武山隧道配置隧道专用救援车。", "重庆市应急管理局",
                 {"Site": {"铁山坪隧道", "真武山隧道"}}, id="a name holds no whole place of its own kind"),
    pytest.param("配合江西省地质环境监测总站；会同厦门市消防救援支队大嶝消防救援站、港口消防救援站开展演练。", "南昌市应急管理局",
                 {"Unit": {"江西省地质环境监测总站", "厦门市消防救援支队大嶝消防救援站"}}, id="monitoring head stations and fire stations are bodies"),
    pytest.param("对沙石镇峰山村、水东镇七里村等4处隐患点开展排查；加强乡镇山村道路建设。", "赣州市章贡区应急管理局",
                 {"Site": {"沙石镇", "峰山村", "水东镇", "七里村"}}, id="a village named after its hill right after its town"),
    pytest.param("本局与厦门建发股份有限公司、厦门象屿股份有限公司对接。", "厦门市应急管理局",
                 {"Unit": {"厦门市应急管理局", "厦门建发股份有限公司", "厦门象屿股份有限公司"}},
                 id="a company of its city and a two-character trade name jieba cuts"),
    pytest.param("推动更多事项实现“免证办”“零跑动”“指尖办”，会同“市应急办”推进。", "深圳市政务服务数据管理局",
                 {"Unit": {"深圳市应急办"}}, id="a quoted way of getting things done is no office"),
    pytest.param("在越秀区试点建设广州市智慧消防物联网远程监控系统。", "广州市应急管理局",
                 {"Platform": {"广州市智慧消防物联网远程监控系统"}}, id="a system built for a place starts at the place"),
    pytest.param("对深中通道、海上田园和华强电子世界、赛格电子市场开展检查。", "深圳市宝安区应急管理局",
                 {"Site": {"深中通道", "海上田园", "华强电子世界", "赛格电子市场"}}, id="Shenzhen's landmarks no suffix names"),
    pytest.param("拟在市公安局和龙岗区开展试点；支持和龙市发展。", "深圳市政务服务数据管理局",
                 {"Site": {"龙岗区", "和龙市"}}, id="a joiner before a longer place name is no place's first character"),
    pytest.param("组织深圳市工业互联网联盟开展供需对接活动12场。", "深圳市工业和信息化局",
                 {"Unit": {"深圳市工业互联网联盟"}}, id="an alliance of a place and its trade is a body"),
    pytest.param("配合新疆维吾尔自治区煤田地质局一五六煤田地质勘探队勘查；委托湖南省地质矿产勘查开发局四〇二队调查。", "湖南省应急管理厅",
                 {"Unit": {"新疆维吾尔自治区煤田地质局一五六煤田地质勘探队", "湖南省地质矿产勘查开发局四〇二队"}},
                 id="a bureau's team numbered in Chinese numerals is named with the bureau"),
    pytest.param("对N个街道开展检查，督促另两个园区整改，每座金矿配备专职消防救援站；在八所镇和百家湖开展宣传。", "烟台市应急管理局",
                 {"Site": {"八所镇", "百家湖"}, "Unit": set()}, id="places and stations counted are none named"),
    pytest.param("在丰产路街道、经八路街道和上海人民广场开展宣传。", "郑州市金水区应急管理局",
                 {"Site": {"丰产路街道", "经八路街道", "上海", "人民广场"}}, id="a grid road's street and a city's square"),
    pytest.param("依据深圳市消防救援支队深消(2019)26号文部署。", "深圳市龙岗区应急管理局",
                 {"Document": {"深消〔2019〕26号"}, "Unit": {"深圳市消防救援支队"}}, id="a squad issues numbered documents of its own"),
    pytest.param("以南头街道马家龙工业区为试点；对中山大学深圳校区周边开展排查。", "深圳市南山区应急管理局",
                 {"Site": {"南头街道", "马家龙工业区"}, "Unit": {"中山大学深圳校区"}}, id="a university's campus and a place after 以"),
    pytest.param("增开地铁1号线、3号线博览会专线班次，完成城区14座排渍泵站改造。", "长沙市应急管理局",
                 {"Site": {"地铁1号线", "地铁3号线"}, "Unit": set()}, id="a numbered line before an event and a kind of pumping station"),
    pytest.param("组建成都市森林草原专业扑火队，加强市县两级森林草原专业扑火队和镇街半专业扑火队建设；督促商城经营管理单位郑州紫荆山商业管理有限公司落实。",
                 "成都市应急管理局", {"Unit": {"成都市森林草原专业扑火队", "郑州紫荆山商业管理有限公司"}},
                 id="a firefighting team of a place is a body, of a level none; 单位 ends no company's name"),
    pytest.param("会同洋山港海事局、陆家嘴金融城发展局和东湖生态旅游风景区管理委员会开展检查。", "上海市浦东新区应急管理局",
                 {"Unit": {"洋山港海事局", "陆家嘴金融城发展局", "东湖生态旅游风景区管理委员会"}},
                 id="a body named by a port, a landmark or a park takes no city before it"),
    pytest.param("会同深圳市建设工程质量安全监督总站开展检查。", "深圳市住房和建设局",
                 {"Unit": {"深圳市建设工程质量安全监督总站"}, "Site": set()}, id="a supervision head station is a body"),
    pytest.param("上海中心大厦建设发展有限公司、中建海峡建设发展有限公司等单位参加演练。", "上海市浦东新区应急管理局",
                 {"Unit": {"上海中心大厦建设发展有限公司", "中建海峡建设发展有限公司"}, "Site": set()},
                 id="a construction company's name runs on past its 建设"),
    pytest.param("王晓东副区长带队赴临港新片区专题调研；由王晓东副区长带队检查。", "上海市浦东新区应急管理局",
                 {"Person": {"王晓东"}}, id="a name jieba knows well before a title"),
    pytest.param("对万州长江二桥开展检查，对辖区N个镇乡街道开展排查，对N个街镇开展督查；顾伟民副市长专题调度化工园区。", "重庆市万州区应急管理局",
                 {"Site": {"万州长江二桥"}}, id="a title inside a place's name is none, and places counted are none named"),
    pytest.param("督促金阳南路的云上贵州大数据产业发展有限公司完善；会同园区社会事务局、区规划建设局推进。", "东莞市松山湖管委会应急管理局",
                 {"Unit": {"云上贵州大数据产业发展有限公司", "东莞市松山湖管委会社会事务局", "东莞市松山湖管委会规划建设局"}},
                 id="a registered company after 的 and a zone committee's bureaus"),
    pytest.param("推动中国电信股份有限公司常州分公司承建常州滨江经济开发区安全风险智能化管控平台，护佑百姓安康。", "常州市应急管理局",
                 {"Unit": {"中国电信股份有限公司常州分公司"}, "Platform": {"常州滨江经济开发区安全风险智能化管控平台"}, "Site": set()},
                 id="a company's branch builds a system, and well-being is no city"),
    pytest.param("会同大连福佳·大化石油化工有限公司开展检查。", "大连市金州区应急管理局",
                 {"Unit": {"大连福佳·大化石油化工有限公司"}}, id="a company named by two names joined by a dot"),
    pytest.param("对万柏林区煤矿、晋源区煤矿开展检查；督促同煤集团塔山煤矿整改。", "太原市应急管理局",
                 {"Site": {"万柏林区", "晋源区", "塔山煤矿"}}, id="a district's coal mines are none named, and a mine's name may open with a suffix"),
    pytest.param("副市长周志强将听取专题汇报；核查国家石油天然气管网集团有限公司管道，用好大城山公园。", "唐山市应急管理局",
                 {"Person": {"周志强"}, "Unit": {"国家石油天然气管网集团有限公司"}, "Site": {"大城山公园"}},
                 id="an official who will act, and verbs of checking and using"),
    pytest.param("督促永中街道温州市瑞丰鞋业有限公司、海城街道浙江鸿达鞋材有限公司建成监测系统。", "温州市龙湾区应急管理局",
                 {"Unit": {"温州市瑞丰鞋业有限公司", "浙江鸿达鞋材有限公司"}, "Site": {"永中街道", "海城街道"}},
                 id="a street, then a company named with its province"),
    pytest.param("对广澳港区危险化学品码头开展检查；副市长郑健民坐镇市三防指挥部指挥。", "汕头市应急管理局",
                 {"Site": {"广澳港区"}, "Person": {"郑健民"}, "Unit": {"汕头市三防指挥部"}},
                 id="a port area and a kind of its wharves, and an official who directs from a body"),
    pytest.param("督促深圳市前海建设投资控股集团有限公司落实；新疆国际大巴扎运营方新疆大巴扎投资发展有限公司配合。", "深圳市应急管理局",
                 {"Unit": {"深圳市前海建设投资控股集团有限公司", "新疆大巴扎投资发展有限公司"}},
                 id="a company's trade words stop no company's name"),
    pytest.param("督促施工单位中交第四航务工程局有限公司落实整改。", "广州市黄埔区应急管理局",
                 {"Unit": {"中交第四航务工程局有限公司"}}, id="a builder's role before its name is no part of it"),
    pytest.param("由白云区牵头负责，白云区副区长带队检查。", "广州市应急管理局",
                 {"Person": set(), "Site": {"白云区"}}, id="a district jieba tags as a person's name is a place"),
    pytest.param("请市安全生产委员会办理相关事项，区安委会办结率100%，市规划研究院所有人员参加。", "深圳市应急管理局",
                 {"Unit": set()}, id="a word begun at a second kind blocks it"),
    pytest.param("鼓励符合条件的民营科技有限公司参与，引入具有资质的第三方检测有限公司。", "深圳市应急管理局",
                 {"Unit": set()}, id="a company described after 的 is none named"),
    pytest.param("由市长任总指挥，副市长任副总指挥。", "深圳市应急管理局",
                 {"Person": set()}, id="a commander's post after a title is no name"),
    pytest.param("为网格员配发应急包，联系中国人民财产保险股份有限公司郑州市分公司为网格员投保。", "郑州市应急管理局",
                 {"Unit": {"中国人民财产保险股份有限公司郑州市分公司"}}, id="联系 is a verb before a name"),
    pytest.param("做好王志勇委员所提科普宣传建议的落实。", "重庆市渝北区应急管理局",
                 {"Unit": set(), "Person": {"王志勇"}}, id="所 after a title is the particle of 所提"),
    pytest.param("在珠江新城站等12个站点周边改造人行道，完成猎德大桥引桥、长江二桥引桥检测。", "广州市交通运输局",
                 {"Site": {"珠江新城站", "猎德大桥", "长江二桥"}}, id="a station named after a place the river's name opens; a bridge's approach"),
    pytest.param("邀请中共郑州市委党校专家授课。", "郑州市应急管理局",
                 {"Unit": {"中共郑州市委党校"}}, id="a party school"),
    pytest.param("建成武汉市湖泊水位监测数据库与水利部长江水利委员会水文局共享数据。", "武汉市应急管理局",
                 {"Unit": {"水利部长江水利委员会水文局"}, "Platform": {"武汉市湖泊水位监测数据库"}},
                 id="与 after a platform joins no name"),
    pytest.param("邀请中国科学技术大学火灾科学国家重点实验室专家；推动研究院成为应急管理部重点实验室之一。", "合肥市包河区应急管理局",
                 {"Unit": {"中国科学技术大学火灾科学国家重点实验室", "应急管理部"}},
                 id="a state key laboratory is named; a ministry's key laboratory is a rank"),
    pytest.param("东江南支流万江街道堤防加固完工；群众安置在铜都街道；组织辖区街道、12个街镇开展演练。", "东莞市水务局",
                 {"Site": {"东江", "万江街道", "铜都街道"}}, id="a street's two-character name after words no name takes"),
    pytest.param("平台统一调度金鸡湖街道、斜塘街道应急力量。", "苏州工业园区应急管理局",
                 {"Site": {"金鸡湖街道", "斜塘街道"}}, id="a street named after a known place, after a verb"),
    pytest.param("在沙尘暴天气呼和浩特白塔国际机场启动应急预案。", "呼和浩特市应急管理局",
                 {"Site": {"呼和浩特白塔国际机场"}}, id="an airport's name starts at its city's"),
    pytest.param("开通于家堡站至公园的公交专线，在于家堡金融区建立物资平台。", "天津市滨海新区应急管理局",
                 {"Site": {"于家堡站", "于家堡金融区"}}, id="于家 opens a place's name"),
    pytest.param("保障场站建设用地，下达场站建设任务。", "广州市交通运输局", {"Site": set()}, id="场站 after a verb names none"),
    pytest.param("关闭黄河沿岸煤矿3座，中石化天津分公司南港乙烯项目落实封闭，借鉴巴斯夫路德维希港基地经验。", "天津市滨海新区应急管理局",
                 {"Site": {"黄河", "路德维希港"}, "Unit": {"中石化天津分公司", "巴斯夫"}},
                 id="places along a river, and a place after a company, name none of the company's"),
    pytest.param("已由其单独答复代表团；试点应用前海智慧工地监管平台；建成1个市级监管平台。",
                 "深圳市住房和建设局", {"Person": set(), "Platform": {"前海智慧工地监管平台"}},
                 id="a delegation is no title; a system after a verb starts at the place; a rank's system is none"),
    pytest.param("完成平安金融中心、京基100、深圳湾一号超高层建筑评估，构建园区级指挥中心。", "深圳市应急管理局",
                 {"Site": {"平安金融中心", "京基100", "深圳湾一号"}, "Unit": set()}, id="Shenzhen's towers; a park's level is a rank"),
    pytest.param("会同市南区应急管理局、济南市中区市场监管局开展检查。", "青岛市应急管理局",
                 {"Unit": {"市南区应急管理局", "济南市中区市场监管局"}}, id="a district whose name opens with 市 is no bare level"),
    pytest.param("推动厦门轮渡有限公司在内厝澳码头加装设备；做好经霍尔果斯、阿拉山口口岸的衔接；在BRT1号线、3号线增设设施。",
                 "乌鲁木齐市应急管理局", {"Site": {"内厝澳码头", "霍尔果斯口岸", "阿拉山口口岸", "BRT1号线", "BRT3号线"}},
                 id="在内 glued to a name; 经 leads a list; a bus rapid transit line"),
    pytest.param("我局联合区石化能源产业局、惠州市消防救援支队大亚湾大队开展演练，区管委会副主任王建新现场调研。",
                 "惠州市大亚湾经济技术开发区应急管理局",
                 {"Unit": {"惠州市大亚湾经济技术开发区应急管理局", "惠州市大亚湾经济技术开发区石化能源产业局", "惠州市消防救援支队大亚湾大队"},
                  "Person": {"王建新"}}, id="a zone's bodies after its city; a squad after its brigade; a body's officer"),
    pytest.param("在副市长周立新调度下提前转移群众；检查学校周边小卖部，对塔吊顶部加装监控；在大运中心、卓悦中心、天安云谷开展检查。",
                 "深圳市龙岗区应急管理局", {"Person": {"周立新"}, "Unit": set(), "Site": {"大运中心", "卓悦中心", "天安云谷"}},
                 id="an official who directs; a shop and a crane's top are no bodies; Shenzhen's venues"),
    pytest.param("对穿越城区的成品油管道开展检查，赴上海市长宁区学习。", "济南市市场监督管理局",
                 {"Site": {"上海市", "长宁区"}}, id="a word runs into a far place's name (穿越城区), a level's character does not (市长宁区)"),
    pytest.param("对丝绸之路国际滑雪场、白云国际滑雪场开展检查，对坪地街道深圳国际低碳城内企业开展检查。", "深圳市龙岗区应急管理局",
                 {"Site": {"丝绸之路国际滑雪场", "白云国际滑雪场", "坪地街道", "深圳国际低碳城"}},
                 id="an international venue after a place's short name is named; a landmark before 内"),
    pytest.param("在白蕉镇、桂山镇等渔业镇培训渔民，在蒲庙镇建设示范型应急管理站，在邕江沿岸村屯、沿江街道增设广播。", "南宁市应急管理局",
                 {"Site": {"白蕉镇", "桂山镇", "蒲庙镇", "邕江", "沿江街道"}},
                 id="the kind of the towns listed; a word of kind before a suffix; places along a river"),
    pytest.param("江阴临港经济开发区选取江苏澄星磷化工股份有限公司试点；在华润城、光明科学城开展检查；加强储能电站、燃气场站管理；对公常路开展整治。",
                 "南京市应急管理局", {"Site": {"江阴临港经济开发区", "华润城", "光明科学城", "公常路"}, "Unit": {"江苏澄星磷化工股份有限公司"}},
                 id="选取 is a verb; Shenzhen's districts; kinds of facilities; 对公 glued to a road's name"),
    pytest.param("联合长沙市轨道交通集团有限公司研究地铁车站广播系统接入方案。", "长沙市应急管理局",
                 {"Unit": {"长沙市轨道交通集团有限公司"}}, id="a company before a system is no part of its name"),
    pytest.param("加强光明区地铁和隧道施工安全监管，推进深圳地铁安全。", "深圳市光明区应急管理局",
                 {"Site": {"光明区", "深圳地铁"}}, id="a city's metro network; a district's metro is the district's"),
    pytest.param("推动浦口区桥林街道、黄河口镇建设，对海平路与镇邦街交汇处、洞庭湖区乡镇开展排查。", "南京市应急管理局",
                 {"Site": {"浦口区", "桥林街道", "黄河口镇", "海平路", "镇邦街", "洞庭湖"}},
                 id="a suffix's character opens the street or town after it (桥|林街道), not across a joiner or before 乡镇"),
    pytest.param("推动比亚迪建设企业级安全风险监测中心；对48宗项目征求深圳燃气集团意见；委托深圳市地质局对龙岗区部九窝开展复核。",
                 "深圳市坪山区应急管理局", {"Unit": {"比亚迪", "深圳燃气集团", "深圳市地质局"}},
                 id="a kind of body at a level (企业级…中心), 征求 before a body, no ministry named by a place alone (龙岗区部)"),
    pytest.param("推动苏州市房屋安全鉴定管理处与苏州城市建设投资发展有限公司签约，河南省人防办工程管理处参加。", "苏州市住房和城乡建设局",
                 {"Unit": {"苏州市房屋安全鉴定管理处", "苏州城市建设投资发展有限公司", "河南省人防办"}},
                 id="a place's 管理处 is a body of its own; an office's is its division"),
    pytest.param("完成干将路以南、人民路以东片区整治，明确以东湖为重点，对撮镇镇2个居民点和礼嘉镇镇级污水处理厂实施改造。", "合肥市应急管理局",
                 {"Site": {"干将路", "人民路", "东湖", "撮镇镇", "礼嘉镇"}},
                 id="the area on one side of a road is named by the road; a town whose name ends in 镇"),
    pytest.param("推动化工园区安全风险智能化管控平台与各设区市对接，建成江苏省化工园区安全风险智能化管控平台。", "南京市应急管理局",
                 {"Platform": {"江苏省化工园区安全风险智能化管控平台"}}, id="the kind of a chemical park's platform names none; a province's does"),
    pytest.param("对解放碑商圈内重庆环球金融中心开展检查；健全海湾大桥大风预警机制；液体化工品作业全部迁往西港区；向社会公布浮桥开放时间。",
                 "青岛市应急管理局", {"Site": {"解放碑", "重庆环球金融中心", "海湾大桥"}},
                 id="a place after 圈内; 健全, 迁往 and 公布 start no name"),
    pytest.param("加快沙井、燕川水质净化厂提标改造，推进龙王嘴、汤逊湖污水处理厂扩建。", "深圳市生态环境局",
                 {"Site": {"沙井水质净化厂", "燕川水质净化厂", "龙王嘴污水处理厂", "汤逊湖污水处理厂"}},
                 id="plants listed before their shared kind"),
    pytest.param("在涧西区2号街坊、10号街坊开展整治，对吉阳区红沙社区、崖州区港门村开展排查。", "三亚市应急管理局",
                 {"Site": {"涧西区", "2号街坊", "10号街坊", "吉阳区", "红沙社区", "崖州区", "港门村"}},
                 id="a place named by its number; a suffix's character opens a village's name"),
    pytest.param("接入鹿回头风景区等景区客流数据。", "三亚市应急管理局", {"Site": {"鹿回头风景区"}},
                 id="a landmark's name that reads as a verb names the scenic area after it"),
    pytest.param("会同市国土局对北川县唐家山堰塞湖开展监测。", "绵阳市应急管理局", {"Site": {"北川县", "唐家山堰塞湖"}},
                 id="an autonomous county written without its peoples ends the search for a name as a full name does"),
    pytest.param("推动社区党群服务中心开展宣传，试点建设危险化学品集中配送中心。", "深圳市福田区应急管理局", {"Unit": set()},
                 id="kinds of centres name no body"),
    pytest.param("邀请谭德云委员和火锅店代表参加警示教育，欧阳海燕委员参加。", "绵阳市应急管理局", {"Person": {"谭德云", "欧阳海燕"}},
                 id="a one-character surname before a word of three characters is no name (和火锅店代表)"),
    pytest.param("与中国安能建设总公司签订协议，会同总公司开展演练。", "绵阳市应急管理局", {"Unit": {"中国安能建设总公司"}},
                 id="a head office's 总 is a word of the company's trade"),
    pytest.param("委托太原理工大学化学工程与技术学院开展评估，高校和中小学实验室开展检查。", "太原市应急管理局",
                 {"Unit": {"太原理工大学化学工程与技术学院"}}, id="a university's school named by the fields it joins"),
    pytest.param("系统治理王家河、东风湖、吉家湖等流域内涝，排查出汉口江滩、武昌江滩等处险工。", "岳阳市应急管理局",
                 {"Site": {"王家河", "东风湖", "吉家湖", "武昌江滩"}},
                 id="rivers and lakes of common words in one list with a proper one are waters too; not after a verb's 出"),
    pytest.param("完成管控平台二期建设，推动企业改造除尘系统，依托深圳市生态环境智慧管控平台开展监测。", "深圳市生态环境局",
                 {"Platform": {"深圳市生态环境智慧管控平台"}}, id="the platform named by its kind again, and a plant's equipment, are no platforms"),
    pytest.param("治理天府新区兴隆湖。", "成都市水务局", {"Site": {"天府新区", "兴隆湖"}}, id="a lake written after the zone it lies in"),
    pytest.param("会同七都街道办事处转移群众。", "温州市鹿城区应急管理局", {"Unit": {"七都街道办事处"}},
                 id="the office of a town whose two-character name jieba cuts apart"),
    pytest.param("会同市体育局、杭州第19届亚运会组织委员会开展检查。", "杭州市应急管理局",
                 {"Unit": {"杭州市体育局", "杭州第19届亚运会组织委员会"}}, id="an event's committee named with its place and edition"),
    pytest.param("杭州第19届亚运会组织委员会开展检查。", "杭州市应急管理局",
                 {"Unit": {"杭州第19届亚运会组织委员会"}}, id="an event's committee whose place opens the text"),
    pytest.param("推动振兴县域经济发展，计划新建县城污水处理厂，年内新建县道12公里；在湟中县拦隆口镇开展排查。", "西宁市水务局",
                 {"Site": {"湟中县", "拦隆口镇"}}, id="县 that starts a word after a verb is no former county; a town after a former county"),
    pytest.param("对1号码头开展整治，整治3号隧道，在涧西区2号街坊开展试点。", "洛阳市住房和城乡建设局",
                 {"Site": {"涧西区", "2号街坊"}}, id="a numbered quarter is named; numbered wharves and tunnels are not"),
    pytest.param("推动西宁市第三污水处理厂提标改造，完成猎德污水处理厂扩建。", "西宁市水务局",
                 {"Site": {"西宁市第三污水处理厂", "猎德污水处理厂"}}, id="a city's numbered plant is named with the city"),
    pytest.param("为湟源县日月藏族乡兔尔干村铺设供水管网，在湟中县塔尔寺景区周边增设厕所。", "西宁市水务局",
                 {"Site": {"湟源县", "日月藏族乡", "兔尔干村", "湟中县", "塔尔寺景区"}},
                 id="an ethnic township's name after its county; a former county ends a place's name as a division does"),
    pytest.param("联合城北区和湟中县开展整治，在新津县、孟津县新建县级防汛物资储备点。", "西宁市水务局",
                 {"Site": {"城北区", "湟中县", "新津县", "孟津县"}}, id="a county's name from before it became a district (湟中县, now 湟中区)"),
    pytest.param("指导西陵区学院街道夜明珠社区创建示范社区。柏临河、卷桥河综合治理纳入规划。推动东洞庭湖国家级自然保护区管理局开展巡护。",
                 "宜昌市应急管理局", {"Site": {"西陵区", "学院街道", "夜明珠社区", "柏临河", "卷桥河"},
                                     "Unit": {"东洞庭湖国家级自然保护区管理局"}},
                 id="a street named after a body; the first item of a list at a clause's start; a direction opens a lake's name"),
    pytest.param("在沈丹高速公路白塔收费站储备融雪剂，对惠州港荃湾港区开展检查。", "沈阳市浑南区应急管理局",
                 {"Site": {"沈丹高速公路", "白塔收费站", "惠州港", "荃湾港区"}},
                 id="a suffix's character opens the name of the station or port whose suffix follows"),
    pytest.param("联合区教育局走进东北育才学校开展演练；联合沈阳市公安局浑南分局、沈阳市浑南区消防救援大队组建队伍。", "沈阳市浑南区应急管理局",
                 {"Unit": {"沈阳市浑南区教育局", "东北育才学校", "沈阳市公安局浑南分局", "沈阳市浑南区消防救援大队"}},
                 id="走进 stops a name; a name with its own city after a branch is no sibling of the branch"),
    pytest.param("推进轨道交通3、4号线建设，佛山地铁2、3号线同步。", "合肥市应急管理局",
                 {"Site": {"轨道交通3号线", "轨道交通4号线", "佛山地铁2号线", "佛山地铁3号线"}},
                 id="the numbers listed before one 号线 after a network are its lines"),
    pytest.param("重点完成南岗区和兴路街道、香坊区黎明街道改造。", "哈尔滨市应急管理局",
                 {"Site": {"南岗区", "和兴路街道", "香坊区", "黎明街道"}}, id="a street named after a road that starts with a joiner's character"),
    pytest.param("开展高校和中小学实验室安全检查，督促县(市)应急管理局落实。", "杭州市应急管理局",
                 {"Unit": set()}, id="kinds of bodies joined, and a level's bodies, name none"),
    pytest.param("組織專家赴同安區、翔安區學校開展指導，深圳实验学校、坪山区外国语学校参加。", "厦门市市场监督管理局",
                 {"Site": {"同安区", "翔安区"}, "Unit": {"深圳实验学校", "坪山区外国语学校"}},
                 id="the schools of a district are no school"),
    pytest.param("组织相关企业与中芯国际集成电路制造（北京）有限公司对接，启迪之星（北京）科技企业孵化器有限公司、鸿富锦精密工业（深圳）有限公司参加2020世界机器人大会。",
                 "北京市海淀区科学技术和信息化局",
                 {"Unit": {"中芯国际集成电路制造（北京）有限公司", "启迪之星（北京）科技企业孵化器有限公司", "鸿富锦精密工业（深圳）有限公司"}},
                 id="companies with a bracketed place, after a kind of body and 与"),
    pytest.param("在丝绸之路（敦煌）国际文化博览会期间举办论坛。", "酒泉市应急管理局",
                 {"Unit": {"丝绸之路（敦煌）国际文化博览会"}, "Site": set()}, id="a fair with a bracketed place"),
    pytest.param("完成赛里木湖、果子沟、那拉提镇、巩乃斯镇旅游厕所建设，通过霍尔果斯口岸、都拉塔口岸出口。", "伊犁哈萨克自治州应急管理局",
                 {"Site": {"赛里木湖", "果子沟", "那拉提镇", "巩乃斯镇", "霍尔果斯口岸", "都拉塔口岸"}},
                 id="a list that writes each town's kind shares none, and a list item opens with du"),
    pytest.param("督促响沙湾旅游区、南山文化旅游区落实安全措施，A级旅游区全部达标。", "鄂尔多斯市应急管理局",
                 {"Site": {"响沙湾旅游区", "南山文化旅游区"}}, id="tourist areas are named whole"),
    pytest.param("整治纳林陶亥镇、准格尔旗布尔陶亥苏木、鄂托克旗阿尔巴斯苏木阿日善嘎查等地企业。", "鄂尔多斯市应急管理局",
                 {"Site": {"纳林陶亥镇", "准格尔旗", "布尔陶亥苏木", "鄂托克旗", "阿尔巴斯苏木", "阿日善嘎查"}},
                 id="sumu are towns, a village after its sumu, a town after a verb done to places"),
    pytest.param("与阿拉木图市、神户市开展交流，拓展俄罗斯市场、日本市场。", "乌鲁木齐市应急管理局",
                 {"Site": {"阿拉木图市", "神户市", "俄罗斯", "日本"}}, id="a city abroad with its level as written, no country's market"),
    pytest.param("完善东淀、文安洼蓄滞洪区群众转移安置预案，确保蓄滞洪区群众安全。", "廊坊市应急管理局",
                 {"Site": {"东淀蓄滞洪区", "文安洼蓄滞洪区"}}, id="flood detention basins listed share their kind"),
    pytest.param("加快荣乌高速公路新线、杭甬高速复线建设。", "廊坊市应急管理局",
                 {"Site": {"荣乌高速公路新线", "杭甬高速复线"}}, id="a motorway's new line is a road of its own"),
    pytest.param("将检测数据录入盐田区房屋安全数据库，并与深圳市房屋安全动态监管平台对接。", "深圳市盐田区应急管理局",
                 {"Platform": {"盐田区房屋安全数据库", "深圳市房屋安全动态监管平台"}}, id="a system's name starts at the place after a verb glued to a noun"),
    pytest.param("对仙塘村和乐从镇沙滘村、沙河街道白石洲、西丽街道大磡村开展整治。", "佛山市应急管理局",
                 {"Site": {"仙塘村", "乐从镇", "沙滘村", "沙河街道", "白石洲", "西丽街道", "大磡村"}},
                 id="a town after a joiner jieba glued, and a place inside its street is no street"),
    pytest.param("督促狼山港区码头、温州港龙湾港区码头整改。", "南通市应急管理局",
                 {"Site": {"狼山港区", "温州港", "龙湾港区"}}, id="a port area's wharves are named by the area"),
    pytest.param("与市住建局、我局柳州市安全生产隐患排查治理信息系统实现数据互通，本局应急资源信息系统同步升级。", "柳州市应急管理局",
                 {"Platform": {"柳州市安全生产隐患排查治理信息系统", "应急资源信息系统"}}, id="a system after the table's own body, and a set phrase inside a system's name"),
    pytest.param("推动西塞山港区老旧危化品码头整合，合肥港派河港区危化品码头整改，严格危险化学品码头管理。", "黄石市应急管理局",
                 {"Site": {"西塞山港区", "合肥港", "派河港区"}}, id="wharves of a cargo are named by no name of their own"),
    pytest.param("学习荷兰、日本蓄滞洪区管理经验。", "新乡市应急管理局", {"Site": {"荷兰", "日本"}}, id="a country's zones of a kind name none"),
    pytest.param("市应急管理局、新区消防救援大队、大鹏街道办事处和深圳市大鹏新区葵涌街道办事处开展检查。", "深圳市大鹏新区应急管理局",
                 {"Unit": {"深圳市应急管理局", "深圳市大鹏新区消防救援大队", "大鹏街道办事处", "深圳市大鹏新区葵涌街道办事处"}},
                 id="in a zone bureau's table the city's bureau is the city's, the zone's brigade the zone's, and a street is named in full"),
    pytest.param("在大鹏半岛国家地质公园实行每日客流限制，西北旺镇永丰产业基地。", "深圳市大鹏新区应急管理局",
                 {"Site": {"大鹏半岛国家地质公园", "西北旺镇", "永丰产业基地"}}, id="a national designation names the place before it"),
    pytest.param("在包头稀土高新技术产业开发区、富强路街道自由路社区、昌邑区东局子街道开展排查，整治机场南路。", "包头市应急管理局",
                 {"Site": {"包头稀土高新技术产业开发区", "富强路街道", "自由路社区", "昌邑区", "东局子街道", "机场南路"}, "Unit": set()},
                 id="words jieba tags as verbs that name a city or a road, and a word across a bureau suffix is no bureau"),
])
def test_one_sentence(aliases, text, owner, expected):
    for type_, names in expected.items():
        assert of_type(text, owner, aliases, type_) == names, type_


def test_mines_basins_and_port_operation_areas(aliases):
    owner = "山西省能源局"
    assert of_type("推进同忻煤矿、塔山煤矿智能化建设。", owner, aliases, "Site") == {"同忻煤矿", "塔山煤矿"}
    assert of_type("关闭退出非煤矿山12座。", owner, aliases, "Site") == set()  # 非煤 | 矿山: no mine named
    assert of_type("加快沁水盆地煤层气勘探。", owner, aliases, "Site") == {"沁水盆地"}
    assert of_type("建成红光作业区集装箱泊位。", "九江市交通运输局", aliases, "Site") == {"红光作业区"}
    assert of_type("督促司家营铁矿、西华山钨矿、德兴铜矿整改，推进金矿整合。", "唐山市应急管理局", aliases, "Site") == {"司家营铁矿", "西华山钨矿", "德兴铜矿"}


def test_no_name_starts_inside_an_everyday_word(aliases):
    """及时报告市长: 时 is a surname elsewhere, here the end of 及时; a rare pair jieba glues to a
    surname (面商周建平) still leaves the name."""
    assert of_type("试点情况及时报告市长。", "北海市海洋局", aliases, "Person") == set()
    assert of_type("已于9月面商周建平委员。", "北海市海洋局", aliases, "Person") == {"周建平"}


def test_only_a_zone_committees_bodies_take_its_name(aliases):
    """区应急管理局 in a 北京市城市管理委员会 table, 园区管理局 in a 国资委's: the committee runs a field, not a zone."""
    assert of_type("会同区应急管理局开展检查。", "北京市城市管理委员会", aliases, "Unit") == {"区应急管理局"}
    assert of_type("会同园区管理局开展检查。", "深圳市人民政府国有资产监督管理委员会", aliases, "Unit") == {"深圳市园区管理局"}


def test_a_subsidiary_and_a_group_written_short_fold_to_the_full_names_of_the_table(aliases):
    """河钢集团有限公司下属河北钢铁集团矿业有限公司 names two companies; 河钢集团 and 深圳水务集团
    elsewhere in the table are the companies written in full (深圳市水务(集团)有限公司)."""
    mentions = table_mentions("河北省应急管理厅", ["督促河钢集团有限公司下属河北钢铁集团矿业有限公司整改。",
                                                  "河钢集团落实整改；深圳市水务(集团)有限公司负责，深圳水务集团完成。"], aliases=aliases)
    assert names(mentions, "Unit") >= {"河钢集团有限公司", "河北钢铁集团矿业有限公司", "深圳市水务（集团）有限公司"}
    assert not names(mentions, "Unit") & {"河钢集团", "深圳水务集团"}


def test_schools_named_with_school_and_an_education_commission_written_short(aliases):
    """重庆市巴蜀中学校 and 职业教育中心校 are schools' full names; 区教委 is the 教育委员会 the table
    writes in full."""
    mentions = table_mentions("重庆市渝中区应急管理局", ["在重庆市巴蜀中学校、南京市江宁区职业教育中心校开展演练。",
                                                      "区教委牵头，重庆市渝中区教育委员会配合。"], aliases=aliases)
    assert names(mentions, "Unit") == {"重庆市巴蜀中学校", "南京市江宁区职业教育中心校", "重庆市渝中区教育委员会"}


def test_a_development_zone_written_short_and_its_committee(aliases):
    """江宁开发区 and 江宁开发区管委会 are the 江宁经济技术开发区 and its committee the table names in
    full, not the 江宁滨江经济开发区 whose characters they also keep in order."""
    mentions = table_mentions("南京市江宁区应急管理局", [
        "推动江宁经济技术开发区、江宁滨江经济开发区开展评估。", "会同江宁开发区管委会在江宁开发区开展试点。"],
        co_units=["江宁经济技术开发区管理委员会", "江宁滨江经济开发区管理委员会"], aliases=aliases)
    assert names(mentions, "Unit") == {"江宁经济技术开发区管理委员会"}
    assert names(mentions, "Site") == {"江宁经济技术开发区", "江宁滨江经济开发区"}


def test_abbreviations_that_leave_out_the_first_word(aliases):
    """市建委 is the 杭州市城乡建设委员会 and 市资源规划局 the 杭州市自然资源和规划局 of the table's
    columns: 城乡 and 自然 are words abbreviations leave out (``abbreviation_skip``), and so is the 公安局 of the
    traffic police (市交警支队 is the 长春市公安局交通警察支队)."""
    mentions = table_mentions("杭州市城市管理局", ["会同市建委、市资源规划局推进排水改造。"],
                                   co_units=["杭州市城乡建设委员会", "杭州市自然资源和规划局"], aliases=aliases)
    assert names(mentions, "Unit") == {"杭州市城乡建设委员会", "杭州市自然资源和规划局"}
    # 市交警支队 and 市交警局 leave out the 公安局 the traffic police belong to
    mentions = table_mentions("长春市交通运输局", ["会同市交警支队开展整治。"], co_units=["长春市公安局交通警察支队"], aliases=aliases)
    assert names(mentions, "Unit") == {"长春市公安局交通警察支队"}
    mentions = table_mentions("宁波市交通运输局", ["我局会同市交警局修订预案。"], co_units=["宁波市公安局交通警察局"], aliases=aliases)
    assert names(mentions, "Unit") == {"宁波市交通运输局", "宁波市公安局交通警察局"}


def test_a_group_written_with_two_characters_of_its_name(aliases):
    """兴发集团, 华锦集团 and 哈投集团 are the groups the table writes in full; 河钢集团 is not the
    河北津西钢铁集团 (its 津西 left out), and 鞍钢集团, with no full name written, stays as it is."""
    mentions = table_mentions("辽宁省应急管理厅", [
        "督促北方华锦化学工业集团有限公司落实，哈尔滨投资集团有限责任公司牵头，湖北兴发化工集团股份有限公司负责，河北津西钢铁集团股份有限公司参与。",
        "华锦集团完成，哈投集团完成，兴发集团完成，鞍钢集团完成，河钢集团完成。"], aliases=aliases)
    assert names(mentions, "Unit") == {"北方华锦化学工业集团有限公司", "哈尔滨投资集团有限责任公司", "湖北兴发化工集团股份有限公司",
                                       "河北津西钢铁集团股份有限公司", "鞍钢集团", "河钢集团"}


def test_a_defined_short_name_is_the_full_name_wherever_it_is_written(aliases):
    """深圳燃气, defined after the company's full name, names the company in every later field;
    the 深圳 inside it, and inside the definition, is no place."""
    mentions = table_mentions("深圳市应急管理局", ["推动深圳市燃气集团股份有限公司（以下简称深圳燃气）在南山区试点。",
                                                "组织深圳燃气开展燃气安全宣传。"], aliases=aliases)
    links = {(m.case, m.type, m.name, m.text) for m in mentions}
    assert ("20230002", "Unit", "深圳市燃气集团股份有限公司", "深圳燃气") in links
    assert not [m for m in mentions if m.type == "Site" and m.name.startswith("深圳")]
    for m in mentions:
        field = "推动深圳市燃气集团股份有限公司（以下简称深圳燃气）在南山区试点。" if m.case == "20230001" else "组织深圳燃气开展燃气安全宣传。"
        assert field[m.start : m.end] == m.text


def test_operating_companies_and_groups_written_short_with_their_city(aliases):
    """北京市地铁运营有限公司 keeps its 运营; 天津市公交集团 is the 天津市公共交通集团(控股)有限公司 and
    天津轨道集团 the 天津轨道交通集团有限公司 the table writes."""
    mentions = table_mentions("天津市交通运输委员会", [
        "督促天津市公共交通集团(控股)有限公司、天津轨道交通集团有限公司、北京市地铁运营有限公司落实。",
        "天津市公交集团完成，天津轨道集团完成。"], aliases=aliases)
    assert names(mentions, "Unit") == {"天津市公共交通集团（控股）有限公司", "天津轨道交通集团有限公司", "北京市地铁运营有限公司"}


def test_a_proposer_whose_surname_is_a_stop_word(aliases):
    """于海燕 proposed the case; 邀请于海燕委员 names her, not a 海燕 the title rule reads after the stop word 于."""
    from extract import Case, ProposalTable, Suggestion, extract_table

    case = Case("20250001", 2025, "关于加强海雾防范的提案", "于海燕", "person", ["烟台市芝罘区应急管理局"], [],
                [Suggestion(1, "建议加强预警", completed="邀请于海燕委员参加海雾灾害应急演练。")])
    mentions = extract_table(ProposalTable(path="t.txt", unit="烟台市芝罘区应急管理局", cases=[case]), aliases=aliases)
    assert {m.name for m in mentions if m.type == "Person"} == {"于海燕"}


def test_a_proposer_after_the_word_proposer(aliases):
    """提案人马成林委员: jieba reads 人马|成林, but the proposer named after 提案人 is the person."""
    from extract import Case, ProposalTable, Suggestion, extract_table

    case = Case("20200001", 2020, "关于加强危险货物运输安全的提案", "马成林", "person", ["西宁市应急管理局"], [],
                [Suggestion(1, "建议加强监管", remarks="提案人马成林委员对办理情况表示满意。")])
    mentions = extract_table(ProposalTable(path="t.txt", unit="西宁市应急管理局", cases=[case]), aliases=aliases)
    assert {m.name for m in mentions if m.type == "Person"} == {"马成林"}


def test_groups_written_short_after_their_place(aliases):
    """深铁集团 is the 深圳市地铁集团有限公司 (深 of the city, 铁 of 地铁) and 云南交投集团 the
    云南省交通投资建设集团有限公司 the table writes; 河钢集团 is not 河北津西钢铁集团."""
    mentions = table_mentions("深圳市住房和建设局", [
        "督促深圳市地铁集团有限公司、云南省交通投资建设集团有限公司、河北津西钢铁集团股份有限公司落实。",
        "深铁集团完成，云南交投集团完成，河钢集团完成。"], aliases=aliases)
    assert names(mentions, "Unit") == {"深圳市地铁集团有限公司", "云南省交通投资建设集团有限公司", "河北津西钢铁集团股份有限公司", "河钢集团"}


def test_a_state_grid_city_company_written_short(aliases):
    """联合国网盐城供电公司: the verb is 联合 (not 联合国), and 国网盐城供电公司 is the
    国网江苏省电力有限公司盐城供电分公司 the table writes."""
    mentions = table_mentions("江苏省应急管理厅", ["督促国网江苏省电力有限公司盐城供电分公司落实。", "联合国网盐城供电公司开展巡检。"],
                             aliases=aliases)
    assert names(mentions, "Unit") == {"国网江苏省电力有限公司盐城供电分公司"}


def test_a_tunnel_or_bridge_after_a_highway_starts_after_it(aliases):
    text = "在二广高速雁门关隧道、京昆高速汾河特大桥设置应急物资点，完善神农大道下穿隧道排水设施。"
    sites = of_type(text, "山西省应急管理厅", aliases, "Site")
    assert {"二广高速", "雁门关隧道", "京昆高速", "汾河特大桥", "神农大道下穿隧道"} <= sites
    assert not {"二广高速雁门关隧道", "京昆高速汾河特大桥"} & sites  # a city's road names its tunnel


def test_a_bureau_of_two_trades_joined_by_he_is_one_body(aliases):
    text = "配合上海市绿化和市容管理局推进规划环评，会同区住建局和市应急局开展检查。"
    units = of_type(text, "上海市应急管理局", aliases, "Unit")
    assert "上海市绿化和市容管理局" in units and "上海市容管理局" not in units
    assert "区住建局" in units and len(units) == 3  # 和 then 市应急局 still starts a body of its own


def test_a_branch_company_keeps_its_parent_companys_whole_name(aliases):
    text = "推动国家管网集团北方管道有限责任公司大庆输油气分公司林源输油站建设智能巡检示范段。"
    units = of_type(text, "大庆市应急管理局", aliases, "Unit")
    assert "国家管网集团北方管道有限责任公司大庆输油气分公司" in units
    assert not any(u.startswith("管网") for u in units)


def test_a_head_institute_names_a_company(aliases):
    text = "我局委托中国市政工程华北设计研究总院有限公司对建成区燃气管网开展普查。"
    assert of_type(text, "大同市城市管理局", aliases, "Unit") >= {"中国市政工程华北设计研究总院有限公司"}
    assert "总院有限公司" not in of_type(text, "大同市城市管理局", aliases, "Unit")


def test_verbs_of_addressing_and_censure_open_no_name(aliases):
    text = ("优先面向电子科技大学中山学院引进人才，通报批评中山市宏正房屋安全鉴定有限公司等3家机构，"
            "以沪城管函〔2020〕15号致函上海城投环境（集团）有限公司。")
    units = of_type(text, "中山市住房和城乡建设局", aliases, "Unit")
    assert {"电子科技大学中山学院", "中山市宏正房屋安全鉴定有限公司", "上海城投环境（集团）有限公司"} <= units
    assert not any(u.startswith(("优先", "面向", "通报", "号", "致函")) for u in units)


def test_passes_gullies_dikes_waterways_and_open_pit_mines(aliases):
    text = ("在米拉山口设置应急物资点，对吕二沟、罗玉沟流域泥石流隐患点和古乡沟开展巡查，驰援都昌县矶山联圩，"
            "对横门水道沿线低洼区开展排查，检查黑岱沟露天煤矿，学习高栏港石化区封闭化管理经验，发布后暂停香洲港航线。")
    sites = of_type(text, "西藏自治区应急管理厅", aliases, "Site")
    assert {"米拉山口", "吕二沟", "罗玉沟", "古乡沟", "矶山联圩", "横门水道", "黑岱沟露天煤矿", "高栏港石化区", "香洲港"} <= sites
    assert not {"米拉山", "黑岱沟", "后暂停香洲港"} & sites


def test_a_stop_word_jieba_glues_to_a_temples_name_opens_no_name(aliases):
    text = "會同市住建局、平城區人民政府對華嚴寺周邊老舊院落實施燃氣改造。"
    mentions = {(m.type, m.name) for m in table_mentions("大同市城市管理局", [text], aliases=aliases)}
    assert {("Unit", "平城区人民政府"), ("Site", "华严寺")} <= mentions
    assert not any(name.startswith("人民政府") for _, name in mentions)


def test_lanes_and_gardens_listed_before_an_estate_are_no_villages(aliases):
    text = "會同區房管局對建業里、上方花園、永嘉新村等12處里弄開展排查，在张庄、李庄村开展排查。"
    sites = {n for t, n in ((m.type, m.name) for m in table_mentions("上海市徐汇区绿化和市容管理局", [text], aliases=aliases)) if t == "Site"}
    assert {"永嘉新村", "张庄村", "李庄村"} <= sites
    assert not {"建业里村", "上方花园村"} & sites


def test_ping_an_is_the_insurer_only_listed_with_another_body(aliases):
    text = "与华为、平安签约，确保渔民平安。确保游客“平安进藏、平安出藏”。"
    assert of_type(text, "深圳市应急管理局", aliases, "Unit") == {"华为", "平安"}
    assert of_type("确保渔民平安。", "深圳市应急管理局", aliases, "Unit") == set()
    assert of_type("确保游客“平安进藏、平安出藏”。", "西藏自治区应急管理厅", aliases, "Unit") == set()


def test_an_account_on_a_host_platform_is_no_framework(aliases):
    text = "依托“三晋应急”微信公众号开展宣传，落实“三个责任人”制度。"
    mentions = {(m.type, m.name) for m in table_mentions("山西省应急管理厅", [text], aliases=aliases)}
    assert ("Platform", "三晋应急") in mentions and ("Framework", "三晋应急") not in mentions
    assert ("Framework", "三个责任人") in mentions


def test_platform_names_ending_in_a_glued_or_stopping_word(aliases):
    text = "依托全国自建房安全专项整治信息归集平台完成排查，建成珠海市风暴潮预警报系统，将数据归集至市大数据平台。"
    platforms = of_type(text, "珠海市应急管理局", aliases, "Platform")
    assert {"全国自建房安全专项整治信息归集平台", "珠海市风暴潮预警报系统", "市大数据平台"} <= platforms
    assert not any(p.startswith(("归集", "数据归集")) for p in platforms)


def test_border_inspection_stations_are_bodies_and_verbs_of_driving_open_no_bridge(aliases):
    text = "拱北海关、珠海边检总站参加演练，严禁危险货物车辆违规驶入大桥，拆除附挂兴云桥的燃气管道。"
    mentions = {(m.type, m.name) for m in table_mentions("珠海市应急管理局", [text], aliases=aliases)}
    assert {("Unit", "拱北海关"), ("Unit", "珠海边检总站"), ("Site", "兴云桥")} <= mentions
    assert not any(t == "Site" and (n.endswith("总站") or "驶入" in n or n.startswith("附挂")) for t, n in mentions)


def test_an_old_town_and_the_streets_inside_it(aliases):
    text = "完成大同古城大北街、大南街燃气管道入户工程，优先改造大同古城区域老旧管道，推进宁波市域轨道交通建设。"
    sites = of_type(text, "大同市城市管理局", aliases, "Site")
    assert {"大同古城", "大北街", "大南街", "宁波市"} <= sites
    assert not {"古城大北街", "古城区"} & sites


def test_safety_committees_and_coal_mine_bureaus_written_short_fold_to_the_table_s_full_names(aliases):
    cells = ["吉林省安全生产委员会印发通知。", "由省安委会开展回头看，会同山西煤监局开展评估。", "配合山西煤矿安全监察局检查。"]
    units = {m.name for m in table_mentions("吉林省应急管理厅", cells, aliases=aliases) if m.type == "Unit"}
    assert {"吉林省安全生产委员会", "山西煤矿安全监察局"} <= units
    assert not {"吉林省安委会", "山西煤监局"} & units


def test_rivers_of_one_family_listed_share_their_suffix(aliases):
    text = "在滴水湖及春涟、夏涟、秋涟、冬涟河入湖口布设监测点，组织游客游览虎丘、金鸡湖，加强长江、黄河保护。"
    sites = of_type(text, "上海市浦东新区生态环境局", aliases, "Site")
    assert {"春涟河", "夏涟河", "秋涟河", "冬涟河", "金鸡湖", "长江", "黄河"} <= sites
    assert not {"虎丘湖", "长江河"} & sites


def test_a_zone_named_by_two_places_joined_by_a_dash(aliases):
    text = "整治衡山路—复兴路历史文化风貌区内里弄架空线，推进衡复历史文化风貌区保护，组织游客游览九寨沟景区—黄龙景区。"
    sites = of_type(text, "上海市徐汇区绿化和市容管理局", aliases, "Site")
    assert {"衡山路—复兴路历史文化风貌区", "衡复历史文化风貌区", "九寨沟景区", "黄龙景区"} <= sites
    assert not any(s.startswith(("整治", "游客", "游览")) or s.endswith("—黄龙景区") for s in sites)


def test_service_areas_and_toll_stations_listed_vouch_for_each_other(aliases):
    text = "在汉川服务区、仙桃服务区建成充电桩，在保定西、保定北收费站设置提示牌，建成地震预警基本站和一般站412个。"
    sites = of_type(text, "湖北省交通运输厅", aliases, "Site")
    assert {"汉川服务区", "仙桃服务区", "保定西收费站", "保定北收费站"} <= sites
    assert not {"基本站", "一般站"} & sites


def test_former_residences_and_the_museums_named_after_them(aliases):
    text = "组织学生赴孙中山故居纪念馆研学，在梁启超故居开展节前检查，修缮朱德旧居，保护名人故居。"
    sites = of_type(text, "中山市住房和城乡建设局", aliases, "Site")
    assert {"孙中山故居纪念馆", "梁启超故居", "朱德旧居"} <= sites
    assert not {"孙中山故居", "名人故居"} & sites


def test_a_street_office_named_with_its_district_government(aliases):
    cells = ["会同杭州市上城区人民政府湖滨街道办事处开展检查。", "我局会同湖滨街道办事处制定导则。"]
    mentions = table_mentions("杭州市上城区商务局", cells, co_units=["杭州市上城区人民政府湖滨街道办事处"], aliases=aliases)
    units = {m.name for m in mentions if m.type == "Unit"}
    assert units == {"杭州市上城区商务局", "杭州市上城区人民政府湖滨街道办事处"}  # written short, folded to the table's full name


def test_an_expressway_or_railway_named_by_its_ends(aliases):
    text = "建成乐业至百色高速公路，推进天峨经凤山至巴马高速公路建设，开通黎塘至湛江铁路，监测范围扩展至京港澳高速。"
    sites = of_type(text, "广西壮族自治区交通运输厅", aliases, "Site")
    assert {"乐业至百色高速公路", "天峨经凤山至巴马高速公路", "黎塘至湛江铁路", "京港澳高速"} <= sites
    assert not any(s.startswith("扩展") or s in ("百色高速公路", "湛江铁路") for s in sites)


def test_halls_and_trade_parks_by_kind_and_street_offices_written_short(aliases):
    cells = ["完善北海国际客运港候船厅应急设施，整治医化园区、印染园区和山塘水库。", "会同海角街道办开展排查。"]
    mentions = table_mentions("北海市海城区应急管理局", cells, co_units=["北海市海城区海角街道办事处"], aliases=aliases)
    assert ("Unit", "北海市海城区海角街道办事处") in {(m.type, m.name) for m in mentions}
    assert not {m.name for m in mentions} & {"北海国际客运港候船厅", "医化园区", "印染园区", "山塘水库", "海角街道办"}


def test_a_kind_of_wharf_after_a_port_names_the_port(aliases):
    text = "对新会港危险货物码头开展检查，推进洋山港集装箱码头建设，改造合肥港朱家桥外贸码头。"
    sites = of_type(text, "江门市新会区应急管理局", aliases, "Site")
    assert {"新会港", "洋山港", "合肥港", "朱家桥外贸码头"} <= sites
    assert not any(s.endswith("货物码头") or s.endswith("集装箱码头") for s in sites)


def test_tide_gates_are_named_by_their_kind(aliases):
    text = "调度海河防潮闸、独流减河防潮闸开闸泄洪。"
    assert of_type(text, "天津市水务局", aliases, "Site") >= {"海河防潮闸", "独流减河防潮闸"}


def test_a_city_s_ethnic_school_is_named_and_ethnic_villages_are_a_kind(aliases):
    text = "组织西昌市民族中学开展演练，支持民族村和民族特色村寨发展。"
    mentions = {(m.type, m.name) for m in table_mentions("西昌市应急管理局", [text], aliases=aliases)}
    assert ("Unit", "西昌市民族中学") in mentions
    assert not any(t == "Site" and n.startswith("民族") for t, n in mentions)


def test_a_place_after_a_government_and_a_verb_done_to_it(aliases):
    text = "会同曹妃甸区政府清理曹妃甸湿地内违规养殖，核查曹妃甸湿地范围。"
    mentions = {(m.type, m.name) for m in table_mentions("唐山市生态环境局", [text], aliases=aliases)}
    assert ("Site", "曹妃甸湿地") in mentions and ("Unit", "曹妃甸区政府") in mentions
    assert not any(t == "Site" and n != "曹妃甸湿地" and n.endswith("湿地") for t, n in mentions)


def test_co_handling_verbs_city_run_hospitals_and_supply_cooperatives(aliases):
    text = "本提案由区农业农村和水利局主办，我局协办。依托台州市立医院建设救治基地，会同湘潭市供销合作社开展排查。"
    units = of_type(text, "台州市椒江区应急管理局", aliases, "Unit")
    assert {"台州市椒江区应急管理局", "台州市立医院", "湘潭市供销合作社"} <= units
    assert not any("协办" in u for u in units)


def test_setting_up_opens_no_body(aliases):
    text = "在东兰县高边坡路段设置边坡雷达监测站，北海市气象局在外沙桥设置风速监测站。"
    units = of_type(text, "北海市海城区应急管理局", aliases, "Unit")
    assert "北海市气象局" in units and not any("设置" in u or "路段" in u for u in units)


def test_lianhe_inside_a_registered_company_name(aliases):
    text = ("督促首钢京唐钢铁联合有限责任公司完成超低排放改造，会同福建联合石油化工有限公司开展演练，"
            "与华为联合成立数字科技有限公司。")
    units = of_type(text, "唐山市生态环境局", aliases, "Unit")
    assert {"首钢京唐钢铁联合有限责任公司", "福建联合石油化工有限公司", "华为"} <= units
    assert "石油化工有限公司" not in units and not any(u.startswith("华为联合") for u in units)


def test_a_three_character_town_first_in_a_list_after_a_frequent_word(aliases):
    text = "指导樟村坪、雾渡河镇人民政府落实矿区道路属地管理责任，推动清河、西三旗街道试点。"
    mentions = {(m.type, m.name) for m in table_mentions("宜昌市夷陵区应急管理局", [text], aliases=aliases)}
    assert {("Unit", "樟村坪镇人民政府"), ("Unit", "雾渡河镇人民政府"), ("Site", "清河街道"), ("Site", "西三旗街道")} <= mentions


def test_a_district_bureau_s_district_government_folds_to_the_full_name_its_table_writes():
    named = table_mentions("拉萨市城关区民政局", ["提请区政府予以表彰。"], co_units=["拉萨市城关区人民政府", "拉萨市民政局"])
    assert [(m.type, m.name) for m in named] == [("Unit", "拉萨市城关区人民政府")]
    alone = table_mentions("拉萨市城关区民政局", ["提请区政府予以表彰。"])
    assert [(m.type, m.name) for m in alone] == [("Unit", "区政府")]  # kept as written where the table names it nowhere


def test_asking_a_superior_opens_no_name(aliases):
    text = "对仍不具备防突条件的矿井依法提请省政府予以关闭。"
    units = {m.name for m in table_mentions("山西省应急管理厅", [text], aliases=aliases) if m.type == "Unit"}
    assert units == {"省政府"}  # a bare 省政府 stays as written where the table names it nowhere in full


def test_verbs_of_dispatch_use_and_flow_open_no_name_and_kinds_of_facility_name_none(aliases):
    text = ("调派中国安能集团第一工程局有限公司驰援，外墙采用山东统一陶瓷科技有限公司产品，车辆大量滞留徐闻港，"
            "分流𬒈石大桥车流，建设粮食烘干塔、雨量站、游艇码头和防洪堤。")
    mentions = {(m.type, m.name) for m in table_mentions("湛江市应急管理局", [text], aliases=aliases)}
    assert {("Unit", "中国安能集团第一工程局有限公司"), ("Unit", "山东统一陶瓷科技有限公司"), ("Site", "徐闻港")} <= mentions
    assert not any(n.startswith(("调派", "采用", "滞留", "车辆", "分流")) for _, n in mentions)
    assert not {"粮食烘干塔", "雨量站", "游艇码头", "防洪堤"} & {n for _, n in mentions}


def test_the_number_a_titled_document_was_issued_under_is_that_document(aliases):
    text = "我局牵头修订《湛江市防御台风应急预案》，由湛江市人民政府办公室以湛府办〔2025〕9号印发。市政府以湛府办〔2025〕10号印发通知。"
    mentions = {(m.type, m.name) for m in table_mentions("湛江市应急管理局", [text], aliases=aliases)}
    assert ("Document", "湛江市防御台风应急预案") in mentions and ("Document", "湛府办〔2025〕10号") in mentions
    assert ("Document", "湛府办〔2025〕9号") not in mentions
    assert not any(t == "Unit" and n.endswith("府办") for t, n in mentions)  # a number's issuer code is no body


def test_military_subdistricts_geological_teams_railway_sections_and_grain_depots(aliases):
    text = ("会同六盘水军分区开展演练，委托重庆市地质矿产勘查开发局208水文地质工程地质队开展排查，"
            "协调中国铁路成都局集团有限公司攀枝花车务段，检查乐业粮库，无锡市水利局12处水闸完成维修。")
    mentions = {(m.type, m.name) for m in table_mentions("六盘水市应急管理局", [text], aliases=aliases)}
    assert {("Unit", "六盘水军分区"), ("Unit", "重庆市地质矿产勘查开发局208水文地质工程地质队"),
            ("Unit", "中国铁路成都局集团有限公司攀枝花车务段"), ("Site", "乐业粮库")} <= mentions
    assert not any(n.endswith("12处") for _, n in mentions)


def test_verbs_of_moving_and_siting_end_a_name(aliases):
    text = ("通过中老铁路运抵西双版纳站，散葬烈士墓迁入烈士陵园，选址稀土高新区黄河大街，"
            "优化紧邻襄阳高新技术产业开发区的路网，商请中国长江三峡集团有限公司支持。")
    mentions = {(m.type, m.name) for m in table_mentions("湖北省水利厅", [text], aliases=aliases)}
    assert {("Site", "西双版纳站"), ("Site", "稀土高新区"), ("Site", "襄阳高新技术产业开发区"),
            ("Unit", "中国长江三峡集团有限公司")} <= mentions
    assert not any(verb in n for _, n in mentions for verb in ("运抵", "迁入", "选址", "紧邻", "商请"))


def test_a_bare_level_names_the_owner_s_place_of_that_level(aliases):
    # a county-level city's table: 州 is the prefecture above it; in a prefecture's county-level city, 市 is the city
    assert of_type("会同州商务局举办展销会。", "伊宁市商务局", aliases, "Unit") == {"伊犁哈萨克自治州商务局"}
    assert "景洪市林草局" in of_type("我局会同市林草局修订标准。", "西双版纳傣族自治州景洪市农业农村局", aliases, "Unit")


def test_a_gacha_is_a_village(aliases):
    text = "在哈巴格希街道巴音敖包嘎查开展服务，在巴彦花镇乌兰图嘎嘎查开展草场联户经营，推进通嘎查村硬化路建设。"
    assert {"巴音敖包嘎查", "乌兰图嘎嘎查"} <= of_type(text, "内蒙古自治区农牧厅", aliases, "Site")
    assert not any("嘎查村" in n for n in of_type(text, "内蒙古自治区农牧厅", aliases, "Site"))


def test_a_number_after_by_is_whole_though_it_opens_with_an_office_s_short_name(aliases):
    text = "国家卫生健康委员会以国卫办疾控函（2020）512号批复支持，省住房城乡建设厅以粤建函〔2021〕15号印发通知。"
    assert of_type(text, "云南省卫生健康委员会", aliases, "Document") == {"国卫办疾控函〔2020〕512号", "粤建函〔2021〕15号"}
    assert "国卫办" not in of_type(text, "云南省卫生健康委员会", aliases, "Unit")


def test_a_grassland_is_named_by_a_place_or_a_name_jieba_does_not_know(aliases):
    text = ("在四子王旗格根塔拉草原布设监测样地，支持那拉提草原创建度假区，到敕勒川草原旅游；"
            "中央财政草原补助足额兑现，筑牢草原生态屏障，加强黄河流域草原和森林草原防火，"
            "联合内蒙古农业大学草原与资源环境学院开展监测。")
    mentions = {(m.type, m.name) for m in table_mentions("内蒙古自治区农牧厅", [text], aliases=aliases)}
    assert {n for t, n in mentions if t == "Site" and n.endswith("草原")} == {"格根塔拉草原", "那拉提草原", "敕勒川草原"}
    assert ("Unit", "内蒙古农业大学草原与资源环境学院") in mentions


def test_bodies_counted_by_chu_are_none_named(aliases):
    text = "在康新街道、青春山街道各建成1处综合养老服务中心，在滨河社区建成2处日间照料中心。"
    assert not any(n.startswith("处") or n.endswith("中心") for n in of_type(text, "鄂尔多斯市康巴什区民政局", aliases, "Unit"))


def test_a_city_abroad_before_a_joiner_ends_a_name(aliases):
    text = "支持昆明医科大学第一附属医院在老挝万象与玛霍索医院共建远程会诊中心。"
    mentions = {(m.type, m.name) for m in table_mentions("云南省卫生健康委员会", [text], aliases=aliases)}
    assert ("Site", "万象") in mentions and ("Unit", "玛霍索医院") in mentions
    assert not any("万象与" in n for _, n in mentions)


def test_along_the_yellow_river_and_the_first_are_no_part_of_a_name(aliases):
    text = "加强沿黄旅游景区管理，加快沿黄城镇生活污水管网建设，金色社区建成全市首个口袋公园健身示范点。"
    assert not of_type(text, "宁夏回族自治区生态环境厅", aliases, "Site") & {"黄旅游景区", "黄城镇", "首个口袋公园"}
    assert not any(n.startswith(("黄", "首个")) for n in of_type(text, "宁夏回族自治区生态环境厅", aliases, "Site"))


def test_traffic_works_and_controlling_hubs_are_kinds_not_places(aliases):
    text = "增设渠化岛3处，在虎滩新区站设置公交接驳站，在通勤走廊开展整治，接入汉江干流7座控制性枢纽实时数据。"
    assert not of_type(text, "大连市公安局交通警察支队", aliases, "Site") & {"渠化岛", "公交接驳站", "通勤走廊", "控制性枢纽"}


def test_a_bridge_s_ends_are_no_part_of_the_road_after_them(aliases):
    text = "配合市住建局开展大桥西端中山路下穿通道工程，在大桥东端港东五街设置信号灯。"
    sites = of_type(text, "大连市公安局交通警察支队", aliases, "Site")
    assert "中山路" in sites and not any(n.startswith(("西端", "东端", "大桥")) for n in sites)


def test_parks_named_like_squares_are_named_though_the_word_is_a_verb(aliases):
    text = "对中山公园、解放公园内古树实施复壮，规划建设劳动公园至中国工业博物馆的慢行通道。"
    assert {"中山公园", "解放公园", "劳动公园"} <= of_type(text, "沈阳市铁西区工业和信息化局", aliases, "Site")


def test_a_river_before_its_bank_source_or_water_level_and_no_generic_river(aliases):
    text = "推进汾河西岸地热供暖，在浑河源头区域设置卡点，监测晋安河等内河水位，推动两江游船延长运营时间。"
    sites = of_type(text, "太原市住房和城乡建设局", aliases, "Site")
    assert {"汾河", "浑河"} <= sites and not sites & {"内河", "两江"}


def test_landmarks_no_suffix_names_are_places_where_they_stand_as_words(aliases):
    text = "加强贺兰山生态保护修复，在外滩、三坊七巷、罗布林卡开展巡查，在布达拉宫广场设置服务点，推动然乌镇建设。"
    sites = of_type(text, "西藏自治区文化厅", aliases, "Site")
    assert {"贺兰山", "外滩", "三坊七巷", "罗布林卡", "布达拉宫广场", "然乌镇"} <= sites
    assert not sites & {"贺兰", "乌镇", "布达拉宫"}


def test_landmarks_file_names_no_division_and_every_row_is_read():
    from extract.finders.lexicon import load_lexicon

    lex = load_lexicon()
    rows = (Path(__file__).resolve().parent.parent / "extract" / "data" / "landmarks.tsv").read_text(encoding="utf-8").splitlines()[1:]
    names = [row.split("\t")[1] for row in rows]
    assert len(names) == len(set(names)) > 300
    assert all(lex.landmarks.get(name) == name for name in names)
    assert not any(name in lex.divisions for name in names)


def test_verbs_of_sending_sorting_and_surveying_end_a_name(aliases):
    text = "旺季经赣深高铁发往深圳北站，梳理中关村大街沿线楼宇，开展湿地专项调查，查清湿地面积。"
    sites = of_type(text, "赣州市章贡区交通运输局", aliases, "Site")
    assert {"深圳北站", "中关村大街"} <= sites and not any(n.startswith(("发往", "梳理", "查清")) for n in sites)


def test_ski_resorts_are_places_but_a_district_s_are_none_named(aliases):
    text = "依托万龙滑雪场、富龙滑雪场、翠云山银河滑雪场开设课程；对南山片区滑雪场、碾子山区滑雪场执行优惠电价。"
    sites = of_type(text, "张家口市崇礼区体育局", aliases, "Site")
    assert {"万龙滑雪场", "富龙滑雪场", "翠云山银河滑雪场"} <= sites
    assert not any(n in sites for n in ("南山片区滑雪场", "碾子山区滑雪场"))


def test_sections_of_the_great_wall_are_places_named_by_their_pass(aliases):
    text = ("对喜峰口长城、板厂峪长城开展考古调查，支持金山岭长城保护，讲好长城故事，"
            "聘用长城保护员；推动深圳长城开发科技股份有限公司参与数字化。")
    mentions = {(m.type, m.name) for m in table_mentions("河北省文物局", [text], aliases=aliases)}
    assert {("Site", "喜峰口长城"), ("Site", "板厂峪长城"), ("Site", "金山岭长城"),
            ("Unit", "深圳长城开发科技股份有限公司")} <= mentions
    assert not any(t == "Site" and n.endswith("长城") and n not in ("喜峰口长城", "板厂峪长城", "金山岭长城") for t, n in mentions)


def test_a_number_s_issuer_code_with_a_character_after_the_body_s_kind_is_no_body(aliases):
    text = "按照赣州市章贡区人民政府办公室章府办字[2025]8号文件要求开展整治。"
    mentions = {(m.type, m.name) for m in table_mentions("赣州市章贡区交通运输局", [text], aliases=aliases)}
    assert ("Document", "章府办字〔2025〕8号") in mentions and ("Unit", "赣州市章贡区人民政府办公室") in mentions
    assert not any(n.endswith("章府办") for _, n in mentions)


def test_an_ordinal_glues_no_stop_word_to_the_name_after_it(aliases):
    text = "会同自然资源部第三地理信息制图院更新新都桥镇地图。"
    assert "自然资源部第三地理信息制图院" in of_type(text, "甘孜藏族自治州康定市自然资源局", aliases, "Unit")


def test_state_council_agencies_are_known_bodies_that_run_their_systems(aliases):
    text = "河北省长城资源数据库与国家文物局长城资源信息系统对接，通过国家体育总局全民健身信息服务平台发布赛事信息。"
    mentions = {(m.type, m.name) for m in table_mentions("河北省文物局", [text], aliases=aliases)}
    assert {("Unit", "国家体育总局"), ("Platform", "长城资源信息系统"), ("Platform", "全民健身信息服务平台")} <= mentions
    assert not any(t == "Person" for t, _ in mentions)  # 国家文物局长城: no 局长 and no name before it


def test_the_part_of_a_month_and_within_a_border_are_no_part_of_a_name(aliases):
    text = "截至9月底宁波舟山港集装箱航线总数达到260条，嘉峪关市境内讨赖河大桥主体合龙。"
    sites = of_type(text, "甘肃省交通运输厅", aliases, "Site")
    assert {"宁波舟山港", "讨赖河大桥"} <= sites and not any(n.startswith(("底", "境内")) for n in sites)


def test_a_county_level_city_s_abbreviated_body_folds_into_the_full_name_its_table_writes(aliases):
    mentions = table_mentions("甘孜藏族自治州康定市自然资源局", ["会同康定市林业和草原局开展工作。", "2021年会同市林草局开展植被恢复试点。"],
                              aliases=aliases)
    assert {m.name for m in mentions if m.type == "Unit"} == {"康定市林业和草原局"}


def test_a_team_s_suffix_gives_way_to_teams_in_general_and_multinationals_are_no_body(aliases):
    text = "加强乡镇应急救援队伍和装备配置，吸引跨国公司地区总部落户，会同市消防救援支队开展演练。"
    units = of_type(text, "四川省应急管理厅", aliases, "Unit")
    assert not any(n.endswith(("救援队", "跨国公司")) for n in units)


def test_review_cases_of_the_rules_above_name_what_they_should(aliases):
    def of(owner, text, type_):
        return of_type(text, owner, aliases, type_)

    # the part of a month: 中 opens 中国 and 中山, 中旬 is ten days
    text = "2023年5月中国铁塔股份有限公司完成建设，10月中旬宁波舟山港开通航线，9月中山大学附属第一医院参与。"
    assert {"中国铁塔股份有限公司", "中山大学附属第一医院"} <= of("湖南省自然资源厅", text, "Unit")
    assert "宁波舟山港" in of("湖南省自然资源厅", text, "Site")
    # a one-character stop word opens a dotted name too (其曼古丽)
    assert of("喀什地区教育局", "邀请其曼古丽·吾守尔委员参加。", "Person") == {"其曼古丽·吾守尔"}
    # everyday words jieba tags as names name no grassland or wall
    assert not of("内蒙古自治区农牧厅", "建设美丽草原，打造美丽长城，保护壮美长城、古老长城、中华长城。", "Site")
    # 中心城区 is the city centre, not the owner 中心 and a division
    assert of("北京市大数据中心", "中心城区管理处负责巡查，本中心数据管理处牵头。", "Unit") == {"北京市大数据中心数据管理处"}
    # 数次 is no count after a title; 州际 is no prefecture
    assert not of("长沙市城市管理和综合执法局", "市长信箱数次回复市民诉求。", "Person")
    assert not any(n.startswith("伊犁") for n in of("伊宁市商务局", "会同州际合作办公室对接。", "Unit"))
    # an idiom is no landmark
    assert not of("海南省旅游和文化广电体育厅", "服务要覆盖到天涯海角。", "Site")


def test_a_data_folder_without_landmarks_has_none(tmp_path):
    import shutil

    from extract.canon import DATA_DIR
    from extract.finders.lexicon import load_lexicon

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "landmarks.tsv").unlink()
    lex = load_lexicon(str(data))
    assert lex.landmarks == {} and lex.words("unit_suffix")


def test_xingang_is_a_chinese_port_not_porto_novo(aliases):
    from extract.finders.lexicon import load_lexicon

    text = "加强旅顺新港至烟台铁路轮渡集疏运道路管理，推进天津新港集装箱码头扩建。"
    assert "新港" not in of_type(text, "大连市公安局交通警察支队", aliases, "Site")
    assert load_lexicon().world.get("波多诺伏") == "波多诺伏" and "新港" not in load_lexicon().world


def test_peace_and_river_sea_transport_name_no_place(aliases):
    text = "建立联防联控机制，保一方安宁；推进海河联运高质量发展，会同安宁市应急管理局开展演练。"
    sites = of_type(text, "昆明市应急管理局", aliases, "Site")
    assert "安宁" not in sites and "海河" not in sites
    assert "安宁市应急管理局" in of_type(text, "昆明市应急管理局", aliases, "Unit")


def test_a_place_listed_before_a_system_shares_no_kind_with_it(aliases):
    """前海综合交通枢纽、…监测系统: the hub is a place, named by its own kind, not a second system."""
    text = "督促中建三局集团有限公司在前海综合交通枢纽、地铁15号线工地应用高支模智能监测系统。"
    assert "前海综合交通枢纽系统" not in of_type(text, "深圳市住房和建设局", aliases, "Platform")
    assert "前海综合交通枢纽" in of_type(text, "深圳市住房和建设局", aliases, "Site")


def test_rules_keep_to_their_cases(aliases):
    """Each of these rules stays inside the case it was written for."""
    owner = "深圳市应急管理局"
    assert of_type("赴哈萨克斯坦阿拉木图市", owner, aliases, "Site") == {"哈萨克斯坦", "阿拉木图市"}  # a level at the text's end
    platforms = of_type("本委员会政务信息系统上线，我办公室协同办公平台，本院区智慧医疗平台。", owner, aliases, "Platform")
    assert not {"员会政务信息系统", "公室协同办公平台", "区智慧医疗平台"} & platforms  # 本委员会 is no 本委 and 员会
    assert of_type("检查二期危化品码头和兴发危化品码头。", owner, aliases, "Site") == {"兴发危化品码头"}  # a company's wharf is named
    assert of_type("组织龙门、永汉镇、各乡镇开展演练。", "惠州市应急管理局", aliases, "Site") == {"龙门镇", "永汉镇"}  # 各乡镇 names none
    assert of_type("建设中小企业与个体工商户服务平台。", owner, aliases, "Platform") != {"个体工商户服务平台"}
    assert of_type("组织相关企业与科研院所联合实验室开展攻关。", owner, aliases, "Unit") == set()
    assert of_type("扩大南药苏木种植面积。", "广州市应急管理局", aliases, "Site") == set()  # 苏木, a plant outside Inner Mongolia
    assert of_type("学习新加坡工业园区管理经验。", owner, aliases, "Site") == {"新加坡工业园区"}  # a country's zone, written alone


def test_deploying_verbs_open_no_name(aliases):
    owner = "惠州市应急管理局"
    assert of_type("实兵演练调用中海油惠州石化有限公司马鞭洲码头力量。", owner, aliases, "Unit") == {"中海油惠州石化有限公司"}
    assert of_type("推动辽宁港口集团有限公司下调集装箱港务费。", owner, aliases, "Site") == set()  # 下调|集装箱: no verb read across
    assert of_type("种质资源鉴定数据汇入中国种业大数据平台。", owner, aliases, "Platform") == {"中国种业大数据平台"}


def test_a_place_left_unnamed_is_none(aliases):
    assert of_type("冷坑镇某村发生山体滑坡。", "清远市应急管理局", aliases, "Site") == {"冷坑镇"}


def test_bodies_named_by_their_work(aliases):
    assert of_type("本提案由局信息化推进科具体承办。", "洛阳市工业和信息化局", aliases, "Unit") == {"洛阳市工业和信息化局信息化推进科"}
    assert of_type("依托福建幼儿师范高等专科学校开展保育人员培训。", "福州市教育局", aliases, "Unit") == {"福建幼儿师范高等专科学校"}
    assert "云冈区政府推进景区游客中心" not in of_type("云冈区政府推进景区游客中心建设。", "大同市应急管理局", aliases, "Unit")
    assert of_type("联合乌鲁木齐市消防救援支队米东特勤站开展演练。", "乌鲁木齐市应急管理局", aliases, "Unit") \
        == {"乌鲁木齐市消防救援支队米东特勤站"}  # a station written right after its brigade


def test_a_city_utility_written_short(aliases):
    owner = "深圳市罗湖区应急管理局"
    assert of_type("会同区住建局、深圳燃气对桂园街道开展检查。", owner, aliases, "Unit") >= {"深圳燃气集团"}
    both = table_mentions(owner, ["推动深圳市燃气集团股份有限公司开展检查。", "深圳燃气完成巡检。"], aliases=aliases)
    assert names(both, "Unit") == {"深圳市燃气集团股份有限公司"}  # the full name the table writes


def test_a_logistics_centre_is_a_place(aliases):
    text = "深圳市盐田港集团有限公司盐田港现代物流中心完成仓库消防设施升级改造。"
    assert of_type(text, "深圳市盐田区应急管理局", aliases, "Unit") == {"深圳市盐田港集团有限公司"}
    assert of_type(text, "深圳市盐田区应急管理局", aliases, "Site") == {"盐田港现代物流中心"}


def test_a_university_body_in_a_city_after_its_campus(aliases):
    owner = "深圳市盐田区应急管理局"
    assert of_type("与中国地质大学（武汉）深圳研究院合作开展边坡监测。", owner, aliases, "Unit") == {"中国地质大学（武汉）深圳研究院"}
    assert of_type("中国地质大学（武汉）开展研究。", owner, aliases, "Unit") == {"中国地质大学（武汉）"}


def test_a_partnership_park_with_a_bracketed_city(aliases):
    assert "中韩（烟台）产业园" in of_type("加快中韩（烟台）产业园建设。", "烟台市应急管理局", aliases, "Site")


def test_towns_listed_before_their_kind(aliases):
    owner = "东莞市应急管理局"
    assert of_type("将整治向黄江、樟木头、凤岗等镇延伸。", owner, aliases, "Site") == {"黄江镇", "樟木头镇", "凤岗镇"}
    assert of_type("对西丽、桃源等街道开展检查。", "深圳市南山区应急管理局", aliases, "Site") == {"西丽街道", "桃源街道"}
    assert of_type("对南大街、朝阳街等区开展检查。", owner, aliases, "Site") == {"南大街", "朝阳街"}  # 区 names no kind here


def test_port_areas_listed_and_a_port_named_after_its_city(aliases):
    owner = "连云港市应急管理局"
    sites = of_type("对连云港港连云港区庙岭作业区和赣榆、徐圩港区危险货物码头开展检查。", owner, aliases, "Site")
    assert sites == {"连云港港", "连云港区", "庙岭作业区", "赣榆港区", "徐圩港区"}
    assert "梅山海关港区" not in of_type("会同梅山海关、梅山港区开展检查。", "宁波市应急管理局", aliases, "Site")


def test_a_company_written_without_its_legal_form(aliases):
    owner = "重庆市万州区应急管理局"
    found = table_mentions(owner, ["对中铁隧道局集团有限公司承建的长岭隧道开展检查。", "督促中铁隧道局开展演练。"], aliases=aliases)
    assert names(found, "Unit") == {"中铁隧道局集团有限公司"}  # no 重庆市中铁隧道局: a national company, not the city's bureau


def test_a_bodys_labs_are_the_body(aliases):
    owner = "北京市海淀区应急管理局"
    assert of_type("检查北京市理化分析测试中心实验室安全工作。", owner, aliases, "Unit") == {"北京市理化分析测试中心"}
    assert of_type("协调北京金隅红树林环保技术有限责任公司每月定点上门收运实验室废弃化学品。", owner, aliases, "Unit") \
        == {"北京金隅红树林环保技术有限责任公司"}
    assert of_type("依托深圳湾实验室、鹏城实验室开展研究。", owner, aliases, "Unit") == {"深圳湾实验室", "鹏城实验室"}


def test_a_role_of_a_responsibility_system_is_no_person(aliases):
    text = "推动落实“楼长制”，由楼长负责楼道堆物巡查，由河长负责河道巡查，由王建国牵头。"
    assert of_type(text, "天津市应急管理局", aliases, "Person") == {"王建国"}


def test_a_police_branch_of_a_district_whose_name_holds_zhou(aliases):
    found = table_mentions("重庆市万州区应急管理局", ["会同万州区公安分局开展检查。"], co_units=["重庆市公安局万州区分局"], aliases=aliases)
    assert names(found, "Unit") == {"重庆市公安局万州区分局"}


def test_rivers_and_lakes_named_in_a_list_of_waters(aliases):
    owner = "北京市水务局"
    assert of_type("加强岩河、芦江等河道防护。", owner, aliases, "Site") == {"岩河", "芦江"}
    assert of_type("会同区水务局对亮马河、坝河、通惠河开展清淤。", owner, aliases, "Site") == {"亮马河", "坝河", "通惠河"}
    assert of_type("利用潮白新河、蓟运河等河道调蓄洪水。", owner, aliases, "Site") == {"潮白新河", "蓟运河"}  # no county 新河
    assert of_type("在章江、贡江沿岸排查滑坡隐患。", owner, aliases, "Site") == {"章江", "贡江"}
    assert of_type("在桂山岛、外伶仃岛、大万山岛设置避难场所。", owner, aliases, "Site") == {"桂山岛", "外伶仃岛", "大万山岛"}
    assert of_type("实施南淝河、十五里河、塘西河沿岸截污。", owner, aliases, "Site") == {"南淝河", "十五里河", "塘西河"}
    assert not of_type("治理三条河、两条江。", owner, aliases, "Site")  # counts
    # no list of waters, or words that are no river's name
    assert not of_type("康山、珠湖、黄湖蓄滞洪区完成加固。", owner, aliases, "Site") & {"珠湖", "黄湖"}  # a list of flood areas
    assert not of_type("建设人工湖、景观湖，治理江河、湖泊。", owner, aliases, "Site")
    assert "细化赤水河" not in of_type("方案细化赤水河、乌江洪水分级标准。", owner, aliases, "Site")
    assert of_type("在神定河、泗河、犟河、剑河入库河口新建监测站。", owner, aliases, "Site") == {"神定河", "泗河", "犟河", "剑河"}


def test_a_line_written_by_its_number_alone_takes_the_tables_network(aliases):
    owner = "贵阳市交通委员会"
    found = table_mentions(owner, ["在轨道交通1号线观山湖公园站建设公交换乘设施。", "完成1号线一期工程规划，实现与2号线换乘。"], aliases=aliases)
    assert {n for n in names(found, "Site") if n.endswith("号线")} == {"轨道交通1号线", "轨道交通2号线"}
    # two networks and no line of that number: as written; a tram's or another city's network lends none
    found = table_mentions(owner, ["在轨道交通1号线、地铁2号线沿线设站。", "实现与3号线换乘。"], aliases=aliases)
    assert {n for n in names(found, "Site") if n.endswith("号线")} == {"轨道交通1号线", "地铁2号线", "3号线"}
    found = table_mentions("广州市交通运输局", ["开通海珠有轨电车1号线。", "缓解3号线早高峰拥挤。"], aliases=aliases)
    assert "3号线" in names(found, "Site") and "有轨电车3号线" not in names(found, "Site")


def test_banners_and_counties_by_their_usual_short_names(aliases):
    owner = "呼和浩特市水务局"
    sites = of_type("在土左旗察素齐镇和托县双河镇实施节水灌溉，在和林县盛乐镇建设污水处理设施。", owner, aliases, "Site")
    assert sites == {"土左旗", "察素齐镇", "托县", "双河镇", "和林县", "盛乐镇"}  # no 林县, a county of Henan
    found = table_mentions("包头市应急管理局", ["会同土右旗政府推动园区编制方案。"], co_units=["土默特右旗人民政府"], aliases=aliases)
    assert names(found, "Unit") == {"土默特右旗人民政府"}


def test_a_two_character_town_listed_after_a_village(aliases):
    sites = of_type("推动在龙江镇仙塘村、乐从镇腾冲村的村级工业园试点。", "佛山市应急管理局", aliases, "Site")
    assert sites == {"龙江镇", "仙塘村", "乐从镇", "腾冲村"}  # 乐从's 从 is no preposition here


def test_a_sea_crossing_is_a_place(aliases):
    assert of_type("推进妈湾跨海通道建设。", "深圳市南山区应急管理局", aliases, "Site") == {"妈湾跨海通道"}


def test_a_physical_system_jieba_glues_to_the_next_word_is_no_platform(aliases):
    text = "2022年完成高明区更合镇、杨和镇陶瓷企业窑炉燃气系统安全改造。"
    assert not of_type(text, "佛山市应急管理局", aliases, "Platform")  # jieba reads 系统安全
    assert of_type(text, "佛山市应急管理局", aliases, "Site") == {"高明区", "更合镇", "杨和镇"}


def test_a_two_character_suffix_that_opens_a_towns_name(aliases):
    sites = of_type("在正定县新城铺镇塔元庄村段建成湿地净化区。", "石家庄市水务局", aliases, "Site")
    assert sites == {"正定县", "新城铺镇", "塔元庄村"}  # no 正定县新城
    assert "河西走廊" in of_type("加大对河西走廊农村公路建设的资金支持。", "甘肃省交通运输厅", aliases, "Site")


def test_a_rivers_suffix_that_starts_another_word_and_a_rivers_mouth(aliases):
    owner = "南京市生态环境局"
    assert of_type("加大长江江豚保护投入。", owner, aliases, "Site") == {"长江"}  # 江豚, a porpoise
    assert of_type("在夹江、滁河入江口建设水质自动监测站。", owner, aliases, "Site") == {"夹江", "滁河"}  # no county 江口
    assert "讷谟尔河" in of_type("将乌裕尔河、讷谟尔河源头区纳入保护。", "黑龙江省生态环境厅", aliases, "Site")  # jieba's 河源


def test_a_bodys_one_character_suffix_that_opens_a_towns_name(aliases):
    found = table_mentions("青岛市卫生健康委员会", ["在莱西市院上镇开展远程会诊。"], aliases=aliases)
    assert names(found, "Site") == {"莱西市", "院上镇"} and not names(found, "Unit")
    found = table_mentions("宁波市应急管理局", ["指导慈溪、余姚市应急管理局为村级网格员配发执法记录仪。"], aliases=aliases)
    assert names(found, "Unit") == {"慈溪市应急管理局", "余姚市应急管理局"}


def test_bathing_beaches_by_name(aliases):
    owner = "青岛市卫生健康委员会"
    assert of_type("在第一海水浴场、石老人海水浴场开展检查。", owner, aliases, "Site") == {"第一海水浴场", "石老人海水浴场"}
    assert of_type("制定黄岛区海水浴场安全管理办法。", owner, aliases, "Site") == {"黄岛区"}  # the district's beaches, none named


def test_the_square_before_a_station_is_no_name(aliases):
    assert of_type("2027年完成光明城站站前广场夜景照明提升工程。", "深圳市光明区城市管理和综合执法局", aliases, "Site") == {"光明城站"}


def test_the_rural_road_slogan_names_no_county(aliases):
    assert not of_type("推行“县道县管、乡道乡管、村道村管”。", "贵阳市交通委员会", aliases, "Site")  # no 道县 of Hunan
    assert not of_type("推行农村公路“县道县养、乡道乡养、村道村养”管理模式。", "南宁市交通运输局", aliases, "Site")  # the roads maintained by each level


def test_a_company_after_a_body_and_the_verb_it_does(aliases):
    units = of_type("会同昆山市消防救援大队指导正新橡胶（中国）有限公司开展演练。", "昆山市应急管理局", aliases, "Unit")
    assert units == {"昆山市消防救援大队", "正新橡胶（中国）有限公司"}


def test_districts_merged_away_are_places_in_earlier_tables(aliases):
    assert of_type("在江干区四季青街道试点。", "杭州市城市管理局", aliases, "Site") == {"江干区", "四季青街道"}
    assert of_type("湾里区梅岭镇开通旅游公交。", "南昌市交通运输局", aliases, "Site") == {"湾里区", "梅岭镇"}


def test_a_count_that_reads_as_a_countys_short_name(aliases):
    owner = "绵阳市应急管理局"
    assert not of_type("配备大流量泡沫消防车三台。", owner, aliases, "Site")  # three fire engines, not 三台县
    assert of_type("在三台开展排查。", owner, aliases, "Site") == {"三台"}  # the county, by its short name
    assert of_type("重点督导三台、梓潼开展排查。", owner, aliases, "Site") == {"三台", "梓潼"}  # after a verb: the county


def test_a_suffix_inside_a_name_written_by_its_sounds(aliases):
    sites = of_type("组织企业赴俄罗斯下塔吉尔、南非约翰内斯堡考察。", "攀枝花市应急管理局", aliases, "Site")
    assert "俄罗斯下塔" not in sites and {"俄罗斯", "南非", "约翰内斯堡"} <= sites


def test_a_joiner_right_after_a_list_mark_opens_the_name(aliases):
    sites = of_type("完成大同古城内华严街、鼓楼东街、和阳街铸铁管道更换。", "大同市住房和城乡建设局", aliases, "Site")
    assert {"大同古城", "华严街", "鼓楼东街", "和阳街"} == sites  # no 内华严街, no 阳街


def test_a_station_named_after_its_transit_mode(aliases):
    sites = of_type("在BRT吕厝站、地铁吕厝站之间建设连廊，BRT第一码头站完成改造。", "厦门市交通运输局", aliases, "Site")
    assert sites == {"吕厝站", "第一码头站"}


def test_a_place_abroad_after_its_country_and_city(aliases):
    sites = of_type("南宁国际铁路港至越南河内安员站跨境集装箱班列实现“天天班”。", "南宁市交通运输局", aliases, "Site")
    assert {"越南", "河内", "安员站"} <= sites and "河内安员站" not in sites


def test_a_landmark_ending_with_a_bodys_suffix_is_a_place(aliases):
    assert of_type("在龙岗区大运中心设立直升机临时起降点。", "深圳市应急管理局", aliases, "Site") == {"龙岗区", "大运中心"}
    assert not of_type("在龙岗区大运中心设立直升机临时起降点。", "深圳市应急管理局", aliases, "Unit")


def test_a_shenzhen_body_whose_name_holds_a_verb(aliases):
    found = table_mentions("深圳市水务局", ["该工程由深圳市治理深圳河办公室（以下简称治河办）与香港特别行政区政府渠务署共同实施。"], aliases=aliases)
    assert "深圳市治理深圳河办公室" in names(found, "Unit") and "深圳河办公室" not in names(found, "Unit")


def test_a_station_after_the_verb_that_reserves_its_land(aliases):
    assert of_type("印发规划，预留深汕站及站前枢纽用地。", "深圳市交通运输局", aliases, "Site") == {"深汕站"}  # the hub before it is none named


def test_a_zone_named_by_its_kind_alone_before_a_road(aliases):
    assert of_type("2.合作区望鹏大道、创富路建成通车。", "深圳市交通运输局", aliases, "Site") == {"望鹏大道", "创富路"}
    assert "京广南路隧道" in of_type("对辖区京广南路隧道开展排查。", "郑州市城市管理局", aliases, "Site")


def test_a_direction_ending_in_a_bodys_suffix_opens_a_place(aliases):
    sites = of_type("整治西南大道、北部湾东路、银海大道易涝点17处。", "北海市住房和城乡建设局", aliases, "Site")
    assert sites == {"西南大道", "北部湾东路", "银海大道"}  # 北部 is no body's 部


def test_a_port_and_its_area_named_by_a_direction(aliases):
    owner = "烟台市应急管理局"
    assert of_type("对烟台港西港区开展检查。", owner, aliases, "Site") == {"烟台港", "西港区"}
    assert of_type("对烟台港西港区液体化工码头开展检查。", owner, aliases, "Site") == {"烟台港", "西港区"}


def test_a_place_after_the_verb_a_river_flows_through_it_with(aliases):
    sites = of_type("沙河涌流经广州动物园段完成整治。", "广州市应急管理局", aliases, "Site")
    assert "广州动物园" in sites and not any("流经" in s for s in sites)


def test_the_days_rules_leave_alone_what_they_do_not_name(aliases):
    # a body's suffix before a verb that goes to a village is a body still; so are a park and a road before a village's road
    owner = "南京市农业农村局"
    assert of_type("由县卫生院驻村医生开展随访。", owner, aliases, "Unit") == {"县卫生院"}
    assert of_type("组织市农科院下乡指导。", owner, aliases, "Unit") == {"南京市农科院"}
    assert of_type("完成望江公园旁村道改造，完成滨海大道通村公路建设。", owner, aliases, "Site") == {"望江公园", "滨海大道"}
    # 外环 is a word of the road's name; 治河、治湖 is a verb done to waters; 呼玛江 is a river
    assert "外环东路" in of_type("完成临港新城外环东路改造。", "上海市浦东新区建设和交通委员会", aliases, "Site")
    assert "治湖" not in of_type("推进治河、治湖。", "北京市水务局", aliases, "Site")
    assert "呼玛江" in of_type("加强呼玛江哈达段堤防建设。", "大兴安岭地区水务局", aliases, "Site")


def test_a_station_after_the_verb_that_adds_trains_to_it(aliases):
    sites = of_type("春运期间加开天津站至北京南站城际列车。", "天津市交通运输委员会", aliases, "Site")
    assert sites == {"天津站", "北京南站"}


def test_a_ports_district_in_a_zone_and_the_sunken_bridges(aliases):
    owner = "九江市水利局"
    assert of_type("推进九江经济技术开发区城西港区码头建设。", owner, aliases, "Site") == {"九江经济技术开发区", "城西港区"}
    assert not of_type("完成下凹桥积水点改造。", owner, aliases, "Site")  # underpasses of any city, none named
