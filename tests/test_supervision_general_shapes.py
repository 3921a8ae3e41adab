"""Supervision stats read by their sentence's shape rather than by one report's words: kinds of
product counted before the spot check that covers them, firms counted after 对 with their own
description before their noun and a check after it, and firms whose batches passed with what
they did to the batches (or nothing) between. Invented reports (made-up places, goods and
numbers), parsed end to end."""

from __future__ import annotations

from typing import Any

import pytest

from .report_helpers import picked

_HEAD = "某省市监局通报质量抽检情况\n发布时间：2031-05-06  来源：某局\n"


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(_HEAD + body + "\n", "supervision", "stats", ("metric", "value", "unit"))


@pytest.mark.parametrize(("body", "value"), [
    ("某省局今年对64种产品安排了省一级质量监督抽查。", 64),
    ("某局日前通报台灯、暖风机等15种产品的质量抽检情况。", 15),
    ("戊省局年内先后对童装、插座、电动车头盔等23种产品组织实施了省一级质量抽检。", 23),
    ("己市局日前发布学生文具、儿童玩具、电热毯3种产品质量抽查结果通告。", 3),
    ("辛市局对本地生产的14种建材产品开展了质量抽样检验。", 14),
    ("壬区局发布通告，对5种节令食品实施了专项抽验。", 5),
    ("另有11种产品均对前次未达标企业做了跟踪抽检。", 11),
])
def test_kinds_counted_before_the_check_that_covers_them(body: str, value: int) -> None:
    """对N种产品…开展…抽查, 公布…等N种产品…抽查结果: the kinds a spot check covered, its verb
    far after the count in the clause, in any of the verbs of sampling."""
    assert ("categories_sampled", value, "种") in _stats(body)


@pytest.mark.parametrize("body", [
    "乙县有4种产品抽检合格率不足九成。",  # a rate after the check: the kinds a result fell in
    "其中6种产品抽检不合格率是零。",
    "某局采取飞行检查等2种方式开展抽查。",  # kinds of way, not of goods
    "某市将对25种产品开展监督抽查。",  # still a plan
    "某地8种糕点不合格\n某地糕点质量抽查情况公布",  # failing kinds; the check on the next line
])
def test_kinds_a_result_or_a_plan_counts_are_not_sampled(body: str) -> None:
    """A check followed by its verdict or rate, ways of checking, and a plan: no kinds sampled."""
    assert not any(metric == "categories_sampled" for metric, _, _ in _stats(body))


def test_kinds_a_campaign_targets_stay_targeted() -> None:
    """对N种…产品开展专项整治: a campaign's kinds, not a spot check's."""
    assert _stats("癸市局对6种高风险产品开展专项整治。") == [("categories_targeted", 6, "种")]


@pytest.mark.parametrize(("body", "value", "unit"), [
    ("某局对27家前次抽检未达标的企业开展跟踪抽检。", 27, "家"),
    ("甲市局对38家曾被列入不合格名单的生产企业进行了回头看复查。", 38, "家"),
    ("乙县局对15家持有生产许可证的电线电缆厂家开展了证后核查。", 15, "家"),
    ("丙区局组织力量对20家在辖区卖电动车的经销商逐一检查。", 20, "家"),
    ("丁市局对12户去年抽检不合格的小作坊实施了跟踪抽检。", 12, "户"),
])
def test_firms_described_between_their_count_and_noun(body: str, value: int, unit: str) -> None:
    """对N家<their description>的企业进行了…检查: the firms inspected, a follow-up's too."""
    assert ("enterprises_inspected", value, unit) in _stats(body)


def test_firms_a_check_deals_with_are_not_inspected() -> None:
    """对N家…的企业予以取缔: no verb of checking after them, no firms inspected."""
    assert not any(metric == "enterprises_inspected"
                   for metric, _, _ in _stats("己局对4家涉嫌无证生产的企业予以取缔。"))


@pytest.mark.parametrize(("body", "firms", "batches", "unit"), [
    ("本轮共抽查120家企业生产的130批次产品，其中112家企业生产的121批次产品合格。",
     112, 121, "批次"),
    ("此次共抽检丙县7家企业7个批次样品，检验后有5家企业5个批次样品合格。", 5, 5, "个批次"),
    ("共抽检8家企业的8批次产品，其中6家企业的6批次产品合格。", 6, 6, "批次"),
])
def test_firms_passed_with_their_batches(body: str, firms: int, batches: int, unit: str) -> None:
    """N家企业(生产的)M批次产品合格: the firms passed and their batches, each a figure."""
    found = _stats(body)
    assert ("firms_passed", firms, "家") in found
    assert ("batches_passed", batches, unit) in found


