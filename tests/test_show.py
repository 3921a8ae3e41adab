"""`qsreport show`: one report as an HTML page, every item marked in its text.

Structure tests read the page with lxml; browser tests load it in headless Chromium from the
system's packages (driven by Selenium and the packaged chromedriver) and skip, saying why,
where either is missing. Every report here is written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
import time
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from qsreport.models import BrandCount, Meta, ReportData, Source
from qsreport.pipeline import prepare
from qsreport.render.show import Shown, facts_of, read_report, render_page
from qsreport.render.show_text import find_numbers, neutral_text, other_scripts

from .conftest import SEED

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"
ARTIFACTS = Path(os.environ.get("QSREPORT_ARTIFACTS", Path(__file__).resolve().parents[1]
                                / "build" / "artifacts"))

# A short report: nested items (省名牌产品5个 inside 省名牌产品5个，累计达到30个), numbers no
# item uses (17场, 三百二十名, 两次), dates and ordinals that are not counted as figures.
REPORT = """某县质监局工作简报
2012年6月8日 某县质量技术监督局

一、品牌建设
2011年全县新增省名牌产品5个，累计达到30个。全年举办质量讲座17场，听讲群众三百二十名。
二、执法打假
今年全县查处质量违法案件35起，抽查产品120批次，合格率为92.5%。第三季度组织培训两次。
"""
UNUSED = ["17", "三百二十", "两"]


def page_tree(page: str) -> Any:
    return lxml_html.fromstring(page)


def marks_by_item(tree: Any) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for mark in tree.xpath('//div[@id="text"]//mark[@data-k]'):
        found.setdefault(mark.get("data-k"), []).append(mark)
    return found


def assert_marks_match(shown: Shown, page: str) -> None:
    """One mark (with id, label and tooltip) per item with a span; the text under an item's
    mark and its continuations is the text its span indexes."""
    tree = page_tree(page)
    facts = facts_of(shown.report, len(shown.text))
    pieces = marks_by_item(tree)
    with_spans = [fact for fact in facts if fact.span]
    assert len(tree.xpath('//div[@id="text"]//mark[@id]')) == len(with_spans)
    for fact in with_spans:
        assert fact.span is not None
        first, *more = pieces[str(fact.number)]
        assert first.get("id") == f"f{fact.number}" and first.get("tabindex") == "0"
        assert f"a{fact.area}" in first.get("class").split()
        assert all("more" in piece.get("class") for piece in more)
        under = "".join(piece.text_content() for piece in [first, *more])
        assert under == neutral_text(shown.text)[fact.span[0]:fact.span[1]], fact


# --- structure ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report_page() -> tuple[Shown, str]:
    shown = read_report(REPORT.encode("utf-8"), None)
    return shown, render_page(shown)


def test_every_item_has_one_mark_over_its_text(report_page: tuple[Shown, str]) -> None:
    """Each extracted item is one focusable mark whose text is its span's text, nested items
    included."""
    shown, page = report_page
    assert_marks_match(shown, page)
    facts = facts_of(shown.report, len(shown.text))
    assert {fact.area_name for fact in facts} == {"brands", "supervision"}
    outer = page_tree(page).xpath('//mark[@id="f1"]')[0]
    assert outer.xpath('.//mark[@id="f0"]'), "the added 5 sits inside the total's mark"


def test_the_page_text_is_what_decode_prints(report_page: tuple[Shown, str]) -> None:
    """The marked text, tags taken away, is exactly the cleaned text the spans index."""
    shown, page = report_page
    text = page_tree(page).xpath('//div[@id="text"]')[0].text_content()
    assert text == prepare(REPORT.encode("utf-8")).cleaned.text == shown.text


def test_tooltips_carry_every_field_of_the_item(report_page: tuple[Shown, str]) -> None:
    """A mark's tooltip data names its list, key, value, unit, basis, status, place, period
    and span; each area's marks are labelled with its name."""
    _, page = report_page
    tree = page_tree(page)
    table = json.loads(tree.xpath('//script[@id="items"]')[0].text)
    row = table["items"][1]
    name, columns = table["lists"][row[0]]
    assert name == "brands.counts" and row[1:3] == [47, 62]
    expected = {"category": "provincial_brand", "label": "省名牌产品", "value": 30, "unit": "个",
                "basis": "total", "status": "achieved", "place": None, "period": "2011"}
    assert expected.items() <= dict(zip(columns, row[3:], strict=True)).items()
    assert 'mark.f.a0::before{content:"brands"}' in tree.xpath("//style")[0].text


