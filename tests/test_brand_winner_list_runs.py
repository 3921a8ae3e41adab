"""Lists of named winners read by one reader (brands_honours_lists): a run of names tied to an
award around it — its title before 由, a count closing the run and a verb of winning, quoted
marks closed by a count of a title, a colon after a selection's title, a heading over lines of
places — and the lists that name no winner (a grooming pool, marks a zone created, a venue,
applicants, a shortlist). Every text here is written for the test, with made-up places,
firms and products."""

from __future__ import annotations

from typing import Any

from .report_helpers import area_items

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"


def winners(text: str) -> list[tuple[str, str]]:
    return [(h["name"], h["category"])
            for h in area_items(HEADER + text + "\n", "brands", "honours")]


def names(text: str) -> set[str]:
    return {name for name, _ in winners(text)}


def test_winners_after_you_of_an_awards_own_title() -> None:
    """「某奖」由A、B、C获奖: each firm between 由 and the verb won that award (``other``)."""
    text = ("今年星湖市企业卓越奖得主包括：「创新先锋奖」由甲岭电子股份有限公司、乙河精密机械有限公司、"
            "丙山食品有限公司获奖；「绿色发展奖」由丁湾材料股份有限公司获奖。")
    assert names(text) >= {"甲岭电子股份有限公司", "乙河精密机械有限公司", "丙山食品有限公司",
                           "丁湾材料股份有限公司"}
    assert {c for _, c in winners(text)} == {"other"}


def test_winners_after_you_joined_by_yu_and_with_their_posts() -> None:
    """“企业奖”由A公司与B获得; “个人奖”分别由某处处长甲，及某院院长乙获得: two firms, two
    persons without their posts."""
    text = ("“企业奖”由星河物流公司与月湾电子获得，以表扬两公司的服务品质。"
            "“个人奖”分别由市卫生局医政处处长王若川，及东湖医院院长李清源获得。")
    assert names(text) >= {"星河物流公司", "月湾电子", "王若川", "李清源"}


def test_winners_after_you_counted_only_name_nobody() -> None:
    """个人奖方面由2位专家获得: a count, no names."""
    assert names("本届评选中，“个人奖”方面由2位专家获得。") == set()


def test_a_run_closed_by_its_count_and_a_verb_of_winning() -> None:
    """我县的A、B、C3家企业入选“某品牌”名单: as many names as the count, each a winner."""
    text = "据悉，本县的青禾、丰源、金穗3家企业入选“2024年甲省优质出口品牌”名单。"
    assert names(text) == {"青禾", "丰源", "金穗"}


def test_a_counted_run_takes_the_list_named_in_the_clause_before() -> None:
    """发布《某名录》，我省A、B、C3个品牌上榜: the list's title stands in the clause before."""
    text = "日前，某农业中心发布首批《农产品品牌推介名录》，我省石门香米、云岭黑猪、清溪茶油3个品牌上榜。"
    assert names(text) == {"石门香米", "云岭黑猪", "清溪茶油"}


def test_a_count_that_does_not_match_the_run_names_nobody() -> None:
    """A、B 5家企业入选…: the count is not the run's own, so the run is not read as the list."""
    assert names("本县的青禾、丰源5家企业入选“2024年甲省优质出口品牌”名单。") <= {"青禾", "丰源"}


def test_a_plaque_given_to_a_counted_run() -> None:
    """为A、B、C3个某示范基地颁牌: the words before 授牌 are the title (``other``)."""
    text = "展销会开幕时，主办方为甲川柑橘、乙岭茶叶、丙河大米3个绿色种植示范基地颁牌。"
    assert winners(text) == [("甲川柑橘", "other"), ("乙岭茶叶", "other"), ("丙河大米", "other")]


def test_quoted_marks_closed_by_a_count_of_a_title() -> None:
    """“甲”“乙”、“丙”等8件中国驰名商标: each quoted mark won the title."""
    text = "多年来，该市先后拥有了“星岭”“云河”、“青川”等8件中国驰名商标。"
    assert names(text) >= {"星岭", "云河", "青川"}
    assert {c for _, c in winners(text)} == {"china_well_known_trademark"}


def test_quoted_marks_then_a_verb_of_winning_a_title() -> None:
    """“甲”、“乙”、“丙”等…商标相继跻身某名牌之列: each mark won it."""
    text = "近些年，“云岭”、“川岳”、“青禾”等本地农副产品商标相继跻身“中国驰名商标”之列。"
    assert names(text) >= {"云岭", "川岳", "青禾"}


