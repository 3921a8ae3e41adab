"""Supervision (schema 2): the words of firms a check is done on, counted after 对 with the
firms' own description between the count and their noun, the check's verb after them (read by
:mod:`..supervision_governed`, ``enterprises_inspected``): 对45家前一轮抽检未达标的企业开展
跟踪抽查, 对80家取得许可证的厂家实施证后交叉检查. A short count before its noun and verb is
the sentence rules'; this reader adds only where none of them read the count."""

from __future__ import annotations

from . import NUM_GROUPED_ALONE as _NUM

# Firms of every kind a report calls so (not shops, markets or stations: places inspected).
_FIRM = (r"企业|生产企业|生产厂家|厂家|厂商|工厂|公司|生产单位|经营单位|生产经营单位|生产者|"
         r"销售者|经销商|批发商|供应商|生产商|制造商|获证企业|作坊|小作坊|加工企业|加工厂")
# Every verb of checking and sampling (a follow-up's and a cross-check's too).
_CHECK = (r"检查|抽查|抽检|抽样|抽验|抽测|排查|巡查|复查|互查|督查|核查|检验|检测|审查|稽查|"
          r"清查|摸排|查验|监督检查|执法检查|飞行检查|体系检查|跟踪检查|跟踪抽查")
# The doing verb between the firms and the check (进行了, 开展, 组织开展, 实施了; 逐一, 逐家).
_DO = r"(?:组织)?(?:进行|开展|实施)了?|逐一|逐家|逐户"
_GAP = r"[^，,；;。！？!?：:\d]"
GOVERNED_ROWS: tuple[tuple[str, str], ...] = (
    ("enterprises_inspected",
     rf"对\s*(?:辖区|全市|全省|全县|全区|本地|当地)?(?:内)?\s*{_NUM}(?P<unit>家|户|个)"
     rf"(?P<mod>{_GAP}{{2,24}}?)(?:{_FIRM})(?=\s*(?:{_DO}){_GAP}{{0,10}}?(?:{_CHECK}))"),
)
