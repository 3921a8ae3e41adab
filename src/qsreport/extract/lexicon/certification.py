"""Certification and licensing: the schemes a report names, and what was granted, revoked
or refused under them (read by :mod:`..certification` through :mod:`..tallies`)."""

from __future__ import annotations

from ..tally_words import PER_UNIT_OR_SHARE, Metric, TallyWords

# Licences and certifications, most specific first (食品生产许可证 before 生产许可证).
_CERTIFIED = r"(?:的)?(?:产品)?(?:认证|确认)?"  # a scheme's name goes on with its 认证

# A geographical indication or its mark as what its users use, right before them (使用某某地理标志的
# 企业, 使用地理标志专用标志的经营主体): the users of the indication's mark.
_INDICATION_USED = (r"地理标志(?:保护)?(?:产品)?(?:专用)?(?:标志|标识)?"
                    r"(?=的?(?:生产|经营|市场)?(?:企业|单位|主体))")
# The indication's mark, in every name a report gives it (专用标志, 专用标识, 地理标志标识; 地理标志
# alone where firms are said to use it).
_GI_MARK = r"专用标志|专用标识|地理标志(?:保护)?(?:产品)?(?:专用)?(?:标志|标识)?"

SCHEMES: tuple[tuple[str, str], ...] = (
    # The special mark of a geographical-indication product, its users approved (核准…使用).
    # (its users told as 用标企业, the indication named before in other words: 地理标志…，新增
    # 用标企业30家; not a farm label's users, 绿色食品用标企业, nor a trade mark's)
    # (the mark named 标识 as well as 标志, 地理标志专用标识, 地理标志标识; and the indication
    # itself as what firms use, 使用地理标志的企业: its mark)
    (r"地理标志(?:保护)?(?:产品)?(?:专用标志|(?:专用)?标识)|(?<!绿色食品)(?<!有机产品)(?<!有机食品)(?<!无公害)(?<!商标)"
     r"用标(?=企业|单位)|"
     rf"(?<=使用)[^，,；;。、\d]{{0,6}}?{_INDICATION_USED}", "gi_mark"),
    # The special mark written bare (获准使用专用标志的生产企业80家), after the indication is named
    # earlier in the sentence or the report: the indication's (see ``mark_of``); not an
    # ecological-origin product's mark, which has a scheme of its own.
    (r"(?<!原产地产品保护)(?<!原产地保护)专用标志", "mark"),
    # Two licences at once (食品和工业产品生产许可证): of no one scheme.
    (r"食品[和及、]工业产品(?:企业)?生产许可证?", "any"),
    # A food trade's firms' licence (乳制品企业生产许可证, 食品加工企业取得生产许可证) is a
    # food licence.
    (r"(?:乳制品|乳品|肉制品|饮料|酒类|食品)(?:生产)?(?:加工)?企业[^，,；;。\d]{0,4}?生产许可证?|"
     r"(?:乳制品|乳品|肉制品|饮料|酒类|食品)(?:生产)?(?:加工)?企业[\d.%]+(?:的)?(?:获得|取得)了?生产许可证?|"
     # (the licences counted between the firms and the licence: 食品企业取得约3万张生产许可证;
     # read up to the count, the firms and their verb name the scheme)
     r"(?:乳制品|乳品|肉制品|饮料|酒类|食品)(?:生产)?(?:加工)?企业(?:获得|取得|领取)了?[约近共计]{0,2}"
     r"(?:[\d.]+\s*万?\s*(?:张|份)(?:的)?生产许可证?|$)",
     "food_licence"),
    # (获得生产许可证的食品加工企业: the firms' trade, told after the licence)
    (r"生产许可证?的(?:乳制品|乳品|肉制品|饮料|酒类|食品)(?:生产)?(?:加工)?企业", "food_licence"),
    (r"食品生产许可证?|食品质量安全市场准入|QS(?:生产许可证|认证|标志)?", "food_licence"),
    # Special equipment's own licences (特种设备制造许可证, 气瓶充装许可证, 电梯安装许可证): a
    # licence of no scheme the schema names, never the industrial products' 生产许可证.
    (r"(?:特种设备|锅炉|压力容器|压力管道|电梯|起重机械|气瓶|游乐设施|客运索道)[^，,；;。、\d]{0,8}?许可证?",
     "equipment_licence"),
    (r"(?:工业产品|工业)?生产许可证?", "production_licence"),
    (rf"(?:3C|CCC|强制性产品认证|强制性认证|强制认证){_CERTIFIED}", "ccc"),
    (rf"(?:ISO\s?9000|ISO\s?9001|GB/T\s?19001|质量管理体系|质量体系){_CERTIFIED}", "quality_system"),
    (rf"(?:ISO\s?14000|ISO\s?14001|环境管理体系){_CERTIFIED}", "environment_system"),
    (rf"(?:测量管理体系|计量保证(?:能力)?(?:C标志)?确认|计量合格确认|计量检测体系){_CERTIFIED}",
     "measurement_management"),
    (rf"能源管理体系{_CERTIFIED}", "energy_management"),
    (rf"(?:HACCP|危害分析与关键控制点|危险分析与关键控制点|食品安全管理体系|ISO\s?22000|"
     rf"食品(?:\(酒类\))?认证){_CERTIFIED}", "food_safety"),
    # (三品一标: the farm labels and geographical indications counted as one)
    (rf"(?:无公害(?:农产品)?|绿色食品|有机农产品|有机(?:食品|产品)?(?=认证|产品认证)|良好农业规范|GAP|"
     rf"[“\"]?三品一标[”\"]?)"
     rf"{_CERTIFIED}", "agricultural"),
    (r"计量认证|资质认定|实验室认可", "laboratory"),
    # Papers or their holders told only as held (获证企业, 有效证书), no scheme named with them:
    # the one scheme the report names before (a report on 3C that goes on with 获证单位30家).
    (r"获证|有效(?:的)?证书", "held"),
    # A licence not named (许可证, 发证): licensed, of no scheme told; so is a special
    # equipment firm's qualification (具有安装资质的企业40家).
    (r"许可证|发证|(?:安装|改造|维修|修理|制造|充装)(?:许可)?资质", "licence"),
    # Several schemes at once, or none named.
    (r"认证证书|认证", "any"),
)
# Schemes that are licences: a grant of one is ``licensed``, of any other ``certified``
# (``licence``, a licence of no scheme told, and ``equipment_licence`` are written as ``any``).
LICENCES = frozenset({"food_licence", "production_licence", "licence", "equipment_licence"})
# A word that names the geographical indication a bare special mark belongs to.
INDICATION = r"地理标志"
# Licences of no scheme the schema names, written as ``any``.
UNNAMED_LICENCES = frozenset({"licence", "equipment_licence"})

