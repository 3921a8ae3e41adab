"""Places a report's lead names in ways of its own, for :func:`.region.region_of`: the place
its first clause opens on as the doer (甲市将…), a territory named beside an office only it
has (台湾 and its 监察院), a local paper's dateline (本报某市讯), and the places a notice is
addressed to (各市、州质监局：), the places a meeting was held at (在甲市召开) and the place a
person came from (来自甲省), which are not what it is about."""

from __future__ import annotations

import re
from functools import cache

from .. import regex_cache as rx
from .finder import Mention, Place, is_about, run_end, whole_place
from .territories import TERRITORY_BODIES, TERRITORY_OWN

_BODY_WINDOW = 800  # body characters searched for a territory's own offices and for 来自甲省
# A place where a meeting was held (在某市召开, 在甲省乙市举行: every place of the run between 在
# and the verb): the venue, not what a 我市 report is about.
# (after the place, a hall's name may stand: 在甲市某某宾馆召开)
_VENUE = rx.compile(r"(?:[\u4e00-\u9fff]{0,10}?(?:宾馆|酒店|饭店|会议中心|会展中心|国际会议中心|大厦|"
                    r"礼堂|会堂|山庄|度假村|体育馆|展览馆))?(?:隆重|顺利|正式)?(?:召开|举行|举办|"
                    # a review passed there (在甲市通过审定, 在乙地顺利通过了专家组的审查): its meeting's;
                    # not an acceptance check (在甲县通过验收), held at the site it accepts
                    r"通过[^，,。；;]{0,10}?(?:审定|审查|评审|论证|答辩))")
# A person the story says came from a place (来自甲省的患者, 甲省籍): a title that names the
# place before the person (甲省女子在乙市…) says where the person is from, not where it happened.
_FROM = "来自"
_NATIVE = "籍"

# A notice's line of addressees (各市、县质监局：; 各有关单位，甲市局：): a line that opens on 各
# and ends on a colon names whom it is sent to, not where its work is.
_ADDRESSEES = rx.compile(r"(?m)^[ \t\u3000]*各[^\n。；;]{0,80}?[:：][ \t\u3000]*$")

# A local paper's dateline at the head of its lead (本报某市讯, 某报某市讯, 某市5月3日讯): the
# place the story was filed from; not a national agency's (新华社某地电), which files national
# news from the capital.
_LOCAL_DATELINE = rx.compile(r"(?:\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*讯")
_AGENCY = rx.compile(r"(?:新华社|中新社|中新网|人民网|央视网|新华网)$")
# An agency's dateline that names its reporters before the place (中央社记者某某甲地3日电, 新华社
# 记者某某、某某乙地电): the bureau's place all the same.
_AGENCY_REPORTER = rx.compile(r"(?:新华社|中新社|中央社)(?:特派)?记者[\u4e00-\u9fff]{2,3}"
                              r"(?:、[\u4e00-\u9fff]{2,3})*$")
_REPORTER_REACH = 20  # characters an agency's name and its reporters' stand in before the place
# An agency's dateline from a place of its own (新华社甲市5月12日电, 据中新社乙市电, the day
# alone: 乙市3日电) or its site's channel of a province (新华网甲省频道, 人民网乙省频道记者):
# filed by the agency's bureau there, so a story of that place — but not of the capital, where
# the agency files national news.
_AGENCY_DATELINE = rx.compile(r"(?:\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日)?\s*电|频道")
_DATELINE_REACH = 60  # body characters a lead's dateline stands in
# Where the national papers and agencies file from (本报北京1月5日讯 in a national paper; 台北,
# where Taiwan's agency files the island's news, 中央社记者某某台北3日电): no local story.
_NATIONAL_DESKS = frozenset(["北京市", "台北市"])
# A reporter's byline that says where the story was filed (〔记者某某／甲地报导〕, 记者某某／甲地
# 报道 on its own line, （某某／甲地报导） closing the story, two reporters 某某、某某／甲地报导):
# the place between the slash and 报导.
_BYLINE = rx.compile(r"(?:记者|特派员|特约记者|实习记者)?\s*[\u4e00-\u9fff]{2,4}(?:[、,，]\s*[\u4e00-\u9fff]{2,4})*"
                     r"\s*[／/]\s*(?P<place>[\u4e00-\u9fff]{2,6}?)\s*(?:报导|报道)")

