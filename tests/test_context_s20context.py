"""Places and periods of the twentieth session (issue 12's context): a national check's own
figures are the country's, a local office's part in it is its own place's."""

from __future__ import annotations

from typing import Any

from qsreport.extract.context_national import is_national
from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def parsed(text: str) -> dict[str, Any]:
    return to_jsonable(parse_bytes(text.encode("utf-8"), None))  # type: ignore[no-any-return]


def placed(text: str) -> dict[float, str | None]:
    report = parsed(text)
    return {item["value"]: item["place"]
            for area in ("distinctions", "brands", "supervision", "standards", "metrology",
                         "special_equipment")
            for items in report[area].values() if isinstance(items, list)
            for item in items if "value" in item}


def test_a_national_checks_own_totals_are_the_countrys() -> None:
    """The national office's check, told by its totals: the country's figures."""
    text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
            "近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查140家企业生产的140批次"
            "产品，合格率为93.6%。\n")
    found = placed(text)
    assert found[140] == "全国" and found[93.6] == "全国"


def test_a_local_offices_part_in_a_national_check_is_not_the_countrys() -> None:
    """A bureau telling how its own firms fared in the national check (我局辖区, 本辖区): its
    place's figures, never 全国."""
    for own in ("我局辖区内", "本辖区", "本局抽查的"):
        text = ("童车国家监督专项抽查结果\n2024年3月2日\n"
                f"近日，市场监管总局组织开展了童车国家监督专项抽查，{own}9家企业的9批次产品"
                "被抽查，合格率为88.9%。\n")
        assert placed(text)[88.9] != "全国", own


def test_a_single_county_in_a_national_checks_opening_is_the_reports_place() -> None:
    """One county named alone as the check's subject: its report; a list of provinces or of
    places the failures came from: still the country's check."""
    county = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，宁海县9家企业的9批次"
              "产品被抽查，合格率为88.9%。\n")
    provinces = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，共抽查浙江、江苏、"
                 "广东等6个省的140家企业，合格率为93.6%。\n")
    failures = ("童车抽查\n近日，市场监管总局组织开展了童车国家监督专项抽查，不合格产品涉及宁海、"
                "象山等地。\n")
    assert not is_national(county, (0, 4), 5)
    assert is_national(provinces, (0, 4), 5) and is_national(failures, (0, 4), 5)
