"""Campaigns a report names only in its headline or carries out in its lead (supervision
actions read by ``supervision_actions_lead``): invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2015-03-02  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_a_campaign_named_only_in_the_headline_is_the_reports() -> None:
    """A body that names no campaign of its own takes the one its headline names."""
    got = _actions("平舆县质监局开展电动车充电桩专项执法检查",
                   "3月1日起，执法人员走访小区充电点21处，发现问题隐患5处，当场整改3处。")
    assert got == [("law_enforcement", "电动车充电桩专项执法检查")]


def test_a_headline_campaign_gives_way_to_the_bodys_own() -> None:
    """When the body names a campaign, the headline's is not counted again beside it."""
    got = _actions("某县开展农资打假专项行动",
                   "连日来，某县质监局组织开展了春季化肥质量专项整治，查扣化肥6吨。")
    assert [kind for kind, _ in got] == ["special_rectification"]


def test_a_headline_naming_a_body_of_such_work_gives_no_campaign() -> None:
    """A centre, a platform or a meeting named after the work is no campaign."""
    assert _actions("全市首家打假维权服务中心揭牌", "中心设在市行政服务大楼二层，有工作人员6名。") == []


def test_the_lead_check_of_a_class_of_equipment_is_the_reports_campaign() -> None:
    """A lead that carries out a safety check on a class of equipment names the campaign."""
    got = _actions("某区节前检查观光车",
                   "节前，某区市场监管局对辖区内景区的观光车进行了安全检查，查看车辆27台。")
    assert [kind for kind, _ in got] == ["law_enforcement"]


def test_a_lead_verification_drive_on_instruments_is_a_campaign_of_kind_other() -> None:
    """A lead that verifies or tests measuring instruments names the report's campaign, of
    kind other (no enforcement word, no spot check); one that checks them where they are used
    (计量器具检查) is an enforcement check, law_enforcement."""
    got = _actions("甲县校验乡镇卫生院血压计",
                   "上周，甲县质监局组织检定人员对各乡镇卫生院使用的血压计进行检测，共检测86台。")
    assert got == [("other", "各乡镇卫生院使用的血压计进行检测")]
    got = _actions("乙市检查早市电子秤",
                   "4月初，乙市市场监管局对城东早市开展计量器具检查，查看电子秤140台，均在检定有效期内。")
    assert [kind for kind, _ in got] == ["law_enforcement"]
    got = _actions("丙区加气站迎来“体检”",
                   "近日，丙区市场监管局对辖区内加气站在用的加气机进行强制检定，现场调修2台。")
    assert [kind for kind, _ in got] == ["other"]


def test_a_verification_drive_named_as_a_piece_of_work_is_a_campaign_of_kind_other() -> None:
    """A lead that holds a verification drive named as work (开展…强检工作), its object naming
    the instruments or where they are used, names the report's campaign, titled from its
    object to its word; so does one that verifies instruments free (为…进行免费检定)."""
    got = _actions("庚县网约车计价器开始检定",
                   "近日，庚县市场监管局开展本年度全县网约车计价器强检工作，共涉及车辆210辆。")
    assert got == [("other", "本年度全县网约车计价器强检工作")]
    got = _actions("辛区眼镜店计量器具逐店检定",
                   "本月起，辛区市场监管局着手开展辖区眼镜验配场所强制检定专项工作，逐店上门。")
    assert got == [("other", "辖区眼镜验配场所强制检定专项工作")]
    got = _actions("壬市计量所服务新出租车",
                   "为方便新车早日上路，壬市计量检测所为新投放网约车的计价器免费实施检定。")
    assert [kind for kind, _ in got] == ["other"]


def test_a_verification_drive_kept_up_or_naming_no_instruments_is_no_campaign() -> None:
    """Verification kept up as routine (持续开展…强制检定工作), or a summary of a field's
    verification that names no instruments nor places, is no drive of the report."""
    assert _actions("癸县加油机检定有序推进",
                    "入冬以来，癸县检测中心持续开展全县在用加油机的强制检定工作，进展顺利。") == []
    assert _actions("某市上半年计量工作综述",
                    "上半年，某市市场监管部门开展涉及群众健康各领域强制检定工作，成效明显。") == []


