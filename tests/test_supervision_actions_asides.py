"""Campaign words that tell no campaign of the report: the fight against fakes written as an
aim with no verb that carries it out (a point of a check's list, one of a pair of duties, a
den it goes after, a line of its own). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _actions(body: str) -> list[str]:
    text = (f"丙县开展节前市场检查\n发布时间：2032-09-14  来源：测试晚报\n{body}"
            "执法人员还向经营户发放了宣传资料。")
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_point_of_a_checks_list_that_fights_fakes_is_its_aim() -> None:
    """此次检查，一是…；二是严厉打击销售假冒伪劣、…等违法行为: the check's point, no campaign."""
    kinds = _actions(
        "近日，丙县市场监管局在全县开展粽子市场专项检查。此次检查，一是查看经营户的进货台账；"
        "二是严厉打击销售假冒伪劣、无厂名厂址、超过保质期粽子等违法行为；三是提醒群众理性消费。")
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

