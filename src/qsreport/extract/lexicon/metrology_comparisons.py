"""The words of measurement comparisons and proficiency tests (read by
:mod:`..metrology_comparisons`): the comparisons or their items a region's metrology bodies
ran or joined (组织开展计量比对12项; 参加了8个国家计量比对项目; 能力验证项目共5项), the
bodies or laboratories taking part (组织30家计量技术机构参加…比对), and the items whose
results were satisfactory (结果满意的有9项)."""

from __future__ import annotations

# (比对 of a metrology body: 计量比对, 量值比对, 国际比对; 能力验证 and 测量审核, the same
# test of a laboratory's results against others'. Not 比对 of data or goods: 信息比对, 数据比对,
# 比对检验报告.)
_COMPARISON = (r"(?:(?<!质量)(?<!信息)(?<!数据)(?<!图像)(?<!人脸)(?<!指纹)(?<!经)"
               r"比对(?!检验|检测报告|报告|分析|结果显示|检查|样品|数据)|能力验证|测量审核)")
_NUM = r"(?P<num>\d+)\s*(?:余|多)?"
_TAKE_PART = r"(?:参加|参与|开展|组织|完成|主导|主持|承担|实施)了?"
_LABS = r"(?:法定)?(?:计量)?(?:技术|检定|检测|检验|校准)?(?:机构|实验室|单位|技术机构|计量所|计量院)"
_GAP = r"[^。；;，,\d]"

METROLOGY_COMPARISONS: tuple[tuple[str, str], ...] = (
    # the items whose results were satisfactory (结果为满意的有9项; 9项结果满意)
    ("comparisons_satisfactory", rf"(?:结果|成绩)(?:均|为|是)*满意(?:的)?(?:有|为|共)?(?:约|近)?\s*"
                                 rf"{_NUM}(?P<unit>项|个|家|次)"),
    ("comparisons_satisfactory", rf"{_NUM}(?P<unit>项|个|家|次)(?:项目|机构|实验室)?{_GAP}{{0,4}}?(?:结果|成绩)(?:均|为|是)*满意"),
    # the bodies taking part, counted before them (组织30家计量技术机构参加…比对; 18家实验室参加了
    # 能力验证); the items they entered may stand between (组织6家机构的9个项目参加国家比对)
    ("comparison_labs", rf"{_NUM}(?P<unit>家|个)\s*{_GAP}{{0,10}}?{_LABS}(?:的[^。；;，,]{{0,12}}?)?"
                        rf"{_GAP}{{0,4}}?(?:参加|参与)了?{_GAP}{{0,20}}?{_COMPARISON}"),
    # or after the comparison, as its subject (…比对14项，共有56家计量技术机构参加)
    ("comparison_labs", rf"{_COMPARISON}[^。；;]{{0,24}}?(?:共有|有|共)?{_NUM}(?P<unit>家|个)\s*{_LABS}"
                        r"(?:参加|参与)"),
    # the comparisons or items run or joined: counted before the word (参加了8个国家计量比对项目;
    # …的9个项目参加国家比对) or after it (组织开展计量比对12项; 国际比对100多项)
    ("comparisons", rf"{_NUM}(?P<unit>项|个)(?:{_GAP}{{0,6}}?项目)?{_GAP}{{0,4}}?(?:参加|参与)了?"
                    rf"{_GAP}{{0,16}}?{_COMPARISON}"),
    # (not the teams that did it: 组织5个小组…进行比对)
    ("comparisons", rf"{_TAKE_PART}{_GAP}{{0,6}}?{_NUM}(?P<unit>项|个|次)(?!\s*(?:小组|组|队|人))"
                    rf"{_GAP}{{0,12}}?{_COMPARISON}"),
    ("comparisons", rf"{_COMPARISON}(?:项目|工作|活动)?(?:共|累计|达到?|为|计)*(?:约|近)?\s*{_NUM}(?P<unit>项|个|次)"
                    r"(?!\s*(?:机构|实验室|单位))"),
)

# A comparison is a metrology body's only in a sentence naming metrology or a laboratory's
# work (计量, 量值, 实验室, 校准, 能力验证…): enforcement compares goods with genuine ones and
# data with samples (经比对…样品, 将查获的产品与正品比对3次, 比对检查), which is none.
METROLOGY_SENTENCE = (r"计量|量值|实验室|校准|检定|标准装置|能力验证|测量审核|技术机构|检测机构|国际比对|国家比对|"
                      r"(?:国家级|省级|市级|全国|省内|区域)比对")
# ... and in no clause that compares a thing with another (与正品比对, 同…进行比对).
# (not the 与 of 参与, the 同 of 共同 or of 同时/同步/同期/同比/相同/不同, the 和 of a list:
# 主办和参加了国际比对; and not a laboratory's comparison with another laboratory or a metrology
# body, 与省计量院开展量值比对, nor one of 量值/计量 right before 比对)
COMPARED_WITH = (r"(?:(?<!参)与|(?<![共一协相不])同(?![时步期比])|跟)"
                 r"(?![^，,。；;]{0,12}?(?:计量|院|所|中心|实验室))"
                 r"[^，,。；;]{1,12}?(?<!量值|计量)(?:进行)?(?<!量值|计量)比对")
