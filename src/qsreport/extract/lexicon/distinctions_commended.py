"""The words of commendations counted (read by :mod:`..distinctions_commended`): the firms,
units or people a government or a bureau commended or rewarded — firms rewarded for an honour
they won (对获得省名牌的12家企业给予奖励, 为8家企业颁奖), and the advanced units and persons of a
year's work (表彰先进集体20个、先进个人45名). Not the money (``reward_money``), nor those
attending (参加表彰大会的代表300人)."""

from __future__ import annotations

# (a count in figures, or in words as notices write it: 十二个先进集体, 三家企业; not an ordinal
# nor a rank: 第三名, 前三名)
_NUM = (r"(?<![第前\d一二三四五六七八九十两百])(?P<num>\d+|[一二三四五六七八九十两百]{1,4})"
        r"\s*(?:余|多)?\s*")
_UNIT = r"(?P<unit>家|户|个|名|位|人)"
_WHO = r"(?:企业|单位|组织|公司|集体|个人|工作者|同志|班组|科室|职工|员工)"
_GAP = r"[^。；;，,!?！？\d\n]"  # (not across a line: a headline's 表彰 is no verb of the body)
# What the commendation is: a word of praise or reward (表彰, 奖励, 颁奖, 通报表扬, 嘉奖).
_PRAISE = r"(?:表彰|奖励|颁奖|嘉奖|通报表扬|奖金|奖励金|奖补|奖牌|奖杯|荣誉证书)"
# An advanced title (先进集体, 先进单位, 先进个人, 先进工作者; 标兵).
_ADVANCED = (r"先进(?:集体|单位|个人|工作者|企业|班组|科室|工作单位)|标兵(?:单位|个人)?|"
             r"优秀(?:集体|单位|个人|工作者)")

COMMENDED: tuple[tuple[str, str], ...] = (
    # the advanced, counted before their title (60个先进单位; 93名先进个人)
    # (a year's or a campaign's name may stand between, quoted: 28个单位“2019年质量品牌年先进单位”)
    ("commended", rf"{_NUM}{_UNIT}[^。；;，,!?！？\d、]{{0,28}}?(?:{_ADVANCED})"),
    # or after it (先进集体20个、先进个人45名; 先进单位共有12家)
    ("commended", rf"(?:{_ADVANCED})(?:共有|共|有|为|计)*\s*{_NUM}{_UNIT}"),
    # firms rewarded or commended, the count after 对/为/向 and before the reward (对获得省名牌的
    # 4家企业分别给予奖励; 为3家企业颁奖; 对14家名牌企业再发奖励金; 对…等51家…企业进行表彰奖励)
    ("commended", rf"(?:对|为|向|给)(?:{_GAP}|、){{0,40}}?{_NUM}{_UNIT}(?:{_GAP}|、){{0,24}}?{_WHO}?"
                  rf"(?:[^。；;，,!?！？]){{0,16}}?{_PRAISE}"),
    # firms counted before a reward they got (12家企业分别获得奖励; 9家单位受到通报表扬)
    ("commended", rf"{_NUM}{_UNIT}{_GAP}{{0,12}}?(?:获得|得到|受到|获)(?:[^。；;，,!?！？]){{0,12}}?{_PRAISE}"),
    # the verb of praise before the count (表彰了…12家企业; 表彰先进单位20个 is read above)
    # (not a meeting's name: 表彰大会共有400余名职工参加 counts those attending)
    ("commended", rf"(?:表彰|嘉奖|奖励|颁奖给)(?!大会|会|典礼|活动)(?:了)?(?:{_GAP}|、){{0,40}}?{_NUM}{_UNIT}"
                  rf"{_GAP}{{0,10}}?{_WHO}"),
)
# The sentence must commend or reward; and no count of those attending or applying.
COMMENDED_SENTENCE = rf"{_PRAISE}|先进(?:集体|单位|个人|工作者)|标兵"
NOT_COMMENDED = (r"参加|出席|代表|参会|与会|申报|报名|推荐|候选|评选条件|不超过|每家|每个|每名|每位|"
                 r"举报|线索|拟")
