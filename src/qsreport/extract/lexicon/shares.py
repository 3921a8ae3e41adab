"""The words of a share of a whole told right after a count (read by :mod:`..shares`): 占 and
the whole it is a part of (占全省的, 占抽查企业总数的, 约占…比例为), 占比, and a share in brackets
(（占38%）); 分别占 pairs several shares with the counts before it, in their order."""

from __future__ import annotations

# The number of a share, in % (not 成: 四成 is no figure the rules read).
_SHARE = r"(?:约|近|仅|达到?|超过|高达)?\s*(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>%|％)"
# What may stand between a count and its 占: a comma, and an adverb (约, 仅, 共, 分别, 均); or
# the rest of the count's clause and then the comma (12家企业入选“领跑者”，占全市的40%; not
# 6家企业产值占…, whose share is of the words after the count).
_LEAD = (r"(?:[^，,；;。!?！？\d%％占]{1,24}?[，,]|\s*[，,]?)\s*(?:约|仅|共|合计|均|分别|各)?\s*")
# The whole after 占, named in a few words with no figure (全省, 全市总量, 抽查企业总数), then
# 的 or 比例/比重 and a verb of being; not 占地, 占用 (land), nor 占…第一 (a rank).
_WHOLE = r"(?:[^，,；;。!?！？\d%％()（）占]{0,24}?(?:的|之)?)?(?:比例|比重|份额)?(?:为|是|达到?|约为?)?"

# Right after a count: 占全省的46%; 占比为94.7%; （占总量的12%）.
SHARE_AFTER = (rf"(?:{_LEAD}|\s*[(（]\s*(?:约)?)"
               rf"(?:占(?![地用])(?:到|了)?{_WHOLE}|占比(?:为|是|达到?)?){_SHARE}(?:\s*[)）])?")
# A further share of the same 占, for the next count before it (占…的4%和7%; 占A的51%、B的48%;
# 分别占…的10.1%, 17.7%): no 占 of its own.
SHARE_NEXT = (r"\s*(?:和|及|与|、|[，,](?=\s*\d))\s*"
              rf"(?:[^，,；;。!?！？\d%％占]{{0,16}}?(?:的|之))?{_SHARE}")
# Another share of the same count, of another whole, with a 占 of its own (…占全市的22%，占全省
# 的3.5%).
SHARE_AGAIN = rf"\s*[，,]\s*(?:约|仅)?占(?![地用比])(?:到|了)?{_WHOLE}{_SHARE}"
# Words between 占 and the number that make it no share of the count before it: a change or a
# margin (占全省的比重提高了5%, 高出…), a rate's level (合格率为…), or a goal's progress (占全年
# 目标的90%, 占年度任务的八成: how much of a plan is done, no part of a whole).
NOT_A_SHARE = (r"增长|增加|提高|上升|下降|减少|降低|高出|高于|低于|合格率|不合格率|同比|环比|"
               r"百分点|目标|任务|计划|指标")
