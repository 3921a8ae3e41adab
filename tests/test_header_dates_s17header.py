"""A report's date where a site's stamp stands above the story's own (seventeenth session): a
reposted story's dateline with its year, a site's filing time, a forum post's stamp."""

from __future__ import annotations

from qsreport import parse


def meta_of(text: str) -> tuple[str | None, str | None]:
    meta = parse(text.encode("utf-8")).meta
    return meta.date, meta.region


# A reposted story's dateline with its year is its date, not the repost's later publish line.

def test_a_dateline_with_its_year_under_a_reposts_stamp() -> None:
    text = ("明年将修订一批轻工产品标准\n"
            "2016-08-09 10:20:11\n"
            "admin\n"
            "88\n"
            "据某某网北京2012年4月3日讯 记者从有关部门获悉，今年将制修订轻工行业标准600项。\n")
    assert meta_of(text)[0] == "2012-04-03"


def test_a_papers_dateline_with_its_year_under_a_later_publish_line() -> None:
    text = ("电梯维保质量抽查结果公布\n"
            "发稿时间：2020-02-21 来源：某某资讯\n"
            "某某晚报2018年11月20日讯 市质监局昨日公布电梯维保质量抽查结果，共抽查维保单位36家。\n")
    assert meta_of(text)[0] == "2018-11-20"


# A site's filing time and a forum post's stamp give way to the story's own publish line.

def test_a_filing_time_above_the_storys_own_time() -> None:
    text = ("某县信息公开\n"
            "位置：首页 > 县内动态\n"
            "归档时间:2023-12-31\n"
            "某县启动春季农资质量检查\n"
            "时间:2019-04-08 09:12:30 来源:本站原创\n"
            "春耕前后，执法人员走访农资经营户86户。\n")
    assert meta_of(text)[0] == "2019-04-08"


def test_a_forum_posts_stamp_above_the_reposted_storys_line() -> None:
    text = ("某某茶通过地理标志产品审查\n"
            "发表于 2011-6-9 20:05:10 | 只看该作者 |阅读模式\n"
            "某某新闻2011年06月07日来源:某某日报\n"
            "市质监局近日透露，某某茶的保护申请已过审。\n")
    assert meta_of(text)[0] == "2011-06-07"


# A city paper's story filed from a place outside its city (本报乙地讯) is that place's.

def test_a_city_papers_story_filed_from_a_county_level_city_elsewhere() -> None:
    text = ("某某柚列入地理标志产品保护名录\n"
            "2010年05月12日 来源:杭州日报\n"
            "本报义乌讯 义乌市政府透露，该市申报的某某柚近日列入地理标志产品的保护名录。\n")
    assert meta_of(text)[1] == "义乌市"


def test_another_papers_story_filed_from_a_county_elsewhere() -> None:
    text = ("县质监局开展电梯安全检查\n"
            "2014年09月02日 来源:南京日报\n"
            "本报江阴讯 近日，江阴市质监局对该市在用电梯开展安全检查，共检查电梯120台。\n")
    assert meta_of(text)[1] == "江阴市"


# The page's own list of stories, below the article, gives the undated report's day.

def test_the_pages_list_gives_the_story_under_its_headline() -> None:
    text = ("某省吊销一批逾期未换证企业的许可证\n"
            "记者近日从省质监局了解到，该局对到期未换证的120家企业的许可证予以注销。\n"
            "注销后仍继续生产的，将依法查处。\n"
            "- 2013-09-16某省吊销一批逾期未换证企业的许可证\n"
            "- 2013-09-12某市开展电梯安全检查\n")
    assert meta_of(text)[0] == "2013-09-16"


def test_the_pages_list_with_the_day_before_the_headline_and_more_after() -> None:
    text = ("全市电动自行车抽检结果公布\n"
            "本报讯 市市场监管局昨日公布电动自行车抽检结果，共抽检58批次，其中53批次合格。\n"
            "2021-08-05 全市电动自行车抽检结果公布 第3版 要闻\n")
    assert meta_of(text)[0] == "2021-08-05"
