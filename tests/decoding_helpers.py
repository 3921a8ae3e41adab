"""The texts the decoding tests encode: a Chinese report's lines in simplified and in
traditional characters (the team's own sentences)."""

from __future__ import annotations

SIMPLIFIED = (
    "金华市质量技术监督局今年开展产品质量监督抽查，共抽查企业二百余家，合格率达到百分之九十以上。"
    "全市现有中国名牌产品二十二个、浙江名牌九十九个，标准化工作取得明显成效。\n"
)
TRADITIONAL = (
    "金華市質量技術監督局今年開展產品質量監督抽查，共抽查企業二百餘家，合格率達到百分之九十以上。"
    "全市現有中國名牌產品二十二個、浙江名牌九十九個，標準化工作取得明顯成效。\n"
)
REPORT_SIMPLIFIED = SIMPLIFIED * 6
REPORT_TRADITIONAL = TRADITIONAL * 6
