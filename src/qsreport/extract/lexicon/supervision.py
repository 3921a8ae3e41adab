"""Supervision: campaign kinds, enforcement metrics with their keywords and units, the
exclusions that make a figure no statistic, and the words around campaign titles and lists."""

from __future__ import annotations

import re

from ...regex_prefilter import compile_fast
from . import Vocabulary

ACTION_KINDS: tuple[tuple[str, str], ...] = (
    (r"打假治劣|打假|打击(?:制售)?假冒伪劣", "anti_counterfeiting"),
    (r"专项整治|集中整治|整治行动|专项治理", "special_rectification"),
    (r"专项执法(?:检查|行动)?|执法检查|执法行动|执法大检查", "law_enforcement"),
    (r"长效监管|长效机制", "long_term_mechanism"),
    (r"监督抽查|质量抽查|专项抽查|抽查行动", "spot_check"),
)
_ACTIONS = Vocabulary(ACTION_KINDS)
ACTION_KIND, action_kind = _ACTIONS.pattern, _ACTIONS.key


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
# What makes a keyword's figure no statistic: (the metric it applies to, "*" for every one; the
# words; how many characters before the figure they are looked for in, 0 for the whole clause).
NOT_A_STAT: tuple[tuple[str, str, int], ...] = (
    ("*", r"第|排名|居|位列", 4),  # 居全省第3位: a rank
    ("batches_sampled", r"能力|可达|年检测", 0),  # 年检测能力可达3万批次: a capacity
    ("batches_sampled", r"合格$", 0),  # 合格68批次: batches that passed, not batches sampled
    ("enterprises_inspected", r"不合格", 0),  # 对抽查不合格的16家企业: the failures
)
# What may stand between two figures that share one keyword: 分别为 A 和 B, 达到 C.
LINKERS = re.compile(
    r"(?:和|及|与|、|分别|为|是|达到|达|提高到|上升到|下降到|降至|升至|合计|共|仅为|仅|只有|约为|约)*"
)
PASS_RATE = compile_fast(r"(?<!考试)(?<!考核)(?<!培训)(?<!考试的)合格率")


# Words a campaign's title does not reach back over: the verbs and particles before it.
TITLE_STOP_2 = frozenset(
    ["开展", "组织", "抓好", "深化", "加大", "推进", "实施", "进行", "启动", "部署", "探索", "建立", "健全", "构建", "完善", "加强", "强化", "集中", "积极", "继续", "深入", "精心", "重点", "全面", "大力", "扎实", "认真", "着力", "持续", "力量", "联合", "牵头", "参与", "参加", "结合"]
)

TITLE_STOP_1 = frozenset("的了和及与在对以为是把将抓搞")

RESULT_AFTER = re.compile(r"(?:产品)?不?合格")

CAMPAIGN_AFTER = re.compile(r"专项整治|专项行动|专项检查|执法行动")

TITLE_TAIL = re.compile(r"(?:专项)?(?:行动|工作|活动|检查|机制|体系)")

LIST_LEAD = re.compile(r"(?:开展|深化以|以|对|抓好|重点|包括|涉及|针对|围绕|即严把|严把|把好|即)"
                        r"(?=[^开以对抓重包涉针围即严把]*$)")

SLOGAN_VERB = frozenset("进抓强建创推促保树提加")

LIST_END = re.compile(r"等|及|和|与|为重点|这|的")

ENUMERATED = re.compile(
    r"\s*(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十]+|"
    r"[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)"
)
