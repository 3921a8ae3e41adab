"""Supervision campaigns: the words of a campaign that is a step of another the report names
(a bare spot check inside a check or a rectification, a bare enforcement check after a named
campaign), and of the points of a summary that keep one a campaign of its own. Read by
:mod:`..supervision_actions_steps`."""

from __future__ import annotations

from ... import regex_cache as rx

# A spot check named by its word alone (监督抽查, 产品质量监督抽查): no subject, no time, no
# level of its own.
BARE_SPOT_CHECK = rx.compile(r"(?:产品)?(?:质量)?监督抽查")

# The kinds of campaign a bare spot check is a step of, when the report names one: a check
# (…专项检查 …进行了监督抽查) or a rectification (…专项整治 … 监督抽查成包皮棉…).
HOST_KINDS = frozenset({"law_enforcement", "special_rectification"})

# An enforcement check named by its word alone (执法检查, 全面执法检查, 联合执法大检查,
# 执法行动): written after a named campaign of another kind, it is how that campaign is
# carried out (…打假专项行动… 对经销网点进行全面执法检查), as the keys of rounds 51 to 56 have
# it in four reports of four places (those of rounds 1 to 41 kept one such, written after).
# (a bare surprise check, 突击检查, after a named campaign is its work too: 此次专项整治…进行
# 突击检查)
BARE_ENFORCEMENT = rx.compile(r"(?:全面|联合|集中|异地|交叉)*执法大?(?:检查|行动)|突击(?:执法|监督)?检查")
# A bare supervision check (专项监督检查) or the offices' own check beside the firms' (企业自查、
# 部门执法检查) is a step only of a rectification the report names first (…专项整治。区局会同
# 消防部门进行专项监督检查), not of any campaign (“质量月”活动…专项监督检查: a check of its own).
BARE_RECTIFICATION_STEP = rx.compile(
    r"部门(?:全面|联合|集中|异地|交叉)*执法大?(?:检查|行动)|(?:专项)?监督检查")
RECTIFICATION_KINDS = frozenset({"special_rectification"})

# ... unless the spot check heads a point of its own in a summary of the year's work (二是加大
# 监督抽查力度，共组织监督抽查…; 在监督抽查方面，…; under a heading 四、监督抽查…): then it is
# a campaign beside the others, as the team's corpus keys count it.
OWN_POINT_LEAD = rx.compile(
    r"(?:[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|"
    r"在[^，,。；;]{0,8}方面)"
)
# ... and so does one the bureau did besides, in the clause before it (市质监局还对…进行了监督
# 抽查).
BESIDES_BEFORE = rx.compile(r"(?:还|又|另外|此外)[^，,。；;]{0,30}$")

# A publicity or advice activity closing a campaign's title (种子打假宣传咨询日, …宣传服务活动):
# told after a campaign whose title holds its subject (…种子打假护农行动…), it is how that
# campaign reaches the public, a step of it, not a campaign of its own. ``subject``: what it
# is about, its quotes kept.
PUBLICITY_STEP = rx.compile(
    r"(?:开展)?(?P<subject>(?:[^\W\d_a-zA-Z]|[“”]){2,14}?)(?:宣传咨询|咨询宣传|宣传|咨询)(?:服务)?(?:活动|日|周)"
)
