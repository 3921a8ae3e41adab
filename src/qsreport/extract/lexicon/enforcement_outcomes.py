"""Supervision: the outcomes of enforcement that no metric of the checks counts (orders served,
complaints taken in, cases handed on, goods destroyed...), by the words before or after a figure."""

from __future__ import annotations

from .supervision_goods import GOODS_TAKEN_AFTER, GOODS_UNITS

# Orders and notices served on firms: 下达安全监察指令书14份, 发出限期整改通知书6份,
# 发出问题产品处理通知单20份, 下达行政处罚决定书5份 (an 征求意见书 of standards work is no order).
ORDERS = (r"指令书|整改通知|(?:处理|整改|改正|责令|停产|停止)[^，,。；;：:\d]{0,6}?通知(?:书|单)|"
          r"(?:监察|整改)意见书|(?:处罚|处理)决定书")

# Complaints taken in, right before their count, no handling of cases or other service
# between (see OUTCOMES; not 摆放投诉与咨询服务台4个).
COMPLAINTS = (r"(?:受理|处理|接到|接听|收到|接收|办结|调解|核查|答复)[^，,。；;：:\d]{0,10}?"
              r"(?:投诉|举报|申诉)(?:(?!查处|立案|查办|侦破|办理|奖励|咨询|服务)[^，,。；;：:\d]){0,6}?$")

# Enforcement outcomes that no metric above counts: the guide's "other" (cases handed on to the
# police or the courts, major and typical cases, penalties on the spot, case leads found,
# vehicles sent out, losses recovered for buyers, goods destroyed, farm inputs tested free).
# Rows: (words in the figure's own context before it, the units they count in).
OUTCOMES: tuple[tuple[str, str], ...] = (
    # (not 结案, cases closed: 立案12件，结案9件 — no metric of the guide counts them, and the
    # rounds' readers never keyed them; 办结案件 is the cases handled)
    (r"移送|移交|转办|转交|大案要案|大要案|要案|大案|典型案|现场处罚|当场处罚|案源|公开",
     r"起|件|宗"),
    # Vehicles sent out: 执法车辆46台次, 车辆28台(次), 车辆9台(辆), 出动车次6车次, and in 台 only right
    # after their word (执法车辆94台; 台 alone counts equipment, and so it does after 厂内机动车辆).
    (r"车辆|执法车|出动车次", r"台次|辆次|辆|台[(（][次辆][)）]|辆[(（]次[)）]|车次"),
    (r"(?:(?:执法|出动|出动了)车辆|执法车)(?:共|计|共计)?$", r"台"),
    (r"挽回[^，,。；;：:\d]{0,6}?损失|销毁", r"元|万元|亿元"),
    # Goods and equipment destroyed or pulled down, counted as goods are: 集中销毁了9台劣质
    # 热水器, 捣毁…加工设备12台, 拆除违规锅炉30台 (rounds 5, 22, 24, 26, 34, 43; not 个, the
    # count of dens: 捣毁窝点3个).
    (r"销毁|焚毁|粉碎|捣毁|拆除|摧毁",
     r"台|台套|台件|套|条|吨|公斤|千克|箱|桶|只|件|瓶|袋|根|副|卷|床|双|米|"
     r"台[(（][套件][)）]|箱[(（]件[)）]|件[(（][箱套床][)）]"),
    (r"免费(?:检测|检验)", r"个批次|批次|批"),
    # Orders and notices served on firms (see ORDERS).
    (ORDERS, r"份"),
    # Complaints and tip-offs taken in (受理投诉举报案件57起, 接到群众举报86件): not the cases
    # the bureau handled (根据举报查处案件12起 is those).
    (COMPLAINTS, r"起|件|宗|例|次|人次"),
)

# Cases handed on, the verb right after their count: 其中6起移送公安机关处理.
HANDED_ON_AFTER = r"(?<=[起件宗])(?:案件)?(?:已|均|被|已被|均已)?(?:依法)?(?:移送|移交)"

# The same, named after the figure in its clause: 案等5起典型案件, 货值60万元的劣质电线被当场粉碎.
OUTCOMES_AFTER: tuple[tuple[str, str], ...] = (
    (r"典型(?:违法)?案", r"起|件|宗"),
    (HANDED_ON_AFTER, r"起|件|宗"),
    (r"销毁|化为乌有|焚毁|粉碎", r"元|万元|亿元"),
    # Goods confiscated or sealed, the verb after them in their clause: 对超差的台秤11台当场
    # 予以没收, 600多箱假冒饮料被当场查获 (rounds 3, 14, 20, 22, 36).
    (GOODS_TAKEN_AFTER, GOODS_UNITS),
)
