"""The words of a check besides 检查 that a report's lead or headline may carry out on a class
of places, units or equipment (督导检查, 清查, 核查 and Taiwan's 查核, 交叉互查), and the near
words that name no campaign (复查, a bare 排查, patrols as a noun): invented reports, parsed
end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2021-06-08  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def _kinds(title: str, body: str) -> list[str]:
    return [kind for kind, _ in _actions(title, body)]


def test_a_supervising_check_of_a_class_in_the_lead_is_enforcement() -> None:
    """A lead's 督导检查 of a class of units, carried out by teams formed for it, is the
    report's check of enforcement (the bicycles its trade sells are no firm's own habit)."""
    got = _actions("甲市检查电动自行车门店",
                   "6月上旬，甲市市场监管局会同交警部门组成5个督导组，对全市17个街道的电动自行车"
                   "门店开展督导检查，共走访门店64家。")
    assert got == [("law_enforcement", "全市17个街道的电动自行车门店开展督导检查")]


def test_a_sweep_or_a_verifying_check_of_a_class_in_the_lead_is_enforcement() -> None:
    """清查 and 核查 (查核 as Taiwan writes it) of a class of places carried out in the lead are
    checks of enforcement, as 检查 is."""
    assert _kinds("乙县清查散装食品摊点",
                  "近日，乙县市场监管局对辖区各农贸市场的散装食品摊点进行了清查，责令停业4家。") \
        == ["law_enforcement"]
    assert _kinds("丙区核查获证企业",
                  "5月，丙区市场监管局对全区所有获证企业开展现场核查，发现问题11个。") \
        == ["law_enforcement"]
    assert _kinds("某縣稽查賣場",
                  "某縣消保官針對轄區內大型賣場等消費場所進行查核，發現5處缺失。") \
        == ["law_enforcement"]


def test_a_check_of_papers_is_no_campaign() -> None:
    """A 核查 whose object closes on papers (材料, 台账) is desk work, no campaign."""
    assert _actions("丁县审核申报",
                    "近日，丁县市场监管局对全县各类企业报送的申报材料进行核查，退回3份。") == []


def test_a_cross_check_launched_in_the_headline_is_enforcement() -> None:
    """A headline that launches a check the offices of two regions make on each other's firms
    (启动…交叉互查) names the report's campaign of enforcement; one to be launched is none."""
    got = _actions("两地启动电线电缆生产企业交叉互查",
                   "甲乙两地监管部门本月商定，由双方抽调人员组成检查组，相互检查对方辖区企业。")
    assert got == [("law_enforcement", "电线电缆生产企业交叉互查")]
    assert _actions("两地将启动电线电缆生产企业交叉互查",
                    "甲乙两地监管部门本月商定，由双方抽调人员组成检查组。") == []


def test_the_published_results_of_a_check_are_enforcement() -> None:
    """A report that publishes a check's results (公布…查核结果) holds that check, of kind
    law_enforcement, where it names no campaign; a sampling's results stay a spot check."""
    assert _kinds("某處公布遊樂設施查核結果",
                  "某縣消保處今天公布4個鄉鎮、19處遊樂場所的遊樂設施查核結果，有6處不合規定。") \
        == ["law_enforcement"]
    assert _kinds("某局公布抽检结果",
                  "某市市场监管局今天发布了某市儿童用品质量抽检结果，合格率为91.2%。") \
        == ["spot_check"]


def test_a_second_look_or_a_bare_sweep_in_the_lead_is_no_campaign() -> None:
    """复查 of firms found at fault and a bare 排查 are no check of enforcement; nor is a
    supervising check the lead only plans."""
    assert _actions("戊县回访问题企业",
                    "近日，戊县市场监管局对上月检查中发现问题的9家企业进行了复查，均已整改。") == []
    assert "law_enforcement" not in _kinds(
        "己区排查燃气用户", "近日，己区市场监管局对辖区各餐饮店的燃气软管进行了排查，更换软管30根。")
    assert _actions("庚市部署检查", "下月，庚市市场监管局将对全市各街道开展督导检查。") == []


def test_patrols_as_a_noun_are_no_campaign() -> None:
    """Patrols weighed as a share or an effect (突击巡查只占…, 某署的巡查…) tell how the
    patrols go, no patrol carried out."""
    assert _actions("突击巡查只占一成 某署巡查成效受质疑",
                    "某公署调查指出，某署的巡查多数事先通知承办商，削弱巡查的威慑。") == []


def test_the_course_manner_or_deterrence_of_patrols_is_no_campaign() -> None:
    """Patrols as a noun in the course of which something is found (在巡查过程中发现…), their
    manner or needs (巡查方式, 巡查须停机) and their deterrence (削弱巡查威慑力) tell no patrol
    carried out as a campaign."""
    assert _actions("卯县一锅炉被责令停用",
                    "卯县市场监管局的监察员在巡查过程中发现，某厂一台锅炉未经检验。") == []
    assert _actions("某署巡查制度受质疑",
                    "某公署指出，某署巡查须暂停设备运作，巡查方式单一，又削弱巡查威慑力。") == []


def test_a_headline_that_tells_patrols_by_their_object_holds_them() -> None:
    """A headline's patrol with its object (某署巡查全区手机店, 加强巡查各购物点) is the
    report's enforcement where the lead counts the patrols or names the places before the
    verb; one a headline urges on a body (某公署促增巡查, 建议加强巡查) is none."""
    assert _kinds("某署巡查全区手机店 发现15件不合格充电器",
                  "某署本周起到各区，进行了42次巡查，发现15件充电器没有安全标签。") \
        == ["law_enforcement"]
    assert _kinds("某署加强巡查各旅游购物点 提醒商户诚信经营",
                  "节日将至，某署上周起在各区的旅游购物点加强巡查，提醒商户如实标价。") \
        == ["law_enforcement"]
    assert _actions("某公署指某署监管欠力 促增巡查提升成效",
                    "某公署今天发表调查报告，指出某署对游乐设施的监管有五方面不足。") == []
    assert _actions("某议员建议加强巡查各旅游购物点",
                    "某议员今天表示，有商户涉嫌误导旅客，当局应检讨现行监管。") == []
