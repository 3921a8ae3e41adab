"""A lead's check of counted places or firms, and of measuring instruments named by them, is the
report's campaign of enforcement (law_enforcement) where it names none; a verification stays
of kind other, a sampling counted in batches stays a spot check, and a habit or a plan is none.
Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[str]:
    text = (f"{title}\n发布时间：2031-05-06  来源：测试日报\n{body}"
            "执法人员现场讲解了有关规定，并要求经营者做好台账记录。")
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_surprise_check_of_counted_shops_is_an_enforcement_campaign() -> None:
    """对全县23家配镜店开展突击检查: counted places of one class, law_enforcement."""
    assert _actions("甲县配镜店合格率不高",
                    "近日，甲县质监局对全县23家配镜店开展突击检查，发现7家无证经营。") \
        == ["law_enforcement"]


def test_a_metrology_check_of_counted_dispensers_is_an_enforcement_campaign() -> None:
    """对城区7家加油站的21台加油机实施计量监督检查: places and instruments counted."""
    assert _actions("乙县加油机全部加装防作弊装置",
                    "日前，乙县市场监管局对城区7家加油站的21台加油机实施计量监督检查，"
                    "均已加装防作弊装置。") == ["law_enforcement"]


def test_a_metrology_check_of_counted_places_is_an_enforcement_campaign() -> None:
    """对全县31家加油站开展计量检查: a metrology check told so, of counted places."""
    assert _actions("丙县加油站迎来检查",
                    "上周，丙县市场监管局对全县31家加油站开展计量检查，未发现作弊行为。") \
        == ["law_enforcement"]


def test_a_check_of_scales_at_a_festival_is_an_enforcement_campaign() -> None:
    """完成菜场台秤年度检查: scales named by them, an enforcement check."""
    assert _actions("丁市节前台秤检查全数合格",
                    "丁市度量衡科节前完成菜场台秤年度检查，共查看台秤350台，全数合格。") \
        == ["law_enforcement"]


def test_a_check_told_within_a_verification_stays_the_verification_drive() -> None:
    """逐台检查电子秤并进行检定: a check told with the verification is that drive, other."""
    assert _actions("戊市开展节前计量服务",
                    "戊市计量所人员走进城区超市，逐台检查电子秤并进行检定，贴上合格标志。") \
        == ["other"]


def test_a_bare_verification_of_counted_instruments_is_still_a_task() -> None:
    """对9家卫生院的70台血压计进行了免费检定: a bare 检定 of counted units, none."""
    assert _actions("己县服务基层医疗",
                    "近日，己县计量所对9家卫生院的70台血压计进行了免费检定。") == []


def test_a_sampling_of_counted_firms_is_no_enforcement_campaign() -> None:
    """对辖区12家企业的产品进行抽查，…抽检36批次: a sampling, its batches a spot check."""
    assert _actions("庚区抽查食品质量",
                    "近日，庚区市场监管局对辖区12家企业的产品进行抽查，共抽检36批次，合格率97%。") \
        == ["spot_check"]


def test_a_firms_habitual_check_of_its_stations_is_none() -> None:
    """每月对所属6个加油站进行安全检查: a firm's own routine, no campaign."""
    assert _actions("辛公司加强安全管理",
                    "辛石油公司每月对所属6个加油站进行安全检查，及时消除隐患。") == []


def test_a_planned_check_of_counted_shops_is_none() -> None:
    """将对全市40家眼镜店进行专项检查: planned, no campaign."""
    assert _actions("壬市部署眼镜店检查",
                    "壬市质监局将对全市40家眼镜店进行专项检查。") == []


def test_a_check_of_one_or_two_firms_is_a_raid_not_a_campaign() -> None:
    """对城北两家板材企业开展突击检查: particular firms, not a class; no campaign."""
    assert _actions("癸县查处无证板材",
                    "日前，癸县质监局对城北两家板材企业开展突击检查，当场查封无证产品。") == []


def test_a_check_summed_up_over_three_quarters_is_none() -> None:
    """前三季度，…对全市95个加油站实施计量专项检查: the routine's tally, no campaign."""
    assert _actions("子市计量工作成效明显",
                    "前三季度，子市质监部门对全市95个加油站实施计量专项检查，检查加油机800余台。") \
        == []
