"""Distinctions counted that are no brand honour: quality awards and quality-city titles, brand
and export demonstration zones, standardization pilots (read by :mod:`..distinctions`
through :mod:`..tallies`). A named winner of one is a brand honour of category ``other``
(:mod:`..brands_honours`); this area is the counts: 全市有12家企业获得市长质量奖."""

from __future__ import annotations

from ... import regex_cache as rx
from ..tallies import Metric, TallyWords

# The kinds of distinction, most specific first.
DISTINCTIONS: tuple[tuple[str, str], ...] = (
    (r"(?:出口[^，,；;。\d]{0,8}?)?质量安全示范(?:区|县|市)", "export_zone"),
    (r"地理标志(?:产品)?保护示范区", "gi_zone"),
    (r"(?:知名|自主)?品牌(?:创建|建设)?示范区|名牌(?:产品)?(?:创建)?示范区|区域品牌(?:建设)?试点(?:单位)?",
     "brand_zone"),
    # (标准化项目: a standardization project a city undertakes, as the pilots are counted;
    # not one rewarded for its standards work, 为20个标准化项目发放资助奖励: standards_award)
    (r"标准化?(?:推广|应用)?(?:示范|试点)(?:区|县|市|城市|项目|基地|单位|企业|乡镇|村|点)?|"
     r"标准化项目(?![^。；;]{0,12}?(?:资助|奖励|奖补))",
     "standardization_pilot"),
    (r"质量兴(?:市|县|区|省)(?:工作)?(?:先进|示范)(?:市|县|区|城市|单位|集体)?|"
     r"质量强(?:市|县|省|区)示范(?:城市|市|县|区)?", "quality_city"),
    # 中国标准创新贡献奖, a province's 标准创新重大贡献奖, 标准项目奖 (标准化奖励, money paid for
    # the work, is this row's too: below).
    (r"标准创新(?:重大|优秀|突出)?(?:贡献)?奖(?!励|惩|金)|标准(?:项目|贡献)奖(?!励|惩|金)|"
     r"标准化(?:成果|贡献|科技)?奖(?!励|惩|金)|"
     # Money a city pays for standards work (标准化资助奖励, 标准化奖励资金): its grants'
     # holders and sums, this row's too.
     r"标准化(?:资助|成果)?奖励(?:资金|经费)?|标准化资助|"
     # (对30家单位的60个标准化项目给予奖励: the projects a city's grants reward, as its
     # standards awards are counted)
     r"标准化项目(?=[^。；;]{0,12}?(?:奖励|奖补))", "standards_award"),
    # 中国质量奖, 省长质量奖, 市政府质量奖, 质量管理奖 and their nominations (not 质量奖励); a
    # nomination named alone once the award is named (另有9家企业荣获提名奖) is the award's.
    (r"(?:质量|品质)(?:管理)?奖(?!励|惩|金|罚)(?:提名奖)?|(?<!奖)提名奖(?!励|金)", "quality_award"),
    # 诚信计量示范单位 and its kin: shops, markets and fuel stations a metrology office names
    # for honest measures (a title of no kind above: ``any``).
    (r"(?:诚信计量|计量诚信)(?:示范|放心)(?:单位|企业|商户|商店|市场|街区?|店|加油站)?|"
     r"计量放心(?:示范)?(?:单位|企业|商户|商店|店|加油站|市场)|诚信计量(?:先进|优秀)?单位|"
     # (计量工作示范集贸市场: the same office's title for a market that measures well)
     r"计量(?:工作)?示范(?:集贸市场|农贸市场|市场|单位|加油站|商户)", "any"),
    # 中华老字号, 省老字号, 市级老字号: time-honoured brands held, applied for, recommended.
    (r"(?:中华|国家级|省级?|市级?|县级?)?老字号", "time_honoured_brand"),
)

