"""Names as other kinds of bureau write them: a 委员会 that calls itself 我委, issuers written
before their document numbers, branches after their parents, counted facilities, officials
between a title and a verb, autonomous counties by their short names, heritage sites.
Sentences of our own in the style of Guangzhou, Xi'an, Shenyang, Zhengzhou and Kunming tables."""

from __future__ import annotations

import pytest
from extracting import found, names, of_type, table, table_mentions

from extract import extract_table, load_aliases


@pytest.fixture(scope="module")
def aliases():
    return load_aliases()


def test_a_commission_names_itself_and_its_divisions_by_its_own_kind(aliases):
    owner = "南宁市卫生健康委员会"
    text = "我委会同市财政局下达补助资金；委疾病预防控制处组织培训，委信息中心完成系统升级。"
    assert of_type(text, owner, aliases, "Unit") == {
        owner, "南宁市财政局", owner + "疾病预防控制处", owner + "信息中心"}


def test_a_bureau_division_with_a_long_name(aliases):
    owner = "贵阳市农业农村局"
    assert of_type("2.局农村合作经济指导处指导各县建立台账。", owner, aliases, "Unit") == {owner + "农村合作经济指导处"}


def test_a_suffix_gives_way_to_a_stop_word(aliases):
    # 卫健委会同: 委会 is no suffix here, 会同 is the verb
    assert of_type("市卫健委会同市医保局开展检查。", "南宁市民政局", aliases, "Unit") == {"南宁市卫健委", "南宁市医保局"}


@pytest.mark.parametrize("text, unit, number", [
    ("根据广西壮族自治区卫生健康委员会桂卫函(2023)41号要求开展试点。", "广西壮族自治区卫生健康委员会", "桂卫函〔2023〕41号"),
    ("按照市政府办公厅南府办发【2023】12号文件执行。", "市政府办公厅", "南府办发〔2023〕12号"),
])
def test_an_issuer_written_before_a_number_is_a_unit_of_its_own(aliases, text, unit, number):
    got = found(text, "南宁市民政局", aliases)
    assert ("Document", number) in got and ("Unit", unit) in got or ("Unit", "南宁" + unit) in got, got


def test_a_short_issuer_prefix_stays_in_the_number(aliases):
    assert of_type("印发国卫办医发〔2022〕2号通知。", "南宁市民政局", aliases, "Document") == {"国卫办医发〔2022〕2号"}


def test_branches_are_named_with_their_parent(aliases):
    text = "南宁市公安局青秀分局、兴宁分局在学校周边设立护学岗。"
    assert of_type(text, "南宁市教育局", aliases, "Unit") == {"南宁市公安局青秀分局", "南宁市公安局兴宁分局"}


def test_a_company_keeps_its_brand_before_a_place(aliases):
    text = "督促大唐发电南宁热电有限公司完成超低排放改造，推动华为与南宁轨道交通集团合作。"
    units = of_type(text, "南宁市生态环境局", aliases, "Unit")
    assert "大唐发电南宁热电有限公司" in units and "华为" in units and not any(u.startswith("华为与") for u in units)


def test_counted_facilities_and_described_kinds_are_no_units(aliases):
    text = "新建水质自动监测站6座，布局冷链集配中心3个，提升社区医院和境外银行服务。"
    assert of_type(text, "南宁市生态环境局", aliases, "Unit") == set()


def test_an_official_between_a_title_and_a_verb(aliases):
    assert of_type("副市长韦建华带队督导秸秆禁烧工作。", "南宁市生态环境局", aliases, "Person") == {"韦建华"}


def test_an_autonomous_county_by_its_short_name_folds_into_the_full_one(aliases):
    t = table("昆明市民政局", ["在禄劝彝族苗族自治县试点，在禄劝县、寻甸县建成服务站。"])
    assert names(extract_table(t, aliases), "Site") == {"禄劝彝族苗族自治县", "寻甸县"}


def test_heritage_sites_and_villages(aliases):
    text = "在秦二世陵、华清宫和汉阳陵开展夜游，扶持上王村发展民宿；推动乡村振兴。"
    assert of_type(text, "西安市文化和旅游局", aliases, "Site") == {"秦二世陵", "华清宫", "汉阳陵", "上王村"}


def test_short_place_names_inside_longer_ones_are_not_places(aliases):
    text = "完成丹凤门保护工程，治理北沙河、卧龙湖。"
    assert not of_type(text, "沈阳市生态环境局", aliases, "Site") & {"丹凤", "沙河", "卧龙", "丹凤县", "沙河市"}


def test_a_station_after_its_line_and_a_place_after_a_company(aliases):
    text = "在沈大高速于洪收费站设点，推动中老铁路王家营西站开行班列，海南港航控股有限公司秀英港设立提货点。"
    sites = of_type(text, "昆明市农业农村局", aliases, "Site")
    assert {"于洪收费站", "王家营西站", "秀英港"} <= sites and not any("有限公司" in s or "铁路王" in s for s in sites)


def test_an_abbreviated_zone_folds_into_the_full_name_the_table_writes(aliases):
    t = table("南昌市科学技术局", ["支持南昌高新技术产业开发区发展。", "支持南昌高新区建设研发机构；南昌经开区新增企业12家。"])
    assert names(extract_table(t, aliases), "Site") == {"南昌高新技术产业开发区", "南昌经开区"}
    t = table("杭州市应急管理局", ["对临江高新技术产业园区开展复核。", "临江高新区完成封闭化改造；在长吉高速公路设置除雪点。", "加强长吉高速除雪保畅。"])
    assert names(extract_table(t, aliases), "Site") == {"临江高新技术产业园区", "长吉高速公路"}


def test_a_short_name_the_text_defines_is_the_full_name_everywhere(aliases):
    t = table("济南市水务局", ["指导济南城市供水（集团）有限公司（以下简称济南供水集团）开展漏损治理。",
                              "济南供水集团完成管网改造；推动中国（山东）自由贸易试验区济南新片区（以下简称济南新片区）建设，"
                              "会同济南新片区管委会落实。"])
    mentions = extract_table(t, aliases)
    assert names(mentions, "Unit") >= {"济南城市供水（集团）有限公司", "中国（山东）自由贸易试验区济南新片区管理委员会"}
    assert "济南供水集团" not in names(mentions, "Unit") and "济南新片区" not in names(mentions, "Site")


def test_the_tables_own_city_written_short_is_named_in_full(aliases):
    t = table("济南市商务局", ["开通济南至青岛的班列，发展济南会展经济。"])
    assert names(extract_table(t, aliases), "Site") == {"济南市", "青岛"}


def test_proposers_named_in_remarks_and_officials_before_a_place(aliases):
    text = "已与阎建华委员电话沟通，办理情况书面反馈纳小兵代表；副市长郑一鸣在展会现场推介。已邀请陈光明委员实地察看监测站。"
    assert of_type(text, "银川市卫生健康委员会", aliases, "Person") == {"阎建华", "纳小兵", "郑一鸣", "陈光明"}


def test_branches_in_places_listed_after_their_parent_written_short(aliases):
    t = table("深圳市规划和国土资源委员会", ["市规土委宝安、龙岗管理局完成确权登记；三亚市公安局吉阳、天涯分局开展检查。"])
    assert names(extract_table(t, aliases), "Unit") == {"深圳市规划和国土资源委员会宝安管理局", "深圳市规划和国土资源委员会龙岗管理局",
                                                       "三亚市公安局吉阳分局", "三亚市公安局天涯分局"}


def test_a_district_bureau_abbreviation_folds_into_the_full_name_the_table_writes(aliases):
    t = table("天津市滨海新区应急管理局", ["会同天津市滨海新区城市管理委员会、天津市滨海新区建设和交通局开展检查。",
                                        "区城管委、区建交局完成整改。"])
    units = names(extract_table(t, aliases), "Unit")
    assert {"天津市滨海新区城市管理委员会", "天津市滨海新区建设和交通局"} <= units
    assert not any(u.startswith("区") for u in units)


def test_schools_named_in_education_tables(aliases):
    text = ("指导罗湖、盐田区教育局回收小区配套幼儿园14所；依托深圳市学前教育管理信息系统推进幼儿园食堂建设；"
            "会同深圳大学师范学院扩大学前教育专业招生；新建的观澜第二高级中学、固戍社区的海湾小学扩建工程已竣工；"
            "大武口区教师进修学校承办培训；在辖区的仓储中心开展检查。")
    found_units = of_type(text, "深圳市教育局", aliases, "Unit")
    assert {"罗湖区教育局", "盐田区教育局", "深圳大学师范学院", "观澜第二高级中学", "海湾小学", "大武口区教师进修学校"} <= found_units
    assert not any(u.endswith("幼儿园") or u.endswith("大学") or u.endswith("仓储中心") for u in found_units)
    assert "深圳市学前教育管理信息系统" in of_type(text, "深圳市教育局", aliases, "Platform")