# A place that opens the lead's first clause as its doer (3月11日，甲市开展…; 5月起，甲市将…;
# 甲市市场监管部门日前…; 近日，甲区打假专班联合…): where the work is done.
_LEAD_OPEN = rx.compile(r"(?:[，,。\s]|日|起)$")  # (the body's very start: checked apart)
_LEAD_ACT = rx.compile(r"(?:将|开展|对|启动|召开|出台|印发|发布|实施|组织|加强|全面|积极|大力|近日|日前|"
                       r"(?:市场监管|市场监督管理|质监|工商|质量技术监督)部门|"
                       # the place's task force or squad (甲区打假专班联合…, 乙县稽查大队对…)
                       r"(?:打假|执法|稽查|检查)(?:专班|大队|中队|小组|组|队))")
_LEAD_REACH = 120  # body characters the lead's first clause opens within


def lead_subject(view: str, window: list[Mention], body: int) -> Mention | None:
    """The place the lead's first clause opens on as its doer (甲市开展…, 甲市将…, 甲地市场监管部门
    …), within the lead's first characters."""
    for mention in window:
        if mention.start - body > _LEAD_REACH:
            break
        if _LEAD_OPEN.search(view, max(body, mention.start - 1), mention.start) or mention.start == body:
            if _LEAD_ACT.match(view, mention.end):
                return mention
            if view[mention.end - 1:mention.end + 1] == "市场" and _LEAD_ACT.match(view, mention.end - 1):
                # 甲市场监管部门: 甲 and 市场监管部门, the city's 市 read as the market's
                return Mention(mention.start, mention.end - 1, mention.place)
    return None


# A firm that names itself at the head of its own notice (甲市某某股份有限公司（“本公司”）及董事会…;
# 乙县某某有限公司（以下简称“公司”）): the firm's place is the notice's.
_OWN_FIRM = rx.compile(r"[^\s，,。；;]{0,16}?(?:有限责任公司|股份有限公司|有限公司|集团)"
                       r"\s*[(（]\s*(?:以下简称)?\s*[“\"]?(?:本公司|公司|本集团)[”\"]?\s*[)）]")
_OWN_FIRM_REACH = 10  # body characters the firm's name opens within


def own_firm(view: str, window: list[Mention], body: int) -> Mention | None:
    """The place of a firm that opens its own notice naming itself 本公司 (甲市某某股份有限公司
    （“本公司”）…)."""
    for mention in window:
        if mention.start - body > _OWN_FIRM_REACH:
            break
        if _OWN_FIRM.match(view, mention.end):
            return mention
    return None


# A town or a grassroots market office as the lead's doer (3月6日，某某镇开展…; 近日，某某市场监管所
# 启动…; or the headline's: 某某镇启动…): a place below a county, which the gazetteer does not hold
# — the town as written (某某镇), a station by the town it is named after (某某). So is a town's
# own enforcement office (某某镇综合行政执法局), and a bureau's branch named after a part of its
# county or city the gazetteer does not hold either (某某园区市场监管分局; 市场监管局某某分局).
_STATION = r"(?:市场监管所|市场监督管理所|工商所)"
_TOWN_OFFICE = r"(?:综合行政执法局|综合执法局|综合行政执法(?:中队|队)|综合执法(?:中队|队))"
_BRANCH = r"(?:市场监管|市监|市场监督管理|质监|质量技术监督|工商)分局"
_GRASSROOTS = rx.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?(?:(?P<town>镇|乡|街道)(?![村镇民])"
                         rf"(?:{_STATION}|{_TOWN_OFFICE})?)?)"
                         rf"(?(town)|(?:{_STATION}|{_BRANCH}))")