_UNITS = r"家|户|个|项|件|名|人|位|处|所|座"  # (件: 新增7件“老字号”; 户: 3户企业荣获…质量奖; 位: 2位个人)
# Held or won: named, passed acceptance, added to the list; a stock (共有, 累计); and the
# applications and recommendations the context pass marks as such (申报, 推荐).
_AWARDED = (r"(?:获得|荣获|获评|评出|"
            # (评选出, 遴选出: the units a title is given; not the bare 选出, which picks
            # people for a task as well: 选出企业代表5名参加培训, see ``block``)
            r"(?:评选|遴选|评审|评定)出|获(?!批)|被评为|评为|被授予|授予|被命名为|命名为|被命名|命名|被确定为|"
            r"确定为|确定了?|公布|被认定为|认定为|(?:认定|确定|批准)列为|入选|表彰|新增|新获|新评|通过(?:了)?(?:验收|考核|评审|考评|复评|复核|确认)|"
            # (a register reviewed: those kept, 继续保留900个, 附条件通过, hold their title)
            r"继续保留|附条件通过|上榜|"
            # (老字号企业已达45家: a stock reached; 向18家老字号企业授牌: the plaques of a title)
            r"已达|(?<![抵传送下表转到通雷])达(?![成标])|(?:授|颁)牌|"
            r"建成|建立|培育|成为|共有|拥有|已有|现有|累计|共计|总计|合计|总数|达到|申报|申请|推荐|"
            # (认定了甲菜市场等5家单位为…示范单位: a title given, its holders after)
            r"(?:认定|评定|命名)了|"
            # (“某都老字号”认定企业21家: the holders a title's register has taken in)
            r"(?:认定|评定|命名|授牌)(?=的?(?:企业|单位|商户|门店)(?:共|有|为|达)?$)|"
            # (累计创建标准化试点项目12个: zones and pilots created so far, which are held)
            # (共承担建设农业标准化项目9项: those undertaken so far, as the rounds' keys count them)
            r"(?:累计|已经?|共|先后|成功)(?:创建|承担建设|承担)了?|"
            # (此外，创建市级农业标准化示范项目40个: created, a summary's count, as the rounds'
            # readers key it; not 获批创建 or 启动创建, approved or begun, nor 力争创建, a goal)
            r"(?<!启动)(?<!获批)(?<!批准)(?<!正在)(?<!力争)(?<!争取)(?<!积极)(?<!申请)"
            r"创建(?!工作|过程|期间|情况|成效|成果|经验|活动|为|成为)了?|"
            # (已创(在)建…示范区国家级2家: created or being created, as the keys count a stock)
            r"创[（(]在[)）]建|"
            # (对建设期满的2个示范区进行终期验收: zones up for their final acceptance)
            r"进行了?(?:终期|期满|现场)?(?:评估)?验收)")
# Rewarded, the holders named before the verb (对30家单位的60个标准化项目给予了奖励; 共对200个
# 项目给予资助奖励): those a reward is paid to hold what it rewards; the distinction is named
# with them (a brand honour's, 对获得驰名商标的12家企业给予奖励, is the brands area's).
_REWARDED_HOLDERS = r"(?:进行|给予|予以)了?(?:资助|表彰|一次性)?奖励"
# Approved to be created, or being created (获批立项: projects approved to start, which are
# built over the years after; not the work of creating, 两年来的创建过程里, a story). A bare 创建
# is a creation (awarded, above) and 由…建设的示范区有5个 a stock built, not a build under way;
# so is a bare 建设 (``_BUILT``), unless approved or begun (获批建设, 启动建设).
# (not a word of a title: 《乡村建设指南》等3个项目荣获…)
# (实施农业标准化试点项目12个: projects carried out; not 承担的, who undertook projects whose
# verb follows, 承担的5个…项目通过验收; not 建设期满, a build's term run out, whose
# zones are up for acceptance, nor 示范区建设情况, how the building went)
_BUILDING = r"(?:批准创建|获批创建|批准筹建|获批筹建|(?:获批|批准|同意)?立项|正在创建|正在建设|在建|(?<=启动)创建|筹建|承担(?<!共承担)(?<!累计承担)(?<!已承担)(?!的)|(?<=获批|批准|同意|启动|开始|开工)建设(?!期|情况|成效|成果|经验|的)|下达|(?<![与和及、])实施)(?![^《》，,；;。]{0,30}》)"

