"""Supervision: places inspected (schema 2's ``places_inspected``): markets, shops and stations
a check went through, which are no firms inspected (检查商场45家次、超市120家次). A sentence
about verifying instruments leaves them to metrology, whose sites they are (巡查加气站9家，检定
加气机40台); one that only names the instruments checked keeps them (检查集贸市场120家，
电子秤2706台: the keys of rounds 1 to 56 list them in the stats 27 times, in other alone 16,
never leave them out; the team's held-out keys have none of this shape). It also tells when
firms counted right after a check's verb are firms inspected though a place stands before the
verb (:func:`firms_after_place`)."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc
from .lexicon.supervision_places import (
    CHECK_BEFORE,
    EQUIPMENT_COUNTED,
    HELD,
    INSTRUMENT_SITES_AFTER,
    PLACE_ITEM,
    PLACES,
    PLACES_AFTER,
    PLACES_BEFORE,
    UNITS_AFTER,
    UNITS_BEFORE,
)
from .lexicon.supervision_work import DIVISIONS_AFTER
from .supervision_keywords import excluded

# (所: schools; 间: shops, as Hong Kong and Macau count them)
_PLACE_UNITS = frozenset({"家", "家次", "个", "个次", "户", "户次", "处", "所", "间"})
_VERIFYING = rx.compile(r"检定|强检|校准")
_DIVISIONS_AFTER = rx.compile(DIVISIONS_AFTER)
_LIST_JOIN = rx.compile(r"[^，,。；;：:\d、]{0,10}?(?:、|和|及|与|以及)\s*")


def place_inspected(doc: Doc, sentence_start: int, sentence_end: int, context_start: int,
                    span: tuple[int, int], unit: str, previous: tuple[str | None, str]) -> bool:
    """Whether a figure with no metric counts places a check went through: the check and the
    place right before it (突击检查了超市、商场和副食店16家), a place going on with a list
    of them (、农贸市场9个), or the place right after it with the check before it or closing
    its object (检查了9家超市, 对14家眼镜验配单位进行检查)."""
    if unit not in _PLACE_UNITS:
        return False
    view = doc.view
    start, end = span
    if unit == "个" and _DIVISIONS_AFTER.match(view, end):
        return False  # 对4个城区的农贸市场开展检查: the places covered, not the outlets
    # (a list of firms may go on with places: 检查食品企业18家次，商场超市12家次)
    listed = previous[0] in ("places_inspected", "enterprises_inspected") \
        and PLACE_ITEM.fullmatch(view, context_start, start) is not None
    if not listed and PLACES_BEFORE.search(view, context_start, start) is None \
            and not _named_after(view, context_start, start, end, sentence_end, previous[0]):
        return False
    return _VERIFYING.search(view, sentence_start, sentence_end) is None


def _named_after(view: str, context_start: int, start: int, end: int, sentence_end: int,
                 previous: str | None) -> bool:
    """Whether the place a check went through is named right after the figure (see
    :func:`place_inspected`)."""
    place = PLACES_AFTER.match(view, end)
    if place is None:
        return False
    if CHECK_BEFORE.search(view, context_start, start):
        return True
    if previous in ("enterprises_inspected", "places_inspected") \
            and _LIST_JOIN.fullmatch(view, context_start, start):
        return True  # 检查了6家食品厂、4家农贸市场和11家超市: the list goes on
    # 对…N家X进行（监督）检查: the check closes the object (in its clause)
    rest = view[place.end():min(sentence_end, place.end() + 16)]
    clause = rest.split("，")[0].split(",")[0]
    return "对" in view[context_start:start] and CHECK_BEFORE.search(clause) is not None


def firms_after_place(view: str, clause_start: int, start: int, end: int, unit: str) -> bool:
    """Whether a count of firms right after the check's verb is firms inspected though a place
    stands before the verb: the place is where the check went (the channel, the shops), the
    firms after the count are what it counts (流通领域门店抽检了20家受检单位的36批次产品, 在大型
    商场抽查了15家供货企业的40批次产品). Every other word that rules firms out still does, after
    the place (门店再次跟踪抽检了8家企业: a follow-up). The place is a shop, market or channel,
    not a word of metrology (净含量, 商品量); nor do the firms count when what they hold is
    checked (在集贸市场检查了15家企业的电子秤)."""
    if unit not in _FIRM_UNITS or _CHECK_RIGHT_BEFORE.search(view, clause_start, start) is None:
        return False
    firms = _FIRMS_RIGHT_AFTER.match(view, end)
    if firms is None or _HOLDS.match(view, firms.end()):
        return False
    places = [*_PLACE.finditer(view, clause_start, start)]
    return bool(places) and not excluded(view, places[-1].end(), start, "enterprises_inspected")


_FIRM_UNITS = frozenset({"家", "户", "家次", "户次"})
_PLACE = rx.compile(rf"{PLACES}|店|流通领域|流通环节")
_HOLDS = rx.compile(rf"[^，,。；;：:]*?(?:{HELD})")
_CHECK_RIGHT_BEFORE = rx.compile(r"(?:抽查|抽检|检查|巡查)了?(?:共|计|共计)?\s*$")
# (the firm word within four characters of the count, no place among them)
_FIRMS_RIGHT_AFTER = rx.compile(r"(?:受检|生产|供货|经销|销售|食品|相关)?(?:企业|单位|厂家|工厂)")


def units_holding_equipment(view: str, context_start: int, start: int, end: int) -> bool:
    """Whether a count of units (单位, 机构, named right before the count or right after it) is
    told beside the special equipment they hold, further on in its sentence (检查单位20户、各类
    设备300余台; 5家单位的小锅炉5台): the equipment's holders, no firms a check went through."""
    named = UNITS_BEFORE.search(view, context_start, start) is not None \
        or UNITS_AFTER.match(view, end) is not None
    return named and EQUIPMENT_COUNTED.match(view, end) is not None


def past_item_noun(view: str, clause_start: int, context_start: int, start: int) -> int:
    """Where a figure's own words start when its context opens on the noun of the figure
    before and a joining word (对3家超市及9家生产企业的包装产品进行了检查: 超市 is the 3's,
    not the 9's)."""
    if context_start > clause_start:
        joined = _ITEM_NOUN_JOIN.match(view, context_start, start)
        if joined is not None:
            return joined.end()
    return context_start


_ITEM_NOUN_JOIN = rx.compile(r"[^\W\d_a-zA-Z]{1,8}?(?:和|及|与|、)")


def instrument_sites(view: str, end: int, unit: str, sites_unit: str) -> bool:
    """Whether a count of shops is counted by the instruments a check weighed at them
    (抽查了60家磅秤): the instrument closes its noun, or, a bare count in the unit of such a
    count before it in its sentence, it goes on with that count's breakdown (…，其中甲市场
    抽查30家，…): metrology's sites, no firms inspected."""
    if INSTRUMENT_SITES_AFTER.match(view, end):
        return True
    return unit == sites_unit and _BARE_COUNT.match(view, end) is not None


_BARE_COUNT = rx.compile(r"\s*(?:[，,。；;）)]|$)")