def test_quoted_marks_applied_for_are_no_winners() -> None:
    """“甲”、“乙”等品牌申报…: applicants, no winners."""
    assert names("今年，“云岭”、“青禾”等品牌申报并争创“中国驰名商标”。") == set()


def test_names_after_a_colon_of_a_selections_title() -> None:
    """某县十大伴手礼甄选揭晓。今年十大伴手礼为：A公司甲、B商行乙: the products, without their
    makers."""
    text = ("乙县第三届十大特产伴手礼甄选昨天揭晓。今年十大特产伴手礼为：甲山食品有限公司芒果酥、"
            "乙河商行桂花糕、丙湾农产合作社蜂蜜礼盒、丁山蜂业有限公司花仙子的秘方。")
    assert names(text) >= {"芒果酥", "桂花糕", "蜂蜜礼盒", "花仙子的秘方"}


def test_names_after_fenbiewei_following_a_count() -> None:
    """…评选结果揭晓，其中某品牌有三家，分别为：A、B、C，有效期3年: up to what follows the list."""
    text = ("首批“甲省重点培育出口名牌”评选结果近日揭晓，某市共有9个品牌入选，其中家具品牌有三家，"
            "分别为：QY青云、木源、林泰，有效期3年。")
    assert names(text) >= {"QY青云", "木源", "林泰"}
    assert "有效期3年" not in names(text)


def test_a_heading_over_lines_of_places() -> None:
    """某县获批的地理标志证明商标 / 甲市：A、B(…) / 乙市：C、D: each name a winner, its note dropped."""
    text = ("本县获批的地理标志证明商标\n甲川市：甲川柑橘、甲川蜜柚(鲜果)、甲川蜜柚(果干)\n"
            "乙岭市：乙岭茶叶、乙岭香菇\n近年来，各地商标工作稳步推进。")
    got = names(text)
    assert {"甲川柑橘", "甲川蜜柚", "乙岭茶叶", "乙岭香菇"} <= got


def test_a_grooming_pool_is_no_win() -> None:
    """入选…培育库: candidates groomed, not winners."""
    text = "我市青禾、丰源、金穗3家企业入选“甲省知名品牌”培育库。"
    assert names(text) == set()


def test_marks_a_zone_created_are_no_winners() -> None:
    """某园区创立了“甲”“乙”等3件商标品牌: marks made, no honour."""
    assert names("近年来，某园区创立了“星禾”“云穗”等3件商标品牌。") == set()


def test_a_venue_is_no_winner() -> None:
    """在某地举办…: the place and hall of an event win nothing."""
    text = "日前，创建启动仪式在甲川市会展中心举办，“甲省质量奖”由某公司、某集团获得。"
    assert names(text) <= {"某公司", "某集团"}
    assert "甲川市会展中心" not in names(text)


def test_applicants_and_shortlists_are_no_winners() -> None:
    """推荐A、B、C3家企业申报…; 拟认定…名单公示: applicants and an open shortlist win nothing."""
    text = "区局推荐青禾、丰源、金穗3家企业申报“甲省知名品牌”。"
    assert names(text) == set()
    text = "拟认定的“乙市名牌产品”名单公示：“创新奖”由甲岭电子有限公司、乙河机械有限公司获得。"
    assert names(text) == set()


def test_names_that_came_forth_as_a_batch_are_no_list_of_winners() -> None:
    """涌现出A、B等一批知名企业: examples of a kind, no title won, no count of one."""
    assert names("近年来，全市涌现出星湖电子、云河食品等一批知名企业。") == set()


def test_a_demonstrative_before_the_count_is_no_part_of_the_last_name() -> None:
    """A公司、B公司这两家企业获评…: the last firm without 这."""
    text = "经过层层评议，甲川酱园、乙岭百货商行这两家企业获评第三批“丙市老字号”。"
    got = names(text)
    assert "乙岭百货商行" in got
    assert not any(name.endswith("这") for name in got)


