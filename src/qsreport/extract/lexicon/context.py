"""Words that say what a figure is beyond its number (schema 2; read by ``extract/context``).

All patterns match the match view (simplified, half-width), in the text of the figure's
sentence that comes before the figure.
"""

from __future__ import annotations

import re

from ... import regex_cache as rx

# Status words, checked in order; the one nearest the figure wins. Shortlists before targets:
# 拟认定 is a shortlist, 拟 alone a plan.
STATUS_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("shortlisted", rx.compile(r"公示|入围|初选|初评|初审|候选|进入[^，。；]{0,8}评审|拟(?:认定|命名|表彰|授予)")),
    ("applied", rx.compile(r"申报|申请|报送")),
    ("recommended", rx.compile(r"推荐(?!性)")),  # 推荐性标准: a voluntary standard
    # Nouns of intent govern their own clause only (围绕…的目标，全年共出动… is done);
    # the verbs carry through the sentence (力争新增名牌5个、商标2件).
    ("target_noun", rx.compile(r"目标|规划|预期|计划")),
    ("target", rx.compile(
        r"争取|力争|预计|确保|拟|努力|"
        r"(?<![重主需只想必])要(?!求)(?=[^，。；]{0,4}(?:新增|达到|完成|实现|培育|争创|制定|创建|突破|"
        r"建成|增加|提高|保持|培养|发展|抽查|检查|查处|开展|组织|完成))")),
)
# An achievement between a status word and the figure ends that word's reach:
# 去年申报的产品中有12个获评 is twelve achieved.
ACHIEVED = rx.compile(r"获评|获得|荣获|获|被评为|被认定|被命名|被授予|通过|入选|命名为|认定为|"
                      r"确定|确认|授予|最终(?:认定|评定)|"
                      r"完成|实现|已|(?<![为除])了(?!解)")  # 按计划抽查了231家: done

# Basis: a change (a difference: 增加3个, 提高5个百分点, 同比增长12%), an addition, a total.
CHANGE_BEFORE = rx.compile(
    r"(?:比|较)[^，。；]{0,12}(?:增加|增长|提高|提升|下降|减少|上升|多|少)了?$|"
    r"(?:同比|环比)?(?:增加|增长|提高|提升|下降|减少|上升|下滑)了?(?:近|约|超过)?$")
CHANGE_AFTER = rx.compile(r"[\d.]+\s*(?:个)?百分点")
ADDED = rx.compile(r"新增|新获|新认定|新命名|新评|新制定|新发布|新建|今年获|当年获|新入选|新创")
TOTAL = rx.compile(r"累计|现有|共有|总数|总量|达到|总计|合计|已有|拥有|达")

# Time words: a stock with no year, and years counted from the report's own.
CUMULATIVE = rx.compile(r"累计|至今|历年|总数|共有|现有|目前|已有|拥有")
RELATIVE_YEARS = {"今年": 0, "本年": 0, "当年": 0, "本年度": 0, "去年": -1, "上年": -1,
                  "上一年": -1, "前年": -2, "明年": 1}
