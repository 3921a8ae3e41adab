"""Last checks on a named winner before it is reported: phrases that sit where a winner's
name would but name none (the guests at a ceremony, a mood word, a place with a count word),
and the parts of a real name that are not the name (``某市的`` before a firm, the firm before
its product, a trailing ``等共``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .. import regex_cache as rx
from ..cleaning.view import match_view
from ..models import BrandHonour
from ..regex_prefilter import any_of, compile_fast
from .common import Doc
from .lexicon.brand_guards import (
    BEFORE_AN_ENTRY,
    CLAUSE_WORD_AT_EDGE,
    COLUMN_BAR,
    GLUED_BEFORE_A_NAME,
)
from .lexicon.brand_names import NEVER_A_WINNER

# People and bodies at a ceremony (领导, 主任 …) are named where winners are, but win nothing.
_ATTENDEE = rx.compile(r"(?:领导|主任|局长|厅长|市长|主席|书记|嘉宾|代表|负责人|成员单位)$")
# A verb or mood word read as a name: 希望荣获…的企业 wishes, it names no one; nor does a
# speaker's joy at winning (“十分荣幸能入选…”, quoted).
# (Nor does a conjunction or an adverb of time read as one — 自从获得…之后, 现就获得…的事项
# 通知如下 — nor a mark described by whoever holds it: 由某协会持有的图形商标.)
_NOT_A_NAME = compile_fast(r"^(?:希望|要求|号召|鼓励|祝贺|欢迎|得到|非常|十分|高兴|荣幸|自从|现就|"
                         r"由.{2,}?(?:持有|注册|申报|生产)的)")
# A piece of a sentence read as a name: the words of whoever speaks or explains (我们为工厂获…
# 感到自豪, 向群众介绍某县获得…的企业, 既讲解某产品…), the event someone holds (某省举办…), or
# a subject cut before its modal (全厂上下要以获…为契机).
_CLAUSE = compile_fast(r"我们|咱们|大家|介绍|讲解|详解|解读|宣讲|举办|举行|召开|^既|"
                     r"(?<=\w\w)(?:要以?|应当?|须|必须|将要)$")
# A firm's name with the adverb after it (某集团更是荣获…): the firm, without 更.
_ADVERB_AFTER = compile_fast(r"(?<=公司|集团|企业|工厂|[^工]厂)更$")
# A place with a count word (广东累计获得 …) is a tally, not a winner.
_TALLY = rx.compile(r"(?:累计|共计|合计|总计|共有|共)$")
# ``潮州市的A公司``: the town of the firm comes before it with 的.
_TOWN_OF = compile_fast(r"^[\u4e00-\u9fff]{1,6}[省市县区镇]的(?=[\u4e00-\u9fff]{4})")
# ``A公司的B产品``: the firm before its product; the product is the winner.
# (a farm, an orchard or a co-operative the same: A种植专业合作社的B葡萄, A果园的B脐橙)
# (a firm right before its product in quotation marks, 的 left out: A公司“甲”月饼)
_FIRM_OF = rx.compile(r"^.{2,}?(?:有限公司|股份公司|公司|集团|厂|合作社|农场|林场|茶场|种植场|养殖场|种植园|"
                      r"果园|葡萄园|茶园)(?:的(?=[\u4e00-\u9fff]{3})|(?=[“「『\"][^\W\d_]{2}))")
# Another title won just before a back-reference (获得某企业称号，A和B名列其中): the
# names hold that title, not a brand title named earlier.
OTHER_TITLE_WON = rx.compile(r"获得?了?[^，。；,;]{2,24}?(?:称号|奖)")
# ``……等共`` closing a list (等共21个产品) is not part of the last name.
_LIST_END = rx.compile(r"(?:等共|等)$")

# A phrase that names no winner: any of the four above, a sentence's own word at its edge, or a shape no winner's name has
# (one call of the engine, not five).
_SEVERAL = 2  # entries of one list with stray words glued before them, at least

_NO_WINNER = any_of(_ATTENDEE, _NOT_A_NAME, _TALLY, _CLAUSE, NEVER_A_WINNER, CLAUSE_WORD_AT_EDGE,
                    COLUMN_BAR)


def guarded(honours: list[BrandHonour]) -> list[BrandHonour]:
    """``honours`` without the phrases that name no winner, the rest trimmed to the name."""
    kept = []
    for honour in honours:
        name = _trimmed(honour.name)
        if name is None:
            continue
        kept.append(honour if name == honour.name else replace(honour, name=name))
    return kept


def unglued(doc: Doc, honours: list[BrandHonour]) -> list[BrandHonour]:
    """``honours`` without a copied page's stray words glued before the entries of a list of
    winners (某典礼甲山大米: 甲山大米), their spans moved with them: only where several entries
    of one list (one title won in one sentence) carry them at their starts. A single winner
    whose name holds such a word keeps its name (甲市颁奖礼仪服务中心)."""
    cuts = [_glued(doc.view, honour) for honour in honours]
    if sum(cut is not None for cut in cuts) < _SEVERAL:
        return honours
    lists = Counter(_list_of(doc, honour) for honour, cut in zip(honours, cuts, strict=True)
                    if cut is not None)
    return [_cut(honour, cut) if cut is not None and lists[_list_of(doc, honour)] >= _SEVERAL
            else honour for honour, cut in zip(honours, cuts, strict=True)]


def _glued(view: str, honour: BrandHonour) -> int | None:
    """How many of ``honour``'s characters are stray words glued before its name, when it
    stands at an entry's start."""
    start = honour.span[0]
    if start > 0 and view[start - 1] not in BEFORE_AN_ENTRY:
        return None
    found = GLUED_BEFORE_A_NAME.match(match_view(honour.name))
    return None if found is None else found.end()


def _list_of(doc: Doc, honour: BrandHonour) -> tuple[int, str]:
    return doc.sentence_at(honour.span[0]).start, honour.honour


def _cut(honour: BrandHonour, cut: int) -> BrandHonour:
    start, end = honour.span
    if end - start == len(honour.name):  # (a span holding more than the name stays as it is)
        start += cut
    return replace(honour, name=honour.name[cut:], span=(start, end))


def _trimmed(name: str) -> str | None:
    view = match_view(name)
    start, end = 0, len(view)
    if found := _LIST_END.search(view) or _ADVERB_AFTER.search(view):
        end = found.start()
    view = view[:end]
    if _NO_WINNER.search(view):
        return None
    if (found := _FIRM_OF.search(view)) or (found := _TOWN_OF.search(view)):
        start = found.end()
    return name[start:end] if end - start >= 2 else None
