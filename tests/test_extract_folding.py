"""Abbreviations folded into the full names a table writes, cited document numbers, and
more general classes of names: divisions of ministries, universities, towns after their
district, areas, city metro lines, service-number platforms and quoted apps.
Sentences in the style of other cities' tables (Wuhan, Nanjing, Xi'an, Zhengzhou)."""

from __future__ import annotations

import pytest
from extracting import names, of_type, table

from extract import extract_table, load_aliases


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


# Abbreviations and written-out names at table level


def test_abbreviation_folds_into_the_full_name_of_the_co_handling_column(aliases):
    t = table("武汉市水务局", ["会同市园林局、市城管委开展巡查。"], ["武汉市园林和林业局", "武汉市城市管理委员会"])
    mentions = extract_table(t, aliases)
    assert names(mentions, "Unit") == {"武汉市园林和林业局", "武汉市城市管理委员会"}
    assert all(m.text in ("市园林局", "市城管委") for m in mentions if m.type == "Unit")


def test_an_affiliated_body_written_alone_is_the_one_the_table_writes_in_full(aliases):
    """盛京医院 is the 中国医科大学附属盛京医院 the table writes; 协和医院, with no such name written, stays."""
    t = table("沈阳市浑南区应急管理局", ["在中国医科大学附属盛京医院开展演练。", "督促盛京医院、协和医院完成燃气管线改造。"])
    assert names(extract_table(t, aliases), "Unit") == {"中国医科大学附属盛京医院", "协和医院"}


def test_a_numbered_school_written_short(aliases):
    """银川一中 is a school, the 银川市第一中学 where the table writes that; 三中全会 is none."""
    assert of_type("推动银川一中、都匀一中开展演练，学习十九届三中全会精神。", "银川市应急管理局", aliases, "Unit") == {"银川一中", "都匀一中"}
    t = table("银川市应急管理局", ["在银川市第一中学开展演练。", "推动银川一中创建示范学校，银川二中参加。"])
    assert names(extract_table(t, aliases), "Unit") == {"银川市第一中学", "银川二中"}


def test_party_committee_abbreviation_folds_into_its_full_name(aliases):
    t = table("南京市交通运输局", ["会同市委网信办完成舆情处置。"], ["中共南京市委网络安全和信息化委员会办公室"])
    assert names(extract_table(t, aliases), "Unit") == {"中共南京市委网络安全和信息化委员会办公室"}


def test_a_parent_body_is_no_abbreviation_of_its_branch(aliases):
    t = table("南京市交通运输局", ["会同市公安局开展整治。"], ["南京市公安局江宁分局"])
    assert names(extract_table(t, aliases), "Unit") == {"南京市公安局"}


def test_short_division_folds_into_the_full_division_of_the_same_case(aliases):
    t = table("西安市应急管理局", ["局危险化学品安全监督管理处牵头检查，局危化处每月通报。"])
    assert names(extract_table(t, aliases), "Unit") == {"西安市应急管理局危险化学品安全监督管理处"}


def test_bare_city_government_stays_as_written_unless_written_in_full(aliases):
    alone = table("郑州市交通运输局", ["报请市政府印发实施。"])
    assert names(extract_table(alone, aliases), "Unit") == {"市政府"}
    written = table("郑州市交通运输局", ["报请市政府印发实施。", "郑州市人民政府同意后实施。"])
    assert names(extract_table(written, aliases), "Unit") == {"郑州市人民政府"}


def test_site_written_without_its_city_folds_when_the_table_writes_it_in_full(aliases):
    t = table("成都市交通运输局", ["保障天府国际机场客流疏散。", "成都天府国际机场完成演练。"])
    assert names(extract_table(t, aliases), "Site") == {"成都天府国际机场"}


# Documents


def test_issuer_prefix_keeps_a_one_character_stop_word_inside_it(aliases):
    text = "按照西建发[2023]15号要求开展检查。"
    assert of_type(text, "西安市住房和城乡建设局", aliases, "Document") == {"西建发〔2023〕15号"}


def test_number_closing_the_sentence_of_its_title_names_the_title(aliases):
    text = "修订《武汉市防汛应急预案》，经市政府同意后印发（武政办〔2023〕8号），明确职责。"
    assert of_type(text, "武汉市水务局", aliases, "Document") == {"武汉市防汛应急预案"}


