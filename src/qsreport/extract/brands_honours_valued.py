"""Brands named on a brand-value list (a ranking of what brands are worth, not a title): a
brand named in a sentence that tells such a list's entries is no winner of a brand title the
sentence names beside it (A、B等21个区域品牌的品牌价值均在百亿元以上; C在农产品区域品牌榜单上列第9位)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from .common import Doc
from .lexicon.distinctions_values import ANY_VALUE_LIST, VALUE_LIST_SENTENCE, VALUE_LIST_WON

_ANY = rx.compile(ANY_VALUE_LIST)
_LIST_SENTENCE = rx.compile(VALUE_LIST_SENTENCE)
_WON = rx.compile(VALUE_LIST_WON)


def speaks_of_value_list(doc: Doc) -> bool:
    """Whether the report speaks of a brand-value list at all (asked once a report: a scan of
    the whole text, which once a name would make a long report's time grow with its square)."""
    return _ANY.search(doc.view) is not None


def on_value_list(doc: Doc, honour: BrandHonour) -> bool:
    """Whether ``honour``'s name stands in a sentence that tells a brand-value list's entries
    and says of no one that a title was won (asked only of a report that
    :func:`speaks_of_value_list`)."""
    sentence = doc.sentence_at(honour.span[0])
    return _LIST_SENTENCE.search(doc.view, sentence.start, sentence.end) is not None and \
        _WON.search(doc.view, sentence.start, sentence.end) is None