# A bare 建设 before a count is a stock built, as 建成 (已建设省级茶叶标准化示范区5个、市级20个;
# 建设有9个…示范基地), as the rounds' keys hold it; approved, begun or under way it is still
# being built (获批建设, 启动建设, 正在建设: ``_BUILDING``).
_BUILT = r"(?<!获批)(?<!批准)(?<!同意)(?<!启动)(?<!开始)(?<!开工)(?<!正在)(?<!承担)建设(?:有|了)?(?!期|情况|成效|成果|经验|的)"

# What a list's size in brackets closes (名单（共12家）, 质量奖(共3个), 示范企业（共8家）).
_LIST_SIZE = (r"(?:名单|名录|榜单|目录|奖|称号|(?<!的)(?:企业|单位)|示范区|示范点|试点|基地|品牌|老字号)"
              r"\s*[（(](?:共|共计|合计|计)$")

# Money paid to an honour's winners (对获得省长质量奖的企业奖励30万元, 一次性奖励50万元, 给予
# 1万元的资金奖励), of the distinction named, or ``any`` for a brand honour's (驰名商标, 名牌).
# A zone's result grown from a level before to one now (由…增加到, 从…提高至), or reached.
_GREW_TO = r"(?:由|从)[^，,；;。]{0,16}?(?:增加|增长|提高|提升|上升|扩大|扩张)(?:到|至)了?(?:约|近)?"
_REACHED = r"(?:高达|多达|达到?|为|实现|超过|突破)了?(?:约|近)?"
_REWARD = r"奖励|奖金|重奖|奖补"
# A zone's extent: its area's units, the verbs of drawing farmers in, and farm households.
_AREA = r"亩|万亩|公顷|万公顷|平方公里"
_DRAWS = r"(?:带动|辐射带动|辐射|吸纳|惠及|覆盖)"
_FARMERS = r"农户|种植户|养殖户|果农|茶农|菇农|瓜农|菜农"
_MONEY = r"万元|亿元|元"
# A sum put up for the rewards (市政府拨款80万元，对…进行奖励; 共拿出300万元对…予以表彰):
# the verb right before the money; the reward is said later in its sentence (:data:`REWARDED`).
_PUT_UP = r"(?:拨款|拨付|斥资|拿出|筹措|安排)了?(?:专项|奖励)?(?:资金|经费)?(?:共|共计|合计)?$"
# The words that say a sentence rewards someone (a sum put up must be followed by one).
REWARDED = rx.compile(rf"{_REWARD}|表彰|嘉奖")
# A sum put up, read at the figure (:data:`_PUT_UP`); it puts up no reward where its purpose
# follows it (拨款500万元用于技术改造, 安排200万元专项资金支持标准化建设), nor where its sentence
# pays the reward a sum of its own (…，对获得某奖的企业奖励50万元).
PUT_UP = rx.compile(_PUT_UP)
PUT_UP_PURPOSE = rx.compile(r"[^，,；;。\d]{0,8}?(?:用于|用来|用作|支持|投入)")
REWARD_SUM = rx.compile(rf"(?<![各别])(?:{_REWARD}|给予)[^，,；;。\d]{{0,6}}?[\d.]+\s*(?:{_MONEY})")
# A rate, no sum paid: per winner (每个获奖单位的奖金从10万元增加为15万元; 每件奖励2万元) or a
# yearly budget (每年安排200万元，奖励获得…的企业).
PER_WINNER = rx.compile(r"每(?:家|户|个|项|件|位|名|年)")
# The shares after a sum its sentence gives (兑现奖励资金共计18万元，…分别奖励6万元、4万元:
# the 18 is paid, the 6 and 4 are its parts). A share with no sum before it is the reward, as
# the rounds' keys count it (授予甲、乙两家企业某某质量奖，并分别奖励40万元 → 40 万元).
SHARES = rx.compile(r"(?:各|分别)(?:给予|奖励|发放|奖|获得?)了?")
SUM_BEFORE = rx.compile(r"(?:拨款|拨付|斥资|拿出|筹措|安排|共计|合计|总计|总额)[^，,。；;\d]{0,8}?"
                        r"[\d.]+\s*(?:万|亿)?元")

# Any distinction named (a credit grade after one is no firms graded instead of it).
_NAMED_ANY = "|".join(pattern for pattern, _ in DISTINCTIONS)

