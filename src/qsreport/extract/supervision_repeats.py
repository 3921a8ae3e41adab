"""Supervision: each enforcement figure once, though a report repeats it (a summary of its
body, a headline that rounds it)."""

from __future__ import annotations

import re
from functools import cache
from operator import attrgetter

from .. import regex_cache as rx
from ..models import SupervisionStat
from .areas import score_number, score_unit
from .common import Doc
from .lexicon.supervision import APPROXIMATE


def each_once(doc: Doc, stats: list[SupervisionStat]) -> list[SupervisionStat]:
    """Each figure once, the body's copy first: a summary repeats its body's figures
    (查处案件265件 twice), a headline repeats them or rounds them (近3万起 over the body's
    2.9万起). A count repeated in one sentence of the body counts another thing and is kept
    (检查钢材经销企业12家，混凝土生产企业12家; 查获化肥12吨、农药12吨)."""
    title = doc.layout.header.title_line

    def in_title(stat: SupervisionStat) -> bool:
        return title is not None and title.start <= stat.span[1] <= title.end

    def rounds_body(stat: SupervisionStat) -> bool:
        return APPROXIMATE.search(doc.view, stat.span[0], stat.span[1]) is not None \
            and any(_rounds_to(stat, other) for other in body
                    if other is not stat and not _headline_line(doc, other))

    body = [stat for stat in stats if not in_title(stat)]
    sampled: dict[int, set[float]] = {}  # sentence start → the batches sampled it counts
    counted: dict[int, set[tuple[str, float, str]]] = {}  # … and the firms and batches
    parts: set[int] = set()  # the ；-parts of sentences that count batches sampled
    for stat in body:
        at = doc.sentence_at(stat.span[0]).start
        if stat.metric == "batches_sampled":
            sampled.setdefault(at, set()).add(score_number(stat.value))
            parts.add(_part_start(doc, stat.span[0], at))
        if stat.metric in _CHECK_COUNTS:
            counted.setdefault(at, set()).add(figure_key(stat))
    kept: list[SupervisionStat] = []
    # figure → the sentence that gave it: its text and where it starts
    seen: dict[tuple[str, float, str], tuple[str, int]] = {}
    first_labels: dict[tuple[str, float, str], str] = {}  # … and its label, in the view
    first_parts: dict[tuple[str, float, str], int] = {}  # … and where its ；-part starts
    for stat in body + [stat for stat in stats if in_title(stat)]:
        key = figure_key(stat)
        # A sentence copied whole further on (a page that prints its paragraph twice) gives
        # its figures again: the same words, another place.
        sentence = doc.sentence_at(stat.span[0]).start
        if key in seen and (seen[key] != (stat.evidence, sentence)
                            or (stat.metric == "pass_rate" and not _next_in_list(doc, stat, kept)
                                and not _own_class(doc, stat))) \
                and not _rates_own_check(stat, seen[key][1], sentence, sampled) \
                and not _rates_own_part(doc, stat, first_parts.get(key), parts) \
                and not _another_class(doc, stat, first_labels.get(key)) \
                and not _counts_own_check(key, seen[key][1], sentence, counted) \
                and not _another_change(doc, stat, seen[key][1], kept):
            continue  # (a rate repeated in one sentence is one level: 其中合格率为100%的产品有…;
            # but a change told again in its paragraph is another kind's: 甲类…提高2个百分点；乙类…)
        if (in_title(stat) or _headline_line(doc, stat)) and rounds_body(stat):
            continue  # (a page may repeat its headline as a line of its own, 摘要 after it)
        if in_title(stat) and title is not None and _cuts_body_decimal(doc, stat, title.end):
            continue  # 查获问题燃气186吨 over the body's 186.4吨, which no rule reads
        seen.setdefault(key, (stat.evidence, doc.sentence_at(stat.span[0]).start))
        first_parts.setdefault(key, _part_start(doc, stat.span[0], sentence))
        first_labels.setdefault(key, _view_label(doc, stat))
        kept.append(stat)
    return sorted(kept, key=_by_span)


_by_span = attrgetter("span")

# Between two rates of one list (分别为100%、100%、93.3%): each is a level of its own; so too
# when each rate is led by the product it rates (合格率为汽油96%、润滑油100%、石蜡100%).
_LIST_STEP = rx.compile(r"\s*(?:、|和|及|与)\s*(?:[^\W\d_a-zA-Z]{1,8}?(?:为|是)?)?[\d.]+\s*%")


