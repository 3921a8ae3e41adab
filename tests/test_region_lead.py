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