DISTINCTION_WORDS = TallyWords(
    # (a sentence that rewards an honour's winners, whatever the honour)
    # (a zone named bare, 示范区, for its results: their kind is the report's zone's)
    # (a zone's base or park, 示范基地1500亩, in a sentence after the one naming the zone)
    trigger="|".join([*(pattern for pattern, _ in DISTINCTIONS), _REWARD, r"示范(?:区|基地|园区?|片)"]),
    units=rf"{_UNITS}|{_MONEY}|{_AREA}|万户",
    names=DISTINCTIONS,
    metrics=(
        # A stock word before the count gives way to the verb after it in its clause, which
        # says what the things counted are (全省共有7个园区获批筹建…示范区: being built; 现有
        # 5家企业获得…: held); with none after it, the stock is held.
        Metric("awarded", _UNITS, before=r"(?:共有|拥有|已有|现有)$", yields=True),
        # A list's size in brackets after its title (…质量奖获奖名单（共12家）; 一、某某示范
        # 企业(共8个)): the winners the list names; the bracket closes a list's word or a
        # title's, not a clause of other work (开展检查（共12家）) nor the firms a phrase
        # describes (参加评审的企业（共15家）).
        Metric("awarded", _UNITS, before=_LIST_SIZE),
        # (a build's word before the count gives way to the review after it: 对新立项的5个示范
        # 项目进行现场验收 are zones up for acceptance, as the rounds' keys count them)
        Metric("building", _UNITS, before=_BUILDING,
               after=rf"[^，,；;。]{{0,24}}?(?:{_BUILDING})", yields=True),
        Metric("awarded", _UNITS, before=_BUILT),
        Metric("awarded", _UNITS, before=_AWARDED,
               after=rf"[^，,；;。]{{0,24}}?(?:{_AWARDED}|{_REWARDED_HOLDERS})"),
        # A demonstration zone's results: its output value or sales, the jobs it gives and its
        # farmers' income, a level now — the level it grew to (产值由600万元增加到1500万元:
        # 1500; the level before it, 600, has no key), or reached (总产值达到2000万元, 实现销售收入
        # 8亿元).
        Metric("zone_output", _MONEY, before=rf"(?:总产值|产值|销售收入|销售额)(?:{_GREW_TO}|{_REACHED})?$",
               named=False, kinds=False),
        Metric("zone_jobs", r"人|名",
               before=r"(?:带动|吸收|吸纳|解决|安置)[^，,；;。\d]{0,10}?(?:就业|务工)(?:人数)?(?:达到?|约|近|超过)*$|"
                      r"(?:带动|吸收|吸纳|解决|安置)[^，,；;。\d]{0,10}?$",
               after=r"[^，,；;。\d]{0,4}?(?:就业|务工)",
               named=False, kinds=False),
        Metric("zone_income", _MONEY,
               before=rf"人均(?:纯|可支配)?收入(?:{_GREW_TO}|{_REACHED})$", named=False, kinds=False),
        # Its extent: the area it covers or plants, the level now (示范区面积5000亩, 种植面积由
        # 300亩扩大到1200亩: 1200; 建成标准化示范基地2万亩), and the farm households it draws
        # in (带动周边农户1500户, 辐射带动3.2万户; 带动600个农户种植…).
        Metric("zone_area", _AREA,
               before=rf"(?:面积|规模)(?:已经?|共|总共|累计)?(?:{_GREW_TO}|{_REACHED})?$|"
                      r"示范(?:区|基地|园区?|片|田)(?:共|总)?(?:达到?|超过|突破)?$",
               # (not a whole region's crop, 全县茶园面积12万亩, in a zone's sentence)
               # (but 全县标准化示范区总面积…: the region's zones)
               unless=r"全(?:县|市|省|区|镇|乡|州|盟)(?:(?!示范)[^，,；;。\d]){0,10}?(?:面积|规模)",
               named=False, kinds=False),
        # (the area it plants, named after a verb of planting and its crops: 种植甲、乙
        # 3000亩; not a whole region's, 全县种植…; nor an area's own words, 种植面积从…, read
        # above as the level it grew to)
        Metric("zone_area", _AREA,
               before=r"(?:种植|栽培|栽种|种养|播种)(?![^，,；;。\d]*?(?:面积|规模|由|从))[^，,；;。\d]{0,14}?$",
               unless=r"全(?:县|市|省|区|镇|乡|州|盟)[^，,；;。\d]{0,10}?(?:种植|栽培|栽种|种养|播种)",
               named=False, kinds=False),
        Metric("zone_households", r"户|万户|个|家", before=rf"{_DRAWS}[^，,；;。\d]{{0,10}}?$",
               object=rf"{_FARMERS}|农民|群众", named=False, kinds=False),
        # (the verb and its farmers in one word, 带农, 联农带农; the zone's own model households,
        # 示范户N户: households it holds)
        Metric("zone_households", r"户|万户",
               before=rf"(?:联农带农|联农|带农|带户|示范户(?:数)?)(?:{_REACHED})?(?:共|总计|合计)?$",
               named=False, kinds=False),
        # (named or not: an honour named after it, past its winners' number or in the next
        # clause, or in the sentence before, is found by :mod:`..distinctions_rewards`)
        # (a list of sums before the reward's word: 分别给予20万元和10万元的一次性资金奖励)
        Metric("reward_money", _MONEY, before=_REWARD,
               after=rf"(?:\s*[和、及与]\s*[\d.]+\s*(?:{_MONEY}))*"
                     rf"[^，,；;。\d]{{0,8}}?(?:的)?(?:资金|现金)?(?:{_REWARD})", named=False,
               foreign_any=True),
        Metric("reward_money", _MONEY, before=_PUT_UP, named=False, foreign_any=True),
    ),
    # Other work, which counts no holder: training, publicity, money paid to winners; the
    # judges' visit to an award's candidates (对12家企业进行现场评审, 参评企业); subsidies, which reward no
    # honour (兑付标准化补助资金300万元).
    # (not 获得某某资助奖励的39家单位: a reward received, its holders after it)
    # (nor people picked for a task: 选出企业代表5名参加…)
    block=r"培训|宣传|奖励(?!的)|检查|抽查|查处|会议|座谈|现场评审|参评|补助|补贴|代表",
    # Brand honours are the brands area's (省、市名牌20个; 地理标志证明商标).
    # So are geographical indications (12个地理标志列入…互认名单), but not their zones.
    # (首席质量官: a firm's post, which people are picked for, no title a unit holds)
    foreign=r"(?:首席)?质量官|名牌产品|驰名商标|著名商标|知名商标|免检产品|中国名牌|名牌(?![^，,；;。]{0,4}?示范区)|商标|"
            r"地理标志(?!(?:产品)?保护示范区)",
    # (开展“千家企业争创…”活动: a number that opens a quoted slogan counts nothing)
    # Firms counted by their sales (年销售额过亿元的企业有9家) hold nothing by that count.
    # What each winner gets (每户企业发放奖金8万元, 每个产品另奖3万元) is a rate, no sum paid.
    # A cap on an award's winners (每次获奖企业不超过3家) is a rule, no count of holders.
    # (第一批430家: a batch, no rank)
    not_before=r"平均|(?:每|第(?![一二三四五六七八九十\d]{1,3}批)|居|排名|位列)[^，,；;。!?\d]{0,4}$|[“\"「『]$|"
               r"(?:不超过|不多于|不得超过|至多|最多)[^，,；;。!?\d]{0,2}$|"
               r"每[户家个個项項件位][^，,；;。!?\d]{0,8}$|"
               # (but a zone's own sales or output reached, 产值达到2000万元: ``zone_output``)
               rf"(?:销售|营业|营收|利税|产值)(?!(?:收入|额)?(?:{_REACHED})?$)[^，,；;。!?\d]{{0,12}}$",
    # A count of turns, editions or months (筹建期24个月); of officials, delegates or
    # assessors, who hold nothing.
    not_after=r"\s*(?:次|届|月|/年|以上的|以下的|左右的|干部|代表|专家|评审员|评委|工作人员|执法人员|"
              r"检查组|考评组)|"
              # (20个品牌被移出某某名录: titles taken away at a review, no longer held)
              r"[^，,；;。\d]{0,6}?(?:移出|撤销|取消|摘牌|摘除)|"
              # (当天有200多位来宾参加了典礼, 共有300余人出席: those attending an award's
              # ceremony or meeting, no holders; not those taking part in its review, 28个园区
              # 参加了论证答辩, which apply for it)
              r"[^，,；;。\d]{0,12}?(?:出席|与会|参会|列席|"
              r"(?:参加|参与)了?(?:典礼|仪式|盛会|大会|会议|颁奖))|"
              # (5家企业的7个产品荣获…: the firms of the products that follow, the brands area's)
              # (but 30家单位的60个标准化项目: a grant's holders and the projects it rewards)
              r"\s*(?:企业|单位|公司)?的\s*[\d一二三四五六七八九十两]+\s*(?:个|项|件|种|款)"
              r"(?![^，,；;。\d]{0,2}?标准化项目)|"
              # (25个省份设立了政府质量奖: the places that set an award up, no holders)
              r"[^，,；;。\d]{0,6}?(?:设立|设置)了?|"
              # (90户企业被评为质量信用A级: firms graded for their credit hold no distinction)
              # (but 荣获市长质量奖和质量信用AAA级…称号: the award is named before the grade)
              rf"(?:(?!{_NAMED_ANY})[^，,；;。\d]){{0,14}}?(?:质量信用|信用等级|信用评级)|"
              # (…老字号中，6家年销售收入过亿元: firms counted by their sales)
              r"[^，,；;。\d]{0,4}?(?:年)?(?:销售|营业|营收|利税|产值)|"
              # (…获省长质量奖，122家企业获评某省高端品牌培育企业: a title of its own after the
              # figure's verb, none of the distinctions, not the award a clause before names;
              # but 获此殊荣, 获得该奖, 获评上述称号 point back to it: the verb's second
              # character is allowed for, or 获 alone would match and step over the test)
              rf"[^，,；;。\d]{{0,8}}?(?:获评|入选|分获|被评为|评为|荣获|获得|获)"
              rf"(?!(?:得|评)?(?:此|该|这|上述|以上|前述))"
              rf"(?:(?!{_NAMED_ANY})[^，,；;。\d]){{4,30}}$",
    # The things of its own a figure counts, not holders of a distinction named earlier in
    # its sentence: standards (参与制定地方标准12项), brands (培育“甲乡好物”品牌30个), a
    # standard's front-runners and good-conduct firms (标准化良好行为企业共9家, 企业标准“领跑者”5个).
    # A plan's goals set out in one sentence, its figures before the goal's noun or after it.
    goal_sentence=r"^\s*(?:围绕|按照|对照|紧扣)[^。；;]*?(?:目标|指标)|"
                  r"(?:规划|纲要|方案|意见)[^，,。；;]{0,12}?(?:提出|明确|确定|设定|制定)"
                  r"[^。；;]{0,16}?(?:目标|指标)",
    # Awards for buildings (鲁班奖, 国家优质工程奖) are none of the distinctions.
    # (全省绿色食品达到380个, after a title counted in the clause before: the products' own stock)
    own_thing=r"鲁班奖|优质工程奖|詹天佑奖|项目|课题|产品|产地|标准(?!化)|品牌|(?:领跑者[”\"]?|良好行为(?:企业|单位))(?:共|共有|有|达)?|"
              r"(?:产品|食品)(?:总数|数量)?(?:已经?|共|累计)?(?:达到|达|有|为|超过|突破)",
    names_within_part=True,
    name_reach=14,  # 3家公司和2名个人获评市长质量奖: the title 13 characters on
    # Bodies and persons counted as a pair before the verb and title they share (30家组织和
    # 5名个人获得…质量奖; 甲公司等21个组织和2名个人获…): the first count is named after the second.
    # A pair of holders written in words before a verb of winning (甲、乙这两家企业获得…质量奖).
    pair_word=r"(?<![\d一二三四五六七八九十两百千万第])两(?P<unit>家|个|位|名)"
              # (皖企, 苏企: a province's firms by its short name)
              r"(?=(?:企业|单位|组织|公司|个人|[^\W\d_a-zA-Z]企)[^，,；;。\d]{0,6}?"
              r"(?:荣获|获得|获评|入选|被评为|被授予|上榜|被认定为|获)|"
              # (and a pair of zones or pilots named by their title, then passing its review:
              # 甲区等两个省级标准化示范区通过考核验收; not two still waiting, 两个示范区待验收)
              r"(?:国家级|省级|市级|县级)?[^，,；;。\d]{0,10}?(?:示范区|示范项目|试点项目|试点)"
              r"(?:顺利|均|已|都|成功|先后|一次性)*通过了?[^，,；;。\d]{0,8}?(?:验收|考核|评审|评估))",
    pair_after=r"(?:组织|企业|单位|公司|机构)?\s*(?:和|及|与|以及|、)\s*[\d一二三四五六七八九十两]+\s*"
               r"(?:名|位)(?:个人)?",
)


