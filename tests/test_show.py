"""`qsreport show`: one report as an HTML page, every item marked in its text.

Structure tests read the page with lxml; browser tests load it in headless Chromium from the
system's packages (driven by Selenium and the packaged chromedriver) and skip, saying why,
where either is missing. Every report here is written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from qsreport.cli import main
from qsreport.models import BrandCount, Meta, ReportData, Source
from qsreport.pipeline import prepare
from qsreport.render.show import Shown, facts_of, read_report, render_page
from qsreport.render.show_text import find_numbers, neutral_text, other_scripts

from .conftest import SEED

DOCUMENTS = Path(__file__).resolve().parent / "data" / "documents"
ARTIFACTS = Path(os.environ.get("QSREPORT_ARTIFACTS", Path(__file__).resolve().parents[1]
                                / "build" / "artifacts"))

# A short report: nested items (省名牌产品5个 inside 省名牌产品5个，累计达到30个), numbers no
# item uses (17家, 三百二十名, 两次), dates and ordinals that are not counted as figures.
REPORT = """某县质监局工作简报
2012年6月8日 某县质量技术监督局

一、品牌建设
2011年全县新增省名牌产品5个，累计达到30个。全县现有检验机构17家，检验人员三百二十名。
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
    """17家, 三百二十名 and 两次 are passed over; dates are marked apart, not counted as figures."""
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
    """100,000 figures take about ten times as long as 10,000 (a quadratic build: 100 times);
    each is one balanced mark, and each passed-over number is counted."""
    small = many_figures(10_000)
    small_seconds = min(_render(small)[1] for _ in range(3))
    page, large_seconds = _render(many_figures(100_000))
    assert page.count("<mark") == page.count("</mark>") == page.count('tabindex="0"') == 100_000
    assert page_tree(page).xpath('//*[@id="unused-count"]')[0].get("data-count") == "100000"
    assert large_seconds / small_seconds < 25, (large_seconds, small_seconds)


# --- the command --------------------------------------------------------------------------------


def test_show_writes_the_page_to_out(tmp_path: Path) -> None:
    """--out writes the page; stdout stays empty."""
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(report), "--out", str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    page = (tmp_path / "p.html").read_text("utf-8")
    assert page.startswith("<!DOCTYPE html>") and 'id="f4"' in page