def test_everyday_words_after_a_title_or_a_surname_name_nobody(aliases):
    text = ("对南漳县人民政府开展专项督导，张国华代表全程参加；2027年实现全市专职心理健康教师全覆盖，向提案人刘红梅委员通报进展；"
            "组织周边村民撤离，副市长王开明参加演练。")
    assert of_type(text, "襄阳市应急管理局", aliases, "Person") == {"张国华", "刘红梅", "王开明"}


def test_an_economic_development_zone_written_short_is_the_one_the_table_writes(aliases):
    t = table("襄阳市应急管理局", ["加快谷城经济开发区化工集中区建设。", "2017年督促谷城经开区完成整体性安全风险评估。"])
    sites = names(extract_table(t, aliases), "Site")
    assert "谷城经济开发区" in sites and "谷城经开区" not in sites


def test_online_service_halls_licence_libraries_and_a_citys_data_exchange(aliases):
    text = ("我局牵头建成广州市网上办事大厅，与广东省网上办事大厅实现统一身份认证；建成杭州市电子证照库，扩大电子证照应用范围；"
            "推动深圳数据交易所上架公共数据产品27个。")
    assert of_type(text, "广州市政务服务数据管理局", aliases, "Platform") == {"广州市网上办事大厅", "广东省网上办事大厅", "杭州市电子证照库"}
    assert "深圳数据交易所" in of_type(text, "广州市政务服务数据管理局", aliases, "Unit")
    assert not of_type(text, "广州市政务服务数据管理局", aliases, "Site") & {"广州市", "广东省"}


def test_carriers_listed_before_a_branch_share_it(aliases):
    text = "与中国移动、中国联通、中国电信深圳分公司签订协议；与华为、中国移动西安分公司合作。"
    assert of_type(text, "深圳市气象局", aliases, "Unit") == {
        "中国移动深圳分公司", "中国联通深圳分公司", "中国电信深圳分公司", "华为", "中国移动西安分公司"}


def test_a_grade_of_laboratory_is_no_body_but_the_body_it_belongs_to_is(aliases):
    text = "广州市疾病预防控制中心生物安全三级实验室建成投用；全市建成市、区两级公共卫生实验室17家；依托深圳湾实验室开展测序。"
    units = of_type(text, "深圳市卫生健康委员会", aliases, "Unit")
    assert {"广州市疾病预防控制中心", "深圳湾实验室"} <= units
    assert not any(u.endswith("级实验室") or u.endswith("公共卫生实验室") for u in units)


def test_an_owners_division_named_by_a_fixed_phrase_of_its_work(aliases):
    assert of_type("本建议由局水利工程建设管理科具体承办。", "珠海市水务局", aliases, "Unit") == {"珠海市水务局水利工程建设管理科"}


def test_a_national_general_offices_code_opens_its_number(aliases):
    text = "按照国家安全监管总局安监总厅宣教(2015)21号文件要求开展宣传；根据国家安全监管总局等三部门安监总办(2017)140号文件要求修订。"
    assert of_type(text, "深圳市安全生产监督管理局", aliases, "Document") == {"安监总厅宣教〔2015〕21号", "安监总办〔2017〕140号"}
    assert "国家安全监管总局" in of_type(text, "深圳市安全生产监督管理局", aliases, "Unit")


def test_a_quoted_website_and_a_company_named_with_a_stop_word(aliases):
    text = "推动企业不良记录在“信用深圳”网站公示；由深圳市赛为安全技术服务有限公司派驻专家；南山区引入万科企业股份有限公司。"
    assert of_type(text, "深圳市安全生产监督管理局", aliases, "Platform") == {"信用深圳"}
    assert of_type(text, "深圳市安全生产监督管理局", aliases, "Unit") == {"深圳市赛为安全技术服务有限公司", "万科企业股份有限公司"}


def test_a_village_after_its_street_and_a_district_squad_written_short(aliases):
    t = table("深圳市南山区应急管理局", ["会同区住建局完成西丽街道平山村、大磡村改造；本局联合南山消防救援大队建成集中充电设施。",
                                      "福田消防救援大队参加演练。"], co_units=["深圳市南山区消防救援大队"])
    mentions = extract_table(t, aliases)
    assert {"平山村", "大磡村"} <= names(mentions, "Site") and "平山" not in names(mentions, "Site")
    assert {"深圳市南山区消防救援大队", "福田消防救援大队"} <= names(mentions, "Unit")
    assert "南山消防救援大队" not in names(mentions, "Unit")


def test_international_bodies_take_no_city_and_a_role_ends_before_a_company(aliases):
    text = "在国际标准化组织（ISO）、国际电工委员会（IEC）承担秘书处工作；浙大一院食堂承包单位杭州味之源餐饮管理有限公司通过认证。"
    units = of_type(text, "东莞市市场监督管理局", aliases, "Unit")
    assert {"国际电工委员会", "杭州味之源餐饮管理有限公司"} <= units
    assert not any(u.startswith("东莞市国际") or "单位" in u for u in units)


def test_a_city_bodys_office_in_a_district_is_named_with_the_body(aliases):
    text = "会同深圳市交通运输委员会龙岗交通运输局在布吉街道开展整治；会同市规划和国土资源委员会龙岗管理局。"
    assert of_type(text, "深圳市龙岗区住房和建设局", aliases, "Unit") == {
        "深圳市交通运输委员会龙岗交通运输局", "深圳市规划和国土资源委员会龙岗管理局"}


def test_a_former_new_district_and_bodies_of_their_time_written_short(aliases):
    t = table("深圳市交通运输委员会", ["会同市法制办起草办法；会同市财委印发补贴办法。", "对龙华区、光明新区等扬尘重点区域开展联合执法。"],
              co_units=["深圳市人民政府法制办公室", "深圳市财政委员会"])
    mentions = extract_table(t, aliases)
    assert {"深圳市人民政府法制办公室", "深圳市财政委员会"} <= names(mentions, "Unit")
    assert {"龙华区", "光明新区"} <= names(mentions, "Site")


def test_a_universitys_hospital_and_the_staffing_office_written_short(aliases):
    t = table("南宁市卫生健康委员会", ["推动南方科技大学医院等网络医院建设，支持社区医院发展；会同市编办核定编制。"],
              co_units=["南宁市机构编制委员会办公室"])
    units = names(extract_table(t, aliases), "Unit")
    assert {"南方科技大学医院", "南宁市机构编制委员会办公室"} <= units
    assert not units & {"南方科技大学", "社区医院", "南宁市编办"}


def test_shenzhen_landmarks_written_without_a_kind(aliases):
    text = "在大鹏所城、较场尾、东涌、西涌、杨梅坑、桔钓沙设置救生点；推动深圳燃气在梅林关、布吉关燃气管道密集路段巡查，整治蔡屋围片区。"
    assert {"大鹏所城", "较场尾", "东涌", "西涌", "杨梅坑", "桔钓沙", "梅林关", "布吉关", "蔡屋围"} <= of_type(
        text, "深圳市大鹏新区应急管理局", aliases, "Site")


def test_stations_after_a_line_extension_and_generic_clinics_of_places(aliases):
    text = "地铁14号线北延段亭岗站、4号线南延段金洲站开通；推动云霄县、诏安县山区乡镇卫生院建设。"
    assert {"亭岗站", "金洲站"} <= of_type(text, "漳州市应急管理局", aliases, "Site")
    assert not of_type(text, "漳州市应急管理局", aliases, "Unit")


def test_a_bracketed_qualifier_inside_a_systems_name(aliases):
    text = "接入江苏省化工园区(集中区)安全风险智能化管控平台；市、区县(市)平台同步上线。"
    assert of_type(text, "常州市应急管理局", aliases, "Platform") == {"江苏省化工园区（集中区）安全风险智能化管控平台"}


def test_shenzhen_neighbourhoods_and_parks_written_without_a_kind(aliases):
    text = "在南山区大冲、福田区岗厦等更新项目中推进燃气改造；在南山智园开展演练；避开桂湾片区；在向西村试点；2021年在小桂湾设置救生点。"
    assert {"大冲", "岗厦", "南山智园", "桂湾", "向西村", "小桂湾"} <= of_type(text, "深圳市应急管理局", aliases, "Site")


