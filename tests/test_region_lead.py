"""The report's region where its opening names its place as a fibre-inspection or commerce
office's, or opens its first clause on the place as the doer (甲市将…, 3月5日，甲市开展…)."""

from __future__ import annotations

from qsreport import parse


def region(text: str) -> str | None:
    return parse(text.encode()).meta.region


def test_fibre_inspection_and_commerce_offices_are_named_after_their_place() -> None:
    fibre = ("棉花检验\n吉林省纤维检验局今年承担的羊毛检验方法课题已经完成验收，参与课题的"
             "有三名技术人员。\n")
    assert region(fibre) == "吉林省"
    commerce = ("老字号认定\n据悉，福建省商务厅会同有关部门对申报材料进行了审核，形成推荐名单，"
                "即日起公示。\n")
    assert region(commerce) == "福建省"


def test_a_place_opening_the_lead_s_first_clause_as_its_doer_is_the_region() -> None:
    plan = ("计量监管\n从下月起，绍兴市将对农贸市场和加油站的计量器具开展为期半年的专项监管，"
            "届时将发放诚信计量证书。\n")
    assert region(plan) == "绍兴市"
    check = ("加油机检查\n为了维护车主的利益，半个月来，无锡对加油站进行了计量专项监督检查，"
             "共检查加油机40台，合格率为100%。\n")
    assert region(check) == "无锡"
    market = ("强检工作\n今年前三季度，南通市场监管部门共完成强检4万多台件，为企业"
              "免收检定费用200多万元。\n")
    assert region(market) == "南通"


def test_the_places_a_notice_is_addressed_to_are_not_its_region() -> None:
    notice = ("关于做好第三批省级老字号推荐工作的通知\n\n各地级市、恩施州、仙桃市商务局：\n\n"
              "为保护好本省老字号，请各地按以下要求做好推荐。\n")
    assert region(notice) != "仙桃市"
    bureaus = ("关于开展电梯安全隐患排查的通知\n\n各区县质监局、开发区分局：\n\n"
               "请按照要求组织辖区使用单位开展自查，并于月底前报送结果。\n")
    assert region(bureaus) is None
    # the same organisation in the lead's own sentence still says where the work is
    opening = ("电梯安全\n\n仙桃市商务局近日组织商场对在用电梯进行了自查。\n")
    assert region(opening) == "仙桃市"


def test_a_city_the_title_gives_as_the_venue_of_an_event_is_not_the_region() -> None:
    fair = ("浙江省将在温州举办首届计量器具展览会\n\n记者从省局了解到，展会将于10月开幕，"
            "温州作为主办城市已完成场馆准备，温州方面表示欢迎各地企业参展。\n")
    assert region(fair) == "浙江省"
    # not a venue: the city is what the headline reports on
    work = ("浙江省局对温州计量工作开展调研\n\n调研组先后走访了温州的两家检定机构，"
            "对温州近年来的计量监管工作给予肯定。\n")
    assert region(work) == "温州"
