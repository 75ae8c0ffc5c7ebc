"""An expectation that sizes an event already under way. "Acme has started laying off staff,
with the cuts expected to total around 8,000": the layoffs are a fact, and "expected to total"
gives the size of that fact, not a guess whether it happens; 已开始裁员，预计全年裁员约8000人
says the same. Such a figure is not hedged (`hedges.hedge_and_source`); attribution still
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


# The sentence's own speaker before an expectation: "Uber said ..., but ... is expected to slip",
# Uber表示，……但……预计将延后. The speaker's verb comes right after its name (or a legal form).
_SPEECH = re.compile(
    r"\s*(?:,?\s*(?:inc|corp|co|ltd|llc|plc|ag|group)\.?)?\s*"
    r"(?:(?:has |had )?(?:said|says|told|announced|confirmed|stated|added|warned)(?![a-z])|"
    r"(?:公司|集团)?(?:表示|称|指出|透露|强调|坦言|证实|宣布|承认|回应))"
)
# Someone else's expectation between the speaker and the hedge ("Uber said analysts expect"):
# then the expectation is theirs, a hedge as before.
_OTHER_EXPECTER = re.compile(
    r"(?<![a-z])(?:analysts?|observers?|experts?|investors?|sources?|people familiar|media|"
    r"reports?|the market|markets)(?![a-z])|分析师|分析人士|观察人士|业内|业界|外界|市场|媒体|"
    r"报道|消息人士|知情人士|投资人|投资者|专家"
)
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.\s")
SPEAKER_REACH = 80


def spoken_by_own(norm: str, hedge: Marker, own: list[tuple[int, int]]) -> bool:
    """True when an expectation (`hedge`, an expect word) is told by its sentence's own speaker
    and that speaker is the claim's party (`own`, its names as spans): "Uber said it will
    resubmit, but the launch is expected to slip" is Uber's own news, not a reporter's doubt."""
    if hedge.word not in ("expect", "expects", "expected", "预计", "预期", "预估"):
        return False
    floor = max(0, hedge.start - SPEAKER_REACH)
    for end in (m.end() for m in _SENTENCE_END.finditer(norm, floor, hedge.start)):
        floor = end  # the speaker is in the hedge's own sentence
    for start, end in own:
        if start < floor or end > hedge.start:
            continue
        said = _SPEECH.match(norm, end)
        if said is not None and not _OTHER_EXPECTER.search(norm, said.end(), hedge.start):
            return True
    return False


# "still expected to complete it by year-end", 仍预计年底前完成: the party reaffirms a plan under
# way, news of its course, where a bare "expects to" restates the plan (hedged as before).
_STILL = re.compile(
    r"(?<![a-z])(?:still|continues to|continued to)\s+$|(?:仍然|依然|仍|依旧|继续)$"
)


def reaffirmed(norm: str, hedge: Marker) -> bool:
    """True when the expectation `hedge` is reaffirmed ("still expected", 仍预计)."""
    return _STILL.search(norm, max(0, hedge.start - 14), hedge.start) is not None
