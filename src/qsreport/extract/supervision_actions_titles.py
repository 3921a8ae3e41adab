"""Supervision campaigns: where a campaign's title begins and ends around its word, and the
page's own title line (a headline, never a campaign). Read by :mod:`.supervision_actions`."""

from __future__ import annotations

from .common import CLAUSE_BREAK, Doc
from .lexicon.supervision_mentions import (
    LINK_LINE,
    RAID_VERB,
    TITLE_LABEL,
)
from .lexicon.supervision_titles import (
    SELF_WORD,
    SINCE_AFTER,
    TITLE_STOP_1,
    TITLE_STOP_2,
    TITLE_STOP_WORD,
    TITLE_TAIL,
)

# How far back a title cut inside a quoted name reaches for its opening quote.
_QUOTE_REACH = 24


def title_line(view: str, pos: int) -> bool:
    """Whether ``pos`` is on a line labelled as the page's title (标题: …), repeated in the
    body by some pages, or on a line of related links (· …): a headline, no campaign carried
    out."""
    line_start = view.rfind("\n", 0, pos) + 1
    return TITLE_LABEL.match(view, line_start) is not None or LINK_LINE.match(view, line_start) \
        is not None


def headline_again(doc: Doc, pos: int) -> bool:
    """Whether ``pos`` is on a body line that prints the report's headline again, whole (a
    saved page's headline above its source line and again above the story): the headline,
    whose campaign is read as the headline's, not told in the body."""
    title = doc.layout.header.title
    if not title or pos < doc.layout.header.end:
        return False
    line_start = doc.view.rfind("\n", 0, pos) + 1
    line_end = doc.view.find("\n", pos)
    return doc.text[line_start:line_end if line_end >= 0 else len(doc.text)].strip() \
        == title.strip()


def title_start_at(view: str, pos: int, floor: int) -> int:
    """Back from the campaign word over its qualifier (``食品``, ``"两豆"制品``), stopping at
    verbs, particles and punctuation; at most eight characters (none before a raid's verb)."""
    if RAID_VERB.match(view, pos):
        return pos
    i = pos
    while i > floor and pos - i < 8:
        char = view[i - 1]
        if not ("\u4e00" <= char <= "\u9fff" or char in "“”\""):
            break
        if (char in TITLE_STOP_1 and not TITLE_STOP_WORD.match(view, i - 1)) \
                or view[max(floor, i - 2):i] in TITLE_STOP_2:
            break
        if char == "”" and view.startswith("“", i):
            break  # “气瓶整治”“电梯整治”: the name before is another campaign
        if char in "年月日号期" and i - 2 >= floor and view[i - 2].isdigit():
            break  # 2008年专项治理, 第8号…抽检: a date or a number is no part of the name
        if char == "次" and i - 3 >= floor and (view[i - 2].isdigit() or (
                view[i - 2] in "余多" and view[i - 3].isdigit())):
            break  # 执行40余次联合稽核: a count of the campaign's rounds, no part of its name
        i -= 1
    if "”" in view[i:pos] and "“" not in view[i:pos]:
        # Back to the opening quote of a slogan cut by the eight characters: “蓝盾护航”,
        # “2023年某地棉花收购至加工环节检查” (a long name, within its clause).
        opening = view.rfind("“", max(floor, i - _QUOTE_REACH), i)
        if opening >= 0 and not CLAUSE_BREAK.search(view, opening, i) \
                and "”" not in view[opening:i]:
            i = opening
    while i < pos and view[i] == "”":
        i += 1  # a title never opens on a closing quote (its opening one lost before it)
    return i


def title_end_at(view: str, pos: int, title_start: int) -> int:
    more = TITLE_TAIL.match(view, pos)
    end = more.end() if more else pos
    # A name quoted whole (“蓝天护航行动”) keeps its closing quote, when the title holds the
    # opening one (a long name's title starts inside the quotes).
    quoted = view.startswith("”", end) and "“" in view[title_start:end]
    return end + 1 if quoted else end


def since_start(view: str, title_start: int, title_end: int) -> int:
    """A title's start past a 自 that reads "since" (自专项行动开展以来: the 自 is no part of
    the name), not one that opens a word of the name (自来水…, 自行车…, 自查自纠…)."""
    if view.startswith("自", title_start) and title_end - title_start > 3 \
            and not SELF_WORD.match(view, title_start) \
            and SINCE_AFTER.match(view, title_end):
        return title_start + 1
    return title_start
