"""Whether the text before a place of a report says its names only applied or stand on an open
shortlist (:func:`.brands_honours_checks.not_won_yet` of all the text before the place), asked
at many places of one report: each numbered group's heading of a notice, each title line under
a list's heading. Asked anew, each answer reads the whole text before its place, and a long
notice of many groups took time growing with its square (the sentences of the tests made into
a 240 KB text: 3.4 s, 8x the time of a quarter of it). Here the report is read once, and each
answer reads again only the few hundred characters before its place.

The answers are the same as on the text before the place. Every pattern the test uses reads a
bounded stretch around where it is tried (the reaches below, lookarounds included), so where
it is tried well before the place it finds there what it finds in the whole report; only the
stretch near the place is read again, as the text cut at the place ends it. A step passed
(``STEPS_PASSED``, blanked out before the test) may look past a run of blanks of any length:
where such a run of 200 or more stands near the place, and near a report's start, the whole
text before the place is read as before."""

from __future__ import annotations

import bisect
import re

from .. import regex_cache as rx
from .brands_honours_checks import STEPS_PASSED, not_won_yet, without_steps_passed
from .lexicon.brand_status import DECIDED, SHORTLIST, SHORTLIST_DONE
from .lexicon.brands import APPLIED_FOR

# How far each pattern reads from where it is tried, rounded up: APPLIED_FOR's look ahead after
# 申报 (、 and 16, 的, 40 clause characters, a verb and the 30 after it: ~105) and 2 behind;
# SHORTLIST 5, SHORTLIST_DONE 22 and 1 behind, DECIDED 6; STEPS_PASSED 44 and its look ahead
# (a comma, blanks, 最终 and a verb of 3).
_APPLIED_REACH = 150
_SHORT_REACH = 40
_WINDOW = 300  # read again before the place: STEPS_PASSED's 50 and the blanks it may look over
_LONG_BLANK = rx.compile(r"\s{200}")
_NEAR_START = 2000  # places before this: the text before them read whole (as cheap)
# Every place where DECIDED matches (overlapping ones too: 决定认定了), for "is there one in
# a stretch" without trying it there
_DECIDED_AT = rx.compile(f"(?=(?:{DECIDED.pattern}))")


class NotWonBefore:
    """``not_won_yet(view[:at])`` for any ``at`` of one report, by :meth:`before`."""

    def __init__(self, view: str) -> None:
        self._view = view
        steps = list(STEPS_PASSED.finditer(view)) if "等" in view else []
        self._step_starts = [step.start() for step in steps]
        self._step_ends = [step.end() for step in steps]
        blanked = without_steps_passed(view) if steps else view
        self._blanked = blanked
        none = len(view)  # (no match starts there)
        self._first_applied = _start(APPLIED_FOR.search(blanked), none)
        self._first_shortlist = _start(SHORTLIST.search(blanked), none)
        self._first_done = _start(SHORTLIST_DONE.search(blanked), none)
        chain = list(SHORTLIST.finditer(blanked))  # (as open_shortlist walks them)
        self._shortlist_starts = [match.start() for match in chain]
        self._shortlist_ends = [match.end() for match in chain]
        self._decided = [match.start() for match in _DECIDED_AT.finditer(blanked)]

    def before(self, at: int) -> bool:
        """Whether ``view[:at]`` says its names only applied or stand on an open shortlist."""
        view = self._view
        cut = at - _WINDOW
        if at < _NEAR_START or _LONG_BLANK.search(view, cut, at):
            return not_won_yet(view[:at])
        # The steps blanked out before ``cut`` are the whole report's; their scan goes on
        # from ``cut``, or from the end of a step that covers it.
        last = bisect.bisect_left(self._step_starts, cut) - 1
        resume = max(cut, self._step_ends[last]) if last >= 0 else cut
        near = view[resume:at]
        if "等" in near:
            near = without_steps_passed(near)
        offset = resume - _APPLIED_REACH - 10
        text = self._blanked[offset:resume] + near  # the text before ``at`` as the test reads it
        edge = resume - _APPLIED_REACH
        if self._first_applied < edge or APPLIED_FOR.search(text, edge - offset):
            return True
        edge = resume - _SHORT_REACH
        if self._first_shortlist >= edge and not SHORTLIST.search(text, edge - offset):
            return False
        if self._first_done < edge or SHORTLIST_DONE.search(text, edge - offset):
            return False
        # The last shortlist word: the report's before ``edge``, then those after it
        last = bisect.bisect_left(self._shortlist_starts, edge) - 1
        last_end = self._shortlist_ends[last] if last >= 0 else -1
        for match in SHORTLIST.finditer(text, max(edge, last_end) - offset):
            last_end = match.end() + offset
        decided = bisect.bisect_left(self._decided, last_end)
        if decided < len(self._decided) and self._decided[decided] < edge:
            return False
        return DECIDED.search(text, max(last_end, edge) - offset) is None


def _start(match: re.Match[str] | None, none: int) -> int:
    return none if match is None else match.start()
