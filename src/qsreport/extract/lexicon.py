"""The words the extraction rules look for, as data (simplified script: rules read the match
view). Each table maps a phrase pattern to the vocabulary key of CONTRACT.md; earlier rows win
where two could match at the same place.
"""

from __future__ import annotations

import re

from ..chars import HAN
from ..places import ELSEWHERE, PROVINCES, ZHEJIANG
from ..regex_prefilter import compile_fast


class Vocabulary:
    """A table of (pattern, key) rows compiled into one alternation; earlier rows win where
    two could match at the same place. ``key(match)`` says which row matched. Compiled with
    :func:`compile_fast`: a row may start with a place name or an optional qualifier."""

    def __init__(self, rows: tuple[tuple[str, str], ...], suffix: str = "") -> None:
        self.rows = rows
        body = "|".join(f"(?P<v{i}>{pattern})" for i, (pattern, _) in enumerate(rows))
        self.pattern = compile_fast(f"(?:{body}){suffix}")

    def key(self, match: re.Match[str]) -> str:
        return self.rows[int((match.lastgroup or "v0")[1:])][1]

_PROVINCE = "(?:" + "|".join(sorted(PROVINCES, key=len, reverse=True)) + ")"
_CITY = "(?:" + "|".join(sorted(ZHEJIANG + ELSEWHERE, key=len, reverse=True)) + ")"

# ---- brands -----------------------------------------------------------------------------------
BRAND_CATEGORIES: tuple[tuple[str, str], ...] = (
    (r"中国世界名牌(?:产品)?", "other"),
    (r"中国名牌(?:产品)?", "china_top_brand"),
    (r"(?:中国)?驰名商标", "china_well_known_trademark"),
    (r"(?:国家)?免检(?:产品|资格)|国家免检", "inspection_exempt"),
    (r"(?:国家)?(?:地理标志(?:保护)?产品|原产地域保护产品|地理标志证明商标|地理标志商标)",
     "geographical_indication"),
    (rf"(?:{_PROVINCE}省?|省级?)?区域(?:国际)?名牌(?:产品)?", "regional_brand"),
    (rf"{_CITY}市?著名商标|市著名商标", "other"),
    (rf"(?:{_PROVINCE}省?|省)著名商标|(?<![市县区])著名商标", "provincial_famous_trademark"),
    (rf"(?:服务业)?(?:{_PROVINCE}省?|省)(?:服务业?)?名牌(?:产品)?", "provincial_brand"),
    (rf"{_CITY}市?名牌(?:产品)?|市(?:级)?名牌(?:产品)?", "municipal_brand"),
    (r"(?:国家)?出口免验(?:产品)?|中国出口名牌|中华老字号|浙江老字号|知名商号", "other"),
)
_BRANDS = Vocabulary(BRAND_CATEGORIES)
BRAND_TERM, brand_category = _BRANDS.pattern, _BRANDS.key
# Every title above contains one of these; the full pattern is tried only near them (it is
# slow to run over a whole text, with optional place names at every position).
_BRAND_ANCHOR = re.compile(r"名牌|商标|免检|免验|地理标志|原产地域|老字号|知名商号")
_LONGEST_LEAD = 12  # characters a title can have before its anchor (服务业黑龙江省名牌)


def find_brand_terms(view: str) -> list[re.Match[str]]:
    """Every brand title in ``view``, as a whole-text ``BRAND_TERM.finditer`` would give."""
    out: list[re.Match[str]] = []
    cursor = 0
    for anchor in _BRAND_ANCHOR.finditer(view):
        if anchor.end() <= cursor:
            continue
        start = max(cursor, anchor.start() - _LONGEST_LEAD)
        for match in BRAND_TERM.finditer(view, start, min(len(view), anchor.end() + 8)):
            if match.end() <= anchor.start():
                continue  # belongs to no anchor: cannot be, every title holds one
            out.append(match)
            cursor = match.end()
            break
        else:
            cursor = anchor.end()
    return out


