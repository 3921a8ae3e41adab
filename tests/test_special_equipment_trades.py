"""Users named by the trade they run are users of the equipment the trade names. The
bottled-gas trade in its own words — shops that sell it (瓦斯行), plants that fill cylinders
(分装厂, 灌装厂), the sale points and the shops that burn it in one check's list, a filling
station named by its cylinders a few words after the count — are users of gas cylinders; a
gas grid's operators of pipelines; an amusement park of rides. A sale point of other goods
stays no user, and a venue of any kind (游乐场所) names no rides. Invented reports, parsed
end to end."""

from __future__ import annotations

from typing import Any

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import parse_bytes


def _users(body: str) -> list[tuple[str, float]]:
    text = f"本地新闻\n发布时间：2031-05-06  来源：测试日报\n{body}"
    report: dict[str, Any] = to_jsonable(parse_bytes(text.encode("utf-8"), None))
    return [(s["equipment"], s["value"]) for s in report["special_equipment"]["stats"]
            if s["metric"] == "users_inspected"]


def test_gas_shops_and_filling_plants_are_cylinder_users() -> None:
    """稽查…灌装厂3家及…等17家瓦斯行: both counts are users of gas cylinders."""
    got = _users("乙县联合稽查小组本月稽查液化气灌装厂3家及甲记、乙记等17家瓦斯行，"
                 "抽查瓦斯桶60支。")
    assert ("gas_cylinder", 3) in got
    assert ("gas_cylinder", 17) in got


def test_sale_points_and_shops_burning_gas_in_the_checks_list() -> None:
    """检查气瓶充装单位2家，销售点4家，使用经营户28家: each item is a user."""
    got = _users("丙区局开展瓶装液化气安全检查，检查气瓶充装单位2家，销售点4家，"
                 "使用经营户28家，发现隐患5处。")
    assert got == [("gas_cylinder", 2), ("gas_cylinder", 4), ("gas_cylinder", 28)]


def test_filling_stations_named_a_few_words_after_the_count() -> None:
    """对全市25个正在运营的气瓶充装站…进行了检查: 25 users."""
    got = _users("丁市质监局对全市25个正在运营的气瓶充装站的5万只液化石油气瓶进行了安全检查。")
    assert ("gas_cylinder", 25) in got


def test_a_sale_point_of_other_goods_is_no_user() -> None:
    """检查电梯使用单位6家，电动车销售点9家: the 9 sale points are no users."""
    got = _users("戊县局开展电梯安全检查，检查电梯使用单位6家，电动车销售点9家。")
    assert ("lift", 6) in got
    assert all(value != 9 for _, value in got)


def test_a_gas_grids_operators_and_an_amusement_park_name_their_kind() -> None:
    """…燃气管网运营单位4家、大型游乐场2家: pipeline users, amusement-ride users."""
    got = _users("己市开展特种设备安全检查，共检查特种设备使用单位30家，其中电梯使用单位20家、"
                 "城镇燃气管网运营单位4家、大型游乐场2家。")
    assert ("pressure_pipeline", 4) in got
    assert ("amusement_ride", 2) in got


def test_a_venue_of_any_kind_names_no_rides() -> None:
    """检查游乐场所等人员密集场所9家: users of no kind named (游乐场所 is any venue)."""
    got = _users("庚县局开展特种设备检查，检查游乐场所等人员密集场所9家。")
    assert ("amusement_ride", 9) not in got
