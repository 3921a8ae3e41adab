"""Brand counts that size a pool or a list, not the place's titles (brands_counts_pools.py).

A pool picked from (在全省50个知名商标中评出8个…: the 50 are the field, the 8 the news), a
list the place's entries joined (3个产品入选首批60个某某名单: the 60 are the whole list's),
and a list's size told before the place's members in it (某某名录共25个，甲县的A、B名列其中).
"""

from __future__ import annotations

from ... import regex_cache as rx

# The field a pick is made from: 在/从 earlier in the count's clause ...
POOL_OPENER = rx.compile(r"[在从]")
# ... and 中 then a verb of picking after the count, in the same clause.
POOL_PICKED = rx.compile(r"[^，,。；;：:]{0,24}?中(?:[,，]?(?:最终|共|再|又)?)"
                         r"(?:选出|评出|评选出|遴选出?|选拔出?|择优|产生|脱颖而出)")
# A list the entries counted before it joined: 入选/进入/列入 (首批, a body's) right before the
# count, and the list's noun after it in the same clause (not 入选名单的N个: the entries).
LIST_JOINED = rx.compile(r"(?:入选|进入|列入|纳入)[^，,。；;：:的\d]{0,10}$")
LIST_NOUN = rx.compile(r"[^，,。；;：:]{0,24}?(?:名单|名录|目录|清单)")
# A list's size told alone, its members named after it (…共20个，甲地的A、B位列其中): no verb of
# holding or winning before the count in its clause (全县共有…12个，A名列其中 is a stock).
MEMBERS_AFTER = rx.compile(r"[，,][^。；;]{0,40}?(?:名列其中|位列其中|列入其中|入选其中|在列)")
HELD_BEFORE = rx.compile(r"有|获|达|新增|认定|培育|创建|注册|登记|保护")
