"""An area's tally words as data: its metrics (:class:`Metric`, one row each) and the table of
its words (:class:`TallyWords`) that :mod:`.tallies` reads; each area's table is in
:mod:`.lexicon`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .. import regex_cache as rx
from ..chars import HAN
from ..segmenting import Segment
from .common import CLAUSE_BREAK, Figure

NAME_GAP = 8  # characters between a figure's unit and the name after it (6台未按期检验的压力容器)

# What may stand between two figures of one list, once the names are taken out.
JOINING = (r"(?:[\s、，,:：()]|和|及|与|以及|其中|另有|累计|共计|共|合计|总计|分别为|分别是|分别|为|是|"
           r"达到|达|提高到|上升到|下降到|升至|降至|增至|增加到|增加至|到|至|的|各|有|大型|小型|"
           r"中型|在用|其他|其它|约|近|"
           r"其余|各类|各种|工业|出口|进口|"
           # (from one level to the next: 检定项目从原来的40项发展到60项)
           r"发展|增长|现在|目前|原来|最初|最多时)*")
# A breakdown's item: a few words of its own (设计单位, 商店(超市)) between joining words, once
# the names are taken out.
# (Han only: not a scanned page's broken digits, 锅炉3、O2台)
ITEM = rx.compile(rf"{JOINING}(?P<label>(?:{HAN}|[()（）]){{0,16}}?){JOINING}")

# A clause that opens on 对 (or on a short subject and 对: 该局对…, 执法人员对…, 某某县质监局对…;
# or on the work it is part of: 本次检查中对…, 这次行动对…).
# An adverb may stand before 对 (市局共对…, 今年以来累计对…, 执法人员先后对…; 该局决定对…, 依法对…;
# 已对…, what is done so far).
# 针对 opens one too (针对全县12个集贸市场使用的台秤开展检查), and so does 为 with the places
# served (为甲油田等12家企业检测计量器具: the verb after them) — not 为了, 为确保, 为期, nor a
# linking 为 (合格率为…: not at the clause's start).
OBJECT = rx.compile(r"\s*(?:[^\d，,；;。对为]{0,8}?(?:局|所|站|组|人员|部门)|"
                    r"(?:此次|本次|这次|此轮|本轮)[^\d，,；;。对为]{0,6}?|"
                    r"[^\d，,；;。对为]{0,6}?(?=共|累计|先后|分别|决定|依法|已))?"
                    r"(?:共|累计|先后|分别|决定|依法|已经|已)?(?:并|又|还|另|均)?"
                    r"(?:针?对|为(?![了期何此])(?!(?:确保|保障|保证|进一步|加强|切实|有效|推进|提高|满足|方便|促进|做好|营造|维护)))")
# A share of a total, the total named after 占 (占事故总数的40%, 约占全市在用量的), and a
# count per unit, the unit named after 每 (每家维保公司抽检所保养电梯2至3台, 每座加油站
# 选取2支油枪; not a period, however it is counted: 每年, 每半年, 每两年, 每个月; 每次 names an
# occasion, a count per occasion no total: 每次抽查电梯5台): no tally of any area, however long the words between (an area's
# ``not_before`` holds it; not 占地, 占用, which name land, nor a part counted right after 占:
# 县级标准占13项).
PER_UNIT_OR_SHARE = (r"占(?![地用])[^，,；;。!?\d]{1,16}?(?:的|比例|比重)(?:为|是|达到?)?$|"
                     r"每(?![半两一二三四五六几]?个?(?:年|月|季|天|日|周|星期))[^，,；;。!?\d]{0,16}(?:\d+\s*(?:至|到|-|~|～))?$")
CLOSES_LIST = rx.compile(r"\s*等")  # 加油机等: the end of a list of kinds
BRACKET = rx.compile(r"\s*[(（]")  # a bracket opening right after a figure


class Metric(NamedTuple):
    """One row of an area's metric table."""

    name: str
    units: str  # the units it counts: an alternation, matched whole against the unit
    before: str = ""  # its keywords before the figure (anchor one with $ to the figure)
    after: str = ""  # its keywords after the figure, in the figure's clause
    object: str = ""  # a noun that must stand right before or right after the figure
    named: bool = True  # the figure must name what it counts (else ``any``)
    # How far before the figure its name is looked for: its "sentence", or only its "clause"
    # (加油站 are counted for the instruments of their own clause); after it, its clause.
    names_in: str = "sentence"
    unless: str = ""  # words in the sentence before the figure that rule the metric out
    # Whether it counts things of the area's kinds; hazards (隐患17处) are of none: ``any``.
    kinds: bool = True
    # Whether its keyword before the figure gives way to another metric's keyword after it in
    # its clause (已有60台锅炉进行了能效测试: a stock word, then the work done).
    yields: bool = False
    # Whether a figure whose nearest name is of a thing the area does not count (``foreign``)
    # is still this metric's, of no kind told (money rewarding a brand honour's winners).
    foreign_any: bool = False


class Carried(NamedTuple):
    """Metrics read in a sentence that does not name the subject, right after one that does,
    and what the two sentences must hold for that."""

    metrics: tuple[str, ...]
    # What the sentence before must hold (its ``trigger`` is enough when empty): a check's own
    # word, not a thing merely named (…扣留电子秤1台。…对5家液化气站进行检查).
    by: str = ""
    opens: str = ""  # what the sentence itself must open on (anything when empty)
    unless: str = ""  # words anywhere in the sentence itself that rule them out


