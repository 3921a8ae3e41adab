"""The learned tagger for named winners: features, Viterbi decoding, the shipped weight table,
the winners' step with its guards, and training (sentences and names here are invented)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qsreport import parse
from qsreport.cleaning import match_view
from qsreport.extract.brands import joined, sentences_named
from qsreport.extract.brands_honours_checks import open_shortlist
from qsreport.extract.common import Doc
from qsreport.extract.learned.runs import run_mates
from qsreport.extract.learned.tagger import (
    WeightTable,
    emissions,
    features,
    read_table,
    spans,
    tag,
    viterbi,
    write_table,
)
from qsreport.extract.learned.winners import (
    MODEL,
    _about_fakes,
    _not_a_winner,
    _not_won,
    _proposes_only,
    learned_honours,
    shipped_table,
    titled_sentences,
)
from qsreport.models import BrandHonour
from qsreport.pipeline import document, prepare
from qsreport.segmenting import Segment

# A hand-made table: 甲 starts a name, 乙 goes on with one, anything else leans to O; a name
# cannot go on after O.
TINY = WeightTable(
    states={"c=甲": (2.0, 0.0, 0.0), "c=乙": (0.0, 2.0, 0.0), "b": (0.0, 0.0, 0.5)},
    transitions=((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), (0.0, -10.0, 0.0)),
)


def _doc(text: str) -> Doc:
    return document(prepare(text.encode("utf-8")))


def _winners(text: str) -> list[tuple[str, str]]:
    return [(h.name, h.category) for h in learned_honours(_doc(text))]


def test_features_name_the_character_its_neighbours_and_near_honour_words() -> None:
    """Each character's features: itself, neighbours, pairs, classes, honour words near."""
    first, second = features("甲获")
    assert {"b", "c=甲", "c+1=获", "c-1=\x02", "b+1=甲获", "t=han", "R:获"} <= set(first)
    assert "L:获" not in first and "R:获" not in second
    assert "L:获" in features("获甲乙")[2]
    assert features("甲 乙")[1][1] == "c= "  # whitespace is one blank


def test_viterbi_on_a_hand_made_table_gives_the_exact_labels() -> None:
    """The best path under a tiny table: a name 甲乙 between others; where each label's best
    alone (O, I) is a path the transitions forbid, the best whole path (B, I)."""
    assert viterbi(TINY, features("x甲乙y")) == ["O", "B", "I", "O"]
    assert viterbi(TINY, features("x乙")) == ["B", "I"]
    assert viterbi(TINY, []) == []


def test_the_hot_path_adds_up_the_same_weights_as_the_features() -> None:
    """``tag`` (weights looked up by kind) labels as ``viterbi`` over ``features`` does."""
    table = shipped_table()
    text = "今年，青岚县禾丰米业有限公司生产的雪岭牌大米荣获省名牌产品称号。"
    assert tag(table, text) == viterbi(table, features(text))
    sums = emissions(TINY, "x甲")
    assert sums == [(0.0, 0.0, 0.5), (2.0, 0.0, 0.5)]


def test_spans_of_a_label_sequence() -> None:
    """A name starts at B, or at an I after an O, and goes on over I."""
    assert list(spans(["O", "B", "I", "O", "I", "I", "B"])) == [(1, 3), (4, 6), (6, 7)]


def test_a_table_written_reads_back_the_same(tmp_path: Path) -> None:
    """The weight table's file keeps every weight, the transitions and the notes."""
    path = tmp_path / "t.tsv"
    write_table(WeightTable(TINY.states, TINY.transitions, ("made by hand",)), path)
    again = read_table(path)
    assert again.states == TINY.states and again.transitions == TINY.transitions
    assert again.notes == ("made by hand",)


def test_the_shipped_table_holds_short_character_features_only() -> None:
    """The model data are weights of short features, and say how they were trained."""
    table = read_table(MODEL)
    assert 100 < len(table.states) < 20_000
    assert max(len(name) for name in table.states) <= 16
    assert any("rounds 1-56" in note for note in table.notes)
    assert os.stat(MODEL).st_size < 100_000


