"""Guards for the region readers of the seventeenth session (review 17a): a town or a market
office leads the news only under a proper name; a byline with a reporter's rank is the paper at
home; a place before a firm's word is a firm's only when the firm's name runs straight on; a
review passed at a place keeps the place as the subject."""

from __future__ import annotations

from tests.region_helpers import region

_HEAD = "开展专项检查工作\n"


def test_a_meeting_held_in_a_town_is_a_venue() -> None:
    """A town that hosts a meeting (在某镇召开) is where it met, not the report's region."""
    assert region(_HEAD + "日前，在柳岗镇召开全县质量工作会议，部署下半年任务。\n") is None
    assert region(_HEAD + "上周，桃园乡举行食品安全培训会，参训人员80人。\n") is None


def test_every_town_or_office_is_no_name() -> None:
    """各乡镇, 全县各所, 各基层所, 辖区所 and 全市各乡镇 quantify towns and offices; none names one."""
    for lead in ("近日，各乡镇组织开展农资打假宣传，发放资料300份。",
                 "4月2日，全区各乡镇开展燃气安全排查。",
                 "近日，全市各市场监管所开展节前检查。",
                 "日前，各基层市场监管所启动春耕农资检查。",
                 "近日，辖区市场监管所开展校园周边食品检查。",
                 "近日，城区市场监管所开展计量检查。"):
        assert region(_HEAD + lead + "\n") is None, lead


def test_a_common_noun_of_towns_is_no_town() -> None:
    """下乡, 强镇, 名镇, 城镇 and 乡镇 name a kind of work or of place, not a town."""
    assert region("计量服务下乡活动启动\n近日，服务队走进田间地头，为农户校准衡器。\n") is None
    assert region("质量强镇示范创建启动\n日前，创建工作动员会在会议中心召开。\n") is None
    assert region(_HEAD + "近日，检测下乡开展得有声有色，共检测样品40批次。\n") is None
    assert region(_HEAD + "日前，为推进城镇燃气整治开展排查。\n") is None


def test_a_named_town_still_leads() -> None:
    """A town under its own name that opens the lead as the doer is still the region."""
    assert region(_HEAD + "近日，柳岗镇开展燃气安全排查，检查商户52家。\n") == "柳岗镇"


def test_a_byline_with_a_reporters_rank_is_the_paper_at_home() -> None:
    """本报首席记者某某讯 and 本报融媒体记者某某讯 name no place: the city paper's own story
    keeps its city, though the body names a city the inspectors visited."""
    for byline in ("本报首席记者李某讯", "本报融媒体记者赵某讯", "本报记者李某讯"):
        text = ("燃气安全大排查见成效\n来源：绍兴日报\n" + byline +
                " 近日，全市开展燃气安全大排查，共排查餐饮单位260家。排查组还前往湖州市取经，"
                "湖州市市场监管局介绍了做法。\n")
        assert region(text) == "绍兴", byline


def test_a_dateline_naming_another_county_is_still_filed_there() -> None:
    """本报某县讯 in another city's paper: the story is the county's."""
    text = ("县市场监管局开展燃气检查\n2016年05月12日 来源:扬州日报\n"
            "本报江阴讯 近日，江阴市市场监管局对该市燃气经营单位开展检查，共检查42家。\n")
    assert region(text) == "江阴市"


def test_a_city_that_acts_on_firms_names_no_firm() -> None:
    """甲市对全市燃气公司开展检查 is the city acting on firms, not a firm's name: the city the
    report dwells on stays its region, not a city its team only went to."""
    text = ("燃气安全检查全面铺开\n"
            "近日，绍兴市对全市燃气经营公司开展安全检查。检查中，绍兴市重点查看了各公司的"
            "经营许可，共检查经营单位45家。检查组还前往湖州市交流经验。绍兴市将持续加强对燃气"
            "公司的监管。\n")
    assert region(text) == "绍兴市"


def test_a_firm_named_after_a_city_is_still_a_firm() -> None:
    """A firm whose name runs straight on from a place (甲市某某有限公司) is still read as a firm's."""
    from qsreport.places.region_kinds import FIRM_AFTER
    assert FIRM_AFTER.match("某某燃气有限公司") is not None
    assert FIRM_AFTER.match("开展工厂安全检查") is None
    assert FIRM_AFTER.match("组织全市重点企业集团培训") is None


def test_an_acceptance_check_passed_at_a_place_keeps_the_place() -> None:
    """An acceptance check (在某县通过验收) is held at the site it accepts: the county is the
    subject, not a meeting's venue."""
    text = ("省级茶叶标准化示范区在婺源县通过验收\n"
            "日前，这一省级茶叶示范区的建设顺利通过省专家组的现场验收。\n")
    assert region(text) == "婺源县"


def test_a_review_passed_elsewhere_is_still_a_venue() -> None:
    """A review held in the capital (在北京通过审查) is a meeting's venue, not the subject."""
    text = ("某某地方标准在北京通过审查\n"
            "日前，由绍兴市某某公司起草的地方标准在北京通过了专家组的审查。绍兴市将推广。\n")
    assert region(text) == "绍兴市"


def test_a_common_word_before_a_doers_verb_is_no_county() -> None:
    """比如, 上街 and 通道 are words before 开展/启动 far more often than counties' short names."""
    assert region("春季农资检查在行动\n日前，比如开展农资门店检查，共抽检化肥20批次。\n") is None
    assert region("计量宣传进社区\n日前，检定人员上街开展计量宣传，发放资料600份。\n") is None
    assert region("电梯困人应急演练\n日前，某小区开辟通道启动应急预案，10分钟解救被困人员。\n") is None


def test_such_a_county_written_in_full_is_still_a_place() -> None:
    """Written in full (比如县, 上街区), the county still counts."""
    from tests.region_helpers import about
    assert about("日前，比如县市场监管局开展检查，上街区开展宣传。") == ["比如县", "上街区"]


def test_a_town_whose_name_holds_a_common_word_still_leads() -> None:
    """A town named with one character before 城镇/强镇 (古城镇, 富强镇), one with 各 inside its
    name (崔各庄乡) or one opening on 全/于 (全州镇, 于集乡) is a proper name, not a common noun."""
    for town in ("古城镇", "富强镇", "崔各庄乡", "新城镇", "全州镇", "于集乡"):
        text = (f"{town}市场监管所开展春节前夕食品检查\n本报讯 近日，{town}市场监管所开展"
                f"节前食品检查，走访商超9家。\n")
        assert region(text) == town, town
    assert region(_HEAD + "近日，富强镇开展燃气安全排查，检查餐馆17家。\n") == "富强镇"
