"""Special equipment: boilers, pressure vessels, lifts and their kin registered and inspected,
their users inspected, hazards found and put right (schema 2); the words are in
:mod:`.lexicon.special_equipment`, the reading in :mod:`.tallies`."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import EquipmentStat, SpecialEquipment
from ..numbers import to_number
from ..vocabulary import EQUIPMENT_CHANGES_LATE, EQUIPMENT_METRICS_LATE, EQUIPMENT_TOLL
from .areas import tally_area
from .common import Doc, told_again
from .lexicon.special_equipment import GAUGES, SPECIAL_EQUIPMENT, USERS
from .special_equipment_found import found_in_use
from .special_equipment_population import populations
from .special_equipment_ratings import ratings
from .special_equipment_rescue import rescues
from .special_equipment_tolls import respective_changes
from .tallies import Tallies, Tally
from .tally_stats import stats_of

_TALLIES = Tallies(SPECIAL_EQUIPMENT)
# Hazards found and put right in one breath (发现并整改隐患5处, 发现整改问题9处): the figure is of both; so
# is a sweep's that put them right (排查并消除隐患8处, 排查整改隐患12处: the keys of two
# rounds count the hazards found besides those put right).
_FOUND_AND_RECTIFIED = rx.compile(r"(?:发现|查出)(?:并|后|和|及)?(?:及时)?(?:整改|消除|排除)|"
                                  r"排查(?:并|后)?(?:及时)?(?:整改|消除|排除)")
# What may stand between a count of users and the count of their equipment, once the names
# are taken out (5家厂的8台燃煤锅炉: the users of the boilers).
# Gauges named right before a count, or right after it unless what it found is told (发现有
# 9台存在压力表未校验等隐患 counts boilers): the count is of the gauges.
_GAUGES_BEFORE = rx.compile(rf"(?:{GAUGES})[^，,；;。、\d]{{0,4}}$")
_GAUGES_AFTER = rx.compile(rf"(?:(?!存在|有)[^，,；;。、\d]){{0,8}}?(?:{GAUGES})")
_OWN_NAME = 8  # characters before a count of users that may name their own kind
_THEIR_EQUIPMENT = rx.compile(rf"\s*(?:{USERS})?\s*(?:的|所属的?|在用的?|使用的)\s*")
# A toll per 10,000 units written as a bare number after its name (万台设备事故率是0.2): the
# unit its name states; a number with its unit (0.06人/万台) is the tallies' (lexicon).
_BARE_RATE = rx.compile(
    r"万台(?:特种)?(?:设备)?(?P<what>事故率|死亡率|死亡人数)(?:也|亦|则)?"
    r"(?:为|是|达到?|降至|降到|降低到|下降到|仅为|只有)?\s*(?P<num>\d+(?:\.\d+)?)"
    r"(?!\s*(?:[\d.%％万亿]|个?百分点|人|名|起|倍|以内|以下))")
# A bare rate named as a goal after it in its clause (…实现了万台设备死亡率0.4的控制指标; 把…0.2作为
# 控制目标): a target.
_GOAL_AFTER = rx.compile(r"[^，,。；;！？\d]{0,8}?(?:指标|目标)")


def extract_special_equipment(doc: Doc) -> SpecialEquipment:
    """``注册登记的特种设备共8420台，其中锅炉312台``, ``对125台锅炉进行了定期检验``,
    ``抽查电梯使用单位58家``, ``发现事故隐患17处``."""
    stats: list[EquipmentStat] = []
    tallies = stats_of(doc, _TALLIES)
    for index, (tally, fields) in enumerate(tallies):
        following = tallies[index + 1][0] if index + 1 < len(tallies) else None
        if _gauges(doc, tally):
            continue
        equipment = _equipment(doc, tally, following)
        if equipment == _TALLIES.words.any_name:
            equipment = _only_kind(doc, tally)
        if tally.metric == "registered" and tally.figure.unit == "%":
            # the register's change (…数量1.2万台，比上年增长9%): of the stock's equipment
            equipment = _stock_kind(stats, tally)
        if tally.metric == "hazards_rectified" and _FOUND_AND_RECTIFIED.search(
                doc.view, tally.label_start, tally.figure.start):
            stats.append(EquipmentStat(metric="hazards_found", equipment=tally.name,  # type: ignore[arg-type]
                                       **fields))
        stats.append(EquipmentStat(metric=tally.metric, equipment=equipment,  # type: ignore[arg-type]
                                   **fields))
    stats = respective_changes(doc, stats)
    stats = populations(doc, stats, _TALLIES)  # (在50部扶梯中有6部不合规定: the 50 inspected)
    bare = _bare_rates(doc)
    # 二级风险电梯350台, 解救被困人员580人, 该单位现有电梯25部 (schema 2): these readings replace
    # any other
    for read in (ratings(doc), rescues(doc), found_in_use(doc)):
        taken = {stat.span[1] for stat in read}
        stats = [stat for stat in stats if stat.span[1] not in taken]
        bare = [stat for stat in bare if stat.span[1] not in taken] + read
    if bare:  # (in the text's order, among the tallies)
        stats = sorted(stats + bare, key=lambda stat: stat.span[0])
    return SpecialEquipment(stats=stats)


def _bare_rates(doc: Doc) -> list[EquipmentStat]:
    """Each toll per 10,000 units whose number stands bare after the rate's name: the metric
    (``accident_rate``, ``death_rate``) and the unit its name states (起/万台, 人/万台)."""
    view = doc.view
    if "万台" not in view:
        return []
    out = []
    seen: dict[tuple[bool, float], list[int]] = {}  # where each rate was said
    for match in _BARE_RATE.finditer(view):
        value = to_number(match.group("num"))
        accidents = match.group("what") == "事故率"
        if value is None or any(told_again(doc, at, match.start("num"))
                                for at in seen.get((accidents, value), ())):
            continue  # (a summary's rate told again in the body: once; not another year's)
        seen.setdefault((accidents, value), []).append(match.start("num"))
        out.append(EquipmentStat(
            metric="accident_rate" if accidents else "death_rate",
            equipment=_TALLIES.words.any_name,  # type: ignore[arg-type]
            label=doc.text[match.start():match.start("num")].strip(),
            value=value,
            unit="起/万台" if accidents else "人/万台",
            status="target" if _GOAL_AFTER.match(view, match.end()) else "achieved",
            span=(match.start(), match.end()),
            evidence=doc.evidence(doc.sentence_at(match.start())),
        ))
    return out


def _stock_kind(stats: list[EquipmentStat], tally: Tally) -> str:
    """The equipment of the register's count its change in % follows in its sentence, else
    ``any`` (a kind named in a bracket that leaves it out, 不含压力管道, is none of the count's)."""
    stock = stats[-1] if stats else None
    if stock is not None and stock.metric == "registered" and stock.unit != "%" \
            and tally.sentence.start <= stock.span[0] < tally.figure.start:
        return stock.equipment
    return _TALLIES.words.any_name


def _gauges(doc: Doc, tally: Tally) -> bool:
    """Whether the tally counts a boiler's gauges or valves, not equipment."""
    figure = tally.figure
    return _GAUGES_BEFORE.search(doc.view, tally.label_start, figure.start) is not None \
        or _GAUGES_AFTER.match(doc.view, figure.end, tally.sentence.end) is not None


def _equipment(doc: Doc, tally: Tally, following: Tally | None) -> str:
    """The tally's equipment; users counted with no kind of their own take the kind counted
    right after them, past 的 (对5家厂的8台燃煤锅炉逐台测过能效: boiler users), as
    metrology's sites take their instruments, whatever kind the sentence named before (依照
    《关于电梯等特种设备…》对14家厂的17台锅炉…)."""
    if tally.metric != "users_inspected" or following is None \
            or following.sentence != tally.sentence or following.name == _TALLIES.words.any_name \
            or following.metric in {"users_inspected", "hazards_found", "hazards_rectified"}:
        return tally.name
    view, figure = doc.view, tally.figure
    between = view[figure.end:following.figure.start]
    own = view[max(tally.sentence.start, figure.start - _OWN_NAME):figure.start]
    if _TALLIES.names.search(between) or (tally.name != _TALLIES.words.any_name
                                          and _TALLIES.names.search(own)):
        return tally.name  # (锅炉使用单位12家; 12家锅炉使用单位的…: their own kind)
    return following.name if _THEIR_EQUIPMENT.fullmatch(between) else tally.name


def _only_kind(doc: Doc, tally: Tally) -> str:
    """Users counted with no kind named before them in their sentence, in a report that so far
    has named one kind alone (乙县开展锅炉专项检查…。共检查使用单位6家，其锅炉…: boiler users); else
    the tally's name."""
    any_name = _TALLIES.words.any_name
    view = doc.view
    if tally.metric != "users_inspected" or tally.name != any_name \
            or _TALLIES.names.search(view, tally.sentence.start, tally.figure.start):
        return tally.name
    kinds = _TALLIES.keys_in(view, 0, tally.figure.start)
    kinds.discard(any_name)
    return kinds.pop() if len(kinds) == 1 else tally.name


AREA = tally_area("special_equipment", extract_special_equipment,
                  title="Special equipment", kind="equipment", what="equipment",
                  late_metrics=EQUIPMENT_METRICS_LATE, late_as_one=EQUIPMENT_TOLL,
                  late_changes=EQUIPMENT_CHANGES_LATE)
