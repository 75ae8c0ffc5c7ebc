"""A goal declared failed: "the EUR 10bn target is no longer realistic", "will miss its $5bn
goal", 年中破百亿目标落空, 100亿欧元的目标已不再现实, 目标无法实现. A goal merely named is a
mention (`figures.goal_word`); a goal its holder or the report says will not be met is news
against a claim that the figure will be reached. The failure word after the goal noun is the
goal's own: it does not negate another figure before it ("降至92亿欧元 年中破百亿目标落空").
Pure helpers over normalised text, gated on a goal noun.
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

_GOAL_NOUNS = ("goal", "target", "ambition", "目标")
# The goal noun right after its figure (its $10bn target, 100亿欧元的目标) or right before it
# (a target of, 目标为); in English a noun or two may name what it counts ("its $10bn
# backlog target").
_GOAL_AFTER = re.compile(
    r"\s?(?:的)?(?:(?!goal|target)[a-z-]+\s){0,2}?(?:goal|target|ambition|目标)(?![a-z])"
)
_GOAL_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:goal|target|ambition)\s(?:of|is|was)|目标(?:为|是|定为)?)\s?$"
)
# A failure said after the goal: "is no longer realistic", "is now out of reach", 落空,
# "已不再现实", 无法实现, 难以达成.
_FAILED_AFTER = re.compile(
    r"[\s\"'“”「」]*(?:(?:is|was|has become|looks|seems|now|is now|has been)\s+)*[\"'“”「」]?"
    r"(?:no longer (?:realistic|achievable|attainable|feasible|within reach)|out of reach|"
    r"unrealistic|not realistic|unattainable|unachievable|not achievable|will not be (?:met|"
    r"reached|achieved)|won't be (?:met|reached|achieved)|will be missed|missed|abandoned|"
    r"scrapped|dropped)(?![a-z])|"
    r"[\s\"'“”「」]*(?:已经?|将|恐|基本|或)?[\"'“”「」]?"
    r"(?:落空|泡汤|告吹|无望|无法实现|难以实现|难以达成|无法达成|不再现实|不太现实|不现实|"
    r"不切实际|已不可能|不可能实现|被放弃|放弃)"
)
# ... or a failure verb before it: "will miss its EUR 10bn target", "abandoned its goal of",
# 放弃100亿目标, 未能实现100亿欧元的目标.
_FAILED_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:miss|misses|missed|will miss|fall short of|falls short of|fell short of|"
    r"abandon|abandons|abandoned|scrap|scraps|scrapped|give up|gives up|gave up|drop|drops|"
    r"dropped)(?:\s(?:its|their|the|a|his|her|our))?|放弃了?|未能实现|无法实现|未能达成|"
    r"难以实现|难以达成)\s?[^,;.，；。]{0,16}$"
)
FAILED_GATE = _GOAL_NOUNS
# A figure said to be out of reach with no goal noun: 1.1亿用户「今年做不到」, "110 million is out
# of reach this year"; its unit noun, a time word and a quote mark may stand between.
_UNREACHABLE = re.compile(
    r"[^,;.，；。!?！？]{0,10}?[\"'“”「」]?"
    r"(?:做不到|达不到|办不到|实现不了|完成不了|达成不了|无法达到|无法达成|无法实现|不可能达到|"
    r"(?<![a-z])(?:is|are|was|looks|seems|now)\s+(?:now\s+)?(?:out\s+of\s+reach|unattainable|"
    r"unachievable|not\s+achievable|beyond\s+reach)(?![a-z])|"
    r"(?<![a-z])(?:will|can)\s*not\s+be\s+(?:reached|achieved|met|hit)(?![a-z])|"
    r"(?<![a-z])(?:won't|can't|cannot)\s+be\s+(?:reached|achieved|met|hit)(?![a-z]))"
)
_UNREACHABLE_GATE = (
    "做不到",
    "达不到",
    "办不到",
    "不了",
    "无法",
    "不可能",
    "reach",
    "achiev",
    "not be",
)


def failed_goal(norm: str, item: Item) -> str | None:
    """The failure word of the goal a confirming figure is named as ("no longer realistic",
    落空), or of the figure itself said out of reach (1.1亿用户「今年做不到」), or None."""
    if item.kind is not EvidenceKind.AMOUNT or item.stance != Stance.CONFIRMS:
        return None
    window = norm[max(0, item.start - 24) : item.end + 32]
    if any(g in window[-32:] for g in _UNREACHABLE_GATE):
        bare = _UNREACHABLE.match(norm, item.end)
        if bare is not None:
            return bare.group().strip(" \"'“”「」")
    if not any(g in window for g in _GOAL_NOUNS):
        return None
    after = _GOAL_AFTER.match(norm, item.end)
    before = _GOAL_BEFORE.search(norm, max(0, item.start - 20), item.start)
    if after is None and before is None:
        return None
    tail = _FAILED_AFTER.match(norm, item.end if after is None else after.end())
    if tail is not None:
        return tail.group().strip(" \"'“”「」")
    head = _FAILED_BEFORE.search(
        norm, max(0, item.start - 48), item.start if before is None else before.start()
    )
    return None if head is None else head.group().strip()


def goal_negator(norm: str, negation: Marker, item: Item) -> bool:
    """True when the negation word after `item` ("落空", "no longer realistic") is a goal's own
    failure, the goal noun standing right before it and after the item."""
    if not any(g in norm[item.end : negation.start] for g in _GOAL_NOUNS):
        return False
    for g in _GOAL_NOUNS:
        at = norm.rfind(g, item.end, negation.start)
        if at >= 0 and _FAILED_AFTER.match(norm, at + len(g)) is not None:
            return True
    return False
