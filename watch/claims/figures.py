"""What a deal's figure is named as, beyond the words right beside it:

    the valuation of a deal only sought    "is seeking $100 billion ..., a deal that would value
                                            it at $830 billion": a plan, like the sum sought
    a goal                                 "could still hit its $100 billion goal", 目标1000亿美元:
                                            a size aimed at, not reached

Each function takes normalised text and spans and returns the word that decided, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from watch.claims.certainty import PENDING_REACH, pending_holds, plan_claim
from watch.claims.markers import Marker, scoped
from watch.claims.quantities import Quantity
from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item

# "its $100 billion goal", "a $100bn target", 1000亿美元的目标, 1000億美元目標: the goal noun right
# after the figure (a few characters: "的", a space) ...
_GOAL_AFTER = re.compile(r"\s?(?:的)?(?:goal|target|ambition|目标)(?![a-z])")
# ... or right before it: "a goal of $100 billion", "target of", 目标为, 目标是, 目标1000亿
_GOAL_BEFORE = re.compile(
    r"(?:(?<![a-z])(?:goal|target|ambition)\s(?:of|is|was)|目标(?:为|是|定为|设定为|达到)?)"
    r"\s?(?:about|around|roughly|some|约|大约)?\s?$"
)
# a goal noun inside a compound names another thing: 目标估值 (a target valuation) is the
# valuation a round is raised at, a term of the deal
_GOAL_COMPOUND = ("估值", "valuation", "price")

# "has hit its $60 billion goal", 实现了600亿美元的目标: a goal said to be reached is a size
# reached, unless a modal or a future puts the reaching ahead ("could still hit", 有望达成)
_REACHED = re.compile(
    r"(?:(?<![a-z])(?:hit|hits|reached|reaches|met|meets|achieved|surpassed|exceeded|beat|"
    r"topped)(?:\s(?:its|their|the|a))?|达成了?|实现了?|完成了?|超过了?|达到了?)\s?$"
)
_AHEAD = re.compile(
    r"(?:(?<![a-z])(?:could|may|might|will|would|to|still|aims to|hopes to)|可能|有望|可望|将|"
    r"力争|争取|希望)\s?$"
)


def goal_word(norm: str, start: int, end: int) -> str | None:
    """The goal noun the figure at norm[start:end] is named with ("its $100 billion goal",
    目标1000亿美元) when nothing says the goal was reached, or None."""
    word = None
    after = _GOAL_AFTER.match(norm, end)
    if after is not None and not norm.startswith(_GOAL_COMPOUND, after.end()):
        word = after.group().strip()
    before = _GOAL_BEFORE.search(norm, max(0, start - 20), start)
    if word is None and before is not None:
        word = before.group().strip()
        start = before.start()
    if word is None:
        return None
    reached = _REACHED.search(norm, max(0, start - 24), start)
    if reached is not None and not _AHEAD.search(
        norm, max(0, reached.start() - 16), reached.start()
    ):
        return None
    return word


def sought_deal(
    norm: str, start: int, figures: Sequence[Quantity], markers: list[Marker]
) -> Marker | None:
    """The `pending` marker ("seeking", 寻求) that governs a figure written before the
    valuation at `start` in the same sentence: the deal sought is the one valued, so its
    valuation is a plan too. None when no earlier figure is a plan."""
    for q in figures:
        if q.end > start:
            break
        m = scoped(norm, markers, "pending", q.start, q.end, reach=PENDING_REACH)
        if m is not None:
            return m
    return None


def only_planned(
    rule: ClaimRule, item: Item, norm: str, figures: Sequence[Quantity], markers: list[Marker]
) -> str | None:
    """Why an amount item is a plan and not a size reached (a goal; the valuation of a deal
    only sought), or None. A claim that is itself a plan takes its goals as news."""
    if item.kind is not EvidenceKind.AMOUNT or item.confidence == 0 or plan_claim(rule):
        return None
    word = goal_word(norm, item.start, item.end)
    if word is not None:
        return f'is named as a goal ("{word}"), not a size reached'
    if item.valuation:
        m = sought_deal(norm, item.start, figures, markers)
        if m is not None and pending_holds(m, item, rule):
            return f'values a deal only sought ("{m.word}")'
    return None