@pytest.mark.parametrize(("text", "expected"), [
    ("本报讯 上周五，新一批认定结果在省城揭晓。\n"
     "青岚县禾丰米业有限公司生产的雪岭牌大米荣获省名牌产品称号。\n",
     [("雪岭牌大米", "provincial_brand")]),
    ("本报讯 日前，国家工商总局认定了一批中国驰名商标，我市启明电器有限公司的“星澜”商标"
     "榜上有名。\n", [("星澜", "china_well_known_trademark")]),
    ("本报讯 去年12月，本县白沙湾脐橙被批准实施国家地理标志产品保护。\n",
     [("白沙湾脐橙", "geographical_indication")]),
])
def test_the_shipped_model_finds_winners_in_new_sentences(
        text: str, expected: list[tuple[str, str]]) -> None:
    """Winners it was never shown (invented names and places), with their title's category."""
    assert _winners(text) == expected


@pytest.mark.parametrize("text", [
    "本报讯 今年我市力争让金穗牌面粉获得中国名牌产品称号。\n",  # a goal
    "本报讯 经专家评审，拟认定翠峰牌茶叶等5个产品为省名牌产品，现予以公示。\n",  # a shortlist
    "本报讯 今年全县共有4家企业申报浙江名牌产品，其中包括青溪牌木门。\n",  # applications
])
def test_targets_shortlists_and_applications_name_no_winner(text: str) -> None:
    """The status guards hold for the tagger's names as for the rules'."""
    assert _winners(text) == []
    assert parse(text.encode("utf-8")).brands.honours == []


def test_a_report_naming_no_title_does_not_load_the_table() -> None:
    """The weight table is read on the first sentence naming a title, not before."""
    shipped_table.cache_clear()
    parse("县质监局今天召开全体干部会议，部署下半年计量检定和特种设备检验工作。\n".encode())
    assert shipped_table.cache_info().currsize == 0
    parse("本报讯 丰州市质监局召开会议，表彰获得丰州市政府质量奖的企业。\n".encode())  # no winner
    assert shipped_table.cache_info().currsize == 1


_TINY_REPORTS = {
    "001": ("本报讯 近日，青岚县的雪岭牌大米荣获省名牌产品称号。\n", ["雪岭牌大米"]),
    "002": ("本报讯 白沙湾脐橙和松涛牌竹席被认定为福建名牌产品。\n", ["白沙湾脐橙", "松涛牌竹席"]),
    "003": ("本报讯 县质监局召开会议，部署名牌产品培育工作。\n", []),
}


def test_training_on_a_tiny_folder_gives_a_table_that_loads(tmp_path: Path) -> None:
    """``train`` labels the keys' names, trains, and writes a table the tagger reads."""
    pytest.importorskip("pycrfsuite", reason="python-crfsuite (the learn extra) is not installed")
    from qsreport.extract.learned.train import main, name_labels

    for stem, (text, names) in _TINY_REPORTS.items():
        (tmp_path / f"{stem}.txt").write_text(text, encoding="utf-8")
        key = {"brands": {"honours": [{"name": n, "category": "provincial_brand"}
                                      for n in names]}}
        (tmp_path / f"{stem}.expected.json").write_text(json.dumps(key, ensure_ascii=False),
                                                        encoding="utf-8")
    out = tmp_path / "model.tsv"
    assert main(["--rounds", str(tmp_path), "--out", str(out), "--min-weight", "0.01"]) == 0
    table = read_table(out)
    assert table.states and any(table.transitions)
    assert len(tag(table, "甲乙丙获省名牌")) == 7
    # (the key's 松涛 where the text says “松涛”牌竹席: the product is labelled too)
    assert "".join(name_labels("其中“松涛”牌竹席获奖", ["松涛"])) == "OOOBIIIIIOO"


def test_the_mean_of_two_tables_weighs_each_by_its_share() -> None:
    """``mixed``: each weight the share's mean, a feature one table lacks counted as 0 there,
    weights left too small dropped, transitions averaged too, both tables' notes kept."""
    from qsreport.extract.learned.train import mixed

    old = WeightTable({"c=甲": (1.0, 0.0, -1.0), "L:获": (0.08, 0.0, 0.0)},
                      ((0.0, 1.0, -1.0), (0.0, 0.5, 0.0), (2.0, -4.0, 1.0)), ("old rounds",))
    new = WeightTable({"c=甲": (0.0, 0.0, 1.0), "c=乙": (0.0, 2.0, 0.0)},
                      ((1.0, 1.0, 0.0), (0.0, 0.5, 0.0), (0.0, -2.0, 1.0)), ("new rounds",))
    table = mixed(old, new, share=0.75)
    assert table.states == {"c=甲": (0.75, 0.0, -0.5), "L:获": (0.06, 0.0, 0.0),
                            "c=乙": (0.0, 0.5, 0.0)}
    assert table.transitions == ((0.25, 1.0, -0.75), (0.0, 0.5, 0.0), (1.5, -3.5, 1.0))
    assert mixed(old, new, share=0.5).states.get("L:获") is None  # 0.04: too small
    assert any("old rounds" in note for note in table.notes)
    assert any("new rounds" in note for note in table.notes)


