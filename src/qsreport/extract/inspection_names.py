"""Facility names: where a name starts and ends in a clause (after ``依托…筹建的``, up to its
last facility word), whether a stretch of text names one facility, and when two mentions are
one facility (:mod:`.inspection_same`)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..chars import HAN
from ..places import find_places
from .lexicon.inspection import (
    BUILT_BY,
    BUREAU,
    FACILITY_SUFFIX,
    FIRM_END,
    FULL_NAME,
    FULL_NAME_END,
    GENERIC_NAME,
    HELPS,
    KIND,
    KIND_AFTER_OF,
    LIST_END,
    NEXT_GROUP,
    NOT_A_FACILITY,
    NOT_BEFORE_STATE,
    NOT_IN_OBJECT,
    OTHER_WORKS,
    PASSING,
    PERSON_AFTER_NAME,
    PHASE,
    RANK_LEAD,
    SUFFIX_ANYWHERE,
    TAIL,
    VENUE_AFTER,
    VENUE_BEFORE_STATE,
    VERB_BEFORE_NAME,
    WORKS,
)

Span = tuple[int, int]

# A subject's names: 市质检院和义乌局, 甲中心暨乙中心 (one body under two names), and quoted names
# written side by side (“甲中心”“乙基地”).
_NAME_PART = rx.compile(r"(?:[^和与及、暨”]|(?<!中心)(?<![所院站室])及|”(?!“))+”?")
_PROJECT = rx.compile(r"(?:建设)?项目")
_OTHER_PROJECT = rx.compile(r"(?:项目|工程)$")  # a project named before 和, whole  # 筹建A中心项目和B实验室: the project of building A
_OBJECT_PART = rx.compile(r"[^和与及、]+")  # an object list: A、B及C (a part may rejoin: 纺织品及棉花…)
_NAME_BOUNDARY = rx.compile(
    r".*(?:对|由|依托|承建的|建设的|组建的|的|和|与|在|将|是|为|、|，|。|\n|建成|筹建|组建|来到|走进"
    r"|就|批准|建立|加强|加快|加速|推进|共建|同意|设立|成立|获批|标志[着著]"  # (会议就A中心建设…, 总局批准A中心在此筹建, 加强A中心
    # 建设, 甲局与乙合作共建A实验室, 该所去年获批成立A中心: the name starts after them)
    # (副市长到A中心调研, 一行前往A所: who went there, then where)
    r"|前往|莅临|深入|(?<![达得收受])到"
    # (领导要求质检中心…, 希望检测站…: a wish said to a facility named before — the kind
    # alone is left, no name of its own)
    r"|希望|要求|叮嘱|嘱咐|勉励|鼓励)"
    # (经A所检验: the one whose test it was, after 经 — not 经济开发区, 经开区, a place's name)
    r"|经(?![济开贸营纬])"
)
# A visit to the facilities a clause lists (领导走进A和B调研): the names the state of the next
# clause (询问两处的筹建进度) is said of.
_VISIT_LEAD = rx.compile(r"[^，,；;。]*?(?:来到|走进|深入)")
_VISIT_TAIL = rx.compile(r"\s*(?:进行)?(?:视察|调研|考察|检查|参观)(?:指导)?")
QUOTE = "“”\"「」『』‘’' "
# (新疆·阿克苏: a province and its city, a dot between)
# (not a remark in brackets: （全国唯一）, （省内首家）)
_REMARK = r"(?![^)）]*?(?:唯一|首家|首个|第一))"
PLACE_IN_PARENS = rx.compile(rf"[(（]{_REMARK}{HAN}{{2,4}}(?:[·・]{HAN}{{2,4}})?[)）]")
PLACE_IN_PARENS_END = rx.compile(rf"[(（]{_REMARK}{HAN}{{2,4}}(?:[·・]{HAN}{{2,4}})?[)）]$")
# What may stand between a verb and the names it is done to: 了, a count with a colon
# (筹建两个机构：A和B).
_OBJECT_LEAD = rx.compile(rf"了?(?:[\d一二三四五六七八九十两]+个{HAN}{{0,8}}?[:：])?")


def subject_names(view: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """``市质检院和义乌局`` → the two names; ``“甲中心”“乙基地”`` and ``甲中心、乙中心等3家实验室``
    too; a part that names no facility joins the next (``市长某某出席并为A中心``)."""
    names: list[tuple[int, int, bool]] = []
    pending: int | None = None
    for part in _NAME_PART.finditer(view, start, end):
        begin = part.start() if pending is None else pending
        name = trim_name(view, begin, part.end())
        if part.end() == end and (_not_before_state(view, name[1], end)
                                  or PERSON_AFTER_NAME.match(view, name[1], end)):
            break  # 市质检所的12名检验员通过考核: the state is not the facility's
        if is_facility(view, name[0], name[1]):
            names.append(name)
            pending = None
            continue
        closing = _list_closing(view, begin, part.end())
        if closing is not None:
            names.append(closing)  # 甲中心、乙中心等3家实验室: the list ends
            break
        if names and BUREAU.match(view[name[0]:name[1]]):
            names.append(name)  # 市质检院和义乌局: the bureau shares the state
            pending = None
        elif _OTHER_PROJECT.search(view, begin, part.end()) and view[part.end():part.end() + 1] in "和与":
            pending = None  # 甲工程中心建设项目和乙质检中心改扩建项目: two projects, one not ours
        elif FIRM_END.search(view, begin, part.end()):
            pending = None  # 甲纤维有限公司、乙所: a firm is a whole item, no part of a name
        else:
            pending = begin
    return names


def _not_before_state(view: str, start: int, end: int) -> bool:
    """Whether what stands between a name and its state makes the state another's (所的12名
    检验员); a venue's 的 does not (在位于乙县的丙园区: where it happened)."""
    if HELPS.search(view, start, end):
        return True
    return bool(NOT_BEFORE_STATE.search(view, start, end)) \
        and not VENUE_BEFORE_STATE.match(view, start, end)


