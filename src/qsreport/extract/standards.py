"""Standards work: how many standards of each level were drafted or adopted, the rates of
adoption, and the standards named by title."""

from __future__ import annotations

import re
from itertools import islice

from .. import regex_cache as rx
from ..models import StandardCount, Standards
from ..segmenting import Segment
from .areas import Area, Figures, ItemList, score_number
from .common import (
    CLAUSE_STOP,
    Doc,
    Figure,
    MatchIndex,
    figure_pattern,
    in_book_title,
    nearest_word,
)
from .lexicon.standards import (
    ADOPTED_COUNT,
    CARRIED_COUNT,
    DONE_BEFORE,
    DONE_JUST_BEFORE,
    EACH,
    LEVEL_LIST,
    NOT_DRAFTING,
    NOT_STANDARDS_AFTER,
    PART_BEFORE,
    PART_NOT_DONE,
    PART_OF_EARLIER,
    PART_ROLE_AFTER,
    PLAN_DONE,
    PLAN_LISTED,
    PLANNED_COUNT,
    REWARD_CONDITION,
    ROLE_JUST_BEFORE,
    ROLE_WORD,
    STANDARD_LEVEL,
    STANDARD_UNITS,
    catalogued,
    leaders_counted,
    standard_level,
)
from .lexicon.standards_named import IN_FORCE
from .standards_carried import carried_counts, each_counts
from .standards_declared import declared_counts
from .standards_lists import listed_counts
from .standards_named import extract_standard_titles, named_counts
from .standards_pairs import LEVELS_JOINED, level_pairs
from .standards_rates import Goals, extract_standard_rates
from .standards_repeats import rates_without_repeats, without_repeats
from .standards_shares import extract_standard_shares, with_shares
from .standards_values import count_unit, count_value

_FIGURE = figure_pattern(STANDARD_UNITS)
# 2项国家标准修改单: amendments to standards, not standards
_AMENDMENTS = rx.compile(r"(?:国家|行业|地方|企业|团体)?标准修改单|修改单")