# (not a branch named for its task or rank: 直属分局, 稽查分局, 第一分局)
_BRANCH_AFTER = rx.compile(r"(?:市场监督管理局|市场监管局|市监局|质监局|质量技术监督局|工商局)"
                           r"(?P<name>(?!直属|稽查|执法|机关|专业|综合|第)[\u4e00-\u9fff]{2,3}?)分局")
# (not 召开, 举行 or 举办: a town that hosts a meeting is its venue, as _VENUE says; a doer's
# 以…为重点 and 在…过程中 too)
_GRASSROOTS_ACT = rx.compile(_LEAD_ACT.pattern.replace("|召开", "") + r"|创建|联合|启动|"
                             r"以[^，,。；;\n]{1,30}?为|在[^，,。；;\n]{1,20}?(?:过程中|中|期间)")
# A run that only looks like a name: one that opens on a preposition before a place (在某镇,
# 为加强…, 于某某镇 — but 于集乡 is a town), a pronoun (本镇, 该所, 我所), a quantifier (各乡镇,
# 全县各所, 辖区所, 基层所, 城区所), or a common noun of villages and towns (下乡, 强镇, 名镇,
# 城镇, 乡镇) standing alone or after a word of two characters or more (质量强镇, 推进城镇,
# 检测下乡). One character before it makes a town's own name (古城镇, 富强镇, 新城镇), and
# 各 inside a name is a place's (崔各庄乡), so 各 counts only at the start.
_NO_NAME = rx.compile(r"[在为本我该各]|于[\u4e00-\u9fff]{2,}?(?:镇|乡|街道)|全[省市县区]?各|辖区|"
                      r"[^\n]*?(?:城区|基层)|(?:[\u4e00-\u9fff]{2,})?(?:下乡|强镇|名镇|城镇|乡镇)")


def grassroots_doer(view: str, title: tuple[int, int] | None, body: int) -> tuple[int, int] | None:
    """Where a town or a grassroots market office opens the headline, or a clause of the
    lead's first characters, as its doer: the town's name as written, or the station's town."""
    spans = [(title[0], title[1])] if title is not None else []
    spans.append((body, min(len(view), body + _LEAD_REACH)))
    for low, high in spans:
        at = low
        while at < high:
            # (a town after its city and county, 甲市乙县某某镇: the run written with it; not
            # an office of the run's own, 甲市乙区市监分局, which the body's organisation is)
            below = run_end(view, at, high)
            found = _GRASSROOTS.match(view, below, high)
            if found is not None and below != at and found["town"] is None:
                found = None
            found = found or _BRANCH_AFTER.match(view, at, high)
            if found is not None and _GRASSROOTS_ACT.match(view, found.end()) \
                    and not _NO_NAME.match(view, found.start("name"), found.end()):
                name, end = found["name"], found.end("name")
                if "town" in found.re.groupindex and found["town"] is not None and not name.endswith(found["town"]):
                    end = found.start("name") + name.index(found["town"]) + len(found["town"])
                return (at if below != at else found.start("name")), end
            nxt = _CLAUSE_OPEN.search(view, at + 1, high)
            if nxt is None:
                break
            at = nxt.end()
    return None


_CLAUSE_OPEN = rx.compile(r"(?:[，,。：:\s]|(?<=\d)日|(?<=\d)月起)[，,\s]*")