def test_a_port_office_named_as_the_table_writes_it(aliases):
    t = table("深圳市卫生健康委员会", ["会同市口岸办开展检查。", "由深圳市人民政府口岸办公室牵头。"])
    assert names(extract_table(t, aliases), "Unit") == {"深圳市人民政府口岸办公室"}


def test_a_border_inspection_headquarters_and_an_export_processing_zone(aliases):
    text = "会同深圳出入境边防检查总站在深圳湾口岸建立机制；推动深圳出口加工区内工业企业达标。"
    assert of_type(text, "深圳市应急管理局", aliases, "Unit") == {"深圳出入境边防检查总站"}
    assert of_type(text, "深圳市应急管理局", aliases, "Site") == {"深圳湾口岸", "深圳出口加工区"}


def test_a_committees_district_offices_written_by_place_and_kind(aliases):
    t = table("深圳市规划和国土资源委员会", ["我委指导宝安管理局、光明管理局开展排查。", "会同南山交通运输局开展检查。"],
              co_units=["深圳市规划和国土资源委员会宝安管理局", "深圳市规划和国土资源委员会光明管理局", "深圳市交通运输委员会南山交通运输局"])
    assert names(extract_table(t, aliases), "Unit") == {"深圳市规划和国土资源委员会", "深圳市规划和国土资源委员会宝安管理局",
                                                        "深圳市规划和国土资源委员会光明管理局", "深圳市交通运输委员会南山交通运输局"}


def test_the_emergency_office_written_short(aliases):
    t = table("深圳市气象局", ["会同市应急办开展演练。"], co_units=["深圳市人民政府应急管理办公室"])
    assert names(extract_table(t, aliases), "Unit") == {"深圳市人民政府应急管理办公室"}


def test_rescue_forces_and_members_name_no_team(aliases):
    text = "会同台州市人力社保局研究救援队员意外伤害保险；建成台州市应急救援队伍数据库。"
    assert of_type(text, "台州市应急管理局", aliases, "Unit") == {"台州市人力社保局"}
    assert of_type(text, "台州市应急管理局", aliases, "Platform") == {"台州市应急救援队伍数据库"}


def test_holidays_in_quotes_and_offices_every_town_sets_up(aliases):
    text = "国庆、中秋“双节”期间加强巡查；试点镇均设立应急管理办公室，配备专职人员。"
    found_ = found(text, "三亚市应急管理局", aliases)
    assert not {("Framework", "双节"), ("Unit", "应急管理办公室")} & found_


def test_a_named_water_transfer_project(aliases):
    text = "配合广东省水利厅推进珠江三角洲水资源配置工程深圳段建设；推进环北部湾广东水资源配置工程前期工作。"
    assert {"珠江三角洲水资源配置工程", "环北部湾广东水资源配置工程"} <= of_type(text, "深圳市水务局", aliases, "Site")


def test_a_road_named_for_running_along_the_river(aliases):
    text = "在沿河南路、沿河北路设置积水监测点，整治河北路。"
    assert of_type(text, "深圳市罗湖区水务局", aliases, "Site") == {"沿河南路", "沿河北路", "河北路"}


def test_a_landmark_listed_before_a_village_is_no_village(aliases):
    text = "4.在白石洲、湖贝村等城中村开展试点；在解放碑、朝天门街道开展宣传。"
    sites = of_type(text, "深圳市规划和国土资源委员会", aliases, "Site")
    assert {"白石洲", "湖贝村"} <= sites and "白石洲村" not in sites


def test_quoted_accounts_listed_before_their_kind(aliases):
    found_ = found("通过“深圳交通”“深圳交警”微信公众号开设专栏。", "深圳市交通运输局", aliases)
    assert {("Platform", "深圳交通"), ("Platform", "深圳交警")} <= found_ and ("Site", "深圳市") not in found_


def test_longgang_areas_written_without_a_kind(aliases):
    text = "检查宝龙工业城、华南城、龙岗中心城等区域。"
    assert of_type(text, "深圳市龙岗区应急管理局", aliases, "Site") == {"宝龙工业城", "华南城", "龙岗中心城"}


def test_greenways_a_bureau_administers_name_no_office(aliases):
    text = "做好与福田、宝安区城管局所辖绿道的衔接。"
    assert of_type(text, "深圳市南山区城市管理和综合执法局", aliases, "Unit") == {"福田区城管局", "宝安区城管局"}


@pytest.mark.parametrize("owner, text, expected", [
    ("深圳市应急管理局", "排查锂电池储能电站、用户侧储能电站和瓶装燃气供应站；加强下沉式广场、过江隧道积水监测；推进厂网河一体化；"
                        "优化首末站布局；整治高风险园区。", set()),
    ("宁波市应急管理局", "在互通立交、跨江大桥、区间隧道和节假日景区加强巡查；建成应急救援中心和安全生产实训中心；"
                        "依托短信平台和电气火灾监控系统发布预警；推进防灾公园和避风港建设。", set()),
    ("广州市交通运输局", "建设公交电子站和公交港湾，优化站前公交枢纽与BRT走廊，新建跨江桥；在区政府门户网站公开。",
     {("Unit", "区政府")}),  # the district's government, not its website
    ("桂林市应急管理局", "排查燃气门站、气瓶充装站和轮渡码头；加强溶洞景区、红色旅游景区和山岳景区管理；"
                        "建设山洪灾害监测预警平台、人员定位系统和在线监测系统；开展“119”消防宣传月活动。", set()),
])
def test_kinds_of_place_body_and_system_written_in_everyday_words_name_none(owner, text, expected, aliases):
    assert found(text, owner, aliases) == expected


@pytest.mark.parametrize("owner, text, expected", [
    ("上海市水务局", "对外滩、北外滩、十六铺等重点岸段实施加固。", {"外滩", "北外滩", "十六铺"}),
    ("广州市住房和城乡建设局", "推进石牌村、冼村、棠下村等城中村燃气改造。", {"石牌村", "冼村", "棠下村"}),
    ("海口市旅游和文化广电体育局", "赛道途经滨海大道、万绿园、世纪公园。", {"滨海大道", "万绿园", "世纪公园"}),
    ("武汉市水务局", "推进府河、滠水治理纳入规划。", {"府河", "滠水"}),  # the last item ends before its verb
    # a last place of a kind of its own vouches for items that end in kinds of their own, not for stems that share it
    ("开封市文化和旅游局", "在宋都御街、清明上河园、龙亭公园周边设置便民摊点。", {"宋都御街", "清明上河园", "龙亭公园"}),
    ("九江市水利局", "康山、珠湖、黄湖蓄滞洪区完成加固。", {"黄湖蓄滞洪区"}),
    ("芜湖市应急管理局", "周建军副市长带队检查青弋江、漳河堤防和防汛物资储备情况。", {"青弋江"}),  # no 漳河堤防和
    # places end and open the items of bodies and verbs around the list
    ("西安市住房和城乡建设局", "会同莲湖区住建局对回民街、北院门、书院门、三学街等历史街区开展检查。", {"回民街", "北院门", "书院门", "三学街"}),
    # the places end one list; the things sent are another, of no place
    ("合肥市应急管理局", "向阜南县、霍邱县调拨冲锋舟、救生衣等物资。", {"阜南县", "霍邱县"}),
    ("南京市水务局", "推进金川河、秦淮河清淤疏浚，建设供热设施、家具制造基地。", {"金川河", "秦淮河"}),
])
def test_an_item_listed_between_places_found_is_a_place(owner, text, expected, aliases):
    assert of_type(text, owner, aliases, "Site") == expected


def test_places_written_together_in_a_list_of_a_kind_stay_apart(aliases):
    text = "会同市交通运输委对石狮市黄金海岸、惠安县大岞村、晋江市围头湾等滨海景区开展检查。"
    sites = of_type(text, "泉州市应急管理局", aliases, "Site")
    assert {"惠安县", "大岞村", "晋江市", "围头湾"} <= sites and not {"惠安县大岞村", "晋江市围头湾"} & sites


