"""A headline that names the report's work as its verb, object and work word (某县开展…检定,
某局开展…抽样工作, 某局抽检市售…) gives that work as the report's one campaign, where the body
names none. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_headline_verification_is_a_campaign_of_kind_other() -> None:
    """开展…检定 in the headline: the drive, of kind other."""
    got = _actions("甲县开展集贸市场电子秤检定",
                   "连日来，县计量所工作人员逐台核对铅封和示值误差，现场调修电子秤5台。")
    assert [k for k, _ in got] == ["other"]


def test_headline_sampling_for_monitoring_is_a_campaign_of_kind_other() -> None:
    """开展…抽样工作 in the headline: work of kind other (no goods named as products)."""
    got = _actions("乙省纤检局开展棉被絮料抽样工作",
                   "本轮共派出6个小组，样品将送实验室检测纤维含量。")
    assert [k for k, _ in got] == ["other"]


def test_headline_activity_is_a_campaign_of_kind_other() -> None:
    """开展“…”…活动 in the headline: the activity, of kind other."""
    got = _actions("丙市开展“局长走进服务窗口”接访活动",
                   "当天，局领导现场接听群众来电21个，当场答复17个。")
    assert [k for k, _ in got] == ["other"]


def test_headline_check_is_enforcement_work() -> None:
    """开展…检查 in the headline: enforcement work."""
    got = _actions("丁县局开展农机配件经营户检查",
                   "执法人员逐户查看进货台账和合格证明，责令2户限期整改。")
    assert [k for k, _ in got] == ["law_enforcement"]


def test_headline_sampling_verb_before_its_goods_is_a_spot_check() -> None:
    """某局抽检市售… in the headline: goods sampled, a spot check."""
    got = _actions("戊市检验局抽检市售电热毯 三成不合格",
                   "检测发现，不合格样品主要是温升和标识问题。")
    assert [k for k, _ in got] == ["spot_check"]


def test_headline_work_planned_is_none() -> None:
    """Near miss: 将开展… in the headline is work ahead, no campaign."""
    got = _actions("己县将开展集贸市场电子秤检定",
                   "县计量所提醒经营户提前做好准备，按时送检。")
    assert got == []


def test_headline_meeting_is_none() -> None:
    """Near miss: a headline naming a meeting names no work carried out, though the rule
    reaches it: a meeting that deploys a check (召开会议部署开展…检查), and one held under the
    verb (组织召开…活动)."""
    got = _actions("庚市局召开专题会议部署开展集贸市场计量检查",
                   "与会代表围绕民生计量交流了做法，提出意见建议12条。")
    assert got == []
    assert _actions("庚市局组织召开计量工作交流活动", "各县局负责人参加。") == []


def test_headline_activity_outside_supervision_is_none() -> None:
    """Near misses: a staff's or a party's activity names no supervision work (its object names
    neither quality, metrology nor safety, nor goods or instruments), and a meeting held is no
    activity's object."""
    assert _actions("甲市质检院组织干部职工开展义务植树活动", "当天栽下树苗二百余株。") == []
    assert _actions("乙县局开展“学党史、办实事”主题党日活动", "全体党员重温了入党誓词。") == []
    assert _actions("丙市局举办青年干部读书交流活动", "八名青年干部分享了心得。") == []
    assert _actions("丁市局组织召开学习交流活动", "各科室负责人参加了会议。") == []


def test_headline_quality_activity_stays_a_campaign() -> None:
    """The activity whose object names quality or metrology keeps its campaign."""
    got = _actions("戊县开展“质量月”进企业宣传活动", "现场发放资料九百余份，解答咨询八十余人次。")
    assert [k for k, _ in got] == ["other"]


def test_headline_work_planned_directed_or_another_offices_is_none() -> None:
    """Near misses: work planned (计划开展), passed on or deployed (转发…, 部署开展), another
    office's (安监局, 卫健委), and a sampling's results (抽查结果出炉)."""
    assert _actions("己县计划开展农贸市场电子秤检查", "检查将于下月启动。") == []
    assert _actions("庚市局转发上级通知 部署开展加气站计量检查", "要求各分局抓好落实。") == []
    assert _actions("辛县应急管理局开展烟花爆竹经营点检查", "共检查门店二十家。") == []
    assert _actions("壬市卫健委开展医疗机构血压计检定", "全市医院参加。") == []
    assert _actions("癸市市场监管局抽查结果出炉", "不合格产品已责令下架。") == []


def _body_actions(body: str) -> list[str]:
    return [k for k, _ in _actions("测试报告", body)]


def test_lead_verification_work_is_a_campaign_of_kind_other() -> None:
    """开展…检定工作 in the body's first paragraph: the drive, as a headline's would be."""
    assert _body_actions("入夏以来，辛县计量所开展了城区冷饮店电子秤检定工作，受到商户欢迎。") \
        == ["other"]
    assert _body_actions("近期，壬区局组织技术人员开展辖区小区供水水表抽样，样品送检测中心。") \
        == ["other"]


def test_lead_verification_work_near_misses_are_none() -> None:
    """Near misses: work kept up, a count of times for the object, a visit to a metrology
    institute."""
    assert _body_actions("癸县计量所持续开展集贸市场电子秤检定工作，做到应检尽检。") == []
    assert _body_actions("甲县计量所今年对出租车计价器进行两次强制检定，确保计价准确。") == []
    assert _body_actions("乙县局日前派员前往省计量院进行计量检定，为下月工作做准备。") == []