BRAND_UNITS = r"个|件|项|只|种|枚|家|款"
# Words before a figure that make it a stock, or a year's new awards. The nearest one wins.
BASIS_WORDS: tuple[tuple[str, str], ...] = (
    (r"新增|新获|新认定|新评|新晋|今年获得|今年有|本年度|荣获|被评为|评为|入选|获评|获得|获|"
     r"认定为|被认定|上榜|捧得|摘得|斩获|跻身|命名|荣膺|荣登|喜获|被授予", "added"),
    (r"现有|拥有|累计|总数|总计|共有|共计|已有|已达|达到|目前|至今|全市有|全省有|合计|增至|"
     r"增加到|增长到|上升到", "total"),
)
BASIS_WORD = compile_fast("|".join(f"(?P<{basis}>{p})" for p, basis in BASIS_WORDS))
# A clause about applying for or being recommended for an honour gives no count of honours.
NOT_A_HONOUR_COUNT = re.compile(r"申报|推荐|申请|重点培育|培育对象|争创|力争|争取|候选|公示|评审中|参评")
# A clause that only carries a running total forward: 累计达到48个, 总数达到30个.
# A clause that carries the category of an earlier clause forward: 累计达到48个;
# after a topic (中国驰名商标方面，) 今年新增3件 / 我市目前已拥有4个.
RUNNING_TOTAL = re.compile(
    r"(?:我市|全市|本市|该市|全县|全区)?(?:至此|目前|今年|去年|全年|当年|截至目前)?"
    r"(?:已经|已|共|又)?(?:拥有|有|新增|新获|新认定|累计|总数|总量|共计|合计|增至|增加到)"
    r"(?:已|共)?(?:达到|达|为|有)?"
)
WON_JUST_BEFORE = re.compile(r"(?:一举|共|又|再|先后)?(?:斩获|荣获|摘得|捧得|夺得|入选|获得)$")
HONOUR_VERB = re.compile(
    r"(?:荣获|被评为|评为|入选|获评|获得|被认定为|认定为|被认定|被列为|列为|成为|跻身|"
    r"被批准为|批准为|获批|被授予|授予|获准|被确定为|确定为|捧得|摘得|斩获|新晋|被命名为|命名为|荣登|"
    r"荣膺|喜获|获)"
    r"(?:了)?(?:首批|第[一二三四五六七八九十\d]+批|去年|今年|本年度|年度|新一批|\d{4}年度?)?"
)
CONTEXT_AWARD = re.compile(
    r"^(?:产品|企业|商标|品牌)?(?:成功|顺利|首次|均|同时|也)?"
    r"(?:入选|上榜|榜上有名|获此殊荣|获此称号|名列其中|跻身其中|位列其中)"
)

# ---- standards --------------------------------------------------------------------------------
STANDARD_LEVELS: tuple[tuple[str, str], ...] = (
    (r"国外先进标准", "foreign_advanced"),
    (r"国际标准", "international"),
    (r"国家(?:级)?标准", "national"),
    (r"行业标准", "industry"),
    (r"(?:省级?|市级?|省市)?地方标准", "local"),
    (r"企业标准", "enterprise"),
    (r"团体标准|联盟标准", "group"),
)
# 标准化 (行业标准化技术委员会) is standardisation work, not a standard.
_LEVELS = Vocabulary(STANDARD_LEVELS, suffix="(?!化)")
STANDARD_LEVEL, standard_level = _LEVELS.pattern, _LEVELS.key


STANDARD_UNITS = r"项|个|部|件|份|余项|多项"
ROLE_WORDS: tuple[tuple[str, str], ...] = (
    (r"采用|采标|等同采用|转化", "adopted"),
    (r"制定|制修订|修订|起草|主持|参与|参加|主导|发布|研制|承担|牵头|编制|制订", "drafted"),
)
ROLE_WORD = compile_fast("|".join(f"(?P<{role}>{p})" for p, role in ROLE_WORDS))

RATE_LABEL = re.compile(
    r"(?:采用国际标准(?:和国外先进标准)?(?:率|的比例)|国际标准采[标用]率|采标(?:覆盖)?率|"
    r"标准(?:化生产|化)?覆盖率|标准实施率|标准化率)"
)
# Every RATE_LABEL match holds one of these (a text without them is not scanned).
RATE_LABEL_NEEDLES = ("率", "的比例")
TARGET_WORDS = re.compile(
    r"力争|目标|计划|确保|争取|年底|年末|到\d{4}年|到“?十[一二三四五]五”?末|将达到|要达到|"
    r"要提高到|预计|努力|届时|规划"
)

