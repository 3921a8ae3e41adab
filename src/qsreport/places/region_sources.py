"""Places a report names as an office's rather than as what it is about, for
:func:`.region.region_of`: an organisation named after its place (甲市质监局), and the places
that name where the news came from (从甲省质监工作会议上获悉), the authority a report's work
follows (根据甲省质监局…的通知) and the host of a meeting where a place inside it was honoured."""

from __future__ import annotations

from .. import regex_cache as rx
from .finder import Mention
from .region_kinds import inside

# An organisation named after its place: the report is about that place.
ORGANISATION = rx.compile(
    r"(?:自治区|省|市|县|区|州|盟)?"
    # the office of a zone of the place, a development zone's or a city's central district's
    # (甲市开发区市场监管局, 乙市高新区质监局, 丙市城区质监局): the place's
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|开发区|高新区|经开区|城区|郊区)?"
    r"(?:质监局|质量技术监督局|质量技术监督|质量技监局|质监|技监局|市场监督管理局|市场监管局|"
    # a merged bureau of the years after 2013 (甲县市场和质量监督管理局) and one named for short
    r"市场和质量(?:技术)?监督管理局|市场和质量监管局|市场局|"
    r"市监局|市监所|市场监管所|市场监督管理所|"  # (休宁县市监局: 市场监督管理局 for short)
    # the bureau's name as a page reworded word by word writes it (监督 → 监视, 管理 → 办理)
    r"市场监视办理局|市场监视管理局|市场监督办理局|"
    # the bureau of industry and commerce, which ran market checks before the merger of 2018
    r"工商行政管理局|工商局|工商系统|工商质监局|"  # (工商质监局: a county's merged bureau)
    # a county's station named after its town (甲县乙庄市场监管所): the county's
    r"[\u4e00-\u9fff]{2,3}?(?:市场监管所|市场监督管理所|市监所)|"
    r"人民政府|政府|委员会|委(?:常委|书记|副书记)|"  # a city's party committee (某市委书记)
    r"标准化研究院|质检院|质检所|纤维检验局|纤检局|纤维检验所|纤检所|商务厅|商务局|(?:市场监管|市场监督管理)部门|"
    # a consumers' association (某区消费者协会发布警示) and a veterinary drugs' inspectorate
    r"消费者协会|消协|兽药监察所|"
    r"(?:中级|高级)?(?:人民)?法院|(?:人民)?检察院|"  # a court that took a case (某区法院受理)
    r"(?:第[一二三四五六七八九十]{1,3})?(?:人民|中心|中医|中西医结合|妇幼保健|儿童|妇产|肿瘤|口腔|眼科|"
    r"胸科|传染病|精神卫生|生殖医学)?医院)"  # a hospital named after its place (某市第一人民医院;
    # not 某地一家医院, nor a university's 某某大学第一医院)
)

# A meeting the news was heard at (从甲省质监工作会议上获悉，乙市质监局…), or the site it was
# read on (从甲省质监局官网获悉: a province's site relays its cities' news): the source, not
# what the report is about.
_HEARD_AT = rx.compile(r"[^，,。；;]{0,12}?(?:会议|大会|会|官网|官方网站|网站)上?(?:获悉|了解到|得知)")
_SITE = rx.compile(r"官网|官方网站|网站")

# An office whose rules or notice a report's work follows (根据甲省质监局…的通知, 按照甲省局…
# 要求): the authority cited, not the place the work is done in.
_AUTHORITY = rx.compile(r"(?:根据|按照|依据|依照|遵照|贯彻|落实)[^，,。；;]*$")  # (为贯彻甲市局…的要求，乙县局…)
_AUTHORITY_REACH = 40


# A meeting an office held, where a place inside it was honoured or spoke (在甲市质监工作会议上，
# 乙县质监局荣获…): the host, not what the report is about.
_MEETING = rx.compile(r"[^，,。；;]{0,10}?(?:会议|大会)上")


def meeting_host(view: str, mention: Mention, after: list[Mention]) -> bool:
    """Whether an organisation's place is the host of a meeting at which an organisation of
    a place inside it comes next (在甲市质监工作会议上，乙县质监局…)."""
    organisation = ORGANISATION.match(view, mention.end)
    if organisation is None or not _MEETING.match(view, organisation.end()):
        return False
    return any(inside(m.place, mention.place) and ORGANISATION.match(view, m.end) for m in after[:3])


def cited_authority(view: str, mention: Mention, body: int, after: list[Mention]) -> bool:
    """Whether a province's office is cited as the authority a city's or county's work follows
    (根据甲省质监局《…》精神，…乙市质监局…), or a city's, where the office of a county inside it
    comes next (按照甲市局的部署，乙县质监局…). A city's own document cited (根据《甲市人民政府关于…》)
    is its own report's."""
    level = mention.place.level
    if level == "county" or _AUTHORITY.search(
            view, max(body, mention.start - _AUTHORITY_REACH), mention.start) is None:
        return False
    return level == "province" or any(inside(m.place, mention.place) and ORGANISATION.match(view, m.end)
                                      for m in after[:3])


def heard_from(view: str, mention: Mention, site_only: bool = False) -> bool:
    """Whether a place names the organisation, meeting or site the news was heard from (从甲省
    质监工作会议上获悉, 从甲省质监局官网获悉); ``site_only``: a site only (a meeting's place
    still counts towards what the body names)."""
    organisation = ORGANISATION.match(view, mention.end)
    if organisation is None or view[mention.start - 1:mention.start] != "从":
        return False
    heard = _HEARD_AT.match(view, organisation.end())
    return heard is not None and (not site_only or _SITE.search(heard[0]) is not None)
