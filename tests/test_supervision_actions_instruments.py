"""A check of measuring instruments a report's lead names by them, the check's word right
before or after the instruments (电子秤年度检查眼下正在进行, 通报了抽查加油枪的情况), is the report's one
campaign of kind law_enforcement where it names none, as an enforcement check of the
instruments where they are used; counted places are its class too. A plan and an institute's
staff are none. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[str]:
    text = (f"{title}\n发布时间：2031-02-03  来源：测试日报\n{body}"
            "检查人员逐一核对了铅封和示值误差，并向经营者讲解了相关规定和注意事项。")
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_yearly_check_of_scales_named_by_them_is_an_enforcement_campaign() -> None:
    """电子秤年度检查眼下正在进行: the scales named before the check's word, an enforcement
    check of them (law_enforcement), the count after it no tally of the word."""
    assert _actions("甲市电子秤年检过半",
                    "甲市各菜场电子秤年度检查眼下正在进行，至今已查看460台，发现2台示值偏大。") \
        == ["law_enforcement"]


def test_a_check_of_dispensers_published_is_an_enforcement_campaign() -> None:
    """通报了抽查加油枪的情况: the dispensers named after the check's word, its results made
    public, an enforcement check of them (law_enforcement)."""
    assert _actions("乙市通报油枪抽查情况",
                    "乙市计量科周二向社会通报了抽查加油枪的情况，偏差超限的共有3支。") \
        == ["law_enforcement"]


def test_a_check_of_dispensers_meters_as_a_special_case_is_an_enforcement_campaign() -> None:
    """服务区油量计专案稽查: a special check of the dispensers' meters, its word right after
    them, an enforcement check of them (law_enforcement)."""
    assert _actions("丙县油量计稽查收尾",
                    "丙县高速服务区油量计专案稽查已于上周结束，计量人员分三组走访了沿线站点。") \
        == ["law_enforcement"]


def test_a_check_of_counted_places_is_an_enforcement_campaign() -> None:
    """抽选45座加油站，逐站进行加油枪计量检查: counted places, the class the check covers,
    still an enforcement check (law_enforcement)."""
    assert _actions("丁省油枪计量检查结果揭晓",
                    "丁省质监部门本月抽选45座加油站，逐站进行加油枪计量检查，合格率为97.6%。") \
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
    """检验…加气机: the check's word before the dispensers, an enforcement check of them."""
    assert _actions("乙县加气机合格",
                    "乙县计量科上旬检验了城郊五座加气站的加气机，未见计量作弊。") == ["law_enforcement"]


def test_an_inspection_office_named_before_instruments_is_no_check() -> None:
    """Near miss: 标准检验局 is an office, its 检验 no check of the instruments after it (标准
    检验局对合格的磅秤贴上标签, 标准检验局颁发的衡器管理标章): no campaign."""
    assert _actions("甲市说明磅秤检定",
                    "按规定，商店的磅秤要先检定合格才能使用。标准检验局对合格的磅秤贴上合格标签。") == []
    assert _actions("乙镇菜市场获得标章",
                    "乙镇菜市场日前获得标准检验局颁发的衡器管理优良标章，摊商都很高兴。") == []