# ---- supervision ------------------------------------------------------------------------------
ACTION_KINDS: tuple[tuple[str, str], ...] = (
    (r"打假治劣|打假|打击(?:制售)?假冒伪劣", "anti_counterfeiting"),
    (r"专项整治|集中整治|整治行动|专项治理", "special_rectification"),
    (r"专项执法(?:检查|行动)?|执法检查|执法行动|执法大检查", "law_enforcement"),
    (r"长效监管|长效机制", "long_term_mechanism"),
    (r"监督抽查|质量抽查|专项抽查|抽查行动", "spot_check"),
)
_ACTIONS = Vocabulary(ACTION_KINDS)
ACTION_KIND, action_kind = _ACTIONS.pattern, _ACTIONS.key
# Every ACTION_KIND match holds one of these (a text without them names no campaign).
ACTION_KIND_NEEDLES = ("打假", "打击", "整治", "专项治理", "执法", "长效", "抽查")


# metric → (keyword pattern, unit pattern). Keywords are looked for before the figure, in the
# same clause; the nearest keyword whose units fit wins.
STAT_METRICS: tuple[tuple[str, str, str], ...] = (
    ("goods_value", r"货值|案值|涉案金额|涉案货值|涉案价值|标值", r"元"),
    ("fines", r"罚没款|罚没|罚款|罚没金额|罚没收入", r"元"),
    ("batches_sampled", r"抽查|抽检|抽样|检验|检测|监测|抽取", r"批次|批"),
    ("cases", r"案件|案|查处|立案|办结|查办|违法行为|侦办|移送", r"起|件|宗"),
    ("enterprises_inspected",
     r"检查|巡查|排查|抽查|抽检|检查了|督查",
     r"家[(（]次[)）]|家次|家|户次|户|个企业|个单位"),
    ("personnel_deployed", r"出动|投入|组织", r"人次|人"),
    ("dens_closed", r"窝点|黑作坊|地下加工点|制假点|非法加工点|黑加工点", r"个|处|家"),
    ("campaigns", r"专项行动|专项检查|执法行动|专项整治|行动|检查", r"次|场|轮"),
    ("other", r"收缴|查获|查封|扣押|没收|封存|缴获|查扣",
     r"只|件|台件|台|吨|公斤|千克|箱|瓶|套|个|批|辆|袋|条|张|双|米|副|顶|盒|包|本"),
)
STAT_UNITS = (
    r"家[(（]次[)）]|家次|人次|户次|批次|台件|万元|亿元|元|起|件|宗|批|家|户|人|个|处|次|场|轮|"
    r"只|台|吨|公斤|千克|箱|瓶|套|辆|袋|条|张|双|米|副|顶|盒|包|本"
)
# What may stand between two figures that share one keyword: 分别为 A 和 B, 达到 C.
LINKERS = re.compile(
    r"(?:和|及|与|、|分别|为|是|达到|达|提高到|上升到|下降到|降至|升至|合计|共|仅为|仅|只有|约为|约)*"
)
PASS_RATE = compile_fast(r"(?<!考试)(?<!考核)(?<!培训)(?<!考试的)合格率")

# ---- inspection -------------------------------------------------------------------------------
FACILITY_SUFFIX = compile_fast(
    rf"(?:检验|检测|质检|计量|认证|测试|检定|鉴定){HAN}{{0,6}}?"
    r"(?:中心|所|院|站|工程|基地|实验室|平台|大楼|机构)$|质检院|检验院|实验室$|检测中心$"
)
FACILITY_STATUSES: tuple[tuple[str, str], ...] = (
    (rf"通过(?:{HAN}|[、和与及]){{0,24}}?(?:认可|认证|验收|考核|评审|授权)|获得{HAN}{{0,8}}?(?:认可|授权)",
     "accredited"),
    (r"投入使用|投入运行|正式运行|投入运营|启用|挂牌运行|运行良好|正式挂牌", "operating"),
    (r"建成|竣工|落成|完工", "completed"),
    (rf"正在{HAN}{{0,4}}?建设|建设中|在建|开工建设|加紧建设", "under_construction"),
    (r"筹建|拟建|规划建设|计划建设|批准筹建|获准筹建|立项|处于规划|规划设计阶段", "planned"),
)
_STATUSES = Vocabulary(FACILITY_STATUSES)
FACILITY_STATUS, facility_status = _STATUSES.pattern, _STATUSES.key


FUTURE_WORDS = re.compile(r"力争|争取|确保|将|计划|拟|预计|年内|有望")