@pytest.mark.parametrize("text, expected", [
    ("指导深圳巴士集团股份有限公司采购比亚迪股份有限公司纯电动公交车。", {"深圳巴士集团股份有限公司", "比亚迪股份有限公司"}),
    ("推动比亚迪与哈尔滨工业大学深圳研究生院共建实验室。", {"比亚迪", "哈尔滨工业大学深圳研究生院"}),
    ("推动北海市人民医院对口支援涠洲镇卫生院。", {"北海市人民医院", "涠洲镇卫生院"}),
    ("与浙江大学控制科学与工程学院合作。", {"浙江大学控制科学与工程学院"}),  # a college's own words, no verb between
    ("推动与以色列理工学院洽谈合作办学。", {"以色列理工学院"}),  # a country's name opening with a stop word's character (以)
    # a parent written with its branch stays one name
    ("配合国网安徽省电力有限公司芜湖供电公司开展巡查。", {"国网安徽省电力有限公司芜湖供电公司"}),
])
def test_two_bodies_joined_by_a_verb_or_a_joiner_are_two(text, expected, aliases):
    assert of_type(text, "深圳市交通运输局", aliases, "Unit") == expected


def test_a_station_named_after_a_company(aliases):
    assert of_type("在五和站、华为站周边配建公交首末站。", "深圳市交通运输局", aliases, "Site") >= {"华为站"}
    assert not of_type("在五和站、华为站周边配建公交首末站。", "深圳市交通运输局", aliases, "Unit")


@pytest.mark.parametrize("text, expected", [
    ("重点解决下立交桥积水问题。", set()),  # a verb and where: no bridge named
    ("提前停航三丘田码头航线。", {"三丘田码头"}),  # 停航 is done to places (place_verb)
    ("推进富强路街道、欢喜庄村改造。", {"富强路街道", "欢喜庄村"}),  # names that open with a verb's word
])
def test_a_verb_before_a_kind_of_place(text, expected, aliases):
    assert of_type(text, "厦门市应急管理局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("会同相关企业在西安国际港务区设置停靠点。", {("Site", "西安国际港务区")}),  # 港务区 is a zone's kind
    ("推动企业对毗邻福利路街道的装置实施改造。", {("Site", "福利路街道")}),  # 毗邻 is done to places
    ("为监测员配备手机APP。", set()),  # a phone's app is no system's name
])
def test_zones_verbs_of_places_and_phone_apps(text, expected, aliases):
    assert found(text, "西安市应急管理局", aliases) == expected


@pytest.mark.parametrize("text, expected", [
    ("对布龙公路、深惠公路沿线中压燃气管道开展巡查。", {"布龙公路", "深惠公路"}),  # named by the places they link
    ("推进农村公路建设，完善国省干线公路、县乡公路、通村公路和环湖旅游公路。", set()),  # kinds of road
])
def test_roads_named_by_the_places_they_link(text, expected, aliases):
    assert of_type(text, "深圳市交通运输局", aliases, "Site") == expected


def test_a_line_passing_under_a_river_or_a_bay(aliases):
    text = "对9号线下穿福田河、11号线下穿前海湾段开展专项风险评估。"
    assert {"福田河", "前海湾"} <= of_type(text, "深圳市规划和国土资源委员会", aliases, "Site")


def test_the_owner_naming_its_office_in_a_district(aliases):
    owner = "深圳市规划和国土资源委员会"
    assert of_type("我委福田管理局对沿线项目开展检查。", owner, aliases, "Unit") == {owner + "福田管理局"}


@pytest.mark.parametrize("text, expected", [
    ("出台政策鼓励社会资本兴办养老机构。", set()),  # 兴办 is a verb, no office
    ("明确每个中心使用面积不少于400平方米；实现每个社区健康服务中心与养老机构签约。", set()),  # each centre: none named
    ("会同市财政委按每个中心每年50万元标准落实运营经费。", {"深圳市财政委"}),
    ("深圳湾体育中心运营方华润置地（深圳）有限公司免费开放跑道。", {"华润置地（深圳）有限公司"}),  # the operator (运营方) is no part of its name
    ("确定深圳市鹏星社会工作服务社承接运营；推动香港耆康老人福利会试点。", {"深圳市鹏星社会工作服务社", "香港耆康老人福利会"}),
])
def test_social_service_bodies_and_what_names_none(text, expected, aliases):
    assert of_type(text, "深圳市民政局", aliases, "Unit") == expected


@pytest.mark.parametrize("text, expected", [
    ("深圳市企业联合会、深圳市社会组织总会举办公益项目大赛。", {"深圳市企业联合会", "深圳市社会组织总会"}),
    ("组织深圳市行业协会开展培训。", set()),  # the city's trade associations: a kind
])
def test_associations_named_by_a_place_a_field_and_their_kind(text, expected, aliases):
    assert of_type(text, "深圳市民政局", aliases, "Unit") == expected


@pytest.mark.parametrize("text, expected", [
    ("严控港区危险货物超量堆存。", set()),  # 严控 is done to a kind of place
    ("推动加密沉抗水库、鲁班水库上游雨量站。", {"沉抗水库", "鲁班水库"}),  # the gauges upstream: none named
    ("解决南大街沿线管网漏损问题。", {"南大街"}),  # a street named by its direction, after a verb done to it
    ("加强趵突泉、黑虎泉等泉水景区管控。", {"趵突泉", "黑虎泉"}),
])
def test_verbs_done_to_places_and_kinds_of_place(text, expected, aliases):
    assert of_type(text, "青岛市应急管理局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("总结沙钢集团安全技改经验。", {("Unit", "沙钢集团")}),  # 总结 is done to the body, no part of its name
    ("汛前组织对易淹易涝片区开展隐患排查。", set()),
    ("关于加强古城古镇和历史街区消防安全的建议", set()),
    ("沿古运河设置消防取水码头4处。", {("Site", "古运河")}),  # wharves counted, none named
])
def test_verbs_kinds_and_counts_in_a_city_table(text, expected, aliases):
    assert found(text, "苏州市应急管理局", aliases) == expected


def test_an_accounts_section_is_no_place(aliases):
    found_ = found("开通“南京应急”微信公众号园区信息公开专栏。", "南京市应急管理局", aliases)
    assert not {name for type_, name in found_ if type_ == "Site"}


@pytest.mark.parametrize("text, expected", [
    ("排查出鼓楼区龙江小区等积淹点37处；在木头龙小区、西苑小区开展检查。", {"鼓楼区", "龙江小区", "木头龙小区", "西苑小区"}),
    ("推进老旧小区改造，对无物业小区、高层住宅小区和弃管小区开展检查。", set()),  # kinds of estate
])
def test_housing_estates_by_their_name(text, expected, aliases):
    assert of_type(text, "南京市住房保障和房产局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("对大冲社区内三小场所逐一登记。", {"大冲社区"}),  # characters jieba knows no word of name a community
    ("推动水务集团光明分公司接管光明大街沿线小区二次供水。", {"光明大街"}),  # 接管 is done to places
])
def test_communities_and_streets_after_verbs(text, expected, aliases):
    assert of_type(text, "深圳市南山区应急管理局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("全面落实水库安全管理责任；严防带泥上路。", set()),
    ("督促整改老街站周边占道经营。", {"老街站"}),  # a verb done to places leaves a name of one character and a kind
    ("在节假日公园、节假日口岸加强管控；建设节水型社区；清理低效园区。", set()),
])
def test_what_is_done_to_places_and_kinds_described(text, expected, aliases):
    assert of_type(text, "深圳市水务局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("明确化工区至阳逻港、白浒山港的专用通行线路。", {"阳逻港", "白浒山港"}),  # a route's end, not 化工区至阳逻港
    ("推动东至经济开发区企业落实整改。", {"东至经济开发区"}),  # 东至 is a county
])
def test_a_route_written_x_to_y(text, expected, aliases):
    assert of_type(text, "武汉市应急管理局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("在红荔路、百花二路等学校周边路段设置限速标志。", {("Site", "红荔路"), ("Site", "百花二路")}),  # a road's number
    ("指导企业在海吉星国际农产品物流园设立检测点；提醒消费者登录深圳信用网查询。",
     {("Site", "海吉星国际农产品物流园"), ("Platform", "深圳信用网")}),
])
def test_numbered_roads_and_shenzhen_names(text, expected, aliases):
    assert found(text, "深圳市市场监督管理局", aliases) == expected


@pytest.mark.parametrize("text, expected", [
    ("初步选定南沙区小虎岛化工区作为承接地；疏浚珠江前航道。", {"南沙区", "小虎岛化工区", "珠江前航道"}),
    ("将洪圣沙等江心岛纳入航道整治范围。", set()),  # 江心岛: a kind of island
])
def test_chemical_zones_and_the_pearl_river_channels(text, expected, aliases):
    assert of_type(text, "广州市应急管理局", aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("推动拱墅区杭州红星化工有限公司搬迁。", {("Site", "拱墅区"), ("Unit", "杭州红星化工有限公司")}),
    ("督促茶陵县湘东铁矿有限公司整改。", {("Unit", "茶陵县湘东铁矿有限公司")}),  # 湘东 is no city: one name
])
def test_a_company_named_with_its_city_after_the_district_it_is_in(text, expected, aliases):
    assert found(text, "杭州市应急管理局", aliases) == expected