def test_show_writes_to_a_pipe_and_reads_stdin() -> None:
    """Without --out the page goes to stdout (a pipe); - reads the report from stdin."""
    result = CliRunner().invoke(main, ["show", "-"], input=REPORT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!DOCTYPE html>") and "3 numbers not used" in result.stdout


def test_show_fails_in_one_line_for_a_missing_file(tmp_path: Path) -> None:
    """A file that cannot be read: one line on stderr, exit 1."""
    result = CliRunner().invoke(main, ["show", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("qsreport: error: ")


def test_show_open_without_out_writes_a_temporary_page(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--open alone writes the page to a temporary file and opens that."""
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    result = CliRunner().invoke(main, ["show", "-", "--open"], input=REPORT.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and result.stderr == ""
    [page] = tmp_path.glob("qsreport-show-*.html")
    assert opened == [page.resolve().as_uri()]
    assert "3 numbers not used" in page.read_text("utf-8")


def test_show_open_without_a_browser_says_where_the_page_is(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--open with no browser found is not a failure: the page was written, and stderr says
    where."""
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(report), "--open", "-o",
                                       str(tmp_path / "p.html")])
    assert result.exit_code == 0, result.output
    assert opened == [(tmp_path / "p.html").resolve().as_uri()]
    assert "no web browser found" in result.stderr


# --- a batch's site ---------------------------------------------------------------------------

SECOND = """某市质监局简报
2010年4月2日 某市质量技术监督局
全市查处案件12起，抽查产品300批次。
"""


@pytest.fixture(scope="module")
def batch_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two reports written for these tests, one image that is not a report."""
    folder = tmp_path_factory.mktemp("reports")
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(SECOND, encoding="gb18030")
    (folder / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


@pytest.mark.parametrize("suffix", [".jsonl", ".db"])
def test_a_batch_becomes_a_site(batch_folder: Path, tmp_path: Path, suffix: str) -> None:
    """Every record is a row (the failure with its reason); each report read links to its
    page; the chart counts figures by region and year."""
    dataset = tmp_path / f"reports{suffix}"
    runner = CliRunner()
    batch = runner.invoke(main, ["batch", str(batch_folder), "--out", str(dataset), "-w", "1",
                                 "-q"])
    assert batch.exit_code == 1, batch.output  # the image failed
    result = runner.invoke(main, ["show", str(dataset), "--out", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    assert "3 records, 2 pages" in result.stderr
    tree = page_tree((tmp_path / "site" / "index.html").read_text("utf-8"))
    rows = tree.xpath('//div[@data-status]')
    assert sorted(row.get("data-status") for row in rows) == ["failed", "ok", "ok"]
    failed = next(row for row in rows if row.get("data-status") == "failed")
    assert "not_text" in failed.text_content()
    for link in tree.xpath("//div[@data-status='ok']//a"):
        page = page_tree((tmp_path / "site" / link.get("href")).read_text("utf-8"))
        assert page.xpath('//div[@id="text"]//mark[@id]')
    cells = {title.text for title in tree.xpath("//*[local-name()='svg']//*[local-name()='g']/"
                                                "*[local-name()='title']")}
    assert "(none) 2012: 5 figures in 1 reports" in cells
    assert "(none) 2010: 2 figures in 1 reports" in cells or any(
        c.endswith("2010: 2 figures in 1 reports") for c in cells)


def test_a_site_needs_a_folder(tmp_path: Path) -> None:
    """A dataset without --out is a usage error (exit 2)."""
    dataset = tmp_path / "r.jsonl"
    dataset.write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(dataset)])
    assert result.exit_code == 2 and "--out FOLDER" in result.stderr


def hostile_records(count: int) -> str:
    """JSONL records of ``count`` reports whose sources are gone, one in 50 failed, paths and
    regions holding markup."""
    lines = []
    for i in range(count):
        path = f"reports/{i}<script>window.pwned=1</script>\u202e.txt"
        if i % 50 == 7:
            lines.append(json.dumps({"path": path, "ok": False, "error": {
                "kind": "not_text", "message": "<img src=x onerror=window.pwned=2>"}}))
            continue
        counts = [{"category": "provincial_brand", "label": "省名牌产品", "value": 5, "unit": "个",
                   "span": [0, 4], "evidence": "-"}] * (i % 4)
        report = {"source": {"format": "text"},
                  "meta": {"region": ["宁波<b>", "温州市", "金华"][i % 3],
                           "date": f"{2005 + i % 8}-05-01"},
                  "brands": {"counts": counts}}
        lines.append(json.dumps({"path": path, "ok": True, "report": report},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def test_a_site_escapes_what_its_records_hold(tmp_path: Path) -> None:
    """Markup and bidi controls in paths, regions and messages are text in the index; a
    report whose source is gone says so instead of linking."""
    from qsreport.render.show_index import write_site

    dataset = tmp_path / "r.jsonl"
    dataset.write_text(hostile_records(60), encoding="utf-8")
    records = write_site(dataset, tmp_path / "site", 1 << 20)
    page = (tmp_path / "site" / "index.html").read_text("utf-8")
    for bad in ("<script>window", "<img", "<b>", "\u202e"):
        assert bad not in page, bad
    assert all(record.page is None for record in records)
    assert page.count("source not read again: no such file") == 58  # 2 of 60 failed


# --- in a browser -------------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _browser_missing() -> str:
    if CHROMIUM is None or CHROMEDRIVER is None:
        return "headless Chromium not installed (apt-get install chromium chromium-driver)"
    if importlib.util.find_spec("selenium") is None:
        return "selenium not installed (pip install -e '.[test]')"
    return ""


browser = pytest.mark.skipif(bool(_browser_missing()), reason=_browser_missing() or "-")


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """Debian's Chromium through its chromedriver: no browser or driver is downloaded
    (Selenium Manager is told to stay offline and is never needed)."""
    os.environ["SE_OFFLINE"] = "true"
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1280,800",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    chrome = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)),
                              options=options)
    chrome.set_page_load_timeout(120)
    yield chrome
    chrome.quit()


def _load(driver: Any, page: str, folder: Path, name: str) -> None:
    path = folder / name
    path.write_text(page, encoding="utf-8")
    driver.get(path.as_uri())


def _click(driver: Any, selector: str) -> None:
    """Scroll an element to the middle of its scroller, then click it as a person would."""
    element = driver.find_element("css selector", selector)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
    element.click()


def _console_errors(driver: Any) -> list[Any]:
    return [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


@browser
def test_in_chromium_every_mark_holds_its_item_and_a_click_finds_it(
        driver: Any, tmp_path: Path) -> None:
    """The seed's page: one mark per item over its text, the passed-over numbers marked and
    counted, a click on a fact scrolls its mark into view and focuses it, no console errors;
    a 1280×800 screenshot is kept as an artifact."""
    shown = read_report(SEED.read_bytes(), str(SEED))
    _load(driver, render_page(shown), tmp_path, "seed.html")
    facts = [f for f in facts_of(shown.report, len(shown.text)) if f.span]
    texts = driver.execute_script(
        "var out = {}; document.querySelectorAll('#text mark[data-k]').forEach(function (m) {"
        " out[m.dataset.k] = (out[m.dataset.k] || '') + m.textContent; }); return out;")
    assert driver.execute_script("return document.querySelectorAll('#text mark[id]').length") \
        == len(facts)
    for fact in facts:
        assert fact.span is not None
        assert texts[str(fact.number)] == shown.text[fact.span[0]:fact.span[1]]
    counted = driver.execute_script(
        "return [document.getElementById('unused-count').dataset.count,"
        " document.querySelectorAll('#text .n-fig').length]")
    assert int(counted[0]) == counted[1] > 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    assert driver.execute_script("return [innerWidth, innerHeight]") == [1280, 800]
    driver.save_screenshot(str(ARTIFACTS / "show-seed.png"))
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    last = facts[-1]
    _click(driver, f'#facts a[href="#f{last.number}"]')
    state = driver.execute_script(
        "var m = document.getElementById(arguments[0]), r = m.getBoundingClientRect();"
        "return [r.top >= 0 && r.bottom <= window.innerHeight, document.activeElement === m,"
        " m.classList.contains('flash')]", f"f{last.number}")
    assert state == [True, True, True]
    tip = driver.execute_script(
        "var t = document.getElementById('tip'); return t.hidden ? null : t.textContent")
    assert tip is not None and tip.splitlines()[0] == last.list_title, tip
    assert tip.splitlines()[-1] == f"span: {last.span[0]}–{last.span[1]}"
    assert _console_errors(driver) == []


@browser
def test_in_chromium_the_script_toggle_swaps_the_text(driver: Any, tmp_path: Path) -> None:
    """Choosing simplified shows the simplified text, marks in place; as written brings the
    text back."""
    shown = read_report(SEED.read_bytes(), str(SEED))
    _load(driver, render_page(shown), tmp_path, "seed.html")
    from selenium.webdriver.support.ui import Select

    pick = Select(driver.find_element("id", "script"))
    pick.select_by_value("simplified")
    simplified = other_scripts(shown.text, "traditional")["simplified"]
    assert driver.execute_script("return document.getElementById('text').textContent") \
        == simplified
    assert driver.execute_script("return document.getElementById('text').lang") == "zh-Hans"
    pick.select_by_value("")
    assert driver.execute_script("return document.getElementById('text').textContent") \
        == shown.text
    assert _console_errors(driver) == []


@browser
def test_in_chromium_a_hostile_report_runs_nothing(driver: Any, tmp_path: Path) -> None:
    """Script tags, event handlers and bidi controls in a report run nothing and show as
    text; the console stays clean."""
    _load(driver, render_page(hostile_shown()), tmp_path, "hostile.html")
    assert driver.execute_script("return window.pwned === undefined")
    text = driver.execute_script("return document.getElementById('text').textContent")
    assert "<script>window.pwned = 1</script>" in text
    assert _console_errors(driver) == []


@browser
def test_in_chromium_a_page_of_100000_figures_loads(driver: Any, tmp_path: Path) -> None:
    """100,000 marks and 100,000 passed-over numbers load, and a click still finds a mark."""
    _load(driver, render_page(many_figures(100_000)), tmp_path, "many.html")
    assert driver.execute_script("return document.querySelectorAll('#text mark[id]').length") \
        == 100_000
    _click(driver, '#facts a[href="#f99999"]')
    assert driver.execute_script("return document.activeElement.id") == "f99999"
    assert _console_errors(driver) == []


@browser
def test_in_chromium_the_index_of_10000_reports_opens_sorts_and_filters(
        driver: Any, tmp_path: Path) -> None:
    """A 10,000-report index opens quickly (the issue asks under 2 s on an idle machine; this
    test allows 10 s on a shared one), sorts by a column, filters rows, runs nothing hostile."""
    from qsreport.render.show_index import write_site

    dataset = tmp_path / "r.jsonl"
    dataset.write_text(hostile_records(10_000), encoding="utf-8")
    write_site(dataset, tmp_path / "site", 1 << 20)
    started = time.perf_counter()
    driver.get((tmp_path / "site" / "index.html").as_uri())
    seconds = time.perf_counter() - started
    assert seconds < 10, seconds
    assert driver.execute_script("return window.pwned === undefined")
    driver.find_element("css selector", "#head > :nth-child(10) button").click()
    driver.find_element("css selector", "#head > :nth-child(10) button").click()
    first = driver.execute_script(
        "return document.querySelector('#reports .c .r').children[9].textContent")
    assert first == "3"
    driver.find_element("id", "filter").send_keys("温州")
    wenzhou = sum(1 for i in range(10_000) if i % 3 == 1 and i % 50 != 7)
    assert driver.find_element("id", "shown").text == f"{wenzhou:,} of 10,000 shown"
    assert _console_errors(driver) == []
