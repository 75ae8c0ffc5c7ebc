"""A claim about all of something, and a confirming cue said of a counted part of it ("will
retire all its remaining A380s" against "the other four superjumbos have been withdrawn", "four
of the ten", 其中4架已退役): a step taken in batches, not the whole done, so the cue is a
mention. Pure helpers over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import Span, last_match
from watch.models import Stance

# The statement says all: "all its remaining", "every", "entire", 全部, 所有, 全数.
_ALL = re.compile(r"(?<![a-z])(?:all|every|entire)(?![a-z])|全部|所有|全数|悉数")
_EN_NUMBER = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"
_ZH_NUMBER = r"(?:[0-9]+|[一二三四五六七八九十两几]+)"
_ZH_UNIT = r"(?:架|艘|台|座|家|个|辆|条|间|处|列|部)"
# The counted part as the cue's subject, right before it in its clause: "the other four
# superjumbos have already been", "four of its A380s will be", "some of the fleet was",
# 其中4架已经, 另外四架, 当中两艘. A count that is the whole ("all four", "the remaining
# four", "the last four", 全部4架, 剩余4架) is no part: `_WHOLE` below.
_PART = re.compile(
    rf"(?<![a-z])(?:(?:the\s+)?(?:other|another|first)\s+{_EN_NUMBER}|{_EN_NUMBER}\s+of\s+"
    r"(?:its|the|their|our|these|those)|some\s+of\s+(?:its|the|their|our))"
    r"(?:\s+[a-z0-9-]+){0,3}\s+(?:(?:have|has|had|will|would|are|is|were|was|been|be|"
    r"already|now|since|being)\s+){0,4}$|"
    rf"(?:其中|另外|另|当中|之中|首批|第一批){_ZH_NUMBER}{_ZH_UNIT}[^，。；,;]{{0,10}}$"
)
_WHOLE = re.compile(
    r"(?<![a-z])(?:all|remaining|last|entire|whole)(?![a-z])|全部|剩余|余下|最后|所有|全数"
)
_REACH = 48


def part_of_all(statement: str, norm: str, span: Span, item: Item) -> str | None:
    """The counted part that is a confirming cue's subject, when the claim's statement is about
    all of something, else None."""
    if item.kind is not EvidenceKind.CUE or item.stance is not Stance.CONFIRMS:
        return None
    if not _ALL.search(statement.lower()):
        return None
    found = last_match(_PART, norm[max(span.start, item.start - _REACH) : item.start])
    if found is None or _WHOLE.search(found.group()):
        return None
    return found.group().strip()
