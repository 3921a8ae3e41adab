"""Rules whose work grew with the square of a report of their own shape (found by
benchmarks/families.py) read each part of it a bounded number of times: the test of the text
before a list's heading (applied for, or an open shortlist) and the last county before 该县
give the answers of the whole text before them, reading only its last stretch; a recall
count's change is read without walking every recall count of the report again; an undated
report's latest year is read once; a centre is compared only with the centres whose names
could be its own, a table's row only with the sentence figures of its key. Texts written for the test, made-up places and firms."""

from __future__ import annotations

import random
from typing import Any

import pytest

from qsreport.cleaning import match_view
from qsreport.extract import (
    brands_not_won,
    brands_standing,
    brands_titles,
    inspection_same,
    supervision_recalls,
    supervision_tables,
)
from qsreport.extract.brands_honours_checks import not_won_yet
from qsreport.extract.brands_not_won import NotWonBefore
from qsreport.extract.brands_titles import PlacesNamed
from qsreport.extract.inspection_same import KeyIndex, same_facility
from qsreport.extract.supervision_repeats import figure_key
from qsreport.pipeline import parse_bytes
from qsreport.places import find_places
from qsreport.places.index import LONGEST_PLACE_NAME, _index

from .report_helpers import report_json

HEADER = "甲市质量工作情况\n发布日期：2023-10-09 来源：测试日报\n"
# The words the test reads (申报, 拟, 公示, 入围, 经…等程序, 决定授予 …), and others between
WORDS = ["公示", "经", "申报", "，", "。", "等程序", "认定", "决定授予", "入围", "最终认定", "拟",
         "企业", "\n", "  ", "确认了", "、", "的", "获得", " " * 230, "公示期满", "等", "成功",
         "被评为", "专家评审", "乙公司", "名牌产品", "一、", "（3家）", "决定认定了", "候选", "已",
         "未获", "推荐", "，最终", "评审", "经企业申报、专家评审等程序，认定", "公示、审定", "有望",
         *["质量"] * 20, *["产品"] * 10]
APPLIED = {"申报", "拟", "推荐", "候选", "有望", "经企业申报、专家评审等程序，认定"}


def _parse(text: str) -> Any:
    return report_json(HEADER + text)


@pytest.mark.parametrize("seed", range(6))
def test_the_text_before_a_place_reads_as_the_whole_text_before_it(seed: int) -> None:
    """NotWonBefore(view).before(at) is not_won_yet(view[:at]) at every place tried, on texts
    of the words it reads (half of them with few words of applying, so both answers come)."""
    rng = random.Random(seed)
    for number in range(8):
        rare = 0.002 if number % 2 else 1.0
        weights = [rng.random() ** 3 * (rare if word in APPLIED else 1.0) for word in WORDS]
        view = match_view("".join(rng.choices(WORDS, weights, k=rng.randint(800, 2500))))
        before = NotWonBefore(view)
        for at in sorted(rng.sample(range(len(view)), 80)):
            assert before.before(at) == not_won_yet(view[:at]), (seed, number, at)


def _notice(groups: int) -> str:
    """A notice of ``groups`` numbered headings, two firms under each."""
    numbers, names = "一二三四五六七八九", "甲乙丙丁戊己庚辛壬癸"
    rows = [f"{numbers[g % 9]}、丙市市长质量奖（共2家）\n"
            f"{names[g % 10]}{names[g // 10 % 10]}机械有限公司\n"
            f"{names[(g + 3) % 10]}{names[(g // 10 + 5) % 10]}电子有限公司\n" for g in range(groups)]
    return "2030年丙市市长质量奖获奖名单\n" + "".join(rows)


