"""Who an award or a cancellation belongs to when a disqualification story names both bidders:
"Acme was disqualified and the contract was awarded to Globex", 取消艾克美的中标资格，由排名第二
的环球递补, 合同授予排名第二的环球. The cancellation is the claim's company's (its name inside the
cue, 取消……中标, is the cue's object), the award is the rival's it goes to. Pure helpers for
`owners.owner_of`.

    named_inside(names, item)               the one named inside a cue's own words
    awarded_to(norm, before, item, after)   the rival an award goes to after the cue
"""

from __future__ import annotations

import re

from watch.claims.signals import Hit, Item, TermKind

# the recipient's mark just before its name: "to (the runner-up)", 授予/交由/改由/由 (排名第二的)
_TO_EN = re.compile(
    r"(?<![a-z])(?:to|went to|goes to|passed to)\s+(?:the\s+)?"
    r"(?:(?:runner-up|second-placed|second-ranked|next-ranked|rival|bidder)\s+)?$"
)
_TO_ZH = re.compile(
    r"(?:授予|给予|转给|交给|归于?|交由|改由|由)"
    r"(?:排名第[一二三四五六七八九十\d]+位?的|[^,;，；。]{0,6}?的)?\s*$"
)
# a clause break, or a coordinate clause of its own ("disqualified and ... awarded to")
_BREAK = re.compile(r"[,;，；。.!?！？\n]|(?<![a-z])(?:and|but|while|then|after)(?![a-z])|并|而|后")
_REACH = 60


def named_inside(names: list[Hit], item: Item) -> Hit | None:
    """The one party or rival named inside the item's own words (a gapped cue, 取消艾克美的中标):
    the cue's object, whoever is named after it."""
    inside = [h for h in names if item.start <= h.start and h.end <= item.end]
    return inside[0] if len(inside) == 1 else None


def awarded_to(norm: str, before: Hit, item: Item, after: Hit) -> Hit | None:
    """The rival `after` when the item's clause gives what it names to it ("awarded the contract
    to Globex", 合同授予排名第二的环球) and `before` is the claim's own name: the award is the
    rival's."""
    if after.entry.kind is not TermKind.RIVAL or before.entry.kind is TermKind.RIVAL:
        return None
    if after.start - item.end > _REACH or _BREAK.search(norm, item.end, after.start):
        return None
    lead = norm[item.start : after.start]
    return after if _TO_EN.search(lead) or _TO_ZH.search(lead) else None
