"""A page's stamp in figures read in the shapes the stamp reader once missed: after the dots of
a public account's mirror, in a byline's brackets with the reporter's name, and below a clock
labelled with the place whose time it keeps (which is no publish line)."""

from __future__ import annotations

from qsreport import parse
from qsreport.segmenting.header_dates import stamp_date


def meta_of(text: str):  # type: ignore[no-untyped-def]
    return parse(text.encode("utf-8")).meta


def test_a_stamp_after_an_accounts_dotted_labels_dates_the_page() -> None:
    """某局 · 公众号 · · 2031-04-02 09:15 on its own line under the headline is the page's stamp."""
    text = ("栏目名称: 某县市场监督管理局\n"
            "发布某县市场监督管理局工作动态,政策法规,办事指南等服务。\n"
            "目录\n\n"
            "某所开展眼镜店计量检查\n\n"
            "某县市场监督管理局  · 公众号  ·  · 2031-04-02 09:15\n\n"
            "正文\n\n"
            "近日，某所对辖区眼镜店开展计量检查，共检查眼镜店7家，检定验光仪器15台。\n"
            "检查中，执法人员查看了验光仪器的检定证书和使用记录，对2家未按期送检的店铺当场责令整改。\n"
            "下一步，某所将继续加强对眼镜、珠宝等行业的计量监督，维护消费者的合法权益。\n")
    assert meta_of(text).date == "2031-04-02"


def test_a_dated_byline_in_brackets_dates_a_short_story_below_it() -> None:
    """【2030/5/6 記者 某某】 after a short story's lead, in either script, is the story's day."""
    text = ("乙市抽樣12件電熱水壺 2件標示有誤\n"
            "乙市檢驗單位日前於賣場購買12件電熱水壺送驗，其中2件標示有誤，已通知廠商下架改善。"
            "檢驗單位提醒消費者購買前確認產品標示。\n"
            "【2030/5/6 記者 某某】\n")
    assert meta_of(text).date == "2030-05-06"


def test_brackets_with_a_date_and_no_reporter_are_no_byline() -> None:
    """【2030/5/6 某某活动】 names an event, not the story's reporter: it dates nothing here."""
    text = ("乙市抽样12件电热水壶 2件标示有误\n"
            "乙市检验单位日前于卖场购买12件电热水壶送验，其中2件标示有误，已通知厂商下架改善。"
            "检验单位提醒消费者购买前确认产品标示。\n"
            "【2030/5/6 家电安全宣传周】\n")
    assert meta_of(text).date is None


def test_a_clock_labelled_with_its_places_time_gives_way_to_the_story_stamp() -> None:
    """香港时间:2029年3月4日 星期一 10:20 is the site's clock; the stamp under the headline
    (08:30 2028/11/12) dates the story."""
    text = ("• 12°C\n"
            "香港時間:2029年3月4日 星期一 10:20\n\n"
            "某署抽查商鋪 查出18件可能不安全的電暖爐\n\n"
            "08:30 2028/11/12\n\n"
            "某署上月抽查商鋪，要求3間店鋪停售18件可能不安全的電暖爐。\n")
    assert meta_of(text).date == "2028-11-12"


def test_a_labelled_publish_time_with_its_weekday_is_still_the_publish_date() -> None:
    """发布时间：… 星期一 10:20 labels the publish time, not a place's clock: it dates the page."""
    text = ("某市抽查电动车头盔 合格率九成\n\n"
            "发布时间：2029年3月4日 星期一 10:20\n\n"
            "某市市场监管局近日抽查电动车头盔40批次，合格36批次。\n")
    assert meta_of(text).date == "2029-03-04"


def test_stamps_of_a_list_after_dotted_labels_are_no_page_stamp() -> None:
    """Two stamps after dotted labels a line apart are a list's items, not the page's stamp."""
    view = ("某所开展眼镜店计量检查\n\n"
            "某县市场监督管理局 · 公众号 · 2031-04-02 09:15\n"
            "某县市场监督管理局 · 公众号 · 2031-03-28 17:40\n\n"
            "近日，某所对辖区眼镜店开展计量检查，共检查眼镜店7家，检定验光仪器15台。\n")
    assert stamp_date(view) is None
    assert stamp_date(view.replace("\n某县市场监督管理局 · 公众号 · 2031-03-28 17:40", "")) == "2031-04-02"


def test_a_story_under_hong_kongs_consumer_goods_ordinance_is_hong_kongs() -> None:
    """A story that cites 《消費品安全條例》 and names no mainland place is Hong Kong's."""
    text = ("某部門抽查文具店 帶走40件玩具\n\n"
            "某部門上月於數個地區抽查文具店，帶走40件可能有危險的玩具送驗。"
            "《消費品安全條例》規定，出售不安全的玩具可被檢控。\n")
    assert meta_of(text).region == "香港"
