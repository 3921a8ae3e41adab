"""What a site prints at the article's foot around its own credits: an editor's part on the
source's line, and a box of help lines, app and forum prompts in traditional script (lines
written for the test)."""

from __future__ import annotations

from qsreport.html.tail import trim_tail

BODY = ["青石县召开食品安全工作会议，部署夏季专项检查。",
        "会议通报了上半年全县食品抽检情况，不合格样品较去年同期减少三成。",
        "会议要求各乡镇市场监管所加强对农村集市的巡查，守住不发生系统性风险的底线。"]
TRAD = ["甲市昨日深夜發生一起火警，一名男子受輕傷，經送醫後已無大礙。",
        "消防局表示，起火原因仍待調查，將進一步釐清責任歸屬，並提醒民眾注意用電安全。"]


def test_the_editors_part_of_a_source_line_goes_and_the_credit_stays() -> None:
    """本文来源：某报 责任编辑：某某_AB1234 keeps the publisher's credit, and its author's,
    without the editor's sign; a source line without one stays whole."""
    assert trim_tail([*BODY, "本文来源：乙城晚报 责任编辑：丁某_XY4321"]) == \
        [*BODY, "本文来源：乙城晚报"]
    assert trim_tail([*BODY, "本文来源：乙城晚报 作者：丙某 责任编辑：丁某_XY4321"]) == \
        [*BODY, "本文来源：乙城晚报 作者：丙某"]
    assert trim_tail([*BODY, "本文来源：乙城晚报 作者：丙某"]) == [*BODY, "本文来源：乙城晚报 作者：丙某"]


def test_a_help_line_box_in_traditional_script_is_dropped_with_its_reminder() -> None:
    """A reminder addressed to the reader (某某提醒您…：) and the help lines under it go, in
    either script, and so do an app's download line and a call to the readers' forum."""
    box = ["●《某某新聞網》提醒您，請珍惜自己：", "自殺防治諮詢專線：0800-000111；",
           "生命線協談專線：1111", "張老師專線：2222"]
    assert trim_tail([*TRAD, *box]) == TRAD
    promos = ["下載「某某新聞APP」", "有話要說 投稿「讀者論壇」"]
    assert trim_tail([*TRAD, *box[1:], *promos]) == TRAD
    assert trim_tail([*BODY, "某某网提醒您，请给自己机会：", "心理援助热线：3333"]) == BODY


def test_a_report_line_naming_a_hotline_or_a_reminder_stays() -> None:
    """A report's own last line that names a complaint line or reminds its readers of
    something, told as a sentence, is the report's."""
    lines = [*BODY, "县市场监管局提醒您，购买食品时请索取票据，如有问题可拨打投诉电话。"]
    assert trim_tail(lines) == lines
    lines = [*TRAD, "消防局並呼籲民眾，如發現火警請立即撥打119報案專線。"]
    assert trim_tail(lines) == lines
    lines = [*BODY, "消费者投诉举报专线：12315"]
    assert trim_tail(lines) == lines
