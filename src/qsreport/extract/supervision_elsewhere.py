"""Supervision: the metric of a figure whose keyword is not just before it — a verb governing
a list, a linker back to the rate named before, a breakdown of a total, a check's scope, a
keyword after the figure. Read by :mod:`.supervision` for each figure its keywords miss."""

from __future__ import annotations

from typing import NamedTuple

from .. import regex_cache as rx
from ..segmenting import Segment
from .common import Doc
from .lexicon.supervision import (
    BATCH_OUTCOME,
    BREAKDOWN,
    CAMPAIGN_AFTER,
    CAMPAIGN_TIMES_AFTER,
    CHECKED_LIST_BEFORE,
    DEN_AFTER,
    FIRM_CLAUSE,
    FIRM_KIND_CLAUSE,
    FIRM_OUTCOME,
    LINKERS,
    NUMBER_LEAD,
    PRODUCT_CLAUSE,
    SAMPLE_PART_BEFORE,
    SAMPLED_BEFORE,
    SAMPLES_AFTER,
    SAMPLING_VERB,
)
from .lexicon.supervision_goods import NOT_GOODS, SEIZED_CLAUSE
from .lexicon.supervision_results import FIRMS_BEFORE_BATCHES, PASS_RATE_AFTER, PASSES_NEXT
from .supervision_keywords import ANY_KEYWORD, RATES, keyword_after, metric_before, unit_fits
from .supervision_object_lists import listed_object_metric
from .supervision_outcomes import clause_end, firms_counted_in_ge, staff_after_deployment
from .supervision_places import past_item_noun
from .supervision_rates import batches_rated
from .supervision_scope import batches_of_counted, batches_past_scope, scoped_metric

BATCH_UNITS = frozenset({"个批次", "批次", "批"})


def sample_unit(view: str, sentence_start: int, end: int, unit: str) -> bool:
    """Whether a count's unit counts samples: batches, or samples counted in 个 or 组 named
    right after it in a sentence that took them (测试了20个样本，发现其中3个样品不合格: read for
    a verdict as batches are; not samples tested free for the public)."""
    return unit in BATCH_UNITS or (
        unit in ("个", "组") and SAMPLES_AFTER.match(view, end) is not None
        and SAMPLING_VERB.search(view, sentence_start, end) is not None)


def firms_batches(view: str, clause_start: int, start: int, end: int, unit: str) -> bool:
    """Whether a count of batches (or of samples in 个 or 组, 42个样品) stands right after the
    firms that made or sold them in its clause (有3家企业的5批次产品…), so that a verdict
    closing the clause makes it a result, whatever its sentence names."""
    return (unit in BATCH_UNITS or (unit in ("个", "组") and SAMPLES_AFTER.match(view, end) is not None)) \
        and FIRMS_BEFORE_BATCHES.search(view, clause_start, start) is not None


# (the figures before whose metric no batches opening the next clause take)
_BATCH_TAKERS = frozenset({"enterprises_inspected", "batches_passed", "batches_failed"})
# A clause that is a kind of firm, named at some length, and its count (…，逾期生产企业1家).
_PENALISED_KIND = rx.compile(r"\s*[^\W\d_a-zA-Z]{1,16}?(?:企业|厂家|工厂|作坊|经营户|商户|门店|公司)")
_GOODS = frozenset({"goods_seized", "goods_destroyed"})  # (没收、销毁变质糕点4吨，劣质饮料9吨)
# A digit between two figures is a number read as none: no list of figures runs over it, but
# a number split by a space (、95.1 2%: a page's broken figure) is skipped, the list going on.
_DIGIT = rx.compile(r"\d")
_ITEM_AFTER_NOUN = rx.compile(r"[^\W\d_a-zA-Z]{1,10}、\s*")  # (the item before's noun, then 、)
_NOUN_AFTER = rx.compile(r"[^\W\d_a-zA-Z]")  # what a count names right after it
# A breakdown of the batches sampled by product, its clause opening on 其中 (or the sentence,
# 其中，…), a product only before each figure: 共抽样50个批次。其中，鞭炮5个批次 (the keys of
# rounds 1 to 56 count such parts as batches sampled, 22 times in 30 where one is written).
_BREAKDOWN_LEAD = rx.compile(r"\s*其中[，,：:]?\s*")
_BREAKDOWN_PRODUCT = rx.compile(r"(?:(?!合格|发现|检出|问题|共|涉及)[^\W\d_a-zA-Z]){1,14}?")
# A clause that is only a product and a linker before a percent (，运动鞋为91%), going on with
# the rates of the clause before; not a comparison, a share or a rate of its own (…率), nor a
# reach or a share told in other words (覆盖面达100%, 满意度为95%, 知晓比例为80%).
_RATE_OF_ITEM = rx.compile(
    r"\s*(?:(?!同比|比|较|提高|上升|下降|降低|增长|占|率|覆盖|面|比例|比重|满意|知晓|普及)[^\W\d_a-zA-Z]){1,12}?"
    r"(?:为|是|达到|达)\s*")
