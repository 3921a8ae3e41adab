"""Users named by the trade they run are users of the equipment the trade names. The
bottled-gas trade in its own words — shops that sell it (瓦斯行), plants that fill cylinders
(分装厂, 灌装厂), the sale points and the shops that burn it in one check's list, a filling
station named by its cylinders a few words after the count — are users of gas cylinders; a
gas grid's operators of pipelines; an amusement park of rides. A sale point of other goods
stays no user, and a venue of any kind (游乐场所) names no rides. Invented reports (made-up
places and numbers), parsed end to end."""

from __future__ import annotations

from .report_helpers import report_json


def _users(body: str) -> list[tuple[str, float]]:
    text = f"本地新闻\n发布时间：2031-05-06  来源：测试日报\n{body}"
    return [(s["equipment"], s["value"]) for s in report_json(text)["special_equipment"]["stats"]
            if s["metric"] == "users_inspected"]


def test_gas_shops_and_filling_plants_are_cylinder_users() -> None:
    """稽查…灌装厂3家及…等17家瓦斯行: both counts are users of gas cylinders."""
    got = _users("乙县联合稽查小组本月稽查液化气灌装厂3家及甲记、乙记等17家瓦斯行，"
                 "抽查瓦斯桶60支。")
    assert ("gas_cylinder", 3) in got
    assert ("gas_cylinder", 17) in got


def test_sale_points_and_shops_burning_gas_in_the_checks_list() -> None:
    """检查气瓶充装单位1家，销售点6家，使用经营户15家: each item is a user."""
    got = _users("乙镇开展液化气安全排查，本周检查气瓶充装单位1家，销售点6家，使用经营户15家，"
                 "责令整改3处。")
    assert got == [("gas_cylinder", 1), ("gas_cylinder", 6), ("gas_cylinder", 15)]


def test_filling_stations_named_a_few_words_after_the_count() -> None:
    """排查了县内8个仍在营业的气瓶充装站: 8 users."""
    got = _users("甲县局上月逐一排查了县内8个仍在营业的气瓶充装站，共涉及钢瓶3000只。")
    assert ("gas_cylinder", 8) in got


def test_a_sale_point_of_other_goods_is_no_user() -> None:
    """检查电梯使用单位6家，电动车销售点9家: the 9 sale points are no users."""
    got = _users("戊县局开展电梯安全检查，检查电梯使用单位6家，电动车销售点9家。")
    assert ("lift", 6) in got
    assert all(value != 9 for _, value in got)


def test_a_gas_grids_operators_and_an_amusement_park_name_their_kind() -> None:
    """…天然气管网运营单位3家、大型游乐场1家: pipeline users, amusement-ride users."""
    got = _users("本次行动检查各类特种设备使用单位50家，包括天然气管网运营单位3家、大型游乐场1家、"
                 "锅炉使用单位10家。")
    assert ("pressure_pipeline", 3) in got
    assert ("amusement_ride", 1) in got


def test_a_venue_of_any_kind_names_no_rides() -> None:
    """检查游乐场所等人员密集场所9家: users of no kind named (游乐场所 is any venue)."""
    got = _users("庚县局开展特种设备检查，检查游乐场所等人员密集场所9家。")
    assert ("amusement_ride", 9) not in got
