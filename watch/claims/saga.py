"""A saga's story told in an aside: "The CRCC tunnel saga — paused, then terminated — is now
about money", "the Lisle dispute (suspended, later settled)", 这场隧道风波（先暂停、后终止）如今
只剩赔偿问题. The aside right after a saga noun sums up what happened, so a cue inside it is a
recap; what the sentence says of the saga now is its news. Pure helper for `recalled`, over
normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker

# the saga noun, then the opening of its aside: a dash or a bracket
_SAGA_OPEN = re.compile(
    r"(?<![a-z])(?:saga|affair|episode|drama|row|dispute|standoff|stand-off|tussle|wrangle|"
    r"imbroglio|story)\s*(?:—|–|--|\()\s*|"
    r"(?:风波|事件|纠纷|拉锯|风暴|風波|糾紛|拉鋸|風暴)\s*(?:——|—|（|\()\s*"
)
_ASIDE_CLOSE = re.compile(r"—|–|--|\)|）")
_ASIDE_REACH = 80
_OPENERS = ("—", "–", "--", "(", "（")  # the cheap gate: an aside's opening before the item


def saga_aside(norm: str, start: int, end: int) -> Marker | None:
    """A background marker for the saga noun whose aside holds norm[start:end], if any."""
    before = norm[max(0, start - _ASIDE_REACH) : start]
    if not any(o in before for o in _OPENERS):
        return None
    for m in _SAGA_OPEN.finditer(norm, max(0, start - _ASIDE_REACH), start):
        if m.end() > start:
            continue
        close = _ASIDE_CLOSE.search(norm, m.end())
        if close is not None and close.start() >= end and close.start() - m.end() <= _ASIDE_REACH:
            return Marker("background", norm[m.start() : m.end()].strip(), m.start(), m.end())
    return None
