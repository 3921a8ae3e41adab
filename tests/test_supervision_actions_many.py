"""Several campaigns of one kind in one report: each campaign the text names distinctly is an
action of its own, and a campaign named again stays one. Invented reports, parsed end to
end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _headed(headline: str, body: str) -> list[tuple[str, str]]:
    text = f"{headline}\n发布日期：2031-06-02  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def _actions(body: str) -> list[tuple[str, str]]:
    return _headed("某地监管动态", body)


def test_a_list_of_fields_before_one_campaign_word_is_still_one_campaign() -> None:
    """食品、建材及家电专项打假: one campaign against fakes over three fields."""
    body = "今年以来，戊县市场监管局开展食品、建材及家电专项打假，查处案件12起。"
    assert [kind for kind, _ in _actions(body)] == ["anti_counterfeiting"]


def test_a_bare_campaign_and_a_named_one_of_its_kind_told_apart_are_two() -> None:
    """开展了专项检查 in one sentence, 某某专项检查 in another: two checks of one kind."""
    body = ("入冬以来，己县市场监管局对全县学校食堂开展了专项检查，检查食堂46家。"
            "同时，各乡镇市场监管所对加气站开展天然气加气机安全专项检查，检查加气站9家。")
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds.count("law_enforcement") == 2


def test_a_footer_repeating_the_headline_names_the_campaign_of_the_body_again() -> None:
    """A footer line naming the headline's check is the one the body's bare word tells."""
    body = ("近日，庚县市场监管局对全县商场自动扶梯开展了专项检查，检查扶梯58台。"
            "查看原文：庚县开展商场自动扶梯安全专项检查")
    kinds = [kind for kind, _ in _headed("庚县开展商场自动扶梯安全专项检查", body)]
    assert kinds.count("law_enforcement") == 1


def test_a_point_headed_by_a_bare_kind_names_its_one_campaign_in_its_body() -> None:
    """（二）深入推进打假治劣。 then a named drive against fakes under it: one campaign."""
    body = ("（二）深入推进打假治劣。\n"
            "会同公安部门开展“清风”打假行动，查获假冒电线1800卷，立案查处案件15起。")
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds.count("anti_counterfeiting") == 1


def test_a_named_campaign_told_as_a_part_after_its_bare_one_is_that_one() -> None:
    """开展了专项整治。其中，某某专项整治…: a part of the one told before, not another."""
    body = ("今年，辛县市场监管局在全县开展了专项整治。"
            "其中，农村小作坊专项整治取缔无证作坊6家。")
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds.count("special_rectification") == 1


def test_a_named_campaign_on_one_of_the_fields_listed_before_is_that_one() -> None:
    """开展了甲、乙及丙专项打假。在乙专项打假行动中…: one field of the drive told before."""
    body = ("壬县市场监管局开展了服装、鞋帽及箱包专项打假。"
            "在鞋帽专项打假行动中查处案件5起。")
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds.count("anti_counterfeiting") == 1


def test_a_named_campaign_asked_for_after_a_bare_one_is_no_second_campaign() -> None:
    """开展了专项检查。… 今年要深化某某专项检查行动: asked for, not carried out beside it."""
    body = ("癸县市场监管局对全县加油站开展了专项检查，检查加油机40台。"
            "今年要深化以学校周边为重点的文具质量专项检查行动。")
    kinds = [kind for kind, _ in _actions(body)]
    assert kinds.count("law_enforcement") == 1
