"""Last checks on every named winner, whichever rule found it, with the document at hand:
the line it sits on (a link to a related story is no report of the winner), the words before
it (names a bureau will organise or encourage, or a condition, have won nothing yet), who
the winner is (the bureau's own work title is no quality honour; a place with a count is a
tally: the checks on places are :mod:`.brands_honours_places`'), what the name holds (an example of a kind: A牌木门等工业类产品), words of time
glued to its front (自去年某木地板获…), and a nickname read for the name (有“甲”之称的乙).
And :func:`open_shortlist`, the shortlist test every winners' reader shares."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import regex_cache as rx
from ..cleaning.view import match_view
from ..models import BrandHonour
from ..regex_prefilter import any_of, compile_fast
from .brands_honours_places import (
    counted_place,
    places_alone,
    tallied_place,
    without_province,
    zone_named,
)
from .brands_honours_valued import on_value_list, speaks_of_value_list
from .common import Doc
from .lexicon.brand_names import NOT_A_NAME
from .lexicon.brand_status import DECIDED, SHORTLIST, SHORTLIST_DONE
from .lexicon.brands import APPLIED_FOR

# A line of related stories under an article: ``- [ 10-25]某地：某公司获某奖``. The
# story is another page; the key of this one does not name its winner.
# (The lines may run together in the text the rules read.)
_LINK_BEFORE = rx.compile(r"\[\s*\d{1,2}-\d{1,2}\s*\][^。！？!?\[\]]{0,30}$")
# Names a bureau sets to work (组织A、B参与评价, 鼓励A申报, 帮助A创牌): the names are to
# take part in something, they won nothing (the title after them is what they may reach).
# (重点培育的A荣获…, 扶持的A: the winner was helped before; it won all the same.)
# (打造A、B等品牌, 围绕A、B, 依托A: the names are what the work builds or is about)
# (某奖(组织奖): a prize's kind, for bodies, and no work set; 组织专家对A、B…审查: the
# review the winners passed, which the rule that reads them checks)
_SET_TO_WORK = rx.compile(r"(?:组织|鼓励|引导|动员|帮助|支持|打造|围绕|依托)(?!的|奖|专家|申报[的、])[^，,；;。]*$")
# A condition (若某企业的产品获得…, 一旦获得…): no one has won.
_CONDITION = rx.compile(r"若(?!干)|如果|假如|倘若|一旦|只要|凡是")
# (the clause's start may be inside the name the rule read: 明年某局将组织A)
# (and one helped, or still working: 我局帮助丁公司成功创建…, 甲县正在积极创建成为…)
_SET_TO_WORK_IN = compile_fast(r"组织(?!申报[的、])|鼓励|引导|动员|打造|围绕|依托|帮助|(?<!技术)指导(?!中心|站|所)|"
                             r"推动|正在|积极|努力")
# The bureau itself named a 先进单位/先进集体 (of its own system, of a yearly review, of
# support to the local economy): a work title, not a quality honour (the GUIDE's other
# honours are 质量奖, 质量兴市先进, 示范区 …; a 质量兴市 title stays).
_BUREAU = rx.compile(r"^\w{0,12}?(?:质监局|质量技术监督局|质量技术监督分局|质监分局|质检局|"
                     r"市场监督管理局|市场监管局)")
_QUALITY_TITLE = rx.compile(r"质量兴|品质兴")
_ADVANCED = rx.compile(r"先进(?:单位|集体)")
# Time words glued to the front of a name by the sentence (自去年A获…, 继去年A之后): the
# name starts after them. A pronoun phrase with 的 (该公司重点开发的A) goes too.
_TIME_LEAD = rx.compile(r"^(?:.{0,12}?继|自)?(?:去年|今年|前年|上年|当年)(?=\w{2})")
_PRONOUN_OF = rx.compile(r"^(?:该|其|这|此)[^的]{1,10}的(?=\w{2})")
# A piece of a breakdown read as a name (A牌木门等工业类产品5个): an example and a kind,
# whose title is another sentence's; no winner's name holds 等 before more words.
_EXAMPLE_OF_KIND = compile_fast(r"(?<![平高中上优同对均])等\w{2,}")
_CLAUSE_END = rx.compile(r"[，,；;。！？!?\n]")
_FIRM_END = rx.compile(r"(?:公司|厂|合作社|协会)$")
# A protected product that has only passed the experts' technical review (通过了专家的技术
# 审查) is on the way to protection, not protected: where the report names it beside
# the review and says nowhere that protection was approved or announced, it won nothing yet.
_TECHNICAL_REVIEW = rx.compile(r"技术审查")
_PROTECTION_GRANTED = rx.compile(r"批准|公告|核准|获批|予以保护|实施保护|准予保护")
# A town, a township or a street office (the production area a protected product's notice
# lists: 某县某街道办事处、某镇…现辖行政区域): a place, never the product protected.
_BRAND_MARK = rx.compile(r"牌(?![坊楼])")  # 甲牌…: a firm's brand, not a place's product
_TOWN_END = rx.compile(r"(?:镇|乡|街道|办事处|村)$")
# A nickname (有“甲乡三宝”之称的乙菇): the thing so called is the winner, named after 之称的.
_NICKNAME = rx.compile(r"[”」\"]?之称的(?P<name>(?:(?!的)[^\W\d_a-zA-Z]){2,10}?)"
                       r"(?=还|也|已|均|先后|跻身|荣获|获得|获|入选|被|成功)")
_NICKNAME_ONLY = rx.compile(r"[”」\"]?之称")
# Words that open a clause glued to the front of a name (而A获…, 揭晓A等5家, 某市累计有A、
# B…获得…, 负责人某某, 辖区内A、B…上榜: a scope word of the report's place): the name starts
# after them (a person's post: the person is the winner of a prize for people).
_CLAUSE_LEAD = rx.compile(r"^(?:而|揭晓|据悉|(?:本|该)?(?:辖区|境|区|县|市)内(?:的|有)?|[^\W\d_]{0,8}?成功申报(?:获批)?|[^\W\d_]{0,6}?(?:累计|共|现|已经|已)有|.{0,30}?(?:负责人|董事长|总经理|"
                          r"厂长)(?=[^\W\d_]{2,4}$))(?=\w{2})")
# Phrases read where a name stands that name no winner: a document's title (关于表彰…),
# a clause's opening (在连续多年…, 是今年…唯一, 成为某地首个), a time word alone, a goal's
# verb (打造A、B; 筹建, 创建 a zone), and clause words no name holds (不断, 加强, 是指, 层层筛选, 最终确定,
# 新认定, 重奖, …称号, 全国唯一) — what a rule or the tagger cut from a sentence.
_NO_NAME = rx.compile(r"^(?:关于|在|是|成为|打造|筹建|创建|争创|本报讯|【|(?:最近|近日|日前|目前)$)|"
                      r"^[和及与](?:品牌|名牌|企业|产品)|"
                      r"不断|继续|加强|是指|称号|筛选|确定|认定|唯一|首个|首家|重奖|范围|之都$|"
                      # (…和某总局同意命名为…: the giver and its consent, no winner)
                      r"总局|同意|"
                      # (本文章“…”转载: a reprint notice quoting the headline)
                      r"^本文|转载|"
                      # (XHJ牌一、二、三类产品: classes counted off, cut at their 、)
                      r"^[一二三四五六七八九十]+类|(?<=牌)[一二三四五六七八九十]$|"
                      # 某地企业产品(服务): the kind of what won, counted elsewhere
                      r"^[^\W\d_]{0,6}?企业(?:相关)?产品")
# Adverbs and a time glued to the end of a name (A也于当年获…, A还在同年获…): not the name.
# (去年底, 今年初: the time's part of the year too; 自(获批…以来): since, not the name)
# Clause words no winner's name holds, left where a rule or the tagger cut a clause for a
# name (the 2nd-wave rounds 42-48 showed them): a clause's verb or adverb at its front
# (使其, 并在, 大力, 扶持, 成立), an adverb anywhere (尽快, 逐步), an article of rules (第五条),
# a word pointing back (上述产品: named elsewhere or not at all), and an official's post with
# the person after it (某市长某某(向): the one who hands the prize over, no winner).
_CLAUSE_WORDS = compile_fast(r"^(?:使其|使得|并(?:在|将|于|且|已)|大力|扶持|成立|加快|积极|努力)|"
                           r"尽快|逐步|进一步|纳税|用于|"
                           r"^第[\d一二三四五六七八九十百]+条|^(?:上述|以上|下列|前述)|"
                           r"(?:市长|县长|省长|区长|局长|厅长|部长|书记)[^\W\d_]{2,3}(?:向|为|给)?$")
# A name with its predicate glued on (A是某县…, A是本市…): the name ends before 是.
_COPULA = compile_fast(r"(?<=\w\w)是(?=\w)")
# A title taken away (撤销/取消/收回 …称号 in the winner's sentence, before or after the
# name): the names are the ones who lost it, no winners.
_REVOKED = rx.compile(r"(?:撤销|撤消|取消|收回|注销|摘除|摘掉)[^。！？!?；;]{0,40}?(?:称号|资格|证书)")
# A person with their post in brackets (某某(某公司高级技师)): the person is the winner;
# the firm in the brackets is only where they work.
_POST_IN_BRACKETS = rx.compile(r"(?P<person>[^\W\d_]{2,4})[(（][^()（）]{2,40}?"
                               r"(?:技师|技工|工程师|经理|董事长|厂长|主任|职工|员工|工人|教授|研究员)[)）]")
# An epithet: a quoted word after 是…的 (…是当地的“致富果”) describes a product, it is no
# winner's name. (分别是：某公司生产的“某牌”: a list after a colon, a maker's product.)
_EPITHET_BEFORE = rx.compile(r"是[^，,；;。！？!?:：]{0,30}(?<!生产|出品|制造)的[“「\"]$")
_TIME_TAIL = compile_fast(r"(?:也|还|又|均|都|亦|已)?(?:于|在)?(?:当年|同年|次年|今年|去年|该年)(?:底|初|末)?$|"
                        r"(?<=\w\w)(?:也|还|亦|均|都|于|自)$")


def open_shortlist(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The shortlist word in ``text[start:end]`` (公示, 入围, 拟认定 …) when nothing there says
    the shortlist is past (经公示无异议, 公示期满, or a decision after the last shortlist word:
    …公示、审定，决定授予…): names on an open shortlist won nothing yet."""
    stop = len(text) if end is None else end
    shortlist = SHORTLIST.search(text, start, stop)
    if shortlist is None or SHORTLIST_DONE.search(text, start, stop):
        return None
    last = shortlist
    while (later := SHORTLIST.search(text, last.end(), stop)) is not None:
        last = later
    if DECIDED.search(text, last.end(), stop):
        return None
    return shortlist


