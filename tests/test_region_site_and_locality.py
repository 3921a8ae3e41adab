"""Two regions a page names only indirectly: the place its site is named after, when the
headline speaks of the site's owner as 我院/我校; and the place the body writes a headline's own
town or scenic area after. Pages and texts written for the test."""

from __future__ import annotations

from qsreport import parse

from .region_helpers import region


def _page(title: str, headline: str, body: str) -> str:
    return parse_page(f"<title>{title}</title>",
                      f"<div class='content'><h2>{headline}</h2>"
                      "<p>来源：本站原创　时间：2021年04月16日</p>" f"{body}</div>")


def parse_page(head: str, body: str) -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


HOSPITAL = ("<p>本站讯　为提升护理人员的急救能力，4月15日，我院护理部组织开展心肺复苏技能考核，"
            "各病区护士共八十余人参加，考核分理论与操作两部分，评委现场打分并逐一点评。</p>"
            "<p>护理部负责人表示，今后将把技能考核纳入常态，持续提升全院护理服务水平。</p>")
SCHOOL = ("<p>为丰富校园文化生活，我校于本周举办春季田径运动会，全校二十四个班级的六百多名学生报名参赛，"
          "赛场上同学们奋勇拼搏，展现了良好的精神风貌。</p>"
          "<p>校领导为获奖班级和个人颁发了奖状，并勉励同学们坚持锻炼、全面发展。</p>")


def test_a_site_named_after_its_place_gives_the_region_of_a_headline_about_us() -> None:
    assert region_of_page("我院开展护理人员心肺复苏技能考核 江西省某某医学研究所附属医院",
                          "我院开展护理人员心肺复苏技能考核", HOSPITAL) == "江西省"
    assert region_of_page("洛阳市第十一中学-我校举办春季田径运动会",
                          "我校举办春季田径运动会", SCHOOL) == "洛阳市"


def test_no_region_from_the_site_without_a_headline_about_us_or_a_place_in_its_name() -> None:
    assert region_of_page("护理人员心肺复苏技能考核顺利举行 江西省某某医学研究所附属医院",
                          "护理人员心肺复苏技能考核顺利举行",
                          HOSPITAL.replace("我院", "该院")) is None
    assert region_of_page("我校举办春季田径运动会-某某实验学校", "我校举办春季田径运动会",
                          SCHOOL) is None


def region_of_page(title: str, headline: str, body: str) -> str | None:
    return parse(_page(title, headline, body).encode()).meta.region


def test_a_headline_s_scenic_area_or_town_takes_the_place_the_body_writes_it_after() -> None:
    assert region("某某峡漂流项目暂停开放\n近日，因连日降雨水位上涨，位于贵州省某某峡景区的漂流项目"
                  "暂停对游客开放，景区管理方表示，待水位回落、设施检查合格后再恢复运营。") == "贵州省"
    assert region("某某湾村的稻田迎来丰收\n秋分时节，安徽省黄山市某某湾村的两百多亩稻田进入收割期，"
                  "村民们抢抓晴好天气开镰收割，合作社的收割机在田间来回作业。") == "黄山市"


def test_a_body_place_before_a_town_the_headline_does_not_name_is_no_such_locality() -> None:
    report = parse("某某峡漂流项目暂停开放\n近日，因连日降雨水位上涨，贵州省石门镇的一处漂流项目"
                   "暂停对游客开放，管理方表示，待水位回落、设施检查合格后再恢复运营。".encode())
    assert report.meta.found.get("region") != "the place the body writes the title's locality after"


def test_a_region_of_several_places_named_as_one_by_a_headline_of_no_place_is_the_region() -> None:
    assert region("推动长三角检验检测结果互认\n近日，有关部门召开会议，部署推进区域内检验检测机构"
                  "资质和结果互认工作，要求各地简化手续、减少重复检测，为企业降低成本。") == "长三角"
    assert region("粵港澳大灣區標準化合作再提速\n記者從有關方面獲悉，三地將共同制定一批團體標準，"
                  "覆蓋食品、家電和電子產品等領域，讓區域內的檢測機構共享設備。") == "粵港澳大灣區"


def test_a_headline_s_own_place_or_the_whole_country_outranks_a_region_of_several() -> None:
    assert region("苏州市融入长三角质量提升行动\n这一年里，苏州的监管部门围绕区域协同，"
                  "组织企业参加标准化培训，推动一批产品获得认证。") == "苏州市"
    assert region("我国将推动京津冀等区域质量协同发展\n有关部门表示，将加大区域间标准互认力度，"
                  "完善检验检测结果采信机制。") is None


def test_a_headline_about_chinese_people_is_not_one_about_the_whole_country() -> None:
    lead = ("\n记者走访福鼎市多家茶企了解到，福鼎市今年春茶产量同比增长一成，福鼎市茶叶协会表示，"
            "线上订单明显增多，外地客商也纷纷到乙县和丙县看货。")
    assert region("中国人爱喝的春茶上市了" + lead) == "福鼎市"
    assert region("中国如何让春茶卖得更好" + lead) is None
