"""A government page's catalogue table over a published document (信息公开目录): its labels
(索引号, 主题分类, 发文机关, 成文日期, 文号, 有效性 …), each alone in a cell, their values in the
cells beside or under them, printed inside the article's block above the document's own text.
The table is the site's record of the document, not the document: :func:`drop_catalogue` takes
it out of the article's lines (the header has read its date and issuer from the page by then).
"""

from __future__ import annotations

import re

# The labels of a catalogue's fields. The first group names only such a table: a run of labels
# holds two of them at least (a table in the document's text may have a column 文号).
_OWN_LABELS = ("索取号", "索引号", "信息索引号", "主题分类", "体裁分类", "组配分类", "服务对象分类",
               "信息分类", "发文机关", "发布机构", "发文单位", "公开单位", "成文日期", "发文日期",
               "印发日期", "生成日期", "公开日期", "文件编号", "发文字号", "文号", "有效性", "时效性",
               "公开方式", "公开范围", "公开形式", "公开时限", "主题词", "废止日期", "所属机构",
               "生效日期", "生效时间", "失效日期", "失效时间", "废止时间")
_OTHER_LABELS = ("发布日期", "发布时间", "发布单位", "备注", "标题", "名称", "关键词", "分类",
                 "内容概述", "责任部门")
# A label alone (with its colon or not), or a label, a colon or a blank, and its value.
# (Read with the line's blanks squeezed out: a label spaced to fill its cell, 文  号：, is one.)
_LABELS = "|".join(sorted(_OWN_LABELS + _OTHER_LABELS, key=len, reverse=True))
_LABEL = re.compile(rf"(?P<label>{_LABELS})(?:[:：]?(?P<value>.{{0,40}}))?")
# A value and the next cell's label on one line (某某/2031-00012 主题分类：).
_VALUE_THEN_LABEL = re.compile(rf".{{1,40}}?(?P<label>{_LABELS})[:：]")
# A line that is no field's value: a sentence, a line ending on a colon (a salutation, 各区某局：),
# or one opening a numbered part of the document (一、, （一）, 1.).
_NOT_VALUE = re.compile(r"[，。；！？,;!?]|[:：]\s*$|^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
                        r"|\d{1,2}[.．、]\D|第[一二三四五六七八九十]+[章条部分])")
_VALUE_CHARACTERS = 40  # a value's characters at most (an index number, an issuer, a date)
_REACH = 20  # the article's first lines a catalogue may stand in


def drop_catalogue(lines: list[str]) -> list[str]:
    """``lines`` without the first run of a catalogue's labels and values among their first
    few: labels alone (索取号 ⏎ 发布机构 ⏎ …) with their values after them, or each label before
    its value (索引号： ⏎ 某某/2031-00012 ⏎ 主题分类：卫生). Not a run with fewer than two of a
    catalogue's own labels (名称 ⏎ 文号 ⏎ 发布日期: a table's head), nor a line of the document's
    text after it."""
    for start in range(min(len(lines), _REACH)):
        if _LABEL.fullmatch("".join(lines[start].split())):
            end = _run_end(lines, start)
            if end > start:
                return lines[:start] + lines[end:]
    return lines


def _run_end(lines: list[str], start: int) -> int:
    """Where a catalogue that opens at ``start`` ends (``start`` when there is none): its labels,
    a value for each label left without one, until a line that is neither."""
    labels: list[str] = []
    open_labels = 0  # labels still waiting for a value
    at = start
    while at < len(lines):
        line = "".join(lines[at].split())
        if (field := _LABEL.fullmatch(line)) is not None:
            labels.append(field["label"])
            open_labels += 0 if field["value"] else 1
        elif open_labels and (field := _VALUE_THEN_LABEL.fullmatch(line)) is not None:
            labels.append(field["label"])  # (one label's value, and the next label, left open)
        elif open_labels and len(line) <= _VALUE_CHARACTERS and not _NOT_VALUE.search(line):
            open_labels -= 1
        else:
            break
        at += 1
    if len({label for label in labels if label in _OWN_LABELS}) < 2:
        return start
    return at