# The steps a title's winners went through, then the decision (经企业申报、专家评审和社会公示
# 等程序，认定…为…): an application and a review passed, no longer open
STEPS_PASSED = rx.compile(r"经[^，,。；;]{2,40}?等(?:程序|环节|流程|步骤)(?=[，,]\s*(?:最终|最后)?"
                           r"(?:认定|评定|确定|命名|授予|评选出|审定|批准))")


_STEPS_REACH = 44 + 2  # the longest STEPS_PASSED match, and the lookbehinds before ``start``


def without_steps_passed(text: str) -> str:
    """``text`` with the steps a decision followed blanked out (offsets kept)."""
    return STEPS_PASSED.sub(lambda m: " " * len(m.group()), text)


def not_won_yet(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` says its names only applied (申报) or stand on an open
    shortlist: an intro or lead whose names won nothing yet, for every winners' reader (the
    steps a decision followed aside)."""
    stop = len(text) if end is None else end
    # Only text[start:stop] is read, from a little before it: a step blanked out reaches no
    # further back than its longest match, a lookbehind two characters (the same answers as
    # on the whole text before ``stop``, without copying it: quadratic on a long report).
    low = max(0, start - _STEPS_REACH)
    piece = text[low:stop]
    if "等" in piece[start - low:]:
        piece = without_steps_passed(piece)
    return APPLIED_FOR.search(piece, start - low) is not None \
        or open_shortlist(piece, start - low) is not None


def checked(doc: Doc, honours: list[BrandHonour]) -> list[BrandHonour]:
    """``honours`` without those the checks above rule out, the rest trimmed to the name."""
    kept = []
    reviewed_only = _TECHNICAL_REVIEW.search(doc.view) is not None and \
        _PROTECTION_GRANTED.search(doc.view) is None
    value_list = speaks_of_value_list(doc)
    for honour in honours:
        if reviewed_only and honour.category == "geographical_indication" and \
                _named_beside_review(doc, honour.name):
            continue
        start = honour.span[0]
        line_start = doc.view.rfind("\n", 0, start) + 1
        if _LINK_BEFORE.search(doc.view, max(0, start - 40), start):
            continue
        clause_start = doc.after_last(_CLAUSE_END, start, line_start)
        before = doc.view[clause_start:start]
        if _SET_TO_WORK.search(before) or _CONDITION.search(before) or \
                _SET_TO_WORK_IN.search(match_view(honour.name)):
            continue
        if _BUREAU.match(match_view(honour.name)) and _ADVANCED.search(title := match_view(
                doc.view[clause_start:honour.span[1]] + honour.honour)) and \
                not _QUALITY_TITLE.search(title):
            continue
        if _EXAMPLE_OF_KIND.search(match_view(honour.name)) or (
                _INDUSTRY.search(match_view(honour.name)) and
                _WON_AFTER.match(doc.view, _name_end(doc, honour))):
            continue
        if value_list and on_value_list(doc, honour):
            continue  # a brand on a value list, no title won
        if _hoped(doc, honour):
            continue  # 甲市有望成为…示范区: a hope, no title won yet
        place_only = places_alone(honour.name)  # (asked below up to three times)
        if _revoked(doc, honour) or counted_place(doc, honour, place_only) or \
                _epithet(doc, honour):
            continue
        if (post := _POST_IN_BRACKETS.fullmatch(match_view(honour.name))) is not None:
            honour = replace(honour, name=honour.name[:post.end("person")])
            place_only = places_alone(honour.name)
        if tallied_place(doc, honour, place_only) or (
                honour.category == "geographical_indication" and (
                place_only or _FIRM_END.search(match_view(honour.name))
                or _TOWN_END.search(match_view(honour.name))
                or _BRAND_MARK.search(match_view(honour.name)))):
            continue  # (a product wins a geographical indication, never a place or a firm:
            # a firm is approved to use its mark; nor a firm's brand, 甲牌系列茶)
        name_end = honour.span[0] + len(honour.name)
        if (nickname := _NICKNAME.match(doc.view, name_end)):
            start, stop = nickname.span("name")
            honour = replace(honour, name=doc.text[start:stop], span=(start, honour.span[1]))
        elif _NICKNAME_ONLY.match(doc.view, name_end):
            continue  # a nickname whose bearer is not plainly named: no winner's name
        honour = zone_named(doc, honour)
        name = _trimmed(honour.name)
        if name is None:
            continue
        honour = honour if name == honour.name else replace(honour, name=name)
        kept.append(without_province(doc, honour))
    return kept



def _hoped(doc: Doc, honour: BrandHonour) -> bool:
    """Whether the title's last mention after the name in its sentence follows a word of
    hope (有望, 即将): the title the sentence ends on is hoped for, not won (甲市迎来了“…示范区”
    的验收，有望成为…示范区), unless a place's zone is named with it in full (即将验收的丙县…
    示范区: that zone waits); or the name works towards it in its clause (打造, 争创)."""
    if _HOPE.search(match_view(honour.name)):
        return True  # (a hope read as the name: 有望成为…)
    view, start = doc.view, _name_end(doc, honour)
    sentence = doc.sentence_at(start - 1)
    title = match_view(honour.honour)
    first = view.find(title, start, sentence.end)
    if first >= 0 and not _CLAUSE_END.search(view, start, first) and \
            _BUILDING.search(view, start, first):
        return True  # 甲市倾力打造“…示范区”: the work towards it
    at = view.rfind(title, start, sentence.end)
    if at > 0 and _PLACES_OWN_BEFORE.match(view, at - 1):
        return False  # …和即将验收的丙县某示范区: another place's zone, waiting; not this one's
    return at >= 0 and _HOPE.search(view, max(start, at - _HOPE_REACH), at) is not None


def _name_end(doc: Doc, honour: BrandHonour) -> int:
    """Where the winner's name ends in the text (a learned winner's span may open at its
    title, written before the name)."""
    at = doc.view.find(match_view(honour.name), honour.span[0], honour.span[1])
    return (at if at >= 0 else honour.span[0]) + len(honour.name)



def _named_beside_review(doc: Doc, name: str) -> bool:
    """Whether ``name`` stands in a sentence that speaks of a technical review."""
    wanted = match_view(name)
    at = doc.view.find(wanted)
    while at >= 0:
        sentence = doc.sentence_at(at)
        if _TECHNICAL_REVIEW.search(doc.view, sentence.start, sentence.end):
            return True
        at = doc.view.find(wanted, at + 1)
    return False


def _revoked(doc: Doc, honour: BrandHonour) -> bool:
    """Whether the winner's sentence takes its title away."""
    sentence = doc.sentence_at(honour.span[0])
    return _REVOKED.search(doc.view, sentence.start, max(sentence.end, honour.span[1])) \
        is not None


def _epithet(doc: Doc, honour: BrandHonour) -> bool:
    """Whether the winner's name is a quoted epithet after 是…的 (its span may open on the
    title: the tagger's names stand after it)."""
    at = doc.view.find(match_view(honour.name), honour.span[0], honour.span[1])
    return at >= 0 and _EPITHET_BEFORE.search(doc.view, max(0, at - 34), at) is not None






# An industry winning a title is no winner (甲市灯饰产业荣获该称号: the place won it; a
# zone named after an industry, 甲市苗木产业…获准筹建…示范区, is the zone's name).
_INDUSTRY = rx.compile(r"(?:产业|行业)$")
_WON_AFTER = rx.compile(r"(?:也|还|又|均|再次)?(?:荣获|获得|获评|被评为|被授予)")
# A hope or a step to come before the title (甲县有望成为…, 乙市…，即将获得…): nothing won.
_HOPE = rx.compile(r"有望|可望|即将|将要")
_HOPE_REACH = 30
# ... unless that mention is fused to a place before it: another zone named in full (乙县…);
# not the report's own or any place (我市, 全市, 本县, 该区, 各县, 山区县, 城区)
_PLACES_OWN_BEFORE = rx.compile(r"(?<![我全本该各其此县市区山城辖])[县市区乡镇]")
# ... or the work towards it, between the name and the title in one clause
_BUILDING = rx.compile(r"打造|争创|致力于")
# A quoted project with its kind after it (“某某装置”项目): the project's name.
_QUOTED_KIND = rx.compile(r"[“「\"](?P<name>[^”」\"]{2,30})[”」\"](?:项目|工程)")

_NO_NAME_OR_CLAUSE = any_of(_NO_NAME, _CLAUSE_WORDS)  # (one call of the engine for both)


def _trimmed(name: str) -> str | None:
    view = match_view(name)
    if (quoted := _QUOTED_KIND.fullmatch(view)) is not None:
        return name[quoted.start("name"):quoted.end("name")]
    if _NO_NAME_OR_CLAUSE.search(view):
        return None
    if (copula := _COPULA.search(view)) is not None:
        name, view = name[:copula.start()], view[:copula.start()]
    lead = _CLAUSE_LEAD.match(view)
    if lead is not None:  # what is left must still read as a name (本报讯今年我省: none)
        name, view = name[lead.end():], view[lead.end():]
        if NOT_A_NAME.search(view):
            return None
    if (tail := _TIME_TAIL.search(view)) is not None:
        name, view = name[:tail.start()], view[:tail.start()]
    lead = _PRONOUN_OF.match(view) or _TIME_LEAD.match(view)
    if lead is not None:
        name = name[lead.end():]
    return name if len(name) >= 2 else None
