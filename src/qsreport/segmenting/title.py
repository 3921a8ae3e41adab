"""The title of a plain-text report saved from a page, read from the lines' shape and their
relation to the text: among the lines above the body's first sentence, the one that reads as a
headline (Han, short, no full stop, no furniture shape), shares its words with the lead and
sits just above a publish line or the lead.

A web page's headline comes from the page's structure instead (``html`` and ``PageHead``); this
is for text where that structure is gone and the site's name, menus and breadcrumbs come first.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from .. import regex_cache as rx
from ..chars import HAN_CHAR
from .furniture import is_furniture
from .metaline import FULL_STOP, is_meta_line, is_publish_line
from .spans import LINE, Segment

_SCAN_LINES = 30  # lines read from the top: the furniture above a headline seldom runs longer
_MIN_HAN = 4  # fewer Han than this is a button or a label, not a headline
_MAX_HAN = 60  # more is a sentence of the body
_LEAD_REACH = 500  # characters of the lead whose words a headline shares
_DEBRIS_SENTENCE = 40  # a short clause among page debris (请安装新版播放器。) is not the lead
_DEBRIS_NOT = rx.compile(r"[，,；;\d]")
_SHAPE_REACH = 200  # characters of a long line read for a furniture shape

# What a headline's line may carry around it that is not the headline: a trailing date in
# brackets (某某开工建设 (2005-10-28)), a label before it (原标题：, 标题：, 名称 :), a column tag
# in brackets before it ([图文], 【政务】), brackets around it ((原标题:…)) and rule marks.
# A publish line glued after the headline (标题http://… 2008年02月26日, 标题 时间:2012-02-29,
# 标题2010-1-10 11:34:43).
_GLUED_META = rx.compile(r"\s*(?:https?://|www\.|(?:发布|更新|发表|录入)?(?:时间|日期)[:：]|来源[:：]"
                         r"|(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})")
_TRAILING_DATE = rx.compile(r"\s*[(（]\s*\d{2,4}[-./]\d{1,2}[-./]\d{1,2}\s*[)）]\s*$")
_LEADING_LABEL = rx.compile(r"\s*[(（]?\s*(?:原标题|标题|题目|名\s*称)\s*[:：]\s*")
_LEADING_TAG = rx.compile(r"\s*[\[【][^\]】]{1,12}[\]】]\s*(?=\S)")
_TRIM = " |｜-—=*>»"
# A document's number after its title (…的决定(某政发〔2012〕79号)), or the site's column after
# an underscore (…成效明显_某某市场), as a page's <title> runs them on.
_TRAILING_NUMBER = rx.compile(r"\s*[(（]?[^\W\d_a-zA-Z]{1,8}\s*[〔\[(]\s*\d{4}\s*[〕\])]\s*\d+\s*号"
                              r"[)）]?\s*$|_[^\W\d_a-zA-Z]{2,8}\s*$")

# Han pairs: the words a headline shares with its lead, without a word list.
_HAN_RUN = rx.compile(r"[^\W\d_a-zA-Z]{2,}")


@dataclass(frozen=True)
class Candidate:
    """A line that may hold the headline, with what its score was made of."""

    line: Segment  # the whole line
    title: Segment  # the headline within it, without a trailing date or a label
    score: float
    shared: float  # share of the headline's Han pairs found in the lead
    over_publish: bool  # it stands just above a publish line


def title_span(view: str, line: Segment) -> Segment | None:
    """The headline within a line: without a trailing (date) or document number, a 原标题：
    label, a leading [tag] and the rule marks around it (None if no Han is left). Patterns
    here anchor where they are matched (``match``) or at the line's end (``$``)."""
    start, end = line.start, line.end
    if (found := _GLUED_META.search(view, start, end)) and found.start() > start:
        end = found.start()
    if found := _TRAILING_DATE.search(view, start, end):
        end = found.start()
    # (every match of the number's pattern holds a 号 or an underscore: a line with neither,
    # most, is not searched, where the pattern was tried at each of its Han characters)
    if (view.find("号", start, end) >= 0 or view.find("_", start, end) >= 0) \
            and (found := _TRAILING_NUMBER.search(view, start, end)) and found.start() > start:
        end = found.start()
    if found := _LEADING_LABEL.match(view, start, end):
        start = found.end()
    if found := _LEADING_TAG.match(view, start, end):
        start = found.end()
    piece = view[start:end]
    stripped = piece.strip(_TRIM)
    if stripped.endswith(")") and stripped.count("(") < stripped.count(")"):
        stripped = stripped[:-1].rstrip(_TRIM)  # the close of a bracket the label opened
    if not stripped or not HAN_CHAR.search(stripped):
        return None
    start += piece.index(stripped)
    return Segment(start, start + len(stripped))


