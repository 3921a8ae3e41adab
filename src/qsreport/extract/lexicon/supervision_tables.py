"""Supervision: the words of a spot check's results table (one row per product or food
category), read by :mod:`..supervision_tables`: what each header cell names, the words of a
total row, and the marks of an empty cell. Patterns run on the match view (simplified,
half-width)."""

from __future__ import annotations

import re

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast
from .supervision_places import INSTRUMENTS

# What stands between a table's cells besides blanks: a bar, or the lines of a table drawn in
# box-drawing characters (│, ├──┼──┤) as older documents print them.
CELL_SEPARATORS = "|\u2500-\u257f"

# A count's own words after its column's name: 抽检批次, 样品总量, 不合格数量.
_COUNT_TAIL = r"(?:\s*(?:批次数|批次|批数|总量|总数|数量|件数|家数|数))?"
# A sample's words before a column's name: 样品不合格率, 样品 不合格数.
_SAMPLE = r"(?:(?:样品|产品|批次)\s*)?"

_HAN = "[\u4e00-\u9fff]"
_FOUND = r"(?:检出|发现)?"  # 检出不合格批次: the batches found failing
_PASSED = r"合\s?格"  # a two-character cell is often printed with a space inside: 合 格
_SAMPLED = (r"(?:(?:实际|完成|累计)?(?:监督)?(?:抽[检查样]|检验|检测)(?:样品|产品)?|(?:样品|产品)\s*(?:抽[检查样]|检验))"
            + _COUNT_TAIL)

# How a category's column name ends (食品类别, 抽查执行环节, 抽样区域), or a county's column.
_CATEGORY_ENDS = (r"类别|种类|大类|小类|细类|亚类|类型|品种|名称|类目|环节"
                  r"|地区|区域|县区|区县|乡镇|街道|市州|地市")
_COUNTIES = r"县\(市、?区\)|县\(区\)|县\(市\)|县市区|市\(州\)|市\(地\)"
# A category's column named by one word standing alone as its cell (产品 | 抽查批次, not the
# 产品 of 抽查产品数): what was sampled, or the trade or place it came from.
_BARE_CATEGORY = r"(?<![\u4e00-\u9fff])(?:产品|食品|商品|品名|项目)(?![\u4e00-\u9fff])"
# A category's column named for what was sampled with no count's word after it (抽查产品 |
# 抽查批次; but 抽查产品数 and 抽查产品(批次) count samples).
_WHAT_SAMPLED = r"(?:抽[检查样]|受检)(?:产品|食品|商品)(?!\s*(?:[(/]|数|量|批|件|总))"
# A column of firms: those a check sampled (抽查企业, 受检企业), or firms counted in a column
# of a results table (企业数, 生产企业数, 企业(家)).
_FIRMS = (r"(?:(?:抽[检查样]|受检|被抽[检查]|涉及)(?:生产|经营|销售)?企业"
          r"|(?:生产|经营|销售|获证)?企业(?=数|家数|\s*[(/]\s*家))")


