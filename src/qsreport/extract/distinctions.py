"""Distinctions counted that are no brand honour — quality awards, quality-city titles,
demonstration zones, standardization pilots (schema 2); the words are in
:mod:`.lexicon.distinctions`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import Distinctions, DistinctionStat
from ..segmenting import Segment
from ..vocabulary import DISTINCTION_METRICS_LATE
from .areas import tally_area
from .common import Doc
from .distinctions_commended import commended
from .distinctions_declared import declared_standards
from .distinctions_lists import list_categories
from .distinctions_output import brand_output
from .distinctions_places import zone_places
from .distinctions_rewards import reward_kind
from .distinctions_standards import standards_distinctions
from .distinctions_taking_part import taking_part
from .distinctions_values import brand_values
from .lexicon.distinctions import DISTINCTION_WORDS
from .tallies import Tallies, Tally
from .tally_stats import stats_of

_TALLIES = Tallies(DISTINCTION_WORDS)
# Money paid for a list of honours closed by 等 (兑现专利、名牌、质量奖等奖励800万元): the
# reward of several kinds, ``any``, whichever of them the rows name.
_LISTED_REWARD = rx.compile(r"、[^，,；;。、\d]{0,12}等[^；;。、\d]{0,24}$")


def _kind(doc: Doc, tally: Tally) -> str:
    """The distinction a tally counts: ``any`` for money paid for a list of honours."""
    if tally.metric == "reward_money" and _LISTED_REWARD.search(
            doc.view, max(tally.sentence.start, tally.figure.start - 40), tally.figure.start):
        return "any"
    if tally.metric in _ZONE_METRICS:
        return _zone_kind(doc, tally)
    if tally.name == "quality_award":
        return _nominated_kind(doc, tally)
    if tally.name == "standardization_pilot" and _GRANTED.match(doc.view, tally.figure.end,
                                                                 tally.sentence.end):
        return "standards_award"  # (…的40个标准化项目，一并给予资助奖励: the grant's projects)
    return tally.name


# Standardization projects a reward is paid for, in their sentence (the name's own look ahead
# stops at the clause a tally's name is read in).
_GRANTED = rx.compile(r"[^。；;\d]{0,6}?标准化项目[^。；;\d]{0,12}?(?:奖励|奖补)")


def _nominated_kind(doc: Doc, tally: Tally) -> str:
    """A quality award's tally that only a bare 提名奖 names (另有3家企业获提名奖) is the
    award's whose name stands nearest before that 提名奖, past grades (一等奖) and 获奖, in
    its sentence or the two before (…质量奖评出5家获奖单位。名单如下：…。另有8家单位
    获提名奖): the quality award's, another distinction's (标准创新贡献奖),
    or none (a contest's, QC小组成果发表赛)."""
    view = doc.view
    nominations = list(_NOMINATION.finditer(view, tally.sentence.start, tally.sentence.end))
    if not nominations or _QUALITY.search(_TALLIES.names_by(view, tally)):
        return "quality_award"
    anchor = min(nominations, key=lambda m: abs(m.start() - tally.figure.start)).start()
    sentence: Segment | None = tally.sentence
    for _ in range(_SENTENCES_BACK):
        sentence = doc.sentence_before(sentence) if sentence is not None else None
    low = sentence.start if sentence is not None else 0
    names = [(m.start(), m.end(), _TALLIES.key_of(m))
             for m in _TALLIES.names.finditer(view, low, anchor) if not _NOMINATION.fullmatch(m.group())]
    awards = list(_AWARD.finditer(view, low, anchor))
    if not awards:
        return ""
    return next((key for start, end, key in names if start < awards[-1].end() <= end), "")


# A quality award's name; a nomination named alone; any award's 奖 but a grade's (一等奖), a
# nomination's own or a win's (获奖).
_SENTENCES_BACK = 2
_QUALITY = rx.compile(r"(?:质量|品质)(?:管理)?奖(?!励|惩|金|罚)")
_NOMINATION = rx.compile(r"(?<!奖)提名奖(?!励|金)")
_AWARD = rx.compile(r"(?<![等获得颁名])奖(?!励|惩|金|罚|状|杯|牌)")


def _zone_kind(doc: Doc, tally: Tally) -> str:
    """A zone's results are of the zone: the one kind of zone or pilot the report names up to
    the figure's sentence's end (…农业标准化示范区…。示范区总产值达到…: standardization_pilot),
    else ``any``. Its sentence must speak of a zone (示范区, 示范基地, 示范项目, or a kind's name)."""
    view = doc.view
    if _ZONE.search(view, tally.sentence.start, tally.sentence.end) is None:
        return ""
    kinds = _TALLIES.keys_in(view, 0, tally.sentence.end) & _ZONES
    return kinds.pop() if len(kinds) == 1 else "any"


# A zone's results, and the kinds that are zones or pilots, whose results a report may tell.
_ZONE_METRICS = {"zone_output", "zone_jobs", "zone_income", "zone_area", "zone_households"}
_ZONES = {"export_zone", "gi_zone", "brand_zone", "standardization_pilot"}
_ZONE = rx.compile(r"示范区|示范基地|示范园|示范片|示范项目|试点(?:区|县|项目|基地)")


def extract_distinctions(doc: Doc) -> Distinctions:
    """``12家企业获得市长质量奖``, ``新增省级农业标准化示范区2个``,
    ``获批创建全国知名品牌示范区2个``, ``全市现有中华老字号4家``, ``对获得省长质量奖的企业
    奖励30万元``."""
    standards = standards_distinctions(doc)  # 标准化良好行为企业9家和企业标准“领跑者”6个
    values = brand_values(doc)  # 某某集团品牌价值215.3亿元
    if values:
        standards = sorted(standards + values, key=lambda stat: stat.span[0])
    # 为8家企业颁奖, 名牌产品年产值800亿元 (schema 2): a figure a tally read keeps its reading
    # (and 1200家企业已自我声明公开了标准, 涵盖产品8000余种; 榜单涉及40个产品类别)
    places = zone_places(doc)  # 分布在全省11个市州: the places a zone spans
    praised = (commended(doc) + brand_output(doc) + declared_standards(doc) + list_categories(doc)
               + places)
    if _TALLIES.trigger.search(doc.view) is None:
        return Distinctions(stats=_with_taking_part(doc, standards + praised))
    stats = []
    for tally, fields in stats_of(doc, _TALLIES):
        kind = _kind(doc, tally)
        if kind and tally.metric == "reward_money":
            kind = reward_kind(doc, _TALLIES, tally, kind)
        if kind:  # (a zone's result in a sentence of no zone: none)
            stats.append(DistinctionStat(metric=tally.metric,  # type: ignore[arg-type]
                                         distinction=kind, **fields))  # type: ignore[arg-type]
    if places:  # (a tally's count of zones that is a count of the places they span: none)
        stats = [stat for stat in stats if not any(
            place.value == stat.value and place.span[0] <= stat.span[1] <= place.span[1]
            for place in places)]
    if praised:
        read = {stat.span[1] for stat in stats}
        standards += [stat for stat in praised if stat.span[1] not in read]
    if standards:  # (in the text's order, among the tallies; a brand value a tally read too: once)
        valued = {stat.span[1] for stat in values}
        stats = sorted([stat for stat in stats if stat.span[1] not in valued] + standards,
                       key=lambda stat: stat.span[0])
    return Distinctions(stats=_with_taking_part(doc, stats))


def _with_taking_part(doc: Doc, stats: list[DistinctionStat]) -> list[DistinctionStat]:
    """``stats`` with the places and firms taking part in a programme (1200家企业开展了质量
    提升活动), in the text's order: their reading replaces a tally's of the same count (a
    quality award named earlier in the sentence names no holders)."""
    taking = taking_part(doc)
    ends = {stat.span[1] for stat in taking}
    return sorted([stat for stat in stats if stat.span[1] not in ends] + taking,
                  key=lambda stat: stat.span[0])


AREA = tally_area("distinctions", extract_distinctions,
                  title="Distinctions", kind="distinction", what="distinction",
                  late_metrics=DISTINCTION_METRICS_LATE)
