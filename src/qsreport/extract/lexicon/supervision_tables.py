"""Supervision: the words of a spot check's results table (one row per product or food
category), read by :mod:`..supervision_tables`: what each header cell names, the words of a
total row, and the marks of an empty cell. Patterns run on the match view (simplified,
half-width)."""

from __future__ import annotations

from ... import regex_cache as rx

# What stands between a table's cells besides blanks: a bar, or the lines of a table drawn in
# box-drawing characters (│, ├──┼──┤) as older documents print them.
CELL_SEPARATORS = "|\u2500-\u257f"

# A count's own words after its column's name: 抽检批次, 样品总量, 不合格数量.
_COUNT_TAIL = r"(?:\s*(?:批次数|批次|批数|总量|总数|数量|件数|家数|数))?"
# A sample's words before a column's name: 样品不合格率, 样品 不合格数.
_SAMPLE = r"(?:(?:样品|产品|批次)\s*)?"

_HAN = "[\u4e00-\u9fff]"
_PASSED = r"合 ?格"  # a two-character cell is often printed with a space inside: 合 格
_SAMPLED = (r"(?:(?:监督)?(?:抽[检查样]|检验|检测)(?:样品|产品)?|(?:样品|产品)\s*(?:抽[检查样]|检验))"
            + _COUNT_TAIL)

# How a category's column name ends (食品类别, 抽查执行环节, 抽样区域), or a county's column.
_CATEGORY_ENDS = r"类别|种类|大类|类型|品种|名称|类目|环节|地区|区域|县区|区县"
_COUNTIES = r"县\(市、?区\)|县\(区\)|县\(市\)|县市区"
# Every header holds one of these: the reader looks for column words only near them.
CATEGORY_WORD = rx.compile(rf"{_CATEGORY_ENDS}|{_COUNTIES}")

# Each column's kind with the words that name it, in the order they are tried at one place of
# the header: a failure word before a pass word (不合格率 is not 合格率, 不合格批次 not 合格批次),
# a rate before a count (合格率 is not 合格), a count of firms before one of samples, a
# category's own words (抽查执行环节, 抽样区域) before a sample count's (抽查批次).
COLUMNS: tuple[tuple[str, str], ...] = (
    ("index", r"序 ?号|编 ?号"),
    ("failure_rate", _SAMPLE + r"不" + _PASSED + r"(?:样品|产品)?(?:检出|发现)?率"),
    ("pass_rate", r"(?:(?:抽[检查样]|样品|产品|批次)\s*)?(?:批次)?" + _PASSED + "率"),
    ("batches_failed", _SAMPLE + r"不" + _PASSED + r"(?:样品|产品)?" + _COUNT_TAIL),
    ("batches_passed", _SAMPLE + _PASSED + r"(?:样品|产品)?" + _COUNT_TAIL),
    ("enterprises_inspected", r"(?:抽[检查样]|受检|被抽[检查])(?:生产)?企业" + _COUNT_TAIL),
    ("batches_sampled", rf"各{_HAN}{{1,3}}?{_SAMPLED}"),  # 各区域抽查批次数
    # (the longest words before the category's: 食品种类 is 食品 + 种类, not 食 + 品种; a page's
    # header cells may come glued together, 序号产品类别抽查批次, so no boundary is asked for)
    ("category", rf"{_HAN}{{0,4}}(?:{_CATEGORY_ENDS})|{_COUNTIES}"),
    ("batches_sampled", _SAMPLED + r"|(?:样品|抽检|抽查)?(?:总量|总数|总批次|批次数)"),
)
# A unit after a column's name, in brackets or after a slash: (批次), /批次, (%).
UNIT = rx.compile(r"\s*(?:[(/]\s*)?(?P<unit>个批次|批次|批|件|家|%)\s*\)?")
# A sample count's unit in brackets or after a slash: a column that states none counts in the
# unit its neighbours state (样品总量 beside 不合格数量(批次)).
BRACKETED_UNIT = rx.compile(r"[(/]\s*(?P<unit>个批次|批次|批|件)")
# The units a column of samples or of firms is counted in, and the words that give a count
# its unit when no bracket does (抽检批次: 批次).
SAMPLE_UNITS = ("个批次", "批次", "批", "件")
FIRM_UNITS = ("家",)
# A header's last columns that give no figure (备注, 主要不合格项目): their cells are read past.
SKIPPED = rx.compile(rf"[\s{CELL_SEPARATORS}]*(?:备注|说明|主要不合格项目|不合格项目|主要问题)")
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