def _sentence_of(doc: Doc, name: str) -> tuple[Segment, int, int]:
    start = doc.view.index(name)
    return doc.sentence_at(start), start, start + len(name)


def test_a_passage_about_counterfeits_is_told_from_a_fight_against_them() -> None:
    """Fakes seized or a den found in the sentence, the one before or the one after: the
    marks are the ones faked; fighting fakes named as an aim is no such passage."""
    den = _doc("前天，执法人员在河西查获一处制假窝点。库房里堆着“白鹭”牌洗衣液。本月质量工作会议召开。\n")
    aim = _doc("为防止假冒东溪粉葛流入市场，东溪粉葛申请了地理标志保护。\n")
    far = _doc("前天，执法人员在河西查获一处制假窝点。当天下午雨停了。库房里堆着“白鹭”牌洗衣液。\n")

    def about_fakes(doc: Doc, name: str) -> bool:
        starts = [s.start for s in doc.layout.sentences]
        return _about_fakes(doc, starts, _sentence_of(doc, name)[0])

    assert about_fakes(den, "白鹭")
    assert not about_fakes(den, "本月")  # two sentences away
    assert not about_fakes(aim, "东溪粉葛申请")
    assert not about_fakes(far, "白鹭")


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("见网址:http://www.example.gov.cn/tongzhi/1.html", "tongzhi", True),  # an address
    ("今年有4个产品获评省名牌产品:东溪粉葛、南坪笋干等", "东溪粉葛", False),  # a colon is no path
    ("青禾电子有限公司董事长王立新获得先进个人称号", "王立新", True),  # a person's post before
    ("丰州林泉木业有限公司“林泉”实木地板获中国免检产品称号", "丰州林泉木业有限公司", True),
    ("市局积极组织东溪粉葛参加地理标志产品评审", "积极组织东溪粉葛", True),
    ("丰州青禾电子有限公司的“青禾”商标被认定为驰名商标", "丰州青禾", True),  # a firm cut
])
def test_names_the_tagger_may_mark_that_name_no_winner(text: str, name: str,
                                                       expected: bool) -> None:
    """A path's letters, a person after a post, a firm before its quoted mark with no 的,
    a verb sending products to a selection, a firm's name cut before the rest of it and its
    mark: no winner's name."""
    view = match_view(text)
    start = view.index(match_view(name))
    assert _not_a_winner(view, start, start + len(name), len(view)) is expected


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("据悉，丰州市政府质量奖将授予青禾电子等一批企业。\n", "青禾电子", True),  # said ahead
    ("日前，总局批准云岭市筹建“全国质量强市示范城市”。\n", "云岭市", True),  # to work towards
    ("据了解，东港市现有中国驰名商标23件。\n", "东港市", True),  # a count of a title
    ("今年，青桥蜜柚、白岩茶油2个地理标志保护产品的申请已通过初审。\n", "白岩茶油", True),
    ("近日，青禾电子荣获丰州市政府质量奖。\n", "青禾电子", False),  # won
    # what the work is about (围绕A、B等产品)
    ("围绕东岭茶、青桥蜜柚等地理标志产品，市局制定了地方标准3项。\n", "青桥蜜柚", True),
    # a mark products will get (将自动获得)
    ("今后获评市名牌产品的产品将自动获得公用品牌“丰味”集体商标使用权。\n", "丰味", True),
    # the name's own clause names the prize it won; the title after is another clause's
    ("青禾文化节获评“全国节庆创新奖”，当地地理标志产品的名气越来越大。\n", "青禾文化节", True),
    # the title in an earlier part of the sentence, the name's own part has its verb
    ("全县新增省名牌产品4项；青禾、东岭等2家企业上榜“全国品牌价值榜”。\n", "东岭", True),
    # marks a firm registered, the title no trademark's
    ("今年全县新增省名牌产品3个，还注册了“青禾”、“东岭”等自有商标9个。\n", "东岭", True),
    # a county alone, before a brand's title
    ("去年青川县有12个产品获得省名牌产品称号。\n", "青川县", True),
    # the words of a plaque: the quotation the name opens holds its title too
    ("表彰会上，市农业局代表捧回一面“青岭脐橙荣获省名牌产品”锦旗。\n", "青岭脐橙", True),
    ("经审查，“青岭”牌脐橙荣获省名牌产品。\n", "青岭”牌脐橙", False),
    # a product's trade after the title of the sentence before (its own sentence: a list)
    ("去年，县里又添了两个中国驰名商标。据介绍，溪川牌竹席年销售收入超过3亿元。\n", "溪川牌竹席",
     True),
    ("本省地理标志产品青岭脐橙、东溪茶油去年产值合计12亿元。\n", "东溪茶油", False),
])
def test_status_words_around_a_tagged_name(text: str, name: str, expected: bool) -> None:
    """A title said ahead (将授予, 将自动获得), a place approved to work towards one (筹建), a
    title followed by its count, an application after the name in its clause, the subject
    of a bureau's work (围绕A), a prize the name's own clause names, a title of an earlier
    part of the sentence, a plaque's words, a product's trade after the sentence before named
    the title: not won."""
    doc = _doc("本报讯 " + text)
    sentence, start, end = _sentence_of(doc, name)
    terms = next(t for s, t in titled_sentences(doc) if s == sentence)
    term = min(terms, key=lambda t: abs(t.start() - start))
    assert _not_won(doc, sentence, start, end, term) is expected