def extract_standard_counts(doc: Doc) -> list[StandardCount]:
    """``参与制定国家标准61项``, ``采用国际标准319项``, ``制定了12项国家标准``, and 分别 lists;
    ``采标累计达到40项`` (采标 is adopting international standards) and ``主持制定国家标准3项，
    参与制定9项`` (the level of the clause before). Goals (到2020年制定…) and plans (获准立项,
    国际标准提案N项) are left out."""
    out: dict[int, StandardCount] = {}
    view = doc.view
    if "标准" not in view and "采标" not in view:
        # Every count is of a level (国家标准…: each level word's 标准), of 采标, or of a
        # bare 标准 after firms that filed it; the rest only go on with such a count.
        return []
    earlier_level: re.Match[str] | None = None  # the last level of the sentence before
    last_count: StandardCount | None = None  # the last count of the sentence before
    for sentence, figures in zip(doc.layout.sentences, doc.figures_by_sentence(_FIGURE),
                                 strict=True):
        if earlier_level is None and last_count is None \
                and view.find("标准", sentence.start, sentence.end) < 0 \
                and view.find("采标", sentence.start, sentence.end) < 0:
            continue  # (a sentence without 标准 counts only what goes on from the one before)
        out.update(named_counts(doc, sentence, _planned, figures))
        if not figures:  # (most sentences: no search of them for a survey's total)
            earlier_level, last_count = None, None
            continue
        # A survey's 产品标准总数 and its parts by level: standards firms' products follow, so
        # adopted (the total, of no one level, is left out)
        in_force = IN_FORCE.search(view, sentence.start, sentence.end)
        figures = [f for f in figures if not _AMENDMENTS.match(view, f.end)
                   and not NOT_STANDARDS_AFTER.match(view, f.end)
                   and (in_force is None or not in_force.start() <= f.start <= in_force.end() + 2)]
        if not figures:
            earlier_level, last_count = None, None
            continue
        size = len(out)
        # Per sentence, not from one scan: the level's (?!化) looks past the match.
        levels = [lv for lv in STANDARD_LEVEL.finditer(view, sentence.start, sentence.end)
                  if not in_book_title(view, sentence.start, lv.start())]
        if not levels and earlier_level is not None:
            out.update(_part_of_earlier(doc, sentence, figures, earlier_level, last_count))
        earlier_level = levels[-1] if levels else None
        listed: set[int] = set()  # paired with a 分别 list's levels, each its own (国际、国家标准分别为…)
        pairs = level_pairs(view, sentence, levels, figures, listed) if levels else []
        paired = {figure.start for _, figure in pairs}
        goals = Goals(doc, sentence.start, sentence.end)
        for level, figure in pairs:
            start, end = min(level.start(), figure.start), max(level.end(), figure.end)
            role = "adopted" if in_force and figure.start > in_force.end() else \
                _role(view, sentence, level, figure)
            if role is None and last_count is not None and view.startswith("其中", sentence.start):
                role = last_count.role  # 。其中本省地方标准合计N项: a part of the count before
            if role is None:
                doc.warnings.append(
                    f"standards figure without a drafted/adopted verb skipped: "
                    f"{doc.text[start:end]}")
                continue
            if goals.reach(figure.start) or _planned(doc, sentence, start, end) \
                    or _condition(doc, sentence, figure) \
                    or leaders_counted(view, level.end(), sentence.start, sentence.end):
                continue
            if figure.start not in listed and _several_levels(view, level, figure):
                continue  # 参加行业、地方和国家标准起草N项: several levels in one figure
            out[figure.start] = _standard_count(doc, sentence, standard_level(level), level, role,
                                                figure, (start, end))
        index = MatchIndex(levels)
        for figure in figures:
            if figure.start not in paired:
                count = _unpaired_count(doc, sentence, figure, index, goals)
                if count is not None:
                    out[figure.start] = count
        if "分别" in view[sentence.start:sentence.end]:
            out.update(listed_counts(doc, sentence, levels, figures, out))
        out.update(carried_counts(doc, sentence, figures, out, last_count))
        out.update(declared_counts(doc, sentence, figures, out))
        # 国家标准和行业标准各3项: only this sentence's counts (the ones added since ``size``),
        # not every count so far, or a long report's sentences each walk them all.
        mine = dict(islice(reversed(out.items()), len(out) - size))
        out.update(each_counts(doc, sentence, levels, mine))
        here = list(islice(reversed(out), len(out) - size))  # (new keys come last)
        last_count = out[max(here)] if here else None
    return without_repeats(doc, [out[k] for k in sorted(out)])


def _part_of_earlier(doc: Doc, sentence: Segment, figures: list[Figure],
                     level: re.Match[str], before: StandardCount | None,
                     ) -> dict[int, StandardCount]:
    """``发布国家标准1763项。其中，…领域发布相关标准631项``: a part of the sentence before's
    count, of its level, when the sentence opens with 其中 and names no level itself; with no
    verb of its own (其中，生态类标准12项) it takes the role of that count (``before``)."""
    view = doc.view
    if not view.startswith("其中", sentence.start):
        return {}
    goals = Goals(doc, sentence.start, sentence.end)
    out = {}
    for figure in figures:
        clause_start = doc.clause_start(figure.start, sentence.start)
        bare = PART_OF_EARLIER.search(view, max(clause_start, figure.start - 8), figure.start)
        role = nearest_word(ROLE_WORD, view, clause_start, figure.start) or \
            (before.role if before is not None else None)
        if bare is None or role is None or goals.reach(figure.start) \
                or _planned(doc, sentence, clause_start, figure.end) \
                or _several_levels(view, level, figure):
            continue
        out[figure.start] = _standard_count(doc, sentence, standard_level(level), level,
                                            role, figure, (bare.start(), figure.end))
    return out


