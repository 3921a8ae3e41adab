"""Word saved as one XML file (Word 2003's "XML Document", Word 2007's flat package): told by
its bytes whatever its name, read as a .docx's body is, tracked changes as Word shows them.
The seed saved this way by LibreOffice is in test_documents.py; the documents here are small
ones written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from qsreport import parse
from qsreport.cli import main
from qsreport.errors import Corrupt
from qsreport.readers import read, sniff

W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"
W2007 = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = '<?xml version="1.0" encoding="{charset}" standalone="yes"?>\n{mark}'
MARK = '<?mso-application progid="Word.Document"?>\n'


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def word_2003(body: str, charset: str = "UTF-8", mark: str = MARK) -> bytes:
    """A Word 2003 XML document holding ``body`` (the inside of ``w:body``)."""
    text = (HEAD.format(charset=charset, mark=mark)
            + f'<w:wordDocument xmlns:w="{W2003}" '
            'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
            'xmlns:aml="http://schemas.microsoft.com/aml/2001/core">'
            f"<w:body>{body}</w:body></w:wordDocument>")
    return text.encode(charset)


def flat_package(body: str) -> bytes:
    """Word 2007's flat "Word XML Document": the package's parts inside one file."""
    return (HEAD.format(charset="UTF-8", mark=MARK)
            + '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">'
            '<pkg:part pkg:name="/word/styles.xml"><pkg:xmlData>'
            f'<w:styles xmlns:w="{W2007}"><w:style><w:name w:val="正文样式"/></w:style></w:styles>'
            '</pkg:xmlData></pkg:part>'
            '<pkg:part pkg:name="/word/document.xml"><pkg:xmlData>'
            f'<w:document xmlns:w="{W2007}"><w:body>{body}</w:body></w:document>'
            '</pkg:xmlData></pkg:part></pkg:package>').encode("utf-8")


BODY = (paragraph("青禾县质量技术监督局2011年工作回顾")
        + '<wx:sect><wx:sub-section>'
        + paragraph("全年抽查食品86批次，查处案件14起。")
        + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>类别</w:t></w:r></w:p></w:tc>'
          '<w:tc><w:p><w:r><w:t>数量</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
        + '<w:p><w:r><w:t>新增省名牌产品</w:t></w:r>'
          '<aml:annotation w:type="Word.Deletion"><aml:content><w:r><w:delText>5</w:delText>'
          '</w:r></aml:content></aml:annotation>'
          '<aml:annotation w:type="Word.Insertion"><aml:content><w:r><w:t>7</w:t></w:r>'
          '</aml:content></aml:annotation><w:r><w:t>个。</w:t></w:r></w:p>'
        + '</wx:sub-section></wx:sect>')


@pytest.mark.parametrize("name", [None, "总结.doc", "总结.xml", "总结.txt"])
def test_word_xml_is_told_by_its_bytes_whatever_its_name(name: str | None) -> None:
    assert sniff(word_2003(BODY), name) == "wordml"
    assert sniff(flat_package(paragraph("一")), name) == "wordml"
    assert sniff(word_2003(BODY, mark=""), name) == "wordml"  # no mark: the root tells


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><rss><channel><title>\xe8\xb4\xa8\xe7\x9b\x91</title></channel></rss>',
    b'<?xml version="1.0" encoding="utf-8"?><html><body><p>package</p></body></html>',
    b"<html><body><p>wordml</p></body></html>",
])
def test_other_xml_and_pages_are_left_to_the_page_reader(data: bytes) -> None:
    assert sniff(data, "feed.doc") is None


def test_word_2003_gives_sections_tables_and_tracked_changes_as_word_shows_them() -> None:
    """Paragraphs inside sections are read in order, a table a row a line, an insertion kept
    and a deletion left out."""
    document = read(word_2003(BODY), "wordml")
    assert document.text == ("青禾县质量技术监督局2011年工作回顾\n"
                             "全年抽查食品86批次，查处案件14起。\n"
                             "类别\t数量\n"
                             "新增省名牌产品7个。")
    assert document.reader.startswith("python-docx ")


def test_a_gbk_word_2003_document_is_read_by_its_declaration() -> None:
    document = read(word_2003(BODY, charset="GBK"), "wordml")
    assert (document.text or "").startswith("青禾县质量技术监督局")


def test_a_flat_package_gives_its_main_document_only() -> None:
    document = read(flat_package(paragraph("全年检定计量器具1200台件。")), "wordml")
    assert document.text == "全年检定计量器具1200台件。"


def test_a_report_in_word_xml_gives_its_figures_in_either_schema(tmp_path: Path) -> None:
    """The report's format is "wordml"; schema 1, which predates it, calls it "docx"."""
    path = tmp_path / "青禾县2011年总结.doc"
    path.write_bytes(word_2003(BODY))
    report = parse(path)
    assert report.source.format == "wordml"
    stats = {(s.metric, s.value) for s in report.supervision.stats}
    assert {("batches_sampled", 86), ("cases", 14)} <= stats
    assert [(c.category, c.value) for c in report.brands.counts] == [("provincial_brand", 7)]
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json", "--schema", "1"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"]["format"] == "docx"


@pytest.mark.parametrize("data", [
    word_2003(BODY)[:300],                                    # cut off in the middle
    word_2003("").replace(b"<w:body></w:body>", b""),          # no body
])
def test_a_broken_word_xml_file_is_corrupt(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(Corrupt):
        read(data, "wordml")
    path = tmp_path / "坏.doc"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr
