"""Markup a page keeps as text in the article's block (a hidden textarea holding a gallery's
list) is no line of the report. Pages written for the test."""

from __future__ import annotations

from qsreport.html.astext import drop_markup_lines

from .page_helpers import page, read

TEXT = ["青石县今年新修水渠十二公里，灌溉面积扩大到三万亩。",
        "县水利局表示，明年还将改造老旧泵站八座，让更多农田旱涝保收。"]
GALLERY = ('<li> <a href="#p=QS001" hidefocus="true"><img data-id="101" '
           'src="http://img.example/qs/1.jpg" alt="水渠"></a></li>')


def test_a_line_of_tags_held_as_text_is_dropped() -> None:
    assert drop_markup_lines([TEXT[0], GALLERY, TEXT[1]]) == TEXT


def test_lines_that_only_mention_a_tag_stay() -> None:
    """A report's line naming an angle-bracketed word, or one tag alone, is kept."""
    lines = [*TEXT, "<水渠建设简报>第三期已印发各乡镇。", "<br>"]
    assert drop_markup_lines(lines) == lines


def test_a_hidden_textarea_s_gallery_is_left_out_of_the_page_text() -> None:
    held = GALLERY.replace("<", "&lt;").replace(">", "&gt;")
    markup = page("<title>水渠修到田边</title>",
                  f"<div class='content'><h1>水渠修到田边</h1><p>{TEXT[0]}</p>"
                  f"<div class='gallery'><textarea class='hidden'>{held}</textarea></div>"
                  f"<p>{TEXT[1]}</p></div>")
    lines, _ = read(markup)
    assert lines == ["水渠修到田边", *TEXT]