def test_a_verification_drive_planned_or_far_into_the_body_is_no_campaign() -> None:
    """A drive the lead only announces, or one told well after the lead or past its first
    paragraph, is no campaign."""
    assert _actions("丁县部署春耕计量工作",
                    "丁县市场监管局计划对全县农资市场进行计量器具检查，时间为两周。") == []
    filler = "该县近年来持续推进诚信体系建设，商户自律意识有所增强，群众满意度不断提高。" * 5
    assert _actions("戊县商户诚信经营见成效",
                    filler + "其间还对部分集贸市场的台秤开展检定工作，共检定40台。") == []
    assert _actions("己县计量工作综述", "己县围绕民生计量开展了多项工作。\n"
                    "一方面，对全县各农贸市场的电子秤进行强制检定，共检定300台。") == []


def test_a_campaign_in_a_clause_that_opens_on_a_call_is_not_carried_out() -> None:
    """A campaign set out as a duty (要…开展, 各地要…) is asked for, not held; the same
    words in an account of work done still count."""
    assert _actions("某市召开质量工作会议",
                    "会议强调，要压实企业责任，扎实开展专项整治，守住质量安全底线。") == []
    assert _actions("某省部署节前监管",
                    "通知指出，各级市场监管部门要聚焦重点商品，深入开展专项整治。") == []
    assert _actions("某局长在座谈会上讲话",
                    "要坚持问题导向，持续开展专项整治，切实守住底线。") == []
    got = _actions("某县整治成效明显",
                   "今年以来，某县抓住重要时段，深入开展专项整治，查处案件12起。")
    assert [kind for kind, _ in got] == ["special_rectification"]


def test_a_seizure_named_by_a_word_the_old_word_list_lacked_is_read() -> None:
    """Whether a report may name a campaign at all is told by the words of the patterns the
    rules start from (CAMPAIGN_STARTS), not by a list kept apart: 冒牌 (no 假, 劣 or 黑心 in
    it) once left a lead's seizure unread in a report with no other campaign word."""
    got = _actions("某县查获一批冒牌配件",
                   "某县市场监管局近日在城区一处仓库查获一批冒牌电动车配件。")
    assert got == [("anti_counterfeiting", "查获一批冒牌电动车配件")]


def test_every_pattern_a_lead_rule_starts_from_opens_the_gate() -> None:
    """A text holding a match of any of CAMPAIGN_STARTS passes may_name_a_campaign (the
    gate asks each pattern's own words), and one holding none of their words does not."""
    from qsreport.extract.supervision_actions_lead import CAMPAIGN_STARTS, may_name_a_campaign

    samples = ["某区质监局日前对辖区内的加油机进行强制检定。", "带队督查全市电梯安全监察工作",
               "在一处仓库查获一批冒牌配件", "本次抽查的结果如下"]
    for text in samples:
        assert any(p.search(text) for p in CAMPAIGN_STARTS), text
        assert may_name_a_campaign(text), text
    assert not may_name_a_campaign("今天天气很好，我们去公园散步。")


def test_the_gate_holds_the_patterns_of_every_lead_rule() -> None:
    """The lead's check of instruments and its sampling of counted batches are rules of
    unnamed_campaign too: their patterns are among those the gate asks."""
    from qsreport.extract.lexicon.supervision_lead import INSTRUMENT_CHECK, LEAD_SAMPLED_BATCHES
    from qsreport.extract.supervision_actions_lead import CAMPAIGN_STARTS, may_name_a_campaign

    assert INSTRUMENT_CHECK in CAMPAIGN_STARTS and LEAD_SAMPLED_BATCHES in CAMPAIGN_STARTS
    assert may_name_a_campaign("乙县局抽取了市售大米30批次。")
    assert may_name_a_campaign("甲县台秤季度检查今天启动。")
