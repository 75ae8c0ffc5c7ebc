"""A bare dollar said by the claim's own company, under a rule in another dollar currency. A
Canadian bank's CFO saying "repurchases of at least five billion dollars" means its own dollars:
the reader takes a bare "$" or "dollars" as US dollars (so that a US figure never slips into a
HKD or CAD rule), but where the company itself speaks (`speakers`: its officer's words or its
transcript line) and the article writes no US dollar anywhere ("US$", "US dollars", 美元), the
dollar is the rule's. Pure helper over one sentence's quantities.
"""

from __future__ import annotations

import dataclasses
import re

from watch.claims.quantities import Quantity
from watch.claims.segment import Segment
from watch.claims.text import Span

# The dollar currencies a bare dollar may stand for (the rule's own).
_DOLLARS = frozenset(["CAD", "AUD", "HKD", "TWD", "SGD", "NZD"])
# Any US dollar named in the article (a figure's "US$" or "USD" too): then a bare one may be it.
_US = re.compile(
    r"us\$|u\.s\. ?\$|(?<![a-z])(?:us|u\.s\.|american) dollars?(?![a-z])|"
    r"(?<![a-z])usd(?![a-z])|美元|美金"
)


def own_dollars(money: list[Quantity], seg: Segment, span: Span, wanted: str) -> list[Quantity]:
    """`money` with each bare-dollar figure read in `wanted` when the sentence is where the
    claim's company speaks and the article names no US dollar; else `money` unchanged. (A
    figure read as USD in such an article was written with a bare "$" or "dollars".)"""
    if wanted not in _DOLLARS or span.start not in seg.speakers or _US.search(seg.norm):
        return money
    return [dataclasses.replace(q, currency=wanted) if q.currency == "USD" else q for q in money]