def test_number_in_another_sentence_stays_its_own_document(aliases):
    text = "修订《武汉市防汛应急预案》。另按照（武政办〔2023〕8号）执行。"
    assert of_type(text, "武汉市水务局", aliases, "Document") == {"武汉市防汛应急预案", "武政办〔2023〕8号"}


# Units


def test_verb_after_a_bureau_ends_its_name(aliases):
    text = "根据省水利厅部署，会同市气象局开展会商。"
    units = of_type(text, "武汉市水务局", aliases, "Unit")
    assert not any(name.endswith("部署") for name in units)
    assert "武汉市气象局" in units


def test_department_of_a_ministry_is_one_unit(aliases):
    text = "交通运输部公路局来宁调研。"
    assert of_type(text, "南京市交通运输局", aliases, "Unit") == {"交通运输部公路局"}
    text = "水利部水旱灾害防御司来汉指导。"
    assert of_type(text, "武汉市水务局", aliases, "Unit") == {"水利部水旱灾害防御司"}


def test_armed_police_squad_named_by_its_city(aliases):
    text = "会同武警南京支队开展演练。"
    assert of_type(text, "南京市应急管理局", aliases, "Unit") == {"武警南京支队"}
    assert of_type(text, "南京市应急管理局", aliases, "Site") == set()


def test_universities_named_by_place_and_kind(aliases):
    text = "与河海大学、南京工业大学共建南京水安全联合实验室。"
    assert of_type(text, "南京市水务局", aliases, "Unit") >= {"河海大学", "南京工业大学", "南京水安全联合实验室"}


def test_everyday_words_with_a_unit_character_name_no_unit(aliases):
    text = "完成老旧院落改造，全程网办率达到95%，推动业主委员会规范运作。"
    assert of_type(text, "武汉市住房保障和房屋管理局", aliases, "Unit") == set()


def test_national_companies_by_their_short_names(aliases):
    text = "约谈中建八局、中铁十一局，组织日立电梯、阿里云参与。"
    assert of_type(text, "武汉市城乡建设局", aliases, "Unit") == {"中建八局", "中铁十一局", "日立电梯", "阿里云"}


# Sites


def test_area_heads_after_a_place_are_dropped(aliases):
    text = "重点推进江汉路商圈、汉正街片区老旧管网改造。"
    assert {"江汉路", "汉正街"} <= of_type(text, "武汉市水务局", aliases, "Site")


def test_towns_and_streets_after_their_district(aliases):
    text = "在江宁区汤山街道、浦口区永宁镇和石湫镇街道试点。"
    assert {"汤山街道", "永宁镇", "石湫镇街道"} <= of_type(text, "南京市水务局", aliases, "Site")


def test_parks_scenic_areas_and_development_zones(aliases):
    text = "在玄武湖公园、钟山风景名胜区和江宁经济技术开发区设置监测点。"
    sites = of_type(text, "南京市水务局", aliases, "Site")
    assert {"玄武湖公园", "钟山风景名胜区", "江宁经济技术开发区"} <= sites
    assert "玄武湖" not in sites


def test_city_metro_line_keeps_its_city(aliases):
    text = "会同武汉地铁2号线、4号线运营单位开展演练。"
    sites = of_type(text, "武汉市交通运输局", aliases, "Site")
    assert {"武汉地铁2号线", "武汉地铁4号线"} <= sites
    assert "武汉市" not in sites


def test_national_new_area(aliases):
    assert "江北新区" in of_type("在江北新区试点建设。", "南京市水务局", aliases, "Site")


# Platforms and frameworks


def test_service_number_starts_a_platform_name(aliases):
    text = "依托12345政务服务热线平台和全国12315平台受理投诉。"
    platforms = of_type(text, "南京市市场监督管理局", aliases, "Platform")
    assert {"12345政务服务热线平台", "全国12315平台"} <= platforms


def test_a_count_still_starts_no_platform_name(aliases):
    assert of_type("建成3个平台。", "南京市市场监督管理局", aliases, "Platform") == set()


def test_quoted_name_with_an_application_head(aliases):
    text = "上线“宁安智管”应用，完成数据对接。"
    assert of_type(text, "南京市应急管理局", aliases, "Platform") == {"宁安智管"}