def _next_in_list(doc: Doc, stat: SupervisionStat, kept: list[SupervisionStat]) -> bool:
    """Whether a rate follows the rate kept last in one list, with only a list's comma
    between (one 100% for each of the classes listed before)."""
    return bool(kept) and kept[-1].metric == stat.metric \
        and _LIST_STEP.fullmatch(doc.view, kept[-1].span[1], stat.span[1]) is not None
def _rates_own_check(stat: SupervisionStat, first: int, sentence: int,
                     sampled: dict[int, set[float]]) -> bool:
    """Whether a rate met again in another sentence rates another check: each sentence counts
    the batches its check sampled, and the counts differ (抽检纸箱12批次，合格率100%。…抽检
    纸箱30批次，合格率100%: one level for each); a summary repeating its body's check and rate
    gives it once."""
    if stat.metric != "pass_rate" or sentence == first:
        return False
    own, other = sampled.get(sentence), sampled.get(first)
    return own is not None and other is not None and own.isdisjoint(other)


def _part_start(doc: Doc, pos: int, sentence: int) -> int:
    """Where the part of its sentence holding ``pos`` starts: just after the last ；
    before it, else at the sentence's start."""
    return max(sentence, doc.view.rfind("；", sentence, pos) + 1, doc.view.rfind(";", sentence, pos) + 1)


def _rates_own_part(doc: Doc, stat: SupervisionStat, first: int | None, parts: set[int]) -> bool:
    """Whether a rate met again in its sentence, past a ；, rates another check: its part and
    the first rate's part each count the batches they sampled (抽取甲产品20批次，合格率为95%；
    抽取乙产品20批次，合格率为95%: a level for each product's check)."""
    if stat.metric != "pass_rate" or first is None:
        return False
    sentence = doc.sentence_at(stat.span[0]).start
    own = _part_start(doc, stat.span[0], sentence)
    return own != first and first >= sentence and own in parts and first in parts


_CHECK_COUNTS = frozenset({"batches_sampled", "enterprises_inspected"})


def _counts_own_check(key: tuple[str, float, str], first: int, sentence: int,
                      counted: dict[int, set[tuple[str, float, str]]]) -> bool:
    """Whether a count of firms or batches met again in another sentence counts another
    check: each sentence counts its check's firms and batches, and besides the repeated
    figure they differ (抽查了8家甲企业的9个批次。…抽查了9家乙企业的9个批次: nine batches for
    each); a summary repeating its body's check repeats the rest too."""
    if key[0] not in _CHECK_COUNTS or sentence == first:
        return False
    own, other = counted.get(sentence, set()) - {key}, counted.get(first, set()) - {key}
    return bool(own) and bool(other) and own.isdisjoint(other)


def _another_change(doc: Doc, stat: SupervisionStat, seen_at: int,
                    kept: list[SupervisionStat]) -> bool:
    """Whether a change equal to one kept is another change of its paragraph (甲类…比上年提高2个
    百分点；乙类…比上年提高2个百分点; 分别上升2个百分点和2个百分点), not the same words read twice."""
    key = figure_key(stat)
    return stat.basis == "change" \
        and "\n" not in doc.view[seen_at:doc.sentence_at(stat.span[0]).start] \
        and not any(figure_key(other) == key and other.span[0] < stat.span[1]
                    and stat.span[0] < other.span[1] for other in kept)


def _own_class(doc: Doc, stat: SupervisionStat) -> bool:
    """Whether a rate is led by the class it rates and its own rate word, in its clause: 甲类
    货品的抽检合格率达100%；…；乙类货品的抽检合格率达100% (each class's level, rounds 22, 40, 50).
    The label is read in the view, so a report in traditional script (…產品合格率為) is read
    as one in simplified script."""
    return _CLASS_RATE.fullmatch(_view_label(doc, stat)) is not None


