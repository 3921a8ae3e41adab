"""Standards counts and rates said twice: a later sentence's restatement of a count (the lead and the
body both say 发布地方标准1180项) and the items counted named again (审定通过的3项地方标准)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import StandardCount, StandardRate
from .common import Doc

_DIGIT_OR_NUMERAL = rx.compile(r"[\d一二三四五六七八九十两百千]")
_REPEATED_FROM = 10  # small numbers recur by chance; a large one twice is a restatement


def without_repeats(doc: Doc, counts: list[StandardCount]) -> list[StandardCount]:
    """Counts without a later sentence's restatement of an earlier one (the lead and the
    body both say 发布地方标准1180项; 审定通过的3项地方标准，是… names again the three the
    sentence before counted: a small number too, when a 的 describes it)."""
    kept: list[StandardCount] = []
    seen: dict[tuple[str, str, int], StandardCount] = {}
    for count in counts:
        key = (count.level, count.role, count.value)
        earlier = seen.get(key)
        if earlier is not None and \
                (count.value >= _REPEATED_FROM or _described(doc, count)) and \
                doc.sentence_at(earlier.span[0]) != doc.sentence_at(count.span[0]):
            continue
        seen.setdefault(key, count)
        kept.append(count)
    return kept


def _described(doc: Doc, count: StandardCount) -> bool:
    """Whether the count's number is written after a 的 or a 这 (通过的3项…标准, 上述2项):
    the items named again, not counted anew."""
    start = count.span[0]  # the number, when it is written before its level
    return _DIGIT_OR_NUMERAL.match(doc.view, start) is not None and \
        _AGAIN_BEFORE.search(doc.view, max(0, start - 8), start) is not None


# Before a number that names again what was counted: 通过的3项, 这5项, 上述2项, and a place
# between (这次公布的某市3项地方标准).
_AGAIN_BEFORE = rx.compile(r"(?:的|这|这些|上述|以上|此次|本次)(?:[^\W\d_a-zA-Z]{1,4}?[省市县区])?$")


def rates_without_repeats(doc: Doc, rates: list[StandardRate]) -> list[StandardRate]:
    """Rates without a later sentence's restatement of an earlier one: the same words, value,
    goal and scope (the lead and the body both say 主要产品采标率为88%)."""
    kept: list[StandardRate] = []
    seen: dict[tuple[str, float, bool, tuple[str, ...]], StandardRate] = {}
    for rate in rates:
        key = (rate.label, rate.value, rate.target, tuple(rate.scope))
        earlier = seen.get(key)
        if earlier is not None and \
                doc.sentence_at(earlier.span[0]) != doc.sentence_at(rate.span[0]):
            continue
        seen.setdefault(key, rate)
        kept.append(rate)
    return kept