def _unpaired_count(doc: Doc, sentence: Segment, figure: Figure, levels: MatchIndex,
                    goals: Goals) -> StandardCount | None:
    """A figure no level word stands by: ``全县重点产品采标累计达到52项`` (采标 adopts
    international standards), ``主持制定国家标准3项，参与制定9项`` (the level of the clause
    before, with this clause's role)."""
    view = doc.view
    clause_start = doc.clause_start(figure.start, sentence.start)
    if view.find("采标", clause_start, figure.start) >= 0:
        adopted = ADOPTED_COUNT.fullmatch(view, clause_start, figure.start)
        if adopted and not goals.reach(figure.start):
            return StandardCount(
                level="international", role="adopted",
                label=doc.text[adopted.start("word"):adopted.end("word")],
                value=count_value(figure), unit=count_unit(doc, figure),
                span=(adopted.start("word"), figure.end), evidence=doc.evidence(sentence))
    level = levels.last_ending_by(clause_start)
    # 采用国际标准和国外先进标准320项，今年新采用27项: the pair's first level, as level_pairs reads it
    while level is not None and standard_level(level) != "national" and \
            (first := levels.last_ending_by(level.start())) is not None and \
            LEVELS_JOINED.fullmatch(view, first.end(), level.start()):
        level = first
    if level is None or goals.reach(figure.start) \
            or _planned(doc, sentence, clause_start, figure.end):
        return None
    if CARRIED_COUNT.fullmatch(view, clause_start, figure.start):
        role = nearest_word(ROLE_WORD, view, clause_start, figure.start) or \
            _role(view, sentence, level, figure)
    elif PART_BEFORE.fullmatch(view, clause_start, figure.start):
        # 提交国际标准提案N项，其中M项已发布: a part of the count before, of its
        # level, with the verb after the number.
        after = PART_ROLE_AFTER.match(view, figure.end)
        role = after.lastgroup if after else _part_role(doc, sentence, level, figure)
    else:
        return None
    if role is None or _several_levels(view, level, figure):
        return None
    return _standard_count(doc, sentence, standard_level(level), level, role, figure,
                           (clause_start, figure.end))


def _part_role(doc: Doc, sentence: Segment, level: re.Match[str], figure: Figure) -> str | None:
    """The role of a part told with no verb after its number (制定团体标准15项，其中9项集中在
    机械领域): the role of the count the level's clause gives, where that clause counts it and
    the part's own clause says nothing of work ahead or undone (其中3项正在制定)."""
    view = doc.view
    clause_start = doc.clause_start(figure.start, sentence.start)
    stop = CLAUSE_STOP.search(view, figure.end, sentence.end)
    if _TOTAL_AFTER_LEVEL.match(view, level.end(), clause_start) is None or \
            PART_NOT_DONE.search(view, figure.end, stop.start() if stop else sentence.end):
        return None
    return _role(view, sentence, level, figure)


# The total a part is of: the level's own number, closing its clause (团体标准15项，)
_TOTAL_AFTER_LEVEL = rx.compile(r"(?:共|累计|达到?|为)?\s*\d+(?:\.\d+)?\s*(?:余|多)?(?:项|个|部|件)\s*[，,]\s*$")


def _planned(doc: Doc, sentence: Segment, start: int, end: int) -> bool:
    """Whether the clauses of ``view[start:end]`` say the standards are projects approved or
    proposals made (获准立项, 国家标准立项N项, 国际标准提案N项): plans, not standards drafted;
    or standards a catalogue gathers (收录, 梳理出; 其中… after such a clause)."""
    view = doc.view
    stop = CLAUSE_STOP.search(view, end, sentence.end)
    clause = doc.clause_start(start, sentence.start), stop.start() if stop else sentence.end
    if PLANNED_COUNT.search(view, *clause) is not None:
        return True
    if catalogued(view, sentence.start, start):
        return True
    return PLAN_LISTED.search(view, *clause) is not None and PLAN_DONE.search(view, *clause) is None


def _condition(doc: Doc, sentence: Segment, figure: Figure) -> bool:
    """Whether ``figure`` is in a reward's condition (对主导制定一项国家标准的企业): no count."""
    start = doc.clause_start(figure.start, sentence.start)
    found = REWARD_CONDITION.search(doc.view, start, sentence.end)
    return found is not None and found.start() <= figure.start < found.end()