def test_an_office_of_the_owners_zone_written_short(aliases):
    offices = ["深圳市大鹏新区大鹏办事处", "深圳市大鹏新区南澳办事处", "深圳市大鹏新区葵涌办事处"]
    mentions = table_mentions("深圳市大鹏新区应急管理局", ["会同大鹏办事处对较场尾民宿开展检查。"], offices, aliases)
    assert names(mentions, "Unit") == {"深圳市大鹏新区大鹏办事处"}


@pytest.mark.parametrize("owner, text, full", [
    ("深圳市福田区应急管理局", "我局会同福田消防大队开展检查。", "深圳市公安消防支队福田大队"),
    ("深圳市交通运输局", "会同交警龙岗大队施划公交专用道。", "深圳市公安局交通警察局龙岗大队"),
])
def test_a_fire_or_traffic_police_squad_written_by_its_district(owner, text, full, aliases):
    assert full in names(table_mentions(owner, [text], [full], aliases), "Unit")


@pytest.mark.parametrize("owner, text, expected", [
    pytest.param("长春市应急管理局", "在南湖公园冰灯游园会期间开展检查。", {"南湖公园"}, id="a garden party names no garden"),
    pytest.param("深圳市坪山区住房和建设局", "将排查范围延伸至坪山河支流汤坑水、三洲田水沿线。", {"坪山河", "汤坑水", "三洲田水"},
                 id="streams named X水 along which work runs"),
    pytest.param("深圳市坪山区住房和建设局", "对大万世居、龙田世居等客家围屋开展修缮。", {"大万世居", "龙田世居"},
                 id="Hakka walled houses by their kind"),
    pytest.param("杭州市应急管理局", "在柳浪闻莺、花港观鱼、曲院风荷等景点设置客流监测点。", {"柳浪闻莺", "花港观鱼", "曲院风荷"},
                 id="the scenes of West Lake"),
    pytest.param("深圳市应急管理局", "在深业上城、壹方城、南山书城和市民中心开展检查；推进笔架山水厂、东部环保电厂建设。",
                 {"深业上城", "壹方城", "南山书城", "市民中心", "笔架山水厂", "东部环保电厂"}, id="Shenzhen landmarks written without a kind"),
    pytest.param("广州市应急管理局", "初步选定南沙区作为承接地。", {"南沙区"},
                 id="a district in full after a verb that ends like a county (定南)"),
    pytest.param("东莞市应急管理局", "2016年在桥头、厚街、常平镇新建应急避护场所4处。", {"桥头镇", "厚街镇", "常平镇"},
                 id="towns listed before a shared 镇, one named like a street (厚街)"),
    pytest.param("中山市应急管理局", "在东区街道长江社区、南区街道马岭村建设应急科普宣传栏。", {"东区街道", "长江社区", "南区街道", "马岭村"},
                 id="a community after its street named like a river (长江社区)"),
    pytest.param("深圳市交通运输局", "会同深圳机场开展演练；建设郊野公园；保护饮用水源水库；摸排工业园区；设置24小时自助服务区。",
                 {"深圳宝安国际机场"}, id="Shenzhen's airport written short, and kinds of place"),
    pytest.param("深圳市应急管理局", "对光明高新技术产业园区和地王大厦、万象城等高层建筑开展检查。",
                 {"光明高新技术产业园区", "地王大厦", "万象城"}, id="a Shenzhen zone and a mall known by name"),
    pytest.param("深圳市应急管理局", "对大鹏LNG接收站、秤头角接收站开展检查；在小梅沙海洋世界、盐田海滨栈道设置救生设施。",
                 {"大鹏LNG接收站", "秤头角接收站", "小梅沙海洋世界", "盐田海滨栈道"}, id="Shenzhen's LNG terminals and sea front"),
    pytest.param("深圳市规划和自然资源局", "推进南山区蛇口网谷改造；推动认建认养公园绿地。", {"南山区", "蛇口网谷"},
                 id="a landmark holding a shorter one (蛇口), and a verb done to parks"),
    pytest.param("深圳市交通运输局", "配套罗沙路改造；管控南坪快速路货车通行；垃圾压缩后运往下坪固体废弃物填埋场。",
                 {"罗沙路", "南坪快速路", "下坪固体废弃物填埋场"}, id="verbs done to roads and plants (配套, 管控, 运往)"),
])
def test_places_by_name_kind_and_what_is_around_them(owner, text, expected, aliases):
    assert of_type(text, owner, aliases, "Site") == expected


@pytest.mark.parametrize("text, expected", [
    ("在坪山新区两所新建学校试点装配式建筑；在百花社区利用旧厂房改建小学一所。", {("Site", "坪山新区"), ("Site", "百花社区")}),
    ("林佩珊代表参加了10月份试点学校现场会；禁止开设网吧和游戏厅。", {("Person", "林佩珊")}),
])
def test_schools_counted_the_month_and_arcades_name_no_body(text, expected, aliases):
    assert found(text, "深圳市教育局", aliases) == expected


@pytest.mark.parametrize("text, expected", [
    ("在湖北日报、襄阳日报开设专栏；编发煤炭保供日报、水华预警信息日报。", {("Unit", "湖北日报"), ("Unit", "襄阳日报")}),
    ("在长江阳逻港、珠江黄埔港开展检查。", {("Site", "长江"), ("Site", "阳逻港"), ("Site", "珠江"), ("Site", "黄埔港")}),  # ports on their rivers
])
def test_newspapers_of_a_place_and_ports_on_a_river(text, expected, aliases):
    assert found(text, "株洲市应急管理局", aliases) == expected


