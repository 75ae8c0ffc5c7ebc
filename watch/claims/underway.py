"""An expectation that sizes an event already under way. "Acme has started laying off staff,
with the cuts expected to total around 8,000": the layoffs are a fact, and "expected to total"
gives the size of that fact, not a guess whether it happens; 已开始裁员，预计全年裁员约8000人
says the same. Such a figure is not hedged (`context.hedge_and_source`); attribution still
weighs on it. Pure helpers over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Item

# The event said to be under way, earlier in the sentence than the expectation.
_STARTED = re.compile(
    r"(?<![a-z])(?:(?:has|have|had)\s+(?:already\s+)?(?:started|begun|commenced|kicked off)|"
    r"(?:is|are)\s+(?:already\s+)?under\s*way|began|kicked off)(?![a-z])|"
    r"已开始|已经开始|已启动|已经启动|已展开|已经展开|开始了|启动了|展开了|正陆续|已陆续"
)
# The expectation of a size: "expected to total / reach / number", 预计 ... 总数/人数/规模/全年.
_SIZE_EXPECTED = re.compile(
    r"(?:expected|expects|expect)\s+to\s+(?:total|reach|number|affect|hit|exceed|amount\s+to|"
    r"top|be\s+(?:about|around|roughly|some|nearly))(?![a-z])|"
    r"(?:预计|预期|预估)[^，。；;,.]{0,12}?(?:总数|总计|人数|规模|全年|共|合计|累计|达到|将达)"
)
UNDER_WAY_REACH = 160


def sized_under_way(norm: str, hedge: Marker, item: Item) -> bool:
    """True when `hedge` expects the size (`item`, an amount after it) of an event that the
    sentence has already said is under way, before the hedge."""
    if item.kind is not EvidenceKind.AMOUNT or item.start < hedge.end:
        return False
    sized = _SIZE_EXPECTED.match(norm, hedge.start)
    if sized is None or item.start - sized.end() > 24:
        return False
    return _STARTED.search(norm, max(0, hedge.start - UNDER_WAY_REACH), hedge.start) is not None
