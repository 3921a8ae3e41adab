"""Standards: levels, drafting and adoption words, rate labels and target words."""

from __future__ import annotations

import re

from ...regex_prefilter import compile_fast
from . import Vocabulary

STANDARD_LEVELS: tuple[tuple[str, str], ...] = (
    (r"国外先进标准", "foreign_advanced"),
    (r"国际标准", "international"),
    (r"国家(?:级)?标准", "national"),
    (r"行业标准", "industry"),
    (r"(?:省级?|市级?|省市)?地方标准", "local"),
    (r"企业标准", "enterprise"),
    (r"团体标准|联盟标准", "group"),
)
# 标准化 (行业标准化技术委员会) is standardisation work, not a standard.
_LEVELS = Vocabulary(STANDARD_LEVELS, suffix="(?!化)")
STANDARD_LEVEL, standard_level = _LEVELS.pattern, _LEVELS.key


STANDARD_UNITS = r"项|个|部|件|份|余项|多项"
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (r"采用|采标|等同采用|转化", "adopted"),
    (r"制定|制修订|修订|起草|主持|参与|参加|主导|发布|研制|承担|牵头|编制|制订", "drafted"),
)
ROLE_WORD = compile_fast("|".join(f"(?P<{role}>{p})" for p, role in ROLE_WORDS))

RATE_LABEL = re.compile(
    r"(?:采用国际标准(?:和国外先进标准)?(?:率|的比例)|国际标准采[标用]率|采标(?:覆盖)?率|"
    r"标准(?:化生产|化)?覆盖率|标准实施率|标准化率)"
)
TARGET_WORDS = re.compile(
    r"力争|目标|计划|确保|争取|年底|年末|到\d{4}年|到“?十[一二三四五]五”?末|将达到|要达到|"
    r"要提高到|预计|努力|届时|规划"
)
