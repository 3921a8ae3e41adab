"""Special equipment: the users a check covered, told in a later sentence that names no
equipment (截至10月20日，已检查使用单位14家; 专项检查开展以来，…检查使用单位12户次; 本次检查共10家),
read by the check the sentence before names — and not when that sentence is of other work or
the later one names other trades' goods. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _users(body: str) -> list[tuple[str, float, str]]:
    text = f"某县特种设备工作简报\n发布时间：2031-05-06  来源：测试日报\n{body}\n"
    report: dict[str, Any] = report_json(text)
    return [(s["equipment"], s["value"], s["unit"])
            for s in report["special_equipment"]["stats"] if s["metric"] == "users_inspected"]


def test_a_sentence_opening_on_a_day_sums_up_the_check_before() -> None:
    """截至10月20日 opens the summary of the lift check the sentences before name: its users
    and maintainers are the check's, of lifts."""
    got = _users("近日，丙县市场监管局对全县住宅电梯开展安全专项检查。检查人员详细查看了电梯的"
                 "维保记录和应急预案。截至10月20日，已检查使用单位14家，维保单位6家，下达指令书3份。")
    assert got == [("lift", 14, "家"), ("lift", 6, "家")]


def test_a_sentence_opening_on_the_checks_time_since_it_began() -> None:
    """专项检查开展以来 points back to the check named before; users counted by the visit (户次)."""
    got = _users("某区市场监管分局近期在全区部署电梯安全专项检查。\n专项检查开展以来，分局先后派出"
                 "检查人员30人次，共检查使用单位12户次。")
    assert got == [("lift", 12, "户次")]


def test_the_check_itself_named_before_a_bare_count_of_places() -> None:
    """本次检查共10家: the places the gas check before covered, users of gas cylinders."""
    got = _users("今年夏季，己县市场监管局对县内各液化气站开展了一次专项检查。\n检查人员逐一核对了"
                 "气瓶的检验标识和充装台账。\n本次检查共10家，均未发现违规充装行为。")
    assert got == [("gas_cylinder", 10, "家")]


def test_no_check_of_the_equipment_before_gives_no_users() -> None:
    """A stock of lifts before (no check) and a food check's count after: no users of lifts."""
    assert _users("全县在用电梯1200台。截至10月20日，已检查使用单位14家。") == []
    assert _users("己县开展食品安全专项检查。\n本次检查共8家，均未发现违法行为。") == []


def test_a_later_sentence_naming_other_goods_is_not_the_checks() -> None:
    """截至9月30日 after a lift check, but counting food sellers: other work's users."""
    assert _users("庚县开展电梯安全专项检查。截至9月30日，已检查食品经营单位30家。") == []
