"""Campaign families read by ``supervision_actions`` (drills, sweeps, honest-metrology drives,
offices' slogan series): a rescue drill a bureau holds, a sweep named as one (专项巡查, 隐患大
排查), a drive to build honest metrology, and slogans several offices carry out. Invented
reports, parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布时间：2021-03-15  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_lift_rescue_drill_is_a_campaign() -> None:
    """举行了一场…应急救援演练: a drill the bureau holds, a campaign of kind other."""
    got = _actions("甲县质监局组织演练",
                   "上周三，甲县质监局在县人民医院举行了一场扶梯困人应急救援演练，维保单位和医院保卫科"
                   "共40余人参加，整个过程用时12分钟。")
    assert [k for k, _ in got] == ["other"]


@pytest.mark.parametrize("body", [
    "检查组逐项核对了维保记录，并询问应急演练是否按季度组织。",
    "本次检查涉及设备台账、应急救援演练以及人员培训三个方面。",
    "有两家游乐场的应急救援演练不到位，已限期改正。",
])
def test_a_drill_that_is_a_point_checked_is_no_campaign(body: str) -> None:
    """A drill named as a checklist's item or a finding (演练是否按季度组织, 演练不到位) was
    held by no one here: no campaign, as the rounds' readers key it."""
    got = _actions("丁县开展特种设备安全检查", body)
    assert "other" not in [k for k, _ in got]


def test_drill_in_other_words_is_a_campaign() -> None:
    """组织…进行一次应急演练: the same drill in other words."""
    got = _actions("乙市开展锅炉事故演练",
                   "为检验预案的可行性，乙市市场监管局日前组织某某热力公司进行了一次锅炉爆管应急处置演练，"
                   "参演人员35人。")
    assert [k for k, _ in got] == ["other"]


def test_drill_plan_alone_is_no_campaign() -> None:
    """Near miss: a drill's plan drawn up gives nothing."""
    got = _actions("丙县修订预案",
                   "丙县质监局近日修订了全县电梯应急演练方案，明确了各单位的职责分工和联络方式。")
    assert got == []


def test_special_patrol_of_licensed_firms_is_a_campaign() -> None:
    """对…厂组织专项巡查: a sweep named as one, kind other."""
    got = _actions("丁市检查获证企业",
                   "丁市质监局按照分类监管的要求，对全市持有生产许可证的水泥厂组织专项巡查，"
                   "共检查企业18家，责令整改3家。")
    assert [k for k, _ in got] == ["other"]


def test_hazard_sweep_in_other_words_is_a_campaign() -> None:
    """进行了安全隐患大排查: the sweep under another word; its later meeting is the same one."""
    got = _actions("戊县排查隐患",
                   "入夏以来，戊县质监局对全县游乐设施和压力容器使用单位进行了安全隐患大排查，"
                   "共出动人员120人次。县局还召开两次隐患大排查专题会，通报进展。")
    assert [k for k, _ in got] == ["other"]


def test_routine_patrol_force_is_no_campaign() -> None:
    """Near miss: 加大专项巡查力度 is a matter of degree, no sweep carried out."""
    got = _actions("己县部署下半年工作",
                   "己县质监局要求各所今后加大专项巡查力度，做到发现一起处理一起。")
    assert got == []


def test_honest_metrology_drive_is_a_campaign() -> None:
    """开展诚信计量…创建活动 and 开展…承诺和评价活动: drives to build honest metrology."""
    one = _actions("庚区推动诚信计量",
                   "今年以来，庚区市场监管局在农贸市场和眼镜店开展诚信计量示范店创建活动，首批20家"
                   "商户参与。")
    two = _actions("辛市推动诚信计量",
                   "辛市市场监管局去年在超市和加油站两个行业开展了计量承诺和评价活动，签订承诺书150份。")
    assert [k for k, _ in one] == ["other"]
    assert [k for k, _ in two] == ["other"]


def test_creating_a_quoted_metrology_model_is_a_campaign() -> None:
    """创建“…计量…街区”工作启动: the creation of a quoted model of honest metrology."""
    got = _actions("壬镇启动创建工作",
                   "本报讯 5月12日，壬镇创建“计量诚信街区”工作正式启动，沿街40余家商户签订了承诺书。")
    assert [k for k, _ in got] == ["other"]


def test_creating_another_honour_is_no_campaign() -> None:
    """Near miss: a drive for an honour that is no metrology's gives nothing."""
    got = _actions("癸县争创卫生城市",
                   "癸县各部门全力开展国家卫生县城创建活动，共清理卫生死角300余处。")
    assert got == []


def test_slogans_of_several_offices_are_no_campaign_each() -> None:
    """甲厅、乙局、丙办…组织开展了“A”“B”“C”等专项行动: the offices' own series."""
    got = _actions("甲省打击侵权假冒工作综述",
                   "甲省文化厅、省农业厅、省林业局以及甲海关等单位联合开展了“春苗”“护林”“净网2021”"
                   "“蓝盾”等系列专项行动，查办案件300余起。")
    assert not any(t in ("春苗", "护林", "净网2021", "蓝盾") for _, t in got)


def test_slogans_of_the_bureau_are_one_campaign_each() -> None:
    """Near miss: the bureau's own quoted slogans stay one campaign each."""
    got = _actions("乙市市场监管局开展系列行动",
                   "乙市市场监管局今年组织开展了“春苗”“护林”“蓝盾”等专项行动，查办案件60起。")
    assert sum(k == "other" for k, _ in got) == 3


def test_drill_a_check_looks_at_is_no_campaign() -> None:
    """Near miss: a drill named among the points a check goes through (应急演练是否定期
    组织), or found wanting (应急演练不到位), is no campaign of its own."""
    got = _actions("戊县开展锅炉安全检查",
                   "戊县市场监管局近日开展锅炉安全专项检查，逐家询问司炉工持证情况，核对维修记录，"
                   "了解应急演练是否定期组织。其中两家宾馆的应急演练不到位，已要求限期补上。")
    assert [k for k, _ in got] == ["law_enforcement"]


def test_drill_in_a_list_of_points_checked_is_no_campaign() -> None:
    """Near miss: a drill in the list a check's points cover (应急救援演练和…等情况)."""
    got = _actions("己市检查游乐设施",
                   "己市质监局对城东乐园的游乐设施开展了专项检查，看了设备年检、日常维保、"
                   "应急救援演练和安全责任落实等情况。")
    assert [k for k, _ in got] == ["law_enforcement"]
