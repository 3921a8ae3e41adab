"""The foot of a column's article: the author's note granting the article to the site (本文为
某某授权某网《某栏目》专栏发布) is the article's credit and stays, whatever reprint notice its line
goes on with; a site's own reprint notice still goes (lines written for the test)."""

from __future__ import annotations

from qsreport.html.tail import is_tail_furniture, trim_tail

BODY = ["白沙县的小家电企业今年接连吃到抽查的苦头，问题多出在标识和说明书上。",
        "说到底，企业要把质量当成生意的根本，而不是应付检查的门面功夫。"]


def test_an_author_s_grant_of_the_article_stays_at_its_foot() -> None:
    """本文为某某（独家）授权某网《某栏目》（专栏）发布 names the author and where the article was
    published: kept, the reprint notice and disclaimer on its line with it."""
    for note in ("本文为林一舟授权白沙财经网《观潮》发布，转载请注明出处。本文仅为作者观点，不代表本网立场。",
                 "本文为林一舟独家授权白沙财经网《观潮》专栏发布，转载请注明出处（否则请勿转载）。",
                 "此文系林一舟授权白沙新闻网首发。"):
        assert trim_tail([*BODY, note]) == [*BODY, note], note
        assert not is_tail_furniture(note)


def test_a_site_s_reprint_notice_is_still_furniture() -> None:
    """A notice that forbids reprinting without leave, or asks for the source, grants nothing:
    dropped at the foot, as before."""
    for notice in ("本文为白沙财经网原创，未经授权不得转载。", "本文由白沙财经网编辑部整理，转载请注明出处。",
                   "本文为白沙财经网原创作品未经授权禁止转载发布"):
        assert trim_tail([*BODY, notice]) == BODY, notice
