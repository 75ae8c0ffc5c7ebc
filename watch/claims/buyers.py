"""A sale told from the buyer's side: "DP World has agreed to buy Kerry Logistics' unit".

    sale_choice(rule)          True when the rule's `choice` names a sale's buyer (its verbs
                               are sale verbs: agree to sell, 售予, 出售给)
    BUY_VERBS                  the buyer's verbs, added to such a rule's choice verbs under the
                               key CONVERSE (`watch.claims.cues.rule_terms`)
    buyer_before(verb, names)  the buyer of a buyer's verb: the nearest name before it

A choice names its pick after the verb ("agreed to sell the unit to SF"); a buyer's verb names
it before, as its subject ("SF agreed to buy Kerry's unit", 顺丰同意收购嘉里物流的业务). Either
way, a rival as the buyer contradicts a claim that the asset goes to the named one, and the
named buyer confirms it. The claim's own company must follow the buyer's verb (what is bought is
its asset): "DP World bought a port in Chile" says nothing of Kerry's sale.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (signals imports this module)
    from watch.claims.signals import Hit

CONVERSE = "converse"  # the key of a buyer's verb among a rule's choice terms
# A choice about a buyer: its verbs sell (and name the buyer after them).
_SALE = re.compile(r"sell|sale|sold|divest|dispos|offload|出售|售予|出让|转让|剥离|改售|售给")
BUY_VERBS = (
    "agree to buy", "agreed to buy", "agrees to buy", "buy", "buys", "bought", "buying",
    "acquire", "acquires", "acquired", "acquiring", "purchase", "purchases", "purchased",
    "take over", "takes over", "took over", "snap up", "snapped up",
    "收购", "购入", "买下", "购买", "接手", "接盘", "同意收购",
)  # fmt: skip
NAME_BEFORE = 60  # the buyer stands at most this far before its verb ...
OWNER_AFTER = 40  # ... and the claim's company (the seller) at most this far after it


def sale_choice(verbs: tuple[str, ...] | list[str]) -> bool:
    """True when a choice's verbs sell: its pick is a buyer."""
    return any(_SALE.search(v.lower()) for v in verbs)


def buyer_before(verb: Hit, names: list[Hit], owners: list[Hit]) -> Hit | None:
    """The buyer of a buyer's verb (the nearest name ending before it), when the claim's own
    company (`owners`) follows the verb as the seller; else None."""
    if not any(0 <= o.start - verb.end <= OWNER_AFTER for o in owners):
        return None
    before = [n for n in names if n.end <= verb.start and verb.start - n.end <= NAME_BEFORE]
    return max(before, key=lambda n: n.end) if before else None
