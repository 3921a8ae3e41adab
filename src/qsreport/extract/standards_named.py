"""Standards named by title with their level and a drafting verb but no number (制定了《甲》
国家标准, 制订了团体标准《乙》《丙》): one standard per title, of that level; and every title
in 《》 a sentence about standards names (:func:`extract_standard_titles`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import regex_cache as rx
from ..models import StandardCount, StandardTitle
from ..segmenting import Segment
from .common import Doc, Figure
from .lexicon.standards import STANDARD_LEVEL, standard_level
from .lexicon.standards_named import (
    MORE_AFTER_TITLES,
    MORE_BEFORE_TITLES,
    NAMED_AFTER_TITLES,
    NAMED_BEFORE_TITLES,
    NOT_DONE_BEFORE,
    ONE_TITLE,
)
from .standards_rates import Goals

Planned = Callable[[Doc, Segment, int, int], bool]


def named_counts(doc: Doc, sentence: Segment, planned: Planned,
                 figures: list[Figure]) -> dict[int, StandardCount]:
    """The named standards of ``sentence``, by where their titles start; none in a goal, a
    plan (``planned``: 立项, 征求意见) or after a word saying the work is not done, nor
    where one of ``figures`` (the sentence's numbers of standards) stands among the titles:
    that number counts them."""
    view = doc.view
    if view.find("《", sentence.start, sentence.end) < 0:  # (no slice of every sentence)
        return {}
    out: dict[int, StandardCount] = {}
    goals = Goals(doc, sentence.start, sentence.end)
    for named, more in ((NAMED_AFTER_TITLES, MORE_AFTER_TITLES),
                        (NAMED_BEFORE_TITLES, MORE_BEFORE_TITLES)):
        for match in named.finditer(view, sentence.start, sentence.end):
            if NOT_DONE_BEFORE.search(view, max(sentence.start, match.start() - 4),
                                      match.start()) \
                    or goals.reach(match.start()) \
                    or planned(doc, sentence, match.start(), match.end()):
                continue
            found: re.Match[str] | None = match
            while found is not None:
                count = _count(doc, sentence, found)
                if count is not None and found.start("titles") not in out \
                        and not any(count.span[0] <= f.start < count.span[1] for f in figures):
                    out[found.start("titles")] = count
                found = more.match(view, found.end(), sentence.end)
    return out


def _count(doc: Doc, sentence: Segment, match: re.Match[str]) -> StandardCount | None:
    view = doc.view
    level = STANDARD_LEVEL.match(view, match.start("level"), match.end("level"))
    if level is None:
        return None
    titles = len(ONE_TITLE.findall(view, match.start("titles"), match.end("titles")))
    start = min(match.start("titles"), match.start("level"))
    end = max(match.end("titles"), match.end("level"))
    return StandardCount(
        level=standard_level(level),  # type: ignore[arg-type]
        role="drafted", label=doc.text[level.start():level.end()], value=titles, unit="",
        span=(start, end), evidence=doc.evidence(sentence))


_TITLE = rx.compile(r"《([^《》\n]{2,60})》")


def extract_standard_titles(doc: Doc) -> list[StandardTitle]:
    """Standards named in 《》 in a sentence about standards."""
    titles: list[StandardTitle] = []
    if "《" not in doc.view:
        return titles
    for sentence, view in doc.sentences():
        if "标准" not in view and "规范" not in view:
            continue
        for match in _TITLE.finditer(doc.view, sentence.start, sentence.end):
            titles.append(StandardTitle(
                title=doc.text[match.start(1):match.end(1)],
                span=(match.start(), match.end()),
                evidence=doc.evidence(sentence),
            ))
    return titles