# (…体系认证企业47家, 绿色食品认证58个: a count right after the scheme's name)
# (未取得…许可证擅自生产: firms without one)
# (nor a check of whether they hold one: 检查企业是否具有许可证, 有无取得…)
# (办理 of the licence or certificate it names: 为12家企业办理《某某许可证》; not 办理年审)
_GRANTS = (r"(?<!未)(?<!没有)(?<!尚未)(?<!不)(?<!是否)(?<!有无)(?:获证|发证|发放|颁发|核发|取得|获得|"
           r"拿到|领取|持有|通过|获|具有|具备|办理了?(?=[《“\"]?[^，,；;。\d《》“”]{0,8}?(?:许可证|证书)))")
_GRANTED = rf"{_GRANTS}|(?:认证|确认)(?:的)?企业|(?:认证(?:证书)?|确认)[共计达为]{{0,2}}$"
# (not a grant its clause then revokes: 对9家企业持有的许可证予以撤销; but a new licence given
# for an old one taken back is a grant: 核发许可证20张并收回原证书)
# (or the bare verb right after the licence: 对3家企业进行了许可证注销; not one further on,
# which may be another firm's or the old licence's: 45家企业获证、3家企业注销许可证, 获得新版
# 许可证并注销旧证)
_REVOKED_LATER = (r"(?!(?:[^，,；;。、]{0,24}?(?:予以|依法|决定|被|已经?被?|均已?被?|许可证|证书?))?"
                  r"(?:注销|吊销|撤销|撤消|撤回))")
_GRANTED_AFTER = rf"[^，,；;。、]{{0,20}}?(?:{_GRANTS}){_REVOKED_LATER}"
_FIRMS = r"家次|家\(次\)|家|户"
# A tally of certificates granted or held, then the organisations it 涉及 (新颁发…证书860张，
# 涉及企业712家; 共有认证证书860张, 认证证书总数达860张): the grant's or holding's word before
# the certificates (or their 总数 after them), none of losing them between.
_LOST = r"注销|吊销|撤销|撤消|撤回|收回|暂停|到期|过期|失效"
_GRANTED_TALLY = (r"(?:(?<!未)(?:新增|新发|新颁发|颁发|发放|核发|换发|获得|获证|有效|持有|共有|现有|"
                  rf"拥有|累计)(?:(?!{_LOST})[^，,。；;！？!?\d]){{0,14}}?(?:证书|认证)|"
                  rf"(?<!{_LOST.replace('|', ')(?<!')})(?:证书|认证)(?:总数|总量))"
                  r"[^，,。；;！？!?\d]{0,6}?(?:共|计|达到?|为)*[\d.]+\s*万?(?:张|份|个|项)"
                  r"[，,]\s*(?:共|累计)?涉及(?:获证)?(?:组织|企业|单位)(?:共|计|达到?|为)*$")
_NOT_LOST = "".join(f"(?<!{word})" for word in f"{_LOST}|无效".split("|"))
_FARM_LABELS = r"无公害|绿色食品|有机|三品一标"
_PAPERS = r"张|万张|份"
# The farm labels' products by name, and the indication products counted with them (after
# one of the labels only: 地理标志农产品 alone is an honour's, the brands' area).
# (三品一标, the three labels and the indications counted as one, before its products:
# 全县三品一标产品总数为420个)
_LABELS = r"无公害农产品|绿色食品|有机农产品|有机食品|有机产品|[“\"]?三品一标[”\"]?(?:农产品|产品)"
_LABELLED = rf"{_LABELS}|地理标志农产品"
# Products sampled, tested or found counterfeiting a label are no stock of certified ones
# (抽检绿色食品20个; 查处冒用绿色食品标志的产品3个).
_NOT_A_STOCK = r"(?:抽检|抽查|抽样|抽取|检测|检验|监测|检查|查处|冒用|假冒|伪造|盗用)[^，,；;。]*$"
# A clause of firms that hold no licence, or lost one (未取得…, 无证, 注销…): no holders.
_NOT_HELD = r"(?:未(?:取得|获得|领取)|没有(?:取得|获得)|无证|吊销|注销|撤销|撤消|撤回|收回)[^，,；;。]*$"

# Firms a check went through, told by the licence they hold (抽查了取得生产许可证的电缆生产企业
# 63家, 对持有许可证的12家企业进行检查, 检查获证企业80家): the check's object, no firms licensed.
# (not a check passed on the way to the licence: 经现场检查合格取得许可证的企业)
_CHECKED_HOLDERS = (r"(?:抽查|抽检|抽样|抽取|检查|统检|巡查|督查|排查)(?!合格|验收|通过)了?[^，,；;。]*?"
                    r"(?:取得|获得|持有|具有|具备|获证)[^，,；;。]*$")

# Licences only reviewed, the firms that hold them the review's object (对…持证企业的许可证
# 实施年审, 对17家取得许可证的企业进行了复审): no firms licensed. Not a review failed or passed
# (因年审不合格被吊销, 通过许可证复审), nor firms said to hold licences that were also reviewed
# (已有20家企业持有许可证并办理了年审), nor any other metric's. The review's object follows a
# 对 that is no part of another word (not 针对, 面对, 相对, 对照: 针对新规，…). A review 开展ed
# needs no rule here: ``not_after``'s 开展 already takes every figure before it.
REVIEWED_OBJECT = r"(?<![针面相绝反核])对(?![比照接标于])"
REVIEWED = r"[^，,；;。]*?(?:实施|进行了?|办理)(?:年审|复审)(?!不合格|未通过)"

