"""Supervision: the enforcement figures no metric of its own counts (the guide's ``other``:
cases handed on to the police, major cases, firms penalised, vehicles sent out, goods
destroyed …), firms counted in 个, and the figures written without a number-and-unit of the
usual shape (one den named with 一, campaigns counted with 大)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import regex_cache as rx
from ..models import SupervisionStat
from ..numbers import to_number
from ..regex_prefilter import compile_fast, might_match
from ..segmenting import Segment
from .common import CLAUSE_BREAK, Doc
from .lexicon.enforcement_outcomes import OUTCOMES, OUTCOMES_AFTER
from .lexicon.outcome_metrics import (
    AT_FAULT_AFTER,
    AT_FAULT_BEFORE,
    BATCHES_RESULT_BEFORE,
    ENFORCEMENT_AFTER,
    ENFORCEMENT_BEFORE,
    FAILURE_RATE,
    GOODS_RESULT_UNITS,
)
from .lexicon.supervision import (
    BUREAU,
    CAMPAIGN_COUNT,
    CAMPAIGN_PLAN,
    CHINESE_DIGITS,
    DEN_AFTER,
    DEN_OF_ONE,
    DEN_OF_ONE_AFTER,
    FIRM_UNITS,
    FIRMS_AFTER_GE,
    FIRMS_BEFORE_GE,
    OTHER_OFFICE_LEAD,
)
from .lexicon.supervision_penalised import (
    FIRMS_PUNISHED_AFTER,
    FIRMS_PUNISHED_BEFORE,
    ORDER_SERVED_AFTER,
    ORDER_SERVED_BEFORE,
    ORDERED_AFTER,
    ORDERED_AFTER_ONLY,
    ORDERED_BEFORE,
    ORDERED_DONE_BEFORE,
    ORDERED_NEXT,
    PUT_RIGHT_AFTER,
    PUT_RIGHT_BEFORE,
)
from .lexicon.supervision_places import NOT_FIRMS

_NOT_FIRMS = compile_fast(NOT_FIRMS)  # (searched in every firm figure's context)
_CHECK = rx.compile(r"检查|巡查|排查|抽查|抽检|督查")
_REGISTER = rx.compile(r"登记|注册|新设|名单|名录")  # (the words of a register of firms)
_STAFF_CLAUSE = rx.compile(r"\s*[^\W\d_a-zA-Z]{0,8}人员(?:共|约|近)?")
_DEPLOYED = rx.compile(r"出动")
_PUNISHED = rx.compile(r"查处|处罚|吊销")
_DEN_WORDS = rx.compile(r"窝点|黑作坊|地下加工点|制假点|非法加工点|黑加工点|取缔")
CLAUSE_REACH = 40  # how far after its figure a keyword-after family looks for its word
# A 大 right after a numeral: where a count of campaigns (6大…行动) can stand.
# (written 大 first, so that the engine skips to each 大)
_BIG_AFTER_NUMERAL = rx.compile(rf"大(?<=[\d{CHINESE_DIGITS}]大)")


def clause_end(doc: Doc, pos: int) -> int:
    """Where the clause holding ``pos`` ends, if a keyword-after family reaches it (a word
    named 40 characters on is no longer about the figure); else ``pos``."""
    sentence_end = doc.sentence_at(pos).end
    found = CLAUSE_BREAK.search(doc.view, pos, min(sentence_end, pos + CLAUSE_REACH))
    if found:
        return found.start()
    return sentence_end if sentence_end <= pos + CLAUSE_REACH else pos  # too long: nothing after


@cache
def _outcome_words(unit: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The outcome words (before the figure, after it) that count in ``unit``, each as one
    pattern (None: no row counts in it)."""
    def joined(rows: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
        words = [f"(?:{words})" for words, units in rows if rx.compile(units).fullmatch(unit)]
        return rx.compile("|".join(words)) if words else None

    return joined(OUTCOMES), joined(OUTCOMES_AFTER)


def is_outcome(doc: Doc, context_start: int, start: int, end: int, unit: str) -> bool:
    """Whether a figure counts an enforcement outcome of its own: 移送公安机关19起,
    大要案7起, 执法车辆46台次, 挽回经济损失35.6万元, 集中销毁假冒伪劣商品货值260万元,
    案等4起典型案件, 查处无证生产企业3家, 对5家违规企业进行了立案查处."""
    view = doc.view
    before, after = _outcome_words(unit)
    firms = unit in FIRM_UNITS
    if before is not None and before.search(view, context_start, start):
        return True
    # The words after the figure count in its clause only; the clause's end is worked out
    # only when one of them stands near enough.
    near = end + CLAUSE_REACH
    if after is not None and after.search(view, end, near) \
            and after.search(view, end, clause_end(doc, start)):
        return True
    if not firms or _DEN_WORDS.search(view, context_start, start):
        return False  # 取缔黑作坊5家: dens, see the dens rules
    punished = FIRMS_PUNISHED_BEFORE.search(view, context_start, start) is not None
    if not punished and not _PUNISHED.search(view, end, near):
        return False
    stop = clause_end(doc, start)
    if DEN_AFTER.match(view, end, stop):
        return False  # 查处了4家制售劣质钢材的窝点: dens, see the dens rules
    return punished or FIRMS_PUNISHED_AFTER.match(view, end, stop) is not None


def outcome_metric(doc: Doc, context_start: int, start: int, end: int, unit: str) -> str:
    """The metric of a figure :func:`is_outcome` found: cases handed on (移送公安机关19起),
    major cases (大要案7起, 案等4起典型案件), vehicles (执法车辆46台次), losses recovered
    (挽回经济损失35.6万元), goods destroyed (集中销毁…货值260万元), firms penalised (查处无证
    生产企业3家); ``other`` for the rest (案源, 现场处罚 …)."""
    view = doc.view
    nearest: tuple[int, str] | None = None
    for metric, words in _ENFORCEMENT_BEFORE:
        if metric == "goods_destroyed" and unit in _NO_GOODS_UNITS:
            continue  # 捣毁窝点3个, 取缔…拆除…企业2家: dens and firms, no goods
        for match in words.finditer(view, context_start, start):
            if nearest is None or match.end() > nearest[0]:
                nearest = (match.end(), metric)
    if nearest is not None:
        return nearest[1]
    stop = clause_end(doc, start)
    for metric, words in _ENFORCEMENT_AFTER:
        if words.search(view, end, stop):
            return metric
    if unit not in FIRM_UNITS:
        return "other"
    return "cases" if _cases_filed(view, context_start, start, end, stop) else "firms_penalised"


def _cases_filed(view: str, context_start: int, start: int, end: int, stop: int) -> bool:
    """Whether firms dealt with are counted as cases filed against them (立案查处无证企业9家,
    对2家违规企业进行了立案查处): one case a firm, as the keys count them; not firms an
    earlier action had already filed (已被…立案查处的企业6家 counts firms)."""
    if "被" in view[context_start:start]:
        return False
    before = FIRMS_PUNISHED_BEFORE.search(view, context_start, start)
    if before is not None:
        return view.endswith("立案", context_start, before.start())
    after = FIRMS_PUNISHED_AFTER.match(view, end, stop)
    return after is not None and "立案" in after.group()


# Every metric outcome_metric gives: a list of such outcomes goes on with the one before it
# (查处无证企业3家、超范围生产企业2家).
ENFORCEMENT_METRICS = frozenset(
    ["other", "firms_penalised", *(metric for metric, _ in ENFORCEMENT_BEFORE + ENFORCEMENT_AFTER)])
_NO_GOODS_UNITS = FIRM_UNITS | {"个", "处", "起", "件", "宗"}
_ENFORCEMENT_BEFORE = tuple((metric, rx.compile(words)) for metric, words in ENFORCEMENT_BEFORE)
_ENFORCEMENT_AFTER = tuple((metric, rx.compile(words)) for metric, words in ENFORCEMENT_AFTER)


def rate_metric(view: str, start: int, stop: int) -> str:
    """A pass rate's metric, or ``failure_rate`` when the nearest rate word before the figure
    is a failure rate (合格率95%，不合格率5%; 不合格检出率4.2%)."""
    failures = list(FAILURE_RATE.finditer(view, start, stop))
    if not failures or view.find("合格率", failures[-1].end(), stop) >= 0:
        return "pass_rate"
    return "failure_rate"


def batches_result(view: str, clause_start: int, start: int, unit: str) -> str | None:
    """What a spot check's batches came to, from the words right before them in their clause:
    合格112批次 (passed), 不合格的8个批次 (failed), 不合格食品13批次 (the goods named, in 批次
    only); None when they say neither."""
    found = BATCHES_RESULT_BEFORE.search(view, clause_start, start)
    if found is None or (found.group("goods") and unit not in GOODS_RESULT_UNITS):
        return None
    return "batches_failed" if found.group("failed") else "batches_passed"


def firms_counted_in_ge(view: str, clause_start: int, context_start: int, start: int,
                        end: int, unit: str) -> bool:
    """Whether a figure in 个 counts firms inspected: the firm named right before or after it
    (检查单位2.3万多个, 检查了16个建材生产单位), a check earlier in its clause, and no place
    or instrument among the words (检查农贸市场12个 is places). Not a register the check
    draws from or the firms it took in (抽查对象从全县市场主体1.5万个中抽取, 新登记市场主体300个)."""
    if unit != "个" or not _CHECK.search(view, clause_start, start) \
            or _REGISTER.search(view, clause_start, start) or view.startswith("中", end):
        return False
    after = FIRMS_AFTER_GE.match(view, end)
    if after is not None:
        return not _NOT_FIRMS.search(view, end, after.end())
    return FIRMS_BEFORE_GE.search(view, context_start, start) is not None \
        and not _NOT_FIRMS.search(view, context_start, start)


def firms_ordered(view: str, context_start: int, start: int, end: int, unit: str) -> bool:
    """Whether a count of firms is the firms ordered to put things right: 责令6家企业限期整改,
    对其中9家企业责令整改, 14家单位被责令改正, 对12家企业下达了限期整改通知书; shops counted
    in 间 too (勒令3间店铺…), and firms put right (现场整改4家商户)."""
    if unit not in FIRM_UNITS and unit != "间":
        return False
    if ORDERED_DONE_BEFORE.search(view, context_start, start) or (
            PUT_RIGHT_BEFORE.search(view, context_start, start)
            and PUT_RIGHT_AFTER.match(view, end) is not None):
        return True  # 责令整改11家, 规范问题企业17家, 发现并整改4家商户
    if ORDERED_BEFORE.search(view, context_start, start):
        return ORDERED_AFTER.match(view, end) is not None
    if ORDER_SERVED_BEFORE.search(view, context_start, start) \
            and ORDER_SERVED_AFTER.match(view, end) is not None:
        return True  # 对12家企业下达了限期整改通知书
    after = ORDERED_AFTER_ONLY.match(view, end)
    return after is not None and ORDERED_AFTER.match(view, end) is not None


def ordered_next(view: str, context_start: int, end: int, unit: str) -> bool:
    """Whether a count of firms closing its clause is the firms the next clause orders to put
    things right: 需整改的商户有4家，当即要求其改善 (whatever counted them before); not firms
    its own clause found at fault (发现问题3家，已要求改正: ``units_at_fault``)."""
    return unit in FIRM_UNITS and ORDERED_NEXT.match(view, end) is not None \
        and _FOUND_IN_CLAUSE.search(view, context_start, end) is None


_FOUND_IN_CLAUSE = rx.compile(r"发现|查出")


def firms_at_fault(doc: Doc, context_start: int, start: int, end: int, unit: str) -> bool:
    """Whether a count of firms is the firms a check found at fault: 发现其中9家企业存在标签
    问题, 发现有2家存在销售无证产品的违法行为 (the fault named after the figure, in its clause)."""
    if unit not in ("家", "户"):
        return False
    view = doc.view
    return AT_FAULT_BEFORE.search(view, context_start, start) is not None \
        and AT_FAULT_AFTER.match(view, end, clause_end(doc, start)) is not None


def staff_after_deployment(doc: Doc, sentence_start: int, clause_start: int,
                           start: int) -> bool:
    """Whether a clause that is only staff (执法人员132人次) goes on with the 出动 of the
    clause before it (出动执法车辆39台次，执法人员132人次): people sent out, not trained."""
    view = doc.view
    if clause_start <= sentence_start or not _STAFF_CLAUSE.fullmatch(view, clause_start, start):
        return False
    before = doc.clause_start(clause_start - 1, sentence_start)
    return _DEPLOYED.search(view, before, clause_start) is not None


def extra_stats(doc: Doc) -> list[SupervisionStat]:
    """Figures the number-and-unit pattern cannot see: one den named with 一 (端掉一个生产假冒
    机油的窝点, with 个 when no count word is written; 捣毁制假窝点一个) or two with 两 (捣毁两处
    窝点), and campaigns counted with 大 (6大“…”行动,
    “四大战役”: unit 大行动, 大战役; a target after 明年, 要 …)."""
    view = doc.view
    stats = []
    for pattern in (DEN_OF_ONE, DEN_OF_ONE_AFTER):
        if not might_match(pattern, view):
            continue
        for match in pattern.finditer(view):
            if _in_sentence(doc, match):
                unit = doc.text[match.start("unit"):match.end("unit")] or "个"
                stats.append(_stat(doc, match, "dens_closed", 2 if match.group("two") else 1,
                                   unit))
    if might_match(CAMPAIGN_COUNT, view):
        for match in _campaign_counts(view):
            value = to_number(match.group("num"))
            if value is None or not _in_sentence(doc, match):
                continue
            unit = doc.text[match.end("num")] + doc.text[match.start("head"):match.end()]
            stat = _stat(doc, match, "campaigns", value, unit)
            if CAMPAIGN_PLAN.search(view, doc.sentence_at(match.start()).start, match.start()):
                stat.status = "target"  # 明年要打好“五大战役”
            stats.append(stat)
    return stats


def _campaign_counts(view: str) -> Iterator[re.Match[str]]:
    """The matches of ``CAMPAIGN_COUNT.finditer(view)``, tried only at the numerals before a
    大: the pattern starts on any numeral, so a scan of a report full of figures tried it at
    each of them. A match starts where its run of numerals does (nothing numeral before it)
    and holds the 大 right after the run."""
    end = 0
    for big in _BIG_AFTER_NUMERAL.finditer(view):
        start = big.start()
        while start > end and (view[start - 1].isdecimal() or view[start - 1] in CHINESE_DIGITS):
            start -= 1
        if start < end or (start == end and _numeral_before(view, start)):
            continue  # the run starts inside the match before: no match starts in it
        match = CAMPAIGN_COUNT.match(view, start)
        # (“四大行动” in quotes as a whole names a programme, as the keys of two sites read it;
        # a quoted “四大战役” is still counted, as a case of the team pins)
        if match is not None and not _quoted_whole(view, match):
            yield match
            end = match.end()


def _quoted_whole(view: str, match: re.Match[str]) -> bool:
    """Whether quotes enclose a count of 行动 and its head alone (“四大行动”, ‘五大示范行动’)."""
    start, end = match.span()
    return match.group("head") == "行动" and start > 0 and view[start - 1] in "“‘" \
        and view.startswith(("”", "’"), end)


def _numeral_before(view: str, pos: int) -> bool:
    return pos > 0 and (view[pos - 1].isdecimal() or view[pos - 1] in CHINESE_DIGITS)


def other_office(doc: Doc, sentence: Segment) -> bool:
    """Whether a sentence is about another office's work (市工商部门共检查经营户327户): it
    opens on that office and names no quality bureau — unless the report is that office's own
    news: it names no quality bureau anywhere and no other kind of office at a sentence's
    start (某市工商局对…进行了质量抽检，抽检87批次: the report's work)."""
    lead = OTHER_OFFICE_LEAD.match(doc.view, sentence.start, sentence.end)
    return lead is not None and BUREAU.search(doc.view, sentence.start, sentence.end) is None \
        and not _offices_own_news(doc, lead.group("kind"))


def _offices_own_news(doc: Doc, kind: str) -> bool:
    """Whether the report is the news of one kind of office (``kind``: 工商, 卫生, …): no
    quality bureau named in it, and no sentence opening on an office of another kind."""
    kinds = doc.fact_of_report("kinds of office leading its sentences", lambda: _lead_kinds(doc))
    return kinds is not None and kinds <= {kind}


def _lead_kinds(doc: Doc) -> set[str] | None:
    """The kinds of office the report's sentences open on, or None where it names a quality
    bureau (it is then no other office's own news)."""
    if BUREAU.search(doc.view) is not None:
        return None
    return {lead.group("kind") for sentence, _ in doc.sentences()
            if (lead := OTHER_OFFICE_LEAD.match(doc.view, sentence.start, sentence.end))}


def _in_sentence(doc: Doc, match: re.Match[str]) -> bool:
    """Whether a match lies in a sentence (the figures of other families are read in
    sentences only: a page's header lines are none)."""
    return doc.sentence_at(match.start()).end >= match.end()


def _stat(doc: Doc, match: re.Match[str], metric: str, value: int | float,
          unit: str) -> SupervisionStat:
    sentence = doc.sentence_at(match.start())
    return SupervisionStat(
        metric=metric,  # type: ignore[arg-type]
        label=doc.text[match.start():match.end()],
        value=value,
        unit=unit,
        span=match.span(),
        evidence=doc.evidence(sentence),
    )