# A standard's front-runners (企业标准“领跑者”) and the firms confirmed for good standardization
# conduct (标准化良好行为企业), counted (read by :mod:`..distinctions_standards`, not by the
# tallies, whose ``own_thing`` keeps them from any other distinction): the count after the
# title (标准化良好行为企业要达到30家; …“领跑者”力争突破20个) or before it with a verb of winning
# (18项标准获评…“领跑者”, 41家企业被确认为标准化良好行为企业, 500余项企标“领跑者”).
_COUNT = r"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?(?P<unit>家|个|项|件)"
_LEADER = r"(?:企业标准|企标|标准)?[“\"「]?领跑者[”\"」]?"
_CONDUCT = r"标准化良好行为(?:企业|单位)?"
_OVER = r"(?:名单|称号)?的?(?:要|将|力争|共|共有|有|已有|达到?|突破|超过|为|总数)*(?:约|近)?\s*"
_WON = r"(?:成为|入选|入围|上榜|获评|获批|被评为|评为|被确认为|确认为|通过|获得|列入)"
STANDARDS_DISTINCTIONS: tuple[tuple[str, str], ...] = (
    ("front_runners", rf"{_LEADER}{_OVER}{_COUNT}(?!\s*(?:次|届|月))"),
    # (past a comma the next clause's verb: 23家企业，今年入选了…; but not a part of the count,
    # 80家，其中入选…“领跑者”的有9家: the 9, read by the row before)
    ("front_runners", rf"(?:近|约)?{_COUNT}(?:企业|标准|产品)?(?:[，,](?!其中|另有|还有))?"
                      rf"[^，,；;。\d]{{0,16}}?{_WON}"
                      rf"[^，,；;。\d]{{0,16}}?{_LEADER}"),
    ("front_runners", rf"(?:近|约)?{_COUNT}{_LEADER}"),
    # (the list named first, then what it holds: 发布了…“领跑者”名单，某区共有9项企业标准上榜;
    # …名单，共有30家企业的41项企业标准入围 → 30 家, 41 项)
    ("front_runners", rf"{_LEADER}名单[^。；;]{{0,40}}?(?P<at>){_COUNT}(?:企业标准|企标|标准)"
                      rf"(?:上榜|入围|入选|列入)"),
    ("front_runners", rf"{_LEADER}名单[^。；;]{{0,40}}?(?P<at>){_COUNT}[^，,；;。\d]{{0,6}}?(?:企业|单位)的"
                      rf"\s*\d+\s*(?:余|多)?(?:项|个)(?:企业标准|企标|标准)(?:上榜|入围|入选|列入)"),
    ("good_conduct", rf"{_CONDUCT}{_OVER}{_COUNT}(?!\s*(?:次|届|月))"),
    ("good_conduct", rf"{_COUNT}(?:企业|单位)?[^，,；;。\d]{{0,10}}?{_WON}[^，,；;。\d]{{0,6}}?{_CONDUCT}"),
)


