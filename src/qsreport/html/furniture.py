"""Lines of a page's furniture that stand anywhere in the article's block, not only at its foot:
a prompt to scan the page's code and open it on a phone or share it (手机扫一扫打开此页, 用微信扫一扫，
点击右上角分享按钮…), and a notice that the reader's browser is too old (您的浏览器版本过低，请升级).
Each is a short line that is all prompt: a sentence of the report that tells its readers to scan
a code to check a result (扫码查询检测结果) is no such line and stays.
"""

from __future__ import annotations

import re

# A scan prompt: the scan opens the line (请用手机扫一扫, 微信扫描二维码, 扫码) and what the scan
# does to the page follows (打开此页, 在手机上浏览, 分享给好友, 分享到朋友圈).
_SCAN = re.compile(
    r"\W{0,2}(?:请?用?(?:手机|微信)\s*)?(?:扫一扫|扫描(?:二维码|此码|本页二维码)?|扫码)\W{0,2}"
    r"[^。！？]{0,24}?(?:(?:打开|访问|浏览|阅读|查看)(?:此页|本页|该页|当前页|页面|本文|此文|文章)|"
    r"在手机\w{0,2}(?:打开|浏览|阅读|查看)|分享(?:给|到|至)[^。！？]{0,12}(?:好友|朋友圈))")
# A notice about the reader's browser: the browser named with what it lacks or what to do.
_BROWSER = re.compile(
    r"[^。！？]{0,24}(?:(?:您的|您使用的|您正在使用的|当前|目前)浏览器|浏览器版本)[^。！？]{0,16}"
    r"(?:过低|太低|较低|过旧|不支持|不兼容|升级|更新|更换)|"
    r"[^。！？]{0,16}(?:升级|更换|使用)[^。！？]{0,12}浏览器[^。！？]{0,12}(?:浏览|访问|体验|效果)")
_LINE = 60  # characters of such a line at most


def drop_tool_lines(lines: list[str]) -> list[str]:
    """``lines`` without the scan prompts and browser notices among them."""
    return [line for line in lines if not is_tool_line(line)]


def is_tool_line(line: str) -> bool:
    """Whether ``line`` is a scan prompt or a browser notice, all of it."""
    if "扫" not in line and "浏览器" not in line:
        return False  # (most lines: told without the join below)
    key = "".join(line.split())
    if len(key) > _LINE:
        return False
    return _SCAN.match(key) is not None or _BROWSER.match(key) is not None
