"""Standards named one by one in 《》 with their level and a drafting verb, no number: each
title is one standard of that level (制定了《甲》国家标准 counts 1 national standard drafted)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# One or more titles in a row: 《甲》, 《甲》、《乙》, 《甲》《乙》.
_TITLES = r"(?:《[^《》\n]{1,40}》[、和及与]?){1,8}"
# The levels a report names a single standard at. A firm's own standard (企业标准) named once is
# rarely a figure of the report, so it is left out.
# (《甲》国家标准(初稿), 草案: a draft, not a standard)
_LEVEL = (r"(?:国际|国家|行业|(?:省级?|市级?|自治区)?地方|团体)标准(?!化|体系|修改单|样品|物质)"
          r"(?!\s*[(（]?(?:初稿|草案|送审稿|征求意见稿))")
# A place may stand between 等 and the level: 《甲》等某省地方标准.
_PLACE = r"(?:[^\W\d_a-zA-Z项个部件种]{1,3}(?:省|市|县|区)|广西|内蒙古|宁夏|新疆|西藏)?"
# The drafting verb, done: 制定了, or led (主持制定, 主导制定, 牵头制定) or reached through
# (通过制定) without 了. Not 起草 (a draft may be all there is), 发布 (a standards body
# publishing), 修订 or 参与.
_VERB = r"(?:(?:主持|主导|牵头)(?:制定|制订)(?:了)?|通过(?:制定|制订)|(?:制定|制订)了)"

# 制定了《甲》国家标准; 通过制定《甲》国家标准、《乙》《丙》等某地方标准
NAMED_AFTER_TITLES = rx.compile(
    _VERB + r"(?P<titles>" + _TITLES + r")(?:等" + _PLACE + r")?(?P<level>" + _LEVEL + r")")
# 制订了某某领先的团体标准《甲》《乙》: the level before the titles, a short gap after the verb
# with no clause break, number or other title.
NAMED_BEFORE_TITLES = rx.compile(
    _VERB + r"[^，,；;。：:《》\d]{0,20}?(?P<level>" + _LEVEL + r")(?P<titles>" + _TITLES + r")")
# The same list goes on with more titles of another level: 、《乙》等某地方标准 or 和行业标准《乙》.
MORE_AFTER_TITLES = rx.compile(
    r"[、和及与]?(?P<titles>" + _TITLES + r")(?:等" + _PLACE + r")?(?P<level>" + _LEVEL + r")")
MORE_BEFORE_TITLES = rx.compile(
    r"[、和及与](?P<level>" + _LEVEL + r")(?P<titles>" + _TITLES + r")")
ONE_TITLE = rx.compile(r"《[^《》\n]{1,40}》")
# Not done: a purpose (为制定), work under way or sought (正在, 申请), a plan (拟, 将, 要);
# nor the drafter's own deed: a part taken (参与, 协助) or others' drafting a bureau organised
# (组织制定了《甲》地方标准, as the team's corpus keys it).
NOT_DONE_BEFORE = rx.compile(r"(?:为|正在|申请|拟|将|要|计划|争取|力争|参与|协助|组织)$")

# Standards a survey finds in force for firms' products (a 产品标准总数 of N, then the
# numbers by level; 执行产品标准总数为N项): the parts by level are standards the firms adopt; the total is
# no count of one level.
IN_FORCE = compile_fast(r"(?:执行|备案)?(?:的)?产品标准总数|执行标准数")