# The kinds of product a check sampled, then its batches right after them (40种、860批次; 12种
# 共95批次): the batches it sampled, the kinds read apart (categories_sampled).
_KINDS_THEN_BATCHES = rx.compile(r"\d+\s*种\s*[、，,]?\s*(?:共|计|共计|合计)?\s*$")
_SAMPLED = rx.compile(r"抽查|抽检|抽样|抽取")
# ... not kinds told by what was done with them after the check (责令下架产品12种、200批次,
# 其中获证产品12种、200批次)
_DEALT_WITH = rx.compile(rf"{BATCH_OUTCOME.pattern}|责令|获证|认证|许可|停产|关闭")
_RESULT_BEFORE = rx.compile(r"合格|不符合|问题|检出|发现")
_SAMPLED_BATCHES = rx.compile(r"(?:抽查|抽检|抽样|抽取)[^。；;]{0,40}?\d+(?:个)?批次")


class At(NamedTuple):
    """Where a figure stands: its sentence, the start of its clause and of its own context
    (after the figure before it), its span and its unit."""

    sentence: Segment
    clause_start: int
    context_start: int
    start: int
    end: int
    unit: str


def metric_of(doc: Doc, at: At, last: tuple[str | None, str],
               clause_quiet: bool) -> str | None:
    """The metric of a figure with no keyword just before it, from the families that put
    its keyword elsewhere (``last``: the metric and unit of the figure before;
    ``clause_quiet``: no keyword anywhere before it in its clause)."""
    view = doc.view
    sentence, clause_start, context_start, start, end, unit = at
    previous = last[0]
    metric = listed_object_metric(doc, sentence.start, sentence.end, start, unit)
    if metric is not None:
        return metric  # 对8家企业、3家超市进行了检查: the check after the list, each item's noun
    if clause_start < context_start and not clause_quiet and not ANY_KEYWORD.search(
            view, past_item_noun(view, clause_start, context_start, start), start):
        # 抽检了41家厂的57批次样品: the clause's verb governs both figures; the noun of the
        # item before and the word joining them are that item's, though a check's word stands
        # in its name (抽取了9家检测机构和4家认证机构: both bodies the check took).
        metric = metric_before(view, clause_start, start, unit)
    if metric is None and ((unit in {"个", "项", "次"} and CAMPAIGN_AFTER.match(view, end))
                           or (unit == "次" and CAMPAIGN_TIMES_AFTER.match(view, end))):
        return "campaigns"  # 开展4个专项整治, 开展9次“双打”等专项整治行动
    if metric is None and LINKERS.fullmatch(view, context_start, start):
        # 分别为97.8%和95.1%; …提高了14个百分点，达到93.3%: the keyword is further back.
        # (batches after the firms a check counted, past the linker, take the keyword of the
        # clause before: 对9家企业的产品进行抽样，共15个批次 — the batches that sampling took)
        # (nor do batches opening a clause after a verdict's take the verdict: 9批次汽油均
        # 合格，12批次柴油有1批次不合格 — the 12 are the next product's sample)
        if previous and context_start == clause_start \
                and not (previous in _BATCH_TAKERS and unit in BATCH_UNITS):
            metric = previous if unit_fits(previous, unit) else None
            if metric == "enterprises_inspected" \
                    and FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
                metric = None  # …，8户企业处于停产状态: what became of them
        else:
            wider = doc.clause_start(max(sentence.start, context_start - 1), sentence.start)
            metric = _borrowed(view, metric_before(view, wider, start, unit), end)
            if metric is None and previous in RATES and unit == "%":
                metric = previous  # 从2008年的85.1%上升到2011年的91.6%: one rate's course
            if metric is None and unit == "%" and "分别" in view[context_start:start]:
                # 合格率较高，均好于上年，分别为96.1%、93.4%: a 分别 list of rates goes
                # back to the rate its sentence names, clauses before.
                metric = metric_before(view, sentence.start, start, unit)
    if metric is None and previous and view.startswith("、", context_start, start) \
            and unit_fits(previous, unit) and not _DIGIT.search(view, context_start, start):
        # 查获化肥120吨、农药2.8吨: one verb for a list of figures.
        metric = previous
    if metric is None and previous and unit == last[1] \
            and _ITEM_AFTER_NOUN.fullmatch(view, context_start, start):
        # 涉及8家使用单位、3家充装单位: the list's items name their thing after the count.
        metric = previous
    if metric is None and previous in ("enterprises_inspected", "places_inspected") \
            and unit_fits("enterprises_inspected", unit) \
            and context_start == clause_start and FIRM_CLAUSE.fullmatch(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 检查化工企业12家，建材企业30家: one verb for a list of firms (and of places first:
        # 检查超市20家，食品生产企业8家), not what became of some (…，小作坊9家存在问题)
        metric = "enterprises_inspected"
    if metric is None and previous == "firms_penalised" and unit == last[1] \
            and context_start == clause_start and _PENALISED_KIND.fullmatch(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 查处无证生产企业2家，许可证过期仍在生产的企业1家: the list of firms dealt with goes
        # on over a comma, each clause a kind of firm (told by its offence) and its count.
        metric = "firms_penalised"
    if metric is None and _firms_listed_after_check(doc, at):
        metric = "enterprises_inspected"  # 巡查起重机械38台，使用单位9家; …，农资经营单位17个
    if metric is None and context_start == clause_start \
            and _lists_products(view, clause_start, start, unit, last):
        metric = previous
    if metric is None and unit == "%" and previous in RATES and last[1] == "%" \
            and context_start == clause_start and _RATE_OF_ITEM.fullmatch(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start):
        # 童鞋合格率为82%，运动鞋为91%: the kinds after the first name only themselves, their
        # rate the first one's.
        metric = previous
    if metric is None and NUMBER_LEAD.fullmatch(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 抽查了28种产品，156家企业合计203批次产品: a clause opening on a number with no verb
        # of its own goes on with the verb of the clause before (not …，8户企业处于停产状态).
        before = doc.clause_start(max(sentence.start, clause_start - 1), sentence.start)
        if before < clause_start:
            metric = _borrowed(view, metric_before(view, before, clause_start, unit), end)
    if metric is None and previous == "enterprises_inspected" and unit in BATCH_UNITS \
            and context_start == clause_start and NUMBER_LEAD.fullmatch(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start):
        metric = "batches_sampled"  # …；乙产品31家，37批次产品: the batches of the firms counted
    metric = metric or scoped_metric(doc, sentence.start, clause_start, start, unit)  # 涉及…
    if metric is None and previous and unit_fits(previous, unit) \
            and context_start == clause_start and BREAKDOWN.match(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start) \
            and not FIRM_OUTCOME.search(view, end, clause_end(doc, start)):
        # 抽查化肥80个批次，其中尿素30个批次: a breakdown counts what its total counts
        # (not one of the firms that broke the law: 其中3家企业存在违法行为).
        metric = previous
    if metric is None and unit_fits("batches_sampled", unit) and context_start == clause_start \
            and BREAKDOWN.match(view, clause_start, start) \
            and not ANY_KEYWORD.search(view, clause_start, start):
        metric = batches_past_scope(doc, sentence.start, clause_start, unit)  # …涉及…，其中
    if metric is None and unit in BATCH_UNITS and context_start == clause_start \
            and _breaks_down_sampled(doc, sentence.start, clause_start, start):
        return "batches_sampled"  # 共抽样50个批次。其中，鞭炮5个批次，组合烟花41个批次
    if metric is None and unit in _PART_UNITS and context_start == clause_start \
            and _part_after_sampled_part(doc, sentence.start, clause_start, start, unit):
        # 抽取甲产品20批次，…；乙产品2批次，…; 抽取甲产品32家，…；乙产品31家: the list's verb
        return "batches_sampled" if unit in BATCH_UNITS else "enterprises_inspected"
    if metric is None and unit in BATCH_UNITS \
            and batches_of_counted(doc, sentence.start, context_start, start, previous):
        return "batches_sampled"  # 检查23家经销单位96个批次商品
    if metric is None and unit in BATCH_UNITS and _KINDS_THEN_BATCHES.search(view, context_start, start) \
            and (sampled := [*_SAMPLED.finditer(view, sentence.start, context_start)]) \
            and not _RESULT_BEFORE.search(view, context_start, start) \
            and not _DEALT_WITH.search(view, sampled[-1].end(), start):
        return "batches_sampled"  # 抽查企业120家，涉及工业产品40种、860批次
    if metric is None and unit in BATCH_UNITS and batches_rated(doc, sentence.start, start, end):
        return "batches_sampled"  # 检查结果显示，全市86个批次产品的合格率达97.1%
    if metric is None and unit_fits("batches_sampled", unit) and PASSES_NEXT.match(view, end):
        return "batches_sampled"  # 完成…产品212个批次，合格201个批次
    if metric is None and unit == "组" and SAMPLES_AFTER.match(view, end):
        return "batches_sampled"  # 北片区送检的16组样品合格率为93.8%
    if metric is None and unit == "个" and SAMPLES_AFTER.match(view, end) \
            and (SAMPLED_BEFORE.search(view, clause_start, start)
                 or (SAMPLE_PART_BEFORE.search(view, clause_start, start)
                     and SAMPLING_VERB.search(view, sentence.start, clause_start))):
        return "batches_sampled"  # 共抽取80个样品, 抽查了9家药店的20个样本, …其中1个样本…
    if metric is None and unit == "%" and PASS_RATE_AFTER.match(view, end):
        return "pass_rate"  # 67.5%的抽查合格率
    if metric is None and firms_counted_in_ge(view, clause_start, context_start, start, end,
                                              unit):
        return "enterprises_inspected"  # 检查了16个建材生产单位, 检查单位2.3万多个
    if metric is None and unit in _PERSON_TURNS \
            and staff_after_deployment(doc, sentence.start, clause_start, start):
        return "personnel_deployed"  # 派出车辆12台次，稽查人员40人次
    if metric is None:
        metric = keyword_after(doc, clause_start, start, end, unit)
    return metric


def _borrowed(view: str, metric: str | None, end: int) -> str | None:
    """A metric taken from a keyword of the clause before, unless the figure names its own
    thing right after it and that is not the keyword's (制假窝点分布较散，4个小组分片包干:
    teams, no dens)."""
    if metric == "dens_closed" and _NOUN_AFTER.match(view, end) and not DEN_AFTER.match(view, end):
        return None
    return metric


def _firms_listed_after_check(doc: Doc, at: At) -> bool:
    """Whether a figure in 家, 户 or 个 closes a clause that is only a kind of firm or body,
    in a list a check opens clauses before, each item a thing and its count (巡查起重机械
    38台，使用单位9家，维修单位2家), and nothing between says what became of them."""
    view = doc.view
    sentence, clause_start, context_start, start, end, unit = at
    if unit not in _FIRM_LIST_UNITS or context_start != clause_start \
            or not FIRM_KIND_CLAUSE.fullmatch(view, clause_start, start) \
            or clause_end(doc, start) > end:
        return False
    listed = CHECKED_LIST_BEFORE.search(view, max(sentence.start, clause_start - 80), clause_start)
    return listed is not None and not FIRM_OUTCOME.search(view, listed.start(), start) \
        and not ANY_KEYWORD.search(view, listed.end(), start)


_FIRM_LIST_UNITS = frozenset({"家", "户", "个", "家次"})
# People counted by turns, in every way a page writes it (人次, 人/次, 人(次), 人（次）) or by head.
_PERSON_TURNS = frozenset({"人次", "人/次", "人(次)", "人（次）", "人"})


def _lists_products(view: str, clause_start: int, start: int, unit: str,
                    last: tuple[str | None, str]) -> bool:
    """Whether a clause that is only a product before its figure goes on with the list of the
    clause before: 抽查饮料68批次，罐头41批次 (batches, in one unit); 查获劣质钢管30吨，伪劣
    线缆1200米 (goods seized, in any unit goods are counted in, the product named at more
    length)."""
    previous, previous_unit = last
    clause = None
    outcome = FIRM_OUTCOME
    if previous == "batches_sampled" and unit == previous_unit:
        clause = PRODUCT_CLAUSE
        if BATCH_OUTCOME.search(view, clause_start, start):
            return False
    elif previous in _GOODS and unit_fits("goods_seized", previous_unit) \
            and unit_fits("goods_seized", unit) and view[clause_start - 1] not in "；;":
        clause = SEIZED_CLAUSE  # (not after 指令书12份, nor past a ；)
        outcome = NOT_GOODS  # (无证、不合格 describe goods)
    return clause is not None and clause.fullmatch(view, clause_start, start) is not None \
        and not ANY_KEYWORD.search(view, clause_start, start) \
        and not outcome.search(view, clause_start, start)


def _breaks_down_sampled(doc: Doc, sentence_start: int, clause_start: int, start: int) -> bool:
    """Whether a batch figure is one part of the batches sampled, broken down by product: its
    clause is 其中 and a product (其中聚乙烯电缆1040批次), or only a product in a sentence opening
    on 其中 (其中，鞭炮5个批次), and the batches sampled are counted just before, in its sentence or
    the one before it."""
    view = doc.view
    lead = _BREAKDOWN_LEAD.match(view, clause_start)
    if lead is None and not _BREAKDOWN_LEAD.fullmatch(view, sentence_start, clause_start):
        return False
    product = lead.end() if lead is not None else clause_start
    if not _BREAKDOWN_PRODUCT.fullmatch(view, product, start) \
            or ANY_KEYWORD.search(view, product, start):
        return False
    before = doc.sentence_at(sentence_start - 1).start if sentence_start > 0 else 0
    return _SAMPLED_BATCHES.search(view, max(before, clause_start - 160), clause_start) is not None


# A part of a sentence after a ；, only a product before its batches (电动车用蓄电池产品2批次;
# 头盔（摩托车、电动车）产品15批次).
_PART_PRODUCT = rx.compile(r"\s*(?:(?!合格|发现|检出|问题|涉及|共)[^\W\d_a-zA-Z]|[（）()、])"
                           r"{1,24}?(?:共|计)?\s*")
_PART_BREAK = rx.compile(r"[；;]")


def _part_after_sampled_part(doc: Doc, sentence_start: int, clause_start: int, start: int,
                             unit: str) -> bool:
    """Whether a count of batches (or of firms, 家) opens a part of its sentence after a ；,
    only a product before it, and the parts before open on the same (a product and its
    count) back to one that opens on a sampling of that count (全市共抽取甲产品20批次，合格率
    为95%；乙产品2批次，合格率100%；丙产品15批次…): the items of one list of a check's
    products, its verb in the first."""
    view = doc.view
    if clause_start <= sentence_start or view[clause_start - 1] not in "；;" \
            or not _PART_PRODUCT.fullmatch(view, clause_start, start) \
            or ANY_KEYWORD.search(view, clause_start, start):
        return False
    sampled, item = (_PART_SAMPLED_BATCHES, _PART_ITEM) if unit in BATCH_UNITS \
        else (_PART_SAMPLED_FIRMS, _PART_FIRMS)
    breaks = [m.start() for m in _PART_BREAK.finditer(view, sentence_start, clause_start - 1)]
    for part in reversed([sentence_start] + [at + 1 for at in breaks]):
        if sampled.search(view, part, min(clause_start, part + _PART_LEAD)) is not None:
            return True
        found = item.match(view, part)
        if found is None or ANY_KEYWORD.search(view, part, found.end()):
            return False
    return False


_PART_UNITS = BATCH_UNITS | {"家"}
_PART_LEAD = 24  # how far into a part its sampling's verb may stand
_PART_ITEM = rx.compile(_PART_PRODUCT.pattern + r"\d+\s*个?批次")
_PART_FIRMS = rx.compile(_PART_PRODUCT.pattern + r"\d+\s*家")
# (a sampling's count, not what it found: 抽检发现6家企业…不合格，其中，大型企业1家…；中型企业1家)
_NOT_FOUND = r"(?:(?!发现|检出|查出|不合格|问题)[^。；;，,])"
_PART_SAMPLED_BATCHES = rx.compile(rf"(?:抽查|抽检|抽样|抽取){_NOT_FOUND}{{0,40}}?\d+(?:个)?批次")
_PART_SAMPLED_FIRMS = rx.compile(rf"(?:抽查|抽检|抽样|抽取){_NOT_FOUND}{{0,30}}?\d+家")
