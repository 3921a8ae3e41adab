"""Brands: whether an honour a sentence names is won yet — a shortlist or publicity notice, the
decision after it, a goal set for later, and a total that marks the count before it as new."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast
from .context import STEP_AFTER_PUBLICITY

# A sentence about a shortlist (公示, 初选) counts no winners, unless the shortlist is past.
# (入围奖: a prize given to the last round's entrants, won like any other)
# (初步确定N家符合…条件: the firms that passed a first review, not yet named)
SHORTLIST = rx.compile(r"公示|初选|初评|入围(?!奖)|候选|进入评审|拟(?:认定|命名|表彰|授予)|初步(?:确定|认定)")
# (并经社会公示, 经网上公示, 经过专家评审及社会公示: the notice as a past step, the steps
# before it named in a few words; 公示等流程: the last of the steps)
# (not a notice still to come: 经…申报后进行公示, 经评审后将予以公示)
SHORTLIST_DONE = compile_fast(r"(?<!已)经(?:过)?(?:(?!将|拟|予以|进行|正在|后)[^，,。；;“”\d]){0,10}?公示|公示期满|公示无异议|公示结束|公示等(?:程序|环节|流程)"
                            r"|最终(?:认定|评定|确定|荣获|获得)"
                            # (a publicity with a later step listed after it: past)
                            rf"|公示{STEP_AFTER_PUBLICITY}")
# ... or when a decision follows the last shortlist word: 经初审公示…，委员会审议确认了…
# (with 了, as the context pass reads it: a status word before a figure is undone by a later 了)
# (…及社会公示，某领导小组决定授予…为…: the decision the shortlist led to, without 了)
DECIDED = compile_fast(r"(?:确认|认定|确定|批准|审议通过)了|决定(?:授予|认定|命名|确认|批准)")
# A goal: its numbers, in its clause and the coordinated ones after it, are not achieved
# (明年要新创8个省名牌、2个免检产品), unless a word of achievement follows the goal.
GOAL = compile_fast(
    r"(?<![主重需只必纲概摘提])要(?![求素点闻案])|目标|计划|力争|争取|预计|拟|将(?:达到|新增|实现|突破|超过)|"
    r"(?<!\d\d\d\d年)到(?P<year>\d{4})年"
)
# A sentence that opens by setting out goals (围绕…新增5-10个…的目标): every number before its
# goal's noun is a goal too. The goal's span ends at its first noun, with no word of a goal
# reached (完成, 实现) before it (对照…指标，今年获得3个: the count after the noun is achieved;
# 按照省局部署，…12个，完成年度目标: no goal set out).
GOALS_SET = rx.compile(r"\s*(?:围绕|按照|对照|紧扣)(?:(?!完成|实现|达到|超额)[^。；;])*?(?:目标|指标)")
ACHIEVED = rx.compile(r"已|累计|目前|现有|共有|截至|截止|去年|上年")
# 认定…4个，总数达到26个: a total straight after a count makes that count the new ones.
THEN_THE_TOTAL = rx.compile(r"[，,；;](?:全市|全省|全县|我市|我省)?(?:名牌|品牌)?(?:产品)?"
                            r"(?:总数|总量|累计|有效量|有效数|保有量|存量)")
