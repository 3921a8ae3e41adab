"""Brand titles as rows, each with its category key (the first row that matches at a place
wins), and the place names a title may start with."""

from __future__ import annotations

import re
import zlib

from ... import regex_cache
from ...places import ELSEWHERE, PROVINCES, ZHEJIANG
from ...places.gazetteer import ROWS as GAZETTEER_ROWS


def _names(names: list[str]) -> str:
    """The alternation of ``names`` (tried in this order), with a lookahead for their first
    characters in front: a title's place name is optional, so without it the engine tried
    each of hundreds of names in turn at every place a title was looked for. The names are
    grouped by their first character (南(?:京|宁|…)), each group's in their order: where a
    name begins, the engine tries that group's names alone, not the hundreds of others, which
    cannot begin there. The same matches: a name can only begin where its first character
    stands, and those that can are tried in the same order."""
    firsts = "".join(sorted({re.escape(name[0]) for name in names}))
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    grouped = "|".join(f"{re.escape(first)}(?:{'|'.join(rest)})" for first, rest in groups.items())
    return f"(?:(?=[{firsts}])(?:{grouped}))"


PROVINCE_NAMES = _names(sorted(PROVINCES, key=len, reverse=True))
CITY_NAMES = _names(sorted(ZHEJIANG + ELSEWHERE, key=len, reverse=True))
# Every prefecture's short name (连云港, 锦州), for a city's own brand title: 某市名牌产品.
# Longest first, then in code-point order: a set's order changes from run to run, and a
# pattern that changes is compiled afresh each run and never found in the start-up cache.
# The alternation is kept in the start-up cache: picking the prefectures from the
# gazetteer's 3,500 rows took ~2 ms of every start.
PREFECTURE_NAMES: str = regex_cache.derived(
    "prefectures", f"{zlib.crc32(GAZETTEER_ROWS.encode()):08x}-{len(GAZETTEER_ROWS)}", 0,
    lambda: _names(sorted({row.split("|")[1] for row in GAZETTEER_ROWS.splitlines()
                           if row.count("|") >= 2 and row.split("|")[2] == "prefecture"},
                          key=lambda name: (-len(name), name))), __file__)

# Words before 老字号 in quotation marks that praise a firm (百年, 知名), no place's nickname
NICKNAME_NOT_A_PLACE = r"(?:百年|千年|数百年|知名|著名|老牌|传统|正宗|地道|金字|真正|名副其实)"

OTHER_HONOUR = "other_honour"  # the key of the rows below that name honours, not brands
PLACE_HONOUR = "place_honour"  # ... and of those a place can hold (a demonstration zone)
# A places' title's other level, in brackets after its place word (质量兴市（县）: a city's or
# a county's)
_OTHER_LEVEL = r"(?:[（(](?:市|县|区|省)[)）])?"

