"""A bureau's resolve told with 将 (将严厉打击销售假冒伪劣农资行为, 将依法从严查处) is work
ahead, no campaign carried out; the fight told as done still is one. Invented reports, parsed
end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(body: str) -> list[str]:
    text = (f"甲县护航春耕生产\n发布时间：2031-02-03  来源：测试日报\n{body}"
            "工作人员还向经营户发放了宣传资料，讲解了识别假冒农资的方法。")
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_resolve_to_fight_fakes_is_no_campaign() -> None:
    """…局将严厉打击销售假冒伪劣农资行为: work ahead."""
    assert "anti_counterfeiting" not in _actions(
        "甲县市场监管局将严厉打击销售假冒伪劣农资行为，确保农业生产安全。")


def test_the_fight_against_fakes_told_as_done_is_a_campaign() -> None:
    """开展打击假冒伪劣农资专项行动，查获…: the fight, done."""
    assert "anti_counterfeiting" in _actions(
        "今年以来，甲县市场监管局开展打击假冒伪劣农资专项行动，查获假冒化肥2吨。")


def _meeting(body: str) -> list[str]:
    text = (f"乙市召开产品质量工作会议\n发布时间：2031-02-03  来源：测试日报\n"
            "3月5日，乙市市场监管局召开产品质量工作会议，各县区局分管负责人参加了会议。"
            f"{body}")
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_work_a_meeting_deployed_in_a_list_is_no_campaign() -> None:
    """会议就…监督抽查、…风险排查作出全面部署: the year's work set out."""
    assert _meeting("会议就今年的监督抽查、许可审查和重点行业风险排查作出全面部署。") == []


def test_work_a_meeting_set_out_after_its_deployment_is_no_campaign() -> None:
    """会上…部署了…隐患排查工作: the work ahead (no name of its own)."""
    assert _meeting("会上，分管副局长部署了下一阶段的质量安全隐患排查工作。") == []


def _report(title: str, body: str) -> list[str]:
    text = (f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
            "工作人员还向企业讲解了产品质量法的有关规定，督促企业落实主体责任。")
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_check_named_only_where_the_failures_followed_up_were_found_is_none() -> None:
    """针对上级监督抽查中…不合格的情况: its findings followed up, no campaign."""
    assert _report("丙县做好不合格产品后处理",
                   "近日，针对上级监督抽查中发现5批次水泥不合格的情况，丙县市场监管局约谈生产企业，"
                   "要求立即整改，解决好监督抽查中暴露的问题。丙县局收到省级监督抽查检验报告后，"
                   "第一时间转交企业。") == []


def test_a_check_and_a_rectification_named_as_one_drive_is_a_rectification() -> None:
    """…压力管道大检查大整治工作; 此次大整治行动: one rectification."""
    assert _report("丁区部署压力管道隐患治理",
                   "近日，丁区质监分局部署开展氨制冷压力容器压力管道大检查大整治工作。"
                   "此次大整治行动采取企业自查自纠与部门检查相结合的方式进行。") \
        == ["special_rectification"]
