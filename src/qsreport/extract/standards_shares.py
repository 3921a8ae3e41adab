"""Standards rates written as shares with no rate word: a standards count's share of all
(发布地方标准46项，占全省总数的18%), and the share of firms or products made to standards
(85%的企业采用国际标准)."""

from __future__ import annotations

import re

from .. import regex_cache as rx
from ..models import StandardRate
from ..numbers import PERCENT, percent_value
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import Doc
from .standards_rates import Goals

# A clause that ends in a count of standards, before its share: …标准46项 / 46项…标准.
_COUNT_ENDS = compile_fast(
    r"标准[^，,。；;：:]{0,6}?\d+(?:\.\d+)?\s*(?:余|多)?(?:项|个|部)$|"
    r"\d+(?:\.\d+)?\s*(?:余|多)?(?:项|个|部)[^，,。；;：:\d]{0,10}?标准$"
)
# … its share, in the next clause: 占全省总数的18%, 占9.5%, 占全省的比重达9%.
_SHARE = rx.compile(r"[，,]\s*占(?:[^，,。；;%\d]{0,14}?的)?(?:比重|比例)?(?:为|达到?)?(?=\d|百分之)")
# The firms or products made to standards: 85%的企业采用国际标准, 70%以上的企业按标准组织生产.
_MADE_TO = rx.compile(
    r"(?:以上)?的(?:规模以上|重点|工业|出口)?(?:企业|产品)(?:已经|已|都|均)?"
    r"(?:采用|按照|按|执行|实施)了?[^，,。；;%\d]{0,24}?标准"
)
_COUNT_REACH = 40  # characters of the clause before a share read for its count
# A kind's share of standards (林业类标准所占比重为18%), and the next kinds' shares in the later
# clauses of its sentence, 标准 left to the first (，渔业所占比重为9%), each led by a kind
# (…类, …业), not by another thing (全市企业所占比重为40%: a share of firms).
_KIND_SHARE = rx.compile(r"标准(?:数量)?(?:所占|占)的?(?:比例|比重)")
_NEXT_KIND_SHARE = rx.compile(
    r"(?P<label>\s*[^，,。；;：:\d%标]{1,10}?(?:类|(?<!企)业)(?:标准)?(?:所占|占)的?(?:比例|比重))"
    r"(?:为|是|达到|达)?\s*(?=\d)"
)
_CLAUSE = rx.compile(r"[^，,；;。]+")


def extract_standard_shares(doc: Doc) -> list[StandardRate]:
    """The shares of a report's sentences about standards, each once."""
    view = doc.view
    rates: list[StandardRate] = []
    if "%" not in view or "标准" not in view:
        return rates
    for sentence in doc.layout.sentences:
        if view.find("%", sentence.start, sentence.end) < 0 or \
                view.find("标准", sentence.start, sentence.end) < 0:
            continue
        goals = Goals(doc, sentence.start, sentence.end)
        for percent in PERCENT.finditer(view, sentence.start, sentence.end):
            value = percent_value(percent)
            label = _label(view, sentence.start, percent) if value is not None else None
            if label is None or value is None:
                continue
            rates.append(StandardRate(
                label=doc.text[label[0]:label[1]], value=value,
                target=goals.reach(percent.end()), span=(min(label[0], percent.start()),
                                                          max(label[1], percent.end())),
                evidence=doc.evidence(sentence)))
        rates.extend(_next_kinds(doc, sentence, goals))
    return rates


def _next_kinds(doc: Doc, sentence: Segment, goals: Goals) -> list[StandardRate]:
    """The shares of the kinds listed after a kind's share of standards, 标准 left to the
    first (林业类标准所占比重为18%，渔业所占比重为9%): each a share of the same standards."""
    view, end = doc.view, sentence.end
    first = _KIND_SHARE.search(view, sentence.start, end)
    if first is None:
        return []
    out = []
    for clause in _CLAUSE.finditer(view, first.end(), end):
        found = _NEXT_KIND_SHARE.match(view, clause.start(), clause.end())
        percent = PERCENT.match(view, found.end(), clause.end()) if found else None
        value = percent_value(percent) if percent else None
        if found is None or percent is None or value is None:
            continue
        out.append(StandardRate(
            label=doc.text[found.start("label"):found.end("label")], value=value,
            target=goals.reach(percent.end()), span=(found.start("label"), percent.end()),
            evidence=doc.evidence(sentence)))
    return out


def _label(view: str, floor: int, percent: re.Match[str]) -> tuple[int, int] | None:
    """Where the words that make a percentage a standards share stand, if they do."""
    made_to = _MADE_TO.match(view, percent.end())
    if made_to:
        return made_to.end() - len(made_to.group().split("的", 1)[1]), made_to.end()
    start = max(floor, percent.start() - _COUNT_REACH)
    share = None
    for found in _SHARE.finditer(view, start, percent.end()):  # (its lookahead reads the number)
        share = found
    if share is None or share.end() != percent.start():
        return None
    clause = max(view.rfind(mark, start, share.start()) for mark in "，,。；;：:") + 1
    if "分别" in view[max(clause, start):percent.start()]:
        return None  # (分别占8%和10%: a list, read nowhere here)
    if not _COUNT_ENDS.search(view, max(clause, start), share.start()):
        return None
    return share.start() + 1, share.end()


def with_shares(rates: list[StandardRate], shares: list[StandardRate]) -> list[StandardRate]:
    """The rates, and the shares no rate word stated already, in the text's order."""
    taken = [rate.span for rate in rates]
    rates += [s for s in shares
              if not any(s.span[0] < end and start < s.span[1] for start, end in taken)]
    return sorted(rates, key=lambda rate: rate.span)
