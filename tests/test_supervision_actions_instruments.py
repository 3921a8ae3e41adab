"""A check of measuring instruments a report's lead names by them, the check's word right
before or after the instruments (磅秤年度检查已经展开, 公布抽查加油机结果), is the report's one
campaign of kind law_enforcement where it names none, as an enforcement check of the
instruments where they are used; counted places are its class too. A plan and an institute's
staff are none. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _actions(title: str, body: str) -> list[str]:
    text = (f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
            "检查人员逐一核对了铅封和示值误差，并向经营者讲解了相关规定和注意事项。")
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_yearly_check_of_scales_named_by_them_is_an_enforcement_campaign() -> None:
    """零售市场交易磅秤年度检查已经展开: the drive on the scales."""
    assert _actions("甲市磅秤合格率近百分百",
                    "甲市零售市场交易磅秤年度检查已经展开，目前已检测1200台，仅1台超出公差。") \
        == ["law_enforcement"]


def test_a_check_of_dispensers_published_is_an_enforcement_campaign() -> None:
    """公布抽查加油机结果: the drive on the dispensers."""
    assert _actions("乙市公布加油站检查结果",
                    "乙市消保官昨日对外公布抽查加油机的结果，只有1具不合格。") == ["law_enforcement"]


def test_a_check_of_dispensers_meters_as_a_special_case_is_an_enforcement_campaign() -> None:
    """针对加油站油量计办理专案查核: the drive on the meters."""
    assert _actions("丙县加油站油量计查核结果",
                    "丙县消保官会同标检局人员，针对加油站油量计办理专案查核。") == ["law_enforcement"]


def test_a_check_of_counted_places_is_an_enforcement_campaign() -> None:
    """对全省80个加油站进行加油机检查: the check of a class of places, counted, enforcement."""
    assert _actions("丁省加油站计量检查结果出炉",
                    "近日，丁省质监部门对全省80个加油站进行加油机检查，合格率99%。") \
        == ["law_enforcement"]


def test_a_planned_check_of_scales_is_none() -> None:
    """将…开展磅秤检查: planned, no campaign."""
    assert _actions("戊县部署节前计量工作",
                    "戊县质监局下一步将对农贸市场开展磅秤检查。") == []


def test_an_institutes_staff_near_instruments_is_no_check() -> None:
    """检验所的技术人员…加油机: the institute's name and its people, no check of dispensers."""
    assert _actions("计量知识进校园",
                    "丁市质量技术监督检验所的技术人员向学生讲解了加油机的工作原理。") == []
    assert _actions("计量所服务商户",
                    "丙县计量检定所检验员走进农贸市场，为商户讲解电子秤的使用方法。") == []


def test_a_check_of_dispensers_told_after_the_word_is_still_a_campaign() -> None:
    """检验…加油机: the check's word before the dispensers, an enforcement check of them."""
    assert _actions("乙县检验加油机",
                    "乙县消保官日前检验城区各加油站的加油机，结果全数合格。") == ["law_enforcement"]
