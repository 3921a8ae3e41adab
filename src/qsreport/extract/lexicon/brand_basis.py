"""The words of a brand count's basis: whether a figure counts a year's new awards (新增,
荣获), the holders of a title (累计, 现有; a sentence dated as a stock, 截至…底), or titles
renewed (复评, 延续认定) (read by :mod:`..brands_counts_basis` and :mod:`..brands_standing`)."""

from __future__ import annotations

from ... import regex_cache as rx
from ...regex_prefilter import compile_fast

# 最新 of a list (最新认定, 最新一批), not of the news or figures told (据最新统计, 最新数据显示)
LATEST = r"最新(?!统计|数据|消息|资料|情况|了解|报道|调查)"
# Words before a figure that make it a stock, or a year's new awards. The nearest one wins.
BASIS_WORDS: tuple[tuple[str, str], ...] = (
    (rf"新增|新获|新添|新认定|新评|新晋|{LATEST}|今年获得|今年有|本年度|荣获|被评为|评为|入选|获评|获得|获|"
     r"认定为|被认定|上榜|捧得|摘得|斩获|跻身|命名|荣膺|荣登|喜获|被授予|公布|确定|确认|"
     r"此次|本次|这次", "added"),
    (r"现有|拥有|累计|总数|总计|共有|共计|一共|已有|已达|达到|目前|至今|全市有|全省有|合计|增至|"
     r"增加到|增长到|上升到", "total"),
)
BASIS_WORD = compile_fast("|".join(f"(?P<{basis}>{p})" for p, basis in BASIS_WORDS))
# A stock: how many hold the title (累计, 获得过), not how many won it this time.
STOCK = rx.compile(r"累计|总数|总量|至今|已有|现有|已拥有|获得过|获过|已经?(?:注册|登记)")
# 截至2005年底，…荣获…70件; 目前，全市已获得…: a sentence dated as a stock counts holders,
# not new winners (and so does a 其中 sentence after it).
# (评价工作开展12年来, 多年来, 2001年以来: a span of years up to now)
STOCK_DATE = compile_fast(
    r"(?:截至|截止|到)(?:\d{4}年)?[^，,。；;]{0,6}?(?:底|末|目前|为止)|迄今(?:为止)?|至今|目前"
    r"|(?:截至|截止)\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"  # 截至2006年6月30日: a day
    r"|(?:截至|截止)\s*\d{4}\s*年度"  # 截至2015年度: the year's close
    r"|(?<![\d今])(?:\d{1,2}|[一二三四五六七八九十两]+|多|几)年(?:来|以来)|历年来|\d{4}年以来"
    r"|近(?:几|些)?年(?:来|以来)"  # 近年来，某市共获得…14个: the holders these years gave
    r"|至此"  # 至此，全省共有…: the stock after the year's awards
    r"|(?:截至|截止)\s*\d{4}\s*年(?=\s*[，,])"  # 截至2009年，某市…: as of that year, bare
    # ... and so does 至 or 到 opening its sentence on a year (至2007年，全区有…: the holders then)
    r"|(?<![^\s。！!？?；;，,：:])(?:至|到)\s*\d{4}\s*年(?=\s*[，,])"
)
# ... unless a word of a year's awards stands between the date and the number (a year, too:
# 目前，…2012年度名单中，我市12个产品入选).
STOCK_UNDONE = compile_fast(r"新增|新获|新认定|新评|新命名|今年|本年|此次|本次|这次|首次|去年|上年|当年|"
                            rf"本届|本批|新一批|揭晓|刚刚|近日|日前|{LATEST}|评选中|年内|上半年|下半年|"
                            # (比2009年增长11%: the year a change is measured from, not a year of awards;
                            # 到2030年甲省共有…: the date a stock is told at, as 到2030年底 is)
                            r"全年|(?<!比)(?<!较)(?<![到至止])\d{4}年(?!底|末|以来)")
# 通过复评的…415个, 8个产品被重新认定为…: titles renewed, neither new ones nor the stock
# (复查认定: a title checked again and kept)
RENEWED = rx.compile(r"复评|复审|复查(?:认定|确认)|重新(?:确认|认定|评定)|再次(?:确认|认定)|换证")
# A count's basis, beside the words above: 等6件商标延续认定为… (a title's term extended) is
# renewed, neither new nor the stock (read after a count only).
RENEWED_TOO = rx.compile(r"延续认定|延续确认|继续认定")
# 全年新创某省名牌4个, 评选了53个…, 遴选产生180家… (newly won, selected) are new, where no
# other word gave a basis; so is a verb of entering a list between the count and the title
# (甲市27项产品上榜首批…, 5个产品入选…, 3个产品名列…).
# (评定选出, 从中选出: chosen from the candidates, as 评选出)
# (又有5个产品获…, …等5个产品加入…的行列: more holders, new ones)
NEW_TOO = rx.compile(r"新创|新争创|新培育|评选了|评选出|评出|(?<![挑精])选出|遴选(?:产生|出)|评选产生|上榜|入选|荣登|名列|"
                     r"又有|(?:加入|迈入|步入|跨入)")
# An authority's grant in a count's clause (某局批准…等8个产品实施…保护, 核准注册…商标40件,
# 6个产品予以…认定, 4个产品获批…, 通过…审批): this time's new holders, where no other word gave
# a basis. (Not 申请/拟: what is asked or proposed grants nothing; 已/累计 speak first.)
GRANTED = rx.compile(r"(?<!申请)(?<!报请)(?<!提请)(?<!拟)(?:批准|核准|获批|获准|准予|予以|正式授予|"
                     r"通过[^，,。；;]{0,6}?(?:审批|审核|审定|核准|批准))")
# ... and such a verb right after the title a count names (11个某某品牌上榜, 6个产品入选):
# the new entries of the list, where no word before the number gave a basis.
LISTED_AFTER = rx.compile(r"[”」\"]?(?:名单|榜单|目录)?(?:上榜|入选|榜上有名|荣登)")
# 已获得…5个, 5个产品已获得…: titles held, not a year's new ones (unless its sentence says
# otherwise: 2010年已获得…, 今年已获得…). A place's titles grown over the years (共培育…4件,
# 先后培育了A等7个) are held too: 培育 with 共, 累计, 先后 or 了 (not 新培育, nor 培育对象, a goal).
HELD = compile_fast(r"已经?(?:获得|获|培育|拥有)|(?:共|累计|先后|相继)培育(?:了|出)?|(?<!新)培育(?:了|出了)")
# A part in brackets after a total (…总数达到300个（含今年新认定25个）): new awards of its own
# words, or titles held no more (（含已过期未续展的8件）: no count of holders).
BRACKET_NEW = rx.compile(r"新增|新获|新认定|新评|新命名|今年|本年|当年|此次|本次|这次|首次")
# ... or held, in a wider place's count in brackets (…新增12个（全国共有30个）): the stock.
BRACKET_HELD = rx.compile(r"共有|累计|现有|总数|共计|已有")
BRACKET_LAPSED = rx.compile(r"过期|失效|撤销|到期|未续|注销|取消|摘牌")
