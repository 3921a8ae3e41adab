"""A programme that promotes brands or geographical indications, named by what it does for
them (品牌提升行动, “品牌万里行”, 地理标志助力乡村振兴行动), is promotion, no supervision
campaign; a campaign that protects them stays one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _kinds(body: str) -> list[str]:
    text = f"某地质量动态\n发布日期：2031-11-20  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_brand_raising_programme_is_no_campaign() -> None:
    body = "乙县启动了竹编品牌提升行动，帮8家作坊重新设计包装。"
    assert _kinds(body) == []


def test_a_brand_tour_is_no_campaign() -> None:
    body = "丙市两家酒厂加入了“品牌万里行”，下月赴北方城市推介。"
    assert _kinds(body) == []


def test_a_geographical_indication_programme_for_villages_is_no_campaign() -> None:
    body = "丁县开展地理标志助力乡村振兴行动，帮4个地理标志产品打开销路。"
    assert _kinds(body) == []


def test_a_campaign_protecting_a_geographical_indication_stays_one() -> None:
    body = "己县市场监管局开展“己县山茶油”地理标志商标保护专项行动，走访油坊和商铺25家。"
    assert _kinds(body) == ["other"]