@pytest.mark.parametrize("owner, text, type_, expected", [
    pytest.param("珠海市水务局", "在磨刀门水道新建咸情监测站5座；加强鸡啼门水道、虎跳门水道出海口整治，疏浚主要水道。", "Site", {"磨刀门水道", "鸡啼门水道", "虎跳门水道"}, id="waterways named after a mark a preposition or a verb"),
    pytest.param("深圳市光明区水务局", "全面排查公明、光明等街道内涝积水点；加强金坑水库、木强水库等小型水库安全度汛。", "Site", {"公明街道", "光明街道", "金坑水库", "木强水库"}, id="streets listed after a verbal noun before their kind"),
    pytest.param("宁波市交通运输局", "2.做大宁波舟山港海铁联运业务；做强宁波东部新城航运服务集聚区。", "Site", {"宁波舟山港", "宁波东部新城"}, id="a verb jieba cuts apart starts no place"),
    pytest.param("昆明市应急管理局", "推动与越南老街省、老挝琅南塔省有关部门建立联防机制；学习荷兰鹿特丹城市防洪经验，开拓老挝市场。", "Site", {"越南", "老街省", "老挝", "琅南塔省", "荷兰", "鹿特丹"}, id="provinces and cities abroad written after their country"),
    pytest.param("广州市南沙区住房和建设局", "由中国铁建港航局集团有限公司承建。", "Unit", {"中国铁建港航局集团有限公司"}, id="a known body opens its subsidiarys registered name"),
    pytest.param("广州市水务局", "推进沙河涌、猎德涌整治，整治全市河涌和内河涌。", "Site", {"沙河涌", "猎德涌"}, id="a creek named after its river"),
    pytest.param("九江市应急管理局", "组建九江市矿山救护队，推动九江市防汛机动抢险队建设，各乡镇组建抢险队。", "Unit", {"九江市矿山救护队", "九江市防汛机动抢险队"}, id="rescue and flood teams of a city"),
    pytest.param("深圳市卫生健康委员会", "接入各社区健康服务中心的数据，由属地街道办事处牵头；在福田区华富街道社区健康服务中心开展试点。", "Unit", {"福田区华富街道社区健康服务中心"}, id="community health centres and street offices in general"),
    pytest.param("武汉市应急管理局", "对武昌区、洪山区易涝片区新增积水监测，提升沿线低洼片区排涝能力；危化品运输车辆实行限时限路通行；实现沿海村全覆盖。", "Site", {"武昌区", "洪山区"}, id="low lying and flood prone areas and restricted routes name none"),
    pytest.param("深圳市应急管理局", "排查福龙路横龙山隧道、深盐路梧桐山隧道和嵩山路隧道。", "Site", {"福龙路", "横龙山隧道", "深盐路", "梧桐山隧道", "嵩山路隧道"}, id="a tunnel named after its mountain written after its road"),
    pytest.param("深圳市大鹏新区应急管理局", "在西涌海滩、东涌海滩设置救生点；加强海滩安全管理；假日海滩游客较多。", "Site", {"西涌海滩", "东涌海滩", "假日海滩"}, id="beaches known by name"),
    pytest.param("柳州市应急管理局", "吸收覃建军代表提出的意见。", "Person", {"覃建军"}, id="a name after an everyday verb and before a title"),
    pytest.param("深圳市水务局", "完成梅林水库、清林径水库改造；推进坪盐通道建设；在红坳渣土受纳场开展检查；在前海深港青年梦工场开展宣传。", "Site", {"梅林水库", "清林径水库", "坪盐通道", "红坳渣土受纳场", "前海深港青年梦工场"}, id="shenzhen reservoirs roads and parks known by name"),
    pytest.param("深圳市应急管理局", "会同大鹏新区消防大队开展检查。", "Unit", {"大鹏新区消防大队"}, id="the dapeng new area is a place bodies are named after"),  # 大鹏新区 is no district of the gazetteer, but Shenzhen's tables name bodies after it as after one
    pytest.param("深圳市交通运输局", "会同东部公交、西部公汽开通跨市公交线路。", "Unit", {"深圳市东部公共交通有限公司", "深圳市西部公共汽车有限公司"}, id="shenzhens bus companies written short"),
    pytest.param("深圳市公安局交通警察局", "会同市交委龙岗交通运输局确定深圳东部公共交通有限公司承担校车运营；会同市交委研究学校周边交通组织。", "Unit",
                 {"深圳市交委", "龙岗交通运输局", "深圳东部公共交通有限公司"}, id="a body and a company or a kind joined by a verb (确定, 研究)"),
    pytest.param("深圳市城市管理局", "通过“深圳城管”新浪微博征集意见，在腾讯微博同步公开；微博互动2万次。", "Platform", {"深圳城管", "新浪微博", "腾讯微博", "微博"},
                 id="microblogs by their host"),
    pytest.param("深圳市卫生和人口计划生育委员会", "统一社康中心建设标准，推广至区属医院、中职学校和外来务工人员子女学校。", "Unit", set(),
                 id="kinds of health centre hospital and school name none"),
    pytest.param("石家庄市城市管理局", "群众可通过12319城建服务热线和石家庄城管网投诉；每日在天津水务网、中国政府采购网公布。", "Platform",
                 {"石家庄城管网", "天津水务网", "中国政府采购网"}, id="websites of a field and a name opened by a place after a joiner"),
    pytest.param("深圳市规划和国土资源委员会", "会同南山区城市更新办公室开展检查；对R2线鸿福路站、续建工程坪洲站开展检查。", "Unit",
                 {"南山区城市更新办公室"}, id="an office of urban renewal (更新 then 办公室, no 新办)"),
    pytest.param("东莞市住房和城乡建设局", "对R2线鸿福路站、旗峰公园站和地铁1号线续建工程坪洲站开展检查。", "Site",
                 {"鸿福路站", "旗峰公园站", "地铁1号线", "坪洲站"}, id="stations after a coded line or the works"),
    pytest.param("厦门市市政园林局", "开通快速公交第一码头站至公园的接驳线路。", "Site",
                 {"第一码头站"}, id="a station after the name of its network"),
    pytest.param("深圳市科技创新委员会", "根据科学技术部火炬高技术产业开发中心国科火字(2013)102号文件拨付资金。", "Document",
                 {"国科火字〔2013〕102号"}, id="a number written after the centre that issued it"),
    pytest.param("贵阳市住房和城乡建设局", "对川沙新镇范围内上海迪士尼乐园开展检查；贵阳国际会议展览中心二期通过绿色建筑评价；配套公租房。", "Site",
                 {"川沙新镇", "上海迪士尼乐园", "贵阳国际会议展览中心"}, id="exhibition centres and a place after the area it lies in"),
    pytest.param("西安市安全生产监督管理局", "在北二环、南三环等城市快速路划定限行区；在二环线开展检查；按四节一环保要求；构建一环六射路网；二环路拓宽。", "Site",
                 {"北二环", "南三环", "二环线", "二环路"}, id="ring roads written without 路, not a slogans ring"),
    pytest.param("长沙市住房和城乡建设委员会", "划定三环线以内限行区；将欠薪行为记入长沙市建筑市场监管与诚信信息平台。", "Platform",
                 {"长沙市建筑市场监管与诚信信息平台"}, id="a platform after the verb 记入"),
    pytest.param("深圳市规划和国土资源委员会", "对塘朗车辆段、蛇口西车辆段等轨道交通车辆段提出上盖开发要求；与香港银行公会、香港律师会签订备忘录。", "Site",
                 {"塘朗车辆段", "蛇口西车辆段"}, id="metro depots"),
    pytest.param("深圳市市场监督管理局", "与香港银行公会、香港律师会签订备忘录；与阿里巴巴集团淘宝网建立对接。", "Unit",
                 {"香港银行公会", "香港律师会", "阿里巴巴"}, id="guilds and the law society of hong kong"),
    pytest.param("深圳市宝安区城市管理局", "全区划分城管网格856个；群众通过石家庄城管网投诉；会同朝阳区卫生局推进医院安全生产标准化。", "Platform",
                 {"石家庄城管网"}, id="a grid of urban management is no website"),
    pytest.param("北京市朝阳区安全生产监督管理局", "会同朝阳区卫生局推进医院安全生产标准化。", "Unit",
                 {"朝阳区卫生局"}, id="a body and a kind of body joined by 推进"),
    pytest.param("深圳市民政局", "加快社区老年人日间照料中心、社区服务中心建设；推动行业协会商会脱钩；建设统一电召平台和重大危险源数据库。", "Unit",
                 set(), id="kinds of centre, chamber and platform that name none"),
    pytest.param("深圳市水务局", "再生水经管道补入新洲河、福田河；在江岸区吉庆街、武昌区户部巷设点。", "Site",
                 {"新洲河", "福田河", "江岸区", "吉庆街", "武昌区", "户部巷"}, id="a verb before a river and a lane named after a ministry"),
    pytest.param("青岛市安全生产监督管理局", "对即墨市、四方区企业开展检查；会同郫县交通局、长乐市人民政府开展检查；新增城市治理类数据集；"
                 "在海曙区、江东区建成站点；加强横县六景工业园区、章丘市刁镇管理。", "Site",
                 {"即墨市", "四方区", "海曙区", "江东区", "横县", "六景工业园区", "章丘市"},
                 id="county-level cities and districts of earlier years by their names of then"),
    pytest.param("深圳市公安局交通警察局", "在深南大道华侨城至上海宾馆路段实施绿波带；在南头古城、南油等地设点；市民中心、深圳音乐厅亮灯。", "Site",
                 {"深南大道", "华侨城", "上海宾馆", "南头古城", "南油", "市民中心", "深圳音乐厅"}, id="more Shenzhen landmarks"),
    pytest.param("深圳市发展和改革委员会", "排查途经我市的西气东输二线、广东大鹏液化天然气有限公司管线。", "Site",
                 {"西气东输二线"}, id="the second west-east gas pipeline"),
    pytest.param("哈尔滨市水务局", "在征仪路下凹桥、先锋路下凹桥新建泵站；在红旗大街与西大直街交口设点。", "Site",
                 {"征仪路下凹桥", "先锋路下凹桥", "红旗大街", "西大直街"}, id="underpasses and a crossing (交口 is no county there)"),
    pytest.param("哈尔滨市水务局", "通过哈尔滨交通广播、沈阳人民广播电台发布绕行信息。", "Unit",
                 {"哈尔滨交通广播", "沈阳人民广播电台"}, id="radio stations"),
    pytest.param("汕头市环境保护局", "按照副市长蔡镇雄的部署开展整治；在经济技术开发区长春路设点。", "Site",
                 {"长春路"}, id="a town's kind inside a name after a title names no town"),
    pytest.param("佛山市顺德区安全生产监督管理局", "会同佛山海事局顺德海事处、深圳海事局盐田海事处开展检查。", "Unit",
                 {"佛山海事局顺德海事处", "深圳海事局盐田海事处"}, id="maritime offices of a maritime bureau"),
    pytest.param("深圳市文体旅游局", "对东莞会馆、山陕会馆实施修缮；联合国家级实验室开展研究；依托深圳虚拟大学园引进项目。", "Unit",
                 set(), id="guild halls, a university park and a verb before 国家 name no body"),
    pytest.param("深圳市科技创新委员会", "依托福州软件园、沈阳国际软件园建设；建设喀什国际物流园、南疆农产品物流园和平湖物流园；新建3个物流园，建设跨境电商物流园。",
                 "Site", {"福州软件园", "沈阳国际软件园", "喀什国际物流园", "南疆农产品物流园", "平湖物流园"},
                 id="software and logistics parks, none of a count or a generic stem"),
    pytest.param("深圳市科技创新委员会", "推动伊宁市电子商务产业园、包河区数字经济产业园建设，入驻深圳市留学生创业园；整治南海区村级工业园。",
                 "Site", {"伊宁市电子商务产业园", "包河区数字经济产业园", "深圳市留学生创业园", "南海区"},
                 id="a division's park of a trade is named with the division, not its industrial parks"),
    pytest.param("深圳市卫生和计划生育委员会", "督促福田、南山区卫生和计划生育局增加辖区公立医院儿科床位；北海市建筑业协会带领北海建工集团有限公司开展培训；"
                 "盘活辖区闲置商办用房，设立居住证自助办证点。", "Unit",
                 {"福田区卫生和计划生育局", "南山区卫生和计划生育局", "北海市建筑业协会", "北海建工集团有限公司"},
                 id="a body, then what it adds or leads; a jurisdiction's hospitals and words holding 办 name no body"),
    pytest.param("深圳市水务局", "新开通至东莞凤岗镇、塘厦镇的线路；东莞长安镇段同步开展整治。", "Site",
                 {"东莞", "凤岗镇", "塘厦镇", "长安镇"}, id="a city's short name, then its town"),
    pytest.param("深圳市水务局", "实地察看茅洲河共和村国考断面，茅洲河燕川村断面水质达标。", "Site",
                 {"茅洲河", "共和村", "燕川村"}, id="a village on the river just named"),
    pytest.param("昆明市水务局", "盘龙江松华坝水库水源保护；在北川河朝阳桥、淮河路步行街、嘉陵江滨江路开展；建设东濠涌深层隧道。", "Site",
                 {"盘龙江", "松华坝水库", "北川河", "朝阳桥", "淮河路步行街", "嘉陵江滨江路", "东濠涌深层隧道"},
                 id="a reservoir or bridge on the river just named; roads and tunnels named after the water"),
    pytest.param("沈阳市城乡建设委员会", "长青桥主桥于9月合龙，南北引桥同步施工；推进寸滩长江大桥主塔施工。", "Site",
                 {"长青桥", "寸滩长江大桥"}, id="a bridge's parts name the bridge"),
    pytest.param("深圳市龙岗区城市管理局", "完成省立绿道2号线、5号线沿线驿站建设，推动省立绿道2号线龙岗段与社区绿道衔接。", "Site",
                 {"省立绿道2号线", "省立绿道5号线", "龙岗"}, id="the province's numbered greenways"),
    pytest.param("临沂市水利局", "兰山区、河东区农村供水工程委托临沂市自来水公司统一运营；积极争取中国农业发展银行潍坊市分行贷款；核减哈尔滨热电有限责任公司取水量。",
                 "Unit", {"临沂市自来水公司", "中国农业发展银行潍坊市分行", "哈尔滨热电有限责任公司"},
                 id="verbs before a body, one jieba reads as a set phrase among them"),
    pytest.param("临沂市水利局", "严格磨盘山水库水源保护区管理；尽快划定溪霞水库水源保护区；针对汛期北京西路积水；2020年汛期前上线“仑安指挥”APP。",
                 "Site", {"磨盘山水库", "溪霞水库", "北京西路"}, id="adverbs and times before a place, and 上线 no line"),
    pytest.param("苏州工业园区规划建设委员会", "完成玲珑邻里中心、翰林邻里中心规划调整，明确邻里中心、社区中心的配置标准；在杭州站、九堡客运中心设立调度站；"
                 "完成虎门镇、厚街镇镇内公交线路整合；完成松山湖、寮步镇公交线路优化。", "Site",
                 {"玲珑邻里中心", "翰林邻里中心", "杭州站", "九堡客运中心", "虎门镇", "厚街镇", "松山湖", "寮步镇"},
                 id="neighbourhood and coach centres are places; within a town; a lake listed before a town"),
    pytest.param("重庆市交通委员会", "规范滴滴打车、快的打车等手机打车软件；对“嘀嘀打车”开展约谈。", "Platform",
                 {"滴滴打车", "快的打车", "嘀嘀打车"}, id="ride-hailing apps of their year by their own names"),
    pytest.param("广州市规划局", "编制《广州新城市中轴线南段城市设计》《深圳市城市交通拥堵收费可行性研究》，印发《大连市公众应急救护培训教材》"
                 "《森林防火村规民约》。", "Document",
                 {"广州新城市中轴线南段城市设计", "深圳市城市交通拥堵收费可行性研究", "大连市公众应急救护培训教材", "森林防火村规民约"},
                 id="urban designs, studies, teaching materials and village rules are documents"),
    pytest.param("深圳市宝安区交通运输局", "在前进一路、宝民一路开展路内停车收费，在宝安大道、创业一路施划公交专用道；比选南山水质净化厂再生水；一路绿灯通行。",
                 "Site", {"前进一路", "宝民一路", "宝安大道", "创业一路", "南山水质净化厂"}, id="numbered first roads listed; 比选 before a plant"),
    pytest.param("深圳市龙岗区交通运输局", "在布吉街道投放比亚迪股份有限公司生产的电动出租车。", "Unit",
                 {"比亚迪股份有限公司"}, id="投放 ends a company's name"),
    pytest.param("中山市交通运输局", "为执法队员配备“城管通”手持终端320台；上线“中山的士”手机召车软件，在“行讯通”手机软件中新增功能。",
                 "Platform", {"城管通", "中山的士", "行讯通"}, id="quoted apps on handsets and phones"),
    pytest.param("中山市交通运输局", "推进岭南通在全市公交车上使用；在宁溧路、明城大道增设港湾式停靠站，建成公交换乘枢纽3处。",
                 "Site", {"宁溧路", "明城大道"}, id="a card holds no city, and kinds of stop name none"),
    pytest.param("包头市文化广电局", "在包头日报、深圳特区报、深圳商报、羊城晚报开设专栏；协调东方卫视、深圳卫视播出；在晚报刊发。", "Unit",
                 {"包头日报", "深圳特区报", "深圳商报", "羊城晚报", "东方卫视", "深圳卫视"}, id="newspapers and television by their places"),
    pytest.param("潍坊市住房和城乡建设局", "开通“潍坊住建”微信公众号和官方微博；在新浪微博开设政务微博。", "Platform",
                 {"潍坊住建", "微信", "新浪微博"}, id="an official account on a host does not name the host"),
    pytest.param("深圳市规划和国土资源委员会南山管理局", "在南山区政府在线网站开设专栏，在宝安政府在线、罗湖政府在线公示；推进数字政府在线服务。",
                 "Platform", {"南山区政府在线", "宝安政府在线", "罗湖政府在线"}, id="a place's government portal"),
    pytest.param("深圳市大鹏新区管理委员会", "政府在线服务持续优化；通过大鹏新区政府在线发布。", "Platform",
                 {"大鹏新区政府在线"}, id="a zone's government portal, after the word written alone at the field's start"),
    pytest.param("郑州市交通运输委员会", "郑州市公共交通总公司新购置郑州宇通客车股份有限公司生产的新能源公交车。", "Unit",
                 {"郑州市公共交通总公司", "郑州宇通客车股份有限公司"}, id="a body buys from a company"),
    pytest.param("天津市交通运输委员会", "协调天津滨海新区建设投资集团有限公司推进道路建设。", "Unit",
                 {"天津滨海新区建设投资集团有限公司"}, id="a company named by its city and the district after it"),
    pytest.param("苏州工业园区规划建设委员会", "完成方洲邻里中心改造；运营方华润置地有限公司配合。", "Site",
                 {"方洲邻里中心"}, id="a place opened by 方 after a verb, which names no party there"),
    pytest.param("昆明市水务局", "王立新副市长率市水务局、市滇池管理局负责同志到现场督导。", "Unit",
                 {"昆明市水务局", "滇池管理局"}, id="an official leads a body (率): the verb ends the body's name"),
    pytest.param("昆明市水务局", "完成补水出口段松华坝水库拓宽工程，保护九段沙湿地。", "Site",
                 {"松华坝水库", "九段沙湿地"}, id="a section of works (段), then the place in it; a name with a counted 段"),
    pytest.param("深圳市坪山新区公共事业局", "经深圳市坪山新区管理委员会同意，编制规划；市卫健委会同市应急局检查。", "Unit",
                 {"深圳市坪山新区管理委员会", "深圳市卫生健康委员会", "深圳市应急局"},
                 id="a committee before 同意 keeps its 会, the verb 会同 after 委 still cuts"),
    pytest.param("宁波市水利局", "全市河道设立河长公示牌，副市长高明亮带队检查。", "Person",
                 {"高明亮"}, id="an everyday word after a title opens no name (公示牌); a name jieba tags as one does"),
    pytest.param("杭州市交通运输局", "市交警支队清理地铁站点周边违章停车，推进农村客运站点和西湖文化广场站建设。", "Site",
                 {"西湖文化广场站"}, id="the points of a network (站点) name no station"),
    pytest.param("武汉市水务局", "局长王德明带领局堤防管理处对龙王庙进行检查。", "Unit",
                 {"武汉市水务局堤防管理处"}, id="an official leads a division (带领): the verb ends its name"),
    pytest.param("武汉市水务局", "指导江夏区组建区级农村供水管理总站，完成南头镇、东凤镇镇级水厂整合。", "Site",
                 {"江夏区", "南头镇", "东凤镇"}, id="a kind of place at a level of government (镇级水厂) names none"),
    pytest.param("江门市住房和城乡建设局", "发展侨乡特色文化旅游，收储长堤路骑楼32栋。", "Site",
                 {"长堤路"}, id="侨乡 is a kind of home town, 收储 a verb"),
    pytest.param("深圳市龙岗区住房和建设局", "加快大运新城、坂田街道保障性住房建设。", "Site",
                 {"大运新城", "坂田街道"}, id="a place of its own kind listed before streets shares no 街道"),
    pytest.param("深圳市安全生产监督管理局", "配合市卫人委指定北京大学深圳医院开展诊断。", "Unit",
                 {"深圳市卫人委", "北京大学深圳医院"}, id="a body designates another (指定): the verb ends the second's name"),
    pytest.param("杭州市交通运输局", "推动景区公交智能站牌建设，建设综合换乘枢纽和城市换乘枢纽，改造龙翔桥站。", "Site",
                 {"龙翔桥站"}, id="a stop's sign (站牌) and kinds of interchange name no place"),
    pytest.param("合肥市城乡建设委员会", "在合肥电视台、合肥晚报社及门户网站发布施工信息。", "Unit",
                 {"合肥电视台", "合肥晚报社"}, id="an evening paper's office (晚报社) is named whole"),
    pytest.param("呼和浩特市交通运输局", "加强农村客运站建设，打通城市断头路，在呼和浩特东站设立出租汽车调度站。", "Site",
                 {"呼和浩特东站"}, id="kinds of station and road name no place"),
    pytest.param("大连市交通局", "督促瓦房店、普兰店、庄河市交通局和辽中、法库县水利局开展工作。", "Unit",
                 {"瓦房店市交通局", "普兰店市交通局", "庄河市交通局", "辽中县水利局", "法库县水利局"},
                 id="a list shares the level it writes, a former county or city's too"),
    pytest.param("东莞市交通运输局", "在虎门、长安、厚街、常平等镇增加出租汽车投放；伊川县平等乡布设广播。", "Site",
                 {"虎门镇", "长安镇", "厚街镇", "常平镇", "伊川县", "平等乡"}, id="places listed before 等镇 are towns, each named"),
    pytest.param("海口市水务局", "退水经龙昆沟排入海口湾。", "Site",
                 {"龙昆沟", "海口湾"}, id="water led into another (排入) ends the name"),
    pytest.param("深圳市罗湖区住房和建设局", "督促更新主体华润置地(深圳)有限公司加快建设，由施工方中建三局集团有限公司负责。", "Unit",
                 {"华润置地（深圳）有限公司", "中建三局集团有限公司"}, id="the part a company plays (更新主体, 施工方) is no part of its name"),
    pytest.param("北京市交通委员会", "按照市政府京政办发〔2012〕31号文件要求推进。", "Document",
                 {"京政办发〔2012〕31号"}, id="a city's government before a number sent it"),
    pytest.param("北京市交通委员会", "对海淀区路侧停车位清理规范，在罗庄子镇发展生态旅游和农家院。", "Site",
                 {"海淀区", "罗庄子镇"}, id="the roadside (路侧) and a farmhouse inn (农家院) name no road or body"),
    pytest.param("深圳市光明新区城市建设局", "推动市规土委复核公明水库保护区范围线，疏浚前山河。", "Site",
                 {"公明水库", "前山河"}, id="verbs of checking and dredging (复核, 疏浚) end a place's name"),
    pytest.param("重庆市交通委员会", "轨道交通1号线小什字至沙坪坝段完工，钱塘江北岸九溪至珊瑚沙段加固，深圳河河口至深圳湾段清淤。", "Site",
                 {"轨道交通1号线", "小什字", "沙坪坝", "钱塘江", "九溪", "珊瑚沙", "深圳河", "深圳湾"},
                 id="the ends of a section of a line or river are places, its mouth is none"),
    pytest.param("天津市水务局", "在蓟县下营镇、无锡市崇安区和南长区、保定市北市区及芜湖县、海门市推广经验，偃师市场监督管理局跟进。", "Site",
                 {"蓟县", "下营镇", "无锡市", "崇安区", "南长区", "保定市", "北市区", "芜湖县", "海门市"},
                 id="counties, cities and districts since renamed or merged are places in the tables of their years"),
    pytest.param("宜昌市文化和旅游局", "在伍家岗、点军两区新建城市书房，长阳、五峰两县和乐从、龙江两镇试点。", "Site",
                 {"伍家岗区", "点军区", "长阳土家族自治县", "五峰土家族自治县", "乐从镇", "龙江镇"},
                 id="a list's places counted with their kind (两区, 两县, 两镇) are of that kind"),
    pytest.param("开封市市场监督管理局", "在鼓楼、禹王台两区试行住所申报承诺制。", "Unit",
                 set(), id="a count of places (两区) and a verb of trying out (试行) name no body"),
    pytest.param("南昌市水务局", "完成赣江东岸八一大桥、浑河北岸工农桥至富民桥段亮化，在世茂大道疏导交通，惠及民和镇群众。", "Site",
                 {"赣江", "八一大桥", "浑河", "工农桥", "富民桥", "世茂大道", "民和镇"},
                 id="a river's bank (东岸), a lead jieba glues (在世) and a verb (惠及) start no place's name"),
    pytest.param("大连市海洋发展局", "申报第七批国家级海洋牧场示范区和首批省级全域旅游示范区，在獐子岛建设海洋牧场。", "Site",
                 {"獐子岛"}, id="a batch (第七批, 首批) of ranked zones names none"),
    pytest.param("南京市规划和自然资源局", "参与宁海路街道天目路片区更新，推进郑东新区龙湖片区建设。", "Site",
                 {"宁海路街道", "天目路", "郑东新区", "龙湖"}, id="an area written after its street or zone is named from there"),
    pytest.param("西安市文化和旅游局", "会同长安、鄠邑两区对翠华山、南五台、朱雀国家森林公园等景区开展检查。", "Site",
                 {"长安区", "鄠邑区", "翠华山", "南五台", "朱雀国家森林公园"},
                 id="a list's first item that holds a district and a place is no one place of the list's kind"),
])
def test_names_of_one_type_in_one_sentence(owner, text, type_, expected, aliases):
    assert of_type(text, owner, aliases, type_) == expected


def test_another_name_the_text_gives_folds_into_the_name_before_it(aliases):
    """广州塔（又称广州新电视塔）: the name the text says a thing is also called is that thing, there
    and wherever else the table writes it."""
    mentions = table_mentions("广州市城市管理委员会", ["广州塔（又称广州新电视塔）塔身景观照明于2010年完成改造。",
                                                 "对广州新电视塔周边实施亮化。"], aliases=aliases)
    assert names(mentions, "Site") == {"广州塔"}
    assert sum(m.text == "广州新电视塔" for m in mentions) == 2


def test_a_verb_that_is_also_a_county_opens_no_company_name(aliases):
    """会同天津…有限公司: 会同 is 会同县's short name, and here the verb a table acts with; the company's
    name does not take it in."""
    units = of_type("会同天津滨海新区建设投资集团有限公司开展整治。", "天津市滨海新区城市管理局", aliases, "Unit")
    assert units and not any(name.startswith("会同") for name in units)
