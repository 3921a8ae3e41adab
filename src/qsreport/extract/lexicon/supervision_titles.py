"""Where a campaign's title starts and ends (read by :mod:`..supervision_actions_titles`): the
words it does not reach back over, a 自 that reads "since" or opens a word, and what the title
goes on with after its campaign word."""

from __future__ import annotations

from ... import regex_cache as rx

# Words a campaign's title does not reach back over: the verbs and particles before it.
TITLE_STOP_2 = frozenset(
    ["开展", "展开", "召开", "举办", "组织", "抓好", "深化", "加大", "推进", "实施", "进行", "启动", "部署", "探索", "建立", "健全", "构建", "完善", "加强", "强化", "集中", "积极", "继续", "深入", "精心", "重点", "全面", "大力", "扎实", "认真", "着力", "持续", "力量", "联合", "牵头", "参与", "参加", "结合", "此次", "本次", "这次", "确保", "保证", "按照", "根据", "做好", "落实",
     # a plan's document issued for the campaign (制定并印发…专项整治行动实施方案)
     "印发", "制定", "出台",
     # work done on a campaign under way, named before (推动专项行动见效, 聚焦专项行动
     # 动员部署, 巩固专项整治成果, 纳入专项整治范围): no part of its name
     "推动", "聚焦", "巩固", "纳入"]
)

TITLE_STOP_1 = frozenset("的了和及与在对以为是把将抓搞按")

# ... though 按 may open a word of the name (足浴按摩场所, 按键手机, 按揭贷款): there it is
# no "according to" (将按…方案).
TITLE_STOP_WORD = rx.compile(r"按(?:摩|键|钮|揭|压|扣)")

# What follows a title led by 自 that reads "since": 自专项整治行动开始, 自…行动开展以来
# (the 自 is no part of the name).
SINCE_AFTER = rx.compile(r"[”\"]?(?:开始|开展以来|启动以来|实施以来|以来)")

# Words that open with 自 and name a thing or a piece of work (自来水水质专项检查, 自行车
# 质量整治, 自查自纠专项行动): a title led by one keeps its 自, which is no "since".
SELF_WORD = rx.compile(
    r"自(?:来水|行车|查|纠|检|律|助|动|营|制|热|媒体|贸|然|主|建|备|用|驾|卸|吸|锁|粘|喷|"
    r"流|控|发|有|产|采|配)"
)

# What a campaign's title goes on with after its word: 专项行动, 工作, or a few more words of
# its name before 行动/活动 (打假护农集中行动, 打击…假冒伪劣商品专项行动), never across a
# conjunction (打假和专项整治行动 is two).
TITLE_TAIL = rx.compile(
    r"(?:(?![和及与的在中])[^\W\d_a-zA-Z]){0,6}?(?:专项|集中)?(?:行动|活动)"
    r"|(?:专项)?(?:行动|工作|活动|检查|机制|体系|战役)"
)
