"""Brand counts written in words the figure pattern leaves out: a pair (两个产品: a lone 两个 is
otherwise a word, 两个体系), and an ordinal (某县第4个获得地理标志保护的产品, 全市第三个中国名牌
产品: the holder is the Nth, so its place holds N of that title, a stock)."""

from __future__ import annotations

from .. import regex_cache as rx
from ..models import BrandCount
from ..numbers import to_number
from ..regex_prefilter import compile_fast
from ..segmenting import Segment
from .common import Doc, Figure
from .lexicon.brands import brand_category, honour_only

# 第4个, 第十二个 (not 第4批: a batch; not 第一个: a first is told as news, not a count).
_ORDINAL = rx.compile(r"第(?P<n>\d{1,3}|[二三四五六七八九十]{1,3})个")
# Between the ordinal and the title: 受, 获得, 被认定为 (and an opening quote).
_VERB = rx.compile(r"(?:获得?|荣获|受到?|被认定为|被评为|入选|拥有)?了?[“「\"]?")
# After the title: what holds it, never the firms (第3个拥有…的企业 counts firms): a product
# (某县第五个获得地理标志产品保护的品种), or the title itself when it names the product and
# its clause ends there (成为某市第二个“地理标志保护产品”。).
# (or its verb of coming into being follows: 意味着某市第9个地理标志保护产品宣告诞生)
_HOLDER = rx.compile(r"[”」\"]?(?:称号|保护)?的?(?:产品|品牌|商标|品种|特产)"
                     r"|(?<=产品|品牌|商标)[”」\"]?(?=[，,。；;！!\n]|$|(?:正式|宣告|就此)?(?:诞生|问世|落地))")


def ordinal_counts(doc: Doc) -> list[BrandCount]:
    """The counts ``第N个…TITLE的产品`` give."""
    view = doc.view
    out: list[BrandCount] = []
    for sentence, terms in zip(doc.layout.sentences, doc.brand_terms_by_sentence(), strict=True):
        if not terms or "第" not in view[sentence.start:sentence.end]:
            continue
        for ordinal in _ORDINAL.finditer(view, sentence.start, sentence.end):
            term = next((t for t in terms if t.start() >= ordinal.end()), None)
            value = to_number(ordinal.group("n"))
            if term is None or value is None or value < 2 or honour_only(term) or \
                    not _VERB.fullmatch(view, ordinal.end(), term.start()) or \
                    not _HOLDER.match(view, term.end()):
                continue
            out.append(BrandCount(
                category=brand_category(term),  # type: ignore[arg-type]
                label=doc.text[term.start():term.end()], value=int(value),
                unit=doc.text[ordinal.end() - 1:ordinal.end()], basis="total",
                span=(ordinal.start(), term.end()), evidence=doc.evidence(sentence)))
    return out


# 两个产品, 两家…品牌: a pair of honoured things (a lone 两个 is otherwise a word: 两个体系).
_PAIR = compile_fast(r"(?<![\d一二三四五六七八九十两百千万第])两(?P<unit>个|家)(?=[^\W\d_]{0,6}?(?:产品|商标|品牌))")


def with_pairs(view: str, sentence: Segment, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures with its pairs of products, brands or marks."""
    pairs = [Figure(2, "", m.group("unit"), m.start(), m.end(), m.start("unit"))
             for m in _PAIR.finditer(view, sentence.start, sentence.end)]
    return sorted(figures + pairs, key=lambda f: f.start) if pairs else figures