CERTIFICATION = TallyWords(
    trigger=r"用标|地理标志|许可证|认证|获证|发证|有效(?:的)?证书|生产许可|QS|3C|CCC|ISO|体系|HACCP|确认|资质|专用标志|"
            r"无公害农产品|绿色食品|有机农产品|三品一标",
    units=r"家次|家\(次\)|家|户|张|份|个|项",
    names=SCHEMES,
    metrics=(
        # (not 注销营业执照: a business licence, the market regulator's)
        # (撤销…认证证书27张: the verb reaches past the certificate's name, which would
        # otherwise read as a grant, to the figure)
        Metric("revoked", rf"{_FIRMS}|{_PAPERS}|个",
               before=r"(?:注销|吊销|撤销|撤消|撤回|收回)(?!营业执照)"
                      r"(?:(?:3C|[^，,；;。!?\d]){0,16}?(?:证书|许可证)[共计达为]{0,2}$)?",
               after=r"[^，,；;。]{0,20}?被(?:注销|吊销|撤销|撤消)(?!营业执照)|"
                     r"[^，,；;。]{0,30}?(?:予以|依法|决定)(?:注销|吊销|撤销)|"
                     # (对4家停产企业进行了许可证注销: the verb after the licence; not one left
                     # undone, 发现2家未按规定进行许可证注销, nor only announced or applied
                     # for, 进行许可证注销公示)
                     r"(?:(?!未|没有|不)[^，,；;。]){0,30}?进行了?(?:[^，,；;。\d]{0,8}?(?:许可证|证书))?"
                     r"(?:注销|吊销|撤销)(?!公示|公告|申请|手续办理)",
               # (无效证书(含暂停、注销、过期)N张: papers no longer valid for any reason, a
               # stock, no revocation counted)
               unless=r"无效(?:的)?(?:证书|许可证)[^，,；;。\d]*$"),
        Metric("refused", rf"{_FIRMS}|{_PAPERS}|个", before=r"不予许可|不予发证|不予受理|不予批准",
               after=r"[^，,；;。\d]{0,8}?不予(?:许可|发证|受理|批准)"),  # 对61家企业不予许可
        Metric("granted", rf"{_FIRMS}|{_PAPERS}", before=_GRANTED, after=_GRANTED_AFTER,
               names_in="clause", unless=_CHECKED_HOLDERS),
        # Licence holders held (a stock): 全区许可证企业30家32张证, 共有45家许可证获证企业 (not the
        # firms that hold none, 无生产许可证企业, nor, anywhere in the clause, firms found without
        # one or that lost theirs: 查处未取得许可证的企业4家, 吊销许可证企业3家 are revoked's).
        Metric("granted", rf"{_FIRMS}|{_PAPERS}",
               before=r"(?<![无未])(?<![无未]生产)(?:生产)?(?:许可证|获证)(?:的)?企业(?:共|计|达到?|为|有|已)*$|"
                      r"(?:许可证|获证)(?:的)?企业[\d.]+\s*(?:家|户)$",
               # (not a licence its clause then revokes: 对12家企业的14张许可证予以注销)
               # (right after the figure, read in a 对 clause too: not the 证 of a 认证 further
               # on, 对5家未通过…认证的企业)
               after=rf"^(?:(?:证书?|许可证)(?=[^\d]|$){_REVOKED_LATER}|"
                     r"\s*(?:的)?获证企业)",
               # (nor the holders a check went through: 检查持有许可证的水泥企业12家)
               names_in="clause", unless=f"{_NOT_HELD}|{_CHECKED_HOLDERS}"),
        # Papers held or issued, counted right after their name (在用的有效证书500张; 《某某
        # 许可证》40张; 各类许可证共3000张; 认证证书从1万张增至2万张: the first level, and the
        # second goes on with it); not papers lost (注销许可证3张: revoked's; 无效证书, 过期证书), nor other
        # certificates (检定证书, 作业人员证书: other areas').
        # (nor papers a check went through: 逐户核查各类许可证共60张)
        Metric("granted", _PAPERS,
               before=rf"{_NOT_LOST}(?:许可证|(?:有效|认证|获证)(?:的)?证书)[》”\"」]?"
                      r"(?:共|计|达到?|为|有|由|从)*$",
               unless=r"(?:抽查|抽检|检查|核查|查验|清查|排查|巡查|督查)[^，,；;。]*$"),
        # The organisations the certificates a sentence counts were given to, told after them
        # (新增认证证书9000张，涉及组织4500家): firms certified, only after a tally of
        # certificates granted or held (not of ones revoked, suspended or lapsed: 注销证书80张，
        # 涉及企业30家; nor a check of certified firms, 对获证企业开展检查，涉及企业12家).
        Metric("granted", _FIRMS, before=_GRANTED_TALLY),
        # Products certified: 58个农产品通过了认证 (not 23个产品类别).
        Metric("granted", r"个|项", before=_GRANTED, after=_GRANTED_AFTER,
               object=r"(?:农)?产品(?!类别|类|种类)(?:认证|数量?)?由?", names_in="clause"),
        # Firms approved to use a geographical-indication product's special mark (a grant of
        # the ``gi_mark`` scheme: mark_users): 专用标志使用企业36家, 核准5家企业
        # 使用…专用标志.
        Metric("granted", _FIRMS,
               # (their running total: 专用标志的使用企业累计达到75家, 用标企业总数达到58家)
               # (the verb of use before the mark, the users after it: 使用该地理标志专用标志的
               # 经营主体12家, 新增使用…专用标志市场主体40家; not a mark misused, 擅自使用)
               before=rf"(?:(?:{_GI_MARK})(?:的)?使用|用标|(?<!擅自)(?<!违规)(?<!违法)(?<!非法)使用[^，,；;。\d]{{0,16}}?"
                      rf"(?:{_GI_MARK})(?:的)?(?:经营|市场|生产)?(?=企业|单位|主体|者))"
                      r"(?:企业|单位|主体|者)(?:共|计|达到?|为|有|已|累计|总计|合计|总数|数量|现|目前)*$",
               # (核准变更…专用标志: users whose approval was changed, users still)
               # (the product named between the use and the mark, quoted or not: 获准使用《某县
               # 白茶》地理标志专用标志)
               after=rf"[^，,；;。]{{0,16}}?(?:获准|核准|准予|批准)?(?:使用|变更)[^，,；;。\d]{{0,24}}?(?:{_GI_MARK})",
               names_in="clause"),
        # A farm produce label's count right after its name: 绿色食品认证50个.
        Metric("granted", r"个", before=rf"(?:{_FARM_LABELS})[^，,；;。!?\d]{{0,6}}?认证(?:的)?(?:产品)?(?:达到|[共计达为有]){{0,2}}$"),
        # The products holding the farm labels, a stock counted right after the labels' names
        # (全省获得无公害农产品、有机食品、绿色食品标志的产品共1260个;
        # 有效使用有机农产品和绿色食品的达到315个): products certified, though no word of
        # certifying is said.
        Metric("granted", r"个", before=rf"(?:{_LABELS})(?:[、和及与](?:{_LABELLED}))*"
                                        r"(?:标志)?(?:的)?(?:产品)?(?:总数|数量)?"
                                        r"(?:已|共有|共计|累计|达到|达|为|有|共|计)*$",
               unless=_NOT_A_STOCK),
    ),
    # Other work on licensed or certified firms, which counts none licensed: supervision,
    # pilots, applications, reviews.
    block=r"申报|申请|推荐|监管|监督|检查|抽查|纳入|帮助|指导|培训|试点|转换|换证|复审|年审|"
          r"评审|审查|整改|查处|处罚|立案|无证|宣传|资料|手册",
    # 平均, 第: no count (firms something was done to, 对215家获证企业回访检查, are ``not_after``'s).
    not_before=rf"(?:平均|每|第|居|排名|位列)[^，,；;。!?\d]{{0,4}}$|{PER_UNIT_OR_SHARE}",
    # (478家收货人注册登记资格: a registration, not a certificate)
    # (a regional quality brand's 认证, 通过“某省精品”认证, is an honour, the brands' area)
    # (licences reviewed, 对…持证企业的许可证实施年审, are ``REVIEWED``'s: no grant of a licence,
    # though a review failed or passed is a fact of its own)
    not_after=r"[^，,；;。]*?(?:监管|监督|检查|核查|抽查|评审|帮扶|试点|纳入|申报|申请|开展|注册登记|登记资格)|"
              r"[^，,；;。]{0,30}?(?:精品|品牌)[”\"」]?认证",
    name_reach=24,
    weak=("licence", "held", "mark"),  # 42家实验室通过计量认证并领取证书: the certification named
    keyword_in_clause=True,
)
