"""Words of a winner told as the subject of a chain of clauses (brands_honours_subject.py):
the name opens the first clause with a step it passed or a condition it met, later clauses
go on with no subject of their own, and the last wins the title (“甲”满足…要求，通过了
复核，获得…证书)."""

from __future__ import annotations

from ... import regex_cache as rx

# The manner or sequence words a clause may hold before a verb and still have no subject of
# its own (并, 从而, 最终, 成功, 顺利, 一举, 一次性, 如愿, 正式, 首次, 率先; 均 and 都 after a list).
_MANNER = (r"(?:并|又|还|也|从而|进而|随后|最终|最后|终于|已经?|均|都|全部)*"
           r"(?:成功|顺利|正式|一举|一次性|一次|如愿|首次|率先|同时|先后|相继|双双|高分)*")

# A clause of the verb of winning alone, its subject left to an earlier clause: only manner
# words before the verb (，成功荣获…; ，顺利获得…; ，获得…).
WIN_CLAUSE_ONLY = rx.compile(_MANNER)

# The steps and conditions a subject passes or meets before it wins: every verb of passing a
# review, an examination, an acceptance or a check, of going through one (经过; not a bare
# 经, which opens 经济 in names), and of
# meeting a condition or a standard (符合, 达到, 满足, 具备).
_STEP = r"(?:通过了?|经过了?|符合|达到了?|满足了?|具备了?|完成了?)"

# A clause holding only such a step (，已顺利通过复审，): no subject of its own.
STEP_CLAUSE = rx.compile(rf"{_MANNER}{_STEP}")

# Where the step starts in the subject's own clause, after the name (“甲”符合…;
# 甲县香米产品一次性通过…): the first step word after a name's last character or its closing
# quotation mark (not one a negation or 所 turns, 未通过, 所达到).
# (not the one-character words a place's name may end on, 成都, before the step)
STEP_IN_CLAUSE = rx.compile(rf"(?<=[\w”」』\"])(?<![所不未没])"
                            rf"(?:已经?|全部|成功|顺利|正式|一举|一次性|一次|如愿|首次|率先|先后|相继)*{_STEP}")

# A place's word for the entry it put forward, before the entry's name (甲市申报的乙县香米, 某局
# 推荐的…): the entry is the name after it; the one who put it forward won nothing.
ENTRANT_BEFORE = rx.compile(r"[^，,。；;、“”\"]{1,16}?(?:申报|推荐|选送|报送|组织申报)的(?=[“\"\w])")

# The kind word a protected product's name may end on in such a clause (甲县香米产品): no part
# of the name.
KIND_AFTER = rx.compile(r"(?:产品|品种|特产|农产品)$")