def test_holidays_and_descriptors_in_quotes_are_no_frameworks(aliases):
    text = "“五一”假期前整治“三无”产品。"
    assert of_type(text, "南京市市场监督管理局", aliases, "Framework") == set()


def test_abbreviated_kinds_fold_into_the_full_bodies_the_table_names(aliases):
    t = table("武汉市应急管理局", ["会同市卫健委、市疾控中心、市医保局和省卫健委开展联合督查。", "配合市住建局、市交通局检查。"],
              ["武汉市卫生健康委员会", "武汉市疾病预防控制中心", "武汉市医疗保障局", "湖北省卫生健康委员会", "武汉市住房和城乡建设局"])
    assert names(extract_table(t, aliases), "Unit") == {
        "武汉市卫生健康委员会", "武汉市疾病预防控制中心", "武汉市医疗保障局", "湖北省卫生健康委员会", "武汉市住房和城乡建设局",
        "武汉市交通局"}  # no full name in the table: as written



@pytest.mark.parametrize("owner, texts, columns, type_, expected", [
    pytest.param("上海市静安区市场监督管理局", ["会同区科委推荐46家企业。"], ["上海市静安区科学技术委员会"], "Unit",
                 {"上海市静安区科学技术委员会"}, id="a committee abbreviated to two characters (区科委)"),
    pytest.param("南充市水利局", ["我局会同升钟水库管理局完成灌区改造。"], ["四川省升钟水库管理局"], "Unit",
                 {"南充市水利局", "四川省升钟水库管理局"}, id="a bare name takes the place the unit columns give it"),
    pytest.param("南充市水利局", ["我局会同升钟水库管理局完成灌区改造。"], [], "Unit",
                 {"南充市水利局", "南充市升钟水库管理局"}, id="and the table's city without them"),
    pytest.param("宜宾市经济和信息化局", ["支持宜宾天原集团股份有限公司扩产。", "天原集团入选示范项目。"], [], "Unit",
                 {"宜宾天原集团股份有限公司"}, id="a company written without its place and legal form"),
    pytest.param("甘肃省农业农村厅", ["依托甘肃省农业科学院开展试验。", "省农科院选育的辣椒品种推广。"], [], "Unit",
                 {"甘肃省农业科学院"}, id="an academy written short (省农科院)"),
    pytest.param("厦门市思明区民政局", ["联合共青团思明区委开展志愿服务。"], ["共青团厦门市思明区委员会"], "Unit",
                 {"共青团厦门市思明区委员会"}, id="a youth league committee written without its city"),
    pytest.param("绵阳市科学技术局", ["会同市国防科工办举办对接会。"], ["绵阳市国防科技工业办公室"], "Unit",
                 {"绵阳市国防科技工业办公室"}, id="an office abbreviated to 办"),
    pytest.param("佛山市南海区教育局", ["会同区财政局、区应急管理局开展校园安全检查。"], [], "Unit",
                 {"佛山市南海区财政局", "佛山市南海区应急管理局"}, id="a district bureau names its district's bodies"),
    pytest.param("无锡市梁溪区市场监督管理局", ["打造梁溪老字号品牌。"], [], "Site", {"梁溪区"},
                 id="the own district written short"),
    pytest.param("杭州市西湖区教育局", ["组织学生赴西湖开展研学。"], [], "Site", {"西湖"},
                 id="but a lake as much as a district stays as written"),
    pytest.param("深圳市福田区城市更新和土地整备局", ["区更新整备局会同区住建局建立台账。"], [], "Unit",
                 {"深圳市福田区城市更新和土地整备局", "深圳市福田区住建局"}, id="the own unit without its first words"),
    pytest.param("长春市朝阳区城市管理局", ["会同市城市管理局开展整治。"], [], "Unit",
                 {"长春市城市管理局"}, id="but not the city's bureau of the same kind"),
    pytest.param("安徽省地方金融监督管理局", ["安徽省防范和处置非法集资工作领导小组办公室（设在我局，以下简称省处非办）升级平台。",
                                     "省处非办印发方案。"], [], "Unit",
                 {"安徽省防范和处置非法集资工作领导小组办公室", "安徽省地方金融监督管理局"}, id="a short name defined after a remark"),
    pytest.param("黑龙江省民政厅", ["本厅会同省妇联、团省委印发方案。"], ["共青团黑龙江省委员会"], "Unit",
                 {"黑龙江省民政厅", "黑龙江省妇联", "共青团黑龙江省委员会"}, id="the youth league's committee by its level (团省委)"),
    pytest.param("厦门市湖里区教育局", ["团区委组织志愿者参与课后服务。"], ["共青团厦门市湖里区委员会"], "Unit",
                 {"共青团厦门市湖里区委员会"}, id="and by the district's (团区委)"),
    pytest.param("上海市闵行区城市管理行政执法局", ["会同闵行公安分局开展整治。"], ["上海市公安局闵行分局"], "Unit",
                 {"上海市公安局闵行分局"}, id="a police branch written short"),
    pytest.param("重庆市江北区生态环境局", ["会同区公安分局开展路检。"], ["重庆市公安局江北区分局"], "Unit",
                 {"重庆市公安局江北区分局"}, id="and with its district's 区"),
    pytest.param("青岛市黄岛区（西海岸新区）教育和体育局", ["会同区发改局、区财政局推进。"], ["青岛西海岸新区发展和改革局", "青岛西海岸新区财政局"],
                 "Unit", {"青岛西海岸新区发展和改革局", "青岛西海岸新区财政局"}, id="the district's other name in the owner's brackets"),
    pytest.param("辽宁省商务厅", ["会同省外办开展交流。"], ["辽宁省人民政府外事办公室"], "Unit",
                 {"辽宁省人民政府外事办公室"}, id="a government's office written without the government"),
    pytest.param("深圳市宝安区交通运输局", ["会同宝安交警大队优化信号灯。"], ["深圳市公安局交通警察局宝安大队"], "Unit",
                 {"深圳市公安局交通警察局宝安大队"}, id="a traffic police brigade written short"),
    pytest.param("青海省生态环境厅", ["完成海西州“三线一单”动态更新，指导海西蒙古族藏族自治州生态环境局建立台账。"], [], "Site",
                 {"海西蒙古族藏族自治州"}, id="a prefecture written short, in full in its bodies' names"),
    pytest.param("长沙市岳麓区科学技术局", ["会同大科城管委会、湘江新区管委会和长沙高新区管委会推进。"],
                 ["岳麓山大学科技城管理委员会", "湖南湘江新区管理委员会", "长沙高新技术产业开发区管理委员会"], "Unit",
                 {"岳麓山大学科技城管理委员会", "湖南湘江新区管理委员会", "长沙高新技术产业开发区管理委员会"},
                 id="a zone's committee written short"),
    pytest.param("国家税务总局宁波市税务局", ["会同市市场监管局、市经信局开展联合检查。"], ["宁波市市场监督管理局", "宁波市经济和信息化局"], "Unit",
                 {"宁波市市场监督管理局", "宁波市经济和信息化局"}, id="a bare 市 in a national system's city bureau is the city"),
    pytest.param("重庆市渝中区商务委员会", ["由区商务委商贸流通科牵头，我委会同区住房城乡建委完成改造。"], ["重庆市渝中区住房和城乡建设委员会"], "Unit",
                 {"重庆市渝中区商务委员会商贸流通科", "重庆市渝中区商务委员会", "重庆市渝中区住房和城乡建设委员会"},
                 id="a committee's division under its short name; 建委 ends a name"),
    pytest.param("福建省医疗保障局", ["会同省台港澳办落实在闽台胞参保政策。"], ["福建省人民政府台港澳事务办公室"], "Unit",
                 {"福建省人民政府台港澳事务办公室"}, id="a government's Taiwan, Hong Kong and Macao office written short"),
    pytest.param("泰安市自然资源和规划局", ["本局会同市住建局、市税务局推行“交房即交证”，完成沿海港口岸线评估。"],
                 ["国家税务总局泰安市税务局", "泰安市住房和城乡建设局"], "Unit",
                 {"泰安市自然资源和规划局", "泰安市住房和城乡建设局", "国家税务总局泰安市税务局"},
                 id="a city's tax bureau is the national system's bureau the table writes"),
    pytest.param("石家庄市长安区商务局", ["会同区住建局、区市场监管局和区财政局推进。"],
                 ["长安区住房和城乡建设局", "长安区市场监督管理局", "长安区财政局"], "Unit",
                 {"长安区住房和城乡建设局", "长安区市场监督管理局", "长安区财政局"}, id="a district's bodies written without the city"),
    pytest.param("珠海市香洲区教育局", ["会同区港澳事务局在拱北口岸设立咨询点，开通西江至香港的江海直达航线。"],
                 ["珠海市香洲区人民政府港澳事务局"], "Unit", {"珠海市香洲区人民政府港澳事务局"},
                 id="a district government's office written without the government"),
    pytest.param("吉林省商务厅", ["我厅会同延边州人民政府出台措施。"], ["延边朝鲜族自治州人民政府"], "Unit",
                 {"吉林省商务厅", "延边朝鲜族自治州人民政府"}, id="a prefecture's body written with its short name"),
    pytest.param("惠州大亚湾经济技术开发区应急管理局", ["我局会同区交通运输局在石化大道开展检查。", "会同澳头街道办事处组织渔船回港避风。"],
                 ["惠州大亚湾经济技术开发区澳头街道办事处"], "Unit",
                 {"惠州大亚湾经济技术开发区应急管理局", "惠州大亚湾经济技术开发区交通运输局", "惠州大亚湾经济技术开发区澳头街道办事处"},
                 id="a zone's bureau written 区…局, and a body the columns write with the zone's name"),
    pytest.param("河北雄安新区管理委员会应急管理局", ["本局会同新区公共服务局推动落实。"], [], "Unit",
                 {"河北雄安新区管理委员会应急管理局", "河北雄安新区管理委员会公共服务局"}, id="the zone committee's bureau written 新区…局"),
    pytest.param("深圳市大鹏新区应急管理局", ["会同南澳街道办事处组织渔船回港避风。"], ["深圳市大鹏新区南澳街道办事处"], "Unit",
                 {"深圳市大鹏新区南澳街道办事处"}, id="a body written bare is the one the columns write with the owner's zone"),
    pytest.param("南京市江北新区应急管理局", ["我局会同新区建设与交通局开展检查。"], ["南京江北新区建设与交通局"], "Unit",
                 {"南京市江北新区应急管理局", "南京江北新区建设与交通局"}, id="a zone written after its city, its columns without the city's 市"),
    pytest.param("西昌市应急管理局", ["会同邛海泸山景区管理局开展检查。"], ["西昌市邛海泸山风景名胜区管理局"], "Unit",
                 {"西昌市邛海泸山风景名胜区管理局"}, id="a park's body named by the park, the columns' with the city"),
    pytest.param("深圳市宝安区应急管理局", ["联合深圳市市场监督管理局宝安监管局开展检查。", "会同宝安监管局对107国道沿线开展检查。"], [], "Unit",
                 {"深圳市市场监督管理局宝安监管局"}, id="a branch written alone folds to the full name after its parent"),
])
def test_one_table(aliases, owner, texts, columns, type_, expected):
    assert names(extract_table(table(owner, texts, columns), aliases), type_) == expected


