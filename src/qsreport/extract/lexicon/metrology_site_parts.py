"""The words of a count of sites broken into its places after 其中 (read by
:mod:`..metrology_site_parts`): each part a place and its check's count (其中甲市场抽查40家,
3家不合格；乙市场抽查25家，全部合格), the failing ones told right after a part's count."""

from __future__ import annotations

# 其中 right after the count of sites (past its instruments' name and a comma).
OPENS = r"[^，,；;。!?！？\d]{0,8}?[，,：:]?\s*其中[：:]?\s*"
# A part: the place's words (no digits, no other clause), the check's verb, its count.
PART = (r"\s*(?P<label>[^，,；;。!?！？\d]{1,24}?)(?:共|累计|一共)?"
        r"(?:抽查|检查|查核|抽验|检定|巡查|抽检)(?:了)?\s*(?P<num>\d+)\s*(?P<unit>家|户|个|处)"
        # (not places whose goods were sampled, 12家8批次, nor a count of instruments after it)
        r"(?![^，,；;。!?！？]{0,6}?(?:批次|台|件|只|枪|支))")
# The failing ones of a part, right after its count: 3家不合格, 其中有2家不及格.
FAILED = (r"\s*[，,]\s*(?:其中)?(?:有|共)?\s*(?P<num>\d+)\s*(?P<unit>家|户|个|处)"
          r"[^，,；;。!?！？\d]{0,6}?不(?:合|及)格(?!率)")
# What parts them (a comma or a semicolon): a part starts right after one.
BREAK = r"[，,；;]"