def test_samples_bought_off_the_shelf_are_sampled() -> None:
    """共购样N件，其中M件不符合规定: the samples bought and those that failed."""
    found = _stats("某分局今年买样检测市售文具，总计购样60件，其中7件不符合規定。")
    assert ("batches_sampled", 60, "件") in found
    assert ("batches_failed", 7, "件") in found


@pytest.mark.parametrize(("body", "value"), [
    ("某局抽驗20件吹風機，市售吹風機6成不合格。", 6),
    ("某會檢測30款插座，發現七成以上的樣本存在溫升過高問題。", 7),
    ("某局抽查10件電暖器，計 3 件、占 3 成重要零件與登記不符合。", 3),
    ("某局檢測12款水壺，其中四成標示不符規定。", 4),
    ("某局抽检了一批电线，约5成电线长度短缺。", 5),
])
def test_a_failure_rate_told_in_tenths(body: str, value: int) -> None:
    """N成不合格, 七成以上的…存在…问题, 占N成…不符合: a failure rate in tenths (成)."""
    assert ("failure_rate", value, "成") in _stats(body)


@pytest.mark.parametrize("body", [
    "某局抽查10件電暖器，近三成消費者曾買到不合格商品。",  # people, not goods
    "某局抽查10件電暖器，八成合格。",  # a pass rate
    "某局检查发现，价格上涨三成的商品存在问题。",  # a price's rise
])
def test_tenths_of_people_prices_or_passes_are_no_failure_rate(body: str) -> None:
    """Tenths of consumers, of a price's rise, or of goods that passed: no failure rate."""
    assert not any(metric == "failure_rate" for metric, _, _ in _stats(body))


@pytest.mark.parametrize(("body", "parts"), [
    ("某县全年共接到投诉、咨询、举报9100件。其中，投诉4200件，举报700件。",
     [("complaints_handled", 4200, "件"), ("complaints_handled", 700, "件")]),
    ("某县全年共接到投诉、咨询、举报9100件。其中，投诉4200件，涉及金额260万元。举报700件，"
     "办结率97%。咨询4200件，主要涉及家电。",
     [("complaints_handled", 4200, "件"), ("complaints_handled", 700, "件"),
      ("consultations", 4200, "件")]),
    ("乙县全年收到群众举报和投诉共3100件。其中投诉2000件、举报1100件。",
     [("complaints_handled", 2000, "件"), ("complaints_handled", 1100, "件")]),
    ("丙市受理投诉咨询450件，同比增长8%。投诉310件，咨询140件。",
     [("complaints_handled", 310, "件"), ("consultations", 140, "件")]),
])
def test_parts_of_an_intake_told_in_the_sentences_after_it(
        body: str, parts: list[tuple[Any, ...]]) -> None:
    """…共接到投诉、咨询、举报N件。其中，投诉N件…。举报N件…: each part its own kind's figure."""
    found = _stats(body)
    for part in parts:
        assert part in found


@pytest.mark.parametrize("body", [
    "丁区全年受理投诉举报640件。投诉主要集中在食品领域。",  # no count opens the next sentence
    "丁区接到投诉1200件。咨询热线接听电话300个。",  # a hotline's calls, not a part
])
def test_a_sentence_after_an_intake_with_no_part_adds_nothing(body: str) -> None:
    """The next sentence names a kind but opens on no count of it: no part."""
    assert len(_stats(body)) == 1


def _shares(body: str) -> list[tuple[Any, ...]]:
    return [item for item in picked(_HEAD + body + "\n", "supervision", "stats",
                                    ("metric", "value", "unit", "basis"))
            if item[3] == "share"]


@pytest.mark.parametrize(("body", "metric", "values"), [
    ("按规模分，受检的微型、小型、中型企业各占受检企业总数的3.1%、6.4%、90.5%。",
     "enterprises_inspected", (3.1, 6.4, 90.5)),
    ("小微企业、中型企业占被抽检企业总量的比重依次为10%、90%。", "enterprises_inspected", (10, 90)),
    ("东片、中片、西片抽检批次依次占全国总量的70.2%、18.3%、11.5%。",
     "batches_sampled", (70.2, 18.3, 11.5)),
    ("甲地企业达120家，占全部受检企业的75%。", "enterprises_inspected", (75,)),
    ("生产企业和销售企业分别占受检企业总数的35%和65%。", "enterprises_inspected", (35, 65)),
])
def test_shares_of_what_a_check_sampled(body: str, metric: str, values: tuple[float, ...]) -> None:
    """…各占受检企业总数a%、b%, 受检批次各占全国总数…: each the sample's share."""
    assert _shares(body) == [(metric, value, "%", "share") for value in values]


def test_the_failures_share_of_the_sample_is_not_the_samples() -> None:
    """不合格企业占受检企业总量的8%: the failures' share, not a part of the firms sampled."""
    assert not any(item[0] == "enterprises_inspected" for item in _shares(
        "不合格企业占受检企业总量的8%。"))
