"""Standards work: how many standards of each level were drafted or adopted, the rates of
adoption, and the standards named by title."""

from __future__ import annotations

import re

from ..chars import HAN
from ..models import StandardCount, StandardRate, Standards, StandardTitle
from ..numbers import PERCENT, percent_value
from ..segmenting import Segment
from .areas import (
    Area,
    Figures,
    ItemList,
    score_number,
)
from .common import CLAUSE_STOP, PUNCT, Doc, Figure, figure_pattern, nearest_word
from .lexicon.standards import (
    RATE_LABEL,
    ROLE_WORD,
    STANDARD_LEVEL,
    STANDARD_UNITS,
    TARGET_WORDS,
    standard_level,
)

_FIGURE = figure_pattern(STANDARD_UNITS)
_GAP = 6
_GAP_AFTER = 10  # 3项由我市企业制定的行业标准
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|有)?")
# The patterns below are tried on a window of the view in place (pos, endpos): none looks
# behind its start or past its end, so each answers as it would on the window cut out.
_DIGIT = re.compile(r"\d")
_DIGIT_OR_STANDARD = re.compile(r"\d|标准")
_AND = re.compile(r"和|及|与|、|或")
_LIST_AND = re.compile(r"[、和及与]")
_HEAD_LEAD = re.compile(r"^(?:其中|全市|我市|全省|目前)+")
_CLAUSE = re.compile(r"[^，,；;。]+")


def extract_standard_counts(doc: Doc) -> list[StandardCount]:
    """``参与制定国家标准61项``, ``采用国际标准319项``, ``制定了12项国家标准``, and 分别 lists."""
    out: dict[int, StandardCount] = {}
    view = doc.view
    for sentence, figures in zip(doc.layout.sentences, doc.figures_by_sentence(_FIGURE),
                                 strict=True):
        if not figures:
            continue
        # Per sentence, not from one scan: the level's (?!化) looks past the match. Every
        # level names 标准, so a sentence without the word has none.
        if view.find("标准", sentence.start, sentence.end) < 0:
            continue
        levels = list(STANDARD_LEVEL.finditer(view, sentence.start, sentence.end))
        if not levels:
            continue
        for level, figure in _pairs(view, sentence, levels, figures):
            role = nearest_word(ROLE_WORD, view, sentence.start, min(level.start(), figure.start))
            if role is None:
                role = nearest_word(ROLE_WORD, view, sentence.start, max(level.end(), figure.end))
            if role is None:
                doc.warnings.append(
                    f"standards figure without a drafted/adopted verb skipped: "
                    f"{doc.text[min(level.start(), figure.start):max(level.end(), figure.end)]}"
                )
                continue
            start, end = min(level.start(), figure.start), max(level.end(), figure.end)
            out[figure.start] = StandardCount(
                level=standard_level(level),  # type: ignore[arg-type]
                role=role,  # type: ignore[arg-type]
                label=doc.text[level.start():level.end()],
                value=int(figure.value),
                unit=doc.text[figure.unit_start:figure.end],
                span=(start, end),
                evidence=doc.evidence(sentence),
            )
    return [out[k] for k in sorted(out)]


def _pairs(
    view: str, sentence: Segment, levels: list[re.Match[str]], figures: list[Figure]
) -> list[tuple[re.Match[str], Figure]]:
    pairs: dict[int, tuple[re.Match[str], Figure]] = {}
    for word in _RESPECTIVELY.finditer(view, sentence.start, sentence.end):
        stop = CLAUSE_STOP.search(view, word.end(), sentence.end)
        clause_end = stop.start() if stop else sentence.end
        after = [f for f in figures if word.end() <= f.start < clause_end]
        before = [lv for lv in levels if lv.end() <= word.start()
                  and not CLAUSE_STOP.search(view, lv.end(), word.start())]
        if after and len(before) == len(after):
            for lv, f in zip(before, after, strict=True):
                pairs[f.start] = (lv, f)
    for figure in figures:
        if figure.start in pairs:
            continue
        for index in range(len(levels) - 1, -1, -1):
            level = levels[index]
            if level.end() <= figure.start and figure.start - level.end() <= _GAP \
                    and not PUNCT.search(view, level.end(), figure.start) \
                    and not _DIGIT.search(view, level.end(), figure.start):
                # 采用国际标准和国外先进标准1580项: one figure for both; the first names it.
                while index > 0 and _AND.fullmatch(view, levels[index - 1].end(),
                                                   level.start()):
                    index -= 1
                    level = levels[index]
                pairs[figure.start] = (level, figure)
                break
        else:
            for level in levels:
                if level.start() >= figure.end and level.start() - figure.end <= _GAP_AFTER \
                        and not PUNCT.search(view, figure.end, level.start()) \
                        and not _DIGIT_OR_STANDARD.search(view, figure.end, level.start()):
                    pairs[figure.start] = (level, figure)
                    break
    return [pairs[k] for k in sorted(pairs)]


