"""HTML → article text: drop scripts, navigation and footers; keep the block that holds the
report, plus the page's title and its date/source line when the article block lacks them."""

from __future__ import annotations

import re
from typing import Any

_LOOKS_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta\s|div|p|table|br|span|title)\b", re.IGNORECASE
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
           "section", "article", "td", "ul", "ol", "dd", "dt", "blockquote", "center"}
_DROP = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "select",
         "button", "object", "embed", "svg", "template")
_NOISE_CLASS = re.compile(r"nav|menu|footer|header|banner|breadcrumb|sidebar|copyright|share|"
                          r"link|bottom|foot|top", re.IGNORECASE)
_META_LINE = re.compile(r"(?:发布|發布|更新)?(?:日期|时间|時間)[:：]|(?:来源|來源)[:：]|"
                        r"(?:19|20)\d{2}[-年/.]\d{1,2}[-月/.]\d{1,2}")


def looks_like_html(text: str) -> bool:
    """True when the first 2 KB hold HTML tags."""
    return bool(_LOOKS_HTML.search(text[:2048]))


def html_to_text(markup: str) -> str:
    """The report inside a saved web page, as plain lines."""
    from bs4 import BeautifulSoup  # heavy: only HTML inputs pay for it

    soup = BeautifulSoup(markup, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_DROP):
        tag.decompose()
    body = soup.body or soup
    article = _best_block(body)
    article_text = _text_of(article)
    page_text = _text_of(body)
    lines = [line for line in article_text.split("\n") if line.strip()]
    head: list[str] = []
    heading = _heading(soup, article) or _clean_title(title)
    if heading and not any(heading in line for line in lines[:3]):
        head.append(heading)
    if not any(_META_LINE.search(line) for line in lines[:4]):
        meta = next((line for line in page_text.split("\n")
                     if _META_LINE.search(line) and len(line) < 120), None)
        if meta:
            head.append(meta.strip())
    return "\n".join(head + lines)


def _clean_title(title: str) -> str:
    return re.split(r"\s*[-_|｜—]{1,2}\s*(?=[^-_|｜—]*$)", title)[0].strip() if title else ""


def _heading(soup: Any, article: Any) -> str:
    for name in ("h1", "h2", "h3"):
        for tag in soup.find_all(name):
            text = tag.get_text(" ", strip=True)
            if 4 <= len(text) <= 60 and _HAN.search(text) and tag not in article.descendants:
                return str(text)
    return ""


def _han_count(text: str) -> int:
    return len(_HAN.findall(text))


def _best_block(body: Any) -> Any:
    """The element whose own text (not its links) holds the most Chinese, preferring the
    smallest such element."""
    best, best_score = body, -1.0
    candidates = []
    for tag in body.find_all(["div", "td", "article", "section", "main"]):
        classes = " ".join(tag.get("class", []) or []) + " " + str(tag.get("id", "") or "")
        if _NOISE_CLASS.search(classes) and not re.search(r"content|article|text|main|body",
                                                          classes, re.IGNORECASE):
            continue
        text = tag.get_text("", strip=True)
        links = sum(_han_count(a.get_text("", strip=True)) for a in tag.find_all("a"))
        score = _han_count(text) - 2 * links
        candidates.append((score, len(text), tag))
        if score > best_score:
            best, best_score = tag, score
    if best_score <= 0:
        return body
    close = [c for c in candidates if c[0] >= 0.85 * best_score]
    return min(close, key=lambda c: c[1])[2] if close else best


def _text_of(node: Any) -> str:
    """Text with a newline wherever a block element starts or ends."""
    parts: list[str] = []
    for element in node.descendants:
        name = getattr(element, "name", None)
        if name is None:
            parts.append(str(element).replace("\n", " ").replace("\r", " "))
        elif name in _BLOCKS:
            parts.append("\n")
    text = "".join(parts)
    text = re.sub(r"[ \t\xa0]+", " ", text)
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())
