"""A check's scope in the clause after it: 对电线产品进行抽查，涉及3个省56家企业的72批次产品 —
the clause that says what the check reached (涉及, 覆盖) has no verb of its own and goes on
with the check that closes the clause before."""

from __future__ import annotations

from .. import regex_cache as rx
from .common import Doc
from .supervision_keywords import ANY_KEYWORD, metric_before

# A clause opening on what a check reached, with places or a count of them before the figure
# (涉及甲、乙2个省市, 共涉及), and maybe a figure before it (56家企业生产的72批次).
# (the places counted may own the figure: 涉及甲、乙等5个省份的136家生产单位)
_SCOPE_LEAD = rx.compile(r"\s*(?:共|共计)?(?:涉及|覆盖)(?:[^\W\d_a-zA-Z]|、){0,16}?"
                         r"(?:\d+个[^\W\d_a-zA-Z]{1,3}?的?)?(?:共|计)?"
                         r"(?:\d+(?:\.\d+)?[^\W\d_a-zA-Z]{1,8})?")
# A clause that closes on the check itself (进行抽查, 开展了监督抽查): its object comes after;
# or on the batches it sampled, the goods named before or after their count, the kinds of
# goods counted before them or not (抽检瓷砖96批次，涉及本地40余家企业; 抽查了300批次产品，涉及
# 企业210家; 共抽查12种、300批次产品，…), or the equipment it went through, named before or
# after its count (检查压力容器300台，涉及8家使用单位; 抽检了36台大型游乐设施).
_CHECK_CLOSES = rx.compile(r"(?:抽查|抽检|(?:监督|专项|技术|安全|执法)检查)[了过]?$|"
                           r"(?:抽查|抽检|抽验|抽样|抽取)[^，,。；;：:\d]{0,16}?"
                           r"(?:\d+(?:种|类|大类)[、，,和及]?)?\d+(?:个批次|批次|批)"
                           r"[^\W\d_a-zA-Z]{0,8}$|"
                           r"(?:抽查|抽检|检查)了?[^，,。；;：:\d]{0,12}?\d+(?:台|部|套)"
                           r"[^\W\d_a-zA-Z]{0,8}$")
# A clause breaking the check's count down (其中过山车4台、摩天轮2台) may stand between the
# check and its scope.
_BREAKDOWN_CLAUSE = rx.compile(r"\s*其中[^，,。；;：:]*$")


def scoped_metric(doc: Doc, sentence_start: int, clause_start: int, start: int,
                  unit: str) -> str | None:
    """The metric of a figure in a 涉及 clause after a check (see the module), or None."""
    view = doc.view
    lead = _SCOPE_LEAD.fullmatch(view, clause_start, start)
    if lead is None or clause_start <= sentence_start \
            or ANY_KEYWORD.search(view, clause_start, start):
        return None
    return _checked_before(doc, sentence_start, clause_start, unit)


def _checked_before(doc: Doc, sentence_start: int, clause_start: int, unit: str) -> str | None:
    """The metric a figure of ``unit`` takes from the check the clause before names (one that
    closes on its checking verb), or None."""
    before = doc.clause_start(clause_start - 1, sentence_start)
    check_end = clause_start - 1
    if before > sentence_start and unit in _FIRM_UNITS \
            and _BREAKDOWN_CLAUSE.match(doc.view[before:check_end]):
        before, check_end = doc.clause_start(before - 1, sentence_start), before - 1
    if not _CHECK_CLOSES.search(doc.view[before:check_end]):
        return None
    return metric_before(doc.view, before, clause_start, unit)


_FIRM_UNITS = frozenset({"家", "户", "个"})


_FIRMS_PRODUCTS = rx.compile(r"家企业(?:所?生产|所产)?的$")


def products_of_scoped_firms(doc: Doc, sentence_start: int, clause_start: int,
                             start: int) -> bool:
    """Whether products counted in 种 are those of the firms a check's scope names right before
    them (…进行抽查，涉及40家企业生产的42种产品): the batches it sampled."""
    return _FIRMS_PRODUCTS.search(doc.view, clause_start, start) is not None \
        and scoped_metric(doc, sentence_start, clause_start, start, "家") is not None


