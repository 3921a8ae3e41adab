"""Words of :mod:`..brands_honours_lists`: the shapes that tie a list of names to an award —
an award's own title, the words before and after a list of its winners, what closes a list and
what part of an item is not the name."""

from __future__ import annotations

from ... import regex_cache as rx
from ...chars import HAN
from ...regex_prefilter import compile_fast

NUMERAL = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"
# An award's own title, quoted or in 《》 (the lexicon need not know it): 「某某奖」, “某某奖”,
# 《某某名录》, “某某品牌”名单 — its head word says it is an award or a list of winners.
OWN_TITLE = rx.compile(
    r"[“「『《\"](?P<title>[^”」』》\"\n，,。；;]{2,40}?"
    r"(?:奖|奖项|称号|名牌|品牌|名单|名录|榜|排行榜|示范样板))[”」』》\"](?:名单|名录|称号)?")
# A title's winners after 由, before the verb of winning: “某奖”由A、B获得, 「某奖」分别由A及B获奖
BY_WINNERS = rx.compile(
    r"(?:方面)?[^，,。；;:：“”「」]{0,4}?(?:则|也|均)?(?:分别|共同)?由"
    r"(?P<run>[^。；;！？!?\n]{2,400}?)(?:共同|分别|先后|一并)?"
    r"(?:获奖|获得|获颁|夺得|摘得|荣获|捧得|获此殊荣|获评|拿下)")
# One of an award's prizes named bare right before its winners, in a sentence that names the
# award (「某某企业奖」甲奖由A、B获得；乙奖由C获得): the prize is a title of its own
BARE_PRIZE_BY = rx.compile(rf"(?<=[，,；;：:」』”])\s*(?P<title>{HAN}{{2,10}}?奖)(?=(?:则|也)?(?:分别|共同)?由)")
# A list closed by its own count, then what the count is of and the clause's verb:
# A、B、C 3家企业入选…, 为A、B 2个…示范样板授牌
COUNTED_RUN = rx.compile(
    rf"(?P<run>(?:[^、，,；;。：:\s]{{2,30}}、)+[^、，,；;。：:\s]{{2,30}}?)"
    rf"(?P<n>{NUMERAL})(?:个|家|件|项|种|款|只)(?P<after>[^，,。；;！？!?\n]{{0,60}})")
# What every match of COUNTED_RUN holds: its count's last character and the count's unit (a
# sentence without one holds no such run, and is not scanned for it: the scan is slow)
COUNT_SIGN = rx.compile(r"[\d一二两三四五六七八九十](?:个|家|件|项|种|款|只)")
# What the count's clause says of the names: they won (上榜, 入选, 获…) or were given a plaque.
COUNTED_WON = compile_fast(
    r"上榜|入选|入围(?!名单)|荣获|获得|获评|获颁|喜获|被评为|被认定为|被授予|被命名为|被列入|"
    r"成为|跻身|名列|榜上有名|获此殊荣")
# ... the verbs whose object is the title won (获得某称号, 被评为某某): the title must follow
# them closely (获得“某品牌”培育资金 / 获得贷款…，用于某品牌…: no title won); 上榜, 入选
# and 入围 may stand alone, the title in the clause or the sentence before
TAKES_TITLE = rx.compile(r"荣获|获得|获评|获颁|喜获|被评为|被认定为|被授予|被命名为|被列入|成为|跻身|名列")
TITLE_REACH = 40  # characters between such a verb and its title (了, a year, a place, a batch)
# What follows a title that is not the title won but a thing named by it: money or help for
# its holders, a licence to use it (获得“某名牌”培育资金, 成为“某商标”的使用许可单位)
NOT_THE_TITLE_AFTER = rx.compile(
    r"[”」』》\"]?(?:称号)?(?:的)?(?:培育|专项|奖励)?(?:资金|补助|补贴|资助|贷款|扶持|奖补|经费|"
    r"使用|许可|授权|销售|产值)")
# ... a clause after such a verb that ends on a title's head word names a title the lexicon
# may not know (获评某省首批知名某某品牌): the title around the run is the one won
OBJECT_ENDS_TITLE = rx.compile(
    r"(?:品牌|名牌|称号|奖|奖项|商标|名单|名录|榜|老字号|名品|名优产品)[”」』》\"]?(?:称号|名单|名录|之列|行列)?"
    r"[。.！!]?$")
# What a run between 由 and a verb of winning holds that no list of winners does: another 由,
# or a verb of setting up or running the award (由市政府设立，由A、B共同组织评审…获得…)
BY_NOT_WINNERS = compile_fast(r"由|主办|承办|协办|组织|设立|发起|评审|赞助|负责|指导")
PLAQUE_AFTER = rx.compile(r"(?P<title>[^，,。；;]{2,40}?)(?:授牌|颁牌|颁奖|颁发证书)")
GIVEN_TO = rx.compile(r"为(?=[^为]+$)")  # 为A、B…授牌: the names the plaque is given to
# A run of quoted marks closed by 等 and a count of a title: “甲”“乙”、“丙”等N件驰名商标
QUOTED_RUN = rx.compile(
    rf"(?P<run>(?:[“「][^”」\n]{{1,12}}[”」][、，,\s]*){{2,}})等(?P<n>{NUMERAL})"
    rf"(?:件|个|家|项|种)(?P<after>[^，,。；;]{{0,4}})")
