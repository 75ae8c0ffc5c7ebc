"""A bare dollar said by the claim's own company, under a rule in another dollar currency. A
Canadian bank's CFO saying "repurchases of at least five billion dollars" means its own dollars:
the reader takes a bare "$" or "dollars" as US dollars (so that a US figure never slips into a
HKD or CAD rule), but where the company itself speaks (`speakers`: its officer's words or its
transcript line) and the article writes no US dollar anywhere ("US$", "US dollars", 美元), the
dollar is the rule's. So it is where the sentence names the company as the one telling, its name
(or its officer's, "Acme chief financial officer Jane Roe") a few words before a telling verb:
"Acme said it will book an impairment of about $700 million", "'... 700 million dollars,' Acme
chief executive Tom Lee said", 艾克美表示. Pure helper over one sentence's quantities.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from watch.claims.quantities import Quantity
from watch.claims.segment import Segment
from watch.claims.signals import Hit, TermKind
from watch.claims.speech import SAY_EN, SAY_ZH
from watch.claims.text import Span

# The dollar currencies a bare dollar may stand for (the rule's own).
_DOLLARS = frozenset(["CAD", "AUD", "HKD", "TWD", "SGD", "NZD"])
# Any US dollar named in the article (a figure's "US$" or "USD" too): then a bare one may be it.
_US = re.compile(
    r"us\$|u\.s\. ?\$|(?<![a-z])(?:us|u\.s\.|american) dollars?(?![a-z])|"
    r"(?<![a-z])usd(?![a-z])|美元|美金"
)


# A telling verb after the company's name (normalised text: lower case, simplified Chinese).
_TELLS = re.compile(
    r"(?<![a-z])(?:" + SAY_EN + "|expects|expected|estimated|forecast|flagged|warned|reported)"
    r"(?![a-z])|" + SAY_ZH + "|预计|预告|公告"
)
_REACH = 60  # how far after the name its telling verb may stand (the officer's title between)


def own_dollars(
    money: list[Quantity],
    seg: Segment,
    span: Span,
    wanted: str,
    hits: Sequence[Hit] = (),
    company: str = "",
) -> list[Quantity]:
    """`money` with each bare-dollar figure read in `wanted` when the sentence is where the
    claim's company speaks (without naming itself, or named by its `company` group's `hits`
    before a telling verb) and the article names no US dollar; else `money` unchanged. (A
    figure read as USD in such an article was written with a bare "$" or "dollars".)"""
    if wanted not in _DOLLARS or not any(q.currency == "USD" for q in money):
        return money
    if span.start not in seg.speakers and not _names_teller(seg.norm, span, hits, company):
        return money
    if _US.search(seg.norm):
        return money
    return [dataclasses.replace(q, currency=wanted) if q.currency == "USD" else q for q in money]


def _names_teller(norm: str, span: Span, hits: Sequence[Hit], company: str) -> bool:
    """Whether a name of the `company` group in the sentence stands a few words before a telling
    verb: "Acme said", "Acme chief executive Tom Lee told analysts", 艾克美表示."""
    return any(
        h.entry.kind is TermKind.ALIAS
        and h.entry.key == company
        and span.start <= h.start
        and h.end <= span.end
        and _TELLS.search(norm, h.end, min(h.end + _REACH, span.end))
        for h in hits
    )
