"""Schema 2 keys of the twentieth session (issue 12): goods a check looked over without
sampling them (``products_checked``, in the unit written: 件, 种, 个型号), and standards declared
in public — the firms that declared them (``declaring_firms``) and the products they cover
(``declared_products``) — and the product categories a list of honours spans
(``list_categories``). Nothing of them in version 1. Every sentence here was written for
these tests (made-up places and numbers)."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes
from qsreport.schema_v1 import as_version_1

from .report_helpers import report_json


def _report(text: str) -> dict[str, Any]:
    return report_json(text)


def _stats(text: str, area: str, metric: str) -> list[tuple[float, str]]:
    return [(s["value"], s["unit"]) for s in _report(text)[area]["stats"] if s["metric"] == metric]


def _checked(text: str) -> list[tuple[float, str]]:
    return _stats(text, "supervision", "products_checked")


_CHILDREN = ("柳溪区电器检查\n本报讯 柳溪区市场监管局走访9家家电商场，逐一查验了14个型号的取暖"
             "电器、35种插座有无3C认证标志。\n")


def test_goods_a_check_looked_over_each_count_of_its_list() -> None:
    assert _checked(_CHILDREN) == [(14, "个型号"), (35, "种")]
    # (the shops are still the places inspected)
    assert ("places_inspected", 9) in [(s["metric"], s["value"])
                                       for s in _report(_CHILDREN)["supervision"]["stats"]]


def test_goods_counted_after_the_verb_or_after_their_noun() -> None:
    assert _checked("青岗县玩具清查\n本报讯 为核对境外召回信息，青岗县局走访玩具店40家，共检查1200件产品，"
                    "未发现同款玩具。\n") == [(1200, "件")]
    assert _checked("白沙县检查\n本报讯 白沙县局检查儿童用品及相关产品260种，标识齐全。\n") == [(260, "种")]


def test_appliances_called_qi_ju_are_goods_measuring_instruments_are_not() -> None:
    """器具 ends a name of goods (燃气器具) as well as of measuring instruments (计量器具):
    only the latter keep the sentence out."""
    assert _checked("南坪县燃气\n本报讯 南坪县局检查燃气器具40种，均有认证标志。\n") == [(40, "种")]
    assert _checked("南坪县检查\n本报讯 南坪县局检查了60件儿童用品和12种厨房器具。\n") == [
        (60, "件"), (12, "种")]
    assert _checked("南坪县计量\n本报讯 南坪县局检查农贸市场在用计量器具150件。\n") == []


def test_goods_sampled_at_fault_or_seized_are_not_looked_over() -> None:
    """A spot check's kinds (categories_sampled), goods found at fault or seized, measuring
    instruments (metrology's): other figures."""
    for text in ("东河县抽检\n本报讯 本次抽检共检查了30种产品，合格率为95%。\n",
                 "东河县执法\n本报讯 执法人员共检查不合格产品12件。\n",
                 "东河县执法\n本报讯 该局检查发现并查扣假冒插座80件。\n",
                 "东河县计量\n本报讯 东河县局检查集贸市场在用电子秤等计量器具300件。\n"):
        assert _checked(text) == []


_DECLARED = ("甲市标准化工作\n本报讯 去年，甲市有1300家企业在企业标准信息公共服务平台上自我声明公开了"
             "企业标准6200项，涵盖产品8500余种。\n")


def test_firms_declaring_their_standards_and_the_products_covered() -> None:
    assert _stats(_DECLARED, "distinctions", "declaring_firms") == [(1300, "家")]
    assert _stats(_DECLARED, "distinctions", "declared_products") == [(8500, "种")]
    # (the standards themselves stay a standards count)
    assert [(c["level"], c["value"]) for c in _report(_DECLARED)["standards"]["counts"]] \
        == [("enterprise", 6200)]


def test_declaring_firms_counted_after_their_words() -> None:
    text = "乙省标准化\n本报讯 截至目前，乙省自我声明公开标准的企业达到2.4万家，覆盖1.1万种产品。\n"
    assert _stats(text, "distinctions", "declaring_firms") == [(2.4, "万家")]
    assert _stats(text, "distinctions", "declared_products") == [(1.1, "万种")]


def test_firms_trained_and_products_of_no_declaring_are_none() -> None:
    assert _stats("丙县培训\n本报讯 丙县共有300家企业参加自我声明公开培训。\n",
                  "distinctions", "declaring_firms") == []
    assert _stats("丁市标准\n本报讯 丁市今年新增国家标准12项，涵盖产品200种。\n",
                  "distinctions", "declared_products") == []
    # (a pledge declared is no standard declared)
    assert _stats("戊县承诺\n本报讯 戊县共有420家食品企业签署了质量安全承诺自我声明。\n",
                  "distinctions", "declaring_firms") == []


def test_a_lists_categories() -> None:
    assert _stats("甲省品牌\n本报讯 甲省本年度品牌评价评选出8类、计96个“甲省优品”品牌。\n",
                  "distinctions", "list_categories") == [(8, "类")]
    assert _stats("领跑者名单\n本报讯 丙省今年的领跑者榜单共涉及40个产品类别，60家企业上榜。\n",
                  "distinctions", "list_categories") == [(40, "个产品类别")]
    assert _stats("乙市名牌\n本报讯 乙市名牌产品名单涵盖30类产品，共有150个品牌上榜。\n",
                  "distinctions", "list_categories") == [(30, "类")]


def test_kinds_sampled_or_targeted_are_no_lists_categories() -> None:
    for text in ("丙市抽检\n本报讯 丙市今年抽检了12类产品，合格率96%。\n",
                 "丁县整治\n本报讯 丁县将名单内的8类名牌产品纳入专项整治。\n"):
        assert _stats(text, "distinctions", "list_categories") == []


def test_version_1_has_none_of_them() -> None:
    for text in (_CHILDREN, _DECLARED):
        v1 = to_jsonable(as_version_1(parse_bytes(text.encode(), None, ParseOptions())))
        assert not any(s["value"] in (14, 35, 1300, 8500) for s in v1["supervision"]["stats"])
        assert "distinctions" not in v1