def test_numbers_no_item_used_are_marked_and_counted(report_page: tuple[Shown, str]) -> None:
    """17场, 三百二十名 and 两次 are passed over; dates are marked apart, not counted as figures."""
    _, page = report_page
    tree = page_tree(page)
    assert [n.text_content() for n in tree.xpath('//div[@id="text"]//span[@class="n n-fig"]')] == UNUSED
    counter = tree.xpath('//*[@id="unused-count"]')[0]
    assert counter.get("data-count") == "3" and counter.text_content() == "3 numbers not used"
    dates = [n.text_content() for n in tree.xpath('//div[@id="text"]//span[@class="n n-dat"]')]
    assert dates == ["2012", "6", "8", "2011"]
    assert not tree.xpath('//mark//span[contains(@class, "n ")]'), "a used number is not marked"


def test_the_side_list_links_to_every_mark(report_page: tuple[Shown, str]) -> None:
    """The facts list groups items by area; each entry links to its mark."""
    shown, page = report_page
    tree = page_tree(page)
    links = tree.xpath('//nav[@id="facts"]//a')
    assert [link.get("href") for link in links] == [f"#f{k}" for k in range(len(links))]
    assert len(links) == len(facts_of(shown.report, len(shown.text))) == 5
    headings = [h.text_content() for h in tree.xpath('//nav[@id="facts"]//h3')]
    assert headings == ["brands Brand counts · 2", "supervision Supervision statistics · 3"]


def test_the_header_panel_says_where_each_field_came_from(
        report_page: tuple[Shown, str]) -> None:
    """Title, date and source are shown with where the header reader found them."""
    _, page = report_page
    rows = {row.xpath("./th")[0].text_content(): [td.text_content() for td in row.xpath("./td")]
            for row in page_tree(page).xpath('//section[@id="header-read"]//tr')}
    assert rows["date"] == ["2012-06-08", "publish line"]
    assert rows["source"] == ["某县质量技术监督局", "publish line"]
    assert rows["title"] == ["某县质监局工作简报", "first line"]


def test_the_script_toggle_holds_the_text_in_the_other_script() -> None:
    """A traditional report carries its simplified text, character for character; a
    simplified one its traditional text."""
    shown = read_report(SEED.read_bytes(), str(SEED))
    tree = page_tree(render_page(shown))
    scripts = json.loads(tree.xpath('//script[@id="scripts"]')[0].text)
    assert list(scripts) == ["simplified"] and len(scripts["simplified"]) == len(shown.text)
    assert "质量" in scripts["simplified"] and "質量" in shown.text
    assert other_scripts("质量监督", "simplified") == {"traditional": "質量監督"}
    assert [o.get("value") for o in tree.xpath('//select[@id="script"]/option')] == [
        "", "simplified"]


def test_the_seed_marks_every_item() -> None:
    """On the seed report (honours, titles, actions and overlapping facilities too) each item
    is one mark over its text."""
    shown = read_report(SEED.read_bytes(), str(SEED))
    assert len(facts_of(shown.report, len(shown.text))) > 15
    assert_marks_match(shown, render_page(shown))


def test_chinese_numbers_are_told_from_words() -> None:
    """Numerals are numbers; 一是, 统一 and 一一 are words; years and 第三 are not figures."""
    text = "二〇〇八年统一开展一一对应检查，一是查处三个窝点，第三批抽查一百零八家，增长百分之八十。"
    found = [(text[n.start:n.end], n.kind) for n in find_numbers(text)]
    assert found == [("二〇〇八", "date"), ("三", "figure"), ("三", "ordinal"),
                     ("一百零八", "figure"), ("百分之八十", "figure")]


# --- hostile text -----------------------------------------------------------------------------

