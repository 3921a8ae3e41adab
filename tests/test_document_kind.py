"""What kind of document a text is (meta.document, schema 2). Texts written for the test."""

from __future__ import annotations

from qsreport.jsonable import to_jsonable
from qsreport.pipeline import ParseOptions, parse_bytes

REPORT = ("全市质量工作会议召开\n发布日期：2013-03-02 来源：某某日报\n"
          "今年全市新增中国名牌产品3个、省名牌产品12个，企业参与制定国家标准8项，"
          "全年查处质量违法案件46起，各项工作取得明显成效。\n")


def kind(text: str) -> str:
    return parse_bytes(text.encode(), None).meta.document


def test_a_report_with_figures_is_a_report() -> None:
    assert kind(REPORT) == "report"


def test_a_notice_without_figures_is_a_notice() -> None:
    assert kind("关于开展产品质量监督抽查工作的通知\n各县（市、区）质监局：\n"
                "为加强产品质量监督管理，根据有关规定，决定在全市范围内开展产品质量监督抽查工作。"
                "请各单位高度重视，认真组织实施，按时报送工作情况。\n") == "notice"


def test_a_story_on_another_subject_is_unrelated() -> None:
    assert kind("春季赏花游人如织\n今天上午，城郊的桃花迎来盛花期，不少市民带着家人前来踏青赏花，"
                "公园里欢声笑语，一派热闹景象。园方介绍，今年花期预计持续两周左右。\n") == "unrelated"


def test_a_list_of_links_is_a_listing() -> None:
    links = "\n".join(f"质监动态第{n}期工作简报" for n in range(1, 15))
    assert kind("质监动态\n" + links + "\n") == "listing"


def test_a_story_followed_by_a_column_of_links_is_a_report() -> None:
    """Many short lines after a few long paragraphs are the page's furniture, not a listing."""
    story = ("燃气器具专项检查启动\n为规范燃气器具市场秩序，某某县质监局近日对城区销售门店开展了专项检查，"
             "重点查看产品标识、合格证明和安装说明是否齐全，并向经营者讲解了相关法规要求。\n"
             "检查中个别门店的标识不全，检查组要求其限期改正，"
             "下一步还将组织复查，看改正是否到位，让群众用气更放心。\n")
    titles = ("县局开展计量专项检查", "全县标准化工作会议召开", "名牌培育工作推进会", "电梯安全隐患排查",
              "食品生产许可现场审查", "质量月活动正式启动", "计量器具免费检定服务")
    column = "相关阅读\n更多>>\n" + "\n".join(titles)
    assert kind(story + column + "\n") == "report"
    # (the same column alone, long enough to be read, is a listing: the rule above is what tells
    # the two apart)
    assert kind("质监动态\n" + column + "\n") == "listing"


def test_a_few_words_are_too_short() -> None:
    assert kind("质监局简讯\n会议召开。\n") == "too_short"


def test_schema_1_is_written_without_it() -> None:
    report = parse_bytes(REPORT.encode(), None, ParseOptions(schema="1"))
    assert "document" not in to_jsonable(report)["meta"]