# A line a label gives as a headline (原标题：…, 标题：…), also inside a reposted story's body.
_HEADLINE_LABEL = rx.compile(r"\s*[(（]?\s*(?:原标题|标题)\s*[:：]")


def labelled_headline(view: str, at: int) -> bool:
    """Whether ``at`` stands on a line that opens on a headline's label (原标题：…, 标题：…,
    wherever the line is: a reposted story keeps its old headline in its body)."""
    return _HEADLINE_LABEL.match(view, view.rfind("\n", 0, at) + 1) is not None


def is_headline_shaped(view: str) -> bool:
    """A line that reads as a headline: 4 to 60 Han, no full stop or semicolon, no furniture
    shape, not a publish line, not a table's row (cells a tab apart: a form's 项目\t结果)."""
    han = len(HAN_CHAR.findall(view))
    if han < _MIN_HAN or han > _MAX_HAN or FULL_STOP.search(view) or "；" in view or ";" in view \
            or "\t" in view.strip():
        return False
    return not is_furniture(view) and not is_meta_line(view)


def is_title_furniture(view: str, line: Segment) -> bool:
    """Whether the title the first lines gave is page furniture (a site's name, a menu, a
    byline, a heading of the body) or too short to be a headline."""
    span = title_span(view, line)
    if span is None:
        return True
    piece = view[span.start:span.end]
    return len(HAN_CHAR.findall(piece)) < _MIN_HAN or is_furniture(piece)


def is_debris_sentence(line_view: str) -> bool:
    """A page's one-clause notice (本页需要新版播放器才能显示。), not a report's sentence: short,
    no comma, no digit."""
    text = line_view.strip()
    return len(text) <= _DEBRIS_SENTENCE and not _DEBRIS_NOT.search(text)


def _is_lead(view: str) -> bool:
    """The body's first sentence: a full stop that is not a page's one-clause notice, or a line
    too long for a headline."""
    text = view.strip()
    if FULL_STOP.search(text):
        return not is_debris_sentence(text)
    # Not a spam list or a menu as long as a sentence (a sentence may end on a colon: 如下：);
    # its shape shows in its first characters.
    return len(HAN_CHAR.findall(text)) > _MAX_HAN \
        and not is_furniture(text[:_SHAPE_REACH].rstrip(":："))


def _pairs(text: str) -> set[str]:
    return {run[at:at + 2] for run in _HAN_RUN.findall(text) for at in range(len(run) - 1)}


def _shared(pairs: set[str], lead: str) -> float:
    """The share of ``pairs`` that are pairs of ``lead`` too: a pair of two Han characters is
    one of the lead's exactly when the lead holds it, so the lead is searched rather than
    broken into its own pairs (five hundred characters of it, most never asked about)."""
    return sum(map(lead.__contains__, pairs)) / len(pairs) if pairs else 0.0


def plain_title(text: str, view: str, standing: Segment | None = None) -> Candidate | None:
    """The best headline among the lines above the body's first sentence, or None when no
    line there reads as one and shares words with the lead. ``standing``: a title the first
    lines gave that is no furniture; another line takes its place only when it scores clearly
    higher (a kicker or an issuer's line above the headline), else None: keep it."""
    lines = [Segment(*match.span())
             for match in itertools.islice(LINE.finditer(text), _SCAN_LINES)]
    lead_at = next((i for i, line in enumerate(lines) if _is_lead(view[line.start:line.end])),
                   None)
    if lead_at is None:
        return None
    lead = view[lines[lead_at].start:lines[lead_at].start + _LEAD_REACH]
    best: Candidate | None = None
    floor = 0.0  # the standing title's score (0 when it shares too few words to score)
    after_standing = -1  # the line just under the standing title
    for index in range(lead_at):
        if standing is not None and lines[index].start <= standing.start < lines[index].end:
            after_standing = index + 1
        candidate = score_line(view, lines, index, lead_at, lead)
        if candidate is None:
            continue
        if index + 1 == after_standing:
            floor = candidate.score
        elif index == after_standing and not candidate.over_publish:
            continue  # a subtitle under the standing title, unless it heads a publish line
        elif best is None or candidate.score > best.score:
            best = candidate
    if standing is not None:
        return best if best is not None and best.score >= floor + _CLEARLY_BETTER \
            and best.shared >= _REPLACING_SHARED else None
    return best or _above_publish_line(view, lines, lead_at)


