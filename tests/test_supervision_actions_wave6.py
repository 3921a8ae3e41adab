"""Campaign families read by ``supervision_actions`` (wave 6): campaigns of one kind each
heading an enumerated item, quoted activity names closed inside or after the quotes, and a
campaign named only as the subject of a public notice. Invented reports, parsed end to end."""

from __future__ import annotations

from typing import Any

from .report_helpers import report_json


def _actions(title: str, body: str) -> list[tuple[str, str]]:
    text = f"{title}\n发布日期：2016-05-12  来源：测试日报\n{body}"
    report: dict[str, Any] = report_json(text)
    return [(a["kind"], a["title"]) for a in report["supervision"]["actions"]]


def test_two_enforcement_campaigns_in_numbered_items_are_two() -> None:
    """一是…专项执法检查行动 … 三是…专项执法检查行动: each numbered item carries its own."""
    got = _actions("甲县质监局计量工作回顾",
                   "今年甲县质监局着力抓好计量监管，一是组织开展了对城区各诊所、药店和眼镜店的血压计专项"
                   "执法检查行动，责令整改3家。二是开展了集市秤具专项整治行动，收缴问题秤12台。"
                   "三是开展了出租车计价器专项执法检查行动，检查车辆80辆。")
    assert [k for k, _ in got].count("law_enforcement") == 2
    assert ("law_enforcement", "出租车计价器专项执法检查行动") in got


def test_two_enforcement_campaigns_numbered_in_other_words() -> None:
    """The same with 其一/其二 and no 了 after the verb."""
    got = _actions("丙市市场监管局上半年工作",
                   "丙市市场监管局上半年重点做了两件事，其一，开展对城区超市、菜场的衡器专项执法检查行动，"
                   "检查门店45家；其二，开展农机配件专项执法检查行动，检查经营户30户。")
    assert [k for k, _ in got].count("law_enforcement") == 2


def test_one_enforcement_campaign_unnumbered_stays_one() -> None:
    """Near miss: the check's first mention and a later named one, in no numbered items,
    stay one campaign."""
    got = _actions("丁县开展加气站检查",
                   "丁县质监局近日围绕民生计量开展了专项执法检查行动。此次加气站专项执法检查行动共检查"
                   "加气站6座，发现问题2处。")
    assert [k for k, _ in got].count("law_enforcement") == 1


def test_a_quoted_activity_name_closed_inside_the_quotes() -> None:
    """开展“…计量…活动”: the activity's name holds its own 活动."""
    got = _actions("戊区计量宣传", "戊区质监局近日开展“诚信计量暖万家活动”，为居民免费检定血压计90台。")
    assert ("other", "“诚信计量暖万家活动”") in got
    got = _actions("己县质量工作", "己县质监局全面推进“质量服务进园区活动”，走访企业15家。")
    assert [k for k, _ in got] == ["other"]


def test_a_quoted_name_before_an_advice_service_activity() -> None:
    """“…”咨询服务活动 and “质量月”现场咨询活动 name campaigns of kind other."""
    got = _actions("庚镇计量服务", "庚镇市场监管所开展了“放心计量到农家”咨询服务活动，解答群众问题40余个。")
    assert ("other", "“放心计量到农家”咨询服务活动") in got
    got = _actions("辛市质量月", "9月中旬，辛市质监局在中心广场举办“质量月”现场咨询活动，发放资料两千份。")
    assert [k for k, _ in got] == ["other"]


def test_a_quoted_day_of_publicity_is_still_no_campaign() -> None:
    """Near miss: a quoted publicity day closed by 活动 inside the quotes is no campaign."""
    got = _actions("壬县宣传", "壬县质监局开展“世界计量日宣传活动”，发放资料300份。")
    assert got == []


def test_a_public_notice_names_the_campaign_once() -> None:
    """《关于开展…专项整治的公告》 and 通告: the notice's subject, not a second campaign."""
    got = _actions("癸县整治小作坊",
                   "近日，癸县市场监管所开展无证豆制品小作坊专项整治。执法人员逐户张贴《关于开展"
                   "豆制品作坊专项整治工作的公告》，督促业主办证。")
    assert [k for k, _ in got] == ["special_rectification"]
    got = _actions("子镇整治",
                   "子镇市场监管所近期开展了农村自酿酒作坊专项整治。所里在各村发布《关于开展白酒"
                   "作坊专项整治的通告》，并上门登记。")
    assert [k for k, _ in got] == ["special_rectification"]


def test_a_free_verification_after_a_listed_campaign_is_its_step() -> None:
    """A bare 免费检定 told after a campaign of a listed kind is a step of that campaign."""
    got = _actions("甲县整治集市计量",
                   "甲县质监局近日在全县开展集贸市场计量整治工作。对检定周期未到的电子秤，又组织"
                   "进行了一次免费检定，并查看了商户的台账。")
    assert [k for k, _ in got] == ["special_rectification"]
    got = _actions("乙市检查加油站",
                   "乙市质监局本月开展加油站计量专项执法检查，检查中还对站内使用的压力表进行了免费"
                   "检定，督促站方建立档案。")
    assert [k for k, _ in got] == ["law_enforcement"]


def test_a_free_verification_alone_is_still_a_campaign() -> None:
    """Near miss: with no campaign before it, the drive is the report's campaign."""
    got = _actions("丙县免费检定血压计",
                   "日前，丙县质监局围绕民生计量，对乡镇卫生院的血压计开展免费检定工作，受到医务人员欢迎。")
    assert [k for k, _ in got] == ["other"]


def test_a_counted_compulsory_verification_is_a_task_done() -> None:
    """共对N台件…实施了强制检定: work done on counted instruments, no campaign."""
    got = _actions("丁市强检工作", "上半年，丁市市场监管局开展民生领域强制检定工作，共对3.2万多台件计量器具"
                   "实施了强制检定，减免费用40万元。")
    assert got == []
    got = _actions("己区强检工作", "今年以来，己区质监局对1200余台集市衡器进行了强制检定，合格率98%。")
    assert got == []


def test_an_uncounted_compulsory_verification_in_the_lead_is_one() -> None:
    """Near miss: the lead's verification of uncounted instruments is the report's campaign."""
    got = _actions("戊县检定加油机", "近日，戊县质监局对城区加油站的加油机进行强制检定，确保油量准确。")
    assert [k for k, _ in got] == ["other"]


def test_a_quoted_policy_programme_the_work_supports_is_no_campaign() -> None:
    """纳入“…行动”, 支撑“…”行动, 助力“…”行动: a programme the work serves, none carried out."""
    assert _actions("庚市标准化工作", "庚市把标准化列为重点工作，将其纳入“五大行动”，并出台了配套办法。") == []
    assert _actions("辛省标准工作", "近年来，辛省以标准引领产业升级、以标准支撑“两化”行动，成效明显。") == []
    assert _actions("壬市计量工作", "壬市计量部门主动作为，以精准计量助力“双增”行动，服务企业300家。") == []


def test_a_quoted_campaign_carried_out_is_still_one() -> None:
    """Near miss: a quoted campaign the bureau carries out stays a campaign."""
    got = _actions("癸县护苗", "癸县质监局近日开展“护苗”行动，检查校园周边文具店20家。")
    assert [k for k, _ in got] == ["other"]
