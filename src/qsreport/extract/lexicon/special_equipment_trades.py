"""Special equipment: gas cylinders' names and units, and the goods and units of other trades
that make a count or a check none of the equipment's (read by :mod:`.special_equipment`)."""

from __future__ import annotations

# Gas cylinders' names (瓦斯桶, 桶装瓦斯: Taiwan's words for a cylinder of bottled gas).
CYLINDERS = r"气瓶|钢瓶|液化气瓶|液化石油气瓶|螺丝瓶|瓦斯桶|瓦斯瓶|桶装瓦斯"
# The bottled-gas trade's own places, named with no cylinder word (瓦斯行, Taiwan's gas shops;
# 分装厂, 灌装厂, the plants that fill cylinders): their users are the cylinders' users, and the
# kind they name is gas cylinders. (Not 充装站 or 充装单位 alone, which fill pipelines and
# vehicles' tanks too: 燃气管网运营和充装单位 are the pipeline's.)
GAS_TRADE = r"瓦斯行|(?:分装|灌装)[厂场]"
# ... and the users of bottled gas counted beside them in one check's list (检查气瓶充装单位6家，
# 销售点9家，使用经营户70家): the sale points and the shops that burn it, named so only there; and
# a filling station named by its cylinders, a few words after the count (对16个还在营业的气瓶充装站).
GAS_USERS = rf"{GAS_TRADE}|销售点|使用经营户|(?:气瓶|钢瓶|液化气|液化石油气)充装(?:站|单位|场|厂)"
# Cylinders counted in 支 or 桶 (抽查瓦斯桶30支, 查核桶装瓦斯50桶): read only beside their name.
CYLINDER_UNITS = r"支|桶"
# Other trades' goods, which make a sentence no summary of a check of the equipment.
OTHER_GOODS = r"食品|药品|化妆品|计量器具|电子秤|加油机|产品质量|商品|农资|消防"
# Units of another trade counted in a list beside the equipment's users (检查药品经营企业23家、
# 特种设备使用单位12家; 电暖器销售企业15家次; 餐饮服务单位8家): a seller, a caterer or
# another goods' firm in the count's own words, no 、 or comma between — not a gas seller,
# whose cylinders are the equipment (液化气经营单位), nor a partner named (会同消防部门对9家宾馆),
# nor the bottled gas's own sale points and users, a bare item of the gas trade's list
# (…，销售点3家，使用经营户40家: ``GAS_USERS``).
OTHER_TRADE = (r"(?:食品|药品|化妆品|农资|餐饮|(?<!燃气)(?<!液化气)(?<!液化石油气)(?<!瓶装)(?<!气瓶)"
               r"(?:(?<![，,、])销售|销售(?!点)|(?<!使用)经营))[^，,；;。、\d]{0,8}$")