def test_a_title_in_a_standards_name_brings_no_sentence_to_the_tagger() -> None:
    """A title that is a word of a standard's name (《地理标志产品某某》地方标准) is the
    standard's subject: its sentence is not read for winners."""
    doc = _doc("本报讯 市局制定了《地理标志产品青川花椒》地方标准，注册了“椒香”等商标5个。\n")
    assert list(titled_sentences(doc)) == []


def test_the_names_of_a_counted_run_when_the_count_agrees() -> None:
    """A、B、C等3家企业: the tagger marked one name, the run gives the others; a run whose
    count is not its length gives none."""
    doc = _doc("本报讯 近日，蓝岸集团、鼎泰纺织、川南食品等3家企业获丰州市政府质量奖。\n")
    sentence, start, end = _sentence_of(doc, "鼎泰纺织")
    assert [doc.view[a:b] for a, b in run_mates(doc, sentence, start, end)] == \
        ["蓝岸集团", "川南食品"]
    other = _doc("本报讯 近日，蓝岸集团、鼎泰纺织、川南食品等5家企业获丰州市政府质量奖。\n")
    sentence, start, end = _sentence_of(other, "鼎泰纺织")
    assert run_mates(other, sentence, start, end) == []


def test_the_join_reads_a_tagged_name_in_its_own_sentence() -> None:
    """A tagger's name whose title is carried from the sentence before is kept where the
    rules named nobody in the name's sentence, though they did in the title's."""
    doc = _doc("本报讯 青禾电子获丰州市政府质量奖。蓝岸集团获丰州市质量管理创新奖。\n")
    first = doc.view.index("青禾电子")
    title = doc.view.index("丰州市政府质量奖")
    second = doc.view.index("蓝岸集团")
    rule = BrandHonour(name="青禾电子", honour="丰州市政府质量奖", category="other",
                       span=(first, title + 8), evidence="")
    tagged = BrandHonour(name="蓝岸集团", honour="丰州市政府质量奖", category="other",
                         span=(title, second + 4), evidence="")
    assert joined(doc, [rule], [tagged], sentences_named(doc, [rule])) == [rule, tagged]


def test_sentences_the_join_would_not_keep_are_not_tagged() -> None:
    """``skip`` names the sentences whose names the join drops (the rules named a winner
    there): the tagger does not read them, and names the same winners elsewhere."""
    doc = _doc("本报讯 青禾电子获丰州市政府质量奖。蓝岸集团、白溪食品获评丰州市著名商标。\n")
    first, second = doc.layout.sentences[:2]
    everywhere = learned_honours(doc)
    assert [h.name for h in everywhere] == ["蓝岸集团"]  # in the second sentence
    assert learned_honours(doc, skip={first.start}) == everywhere
    assert learned_honours(doc, skip={second.start}) == []


