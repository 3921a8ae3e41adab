"""Papers counted right after their name (有效证书, 许可证, 认证证书), a licence 办理ed for firms,
the organic farm label's products, and counts that are no grant: firms checked for whether they
hold a licence, firms helped because they hold no certificate. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"丁市质量工作简报\n发布时间：2031-05-06  来源：测试日报\n{body}",
                  "certification", "stats", ("metric", "scheme", "value", "unit"))


def test_licences_counted_right_after_their_name_are_licensed() -> None:
    """各类许可证共N张: the licences held."""
    assert _stats("丁市市场监管局登记在册的各类许可证共3000张。") == [
        ("licensed", "any", 3000, "张")]


def test_certificates_counted_from_one_level_to_the_next_are_both_certified() -> None:
    """认证证书由1.2万张增至2.6万张: the first level and the one it grew to."""
    assert _stats("五年来，全省认证证书由1.2万张增至2.6万张。") == [
        ("certified", "any", 1.2, "万张"), ("certified", "any", 2.6, "万张")]


def test_a_licence_handled_for_firms_counts_the_firms_and_the_papers() -> None:
    """为N家企业办理《某某许可证》M张: the firms and the papers, licensed."""
    assert _stats("开业前夕，乙区分局开通绿色通道，为20家新开超市集中办理《食品经营许可证》30张，"
                  "并上门宣讲200人次。") == [
        ("licensed", "any", 20, "家"), ("licensed", "any", 30, "张")]


def test_papers_lost_or_of_other_work_are_no_grant() -> None:
    """注销许可证3张 stays revoked; 无效证书, 检定证书: no grant."""
    assert _stats("全年注销许可证3张，另有无效证书11张。") == [("revoked", "any", 3, "张")]


def test_organic_farm_products_are_of_the_farm_labels() -> None:
    """获得认证的有机农产品N个: agricultural, not a certification of no scheme."""
    assert _stats("丁市近年大力发展生态种植，获得认证的有机农产品50个，绿色食品300个。") == [
        ("certified", "agricultural", 50, "个"), ("certified", "agricultural", 300, "个")]


def test_firms_checked_for_whether_they_hold_a_licence_are_not_licensed() -> None:
    """对N家企业是否具有生产许可证…进行核对: the check's firms."""
    assert _stats("检查组在乙镇对30家米粉加工厂是否具有生产许可证、进货台账是否齐全进行了核对。") == []


def test_firms_without_a_certification_helped_are_not_certified() -> None:
    """对N家尚未通过…认证的企业开展指导: no certified firms (the 证 of 认证 is no paper held)."""
    assert _stats("为补齐短板，丙县局对辖区10家尚未通过环境管理体系认证的中小企业派驻指导员，"
                  "协助其完善内部流程。") == []


def test_papers_a_check_went_through_are_no_grant() -> None:
    """逐户核查各类许可证共60张: the check's papers."""
    assert _stats("执法人员逐户核查各类许可证共60张，未发现过期情况。") == []
