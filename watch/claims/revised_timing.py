"""A schedule told as revised by "now seen in" or "now expected in" right after the claim's
subject: "bank licence now seen in second half", "the licence is now expected by the fourth
quarter", 银行牌照现预计于下半年, 牌照目前预计延至四季度. The date times the subject's event though
no `when.near` word stands by it: the expectation now is the news, a revised schedule, and
"now" makes it so (a bare "licence expected in Q4" is left to `when.near`). Pure, over
normalised text (lower case, simplified Chinese)."""

from __future__ import annotations

import re

from watch.claims.dates import DateSpan

# the revision lead right before the date (an article may stand between)
_NOW_SEEN = re.compile(
    r"(?<![a-z])(?:is\s+|are\s+)?now\s+(?:seen|expected|forecast|projected|eyed|targeted|"
    r"pencilled|penciled|pegged|slated|due|likely)\s+(?:(?:arriving|coming|landing|"
    r"happening|in\s+hand)\s+)?(?:in|by|for|during|until|around)\s+(?:the\s+)?$|"
    r"(?:现|现在|目前|如今)(?:预计|预期|料|估计|看)(?:将)?(?:于|在|延至|延到|推迟至|推迟到|延后至|最快)?$"
)
# the subject's alias, then at most a short gap in its clause: "licence now", 牌照现
_GAP = re.compile(r"[\s\w'’-]{0,24}", re.ASCII)
_ZH_GAP = re.compile(r"[\u4e00-\u9fff]{0,4}")
_LEAD_REACH = 40


def revised_for(names: list[tuple[int, int]], norm: str, d: DateSpan) -> bool:
    """True when a "now seen/expected in" lead before `d` follows one of the subject's
    aliases (`names`: their spans) in its clause: the date is the subject's event's, revised."""
    lead = _NOW_SEEN.search(norm, max(0, d.start - _LEAD_REACH), d.start)
    if lead is None:
        return False
    gap = _ZH_GAP if not lead.group().isascii() else _GAP
    return any(end <= lead.start() and gap.fullmatch(norm, end, lead.start()) for _, end in names)


_ZH_GATE = re.compile(r"(?:现在?|目前|如今)(?:预|料|估|看)")


def may_revise(norm: str, start: int, end: int) -> bool:
    """A cheap gate for `revised_for`: "now", or 现/目前/如今 before an expectation word, in
    norm[start:end]."""
    if norm.find("now", start, end) >= 0:
        return True
    return _ZH_GATE.search(norm, start, end) is not None
