"""A programme that promotes brands or geographical indications, named by what it does for
them (品牌提升行动, “品牌万里行”, 地理标志助力乡村振兴行动), is promotion, no supervision
campaign; a campaign that protects them stays one. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _kinds(body: str) -> list[str]:
    text = f"某地质量动态\n发布日期：2031-11-20  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [a["kind"] for a in report["supervision"]["actions"]]


def test_a_brand_raising_programme_is_no_campaign() -> None:
    body = "甲县今年开展了茶叶品牌提升行动，组织12家茶企到省城参加展会。"
    assert _kinds(body) == []


def test_a_brand_tour_is_no_campaign() -> None:
    body = "乙市三家食品企业报名参加了“品牌万里行”，将带着产品到沿海城市展销。"
    assert _kinds(body) == []


def test_a_geographical_indication_programme_for_villages_is_no_campaign() -> None:
    body = "丁县深入开展地理标志助力乡村振兴行动，扶持3个地理标志产品做大做强。"
    assert _kinds(body) == []


def test_a_campaign_protecting_a_geographical_indication_stays_one() -> None:
    body = "戊市市场监管局开展“戊市蜜柚”地理标志商标保护专项行动，检查果品商户40家。"
    assert _kinds(body) == ["other"]