BRAND_CATEGORIES: tuple[tuple[str, str], ...] = (
    (r"中国世界名牌(?:产品)?", "other"),
    (r"中国名牌(?:产品)?|国家级名牌产品", "china_top_brand"),
    (r"(?:中国)?驰名商标", "china_well_known_trademark"),
    (r"(?:国家)?免检(?:产品|资格)|国家免检", "inspection_exempt"),
    (r"(?:国家)?地理标志(?:保护)?产品保护(?:省级|国家级)?示范区", PLACE_HONOUR),  # a county's zone
    # (地理标志农产品 and 地理标志注册商标: the farm ministry's and the trademark office's
    # forms of the title, counted with the protected products)
    # (not the mark on the goods, 地理标志产品专用标志: its users are the certification
    # area's, 核准8家企业使用…专用标志, no protected product)
    (r"(?:国家)?(?:地理标志(?:永久)?(?:保护)?(?:农)?产品|原产地域保护产品|地理标志(?:证明|注册)?商标)(?!专用标志)",
     "geographical_indication"),
    # The register's own words for the title won: its certification, its certificate and its
    # registered protection (获得农产品地理标志认证, 获颁…登记证书, 获得…地理标志登记保护); not
    # a body, a piece of work or a rule named after it (…认证评审组, …认证工作).
    (r"(?:国家)?(?:农产品)?地理标志(?:产品)?(?:登记)?(?:认证|证书|登记保护)"
     r"(?!专家|委员会|评审|审查|工作|管理|办法|制度|申报|申请|程序|条件|资料|材料)",
     "geographical_indication"),
    # The same titles in the registers' other words, counted by the number right after them as
    # the rounds' readers count them: the farm ministry's register (已登记农产品地理标志共90个,
    # 地理标志登记5个), the bare 地理标志 a stock counts (累计地理标志60个, 已经注册的地理标志有
    # 20个), and the mark shortened (已注册地理商标30个); a bare 地理标志 with no number after
    # it names no title (地理标志主体培育, 地理标志使用管理办法).
    (r"(?:国家)?(?:(?:农产品)?地理标志(?:登记)?|地理商标)"
     r"(?=\s*(?:有|共有|共|总数|达到?|累计)?\s*[\d一二三四五六七八九十两])",
     "geographical_indication"),
    # 获得国家地理标志保护 (without 产品): the protection won (or held: 受…保护) is the title.
    (r"(?:(?<=获得)|(?<=获得了)|(?<=获)|(?<=获准)|(?<=实施)|(?<=实施了)|(?<=受))"
     r"(?:国家)?(?:地理标志|原产地域)保护", "geographical_indication"),
    (rf"(?:{PROVINCE_NAMES}省?|省级?)?区域性?(?:国际)?(?:名牌|品牌)(?:产品)?", "regional_brand"),
    # (天津市著名商标: a city that is a province's peer gives a province's trademark title)
    (r"(?:北京|上海|天津|重庆)市?著名商标", "provincial_famous_trademark"),
    # (a city's trademark titles: 某市知名商标, 某市名牌商标, 市知名商标)
    # (市闻名商标: how some texts misspell 市著名商标)
    # 32件商标获工商部门认定: marks recognised at some level the sentence does not name
    # (the clause ends after 认定: not 认定为 a title; titles are looked for a few characters
    # past their anchor, 商标, so the lookahead stays short)
    (r"(?<=[\d一二三四五六七八九十两]件)商标(?=(?:获得?|被)[^，,。；;\d]{0,9}?认定[，,。；;])", "other"),
    # (an autonomous prefecture's: 某州知名商标, 州著名商标)
    (rf"{CITY_NAMES}市?(?:著名|知名|名牌|闻名)商标|{PREFECTURE_NAMES}[市州]?(?:著名|知名|名牌|闻名)商标|"
     # (市级著名商标: the level word after the city's)
     r"[市州]级?(?:著名|知名|闻名)商标", "other"),
    # 知名商标 alone: the level below a province's 著名商标 (a city's or a league's), counted
    # beside it in a region's tally of its marks
    (r"(?<![驰著])知名商标", "other"),
    (rf"(?:{PROVINCE_NAMES}省?|省级?|自治区级?)著名商标|(?<![市县区级])著名商标",
     "provincial_famous_trademark"),
    # 省工业类名牌产品, 省农业类名牌产品: a province's title by sector; 自治区名牌: a region's
    # (省级名牌产品: the level word after 省)
    (rf"(?:服务业)?(?:{PROVINCE_NAMES}省?|省级?|自治区级?)(?:服务业?|工业|农业)?类?名牌(?:产品)?",
     "provincial_brand"),
    # 广西服务业品牌, 省级品牌产品: a province's brand title under 品牌 (区域品牌 is matched above)
    (rf"(?:{PROVINCE_NAMES}省?|省|自治区)服务业?品牌|省级品牌产品", "provincial_brand"),
    # 湖南名品, 首届某省名品: a province's list of its best products, under another word
    # than 名牌: one of the provinces' best-products lists, other (as 天府名品 below)
    (rf"(?:首届|第[一二三四五六七八九十\d]+届)?(?:{PROVINCE_NAMES}省?)名品", "other"),
    # “某省产品”称号: a province's product title under its own name (a renamed 名牌产品)
    (rf"(?<=[“「]){PROVINCE_NAMES}省?产品(?=[”」]称号)", "provincial_brand"),
    # 上海名牌: a city that is a province's peer awards a provincial title
    (r"(?:北京|上海|天津|重庆)市?名牌(?:产品)?", "provincial_brand"),
    # (全市名牌产品: the city's brand products of every level, not its own title)
    (rf"{CITY_NAMES}市?名牌(?:产品)?|{PREFECTURE_NAMES}市?名牌(?:产品)?|(?<!全)市(?:级)?(?:服务业?)?名牌(?:产品)?",
     "municipal_brand"),
    (r"(?<=全市)名牌产品", "other"),
    # Export brands, a commerce department's titles (某省出口名牌, 某市出口名牌, 某省外经贸厅
    # 重点培育和发展的出口名牌, 某省重点培育和发展的国际知名品牌): counted with the brands as other
    (rf"(?:(?:{PROVINCE_NAMES}省?|{CITY_NAMES}市?|{PREFECTURE_NAMES}市?|省级?|市级?)"
     r"(?:[^\W\d_a-zA-Z]{1,6}?厅)?)?(?:重点(?:培育和发展|扶持|培育)的)?(?:出口名牌|国际知名品牌)(?:产品)?",
     "other"),
    # 老字号: the nation's (中华), a province's, a city's (某市老字号, 市级老字号) and those
    # of several levels counted together (省级以上老字号)
    (rf"(?:国家)?出口免验(?:产品)?|中国出口名牌|(?:中华|{PROVINCE_NAMES}省?|{CITY_NAMES}市?|{PREFECTURE_NAMES}市?"
     r"|(?:省|市)级(?:以上)?)老字号|知名商号", "other"),
    # (a place's own 老字号 named by its nickname, in quotation marks: “三秦老字号”, “某都老字号”)
    # (not a word that only praises a firm as old or known: 是一家“百年老字号”)
    (rf"(?<=[“「])(?!{NICKNAME_NOT_A_PLACE})[^\W\d_a-zA-Z]{{2,3}}老字号(?=[”」])", "other"),
    # 某省名优农产品: a province's farm-produce title, counted with the brands as other.
    (rf"{PROVINCE_NAMES}省?名优农产品", "other"),
    # 河南省优质产品: a province's title for its good products (older than its brand title);
    # 名优产品: the best products of a place, counted as other (not 保护名优产品: a fight
    # against fakes that copy them; nor 名优产品展示台, 名优产品推介: a show, not a title)
    # 某省优质某某生产示范区: a province's zone where one good product is made, named for
    # its product (a place's title: before 优质产品, which it would otherwise start with)
    (rf"{PROVINCE_NAMES}省?优质[^\W\d_a-zA-Z]{{1,12}}?生产示范区", PLACE_HONOUR),
    (rf"{PROVINCE_NAMES}省?优质产品", "other"),
    (r"(?<!保护)(?<!保)(?<!扶持)名优产品(?![展推宣专博])", "other"),
    # 省级以上名牌名标: brands and trademarks of several kinds counted together.
    (r"(?:省级以上|市级以上|省级|市级)?名牌名标", "other"),
    # Honours that are not brands: a quality award, a 质量兴市 title, a demonstration
    # project or zone, an advanced unit. Their winners are honours of category other; a
    # number of them is never a brand count (the key puts it in "other"). A place wins only
    # a title made for places (示范区, 先行区, 质量兴市先进市).
    # (品质: how some converted pages write 质量)
    # (市长质量管理奖: some provinces' and cities' quality award under its older name)
    (r"(?:中国|全国|(?:人民)?政府|省长|市长|县长|区长)?(?:质量|品质)(?:管理)?奖(?:提名奖)?(?![励惩罚])",
     OTHER_HONOUR),
    # (a places' title may name its other level in brackets after its place word: 质量兴市（县）
    # 先进单位, 质量强区（县）)
    (rf"(?:质量|品质)兴(?:市|县|省|区){_OTHER_LEVEL}先进(?:市|县|区|城市|单位|集体)?{_OTHER_LEVEL}",
     PLACE_HONOUR),
    (rf"(?:全国)?(?:质量|品质)强(?:市|省|县){_OTHER_LEVEL}示范(?:城市|县|区){_OTHER_LEVEL}", PLACE_HONOUR),
    # “某省质量强县”: a province's title for a county, named in quotation marks (unquoted, 质量
    # 强市 is mostly a plan: 推进质量强市建设)
    (rf"(?<=[“「\"])(?:{PROVINCE_NAMES}省?|省级?|市级?)?(?:质量|品质)强(?:市|县|区){_OTHER_LEVEL}(?=[”」\"])",
     PLACE_HONOUR),
    (r"(?:全国)?知名品牌(?:创建)?示范区", PLACE_HONOUR),
    # Titles a county or city holds for the quality of what it grows or makes: a national
    # quality-safety county of farm produce or food (国家农产品质量安全县, 国家食品安全示范城市),
    # and a quoted “中国某某之乡” (the home of a product) when a verb names it so (获评, 被命名为)
    (r"(?:国家|全国|省级?)(?:农产品|食品)(?:质量)?安全(?:示范)?(?:县|市|城市)", PLACE_HONOUR),
    # (not a home of culture, sport, long life or travel, an association's title and no
    # quality's: “中国长寿之乡”, “中国书法之乡”, “中国武术之乡”)
    (r"(?<=[“「\"])中国(?![^\W\d_a-zA-Z]{0,6}?(?:长寿|书法|楹联|诗词|诗歌|武术|民间文化艺术|民间艺术|"
     r"曲艺|戏曲|围棋|象棋|文化|旅游|摄影|剪纸|杂技|龙舟|体育|篮球|足球|排球|民歌|山歌|绘画|"
     r"书画|版画|避暑|养生|温泉|生态)之乡)[^\W\d_a-zA-Z]{1,8}之乡(?=[”」\"])", PLACE_HONOUR),
    # 国家级出口工业产品质量安全示范区: a place's title (its winners are named for it)
    (r"(?:国家级|省级)?出口(?:工业)?(?:产品|食品)?(?:农产品)?质量安全示范区", PLACE_HONOUR),
    # (the work a zone shows may stand in its title: 标准化种植示范区, 标准化养殖示范区)
    (r"(?:(?:国家|省|市|自治区)级?)?(?:第[一二三四五六七八九十\d]+批)?(?:农业)?(?:综合)?标准化(?:推广|种植|养殖|种养|生产|栽培|加工)?示范(?:项目|区|市|县)"
     r"(?:[（(][市县区][)）])?|(?:国家级?|省级)示范项目", PLACE_HONOUR),
    (r"标准化良好行为(?:示范|试点)?企业", OTHER_HONOUR),
    (r"(?:中国|省|市)?标准(?:创新|化)?贡献奖", OTHER_HONOUR),
    # 品牌建设突出贡献奖: a brand award given beside a quality award; 提名奖 alone: the
    # quality award's nomination prize named just before it
    (r"(?:质量)?品牌建设(?:突出)?贡献奖|(?<![电影视片])提名奖", OTHER_HONOUR),
    # 某省质量信用AAA级企业: a grade of quality credit a province gives its firms
    (rf"(?:{PROVINCE_NAMES}省?)?质量信用A{{1,3}}级企业", OTHER_HONOUR),
    (r"(?:基层)?标准化改革创新先行区", PLACE_HONOUR),
    # 省级服务业标准化试点县, 某改革类标准化试点项目: a pilot a place or a body holds
    (r"(?:(?:国家|省|市)级?)?(?:农村综合改革|新型城镇化|服务业|美丽乡村|社会管理和公共服务|循环经济)"
     r"标准化试点(?:项目|单位|县|市|区)?", PLACE_HONOUR),
    # 全域旅游标准化试点项目, 国家级旅游标准化项目: a place's tourism pilot; 省级标准化项目: a
    # project a body undertakes under a level's standardisation programme (its level named)
    (r"(?:(?:国家|省|市)级?)?(?:全域)?旅游(?:业)?标准化(?:(?:试点|示范)(?:项目|单位|县|市|区)?|项目)"
     r"|(?:国家级|省级|市级)(?:服务业?|农业|工业)?标准化(?:试点)?项目", PLACE_HONOUR),
    (r"先进集体|先进单位", OTHER_HONOUR),
    # 诚信计量示范单位: a metrology office's title for shops, markets, fuel stations and
    # clinics that keep honest measures (省级, 市级, or a year's: 2016年度某市…); 计量诚信
    # and 放心 are its other spellings. Its holders are units, never a place.
    (r"(?:国家级?|省级?|(?:市|县|区)级)?(?:诚信计量|计量诚信)(?:示范|放心)(?:单位|企业|商户|商店|店|加油站|市场)"
     r"|计量放心(?:示范)?(?:单位|企业|商户|商店|店|加油站|市场)"
     # 计量工作示范集贸市场: the same office's title for a market that weighs fairly, a
     # market's name its winner (计量示范农贸市场 the shorter form)
     r"|计量(?:工作)?示范(?:集贸|农贸)?市场", OTHER_HONOUR),
    # The provinces' best-products programmes after the brand titles (2017 on): brands of
    # category other, as the keys have them, so a number of them is a brand count as well
    # (浙江制造 alone is mostly a standard's mark: only under its 品字标 here)
    (r"(?:好品山东|江苏精品|湖北精品|天府名品|安徽精品|赣出精品|辽宁优品)(?:认证)?|品字标(?:浙江制造)?(?:认证)?",
     "other"),
    # A city's or county's own such programme, its short name quoted before 品牌 or 质量公共
    # 品牌 (“某好品”质量公共品牌, “某某优品”品牌): brands of category other as well; not a
    # shop or street so honoured (“诚信精品”品牌商户20家, 精品示范街: merchants, no brands)
    (r"[“「][^”」，,。；;、\d]{1,5}(?:好品|优品|精品)[”」](?:质量)?(?:公共|公用)?品牌(?!商户|商家|门店|店|街)",
     "other"),
    # Other brand programmes counted as brands of category other: the grain office's 中国好粮油
    # list, a province's handicraft mark (某省手造), a county-one-speciality list (一县一特),
    # a farm-produce catalogue (名特优新农产品), a province's top-ten series (“十大名牌”系列),
    # the nation's consumer names (中国消费名品) and a level's public regional brands
    # (省级区域公用品牌: a programme, not the 区域名牌 title), the farm produce's too (市级农产品
    # 区域公用品牌, 某省知名农产品区域公共品牌)
    (rf"[“「]?(?:中国好粮油|{PROVINCE_NAMES}手造)[”」]?(?:品牌|产品)?"
     r"|[“「]?一县一特[”」]?(?:农产品)?(?:优秀|特色)?(?:品牌|产品)?"
     rf"|(?:{PROVINCE_NAMES}省?)?名特优新(?:农产品)?"
     r"|[“「]?十大名牌[”」]?(?:系列)?(?:农产品|产品)?|中国消费名品"
     # (the farm ministry's national catalogue of farm brands, and a province's own: 入选
     # “中国农业品牌目录”, 某省农业品牌目录)
     rf"|[“「]?(?:中国|{PROVINCE_NAMES}省?)农业品牌目录[”」]?"
     # (the same catalogue of farm produce, 《中国农产品品牌索引名录》; a top-ten series of
     # other names, 丙省十大农业品牌, 本届“十大名品”, 十大伴手礼; a province's functional farm
     # brands, 现有功能农产品品牌50个)
     rf"|[《“「]?(?:中国|{PROVINCE_NAMES}省?)?(?:农业|农产品)品牌(?:索引)?名录[》”」]?"
     r"|[“「]?(?:十|10)大(?:名品|农业品牌|伴手礼)[”」]?|功能农产品品牌"
     # (Taiwan's yearly award for its best products, and its gold and silver classes:
     # 选出300件产品获得台湾精品奖, 荣获台湾精品金质奖)
     r"|[“「]?台湾精品(?:奖|金质奖|银质奖)[”」]?"
     r"|(?:省|市|县)级区域公[用共]品牌"
     rf"|(?:{PROVINCE_NAMES}省?)?(?:(?:省|市|县)级)?(?:知名)?农产品区域公[用共]品牌", "other"),
    (r"(?:(?:企业)?标准|企标)[“”「」\"]?领跑(?!者?[”」\"]?标准)者?", OTHER_HONOUR),  # 2017 on (not “领跑者”标准)
    (r"(?:全国|国家)?质量管理(?:卓越|先进)(?:企业|单位|集体)", OTHER_HONOUR),
)