def test_a_count_closing_a_colons_list_is_no_name() -> None:
    """获得某称号的企业有：A公司、B公司、C公司3家。: the last firm without the count."""
    text = ("有关部门近日发布了新一批名录。本省获评“中华老字号”的商号有：甲川老铺食品有限公司、"
            "乙岭酒业有限公司、丙河饭庄有限责任公司3家。")
    got = names(text)
    assert "丙河饭庄有限责任公司" in got or "丙河饭庄" in got
    assert not any(name.endswith("3家") or name == "3家" for name in got)


def test_a_verb_of_winning_takes_the_title_right_after_it() -> None:
    """A、B、C3家企业荣获某年度“某名牌”称号: the title follows the verb, a year between."""
    text = "青禾、丰源、金穗3家企业荣获2023年度“星湖市名牌产品”称号。"
    assert names(text) == {"青禾", "丰源", "金穗"}


def test_money_or_help_named_by_a_title_is_no_title_won() -> None:
    """获得“某名牌”培育资金; 获得贷款…，用于“某名牌”的…; 获得了好评，“某名牌”销售额…: the
    title is not what the counted firms got."""
    assert names("青禾、丰源、金穗3家企业获得“星湖市名牌产品”培育资金共计300万元。") == set()
    assert names("青禾食品、丰源纺织2家企业获得贷款500万元，用于“星湖市名牌产品”的技术改造。") == set()
    assert names("青禾、丰源、金穗3家企业的产品获得了消费者好评，“星湖市名牌产品”销售额增长20%。") \
        == set()


def test_those_who_set_up_or_run_an_award_are_no_winners() -> None:
    """“某奖”由市政府设立，由A、B、C共同组织评审…获得…: the bodies behind the award."""
    text = "“星湖市质量奖”由市政府设立，由市场监管局、质量协会、工商联共同组织评审获得社会认可。"
    assert names(text) == set()


class _Counting:
    """A pattern that counts the scans asked of it (a stand-in for the module's own)."""

    def __init__(self, pattern: Any) -> None:
        self.real, self.scans = pattern, 0

    def finditer(self, *args: Any) -> Any:
        self.scans += 1
        return self.real.finditer(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)  # (its text and flags: what its needles are read from)


def test_only_sentences_that_can_hold_a_list_are_read(monkeypatch: Any) -> None:
    """Sentences with no title, no count after 、 and no quotes are not read at all, and the
    slow scan for a counted run is asked only of a sentence holding both a 、 and a count:
    the list is still found (structure, not time: a long report has thousands of sentences)."""
    from qsreport.extract import brands_honours_lists as lists

    run = _Counting(lists.COUNTED_RUN)
    monkeypatch.setattr(lists, "COUNTED_RUN", run)
    looked_at: list[int] = []
    shortlist = lists.open_shortlist

    def counting_shortlist(view: str, start: int, end: int) -> Any:
        looked_at.append(start)
        return shortlist(view, start, end)

    monkeypatch.setattr(lists, "open_shortlist", counting_shortlist)
    filler = ("本月巡查覆盖东区、西区和南区的集市。", "全年共抽查了120家门店。",
              "各组按计划推进日常工作。") * 20
    text = "".join(filler) + "据悉，本县的青禾、丰源、金穗3家企业入选“2024年甲省优质出口品牌”名单。"
    assert names(text) == {"青禾", "丰源", "金穗"}
    assert run.scans == 1
    assert len(looked_at) == 1


def test_only_the_lines_holding_a_word_of_winning_are_read_as_headings(monkeypatch: Any) -> None:
    """The heading over lines of places is looked for only on the lines holding a word of
    winning, and the lines after it are read only while they are a place's: a long text's
    other lines are never read (structure, not time)."""
    from qsreport.extract import brands_honours_lists as lists

    read: list[int] = []
    line = lists.LINE

    class _Lines:
        def finditer(self, *args: Any) -> Any:
            for found in line.finditer(*args):
                read.append(found.start())
                yield found

    monkeypatch.setattr(lists, "LINE", _Lines())
    filler = "".join(f"第{n}组按计划巡查城区集市\n" for n in range(40))
    text = (filler + "本县获批的地理标志证明商标\n甲川市：甲川柑橘、甲川蜜柚\n乙岭市：乙岭茶叶、乙岭香菇\n"
            "近年来，各地商标工作稳步推进。\n" + filler)
    assert {"甲川柑橘", "甲川蜜柚", "乙岭茶叶", "乙岭香菇"} <= names(text)
    assert len(read) == 3  # (the two lines of places, and the line that ends the block)
