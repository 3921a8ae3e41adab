"""Tallies made stats: each tally of a document once, with the fields every stat of a tallied
area has (label, value, unit, span, evidence; an addition's basis, a task's status)."""

from __future__ import annotations

from typing import Any

from .. import regex_cache as rx
from ..segmenting import Segment
from .areas import score_number, score_unit
from .common import Doc, unit_as_written
from .lexicon.context import CHANGE_BEFORE
from .tallies import Tallies, Tally
from .tally_words import end_of_clause


def stats_of(doc: Doc, tallies: Tallies) -> list[tuple[Tally, dict[str, Any]]]:
    """Each tally of ``doc`` with the fields every stat of an area has (label, value, unit,
    span, evidence), once: a figure given again in another sentence in the same words (a
    summary, a paragraph printed twice) is kept where the body first gives it; a headline's
    copy is left to the title-repeat filter, and a headline's round figure (五十余家, 近300人)
    over the body's exact one (53家, 292人) is dropped. A rate after a count of its own sentence is the rate of
    that count: the same rate after another count is another figure (为甲医院检定血压计36台，
    受检率100%。…为乙卫生院检定血压计152台，受检率也为100%). A photo's caption (图为…) tells
    one scene: its figures are none."""
    title = doc.layout.header.title_line
    view = doc.view

    def in_title(tally: Tally) -> bool:
        return title is not None and title.start <= tally.figure.start < title.end

    read = tallies.read(doc)
    rate_of = _counts_before_rates(read)
    found = sorted(read, key=in_title)  # the body's figures first
    # figure → (names, sentence, the count a rate is of, whether it is a change)
    said: dict[tuple[Any, ...], list[tuple[str, Segment, float | None, bool]]] = {}
    body: set[tuple[Any, ...]] = set()
    kept: list[tuple[Tally, dict[str, Any]]] = []
    for tally in found:
        figure = tally.figure
        if _CAPTION.match(view, tally.sentence.start):
            continue  # 图为执法人员对市场的一台电子秤进行检查: a photo's one scene, no tally
        unit = unit_as_written(doc, figure)
        key = (tally.metric, tally.name, score_number(figure.value), score_unit(unit))
        names = tallies.names_by(view, tally)
        earlier = said.setdefault((key[0], *key[2:]), [])  # (a kind found or not: names decide)
        of = rate_of.get(figure.start)
        change = _is_change(doc, tally)
        if any(sentence != tally.sentence and (not names or not before or names == before)
               and (of is None or count is None or of == count) and change == was_change
               for before, sentence, count, was_change in earlier):
            continue  # (a figure of another thing named is another figure: 电度表, 水表)
        earlier.append((names, tally.sentence, of, change))
        if in_title(tally) and (_APPROXIMATE.search(view, figure.start, figure.end)
                                or _APPROXIMATE_BEFORE.search(view, max(0, figure.start - 2),
                                                              figure.start)) \
                and any(_rounds_to(figure.value, other, key) for other in body):
            continue
        body.add(key)
        label = trimmed_label(doc.text[tally.label_start:figure.start])
        if len(label) < 2:  # named after the figure: 16家企业获得生产许可证, 对31家眼镜店的…
            label = trimmed_label(doc.text[figure.end:end_of_clause(view, figure.end,
                                                                        tally.sentence.end)])
        fields = {"label": label, "value": figure.value, "unit": unit,
                  "span": (tally.label_start, figure.end), "evidence": doc.evidence(tally.sentence)}
        clause_start = doc.clause_start(figure.start, tally.sentence.start)
        if _ADDED.search(view, clause_start, figure.start):
            fields["basis"] = "added"  # 新装电梯260部、游乐设施4台: the list's last item too
        if tallies.goal_after is not None and tallies.goal_after.match(
                view, figure.end, end_of_clause(view, figure.end, tally.sentence.end)):
            fields["status"] = "target"  # (the context pass keeps a status set here)
        if tallies.goal_sentence is not None and tallies.goal_sentence.search(
                view[tally.sentence.start:tally.sentence.end]) and not (
                tallies.goal_unless is not None
                and tallies.goal_unless.search(view, clause_start, figure.start)):
            fields["status"] = "target"
        kept.append((tally, fields))
    kept.sort(key=lambda pair: pair[0].figure.start)
    return kept


def trimmed_label(text: str) -> str:
    """A figure's words without the punctuation and linking words at their ends."""
    return _LABEL_ENDS.sub("", text)


def _is_change(doc: Doc, tally: Tally) -> bool:
    """Whether a tally is a difference from another time (事故起数减少4起): never the same
    figure as a level of the same value in another sentence (…电梯事故4起)."""
    clause_start = doc.clause_start(tally.figure.start, tally.sentence.start)
    return CHANGE_BEFORE.search(doc.view, clause_start, tally.figure.start) is not None


def _counts_before_rates(read: list[Tally]) -> dict[int, float]:
    """For each rate (in %) that a count stands before in its sentence, the count (by where
    the rate starts)."""
    counts: dict[int, float] = {}
    last: Tally | None = None  # the last count read
    for tally in read:
        if tally.figure.unit != "%":
            last = tally
        elif last is not None and last.sentence == tally.sentence:
            counts[tally.figure.start] = last.figure.value
    return counts


_LABEL_ENDS = rx.compile(r"^[\s，,、：:；;]+|(?:[\s，,、：:]|共计|合计|总计|共|约|达到|达|为|是|了)+$")
_APPROXIMATE = rx.compile(r"[余多]")
_CAPTION = rx.compile(r"[\s(（【\[]*(?:图为|上图为|下图为|图：|图:)")  # a photo's caption
# ... or led by a word of approach (死亡近300人, 约3000台, 逾50家) over the body's exact figure
_APPROXIMATE_BEFORE = rx.compile(r"(?:近|约|逾|超过|将近|接近)$")
_ADDED = rx.compile(r"新增|新装|新安装|新注册|新登记|新建")


def _rounds_to(value: float, other: tuple[Any, ...], key: tuple[Any, ...]) -> bool:
    """Whether ``other`` (a figure's key) is the exact figure ``value`` rounds."""
    return other[:2] == key[:2] and other[3] == key[3] and other != key \
        and abs(other[2] - value) <= 0.1 * abs(value)
