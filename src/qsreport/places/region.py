"""The place a report is about (:func:`region_of`), from the places its title, its publisher
and its body's opening name (found by :mod:`.finder`)."""

from __future__ import annotations

from collections import Counter

from .. import regex_cache as rx
from .abroad import COUNTRY
from .abroad import DATELINE as _ABROAD
from .central import CENTRAL_BODIES, CENTRAL_GROUP
from .finder import _DATELINE, _HONOUR, Mention, Place, county_by_short_name, find_places
from .institutes import institute_place
from .national_honours import NATIONAL_HONOURS
from .own_county import unnamed_own_county
from .provincial import provincial_report as provincial_report  # (read here by header_region)
from .region_central import decided_for, national_roll
from .region_header import mirror_publisher, names_organisation, publish_lines
from .region_kinds import FIRM_AFTER as _FIRM_AFTER
from .region_kinds import SELF as _SELF
from .region_kinds import inside, is_kind, most_specific, named_apart, named_with_its_parts
from .region_kinds import report_kinds as _report_kinds
from .region_lead import (
    byline_place,
    grassroots_doer,
    guests,
    lead_subject,
    local_dateline,
    origin,
    own_firm,
    territory,
    travellers,
    venues,
)
from .region_offices import WHOLE_PROVINCE as _WHOLE_PROVINCE
from .region_offices import below_province, opening_organisation
from .region_share import (
    built_by_city,
    inside_namesake,
    later_title_place,
    listed,
    local_part,
    opening_inner,
    own_city,
    own_place,
)
from .region_sources import ORGANISATION, heard_from
from .region_whole import SCHOOL as _SCHOOL
from .region_whole import STATION as _STATION
from .region_whole import counts as _counts
from .region_whole import gallery as _gallery
from .region_whole import paper_of_no_place as _paper_of_no_place
from .region_whole import sole_organisation as _sole_organisation
from .region_whole import sole_place as _sole_place
from .region_whole import visitors as _visitors
from .title_county import county_after, one_inside, title_county, title_group, title_locality
from .title_county import one_of_places_things as _places_things
from .works import in_work_title

# A headline about the whole country (我国…, 中国如何…, 全国…), not an organisation named
# after it (中国人民大学), nor its people (中国人的…, 中国人眼中的…): the places its publisher or
# its body names are not what it is about. Nor an honour the country gives (中国名牌, 中国驰名商标,
# 中国质量奖: NATIONAL_HONOURS), as the figures' national test reads it: 甲市3家企业申报中国名牌
# is a city's news.
_NATIONAL = rx.compile(r"我国|全国|质检总局|中国"
                       r"(?!人(?!民)|[\u4e00-\u9fff]{0,6}(?:大学|学院|公司|集团|银行|协会|学会|研究院|中心|网|报)|"
                       + "|".join(NATIONAL_HONOURS) + ")")
# A headline that opens on a central body as its doer (证监会查处…, 八部委…): the country's;
# not any place's department of a kind (商务部门, 农业部门).
_CENTRAL = rx.compile(r"\s*(?:国家)?(?:" + "|".join(CENTRAL_BODIES) + "|" + CENTRAL_GROUP + ")(?!门)")
# A headline about many places at once (多地…, 多省份…, 多个城市…; not 全省多地 or 我市多地,
# one place's): a round-up, whose body's 全省 is one of its places' (甲省人社厅…在全省范围内…).
# Not the 多 of a word (许多城市居民, 很多地方) nor land or a line (出让多地块, 多地铁站).
_ROUND_UP = rx.compile(r"(?<![省市县区州许很诸众好])(?:多地(?![块段铁下])|多省|多个?省份|多个?城市|多城)")
# The title's city's own office or centre (甲市质监局捣毁…, 甲市食品检验检测中心落户…): the city's
# news, where the body names a district's office or officials at the work.
_TITLE_OFFICE = rx.compile(ORGANISATION.pattern + r"|[\u4e00-\u9fff]{0,8}?(?:检验检测中心|检测中心|检验中心)")
# A paper or a site named after its place (某市晚报, 某市青年报, 某某新闻网).
_OUTLET_AFTER = rx.compile(r"[市县区省]?(?:晚报|日报|商报|都市报|早报|晨报|青年报|法制报|证券报|新闻网|网|在线)")
# A paper's dateline of no date taken for a title (本报某市电, 本报某市讯): where it was filed.
_PAPER_DATELINE = rx.compile(r"本[报報][\u4e00-\u9fff]{2,8}?[电讯電訊](?![\u4e00-\u9fff])")
# A paper of the securities market named after its exchange's city (某市证券报): its news is
# the listed firms', wherever they are.
_MARKET_PAPER = rx.compile(r"市?证券(?:报|时报)")
# A withheld firm named after its place (甲省某电缆有限公司…案, a case's title): where the
# firm stands, not whose bureau the report is.
_WITHHELD_FIRM = rx.compile(r"[省市县区]?某[\u4e00-\u9fff]{0,10}?(?:公司|厂|店|商行)")
# A title that speaks of its publisher as 我校/我院/我局 (某地考察团访问我校): the place it
# names is the visitors', the publisher's is the report's.
_TITLE_SELF = rx.compile(r"我(?:校|院|局|所|厂|司|公司|会|中心|馆|站)")
# A city or a country abroad (东京, 美国): a story that names one is no city paper's local news.
_FOREIGN = rx.compile("|".join(sorted(set(COUNTRY) | set(COUNTRY.values()),
                                      key=lambda name: (-len(name), name))))
_BODY_WINDOW = 800  # body characters searched when the title names no place
ABROAD_DATELINE = "an agency's dateline from abroad"  # (how a foreign city given is said)
_MIN_MENTIONS = 3  # a story filed from a city names it once or twice


def region_of(view: str, title: tuple[int, int] | None, body: int,
              source: tuple[int, int] | None = None) -> tuple[int, int, str] | None:
    """Where the place a report is about is written: the first place its title names (the
    county, when the title writes its province and city first; not a place the body says a
    person came from, 来自甲省); else the place its publisher is named after (某市质量技术监督局,
    某某日报), or an organisation its publish line names (日期 科室/某省某中心) — the publisher
    first when the title speaks of it as 我校/我院 (某地考察团访问我校); else a place the body's
    opening names an organisation after (某市质监局, 某区法院); else the first place of the kind
    a 我市/全县 report is about; else, in a story that names no place in China, the foreign
    city of an agency's dateline (新华社某城…电); else Taiwan, Hong Kong or Macau where the
    opening names one of their own offices (监察院, 律政司); else the place the body's
    opening names most, three times at least and more than any other (not inside a book's or
    a song's title); else a local paper's dateline (本报某市讯) or an agency bureau's (新华社某市
    电, 新华网某省频道; neither 北京, where national papers and agencies file from); else the
    one place the whole text names, where it names an organisation after it; else the place of
    a firm that opens its own notice (甲市某某股份有限公司（“本公司”）…); else the one run of
    places (甲省乙市) the whole text names, three times at least; else, in a story that names no
    place at all, the city of the paper that publishes it (某市晨报). A headline about the
    whole country (我国, 中国), about many places (多地) or opening on a central body (证监会查处…)
    takes no place from the publisher or the body's count; a paper named after its city counts only when its story names the city
    too (:func:`_paper_at_home`), and a securities paper (某市证券报) never; a place named for a
    school (山东大学) is not counted; in a host's report on a visiting party the title names
    (甲区某某一行到…调研), the guests' places are not counted. None when nothing says. The third
    item says which of these it was."""
    round_up = (title is not None and _ROUND_UP.search(view, *title) is not None \
        and _SELF.search(view, *title) is None) or _gallery(view, body)
    national = round_up or (title is not None and _NATIONAL.search(view, *title) is not None)
    # (and a central body's headline: only its own places)
    central = national or (title is not None and _CENTRAL.match(view, title[0]) is not None
                           and _SELF.search(view, *title) is None)  # (not 商务部认定… 我省…)
    # (the title's places, and whether one of them counts, read once for the steps below)
    title_places = find_places(view, *title) if title is not None else []
    if (home := travellers(view, title_places)):
        # (a party's home when it goes to work in another province: 甲市专家团赴乙省丙县开展…)
        title_places = [m for m in title_places if m.start not in home]
    title_counts = any(_counts(view, m) for m in title_places)
    everything = find_places(view, body, min(len(view), body + _BODY_WINDOW))
    held_at = venues(view, everything)
    away: set[Place] = set()  # (a visiting party's places: see below)
    if (visitors := _visitors(view, title_places, source)):
        # (a host's report on guests the title names, 甲区某某一行到我区调研, on the host's
        # site: the guests' places, wherever the body names them, are not the report's)
        away = {m.place for m in title_places if m.start in visitors} | {
            m.place for m in everything if m.start in guests(view, everything)}
        title_places = [m for m in title_places if m.start not in visitors]
        title_counts = any(_counts(view, m) for m in title_places)
        held_at |= {m.start for m in everything if m.place in away}
    window = [mention for mention in everything if _counts(view, mention)
              and mention.start not in held_at
              and not heard_from(view, mention, site_only=True)]
    # (a roll of bodies asked, most of them the country's, with one place's office among them)
    central = central or national_roll(view, window, body)
    organisation = None if central else opening_organisation(view, window, body)
    publisher = None if central or mirror_publisher(
        view, source, body, window, title_counts) else source
    order = [(title, "title"), (publisher, "publisher"), (publish_lines(title, body, source),
                                                         "an organisation in the publish line")]
    if title is not None and publisher is not None and _TITLE_SELF.search(view, *title):
        order[:2] = order[1::-1]  # 某地考察团访问我校, published by the school: the school's
    if title is not None and not title_counts and not visitors \
            and (county := title_county(view, title, body)) is not None:
        # (before the publisher, as a title's place is: 丹阳推进… on a site of another city)
        return county.start, county.end, "a county's short name opening the title"
    for span, how in order:
        named = title_places if how == "title" else \
            find_places(view, *span) if span is not None else []
        mentions = [m for m in named if _counts(view, m) and not _WITHHELD_FIRM.match(view, m.end)]
        if how == "title":
            # (not where a meeting the title reports was held: 某某会议在甲市召开)
            held = venues(view, named)
            # (nor a place inside a programme's, a book's or a film's title: 《某地影人》起播出)
            mentions = [m for m in mentions if not origin(view, m, body) and m.start not in held
                        and not _PAPER_DATELINE.match(view, max(0, m.start - 2))
                        and not in_work_title(view, m)
                        and not built_by_city(view, m, organisation)
                        and not (title and _places_things(view, m, title[1], body))]
        elif how != "publisher":
            mentions = [m for m in mentions if names_organisation(view, m)]
        if mentions and how != "title" and not _paper_at_home(view, mentions, body, everything):
            continue
        if mentions:
            # A publisher named after its province and its city (某省新闻网-某市日报): the city.
            start, end = most_specific(mentions, nested=how == "publisher")
            place = next(m.place for m in mentions if m.start == start)
            if how == "title" and title and (county := county_after(view, place, end, title[1], body)):
                start, end, place = county  # 甲市乙县… written 甲乙… (宁德福安): the county
            elif how == "title" and (inner := one_inside(view, mentions, place, end, body)):
                start, end, place = inner  # 甲省…乙市…: the one place of the province named
            if how == "title" and organisation and later_title_place(organisation[0].place, place, end, mentions):
                # 甲省支持乙省丙市…项目 with 丙市市场监管局 in the body: the office's place
                return organisation[0].start, organisation[0].end, \
                    "an organisation in the body of a place the title names after its first"
            if how == "title" and organisation and organisation[1].startswith("a branch") \
                    and inside(organisation[0].place, place):
                # A city in the title, its bureau's branch in a county in the body (甲市: 甲市
                # 质监局乙分局…): the county the branch works in.
                return organisation[0].start, organisation[0].end, \
                    "title's city, a branch of its bureau in the body"
            if how in ("publisher", "title") and place.level != "county" and organisation \
                    and not (how == "title" and _TITLE_OFFICE.match(view, end)) \
                    and inside_namesake(organisation[0].place, place) \
                    and not (place.level == "province" and _WHOLE_PROVINCE.search(
                        view, body, min(len(view), body + _BODY_WINDOW))):
                # A province's paper on a city's bureau (某省日报: 乙市市场监管局…), or a title
                # that names the province or the city of the county whose bureau the body
                # opens on (甲省一县查处…: 乙县质监局…; 甲市: 甲市乙区质监局…): the city or
                # the county.
                return organisation[0].start, organisation[0].end, \
                    f"{how}'s province or city, an organisation inside it in the body"
            if how == "publisher" and place.level == "province" \
                    and (inner := opening_inner(window, place, body)) is not None \
                    and not _WHOLE_PROVINCE.search(view, body, min(len(view), body + _BODY_WINDOW)):
                # A province's paper whose lead opens on one of its cities (甲省日报: 甲省乙市
                # 某工程开工…): the city's news.
                return inner.start, inner.end, "publisher's province, the lead opening on a place inside it"
            return start, end, how
    if organisation is not None and organisation[0].place.level != "county" \
            and (part := local_part(view, window, organisation[0].place, body)
                 or opening_inner(window, organisation[0].place, body)
                 or own_place(view, window, organisation[0].place, body)) is not None:
        # 甲省局公布名单，乙市共有5个品牌上榜 (乙市网讯…); 甲省乙县… opening the lead; 甲省局同意
        # 我市…: the city's or the county's news, not the office's
        return part.start, part.end, "a place inside a higher office's, its news's own"
    if organisation is not None and organisation[0].place.level == "province" \
            and (lower := below_province(view, window, organisation[0].place, body)) is not None:
        return lower.start, lower.end, "a province's office at work in a place inside it"
    if organisation is not None and (city := own_city(view, window, organisation[0], [
            *([title] if title else []), (body, min(len(view), body + _BODY_WINDOW))])):
        return city.start, city.end, "a 我市 report's city, a county's office inside it named"
    if organisation is not None:
        return organisation[0].start, organisation[0].end, organisation[1]
    if title is not None and not title_counts:
        # (after the publisher and the body's organisation, which say whose news it is)
        if (located := title_locality(view, title, window)) is not None:
            return located.start, located.end, "the place the body writes the title's locality after"
        if not national and (group := title_group(view, title)) is not None:
            return group[0], group[1], "a region of several places the title names as one"
    # (in a story whose headline is abroad, 美国…, 该市 and 全州 are its own places': only a
    # 我市 or 本市 says the report is a Chinese place's)
    title_abroad = title is not None and _FOREIGN.search(view, *title) is not None
    kinds = set() if round_up else _report_kinds(
        view, body, min(len(view), body + _BODY_WINDOW), title_abroad)
    # (a place that names a firm, 甲市某某检测有限公司, only where no other place of the kind is
    # named: the firm's city, where a 全市 report works with it, may not be the report's)
    of_kind = [at for at, mention in enumerate(window)
               if any(is_kind(mention.place, kind) for kind in kinds) and not listed(view, mention)]
    if of_kind:
        at = min(of_kind, key=lambda at: _FIRM_AFTER.match(view, window[at].end) is not None)
        # 浙江省台州市黄岩区…全区: the run's last place of a kind the report says (甲省乙市
        # 丙县…我县: past a city of no such kind).
        mention = last = window[at]
        for inner in window[at + 1:]:
            if inner.start != last.end or not inside(inner.place, last.place):
                break
            last = inner
            mention = inner if any(is_kind(inner.place, kind) for kind in kinds) else mention
        return mention.start, mention.end, "body, of the kind 我市/我县 says"
    # Else the place a 我省 (我市, 我州) report's honours are named after, of the kind it says
    # (广东省名牌产品, 甲市名牌, 乙州知名商标), or the place of the lead's dateline (本报某市12月
    # 24日讯) when it is of that kind.
    for mention in everything:
        if (_HONOUR.match(view, mention.end) or _DATELINE.match(view, mention.end)) \
                and any(is_kind(mention.place, kind) for kind in kinds):
            return mention.start, mention.end, \
                "body: a 我省/我市/我州 report's honours, or its dateline"
    if central:
        return None
    abroad = _ABROAD.search(view, 0, min(len(view), body + _BODY_WINDOW))
    if not everything and abroad:
        # A story filed from abroad that names no place in China in its opening: the city.
        return abroad.start("city"), abroad.end("city"), ABROAD_DATELINE
    if (found := territory(view, window, body)) is not None:
        return found.start, found.end, "a territory's own office in the body"
    # (not a place inside a work's title: a song's 《外婆的某某湾》; nor a station named after one)
    counts = Counter(m.place for m in window if not _SCHOOL.match(view, m.end)
                     and not _STATION.match(view, m.end)
                     and not in_work_title(view, m) and not _FIRM_AFTER.match(view, m.end))
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= _MIN_MENTIONS and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        first = next(m for m in window if m.place == ranked[0][0])
        return first.start, first.end, "most named in the body"
    if (found := local_dateline(view, everything, body)) is not None \
            and (not kinds or any(is_kind(found.place, kind) for kind in kinds)):
        # (本报某省会讯 over a 全省 story: the province's paper at home, not the capital's story)
        return found.start, found.end, "a local paper's or an agency's bureau's dateline"
    if (found := byline_place(view, everything, body)) is not None \
            and (not kinds or any(is_kind(found.place, kind) for kind in kinds)):
        return found.start, found.end, "the place a reporter's byline files from, named in the story"
    if (found := _sole_organisation(view, body)) is not None:
        return found.start, found.end, "the one place the text names, as an organisation's"
    if (found := institute_place(view, window, body)) is not None:
        return found.start, found.end, "a testing institute named after its place in the body"
    if (found := own_firm(view, window, body)) is not None:
        return found.start, found.end, "a firm's own notice, the firm named after its place"
    if (found := lead_subject(view, window, body)) is not None:
        return found.start, found.end, "the place the lead's first clause opens on"
    if not abroad and (local := grassroots_doer(view, title, body)) is not None:
        return local[0], local[1], "a town or a market office leading the news, below any county"
    if not abroad and (county := unnamed_own_county(view, body)) is not None:
        # (before a city counted with its parts: 区市场监管局…《甲市乙区…》 is 乙区's own report)
        return county.start, county.end, "the one county a 县局 report that never names its county names"
    if (whole := named_with_its_parts(counts, _MIN_MENTIONS)) is not None \
            and named_apart(view, window, whole):
        first = next(m for m in window if m.place == whole)
        return first.start, first.end, "most named in the body, with the places inside it"
    if not central and (found := _sole_place(view, body, away)) is not None:
        return found.start, found.end, "the one place in China the text names, three times at least"
    if not central and (found := decided_for(view, window, everything, body)) is not None:
        return found.start, found.end, "the place a national quality body's decision is about"
    if everything or abroad or publisher is None:
        return None
    if _FOREIGN.search(view, body, min(len(view), body + _BODY_WINDOW)) is None \
            and (paper := _paper_of_no_place(view, publisher)) is not None:
        return paper.start, paper.end, "a city paper's story that names no place"
    return None


