"""The foot of a column's article: the author's note granting the article to the site (本文为
某某授权某网《某栏目》专栏发布) is the article's credit and stays, whatever reprint notice its line
goes on with; a site's own reprint notice still goes (lines written for the test)."""

from __future__ import annotations

from qsreport.html.tail import is_tail_furniture, trim_tail

BODY = ["丙县的小家电企业今年接连吃到抽查的苦头，问题多出在标识和说明书上。",
        "说到底，企业要把质量当成生意的根本，而不是应付检查的门面功夫。"]


def test_an_author_s_grant_of_the_article_stays_at_its_foot() -> None:
    """本文为某某（独家）授权某网《某栏目》（专栏）发布 names the author and where the article was
    published: kept, the reprint notice and disclaimer on its line with it."""
    for note in ("本文系周晓川授权某某评论网《市井观察》栏目刊发，如需转载请注明作者。文中看法属作者个人，与本站无关。",
                 "该文由周晓川独家授权某某评论网《市井观察》专栏首发，转载请务必注明来源，违者追究责任。",
                 "此文为周晓川授权丙城新闻网发表。"):
        assert trim_tail([*BODY, note]) == [*BODY, note], note
        assert not is_tail_furniture(note)


def test_a_site_s_reprint_notice_is_still_furniture() -> None:
    """A notice that forbids reprinting without leave, or asks for the source, grants nothing:
    dropped at the foot, as before."""
    for notice in ("本文系某某评论网原创稿件，未经本站书面许可不得转载。", "本文由某某评论网编辑整理，如需转载须注明来源。",
                   "本文为某某评论网原创作品未经同意禁止转载使用"):
        assert trim_tail([*BODY, notice]) == BODY, notice
