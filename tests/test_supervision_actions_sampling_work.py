"""A sampling of goods' quality named as the work a bureau carries out, right after the verb
that carries it out (进行了质量抽检, 开展抽样检测, 实施了商品质量抽查) or closed by the word for the
work (开展…质量缺陷抽查工作): a spot check. A bare 进行抽检, a matter of degree, a plan, a way of
working or a directive is none. Invented reports (made-up places, goods and numbers), parsed
end to end."""

from __future__ import annotations

import pytest

from .report_helpers import area_items

HEADER = "甲市质量工作动态\n发布日期：2031-04-18 来源：测试晨报\n"


def _actions(body: str) -> list[str]:
    return [a["kind"] for a in area_items(HEADER + body + "\n", "supervision", "actions")]


@pytest.mark.parametrize("body", [
    "乙县市场监管局近日对辖区内的童装生产企业开展了质量抽检工作，共抽取样品12批次。",
    "某局组织对全县3家面粉厂的产品进行了质量抽检。",
    "丙市质检所对全市加油站的柴油进行了抽样检测，合格率为95%。",
    "丁区以化肥、农药为重点开展质量抽检。",
    "某局对辖区内的家具企业开展了质量缺陷抽查工作。",
    # (written after the rule, in other verbs, objects and words for the work)
    "乙市计量所对辖区内的食用油进行了抽样检验，结果全部合格。",
    "某局于5月实施了商品质量抽检，涉及服装、鞋类、箱包三类商品。",
    "丙区对学校周边文具店销售的文具开展质量安全抽查活动。",
    "丁县对农资门店经营的种子开展了抽样检查。",
])
def test_a_quality_sampling_carried_out_is_a_spot_check(body: str) -> None:
    """…进行了质量抽检, 开展了抽样检测, …质量缺陷抽查工作: the campaign the keys name."""
    assert _actions(body) == ["spot_check"]


@pytest.mark.parametrize("body", [
    "某局加大质量抽检力度。",
    "某局工作人员对种子进行抽检。",
    "某局进行质量抽检的方式是随机抽取。",
    "各地要认真组织质量抽检，做到规范统一。",
    "某局开展质量抽检工作会议。",
])
def test_a_sampling_of_no_goods_quality_or_no_work_done_is_none(body: str) -> None:
    """Near misses: a bare sampling, its force, its way, a directive, a meeting."""
    assert _actions(body) == []
