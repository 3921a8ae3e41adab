"""What stands before a winner's name but is no part of it: words read with the last checks
on a named winner (extract/brands_honours_guards.py)."""

from __future__ import annotations

from ... import regex_cache as rx

# A copied page's stray words: a piece of an event's wording (举办, 颁奖, 典礼, 展示) or of a
# software advert (…源码) — each only as a word of its own, never a part of another word: 会展
# and 示范 in 会展示范基地, 发展示范区, 选举办法, 颁奖品, 庆典礼品, 资源码头 hold none. (The
# characters before or after each that would make another word with it.)
_STRAY_WORD = (r"(?<![会参布发开进画书影车巡招特专])展示(?![范意例警威众弱好])"
               r"|(?<![选列壮创推检科高])举办(?![公理法事学])"
               r"|颁奖(?![励项品金杯牌状章])"
               r"|(?<![经字词庆盛古法大宝恩辞])典礼(?![品物仪堂包盒貌拜服])"
               r"|(?<![能资水电来货客财根起泉桃光开])源码(?!头)")
# Such a piece at the start of an entry of a list of winners (a few words before each stray
# word: 某某典礼, 免费下载源码), with a name of three or more characters after it; the name is
# what follows the last. (A firm or a hall named for a show keeps its name: 某某展示有限公司,
# 城市展示馆.) Cut only where several entries of one list carry one (extract/
# brands_honours_guards.py): a single winner holding such a word is named so.
GLUED_BEFORE_A_NAME = rx.compile(
    rf"^(?:.{{0,12}}?(?:{_STRAY_WORD}))+(?=[^\W\d_a-zA-Z]{{3,}}$)"
    r"(?!.*(?:公司|集团|中心|馆|厂|店|社)$)")
# A piece of a sentence's own wording at a name's edge: the name was read across the words that
# tie its sentence together, so it is a clause, not a winner. At its start a pointer that opens
# a sentence (这是…, 这也是…, 此为…) or an opening bracket (a bracketed note belongs to the word
# before it: 某示范市(某县)项目); at its end a word that carries the sentence on past the
# subject (…而且, …并且, …皆, …均, …亦 — not 都, which ends towns' names).
CLAUSE_WORD_AT_EDGE = rx.compile(r"^(?:这(?:也|就)?是|此为|[(\[【])|(?:而且|并且|皆|均|亦)$")
# A headline's column name glued before its words by a column bar (某某观察丨…, 专题丨…): a
# name holding the bar is a piece of the headline, not a winner (no name is written with one).
COLUMN_BAR = rx.compile(r"丨")
# What stands before an entry of a list: a list's separator, or its sentence's start.
BEFORE_AN_ENTRY = frozenset("、，,；;：:和及与 \n")
