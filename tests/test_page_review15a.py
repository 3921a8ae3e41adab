"""Near misses of session 15's page rules (review A): a dated news caption in brackets is no
enacted text's note, and a gallery's counter or a stale copyright year dates no timeline entry.
Pages written for the test."""

from __future__ import annotations

import pytest

from .page_helpers import page, read

_BODY = ("<p>据了解，此次检查重点针对商场内销售的电动自行车、充电器和头盔等产品，共检查经营户"
         "二十余家，现场抽取样品十二批次送检，对发现的问题已责令经营者限期整改到位。</p>")


@pytest.mark.parametrize("caption", [
    "（2022年5月6日，丙县市场监管局的执法队员在县城某某商场开展检查，检查结果将于近期向社会公布）",
    "（2022年5月6日，丙县市场监管局召开局务会议，会议审议通过了年度工作要点）",
    "（2022年5月6日，执法人员在某某超市检查，有关情况随后发布）",
])
def test_a_dated_news_caption_is_no_enactment_note_and_the_meta_date_stays(caption: str) -> None:
    """A news photo's caption that opens on a date and ends on 公布 (or holds 审议通过 mid-way)
    under a news headline dates nothing: the page's <meta> date stands."""
    _, head = read(page(
        "<title>丙县开展电动自行车专项抽查 - 丙县市场监管局</title>"
        "<meta name='pubdate' content='2022-05-10'>",
        f"<div class='article'><h1>丙县开展电动自行车专项抽查</h1><p>{caption}</p>{_BODY}</div>"))
    assert head.date == "2022-05-10"
