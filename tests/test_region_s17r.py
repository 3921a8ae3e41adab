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