def broken(pattern: str) -> str:
    """``pattern`` with a line break or a blank allowed between two Han characters it spells
    out (not inside a ``[...]`` class): a narrow cell of a PDF's table breaks its words
    (抽查批⏎次, 合格⏎率)."""
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if out and not in_class and not escaped and _HAN_CHAR.fullmatch(char) \
                and _HAN_CHAR.fullmatch(out[-1]):
            out.append(r"\s?")
        out.append(char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
    return "".join(out)


_HAN_CHAR = rx.compile(_HAN)
# Every header holds one of these (a category's words), or one of the words after them
# standing as a cell of its own (HEADER_CELL_WORD): the reader looks for column words only
# near them.
HEADER_WORD = rx.compile(rf"{_CATEGORY_ENDS}|{_COUNTIES}")
# A category named by one word, or a pass rate's cell where the corner above the categories
# is blank, or a row number's column (序号) where a narrow cell breaks the category's words:
# each counts only as a cell of its own, no Han character right before or after it (产品 |
# 抽查批次, not the 产品 of 合格产品).
# (a 合格率 followed by its number is prose, 合格率98%: a header's cell never is)
HEADER_CELL_WORD = compile_fast(
    r"(?<![\u4e00-\u9fff])(?:产品|食品|商品|品名|项目|抽[检查样](?:产品|食品|商品)|序号"
    r"|(?:批次)?合格率(?![\d.]))(?![\u4e00-\u9fff])")
# What every table under a header or on its side holds, and prose seldom does: two figures'
# cells side by side (blanks, bars or a line break between them, an empty cell's mark maybe
# between: 40 39 97.5%, 40|/|95%, each <td> on its line), the second no time's or date's. A
# text without one is searched for no such table.
_BETWEEN_CELLS = rf"[\s{CELL_SEPARATORS}]+"
TABLE_ROW = rx.compile(rf"\d(?:[ \t]*%|个批次|批次|批|件|家)?(?:{_BETWEEN_CELLS}(?:[/\\—–\-－]{{1,2}}|无))*"
                       rf"{_BETWEEN_CELLS}\d(?!\d*(?:[:：]\d|[年月日号]))")  # (not 2011-01-18 16:20)
# What every row of a table written a line a row holds: a figure with its unit, a few words,
# and the next figure with its unit, on a short line (a paragraph of prose is one long line).
LINE_ROW = rx.compile(r"(?:个批次|批次|批|件|家|%)[^\n\d]{1,16}?\d[\d.,]*\s*(?:个批次|批次|批|件|家|%)"
                      r"(?=[^\n]{0,40}(?:\n|$))")

# Each column's kind with the words that name it, in the order they are tried at one place of
# the header: a failure word before a pass word (不合格率 is not 合格率, 不合格批次 not 合格批次),
# a rate before a count (合格率 is not 合格), a count of firms before one of samples, a
# category's own words (抽查执行环节, 抽样区域) before a sample count's (抽查批次).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("index", r"序 ?号|编 ?号"),
    # columns read past, no figure: a share of the whole beside a count (批次占比), and the
    # firms that passed, counted or as a rate (合格企业数, 企业合格率), before 合格 and 不合格
    # are taken for samples
    ("rate_aside", r"(?:批次|样品|企业|不合格)?(?:所占比例|占比|比例|比重|构成比)"
     r"|(?:生产)?企业\s*(?:不)?合 ?格率|(?:不)?合 ?格(?:生产)?企业(?:率|比例)"),
    ("count_aside", r"(?:不)?合 ?格(?:生产)?企业(?:数|家数|数量)?"
     r"|(?:计划|任务)(?:抽[检查样])?(?:批次数|批次|数量|数)"),  # and samples planned
    ("rate_aside", r"(?:计划|任务)?完成率"),
    ("failure_rate", _FOUND + _SAMPLE + r"不" + _PASSED + r"(?:样品|产品)?(?:检出|发现)?率"
     r"|问题(?:样品|产品)?发现率"),
    ("pass_rate", r"(?:(?:抽[检查样]|样品|产品|批次)\s*)?(?:批次)?" + _PASSED + "率"),
    ("batches_failed", _FOUND + _SAMPLE + r"不" + _PASSED + r"(?:样品|产品)?" + _COUNT_TAIL),
    ("batches_passed", _SAMPLE + _PASSED + r"(?:样品|产品)?" + _COUNT_TAIL),
    ("enterprises_inspected", _FIRMS + _COUNT_TAIL),
    ("batches_sampled", rf"各{_HAN}{{1,3}}?{_SAMPLED}"),  # 各区域抽查批次数
    # (the longest words before the category's: 食品种类 is 食品 + 种类, not 食 + 品种; a page's
    # header cells may come glued together, 序号产品类别抽查批次, so no boundary is asked for)
    ("category", rf"{_HAN}{{0,4}}(?:{_CATEGORY_ENDS})|{_COUNTIES}|{_BARE_CATEGORY}|{_WHAT_SAMPLED}"
     r"|合\s?计|总\s?计|小\s?计"),  # (the last: a group of columns, or a total row's label)
    ("batches_sampled", _SAMPLED + r"|(?:样品|抽检|抽查)?(?:总量|总数|总批次|批次数)"
     + r"|样品(?:数量|数)|批次(?![\u4e00-\u9fff])"),
)
# A unit after a column's name, in brackets or after a slash: (批次), /批次, (%); or glued to
# it (合格率%). A bare unit after a blank is the next column's word, not this one's unit
# (合格批次 批次合格率; 合格率 on the line above a row whose category starts with 家).
UNIT = rx.compile(r"\s*[(/]\s*(?P<unit>个批次|批次|批|件|家|%)\s*\)?"
                  r"|(?P<glued>个批次|批次|批|件|家|%)(?![合不率])")
# A sample count's unit in brackets or after a slash: a column that states none counts in the
# unit its neighbours state (样品总量 beside 不合格数量(批次)).
BRACKETED_UNIT = rx.compile(r"[(/]\s*(?P<unit>个批次|批次|批|件)")
# The units a column of samples or of firms is counted in, and the words that give a count
# its unit when no bracket does (抽检批次: 批次).
SAMPLE_UNITS = ("个批次", "批次", "批", "件")
# The unit of a sample count whose header, table and neighbours state none, where a rate
# column beside it checks it as a spot check's samples (抽检数量 | 合格数量 | 合格率): a spot
# check counts its samples in batches.
SPOT_CHECK_UNIT = "批次"
FIRM_UNITS = ("家",)
# A table of instruments verified or of special equipment inspected, by its caption or the
# names of its columns (加油机 | 电子秤, 计量器具检查情况): metrology's or special equipment's
# figures, no spot check's. (Not a bare 器具 or 仪表: 燃气器具 and 仪器仪表 are products a spot
# check samples; 计量器具 is one of INSTRUMENTS.)
NOT_SAMPLES = rx.compile(rf"{INSTRUMENTS}|特种设备|电梯|锅炉|压力容器|气瓶|起重机械|检定")
# A header's last columns that give no figure (备注, 主要不合格项目): their cells are read past.
SKIPPED = rx.compile(rf"[\s{CELL_SEPARATORS}]*(?:备注|说明|主要不合格项目|不合格项目|主要问题|承检机构|检验机构|承检单位)")
# A table of samples planned, not taken, by its caption (the line above its header):
# 2024年监督抽查计划表, 抽检任务分配表 (but 按计划完成, 完成计划 and 计划完成情况 are work
# done).
PLANNED_CAPTION = rx.compile(
    r"(?<!按)(?<!按照)(?<!完成)计划(?!完成|执行)|规划|目标|预计|任务分配|任务表|安排表")
# A unit stated for the whole table above it: 单位：批次.
TABLE_UNIT = rx.compile(r"单位\s*[:：]\s*(?P<unit>个批次|批次|批|件)")
# The label of a row that adds up the rows (its figures are the table's totals).
TOTAL = rx.compile(r"合 ?计|总 ?计|总数|全部|总体")
# An empty cell: a slash or a dash, printed where nothing was sampled.
EMPTY = rx.compile(r"[/\\—–\-－]{1,2}|无")

# A row of a table written a line a row with no header (甲类产品 抽检12批次 合格率91.7%):
# its category first (after a row number, if any), set off from the figures by a blank or a
# colon; and each figure's cell, a number with its unit (the words before it tell the metric).
LINE_LABEL = rx.compile(
    rf"(?:\d{{1,2}}[.、]\s*|\(\d{{1,2}}\)\s*)?(?P<label>{_HAN}[\u4e00-\u9fff()、]{{1,15}}?)"
    r"(?:[\s:：,，]+|(?=抽[检查样]\d|抽[检查样]\s*\d|共抽))")
# The words a line's cell stands after, each metric's own (抽检12批次, 不合格3批次, 合格率90%,
# 抽查企业4家): any other words before a number (立案查处3家, 发放资料300件, 检定器具300件)
# make the line no row of a spot check's table. Matched whole, blanks and punctuation left out.
# (A count in 批次 with no words before it, right after the category, is its samples: 粮食加工品
# 42批次 合格率100%; so is one in 件 or 批 when the line holds a 合格 cell as well: 灯具 20件
# 合格18件 合格率90%, its figures checked against one another like every line's.)
LINE_WORDS: dict[str, re.Pattern[str]] = {
    "batches_sampled": rx.compile(r"(?:共|实际|累计)?(?:监督)?(?:抽[检查样]|检验|检测)(?:了)?(?:样品|产品)?"
                                  r"(?:数量|数|批次数)?(?:共|计|为)?"),
    "batches_passed": rx.compile(r"(?:其中)?合格(?:样品|产品)?"),
    "batches_failed": rx.compile(r"(?:其中)?(?:检出|发现)?不合格(?:样品|产品)?"),
    "pass_rate": rx.compile(r"(?:样品|批次|抽检|抽查)?合格率(?:为|达)?"),
    "failure_rate": rx.compile(r"(?:样品|批次|抽检|抽查)?不合格率(?:为|达)?"),
    "enterprises_inspected": rx.compile(r"(?:抽[检查样]|受检)(?:生产|经营|销售)?企业(?:共|计)?"),
}
LINE_PUNCTUATION = rx.compile(r"[\s,，;；:：、]+")
LINE_CELL = rx.compile(r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*"
                       r"(?P<unit>个批次|批次|批|件|家|%)")