# Money granted for standards work and what it went to (read by :mod:`..distinctions_standards`
# with the rows above): a subsidy or grant for drafting standards (标准化补助资金, 标准研制资金
# 支持, 专项资金资助, 项目资助金), never a reward (标准化资助奖励 and 奖励资金 are the
# ``standards_award``'s reward money, read by the tallies); the standards, projects or units it
# went to; and the standardization committees and secretariats a region holds (标准化技术委员会,
# 分技术委员会, 标委会, ISO/IEC秘书处).
_MONEY_COUNT = r"(?P<num>\d+(?:\.\d+)?)\s*(?:余|多)?(?P<unit>万元|亿元|元)"
_GRANT = r"(?:资助|补助|扶持|资金支持|经费支持)(?!奖励|奖金)"
_GRANT_FUND = rf"(?:{_GRANT}(?:资金|经费|金)?|研制资金|专项资金)(?!奖励|奖金)"
_SUM_WORDS = r"(?:共计|合计|总计|总额|累计)?(?:为|达到?|超过)?(?:约|近)?\s*"
# (not a rate per standard or per unit a policy sets: 每项给予30万元资助, 每家补助5万元; nor
# a reward, 发放了标准化资助奖励，资助总额300万元: the standards award's reward money)
_NO_RATE = r"(?:(?!每|分别|奖励|奖金)[^。；;\d])"
_NO_REWARD = r"(?:(?!奖励|奖金)[^。；;])"
_STANDARD_WORK = r"标准"
_COMMITTEE = (r"(?:标准化?[^。；;，,、\d]{0,4}?技术(?:委员会|组织)|标委会|(?:分|专业)技术委员会|"
              r"技术委员会秘书处|(?:TC|SC|ISO|IEC)[^。；;，,、\d]{0,10}?秘书处|"
              # (承担3个国际标准化组织的技术机构秘书处: the secretariats of an international body's
              # technical bodies)
              r"标准化?组织[^。；;，,、\d]{0,6}?技术机构(?:秘书处)?)")