def _paper_at_home(view: str, mentions: list[Mention], body: int,
                   opening: list[Mention]) -> bool:
    """Whether a publisher named after its place says where the report is: any publisher but
    a paper or a site (某市晚报, 某某新闻网), and a paper whose story names the paper's place
    in its opening other than in the paper's own name (某市晚报讯), or that speaks of its own
    place (我市, 全市): a city's paper reports on games and films far from its city too.
    ``opening``: the places of the body's opening (:data:`_BODY_WINDOW` characters)."""
    if _MARKET_PAPER.match(view, mentions[0].end):
        return False  # (上海证券报: the market's paper, on listed firms from everywhere)
    home = {mention.place for mention in mentions}
    filed = _PAPER_DATELINE.search(view, body, min(len(view), body + _BODY_WINDOW))
    # (filed from elsewhere only where the dateline names a place, and none of the paper's:
    # 本报综合讯 and a byline with a reporter's rank, 本报全媒体记者某某讯, name none)
    there = [] if filed is None else find_places(view, filed.start(), filed.end()) or \
        [m for m in [county_by_short_name(view, filed.start() + 2, filed.end())] if m is not None]
    if filed is not None and there and not any(m.place in home for m in there) and not any(
            view[m.start:m.end][:2] in filed[0] or m.place.name[:2] in filed[0] for m in mentions):
        return False  # 本报乙地讯 in 甲市日报: filed from 乙地, whose story it is (该市 is 乙地)
    if not _OUTLET_AFTER.match(view, mentions[0].end) \
            or _SELF.search(view, 0, min(len(view), body + _BODY_WINDOW)):
        return True
    return any(mention.place in home and not _OUTLET_AFTER.match(view, mention.end)
               for mention in opening)