HOSTILE = ('质量工作<script>window.pwned = 1</script>'
           '<img src=x onerror="window.pwned=2">&lt;b&gt;'
           '\u202e反转\u202c\u2066隔离\u2069\x00\x1b[31m</textarea></div>')


def hostile_shown() -> Shown:
    """A report whose text, title, path and warnings hold markup and bidi controls, with one
    figure over the hostile text."""
    text = f"全市新增省名牌产品5个。{HOSTILE}\n"
    report = ReportData(
        source=Source(path=f"a{HOSTILE}.txt", sha256="0" * 64, size_bytes=len(text.encode()),
                      encoding="utf-8", confidence=1.0, bom=False, replaced=0, format="text",
                      script="simplified", pinyin_removed=0),
        meta=Meta(title=HOSTILE, source=HOSTILE, found={"title": HOSTILE}),
        warnings=[HOSTILE],
    )
    report.brands.counts.append(BrandCount(
        category="provincial_brand", label=HOSTILE, value=5, unit="个", span=(4, len(text) - 1),
        evidence=HOSTILE))
    return Shown(report, text, f"b{HOSTILE}.txt")


def test_hostile_text_is_shown_as_text() -> None:
    """Markup in a document is text on the page; bidi and other controls are neutralised
    everywhere; the only scripts are the page's own, allowed by hash."""
    page = render_page(hostile_shown())
    for bad in ("<script>window", "<img", "</textarea>", "\u202e", "\u2066", "\x00", "\x1b"):
        assert bad not in page, bad
    tree = page_tree(page)
    assert len(tree.xpath('//script[not(@type="application/json")]')) == 1
    assert not tree.xpath("//img | //textarea | //*[@onerror]")
    text = tree.xpath('//div[@id="text"]')[0].text_content()
    assert "<script>window.pwned = 1</script>" in text and "\ufffd反转\ufffd" in text
    assert "default-src 'none'" in tree.xpath('//meta[@http-equiv]')[0].get("content")
    assert tree.xpath("//h1")[0].text_content().startswith("质量工作<script>")


def test_a_report_that_starts_with_markup_is_read_as_a_page() -> None:
    """A text file holding tags is read as a page (its scripts dropped), and marked safely."""
    data = ("<p>全市新增省名牌产品5个。</p><script>window.pwned=1</script>"
            "<p>查处案件12起。</p>").encode()
    page = render_page(read_report(data, None))
    assert "pwned" not in page


# --- every format -----------------------------------------------------------------------------


