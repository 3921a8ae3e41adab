"""Supervision: the words of goods seized, confiscated or destroyed (a list of them, the goods'
descriptions, the verbs after them and the units they are counted in), read by
:mod:`..supervision` and its outcome rows."""

from __future__ import annotations

from ... import regex_cache as rx

# What no clause of goods seized says (the firms' outcomes but the words that describe goods:
# 无证及仿冒线缆80余吨, 不合格化肥12吨, 违禁添加剂3公斤 are goods; rounds 7 and 26).
NOT_GOODS = rx.compile(
    r"整改|处罚|立案|发现|查处|涉及|关闭|停产|吊销|监管|管理|实行|实施|纳入|列入|督促|帮扶|帮助|"
    r"指导|培训|约谈|责令|获证|认证|许可|又|再次|重新|复产"
)

# A clause that is only goods, named at more length, goes on with the list of goods seized of
# the clause before, as one that is only a product goes on with a list of batches (查获劣质钢管
# 30吨，无证及假冒线缆和辅料1200米).
# (受理投诉31件 after it is another matter: complaints, an outcome the keys leave out)
# (相关包装、标签等材料6500件: the goods may be a 、-list of their own; 以及用于封装的胶袋30捆:
# a longer name after 以及; a brand in quotes: 假冒“某牌”啤酒45箱)
SEIZED_CLAUSE = rx.compile(
    r"\s*(?:(?!完成|已|共|累计|目前|发现|涉及|受理|投诉|举报|咨询|发放|培训)[^\W\d_a-zA-Z]|、|[“”\"‘’]){1,20}?"
)

# After a count of goods, what makes it a word describing the goods counted next in its clause:
# 查获仿冒8个品牌的轮胎320条 (the brands are no goods seized).
# (查获仿冒30多个品牌的服装、鞋帽等商品820件: the goods may be a 、-list)
# (nor is a weight right before the vessels it sizes: 扣留13公斤钢瓶14个, the cylinders are)
DESCRIBES_GOODS_AFTER = rx.compile(r"[^\W\d_a-zA-Z]{1,8}?的(?:[^\W\d_a-zA-Z]|、){1,16}?\d|"
                                   r"(?<=公斤|千克)(?:钢瓶|气瓶|瓶|桶|袋|罐)\d")

# The verb of goods taken after them: …予以没收, …被全部查获, …进行了查封 (see OUTCOMES_AFTER).
# (not a rule's article: 依据…第18条的规定予以查封)
GOODS_TAKEN_AFTER = (r"(?<!规定)(?<!条例)(?<!办法)"
                     r"(?:均|已|全部|依法|当场|现场)*(?:予以|被|已被|均被|进行了?)(?:全部|依法|当场)?"
                     r"(?:没收|查封|封存|扣押|查扣|查获|销毁)")
# Goods as a seizure counts them (not 个, 家 or 起: dens, firms, cases).
GOODS_UNITS = (r"台|台件|台[(（][套件][)）]|套|件|箱|箱[(（]件[)）]|吨|公斤|千克|袋|只|瓶|桶|条|"
               r"根|捆|床|双|米|副|支|盒|包|卷")