@pytest.mark.parametrize(("text", "open_"), [
    ("丙县两家企业入围本年度省质量奖评审", True),
    ("丁市的果酒拟认定为省名牌产品，现予公示", True),
    ("经公示无异议，戊区三家企业获评省质量奖", False),
    ("公示期满后，庚镇的米粉被认定为省名牌产品", False),
    ("己县的腐竹荣获省名牌产品称号", False),
])
def test_one_shortlist_test_for_every_winners_reader(text: str, open_: bool) -> None:
    """A shortlist word counts unless the text says the shortlist is past; the rules'
    readers and the tagger's step share this one test."""
    assert (open_shortlist(text) is not None) is open_
    assert (open_shortlist("。" + text + "。", 1, len(text) + 1) is not None) is open_


# Characters a sentence is made of in the random tables' test: Han, digits, Latin letters,
# punctuation, kinds of white space, and the honour words' characters.
_SENTENCE_CHARS = list("甲乙丙名牌商标质量奖示范获评为授予公示申报拟地理志12３aB,，。、“” \t\u3000\xa0\n")


@given(st.data())
def test_the_hot_path_is_the_features_path_under_any_table(data: st.DataObject) -> None:
    """Under any weight table (weights on some of a sentence's features, zeros and ties
    among them), ``tag`` and ``emissions`` add up exactly what ``viterbi`` adds up from
    ``features``: the hot path skips only the weights a table does not hold."""
    text = data.draw(st.text(alphabet=st.sampled_from(_SENTENCE_CHARS), max_size=60))
    names = sorted({name for row in features(text) for name in row})
    weight = st.sampled_from([0.0, 0.1, 0.2, 0.3, -0.7, 1.1, 2.9, -3.3, 0.5, -0.5])
    states = data.draw(st.dictionaries(st.sampled_from(names), st.tuples(weight, weight, weight))
                       if names else st.just({}))
    rows = data.draw(st.tuples(*[st.tuples(weight, weight, weight)] * 3))
    table = WeightTable(states, rows)
    expected = []
    for row in features(text):  # each feature's weights added in turn, as viterbi adds them
        sb = si = so = 0.0
        for name in row:
            wb, wi, wo = table.states.get(name, (0.0, 0.0, 0.0))
            sb += wb
            si += wi
            so += wo
        expected.append((sb, si, so))
    assert emissions(table, text) == expected
    assert tag(table, text) == viterbi(table, features(text))


def test_the_hot_path_adds_in_the_features_order() -> None:
    """Floating-point sums depend on their order: (0.1 + 0.2) + 0.6 is not (0.1 + 0.6) + 0.2.
    The character before is added before the character after, as ``features`` lists them."""
    table = WeightTable({"b": (0.1, 0.0, 0.0), "c-1=甲": (0.2, 0.0, 0.0),
                         "c+1=丙": (0.6, 0.0, 0.0)}, ((0.0, 0.0, 0.0),) * 3)
    assert emissions(table, "甲乙丙")[1][0] == (0.1 + 0.2) + 0.6 != (0.1 + 0.6) + 0.2


def test_a_title_carried_from_the_sentence_before_is_in_the_evidence() -> None:
    """A name whose title stands in the sentence before has a span from the title to the
    name, and its evidence holds both sentences (the span lies inside it)."""
    doc = _doc("本报讯 去年全市新增省名牌产品3个。它们是青禾牌电线、东岭牌瓷砖和云溪牌大米。\n")
    honours = learned_honours(doc)
    assert honours
    for honour in honours:
        start = doc.text.find(honour.evidence)
        assert 0 <= start <= honour.span[0] < honour.span[1] <= start + len(honour.evidence)
        assert honour.honour in honour.evidence and "。它们是" in honour.evidence


@pytest.mark.parametrize(("headline", "proposes"), [
    ("某区奖励争创名牌先进企业", False),  # firms rewarded for titles they strove for and won
    ("乙县重奖争创名牌有功企业", False),
    ("甲市表彰争创名牌成绩突出单位", False),
    ("某县推荐争创名牌企业", True),  # applicants put forward: none has won
    ("乙县企业积极争创省名牌产品", True),
    ("丙市拟重奖争创名牌企业名单公示", True),  # a shortlist of the rewarded: none rewarded yet
    ("某区表彰争创名牌先进单位初选名单", True),
])
def test_a_headline_that_rewards_striving_proposes_no_one(headline: str, proposes: bool) -> None:
    """A headline whose 争创 is what firms are rewarded or praised for (奖励争创名牌…企业)
    names firms that won; one that recommends or only strives names applicants."""
    doc = _doc(headline + "\n发布日期：2012-06-01 来源：测试日报\n某区对获得省名牌产品的甲乙公司给予奖励。\n")
    assert _proposes_only(doc) is proposes