def _another_class(doc: Doc, stat: SupervisionStat, first: str | None) -> bool:
    """Whether a rate met again in another sentence rates another class of product: it is led
    by its class and its own rate word, and the label of the rate met first does not name that
    class (全部货品合格率100%。…甲类货品合格率100%，乙类货品合格率97.6%，丙类货品合格率97.6%: a
    level for each class; not 纸制品合格率96% told again as 本市纸制品的合格率96%)."""
    if stat.metric != "pass_rate" or first is None:
        return False
    own = _CLASS_RATE.fullmatch(_view_label(doc, stat))
    if own is None:
        return False
    named = _CLASS_NAME.match(own.group())
    if named is None or _NO_CLASS.search(named.group()):
        return False
    core = _class_core(named.group())  # (电线电缆类 is the 电线电缆产品 rated first)
    if core in first:
        return False
    first_class = _CLASS_NAME.search(first)
    return first_class is None or _class_core(first_class.group()) not in core


def _class_core(name: str) -> str:
    """A class's name without the 类 or 产品 that ends it (电线电缆类产品 → 电线电缆)."""
    return _CLASS_TAIL.sub("", name) or name


def _view_label(doc: Doc, stat: SupervisionStat) -> str:
    """A figure's label as the view writes it (simplified script, half-width): the label is
    the text's, which the view matches character for character."""
    at = doc.text.find(stat.label, stat.span[0], stat.span[1])
    return doc.view[at:at + len(stat.label)] if at >= 0 else stat.label


# (a class of product, its check, 合格率, then 为/达/是: 纸制品监督抽查合格率为100%)
# (any goods ending in 品 or 类: 化妆品抽检合格率100%)
_CLASS_RATE = rx.compile(r"[^\W\d_a-zA-Z]{1,12}?(?:类|品)[^\W\d_a-zA-Z]{0,8}?合格率"
                         r"(?:为|达|达到|是)?")
# The class a rate's label names, up to its 类 or 品 (甲类产品, 电磁炉产品, 纸制品).
_CLASS_NAME = rx.compile(r"[^\W\d_a-zA-Z]{1,12}?(?:类|品)")
# ... no class when it names a place or a time, the products of a whole check (甲市上半年产品
# 抽检合格率95%: the check's level, told again), or points back to one or to all (各类产品, 该类
# 产品); whole words only, so that a class may hold 年, 月 or 全 (年糕类, 月饼类, 安全帽类).
_NO_CLASS = rx.compile(
    r"^(?:各|该|此|这|这些|上述|所有|其他|全部)|\d+年|[上下]半年|全年|今年|本年|年度|季度|\d+月|本月|"
    r"(?<!超)[省市县区](?!场)|全[省市县区国]|本次|此次|整体|总体|平均")
_CLASS_TAIL = rx.compile(r"(?:类)?(?:产品)?$")
_unit_key = cache(score_unit)  # a report writes few units, each many times


def figure_key(stat: SupervisionStat) -> tuple[str, float, str]:
    """What makes two figures one: metric, value and unit, compared as a key compares them."""
    return stat.metric, score_number(stat.value), _unit_key(stat.unit)


def _headline_line(doc: Doc, stat: SupervisionStat) -> bool:
    """Whether a figure stands in a line of its own that closes on no stop, as a headline
    does (查获假冒农资376万多元, between the lead and the body)."""
    sentence = doc.sentence_at(stat.span[0])
    line_start = doc.view.rfind("\n", 0, sentence.start) + 1
    return not doc.view[line_start:sentence.start].strip() \
        and doc.view[sentence.start:sentence.end].rstrip()[-1:] not in _STOPS \
        and doc.view.startswith("\n", sentence.end)


_STOPS = frozenset("。！？!?；;…")


def _cuts_body_decimal(doc: Doc, stat: SupervisionStat, body_start: int) -> bool:
    """Whether a headline's whole number is a decimal of the body with its fraction cut off,
    in the same unit (186吨 over 186.4吨; a rate too, 合格率达97% over the body's 97.26%):
    the body's figure, rounded."""
    if not isinstance(stat.value, int):
        return False
    unit = doc.view[stat.span[1] - len(stat.unit):stat.span[1]]
    body = re.compile(rf"(?<![\d.]){stat.value}\.\d+\s*{re.escape(unit)}")
    return body.search(doc.view, body_start) is not None


def _rounds_to(headline: SupervisionStat, body: SupervisionStat) -> bool:
    """Whether a headline's approximate figure stands for a body's exact one."""
    if (body.metric, score_unit(body.unit)) != (headline.metric, score_unit(headline.unit)):
        return False
    return abs(body.value - headline.value) <= 0.1 * abs(headline.value)
