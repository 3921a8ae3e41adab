"""A product test's release as Taiwan's and Hong Kong's bureaus write it: the sample counted
after where the goods came from (檢驗市售20件), a result told right after it with no word that
picks it out (…，5件…低於額定值), failures named by the test they failed, quoted before the
count (計有「耐壓」2件及「溫升」1件不符合規定), a rated value fallen short of, and a label that
breaks the rules (違規). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import picked


def _stats(body: str) -> list[tuple[Any, ...]]:
    return picked(f"某局公布抽驗結果\n發布時間：2031-06-07  來源：測試日報\n{body}",
                  "supervision", "stats", ("metric", "value", "unit"))


def test_a_sample_counted_after_the_goods_origin() -> None:
    """檢驗市售20件: the sample, 市售 between the test and the count."""
    got = _stats("某局日前公布檢驗市售20件電熱水瓶結果，5件功率皆低於額定值。")
    assert got == [("batches_sampled", 20, "件"), ("batches_failed", 5, "件")]


def test_failures_named_by_their_test_share_one_verdict() -> None:
    """計有「耐壓」2件及「溫升」3件不符合規定: each count a failure."""
    got = _stats("某局購買12件吹風機進行檢測，結果計有「耐壓」2件及「溫升」3件不符合標準要求。")
    assert got == [("batches_sampled", 12, "件"), ("batches_failed", 2, "件"),
                   ("batches_failed", 3, "件")]


def test_a_label_breaking_the_rules_is_a_failure() -> None:
    """中文標示也有4件違規: a failure of the sample counted before."""
    got = _stats("某局抽驗市售15件延長線，中文標示也有4件違規。")
    assert got == [("batches_sampled", 15, "件"), ("batches_failed", 4, "件")]


def test_a_count_with_no_sample_before_is_no_failure() -> None:
    """海關檢獲30件…，8件違規: no sample in its unit before, so no failure."""
    got = _stats("海關在某區檢獲30件玩具，另有8件違規存放。")
    assert ("batches_failed", 8, "件") not in got


def test_other_forms_of_the_family() -> None:
    """Sentences written after the rule: 抽測市面上的…款, a result opening its clause, a rated
    capacity, 違反規定."""
    assert _stats("某會抽測市面上的16款行動電源，3款容量較額定容量低。") == [
        ("batches_sampled", 16, "款"), ("batches_failed", 3, "款")]
    assert _stats("某局檢測網購的9件兒童雨衣，其中2件違反規定。") == [
        ("batches_sampled", 9, "件"), ("batches_failed", 2, "件")]


def test_more_forms_written_after_the_rule() -> None:
    """A rated power, two quoted tests and a comma between, a label's breach after 网购, a test
    not passed after 结果, 与标示不符."""
    assert _stats("某會測試市面上的18款電飯煲，4款的實際功率低於額定功率。") == [
        ("batches_sampled", 18, "款"), ("batches_failed", 4, "款")]
    assert _stats("某局抽驗市售12件安全帽，計有「耐穿透」2件、「衝擊」1件不符合規定。") == [
        ("batches_sampled", 12, "件"), ("batches_failed", 2, "件"), ("batches_failed", 1, "件")]
    assert _stats("某處檢驗網購的20件玩具，中文標示有3件違規。") == [
        ("batches_sampled", 20, "件"), ("batches_failed", 3, "件")]
    assert _stats("某局檢測市售15件插頭，結果2件未通過耐熱試驗。") == [
        ("batches_sampled", 15, "件"), ("batches_failed", 2, "件")]