def territory(view: str, window: list[Mention], body: int) -> Mention | None:
    """Taiwan, Hong Kong or Macau, where the body's opening names the place and an office only
    it has (台湾 and its 监察院, 香港 and its 律政司); a city or county of one only where it
    heads that office itself (甲市消保官, 乙县政府消保官), not a city the territory's own
    offices work in, a site's or a list's (行政院…查核甲市某车站、乙市某商场)."""
    end = min(len(view), body + _BODY_WINDOW)
    for mention in window:
        place = mention.place
        name = place.province if place.level != "province" else \
            next((short for short in TERRITORY_BODIES if place.name.startswith(short)), "")
        offices = TERRITORY_BODIES.get(name, ())
        if place.level != "province" and _OWN_GOVERNMENT.match(view, mention.end) is None \
                and not any(view.startswith(office, mention.end) for office in offices):
            continue
        if any(view.find(office, body, end) >= 0 for office in offices):
            return mention
    return None


# A territory's city or county heading its own government (甲市政府, 乙县府).
_OWN_GOVERNMENT = rx.compile(r"(?:市|县)?(?:政府|府)")


def unnamed_territory(view: str, body: int, places: list[Mention]) -> str | None:
    """Hong Kong (or another territory of :data:`TERRITORY_OWN`) where the body's opening names
    an office, a law or a word only it has (机电工程署, 《度量衡条例》, 新界) and ``places``, the
    places the opening names, hold none of the mainland: a story of the territory that never
    writes its name. A county's bare short name does not count as the mainland's (浮山 of a
    territory's 流浮山, 资源 of 在资源许可的情况下)."""
    end = min(len(view), body + _BODY_WINDOW)
    mainland = [place for place in places if is_about(view, place) and not (
        place.place.level == "county" and view[place.start:place.end] != place.place.name)]
    for name in TERRITORY_OWN:
        if any(place.place.province != name and not place.place.name.startswith(name)
               for place in mainland):
            continue
        if _own_words(name).search(view, body, end):
            return name
    return None


@cache  # (each territory's words compiled once, not per report)
def _own_words(name: str) -> re.Pattern[str]:
    return rx.compile("|".join(TERRITORY_OWN[name]))


def local_dateline(view: str, everything: list[Mention], body: int) -> Mention | None:
    """The place of a local paper's dateline at the head of the lead (本报某市讯, 某报某县讯),
    or of an agency's bureau there (新华社某市5月12日电, 新华网某省频道); not the capital's."""
    for mention in everything:
        if mention.start - body > _DATELINE_REACH:
            break
        if mention.place.name in _NATIONAL_DESKS:
            continue
        agency = _AGENCY.search(view, max(0, mention.start - 3), mention.start) is not None \
            or _AGENCY_REPORTER.search(view, max(0, mention.start - _REPORTER_REACH), mention.start) is not None
        if (_AGENCY_DATELINE if agency else _LOCAL_DATELINE).match(view, mention.end):
            return mention
    return None


def byline_place(view: str, everything: list[Mention], body: int) -> Mention | None:
    """The first place the story names that its reporter's byline says it was filed from
    (〔记者某某／甲地报导〕 heading it, （某某／甲地报导） closing it): where the story is, as a
    local paper's dateline says; only a place the story names outside the byline too (a byline
    alone is a desk's, not what the story is about), and not the capital's desk."""
    if "报" not in view[body:]:
        return None  # (no byline: told without the search below)
    for found in _BYLINE.finditer(view, body):
        filed = _filed_from(found["place"])
        if filed is None or filed.name in _NATIONAL_DESKS:
            continue
        named = next((m for m in everything if m.place == filed
                      and not found.start() <= m.start < found.end()), None)
        if named is not None:
            return named
    return None


def _filed_from(name: str) -> Place | None:
    """The place a byline's slot names: the slot holds a place's name and nothing else, so a
    short name the finder passes over as a common word elsewhere (台中, of 舞台中央) is read
    as the city or county it shortens."""
    for suffix in ("", "市", "县"):
        if (whole := whole_place(name + suffix)) is not None:
            return whole.place
    return None