def test_within_the_district_is_no_body_of_it(aliases):
    t = table("佛山市南海区教育局", ["推动区内中职学校与企业共建产业学院。"])
    assert "佛山市南海区内中职学校" not in names(extract_table(t, aliases), "Unit")


def test_a_fire_brigade_written_without_gongan_folds_to_the_columns_name(aliases):
    from extracting import table_mentions

    mentions = table_mentions("哈尔滨市应急管理局", ["1.我局会同市公安局、市消防支队印发方案。"],
                              co_units=["哈尔滨市公安局", "哈尔滨市公安消防支队"], aliases=aliases)
    assert {m.name for m in mentions if m.type == "Unit"} == {"哈尔滨市应急管理局", "哈尔滨市公安局", "哈尔滨市公安消防支队"}


def test_a_zone_written_short_after_its_full_name_is_that_zone(aliases):
    from extracting import table_mentions

    texts = ["关于加强中山火炬高技术产业开发区危险化学品安全管理的建议", "1.对火炬开发区危险化学品企业实施分级监管。"]
    mentions = table_mentions("中山市应急管理局", texts, aliases=aliases)
    assert {(m.case, m.name) for m in mentions if m.type == "Site"} >= {("20230001", "中山火炬高技术产业开发区"),
                                                                          ("20230002", "中山火炬高技术产业开发区")}