# A run of quoted marks, then what they did: 先后步入/跻身/获评 a title (“甲”“乙”等商标相继
# 跻身某某名牌之列)
QUOTED_RUN_WON = rx.compile(
    r"(?P<run>(?:[“「][^”」\n]{1,12}[”」][、，,\s]*){2,})(?:等[^，,。；;！？!?]{0,24}?)?"
    r"(?:先后|相继|均|都|也)?(?:步入|跻身|进入|成为|获得|荣获|获评|被认定为|被评为|被命名为)"
    r"(?:了)?[“「]?(?=[^，,。；;]{0,4})")
# An intro that ends on a colon (the title before it in its sentence): …伴手礼为：A、B;
# 其中某品牌有六家，分别为：A、B; 获奖名单如下：
COLON_INTRO = rx.compile(
    r"(?:分别为|分别是|名单如下|如下|依次为|为|是|有|包括)[:：]\s*")
# What stands between a run and its count, no part of the last name (A、B这两家, A、B等3家)
RUN_TAIL = rx.compile(r"(?:这|那|共计|共|等)$")
# A count of the list a colon introduces, stated before it (6家企业获评…，分别为：): the names
# after the colon must be as many
COUNT_BEFORE_COLON = rx.compile(rf"(?P<n>{NUMERAL})(?:个|家|件|项|种|款)")
# A count closing a colon's list (…、H公司8家。): no part of the last name
CLOSING_COUNT = rx.compile(rf"(?:等|共|共计)?{NUMERAL}(?:个|家|件|项|种|款)[。.]?$")
# What says a colon's list won: a verb of winning or choosing, in its sentence or the one before
CHOSEN = compile_fast(
    r"入选|上榜|获奖|荣获|获得|获评|评选|评出|选出|甄选|揭晓|颁奖|授牌|认定|命名|获批")
# A line that heads a block of winners (某县去年获批的地理标志证明商标): a title and a word of winning
HEADING_WON = compile_fast(r"获批|获得|获|入选|上榜|名单|名录")
# A line of the block: a place, a colon and its names (甲市：A、B(…)、C)
PLACE_LINE = rx.compile(rf"\s*(?P<place>{HAN}{{2,8}})[:：]\s*(?P<run>[^:：\n]{{2,}}?)\s*$")
# Where a run splits: its marks, and a joining word between two names
SEPARATOR = rx.compile(r"[、，,；;\s]+|(?<=[”」])(?=[“「])")
# (a run parted by 、 splits at no blank: a blank there is a wrapped line inside a name)
MARK_SEPARATOR = rx.compile(r"\s*[、，,；;]\s*|(?<=[”」])(?=[“「])")
BLANK = rx.compile(r"\s+")
# A joining word between two firms or bodies (某房屋公司与某电子): after a body's ending
JOINED_AFTER_BODY = rx.compile(r"(?:(?<=公司)|(?<=集团)|(?<=中心)|(?<=[厂院处局所会社行]))(?:与|及|和)")
JOINER_LEAD = rx.compile(r"^(?:以及|及|与)")  # (after a comma: 甲，及乙; a name may open on 和)
# What opens the first item, not the name: the place that holds it (我省甲乙, 我县的甲乙)
ITEM_LEAD = rx.compile(r"^(?:我|本)[省市县区州旗]的?")
# A person's post or rank written before the name (某局某处处长王某, 某研究院院士李某某, 甲集团
# 总工程师张某): the person is the winner.
_POSTS = (r"处长|院长|局长|主任|董事长|总经理|经理|总裁|厂长|校长|所长|会长|理事长|教授|院士|研究员|"
          r"(?:高级|总)?工程师")
POST_BEFORE_PERSON = rx.compile(rf"^.{{2,24}}?(?:{_POSTS})(?={HAN}{{2,4}}$)")  # a list's item
# ... in a name's piece, once trimmed (:mod:`..brands_honours_names`; matched with its bounds)
POST_BEFORE_NAME = rx.compile(rf"{HAN}{{0,14}}?(?:{_POSTS})(?={HAN}{{2,3}}$)")
# A selection's title without quotes: 十大某某, 十佳某某, 百强某某
COUNTED_TITLE = rx.compile(
    rf"(?:十大|十佳|百佳|十强|百强){HAN}{{2,12}}?(?=[为是有:：，,。]|评选|甄选|名单|榜)")
# A firm before its product in a pair (某食品有限公司甲乙布丁): the product is the winner
FIRM_BEFORE_PRODUCT = rx.compile(
    r"^.{2,24}?(?:有限公司|股份公司|公司|企业社|商行|洋行|农会|合作社|食品厂|工厂)(?=.{2,})")
# What joins a maker to its product (某公司生产的“某牌”…): no part of the product
MAKERS_LINK = rx.compile(r"(?:生产|出品|推出|研制)?的")
# A product's name that the general cleaning reads best (a quoted or branded one)
BRANDED_SIGN = compile_fast(r"[“「”」\"牌]")
# A note in brackets after a name (环江菜牛(活的)): not the name
NOTE_AFTER = rx.compile(r"[（(][^）)]*[）)]?$")
# What a run is not, though it lists names: a pool grooming candidates, marks a zone created,
# names that came forth (涌现出…一批), a venue, applicants and shortlists
NOT_A_WIN = compile_fast(
    r"培育库|后备库|储备库|培育名单|培育对象|创立了|创建了|在[^，,。]{2,20}举办|申报|申请|推荐|"
    r"公示|拟|候选|初选|初审|参评|参选|争创|力争|争取")
# A count that is not the number of names (not a list's own count): 万, 亿, a share
NOT_A_COUNT_AFTER = compile_fast(r"^[万亿%]")
