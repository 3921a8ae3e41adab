"""An instrument's measured error as reports also write it: signed (最高达+2.25%), as a share in
words (少加千分之6的油, 差误率达百分之六), the highest told in the clause after the one naming the
error, and Hong Kong's weighing instruments (量重器具, 针磅). Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _errors(body: str) -> list[tuple[str, float, str]]:
    text = f"甲市公布计量检查结果\n发布时间：2031-02-03  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(s["instrument"], s["value"], s["unit"]) for s in report["metrology"]["stats"]
            if s["metric"] == "measured_error"]


def test_a_share_in_words_per_mille_and_not_the_allowed_error() -> None:
    """许可误差为正负千分之5 is allowed; 少加千分之7的油 is the error, in ‰."""
    got = _errors("甲市消保官检验加油机油量计，许可误差为正负千分之5，但有1支油量计少加千分之7的油。")
    assert got == [("fuel_dispenser", 7, "‰")]


def test_the_highest_error_signed_in_the_clause_after() -> None:
    """示值误差都在1%以上，最高达+1.85%: the highest, signed; not the bound."""
    got = _errors("丙县12把加油枪示值误差都在1%以上，最高达+1.85%。")
    assert got == [("fuel_dispenser", 1.85, "%")]


def test_an_error_rate_in_words_of_hong_kongs_weighing_instruments() -> None:
    """…的差误率高达百分之八 (Hong Kong's word for the error of weighing instruments): scales, 8 %."""
    got = _errors("乙区海关在街市检获三把怀疑不准确的量重器具，其中一把是针磅；"
                  "初步检验后得知，它们的差误率高达百分之八。")
    assert got == [("scale", 8, "%")]
