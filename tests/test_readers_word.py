""".docx details: which runs of a paragraph are text, which part is the document, and the
macro-enabled and template variants Word also writes."""

from __future__ import annotations

import io
import zipfile

import pytest

from qsreport.readers import read, sniff

from .test_readers import document, fixtures

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def repackaged(data: bytes, replace: dict[str, bytes | None], rename: dict[str, str] | None = None,
               patch: dict[str, tuple[bytes, bytes]] | None = None) -> bytes:
    """``data`` (a .docx) with parts replaced (None drops one), renamed or patched."""
    rename, patch = rename or {}, patch or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = replace.get(info.filename, source.read(info))
            if body is None:
                continue
            if info.filename in patch:
                body = body.replace(*patch[info.filename])
            target.writestr(rename.get(info.filename, info.filename), body)
    return out.getvalue()


def with_body(paragraphs: str) -> bytes:
    """The plain seed .docx whose body is ``paragraphs`` (WordprocessingML, w: prefix)."""
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}">'
           f"<w:body>{paragraphs}<w:sectPr/></w:body></w:document>").encode()
    return repackaged(document("seed-plain.docx"), {"word/document.xml": xml})


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def test_runs_inside_tags_controls_and_insertions_are_text() -> None:
    """Runs in smart tags (Word 2003 wrapped dates in them), hyperlinks, tracked insertions,
    content controls and simple fields are read; deleted runs and field codes are not."""
    body = ("<w:p>"
            f"{run('今年')}<w:smartTag w:element='date'>{run('3月30日')}</w:smartTag>"
            f"<w:hyperlink>{run('新增')}</w:hyperlink>"
            f"<w:del><w:r><w:delText>删去的</w:delText></w:r></w:del>"
            f"<w:ins>{run('中国名牌产品')}</w:ins>"
            f"<w:sdt><w:sdtContent>{run('3')}</w:sdtContent></w:sdt>"
            f"<w:fldSimple w:instr='QUOTE'>{run('个')}</w:fldSimple>"
            "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
            "<w:r><w:instrText> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
            f"{run('。')}<w:r><w:fldChar w:fldCharType='end'/></w:r>"
            "</w:p>")
    assert read(with_body(body), "docx").text == "今年3月30日新增中国名牌产品3个。"


def test_phonetic_guides_give_their_characters_not_their_pinyin() -> None:
    """Word's 拼音指南 (w:ruby) keeps the characters and leaves the pinyin above them out."""
    ruby = ("<w:r><w:ruby><w:rubyPr/><w:rt>{}</w:rt><w:rubyBase>{}</w:rubyBase></w:ruby></w:r>")
    body = f"<w:p>{run('全市')}{ruby.format(run('zhì'), run('质'))}{run('量工作')}</w:p>"
    assert read(with_body(body), "docx").text == "全市质量工作"


def test_text_boxes_breaks_and_block_controls() -> None:
    """A text box's paragraphs stay out (they float beside the text); a line break is a line
    end and a tab a tab; paragraphs inside block-level content controls are read."""
    text_box = (f"<w:r><w:pict><w:txbxContent><w:p>{run('框里的字')}</w:p></w:txbxContent>"
                "</w:pict></w:r>")
    body = (f"<w:p>{run('第一行')}<w:r><w:br/><w:t>第二行</w:t><w:tab/><w:t>表</w:t></w:r>"
            f"{text_box}</w:p>"
            f"<w:sdt><w:sdtContent><w:p>{run('控件里的段落')}</w:p></w:sdtContent></w:sdt>")
    result = read(with_body(body), "docx")
    assert result.text == "第一行\n第二行\t表\n控件里的段落"
    assert result.dropped == {"images": 1}


def test_table_rows_inside_content_controls_are_rows() -> None:
    """A row wrapped in a row-level content control is still a line of the table."""
    cell = "<w:tc><w:p>{}</w:p></w:tc>"
    body = ("<w:tbl><w:tr>" + cell.format(run("类别")) + cell.format(run("数量")) + "</w:tr>"
            "<w:sdt><w:sdtContent><w:tr>" + cell.format(run("中国名牌产品"))
            + cell.format(run("22")) + "</w:tr></w:sdtContent></w:sdt></w:tbl>")
    assert read(with_body(body), "docx").text == "类别\t数量\n中国名牌产品\t22"


@pytest.mark.parametrize(("suffix", "content_type"), [
    ("docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ("dotx", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"),
    ("dotm", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml"),
])
def test_macro_enabled_documents_and_templates_are_read(suffix: str, content_type: str) -> None:
    """.docm, .dotx and .dotm differ from .docx only in the main part's content type: each
    gives the seed's text (python-docx's Document() refuses them)."""
    data = repackaged(document("seed-plain.docx"), {}, patch={
        "[Content_Types].xml": (MAIN_TYPE.encode(), content_type.encode())})
    assert sniff(data, f"report.{suffix}") == "docx"
    assert read(data, "docx").text == fixtures().SEED.read_text(encoding="utf-8")


def test_the_main_part_is_the_one_the_relationships_name() -> None:
    """A package whose main part is not word/document.xml is read from the part its
    _rels/.rels names as the office document."""
    data = repackaged(document("seed-plain.docx"), {}, rename={"word/document.xml": "word/main.xml"},
                      patch={"_rels/.rels": (b"word/document.xml", b"word/main.xml"),
                             "[Content_Types].xml": (b"/word/document.xml", b"/word/main.xml")})
    assert sniff(data, "report.docx") == "docx"
    assert read(data, "docx").text == fixtures().SEED.read_text(encoding="utf-8")