def test_a_long_notices_headings_read_the_text_before_them_once(monkeypatch: Any) -> None:
    """Each numbered heading of a notice asks whether the text before it proposes its winners;
    past the notice's opening the whole text before a heading is not read again, however many
    headings the notice has."""
    read: list[int] = []

    def counted(text: str, start: int = 0, end: int | None = None) -> bool:
        read.append(len(text))
        return not_won_yet(text, start, end)

    monkeypatch.setattr(brands_not_won, "not_won_yet", counted)
    for groups in (40, 95):
        read.clear()
        report = _parse(_notice(groups))
        assert len(report["brands"]["honours"]) == 2 * groups
        assert read and max(read) < 2000


class _Walked(list[Any]):
    """A list that counts how often it is walked."""

    walks = 0

    def __iter__(self) -> Any:
        _Walked.walks += 1
        return super().__iter__()


def test_the_recall_counts_are_walked_once_not_once_a_change(monkeypatch: Any) -> None:
    """Each recall count's change in % is read with the counts that stand between; the list of
    the report's counts is walked once, whether it holds 10 counts or 100."""
    original = supervision_recalls._changes

    def walked(doc: Any, metric: str, recalls: list[Any], done: set[int]) -> Any:
        return original(doc, metric, _Walked(recalls), done)

    monkeypatch.setattr(supervision_recalls, "_changes", walked)
    sentence = "丁省去年召回缺陷汽车{0}万辆，比上年增长{1}%。"
    for count in (10, 100):
        _Walked.walks = 0
        report = _parse("".join(sentence.format(count + n, n % 9 + 1) for n in range(count)))
        changes = [s for s in report["supervision"]["stats"] if s["basis"] == "change"]
        assert len(changes) == count
        assert _Walked.walks <= 3  # (once for each kind of count: recalls, complaints, fibre)


def test_the_longest_place_name_is_within_the_bound_the_scans_rely_on() -> None:
    """PlacesNamed reads again only the last LONGEST_PLACE_NAME characters' names: no name of
    the index is longer."""
    assert max(map(len, _index()[0])) <= LONGEST_PLACE_NAME


@pytest.mark.parametrize("seed", range(3))
def test_the_last_place_before_a_position_is_the_one_a_scan_up_to_it_finds(seed: int) -> None:
    """PlacesNamed(view).last(at, kind) is the last place of that kind find_places reads in
    view[:at], on texts of the index's names (long ones and names inside names among them)."""
    rng = random.Random(seed)
    names = sorted(_index()[0])
    pool = [*rng.sample(names, 300), *["该县", "，", "。", "质量", "县", "市", "区", "\n"] * 5]
    for _ in range(10):
        view = match_view("".join(rng.choices(pool, k=rng.randint(600, 1500))))
        named = PlacesNamed(view)
        for at in rng.sample(range(len(view)), 60):
            for kind in "县市区":
                expected = None
                for mention in find_places(view, 0, at):
                    if view.endswith(kind, mention.start, mention.end):
                        expected = (mention.start, mention.end)
                assert named.last(at, kind) == expected, (seed, at, kind)


def test_a_long_report_of_this_countys_titles_reads_its_places_once(monkeypatch: Any) -> None:
    """该县先后获得“A”、“B”等荣誉称号 names the county last named before it: past a report's
    opening, the places before each are not read again from the start."""
    read: list[int] = []

    def counted(view: str, start: int = 0, end: int | None = None) -> Any:
        read.append((len(view) if end is None else end) - start)
        return find_places(view, start, end)

    monkeypatch.setattr(brands_titles, "find_places", counted)
    sentence = "丙县质量工作成效明显，该县先后获得“全国质量强县示范县”、“省级标准化先进县”等荣誉称号。"
    for count in (100, 400):
        read.clear()
        report = _parse(sentence * count)
        assert len(report["brands"]["honours"]) >= 2
        assert sorted(read)[-2] < 2000  # (the whole report's places once; short stretches)


def test_an_undated_reports_latest_year_is_read_once(monkeypatch: Any) -> None:
    """A goal's year in an undated report is compared with the latest year the report tells
    of: worked out once a report, not once a figure."""
    calls: list[str] = []
    original = brands_standing._latest_year_told

    def counted(view: str) -> str | None:
        calls.append(view)
        return original(view)

    monkeypatch.setattr(brands_standing, "_latest_year_told", counted)
    sentence = "到2030年末，全县先后有12个产品15次被评为“甲省名牌产品”。"
    for count in (20, 200):
        calls.clear()
        parse_bytes(("丁县名牌工作\n" + sentence * count).encode("utf-8"), None)
        assert len(calls) == 1  # (the goal's year 2030 is read against it for every count)


def _facility_keys(rng: random.Random) -> list[str]:
    goods = ["钢材", "玩具", "电线电缆", "纺织品", "纺织产品", "皮具、箱包", "箱包", "羊绒"]
    return [rng.choice(["国家", "甲省", "乙市", "县", "", "区"]) + rng.choice(goods)
            + rng.choice(["质量监督检验中心", "质检中心", "检测站", "检验所"])
            + rng.choice(["", "", "（丙省）", "（丁）", "(戊市)"]) for _ in range(60)]


@pytest.mark.parametrize("seed", range(4))
def test_the_key_index_finds_the_first_key_of_the_same_facility(seed: int) -> None:
    """KeyIndex.first_same gives the first key same_facility holds to be the same facility,
    as a walk over every key does, while keys are added and changed."""
    rng = random.Random(seed)
    pool = _facility_keys(rng)
    keys: list[str] = []
    index = KeyIndex()
    for _ in range(150):
        query = rng.choice(pool)
        expected = next((at for at, key in enumerate(keys) if same_facility(key, query)), None)
        assert index.first_same(keys, query) == expected, (seed, query)
        if keys and rng.random() < 0.3:
            at = rng.randrange(len(keys))
            index.remove(at, keys[at])
            keys[at] = rng.choice(pool)
            index.add(at, keys[at])
        else:
            index.add(len(keys), query)
            keys.append(query)


def _centres(count: int) -> str:
    """A report of ``count`` national centres, each named once with its host in brackets."""
    names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    goods = ["钢材", "玩具", "电线", "陶瓷", "茶叶", "纺织品", "箱包", "灯具", "家具", "涂料"]
    return "".join(f"国家{names[n // 20 % 20]}{names[n % 20]}{goods[n % 10]}质量监督检验中心"
                   f"（{names[n % 20]}省）已通过验收。" for n in range(count))


def test_a_report_of_many_centres_compares_each_with_a_few(monkeypatch: Any) -> None:
    """Each centre named is compared with the few whose names could be its own, not with
    every centre before it: the comparisons a centre stay few however many the report names."""
    calls: list[int] = []
    original = inspection_same.same_facility

    def counted(a: str, b: str) -> bool:
        calls.append(1)
        return original(a, b)

    monkeypatch.setattr(inspection_same, "same_facility", counted)
    for count in (50, 200):
        calls.clear()
        report = _parse(_centres(count))
        assert len(report["inspection"]["facilities"]) == count
        assert len(calls) <= 2 * count


def test_a_tables_rows_are_compared_only_with_sentence_figures_of_their_key(
        monkeypatch: Any) -> None:
    """A table row whose figure a sentence may already state is compared with the sentence
    figures of its metric, value and unit only, not with every figure of the report."""
    compared: list[bool] = []
    original = supervision_tables._stated_in_sentence

    def checked(doc: Any, stat: Any, total: bool, same: list[Any]) -> bool:
        compared.append(all(figure_key(other) == figure_key(stat) for other in same))
        return original(doc, stat, total, same)

    monkeypatch.setattr(supervision_tables, "_stated_in_sentence", checked)
    prose = "本季度乙区抽检蔬菜类30批次，水果类20批次，茶叶类40批次，共抽检90批次。\n"
    rows = ("蔬菜类 抽样30批次 不合格3批次 合格率90%\n水果类 抽样20批次 不合格0批次 合格率100%\n"
            "茶叶类 抽样40批次 不合格2批次 合格率95%\n")
    report = _parse((prose + rows) * 20)
    assert report["supervision"]["stats"]
    assert compared and all(compared)
