"""The words of a rating of special equipment or of the units that keep it (read by
:mod:`..special_equipment_ratings`): lifts placed in a risk grade (风险等级为二级的电梯40台,
12台电梯被评定为三级风险), maintenance units given stars or a grade (评出五星级单位6家, A级维保
单位9家, 20家维保单位被评为优秀). Not a pass or a failure (合格, 不合格: ``inspected``'s and
``failed``'s), nor a band of scores (评分在90分以上的12家)."""

from __future__ import annotations

# A grade: a level, a star or a letter (二级, 三星级, A级, 一级风险, 风险等级为Ⅱ级), a word of
# a rating (优秀, 良好, 较差), or a risk band (高风险, 中风险, 低风险).
_LEVEL = r"(?:[一二三四五1-5ⅠⅡⅢⅣⅤ]|[A-D]{1,3})"
_STRONG = (rf"(?:{_LEVEL}(?:星级|星|级)(?:风险)?|风险等级(?:为|是)?{_LEVEL}级|"
           r"(?:高|较高|中|一般|较低|低)风险|优秀|良好|较差)")
GRADE = rf"(?:{_STRONG}|较好|差等|差)"  # (差 alone only after a verb of rating: 被评为差)
_RATED = r"(?:评定|评为|评出|评价|认定|定为|列为|确定|判定|划定|划为|分为|定级|评级)(?:为)?"
_UNIT = r"(?P<unit>家|个|台|部|处|座|条|套)"
_NUM = r"(?P<num>\d+)\s*(?:余|多)?\s*"
# What is rated: the equipment or the units that use or keep it.
_RATED_THING = (r"(?:电梯|锅炉|压力容器|气瓶|起重机械|游乐设施|索道|叉车|场\(厂\)内机动车辆|设备|特种设备|"
                r"维保单位|维保企业|维护保养单位|使用单位|单位|企业|充装站|充装单位)")
_GAP = r"[^，,；;。\d]"

RATINGS: tuple[tuple[str, str], ...] = (
    # the grade after a verb of rating, then the count (共评出五星级单位6家; 评为优秀的维保单位20家)
    ("rated", rf"{_RATED}{GRADE}(?:的)?{_GAP}{{0,8}}?(?:共|有|为|计|达)*\s*{_NUM}{_UNIT}"),
    # the grade before the thing and its count (二级风险电梯350台; A级维保单位15家; 风险等级为三级
    # 的电梯432台)
    # (not a licence's class: 一级资质的维保单位)
    ("rated", rf"{_STRONG}(?:的)?(?:(?!资质|资格|许可|证)[^，,；;。\d]){{0,4}}?{_RATED_THING}(?:共|有|为|计|达)*"
              rf"\s*{_NUM}{_UNIT}"),
    # the count, then the verb and its grade (12台电梯被评定为三级风险; 35家维保单位评为优秀)
    ("rated", rf"{_NUM}{_UNIT}{_GAP}{{0,16}}?(?:被)?{_RATED}{GRADE}"),
)
# The sentence must speak of special equipment or its maintenance.
RATING_SENTENCE = (r"电梯|锅炉|压力容器|气瓶|起重|游乐设施|索道|叉车|特种设备|维保|维护保养|充装")
RATING_NEEDLES = r"级|优秀|良好|较差|差|风险"
