"""Schema 2 keys of the nineteenth session's third round (issue 12): a region's sampling
density (``sampling_density``, 批次/千人) and a sampling's coverage rate (``sampling_coverage``,
抽检覆盖率), and special equipment its users reported out of service (``out_of_service``,
``users_out_of_service``, 报停). Nothing of them in version 1. Every sentence here was written
for these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.schema_v1 import as_version_1

from .report_helpers import report_json


def _report(text: str) -> dict[str, Any]:
    return report_json(text)


def _stats(text: str, area: str = "supervision") -> list[tuple[str, float, str, Any]]:
    return [(s["metric"], s["value"], s["unit"], s.get("basis"))
            for s in _report(text)[area]["stats"]]


_DENSITY = ("青溪市食品抽检\n本报讯 去年青溪市共完成食品抽检8120批次，抽检量达到4.6批次/千人，"
            "比前年的3.9批次/千人增加了0.7批次/千人。\n")


def test_density_its_earlier_level_and_its_change() -> None:
    stats = [s for s in _stats(_DENSITY) if s[0] == "sampling_density"]
    assert [(s[1], s[2]) for s in stats] == [(4.6, "批次/千人"), (3.9, "批次/千人"), (0.7, "批次/千人")]
    assert stats[2][3] == "change" and stats[0][3] != "change"


def test_density_in_other_spellings() -> None:
    assert ("sampling_density", 3, "批/千人") in [
        s[:3] for s in _stats("丁县抽检\n本报讯 丁县今年食品抽检量为3批/千人。\n")]
    assert any(s[0] == "sampling_density" and s[1] == 2.5 for s in _stats(
        "戊县抽检\n本报讯 戊县食品抽检达到2.5批次每千人。\n"))


def test_coverage_once_for_a_number_two_names_share() -> None:
    stats = _stats("乙市食品抽检\n本报讯 乙市在售预包装食品类别抽检覆盖率、本地生产企业抽查覆盖率均达到"
                   "100%。食品抽检总体合格率为97.2%。\n")
    assert [s[:3] for s in stats if s[0] == "sampling_coverage"] == [("sampling_coverage", 100, "%")]
    assert ("pass_rate", 97.2, "%") in [s[:3] for s in stats]


def test_other_coverage_is_no_sampling_coverage() -> None:
    """A metrology verification's coverage (受检覆盖率) and a watch's (监管覆盖率) are not a
    sampling's."""
    for text in ("丙县计量\n本报讯 丙县集贸市场电子秤受检覆盖率达到95%。\n",
                 "丙县监管\n本报讯 丙县对小作坊的监管覆盖率达到90%。\n"):
        assert not any(s[0] == "sampling_coverage" for s in _stats(text))


_STOPPED = ("松岭县电梯检查\n本报讯 截至目前，松岭县局共检查210台特种设备，报停21家 54台设备。另有"
            "12台电梯已办理报停手续。\n")


def test_equipment_and_users_out_of_service() -> None:
    stats = _stats(_STOPPED, "special_equipment")
    assert ("users_out_of_service", 21, "家") in [s[:3] for s in stats]
    assert [s[1] for s in stats if s[0] == "out_of_service"] == [54, 12]
    assert not any(s[0] == "sealed" for s in stats)  # (stopped by the users, not sealed)


def test_version_1_has_none_of_them() -> None:
    for text in (_DENSITY, _STOPPED):
        v1 = to_jsonable(as_version_1(parse_bytes(text.encode(), None, ParseOptions())))
        assert not any(s["metric"] in ("sampling_density", "sampling_coverage")
                       for s in v1["supervision"]["stats"])
        assert not any(s["value"] in (4.6, 3.9, 0.7) for s in v1["supervision"]["stats"])


def test_weight_shortfall_each_end_of_its_range() -> None:
    """Goods lighter than their label or the seller's word: the shortfall in % after the
    comparison, each end of a range a figure (in figures, with a bare first end, or in words)."""
    def shortfalls(text: str) -> list[float]:
        return [s[1] for s in _stats(text) if s[0] == "weight_shortfall"]
    assert shortfalls("甲区短秤\n本报讯 执法人员称四个摊档卖出的坚果实际重量比店主宣称的轻5%到17%。\n") \
        == [5, 17]
    assert shortfalls("甲区短秤\n本报讯 抽查发现三批糕点的净含量比标示的少4至11%。\n") == [4, 11]
    assert shortfalls("乙区短秤\n本报讯 所购鱼干的净含量较其标示的少，差额从百分之十三到百分之三十。\n") \
        == [13, 30]
    assert shortfalls("丙区短秤\n本报讯 一家店铺出售的腊肠份量短少9%。\n") == [9]


def test_no_shortfall_without_a_percent_near_it() -> None:
    """A shortfall in grams, or a % far past the comparison, is none."""
    assert not any(s[0] == "weight_shortfall" for s in _stats(
        "丁区短秤\n本报讯 该批大米实际重量较标示的轻了300克，今年以来全区商品量抽查合格率为96.5%。\n"))