def batches_past_scope(doc: Doc, sentence_start: int, clause_start: int,
                       unit: str) -> str | None:
    """The metric of a 其中 breakdown right after a check's scope clause: 抽检管材96批次，
    涉及企业30余家，其中给水管材52批次 — the breakdown splits the batches of the check
    before the scope, not the firms the scope names; None when the clauses are not so."""
    view = doc.view
    if clause_start <= sentence_start:
        return None
    scope = doc.clause_start(clause_start - 1, sentence_start)
    if scope <= sentence_start or _SCOPE_LEAD.fullmatch(view, scope, clause_start - 1) is None:
        return None
    return _checked_before(doc, sentence_start, scope, unit)


# The firms or places a check went through, then their batches with nothing but the words of
# the firms between (检查23家生产、销售单位96个批次商品, 家电商场9家40个批次): the batches
# the check took from them. So are the batches of the firms, after one 的 (覆盖1676家企业的
# 2451批次产品, 检查了1045家企业的17大类1339批次, 1255家企业出产的1762批次): the keys of
# rounds 26-47 count them as its batches sampled, as the second annotator of round 46 does.
_FIRMS_BETWEEN = rx.compile(r"[^，,。；;：:\d的]{0,12}(?:的(?:\d+个?大?类(?:产品)?)?)?")
_CHECKED = rx.compile(r"检查|抽查|抽检")
# (the net content of packed goods is metrology's check: 检查商场13家定量包装商品340批次)
_NET_CONTENT = rx.compile(r"定量包装|商品量|净含量")


def batches_of_counted(doc: Doc, sentence_start: int, context_start: int, start: int,
                       previous: str | None) -> bool:
    """Whether a figure in batches right after a count of firms or places checked is the
    batches the check took from them (see above): no verb or finding between."""
    view = doc.view
    return previous in ("enterprises_inspected", "places_inspected") \
        and _FIRMS_BETWEEN.fullmatch(view, context_start, start) is not None \
        and not ANY_KEYWORD.search(view, context_start, start) \
        and _CHECKED.search(view, sentence_start, context_start) is not None \
        and _NET_CONTENT.search(view, sentence_start, start) is None


# A bracket right after a count that breaks it down (抽查企业60家（其中生产企业45家、经销企业15家）):
# the counts inside split the total before it; the keys count the total only. The bracket opens
# on 其中, 含 or 包括, or holds nothing but the parts, each a kind and its count (抽查企业1200家
# （生产领域300家、流通领域900家）, 抽检了9家企业（经销企业9家）); not a change or a share told in
# brackets (（比上年增加5家）, （占全省12%）). The count before may name its thing after its unit
# (70家企业（…）).
_BRACKET_BREAKDOWN = rx.compile(r"\s*(?:其中|含|包括)")
_PART = (r"(?:(?!增|减|比|较|新增|占|同期|上年|去年)[^\W\d_a-zA-Z]){1,8}?"
         r"\d+(?:\.\d+)?\s*(?:余|多)?\s*[^\W\d_a-zA-Z]{1,3}")
_BRACKET_PARTS = rx.compile(rf"\s*{_PART}(?:\s*[、，,；;]\s*{_PART})*\s*[)）]")
_COUNT_BEFORE = rx.compile(r"\d(?:\.\d+)?\s*(?:余|多)?\s*(?P<named>[^\W\d_a-zA-Z]{1,9})\s*$")
_NAMED_AFTER_UNIT = 6  # how long the count's own noun after its unit may be


def in_bracketed_breakdown(doc: Doc, sentence_start: int, start: int, unit: str) -> bool:
    """Whether a figure stands in a bracket that breaks down the count, in its unit, right before
    the bracket."""
    view = doc.view
    opened = max(view.rfind("(", sentence_start, start), view.rfind("（", sentence_start, start))
    if opened < 0 or max(view.find(")", opened, start), view.find("）", opened, start)) >= 0:
        return False
    count = _COUNT_BEFORE.search(view, max(sentence_start, opened - 20), opened)
    if count is None:
        return False
    named = count.group("named")
    return named.startswith(unit) and len(named) - len(unit) <= _NAMED_AFTER_UNIT \
        and (_BRACKET_BREAKDOWN.match(view, opened + 1) is not None
             or _BRACKET_PARTS.match(view, opened + 1) is not None)
