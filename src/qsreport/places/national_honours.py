"""Honours the country gives whose names begin with 中国 (中国名牌, 中国驰名商标, 中国质量奖,
中国好粮油): words, not rules. A headline that names one is an honour's news, not one about the
whole country (:data:`.region._NATIONAL`)."""

# What follows 中国 in a national honour's name.
NATIONAL_HONOURS = ("名牌", "驰名", "质量奖", "品质奖", "消费名品", "好粮油", "农业品牌目录")