_SCOPE_LIST = re.compile(rf"(?P<list>(?:{HAN}|[A-Za-z]){{1,10}}(?:[、和及与](?:{HAN}|[A-Za-z]){{1,10}})*)"
                         r"等?(?:[一二三四五六七八九十\d]+大)?(?:行业|产业)的?$")


def extract_standard_rates(doc: Doc) -> list[StandardRate]:
    """``采用国际标准率达100%`` (achieved) and ``采标率达到80%以上`` (a target)."""
    rates = []
    view = doc.view
    for sentence, labels in zip(doc.layout.sentences,
                                doc.matches_by_sentence(RATE_LABEL),
                                strict=True):
        for label in labels:
            percent = PERCENT.search(view, label.end(), min(sentence.end, label.end() + 14))
            if percent is None or PUNCT.search(view, label.end(), percent.start()):
                continue
            value = percent_value(percent)
            if value is None:
                continue
            percents = [(percent, value)]
            if "分别" in view[label.end():percent.start()]:
                # 采标率分别达到92%、85%和60%: one rate per figure of the list
                for more in PERCENT.finditer(view, percent.end(), sentence.end):
                    gap = view[percents[-1][0].end():more.start()]
                    more_value = percent_value(more)
                    if not _LIST_AND.fullmatch(gap) or more_value is None:
                        break
                    percents.append((more, more_value))
            clause_start = doc.clause_start(label.start(), sentence.start)
            target = _is_target(view, sentence.start, percent.end())
            scope: list[str] = []
            head = view[max(clause_start, label.start() - 60):label.start()]  # a scope is short
            head_trimmed = _HEAD_LEAD.sub("", head)
            listed = _SCOPE_LIST.search(head_trimmed)
            if listed:
                offset = label.start() - len(head_trimmed) + listed.start("list")
                written = doc.text[offset:offset + len(listed["list"])]
                scope = [s.rstrip("等") for s in re.split(r"[、和及与]", written) if s.rstrip("等")]
            scopes = [[s] for s in scope] if len(scope) == len(percents) > 1 else \
                [scope] * len(percents)
            for (found, found_value), found_scope in zip(percents, scopes, strict=True):
                rates.append(StandardRate(
                    label=doc.text[label.start():label.end()],
                    value=found_value,
                    target=target if found is percent else _is_target(view, sentence.start,
                                                                        found.end()),
                    scope=found_scope,
                    span=(label.start(), found.end()),
                    evidence=doc.evidence(sentence),
                ))
            percent = percents[-1][0]
            rates.extend(_follow_on_targets(doc, sentence, label, percent.end()))
    return rates


_ACHIEVED = re.compile(r"已经|已|去年|上年|目前|截至|截止|至今|现已")


def _is_target(view: str, start: int, stop: int) -> bool:
    """A goal: a target word earlier in the sentence (力争, 到2015年, 年底…) and no sign of
    achievement (已, 去年, 目前) after it."""
    last_goal = None
    for match in TARGET_WORDS.finditer(view, start, stop):
        last_goal = match
    if last_goal is None:
        return False
    return not _ACHIEVED.search(view, last_goal.end(), stop)


def _follow_on_targets(doc: Doc, sentence: Segment, label: re.Match[str],
                       after: int) -> list[StandardRate]:
    """``采标率达到78.5%，…力争明年达到80%以上``: a goal for the same rate, a clause later."""
    view = doc.view
    out = []
    for clause in _CLAUSE.finditer(view, after, sentence.end):
        start, end = clause.span()
        if RATE_LABEL.search(view, start, end):
            break
        percent = PERCENT.search(view, start, end)
        if percent and TARGET_WORDS.search(view, start, percent.start()):
            value = percent_value(percent)
            if value is not None:
                out.append(StandardRate(
                    label=doc.text[label.start():label.end()], value=value, target=True,
                    scope=[], span=(percent.start(), percent.end()),
                    evidence=doc.evidence(sentence)))
    return out


_TITLE = re.compile(r"《([^《》\n]{2,60})》")


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


def extract_standards(doc: Doc) -> Standards:
    return Standards(
        counts=extract_standard_counts(doc),
        rates=extract_standard_rates(doc),
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