# A body of any trade that passes a testing lab's assessment (计量认证, 实验室认可): its name
# ends in one of these words (市疾控中心, 县环境监测站), though no inspection word is in it.
_ASSESSED_BODY = rx.compile(rf"{HAN}{{2,16}}(?:中心|站|所|院)")


def assessed_body(view: str, start: int, end: int) -> Span | None:
    """The one body a lab's assessment is said of, before the state: ``市疾控中心通过计量认证``."""
    begin, stop, _ = trim_name(view, start, end)
    if not _ASSESSED_BODY.fullmatch(view, begin, stop) or NOT_A_FACILITY.search(view, begin, stop) \
            or GENERIC_NAME.match(view[begin:stop]) or NOT_IN_OBJECT.search(view, begin, stop):
        return None
    return begin, stop


def _list_closing(view: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The last name of a list that closes with its count: ``乙中心等3家实验室`` → 乙中心."""
    stop = LIST_END.search(view, start, end)
    if stop is None:
        return None
    name = trim_name(view, start, stop.start())
    return name if is_facility(view, name[0], name[1]) else None


def described(view: str, start: int, end: int) -> list[Span]:
    """The names after ``筹建的``: each part of a list that names a facility, up to one that
    does not."""
    names = []
    pending: int | None = None  # where a part cut at 和/与 began, to rejoin with the next
    for part in _NAME_PART.finditer(view, start, end):
        begin = part.start() if pending is None else pending
        name = trim_name(view, begin, part.end())
        if is_facility(view, name[0], name[1]):
            names.append(name[:2])
            pending = None
        elif pending is None and view.startswith(("和", "与"), part.end()):
            pending = begin  # (国家某某监测与研究中心: a name that holds 与)
        else:
            break
    return names


def objects(view: str, start: int, end: int) -> list[Span]:
    """The facilities a verb is done to, listed right after it: ``筹建A、B及C等三个中心``,
    ``筹建两个机构：A和B``, ``筹建“A”``. Empty when what follows is not a name."""
    if view.startswith(("仪式", "典礼"), start):
        return []  # 奠基仪式及A站挂牌仪式: the verb names a ceremony, it is done to nothing
    lead = _OBJECT_LEAD.match(view, start, end)
    position = lead.end() if lead else start
    names: list[Span] = []
    pending: int | None = None
    for part in _OBJECT_PART.finditer(view, position, end):
        if pending is None and part.start() != position and not names:
            break
        begin = part.start() if pending is None else pending
        stop = LIST_END.search(view, begin, part.end())
        name = cut_at_suffix(view, begin, stop.start() if stop else part.end())
        if name and (rank := RANK_LEAD.match(view, *name)):
            name = rank.end(), name[1]  # 建设首个省级质检中心: a rank, then what it ranks
        pending = None
        if name and is_facility(view, *name) and not NOT_IN_OBJECT.search(view, *name):
            names.append(name)
            rest = view[name[1]:part.end()].strip(QUOTE)
            if stop and (more := NEXT_GROUP.match(view, stop.end(), end)):
                # A、B两个省级中心和C、D等4个县级所: a second counted list goes on
                return names + objects(view, more.end(), end)
            if stop or (rest and not _PROJECT.fullmatch(rest)):
                break  # the list ends: …等10大中心, …中心一并入驻 (but 筹建A中心项目和B: one more)
        elif stop or part.end() - begin > 40:
            break
        elif view.startswith("、", part.end()) and names:
            continue  # an item the list holds but no name can be read from: the rest still count
        elif pending is None and OTHER_WORKS.search(view, begin, part.end()):
            position = part.end() + 1  # 建成了A示范区、B保护区和C中心: the zones are no centres
        else:
            pending = begin  # 国家生态纺织品及棉花质检中心: one name with 及 inside
    return names


def cut_at_suffix(view: str, start: int, end: int) -> Span | None:
    """``“A中心”一并入驻`` → ``A中心``: the text up to its last facility word, unquoted, and
    after a colon or a dash before it (建成投用：A中心)."""
    last = None
    for match in SUFFIX_ANYWHERE.finditer(view, start, end):
        last = match
    if last is None:
        return None
    colon = max(view.rfind("：", start, last.start()), view.rfind(":", start, last.start()))
    if colon >= 0:
        start = colon + 1
    dash = view.rfind("——", start, last.start())
    if dash >= 0:
        start = dash + 2  # 建成国家级质检中心——A质检中心: the kind, then the name
    while start < end and view[start] in QUOTE:
        start += 1
    paren = PLACE_IN_PARENS.match(view, last.end(), end)
    return start, paren.end() if paren else last.end()


def is_facility(view: str, start: int, end: int) -> bool:
    text = view[start:end]
    return (3 <= len(text) <= 40 and bool(FACILITY_SUFFIX.search(PLACE_IN_PARENS_END.sub("", text)))
            and not NOT_A_FACILITY.search(text) and not GENERIC_NAME.match(text)
            and not KIND_AFTER_OF.search(text)
            and not _PANEL_AFTER.match(view, end))


# 某某中心评估专家组: a panel named after the facility it assesses (but X中心筹建领导小组
# prepares X: X is named, and planned); 按国家级检验中心标准建设: the standard a building
# is built to. Neither is a facility.
_BUILT_TO = rx.compile(r"标准(?!化)")
_PANEL_AFTER = rx.compile(r"(?:评估|评审|考核|验收)?(?:专家组|工作组|领导小组|办公室)|" + _BUILT_TO.pattern)


def trim_name(view: str, start: int, end: int) -> tuple[int, int, bool]:
    """Cut a subject down to the facility's name: after ``…承建的`` or ``…为``, up to the last
    suffix (keeping a ``（湖州）`` after it), without trailing adverbs or quotes. The flag says
    the subject was a part of the facility (``X中心二期综合楼``) and the name is the whole."""
    text = view[start:end]
    is_part = False
    venue = VENUE_AFTER.search(text)
    if venue:  # 甲实验室在乙中心揭牌: the place it happened is no part of the name
        end, text = start + venue.end(), text[:venue.end()]
    while text.startswith("在"):  # (在某中心内揭牌: a place, the subject said before)
        start, text = start + 1, text[1:]
    for words in (PHASE, WORKS):  # 中心二期综合楼, 所实验室改造工程: the facility is before them
        found = words.search(text)
        if found and SUFFIX_ANYWHERE.search(text, 0, found.start()):
            end, text = start + found.start(), text[:found.start()]
            # (主体改造: works on a building in use, not a phase of building it)
            is_part = is_part or (words is PHASE and not WORKS.match(view, end + len(found.group())))
    last = None
    for match in SUFFIX_ANYWHERE.finditer(text):
        last = match
    if last:
        stop = last.end()
        paren = PLACE_IN_PARENS.match(text[stop:])
        end = start + stop + (paren.end() if paren else 0)
        text = view[start:end]
    else:
        tail = TAIL.search(text)
        if tail:
            end, text = start + tail.start(), text[:tail.start()]
    dash = max(text.rfind("——"), text.rfind("："), text.rfind(":"))
    if dash >= 0 and end - (start + dash) > 4:
        cut = dash + (2 if text[dash:dash + 2] == "——" else 1)
        start, text = start + cut, text[cut:]
    quoted = max(text.rfind("“"), text.rfind("「"))
    # (某县“甲基地”, 以乙所为主体的“国家丙中心(丁)”: the quoted name, its host in brackets too)
    if quoted > 0 and "”" not in text[quoted:] and "」" not in text[quoted:] \
            and FACILITY_SUFFIX.search(PLACE_IN_PARENS_END.sub("", text), quoted + 1):
        start, text = start + quoted + 1, text[quoted + 1:]
    base = start  # (where ``text`` starts, for the bracket below)
    prefix = BUILT_BY.match(text) or VERB_BEFORE_NAME.match(text)
    if prefix and end - (start + prefix.end()) >= 4:
        start += prefix.end()
    else:
        of = text.rfind("的")  # 投资4,800万元的徐州市…中心
        if of >= 0 and end - (start + of + 1) >= 6:
            start += of + 1
    opened = max(text.rfind("("), text.rfind("（"))
    if opened > max(text.rfind(")"), text.rfind("）")):
        end = base + opened  # 检验所（宁德市计量所: a second name in brackets, cut off
    if rank := RANK_LEAD.match(view, start, end):
        start = rank.end()  # 国内首家|国家级…中心: a rank is no part of the name
        # (第一家国家级检测中心甲中心: the kind the rank is of, then the name, in apposition)
        if (kind := _KIND_BEFORE_NAME.match(view, start, end)) and \
                is_facility(view, kind.end(), end):
            start = kind.end()
    while start < end and view[start] in QUOTE + "的":
        start += 1
    while end > start and view[end - 1] in QUOTE:
        end -= 1
    return _where_it_stands(view, start, end), end, is_part


_KIND_BEFORE_NAME = rx.compile(KIND)


# The places written before a national centre's name (甲市乙新区国家某中心): a national
# centre's name opens on 国家, its host's place in brackets after it if anywhere.
# (not 全市, 我区, 该县: the whole or the own place, no place the name stands in)
_PLACE_BEFORE_NATIONAL = rx.compile(
    rf"(?![全我本该各])(?:{HAN}{{1,12}}?(?:省|市|县|区|州|盟|旗))+?(?=国家(?!级){HAN}{{2,20}}?"
    rf"(?:中心|实验室)(?:[(（]{HAN}{{2,4}}[)）])?$)")  # (not 甲市国家质检中心园区: a park)


def _where_it_stands(view: str, start: int, end: int) -> int:
    """Where a name begins after the county it stands in, written before a name that opens
    with its province (甲县乙省某某检验中心: the province's centre, in that county), or after
    the places written before a national centre's name."""
    found = find_places(view, start, min(end, start + 12))
    national = _PLACE_BEFORE_NATIONAL.match(view, start, end)
    if national and is_facility(view, national.end(), end):
        return national.end()  # 甲市乙新区国家某中心(甲市): the state's centre, where it stands
    if len(found) >= 2 and found[0].start == start and found[1].start == found[0].end \
            and found[1].place.level == "province" and found[0].place.level != "province":
        return found[1].start
    return start


# (某某质检站: a station too. Every branch opens with a plain character, so the engine skips
# ahead to the next 中, 所, 院, 实 or 站: a lookbehind first made it try every position.)
SUFFIX_HINT = rx.compile(r"中心|所|院|实验室|站(?<=[检验测定]站)")


def last_full_name(view: str, start: int, end: int) -> Span | None:
    """The last facility the clause names, for a later ``该中心`` — unless it is named in
    passing (依托市质检所, 位于…中心)."""
    if not SUFFIX_HINT.search(view, start, end):
        return None
    last = None
    for match in FULL_NAME.finditer(view, start, end):
        # (not 按…中心标准建设; not a name inside a document's title, 符合《A实验室验收细则》)
        if not _BUILT_TO.match(view, match.end()) and not _in_title(view, start, match.start()):
            last = match
    if last is None:
        return None
    boundary = _NAME_BOUNDARY.match(view, last.start(), last.end())
    begin = boundary.end() if boundary and last.end() - boundary.end() >= 4 else last.start()
    if PASSING.search(view, max(start, begin - 2), begin) or _ONE_SUCH.search(view, start, begin):
        return None
    if view[begin - 1:begin] == "是" and RANK_LEAD.match(view, begin, last.end()):
        return None  # 该中心是全国首个某某检测中心: what the centre is, described; no name
    return begin, last.end()


def _in_title(view: str, start: int, at: int) -> bool:
    """Whether ``at`` is inside the 《…》 title of a rule the clause names (《A实验室验收细则》);
    not an approval's title, which names the facility it approves (《关于同意设立A中心的批复》)."""
    if view.rfind("《", start, at) <= view.rfind("》", start, at):
        return False
    close = view.find("》", at, at + 60)
    return close > 0 and _RULE_TITLE_END.search(view, at, close + 1) is not None


# How a rule's title ends (…验收细则》, …建设规范》, …通用要求》).
_RULE_TITLE_END = rx.compile(r"(?:规范|细则|规则|标准|办法|规程|条件|要求|准则|导则|规定)》")


# 建成一个集检验、科研于一体的A中心: what something is to become, described, not a facility
# named.
_ONE_SUCH = rx.compile(r"(?:一个|一座|一所|一家)[^，,；;。！？!?\n]*$")


# What may stand between the names of a clause that is only a list of them.
_LIST_JOIN = rx.compile(r"\s*(?:、|和|及|与|以及)\s*")


def names_only(view: str, start: int, end: int) -> list[Span]:
    """The names of a clause that holds nothing but a list of facilities (``甲中心、乙中心，
    于5月8日奠基``: the next clause's state is said of each); empty for any other clause."""
    names: list[Span] = []
    visit = _VISIT_LEAD.match(view, start, end)
    if visit:
        start = visit.end()
    if FULL_NAME_END.search(view, start, end) is None:
        return []  # no name's ending: a literal scan, where FULL_NAME tries every character
    match = FULL_NAME.search(view, start, end)  # (the first may follow a dateline)
    while match is not None:
        begin, stop, _ = trim_name(view, match.start(), match.end())
        if not is_facility(view, begin, stop) or (names and begin != match.start()):
            return []
        names.append((begin, stop))
        joined = _LIST_JOIN.match(view, stop, end)
        match = FULL_NAME.match(view, joined.end(), end) if joined else None
    tail = _VISIT_TAIL.match(view, names[-1][1], end) if names and visit else None
    if not names or view[tail.end() if tail else names[-1][1]:end].strip(QUOTE):
        return []
    return names
