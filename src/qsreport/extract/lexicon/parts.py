"""The words that make a figure a part of another figure of its report (extract/parts.py):
a breakdown after its total, or a total after its listed parts."""

from __future__ import annotations

# Between a total and its first part: the breakdown opens (全市查处案件120起，其中大案15起;
# 检定计量器具3000台（内含电子秤800台）; 全县新增名牌12个，包括农业类3个; 全市50起，甲县、乙县分别为
# 30起、20起). An open bracket the gap leaves unclosed is a part in brackets (共120起（甲县70起…）).
BREAKDOWN = r"其中|内含|包括|包含|分别|[(（]"
# Right after a total, the words of what it counts and 中 (全市抽检的4068批次产品中，食品3108批次、
# 农产品960批次): what follows breaks it down.
AMONG = r"[^\d，,。；;！？!?]{0,8}?中[，,：:]"
# A sentence that opens on 其中 breaks down the last figure of the sentence before it
# (…120起。其中大案15起).
BREAKDOWN_SENTENCE = r"\s*其中"
# Where the breakdown stops: a sentence's end (but for the 其中 sentence above).
SENTENCE_END = r"[。！？!?\n]"
# The clause of a total after its parts (甲县30起、乙县20起，共计50起; …，全市合计查处50起):
# at most a few words of doer or verb around the total's word, and no figure before it.
TOTAL_AFTER = (r"(?:以上|上述|两者|三者|全市|全县|全区|全省|全州)?[^\d，,。；;]{0,3}?"
               r"(?:共计|合计|总计|总共|一共|共)[^\d，,。；;]{0,6}")
# The clause break before the total's clause.
CLAUSE_BREAK = r"[，,；;、]"
# Units counted alike (a case is 件, 起 or 宗; a prize or a project 项 or 个); other units must
# be the same word.
SAME_UNITS = (frozenset({"件", "起", "宗"}), frozenset({"个", "项"}))
