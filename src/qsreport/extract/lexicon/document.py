"""Words that tell what kind of document a text is (read by ``extract/document``)."""

from __future__ import annotations

from ... import regex_cache as rx

# The subject: quality supervision and the work the areas read. A text with none of these
# is about something else.
SUBJECT = rx.compile(
    r"质监|质量技术监督|质量监督|质检|质量|标准|名牌|商标|计量|检定|检验|检测|特种设备|锅炉|电梯|"
    r"打假|假冒伪劣|执法|抽查|抽检|认证|生产许可|许可证|市场监管|市场监督|地理标志"
)
# A notice, a circular, a decision, a public list: texts that announce rather than report.
NOTICE = rx.compile(r"通知|公告|通告|公示|决定|意见|办法|规定|方案|通报|函$|批复|名单")
# A line that ends a sentence.
SENTENCE = rx.compile(r"[。！？!?；;]")