def addressed(view: str, mention: Mention) -> bool:
    """Whether ``mention`` stands in a notice's line of addressees (各市、州、乙区商务局：)."""
    line = view.rfind("\n", 0, mention.start) + 1
    found = _ADDRESSEES.match(view, line)
    return found is not None and mention.end <= found.end()


def origin(view: str, mention: Mention, body: int) -> bool:
    """Whether the body's opening says a person came from the title's place (来自甲省, 甲省籍):
    the title names where the person is from, not where the story is."""
    written = view[mention.start:mention.end]
    end = min(len(view), body + _BODY_WINDOW)
    return view.find(_FROM + written, body, end) >= 0 or view.find(written + _NATIVE, body, end) >= 0


# A visiting party (甲区某某一行到乙地调研, 甲市考察团赴…, 甲县代表团一行八人来…): the places
# named before it in its sentence are the guests'.
_GUESTS = rx.compile(r"[^。；;!！?？\n]{0,60}?(?:一行|考察团|代表团|调研组)[0-9一二三四五六七八九十多余]*人?"
                     r"(?:先后)?(?:到|赴|来|莅临|前往)")


def guests(view: str, found: list[Mention]) -> set[int]:
    """The starts of the places a visiting party is named after (甲区某某一行到…): the guests',
    which a host's report names besides its own."""
    return {mention.start for mention in found if _GUESTS.match(view, mention.end)}


# A party that goes from its own place to work in another (甲市专家团赴乙省丙县开展…, 甲省医疗队
# 前往乙地, 甲区工作组到乙县): the words between its place and the verb of going, within a clause.
_TRAVELLERS = rx.compile(r"[^，,、。；;!！?？\s]{0,14}?(?:一行|考察团|代表团|调研组|专家团|专家组|专家团队|"
                         r"工作组|工作队|医疗队|服务队|帮扶团|慰问团|帮扶组|援建队|支教团|调研团)"
                         r"[0-9一二三四五六七八九十多余]*人?(?:先后)?(?:奔赴|赶赴|赴|到|前往|走进)")


# The work the party goes to do there (开展…, 帮扶, 义诊, 检查): not a trip to learn or to see
# (赴乙省学习考察), which is the party's own news.
_WORK_THERE = rx.compile(r"[^，,、。；;!！?？\s]{0,6}?(?:开展|进行|帮扶|援助|支援|援建|支教|义诊|慰问|"
                         r"指导|送教|送医|培训|检查|督导|调研)")


def travellers(view: str, found: list[Mention]) -> set[int]:
    """The starts of the places a party is named after that goes to work in a place of another
    province named right after the verb (甲市专家团赴乙省丙县开展…): the party's home, not
    where the story happens (a visit inside the party's own province, or one to learn, stays
    its own news)."""
    away: set[int] = set()
    for mention in found:
        going = _TRAVELLERS.match(view, mention.end)
        if going is None:
            continue
        there = [m for m in found if m.start >= going.end()]
        end = going.end()
        for place in there:  # (the run of places gone to: 乙省丙县)
            if place.start != end:
                break
            end = place.end
        if end > going.end() and there[0].place.adcode[:2] != mention.place.adcode[:2] \
                and _WORK_THERE.match(view, end):
            away.add(mention.start)
    return away


def venues(view: str, found: list[Mention]) -> set[int]:
    """The starts of the places a meeting was held at: each place of a run of them right after
    在 and right before 召开, 举行 or 举办, or a hall named after it (在甲省乙市召开: both;
    在甲市某某宾馆召开: 甲市), or before a review passed there (在甲市通过审定)."""
    held: set[int] = set()
    run: list[Mention] = []
    for mention in found:
        run = [*run, mention] if run and run[-1].end == mention.start else [mention]
        if run[0].start > 0 and view[run[0].start - 1] == "在" and _VENUE.match(view, mention.end):
            held.update(place.start for place in run)
    return held