def _fixtures() -> Any:
    spec = importlib.util.spec_from_file_location("document_fixtures", DOCUMENTS / "fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _document(name: str) -> bytes:
    fixtures = _fixtures()
    built = {
        "text": lambda: SEED.read_bytes(),
        "html": lambda: fixtures.seed_html("utf-8").encode("utf-8"),
        "docx": fixtures.build_docx,
        "mht": lambda: fixtures.build_mht("gbk", "base64"),
        "rtf": fixtures.build_rtf,
    }
    return built[name]() if name in built else (DOCUMENTS / f"seed.{name}").read_bytes()


@pytest.mark.parametrize("fmt", ["text", "html", "docx", "doc", "pdf", "rtf", "mht"])
def test_every_format_parse_reads_renders(fmt: str) -> None:
    """A page for each format qsreport reads, its marks over their spans' text."""
    shown = read_report(_document(fmt), f"seed.{fmt}")
    assert shown.report.source.format == fmt
    page = render_page(shown)
    assert_marks_match(shown, page)
    assert page_tree(page).xpath('//div[@id="text"]')[0].text_content() == shown.text


SAMPLES = sorted(path for path in SEED.parent.rglob("*")
                 if path.is_file() and path.suffix in (".txt", ".html", ".htm"))


def test_every_sample_renders() -> None:
    """Every sample of the repository becomes a page whose marks sit over their items' text
    and whose text is the cleaned text."""
    assert len(SAMPLES) > 50
    for sample in SAMPLES:
        shown = read_report(sample.read_bytes(), str(sample))
        page = render_page(shown)
        assert_marks_match(shown, page)
        text = page_tree(page).xpath('//div[@id="text"]')[0].text_content()
        assert text == neutral_text(shown.text), sample


def test_crossing_items_are_continued_after_the_one_they_cross() -> None:
    """Two items whose spans cross: the second is closed where the first ends and continued
    after it, so the tags balance and each item's pieces hold its text."""
    shown = many_figures(1)
    first = shown.report.brands.counts[0]
    crossing = BrandCount(category="other", label="另有", value=7, unit="家",
                          span=(first.span[0] + 3, first.span[1] + 4), evidence="-")
    shown.report.brands.counts.append(crossing)
    page = render_page(shown)
    assert_marks_match(shown, page)
    assert page.count("<mark") == page.count("</mark>") == 3
    assert 'class="f a0 more" data-k="1"' in page


def test_arabic_numbers_in_their_forms() -> None:
    """Thousands, decimals, percentages, 万 and full-width digits are one number each;
    dates and times one piece; a full-width comma between figures splits them; a list's
    "1." is an ordinal and 第一 no number."""
    from qsreport.cleaning import match_view

    text = "货值1,250万元，合格率92.5%，罚没１２万元；２２个，63个。2008-03-30 10:20发布。\n1.第一条"
    view = match_view(text)
    found = [(text[n.start:n.end], n.kind) for n in find_numbers(view)]
    assert found == [("1,250万", "figure"), ("92.5%", "figure"), ("１２万", "figure"),
                     ("２２", "figure"), ("63", "figure"), ("2008-03-30", "date"),
                     ("10:20", "date"), ("1", "ordinal")]


def test_a_conversion_that_moves_characters_falls_back_to_characters() -> None:
    """Where converting a line would change its length, the line is converted character by
    character, so every offset still holds."""
    from qsreport.render.show_text import _aligned

    def convert(text: str) -> str:
        return text.replace("a", "xy") if len(text) > 1 else text.upper()

    assert _aligned("ab\ncd", convert) == "AB\ncd"


def test_a_mixed_text_offers_both_scripts() -> None:
    """A text in both scripts can be shown in either, each character for character."""
    scripts = other_scripts("质量監督", "mixed")
    assert scripts == {"simplified": "质量监督", "traditional": "質量監督"}


# --- time -------------------------------------------------------------------------------------


def many_figures(count: int) -> Shown:
    """A report of ``count`` sentences, each with one figure read and one number passed over."""
    sentence = "全市新增省名牌产品{}个，另有检验机构7家。\n"
    pieces, counts, at = [], [], 0
    for i in range(count):
        piece = sentence.format(10 + i % 90)
        counts.append(BrandCount(category="provincial_brand", label="省名牌产品", value=10 + i % 90,
                                 unit="个", span=(at + 4, at + 12), evidence=piece.strip()))
        pieces.append(piece)
        at += len(piece)
    text = "".join(pieces)
    report = ReportData(source=Source(sha256="0" * 64, size_bytes=len(text.encode()),
                                      encoding="utf-8", confidence=1.0, bom=False, replaced=0,
                                      format="text", script="simplified", pinyin_removed=0))
    report.brands.counts = counts
    return Shown(report, text, "many.txt")


def _render(shown: Shown) -> tuple[str, float]:
    """The page and the CPU time this process took to build it (other work on the machine
    does not count)."""
    started = time.process_time()
    page = render_page(shown)
    return page, time.process_time() - started


def test_a_page_is_built_in_linear_time() -> None:
    """100,000 figures take about ten times as long as 10,000 (a quadratic build: 100 times;
    the bound leaves room for a loaded machine's caches and collector, which reached 26
    times once); each is one balanced mark, and each passed-over number is counted."""
    small = many_figures(10_000)
    small_seconds = min(_render(small)[1] for _ in range(3))
    page, large_seconds = _render(many_figures(100_000))
    assert page.count("<mark") == page.count("</mark>") == page.count('tabindex="0"') == 100_000
    assert page_tree(page).xpath('//*[@id="unused-count"]')[0].get("data-count") == "100000"
    assert large_seconds / small_seconds < 40, (large_seconds, small_seconds)