def _standard_count(doc: Doc, sentence: Segment, level_key: str, level: re.Match[str],
                    role: str, figure: Figure, span: tuple[int, int]) -> StandardCount:
    return StandardCount(
        level=level_key,  # type: ignore[arg-type]
        role=role,  # type: ignore[arg-type]
        label=doc.text[level.start():level.end()],
        value=count_value(figure),
        unit=count_unit(doc, figure),
        span=span,
        evidence=doc.evidence(sentence),
    )


def _role(view: str, sentence: Segment, level: re.Match[str], figure: Figure) -> str | None:
    """Drafted or adopted: a role word just before the level decides (取得采用国际标准产品
    标志), else the nearest one before the pair, else the nearest before its end, else the
    first after it in its clause."""
    just_before = ROLE_JUST_BEFORE.search(view, max(sentence.start, level.start() - 6),
                                          level.start())
    if just_before:
        return just_before.lastgroup
    done = DONE_JUST_BEFORE.search(view, max(sentence.start, level.start() - 16), level.start())
    if done and (done["place"] is None or view[level.start()] in "省市") and \
            not NOT_DRAFTING.search(view, level.end(), max(level.end(), figure.start)):
        return "drafted"  # 完成团体标准4项, 完成某省地方标准2项
    if level.end() <= figure.start:
        # 企业标准备案1万个: a role word between the level and its number is this pair's
        between = nearest_word(ROLE_WORD, view, level.end(), figure.start)
        if between is not None:
            return between
    role = nearest_word(ROLE_WORD, view, sentence.start, min(level.start(), figure.start))
    if role is None:
        role = nearest_word(ROLE_WORD, view, sentence.start, max(level.end(), figure.end))
    if role is None:
        # 5项地方标准通过审定, 3项团体标准正式发布: the verb after the pair, in its clause
        # (not a noun: 4项国际标准的制定涉及… names again the standards of a plan; but
        # 完成4项国际标准的制定 is a deed)
        end = max(level.end(), figure.end)
        stop = CLAUSE_STOP.search(view, end, sentence.end)
        after = ROLE_WORD.search(view, end, stop.start() if stop else sentence.end)
        noun = after is not None and view[after.start() - 1] == "的" and \
            not DONE_BEFORE.search(view, sentence.start, min(level.start(), figure.start))
        role = after.lastgroup if after and not noun else None
    return role


def _several_levels(view: str, level: re.Match[str], figure: Figure) -> bool:
    """Whether ``level`` is one of a list of levels whose 标准 is written once, at its end
    (行业、地方和国家标准; N项国际、行业和国家标准): one figure for such a list counts the
    levels together, the count of none of them (each level's own figure, 分别, is paired
    before this is asked; 各 gives each level the figure)."""
    if level.end() <= figure.start and EACH.search(view, level.end(), figure.start):
        return False
    return "标准" not in level.group() or \
        LEVEL_LIST.search(view, max(0, level.start() - 20), level.start()) is not None


def extract_standards(doc: Doc) -> Standards:
    return Standards(
        counts=extract_standard_counts(doc),
        rates=rates_without_repeats(doc, with_shares(extract_standard_rates(doc),
                                                      extract_standard_shares(doc))),
        titles=extract_standard_titles(doc),
    )


AREA = Area(
    name="standards",
    extract=extract_standards,
    lists=(
        ItemList(
            field="counts", title="Standards", columns=("level", "role", "label", "value"),
            row=lambda s: (s.level, s.role, s.label, f"{s.value} {s.unit}"),
            same=lambda s: (s.level, s.role, s.value),
            score_name="standards counts",
            score_key=lambda f: (f["level"], f["role"], score_number(f["value"])),
            figures=Figures("standard", lambda s: (s.level, s.label, s.value, s.unit, s.role,
                                                   None)),
        ),
        ItemList(
            field="rates", title="Standards rates", columns=("label", "value", "target", "scope"),
            row=lambda r: (r.label, f"{r.value}%", "target" if r.target else "achieved",
                           "、".join(r.scope)),
            same=lambda r: (r.value, r.target),
            score_name="rates",
            score_key=lambda f: (score_number(f["value"]), bool(f["target"])),
            figures=Figures("rate", lambda r: (None, r.label, r.value, "%",
                                               "target" if r.target else "achieved",
                                               "、".join(r.scope) or None)),
        ),
    ),
)
