"""Campaign words that tell no campaign of the report: the fight against fakes written as an
aim with no verb that carries it out (a point of a check's list, one of a pair of duties, a
den it goes after, a line of its own), work summed up over a span of past years in the
clause that names it, and a meeting's campaign beside another of its kind. Invented reports
(made-up places, goods and numbers), parsed end to end."""

from __future__ import annotations

from .report_helpers import area_items


def _actions(body: str) -> list[str]:
    text = (f"丙县开展节前市场检查\n发布时间：2032-09-14  来源：测试晚报\n{body}"
            "执法人员还向经营户发放了宣传资料。")
    return [a["kind"] for a in area_items(text, "supervision", "actions")]


def test_a_point_of_a_checks_list_that_fights_fakes_is_its_aim() -> None:
    """…：一是…；二是严厉打击售卖假冒伪劣、…等违法行为: the check's point, no campaign."""
    kinds = _actions(
        "丙县市场监管局日前对城区汤圆市场进行了专项检查。检查分三个方面：一是核验经营户的营业执照；"
        "二是严厉打击售卖假冒伪劣、过期变质汤圆等违法行为；三是引导商家规范标价。")
    assert "anti_counterfeiting" not in kinds
    assert "law_enforcement" in kinds


def test_a_den_the_check_goes_after_is_its_aim() -> None:
    """…，重点检查批发环节，打击销售假冒伪劣窝点，共抽查…: the aim of the drive before it."""
    kinds = _actions(
        "丙县市场监管局对城郊批发市场开展燃气灶具专项检查，重点检查批发环节，打击销售假冒伪劣"
        "窝点，共抽查燃气灶具6批次。")
    assert "anti_counterfeiting" not in kinds


def test_one_of_a_pair_of_duties_is_no_campaign() -> None:
    """一手抓…，一手抓打击假冒伪劣: how the bureau holds its work, not a campaign of its own."""
    kinds = _actions(
        "丙县市场监管局按照县里的部署开展月饼专项执法行动，坚持一手抓安全生产，一手抓打击假冒伪劣，"
        "查处违法案件5件。")
    assert kinds.count("anti_counterfeiting") == 0
    assert "law_enforcement" in kinds


def test_a_line_naming_the_aim_alone_is_no_campaign() -> None:
    """A line of its own, 严厉打击假冒伪劣产品, that the paragraph after explains."""
    kinds = _actions("严厉打击假冒伪劣产品\n丙县各市场监管所加大日常巡查力度，受理群众投诉20件。")
    assert "anti_counterfeiting" not in kinds


def test_the_fight_named_with_its_verb_is_still_a_campaign() -> None:
    """开展打击假冒伪劣…专项行动: carried out, a campaign."""
    assert "anti_counterfeiting" in _actions(
        "今年以来，丙县市场监管局开展打击假冒伪劣商品专项行动，立案查处案件9件。")


def test_work_summed_over_past_years_is_no_campaign() -> None:
    """说明全县多年来…专项整治工作收到了实效: a retrospect, not the report's campaign."""
    kinds = _actions(
        "丙县市场监管局本月对辖区头盔销售店开展监督抽查，抽查头盔50批次，全部合格，说明全县"
        "多年来头盔质量专项整治工作收到了实效。")
    assert "special_rectification" not in kinds
    assert "spot_check" in kinds


def test_years_of_rectification_as_the_means_are_no_campaign() -> None:
    """连续五年…开展集中整治: the years' work, summed up."""
    kinds = _actions(
        "丙县市场监管局组织开展电线电缆专项执法检查。连续五年对电线电缆小作坊开展集中整治后，"
        "县内已无无证生产现象。")
    assert "special_rectification" not in kinds


def test_a_span_of_years_in_an_earlier_clause_keeps_the_campaign() -> None:
    """近年来，…开展电梯安全专项检查: the span opens the sentence; the campaign is told."""
    assert "law_enforcement" in _actions(
        "近年来，丙县市场监管局加强电梯安全监管，开展电梯安全专项监督检查，查处违法案件3件。")


def test_a_meetings_campaign_beside_another_of_its_kind_is_that_one() -> None:
    """召开…打假专项行动布置会，部署…打假行动: the meeting's subject is the campaign told after it."""
    kinds = _actions(
        "11月20日，丙县市场监管局召开冬季打假专项行动布置会，部署元旦期间打假行动。"
        "随后，执法人员走访超市30家，查获假冒茶叶案件1件。")
    assert kinds.count("anti_counterfeiting") == 1


def test_a_meetings_campaign_named_alone_is_still_one() -> None:
    """召开…专项整治推进会 and no other rectification: the campaign the meeting pushes on."""
    kinds = _actions(
        "近日，丙县市场监管局召开电动车充电桩计量专项整治推进会，通报前期检查充电桩80个的情况。")
    assert kinds.count("special_rectification") == 1