class Carries:
    """An area's :class:`Carried` rows, compiled: which of them a sentence that names the
    subject passes on, and which metrics the sentence after it reads."""

    def __init__(self, rows: tuple[Carried, ...]) -> None:
        self.rows = [(row.metrics, _compiled(row.by), _compiled(row.opens), _compiled(row.unless))
                     for row in rows]

    def passed_on(self, view: str, sentence: Segment) -> list[int]:
        """The rows a sentence that names the subject passes on to the next."""
        return [i for i, (_, by, _, _) in enumerate(self.rows)
                if by is None or by.search(view, sentence.start, sentence.end)]

    def metrics(self, view: str, sentence: Segment, passed: list[int]) -> tuple[str, ...] | None:
        """The metrics ``sentence`` reads of the rows passed on to it, or None (no tally)."""
        found: list[str] = []
        for metrics, _, opens, unless in (self.rows[i] for i in passed):
            if (opens is None or opens.match(view, sentence.start)) and (
                    unless is None or not unless.search(view, sentence.start, sentence.end)):
                found += metrics
        return tuple(found) or None


def _compiled(pattern: str) -> re.Pattern[str] | None:
    return rx.compile(pattern) if pattern else None


@dataclass(frozen=True)
class TallyWords:
    """An area's words: which sentences to read, the units and names of what it counts, the
    metrics, and the words that make a figure no tally."""

    trigger: str  # a sentence without it holds no tally
    units: str  # every unit of every metric (an alternation)
    names: tuple[tuple[str, str], ...]  # (pattern, key) rows: the kinds of thing counted
    metrics: tuple[Metric, ...]
    any_name: str = "any"  # the key for several kinds, or a word for all of them
    weak: tuple[str, ...] = ()  # keys that, like ``any_name``, give way to a kind named with them
    foreign: str = ""  # names of things the area does not count (设备 for metrology)
    # How far after a figure its name may stand (5家厂商新近拿到了ISO9001质量管理体系的认证: 24), and
    # whether digits may stand between (3A).
    name_reach: int = NAME_GAP
    # Whether a keyword must stand in the figure's own clause (or in the clause before, when
    # the figure's clause holds only a linking word: …认证的企业，目前已达47家).
    keyword_in_clause: bool = False
    block: str = ""  # words of other work: a keyword before one of them reaches no further
    not_before: str = ""  # at the end of a figure's own stretch: no tally (平均, 第)
    not_after: str = ""  # matched right after a figure: no tally (/年, 以上的)
    # Matched right after a figure, in its clause: a goal set, not work done (status target:
    # 分给本区的80台锅炉能效测试任务).
    goal_after: str = ""
    # Matched in a figure's sentence: a sentence that sets out a plan's goals (status target:
    # 规划提出的指标包括：建成示范区20个; 围绕每年新增2个示范区…的目标).
    goal_sentence: str = ""
    # ... unless this stands before the figure in its clause (现有检验人员50名，二期工程将于明年
    # 开工: a stock the sentence's future leaves as it is).
    goal_unless: str = ""
    # Metrics also read in a sentence that does not name the subject, right after one that
    # does (…开展计量监督检查。共检查集贸市场3家、商场5家: the places of that check).
    carried: tuple[Carried, ...] = ()
    # Matched at the end of a figure's own stretch, or a few words after it, that name none of
    # the area's kinds: the thing it counts, so no name is taken from earlier in its sentence
    # (…示范项目40个，其中省级15个，市级标准化科研项目6个: research projects, no pilots).
    own_thing: str = ""
    # Whether a name from earlier in the figure's sentence is looked for only after its last ；
    # (…设立了市长质量奖；导入卓越绩效模式的企业有600家: a new part, of other things) — not where
    # one subject's facts run on past it (该中心的固定资产…；校准项目从40个…).
    names_within_part: bool = False
    # Matched right after a figure: the second count of a pair that shares the first's verb
    # and name (3家企业和2名个人获评市长质量奖: the 3 is named after the 2), where the name is
    # looked for after it.
    pair_after: str = ""
    # A pair written in words before the holders it counts (两家企业荣获…): a figure of 2, with
    # its unit in the group ``unit``, which the figure pattern leaves out (两个体系 is a word).
    pair_word: str = ""


def end_of_clause(view: str, start: int, stop: int) -> int:
    """Where the clause that holds ``start`` ends (its break, or ``stop``)."""
    match = CLAUSE_BREAK.search(view, start, stop)
    return match.start() if match else stop


# What stands between a count of holders and a count of their things: 20家企业的21个产品获得…,
# 8家企业10个产品通过…
HOLDERS_OF = rx.compile(r"\s*[^\d，,；;。、]{0,8}?(?:的|所持|持有的?)?\s*")
BARE_ITEM = rx.compile(r"(?<![A-Za-z\d/.\s])\d+[、]")
# A clause that holds only a linking word: its figure's keyword is in the clause before.
# What stands between an item of a list and the next one's figure: its name and a join —
# not its own verb (6家眼镜店被立案查处、9家市场开展了检查; 3台正在安装调试、12台…).
LIST_ITEM = rx.compile(r"[^，,；;。！？!?\d、和及与]{0,12}[、和及与]\s*")
ITEM_VERB = rx.compile(r"被|正在|进行|开展|实施|完成|接受|通过|立案|查处|处罚|调试|整改|投入|停用|报废|办理")
LINKING_ONLY = rx.compile(r"\s*(?:累计|共计|总计|合计|共|已|目前|现)*(?:达到|达|有|为|计)?\s*$")


def with_pairs(pair_word: re.Pattern[str], view: str, sentence: Segment,
                figures: list[Figure]) -> list[Figure]:
    """The sentence's figures with the pairs written in words (两家企业荣获…)."""
    pairs = [Figure(2, "", m.group("unit"), m.start(), m.end(), m.start("unit"))
             for m in pair_word.finditer(view, sentence.start, sentence.end)]
    return sorted(figures + pairs, key=lambda f: f.start) if pairs else figures
