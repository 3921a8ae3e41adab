"""What stands before a winner's name but is no part of it: words read with the last checks
on a named winner (extract/brands_honours_guards.py)."""

from __future__ import annotations

from ... import regex_cache as rx

# A copied page's stray words glued in front of each entry of a list of winners: a piece of
# an event's wording (举办, 颁奖, 典礼, 展示) or of a software advert (…源码). A winner's name
# never holds one before three more characters of its own; the name is what follows the last.
# (A firm or a hall named for a show keeps its name: 某某展示有限公司, 城市展示馆.)
GLUED_BEFORE_A_NAME = rx.compile(
    r"^.*(?:举办|颁奖|典礼|展示|源码)(?=[^\W\d_a-zA-Z]{3,}$)(?!.*(?:公司|集团|中心|馆|厂|店|社)$)")