def _above_publish_line(view: str, lines: list[Segment], lead_at: int) -> Candidate | None:
    """The headline over the first publish line below a first paragraph (a page's summary
    printed above its headline): the line just above it, when it shares words with the text
    under the publish line."""
    for index in range(lead_at + 1, len(lines) - 1):
        if is_publish_line(view[lines[index].start:lines[index].end].strip()):
            below = lines[index + 1].start
            return score_line(view, lines, index - 1, index + 1,
                              view[below:below + _LEAD_REACH])
    return None


# Weights of a headline's signs: its words in the lead count most; then standing just above
# a publish line (the page's date and source under its headline) or just above the lead.
_ABOVE_PUBLISH = 0.5
_ABOVE_LEAD = 0.15
_MIN_SHARED = 0.2  # a line sharing fewer of its words with the lead is not its headline
_CLEARLY_BETTER = 0.3  # how much higher a line scores to replace the first lines' title
_REPLACING_SHARED = 0.4  # and how many of its words it shares with the lead, at least


def score_line(view: str, lines: list[Segment], index: int, lead_at: int,
               lead: str) -> Candidate | None:
    """How well line ``index`` reads as the headline of the lead at ``lead_at``, whose first
    characters are ``lead`` (None: it cannot be one)."""
    span = title_span(view, lines[index])
    if span is None or not is_headline_shaped(view[span.start:span.end]):
        return None
    shared = _shared(_pairs(view[span.start:span.end]), lead)
    if shared < _MIN_SHARED:
        return None
    score = shared
    below = view[lines[index + 1].start:lines[index + 1].end].strip()
    over_publish = index + 1 != lead_at and is_publish_line(below)
    score += _ABOVE_PUBLISH if over_publish else _ABOVE_LEAD if index + 1 == lead_at else 0.0
    return Candidate(lines[index], span, score, shared, over_publish)


# A government document's title broken over two lines: its head names the subject (关于…,
# 转发…, 印发…) and its tail ends on the kind of document (…的通报, …的决定).
_TITLE_HEAD = rx.compile(r"关于|转发|印发")
_DOCUMENT_KIND = rx.compile(r"(?:通知|通报|决定|公告|意见|办法|方案|规定|细则|请示|报告|批复|纲要|规划)$")
_MAX_PART_HAN = 40  # a longer line is no part of a title


def whole_document_title(view: str, title: Segment) -> Segment:
    """``title`` with the line before or after it when the two are one document title broken
    over two lines (关于表彰某年度质量奖 / 获奖单位的通报); else ``title`` as it is."""
    piece = view[title.start:title.end]
    if _DOCUMENT_KIND.search(piece) and not _TITLE_HEAD.search(piece):
        head = _neighbour(view, title.start, before=True)
        if head is not None and _TITLE_HEAD.search(view, head.start, head.end) \
                and not _DOCUMENT_KIND.search(view, head.start, head.end):
            return Segment(head.start, title.end)
    elif _TITLE_HEAD.search(piece) and not _DOCUMENT_KIND.search(piece):
        tail = _neighbour(view, title.end, before=False)
        if tail is not None and _DOCUMENT_KIND.search(view, tail.start, tail.end):
            return Segment(title.start, tail.end)
    return title


def _neighbour(view: str, at: int, before: bool) -> Segment | None:
    """The line just before the line holding ``at`` (or just after it) when it could be part of
    a title: Han, short, no full stop, no furniture shape."""
    if before:
        end = view.rfind("\n", 0, at)
        start = view.rfind("\n", 0, max(end, 0)) + 1
    else:
        start = view.find("\n", at) + 1
        end = view.find("\n", start) if start else -1
        end = len(view) if start and end < 0 else end
    if end <= 0 or start >= end:
        return None
    line = view[start:end]
    han = len(HAN_CHAR.findall(line))
    if not 2 <= han <= _MAX_PART_HAN or FULL_STOP.search(line) or is_furniture(line):
        return None
    stripped = line.strip()
    start += line.index(stripped)
    return Segment(start, start + len(stripped))
