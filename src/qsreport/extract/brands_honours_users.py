"""Protected products and marks named through who uses or registered them: 某省生产“甲”“乙”
等3个产品的9家企业获批使用这一专用标志 (the products, counted, then their makers,
counted); 某公司申报的《甲》和某社申报的《乙》被核准使用产品的专用标志 (each product
quoted or in 《》, after whoever applied for it); 新注册的12件地理标志商标中，有甲协会注册的
甲山绿茶；乙中心注册的乙河蜜桔等 (each mark after the body that registered it, two at least).
A firm named alone (某公司获准使用…) is left to the other rules: the product is what holds the
indication."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandHonour
from ..regex_prefilter import might_match
from ..segmenting import Segment
from .brands_won import honour_won
from .common import Doc

_COUNT = r"[\d一二三四五六七八九十两]+"
# The mark's users let use it: the verb of the approval and the mark
_LET_USE = (r"(?:获准|获核准|获得核准|被核准|获批)(?:为)?(?:使用)?(?P<mark>地理标志(?:产品)?专用标志)")
# 生产“甲”“乙”等3个产品的9家企业获批使用…
_MAKERS_OF = rx.compile(rf"生产(?P<names>[^，,。；;：:]{{2,160}}?)等{_COUNT}(?:个|种|项)(?:地理标志)?"
                        rf"(?:保护)?产品的{_COUNT}家(?:生产)?(?:企业|单位){_LET_USE}")
# 某公司申报的《甲》和某社申报的《乙》获核准使用…: the quoted products of the clause
_QUOTED_SUBJECT = rx.compile(rf"(?P<names>[^，,。；;：:]{{2,160}}?){_LET_USE}")
# 四家企业获准使用“甲”地理标志保护产品专用标志: the product quoted between the verb of use and its
# mark (not a mark misused or faked: 擅自使用“甲”…, 冒用…)
_USE_QUOTED = rx.compile(r"(?<!擅自)(?<!违规)(?<!违法)(?<!非法)(?<!冒)(?<!盗)(?<!乱)使用"
                         r"[“「《](?P<name>[^”」》“「《、，,]{2,12})[”」》](?:的)?(?:保护)?"
                         r"(?P<mark>地理标志(?:保护)?(?:产品)?专用标志)")  # (地理标志保护产品专用标志 too)
# A mark's title won in its clause (新注册的12件…商标, 新增…商标5件), then the marks, each after
# the body that registered it
_REGISTERED_WON = rx.compile(r"新注册|新增|新获|获准注册|核准注册|成功注册|获批")
_REGISTRANT = rx.compile(
    r"(?:[^\W\d_a-zA-Z]{2,24}?(?:协会|合作社|联合会|中心|公司|站|局|政府|委员会|研究所))注册的"
    r"[“「]?(?P<name>[^\W\d_a-zA-Z]{2,10}?)[”」]?(?=等|[、；;，,。]|$)")
_QUOTED = rx.compile(r"[“「《](?P<name>[^”」》“「《、，,]{2,12})[”」》]")
# A quoted name that is no product: a rule the approval follows (《…保护规定》) or a title its
# maker holds (“…示范单位”).
_NO_PRODUCT = rx.compile(r"(?:规定|办法|条例|标准|规范|细则|法|单位|企业|称号)$")
_BARE = rx.compile(r"[^、\s“”「」《》]{2,12}")


def extract_mark_user_honours(doc: Doc) -> list[BrandHonour]:
    """The protected products whose makers the text says were let use the indication's
    mark."""
    view = doc.view
    if "专用标志" not in view:
        return _registered(doc)
    out: list[BrandHonour] = []
    title = doc.layout.header.title_line
    for sentence in doc.layout.sentences:
        if "专用标志" not in view[sentence.start:sentence.end] or \
                (title is not None and title.start <= sentence.start < title.end):
            continue  # (a headline names no winner the article does not name again)
        found_any = False
        for pattern in (_MAKERS_OF, _QUOTED_SUBJECT):
            found = pattern.search(view, sentence.start, sentence.end)
            if found is None:
                continue
            found_any = True
            # (the mark is no title of the lexicon: its users are the certification area's;
            # the products named here are protected ones, the mark's honour their title)
            names = [m.span("name") for m in
                     _QUOTED.finditer(view, found.start("names"), found.end("names"))
                     if not _NO_PRODUCT.search(m.group("name"))]
            if not names and pattern is _MAKERS_OF:
                names = [m.span() for m in
                         _BARE.finditer(view, found.start("names"), found.end("names"))]
            out += [honour_won(doc, start, end, found, sentence, "geographical_indication",
                               group="mark")
                    for start, end in names]
            break
        if not found_any:
            out += _used_quoted(doc, sentence)
    return out + _registered(doc)


def _used_quoted(doc: Doc, sentence: Segment) -> list[BrandHonour]:
    """The products quoted right before the mark their makers use (三家获准使用《甲》地理标志
    保护产品专用标志，五家单位获准使用“乙”…): each a protected product, the mark's honour its
    title."""
    out: list[BrandHonour] = []
    for found in _USE_QUOTED.finditer(doc.view, sentence.start, sentence.end):
        if _NO_PRODUCT.search(found.group("name")):
            continue
        start, end = found.span("name")
        out.append(honour_won(doc, start, end, found, sentence, "geographical_indication",
                              group="mark"))
    return out


def _registered(doc: Doc) -> list[BrandHonour]:
    """Marks named after the body that registered each, in the sentence of the mark's title
    won."""
    view = doc.view
    if not might_match(_REGISTRANT, view) or not doc.names_brand_terms():
        return []  # (every name is read by _REGISTRANT: a text without its words has none)
    out: list[BrandHonour] = []
    for sentence, terms in zip(doc.layout.sentences, doc.brand_terms_by_sentence(), strict=True):
        term = next((t for t in terms if "商标" in t.group() and _REGISTERED_WON.search(
            view, doc.clause_start(t.start(), sentence.start), t.start())), None)
        if term is None:
            continue
        names = [m.span("name") for m in _REGISTRANT.finditer(view, term.end(), sentence.end)]
        if len(names) >= 2:
            out += [honour_won(doc, start, end, term, sentence) for start, end in names]
    return out
