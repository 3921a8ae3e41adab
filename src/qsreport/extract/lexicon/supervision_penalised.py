"""Supervision: the firms a report says were penalised or ordered to stop or to put things right
(schema 2's firms_penalised and firms_ordered), the penalty or order before or after their count;
read by :mod:`..supervision_outcomes`."""

from __future__ import annotations

from ... import regex_cache as rx

# Firms dealt with, not inspected: 查处违规企业6家, 当场查处了3家无证企业, 查处超范围生产
# 企业2家 (the penalty before the figure, in its own clause or list item), 对4家违规企业进行了
# 立案查处, 对5个无证作坊进行了查处 (after it).
# (a business penalised is a firm penalised, whatever it is: 对4家短斤缺两的加气站予以处罚)
# (and shops by any name: 店铺, 商铺, 零售店, 玩具店, as Hong Kong's reports write them; not a
# shop's owner or staff)
_PENALISED = (r"企业|单位|厂家|工厂|作坊|厂|加油站|加气站|充装站|超市|商场|门店|门市|经营户|商户|销售点|经销点|经销户|"
              r"经销商|经营主体|店铺|商铺|商行|店(?![主员长])")

# (吊销生产许可证7家, 注销了5家…企业, 封停企业9家: licences revoked, firms sealed)
FIRMS_PUNISHED_BEFORE = rx.compile(
    rf"(?:查处|处罚|取缔|关闭|关停|责令停产|吊销|注销|封停)了?(?:[^，,。；;：:\d]{{0,30}}?(?:{_PENALISED}))?$|"
    r"吊销了?[^，,。；;：:\d]{0,6}?(?:许可证|执照|证照|证书)(?:的)?$|"
    # (one named and the rest counted: 查处甲商行等9家经营主体; 对乙公司等4家企业予以处罚 is read
    # by the penalty after the firms)
    r"(?:查处|处罚|吊销|封停)了?[^，,。；;：:\d]{2,30}?等$|"
    # 查获无证生产…的加工厂1家: an unlawful maker caught (goods 查获 are read elsewhere)
    rf"查获了?[^，,。；;：:\d]{{0,12}}?(?:无证|无照|假冒|非法|违法|制假)[^，,。；;：:\d]{{0,20}}?(?:{_PENALISED})$"
)

FIRMS_PUNISHED_AFTER = rx.compile(
    rf"[^，,。；;：:\d]{{0,30}}?(?:{_PENALISED})(?:进行了?|予以|依法)?(?:立案)?(?:行政)?(?:查处|处罚)|"
    # (their licence revoked after them: 对7家经销商的营业执照依法吊销)
    rf"[^，,。；;：:\d]{{0,30}}?(?:{_PENALISED})的?[^，,。；;：:\d]{{0,6}}?(?:许可证|执照|证照)"
    r"(?:予以|被|已被|依法|均被)*(?:吊销|撤销)"
)

# Firms ordered to stop or to put things right (schema 2's firms_ordered): 责令6家企业限期整改,
# 责令4家无照作坊停止生产 (the order before the figure, the firms and what they must do after
# it), 对其中9家企业责令整改, 14家单位被责令改正 (all after it).
# The verbs of an order: 责令, and 勒令 and 责成 as other reports write it (勒令4间店铺…).
_ORDER = r"责令|勒令|责成"
ORDERED_BEFORE = rx.compile(rf"(?:{_ORDER})$")
# ... or the order and what it asks before the figure: 责令整改11家, 停产整顿食品企业15家; or
# the putting right itself, done on the firms named before or after the count (现场发现并整改
# 4家商户, 规范问题企业17家: the firms made to put things right; see PUT_RIGHT_AFTER).
ORDERED_DONE_BEFORE = rx.compile(
    rf"(?:(?:{_ORDER})(?:限期)?(?:整改|改正|停产整顿|停业整顿)|停产整顿)了?(?:[^，,。；;：:\d]{{0,16}}?(?:{_PENALISED}))?(?:共|计)?$|"
    rf"(?:整改|规范)了?(?:问题|违规|违法|不规范)(?:[^，,。；;：:\d]{{0,12}}?(?:{_PENALISED}))(?:共|计)?$"
)
PUT_RIGHT_BEFORE = rx.compile(r"(?:现场|当场|立即|及时|督促)?(?:发现并|查处并|并)?(?:整改|规范)了?$")
PUT_RIGHT_AFTER = rx.compile(rf"[^，,。；;：:\d]{{0,8}}?(?:{_PENALISED})")
# What an order asks after the firms: to put things right, to stop, to take goods off sale, or
# (Hong Kong's customs) to keep the goods at a place it names, 将…存放于指定地方.
ORDERED_AFTER = rx.compile(
    rf"[^，,。；;：:\d]{{0,16}}?(?:{_PENALISED})(?:[^，,。；;：:\d]{{0,4}}?(?:{_ORDER}|限期)?[^，,。；;：:\d]{{0,4}}?"
    r"(?:整改|改正|停止生产|停产|停业|停止使用|停止销售|暂停销售|停售|下架)|"
    r"将[^，,。；;：:]{0,30}?(?:存放|储存|存)于?指定)"
)
ORDERED_AFTER_ONLY = rx.compile(rf"[^，,。；;：:\d]{{0,16}}?(?:{_PENALISED})(?:被|已|均|已被)?(?:{_ORDER})")
# ... or told in the next clause, the firms' count closing its own: …的商户有4家，当即要求其改善;
# 其中12家，均已责令限期整改 (改善: the word Taiwan's reports write for 整改); never a clause
# that counts what it orders (…310家，责令整改14家; 督促整改问题30个: a count of its own).
ORDERED_NEXT = rx.compile(
    r"\s*[，,]\s*(?:并|已|均已|均|并已|现已)?(?:当场|现场|依法|当即|立即)?(?:要求|责令|督促|责成)(?:其|业者|企业)?(?:限期)?"
    r"(?:整改|改正|改善)[^，,。；;：:\d]*(?=[，,。；;：:]|$)")
# ... or served a notice to put things right: 对检查中发现问题的12家企业下达了限期整改通知书 (对
# before the figure, the notice after the firms).
ORDER_SERVED_BEFORE = rx.compile(r"对[^，,。；;：:\d]{0,24}$")
ORDER_SERVED_AFTER = rx.compile(
    rf"[^，,。；;：:\d]{{0,16}}?(?:{_PENALISED})[^，,。；;：:\d]{{0,3}}?(?:下达|发出|送达|签发|下发)了?"
    r"[^，,。；;：:\d]{0,8}?(?:整改|改正|停产|停业)[^，,。；;：:\d]{0,6}?(?:通知书|指令书|决定书)"
)
