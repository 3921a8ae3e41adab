"""The words of standards declared in public (read by :mod:`..distinctions_declared`): the firms
that declared their own standards in public on the standards-information platform
(``declaring_firms``: 1200家企业已自我声明公开了企业标准; 自我声明公开标准的企业达到3.5万家) and
the products those standards cover (``declared_products``: 涵盖产品8000余种). The standards
themselves are ``standards.counts`` (enterprise)."""

from __future__ import annotations

from . import NUM_GROUPED as _NUM

_REACHED = r"(?:已经?|共|共计|总|累计|达到?|突破|超过|逾|为|是|有|约|近|了)*\s*"
# Declaring in public: 自我声明公开, 声明公开, 自我公开 (of standards: 企业标准自我声明公开).
DECLARED = r"自我声明|声明公开|自我公开"
_DECLARED = rf"(?:{DECLARED})"
_GAP = r"[^，,；;。！？!?\d]"

DECLARED_ROWS: tuple[tuple[str, str], ...] = (
    # the firms counted before their declaring (1200家企业通过平台自我声明公开了…), not those
    # trained or taught to declare (300家企业参加自我声明公开培训)
    ("declaring_firms", rf"{_NUM}(?P<unit>万家|家)(?!{_GAP}{{0,24}}?(?:培训|参加|参训|指导|辅导))"
                        rf"{_GAP}{{0,24}}?{_DECLARED}"),
    # and after it (自我声明公开标准的企业达到3.5万家; 开展自我声明公开的企业共计900家)
    ("declaring_firms", rf"{_DECLARED}{_GAP}{{0,16}}?(?:企业|单位|企事业单位|市场主体)(?:数量|总数|数)?"
                        rf"{_REACHED}{_NUM}(?P<unit>万家|家)"),
    # the products their standards cover (涵盖产品8000余种; 覆盖1.2万种产品), in a sentence that
    # speaks of declaring (the module checks)
    ("declared_products", rf"(?:涵盖|覆盖|涉及|包括|包含)(?:的)?(?:产品|商品)(?:种类|品种|数量)?{_REACHED}"
                          rf"{_NUM}(?P<unit>万种|种|个|类)"),
    ("declared_products", rf"(?:涵盖|覆盖|涉及|包括|包含)(?:了)?\s*{_NUM}(?P<unit>万种|种|个|类)"
                          rf"(?={_GAP}{{0,4}}?(?:产品|商品))"),
)
# The sentence must speak of standards, and not of a pledge declared (质量承诺自我声明).
STANDARDS = r"标准"
PLEDGE = r"承诺"