STANDARDS_SUPPORT: tuple[tuple[str, str], ...] = (
    # (兑付标准化补助资金300万元; 某类标准修订的补助资金2亿元; …得到…专项资金资助合计45万元)
    ("standards_funding", rf"{_STANDARD_WORK}{_NO_RATE}{{0,40}}?{_GRANT_FUND}[^。；;，,\d]{{0,4}}?"
                          rf"{_SUM_WORDS}{_MONEY_COUNT}"),
    # (9项国际标准得到120万元的省级研制资金支持; 为标准化项目拨付80万元补助)
    ("standards_funding", rf"{_STANDARD_WORK}{_NO_RATE}{{0,30}}?(?:获得|获|给予|拨付|兑付|下达|安排|投入|发放)了?"
                          rf"{_SUM_WORDS}{_MONEY_COUNT}[^。；;，,\d]{{0,16}}?{_GRANT_FUND}"),
    # the standards or projects funded (20项国家标准…获得…资助; 对12个标准化项目给予补助)
    ("standards_funded", rf"(?P<num>\d+)\s*(?:余|多)?(?P<unit>项|个)[^。；;，,\d]{{0,16}}?标准(?:化)?(?:项目)?"
                         rf"[^。；;，,]{{0,8}}?(?:获得|获|得到|给予|予以|进行)(?:{_NO_REWARD}){{0,30}}?{_GRANT}"),
    # the units funded (5家单位主导的…标准获得…资助; 对9家单位、20个标准化项目进行了补助)
    ("standards_funded", rf"(?P<num>\d+)\s*(?:余|多)?(?P<unit>家)[^。；;，,\d]{{0,10}}?(?:单位|企业|机构|组织)"
                         rf"[^。；;]{{0,40}}?标准(?:{_NO_REWARD}){{0,30}}?(?:获得|获|得到|给予|予以|发放|兑付|进行了?)(?:{_NO_REWARD}){{0,30}}?{_GRANT}"),
    # committees counted after their name (农业标准化技术委员会共4家; 标委会总数达到25个); not
    # its members, named before the count or after it (…委员会共有委员25个单位)
    ("standards_committees", rf"{_COMMITTEE}(?:秘书处)?(?:(?!委员|成员|专家)[^。；;，,、\d]){{0,4}}?(?:共|有|达到?|为|总数|增至)*"
                             rf"(?:约|近)?\s*(?P<num>\d+)\s*(?:余|多)?(?P<unit>个|家)(?![^，,；;。]{{0,2}}?(?:委员|成员|专家))"),
    # or before it (新组建9个县级标委会; 2个ISO技术委员会秘书处; 5个国家级标准化技术组织)
    ("standards_committees", rf"(?P<num>\d+)\s*(?:余|多)?(?P<unit>个|家)[^。；;，,、\d]{{0,16}}?{_COMMITTEE}"
                             rf"(?!委员|成员|专家)"),
)
