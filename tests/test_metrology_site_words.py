"""The sites of a metrology sweep under the words reports use for them: a site's word with a
note in brackets (加油站(点)) before the instruments of its clause takes their kind; filling
stations counted in 座 and named 加油城 are sites; a glasses fitter's shop (眼镜制配门店) is a
site and the instruments of 验光配镜 are optical; a region's stock told count before noun
(共有600家加油站，1400台加油机) holds the instruments as well as the stations, the stations of
no kind (their clause names none). Every text here is written for the test, with made-up places
and numbers."""

from __future__ import annotations

from .report_helpers import area_items

HEADER = "测试报告\n发布日期：2031-05-10 来源：测试日报\n"


def stats(text: str) -> list[tuple[str, str, float, str]]:
    return [(s["metric"], s["instrument"], s["value"], s["unit"])
            for s in area_items(HEADER + text + "\n", "metrology", "stats")]


def test_a_site_with_a_bracketed_note_takes_the_kind_of_its_clauses_instruments() -> None:
    """加油站(点) before the dispensers its clause counts: fuel dispensers' sites."""
    assert stats("甲县本季共检定38个加油站(点)，其燃油加油机86台。") == [
        ("sites", "fuel_dispenser", 38, "个"), ("instruments_verified", "fuel_dispenser", 86, "台")]


def test_a_site_alone_names_no_kind_still() -> None:
    """A site with its own verb and no instruments in its clause stays ``any``."""
    assert stats("检查加油站31家，抽查加油机120台。") == [
        ("sites", "any", 31, "家"), ("instruments_checked", "fuel_dispenser", 120, "台")]


def test_stations_counted_in_zuo_are_sites() -> None:
    """对…的17座加油站(加油城)…进行周期检定: 17 sites of fuel dispensers."""
    wanted = [("sites", "fuel_dispenser", 17, "座"), ("instruments_verified", "fuel_dispenser", 70, "把")]
    assert stats("本月对辖区内的17座加油站共计70把油枪进行周期检定。") == wanted
    assert stats("本月对辖区内的17座加油城(站)共计70把油枪进行周期检定。") == wanted


def test_a_glasses_fitters_shop_is_a_site_and_its_instruments_are_optical() -> None:
    """检查眼镜制配门店N家，检查验光配镜用计量器具M台(件): sites, and optical instruments."""
    assert stats("乙区此轮检查眼镜制配门店210家，抽查验光配镜用计量器具560台(件)。") == [
        ("sites", "any", 210, "家"), ("instruments_checked", "optical", 560, "台(件)")]


def test_a_stock_told_count_before_noun_holds_stations_and_their_instruments() -> None:
    """共有520家加油站，1300台(件)加油机，2900支加油枪: three stocks, the instruments of fuel
    dispensers, the stations of none; a verb of work after the stations is no stock."""
    assert stats("目前，甲市共有520家加油站，1300台(件)加油机，2900支加油枪。") == [
        ("sites_held", "any", 520, "家"), ("instruments_held", "fuel_dispenser", 1300, "台(件)"),
        ("instruments_held", "fuel_dispenser", 2900, "支")]
    assert stats("全县共有520家加油站，检定加油机1300台。") == [
        ("sites_held", "any", 520, "家"), ("instruments_verified", "fuel_dispenser", 1300, "台")]
    assert stats("全县共有520家加油站，发现作弊加油机5台。") == [("sites_held", "any", 520, "家")]
