"""A standing plan told to the market in the present perfect ("easyJet has told the City it will
put around 110 million seats in the air", "has told investors it expects", 已向投资者表示将):
UK wire and union-statement English for guidance already on record. Restating it is a recall,
as "has said" is, so a confirming item it governs is a mention. A fresh telling stays news: one
dated to the news's day ("has told investors today"), one told to a party of its own (suppliers,
customers, "us"), and one that tells a change ("it now plans", "no longer", 不再). Pure helpers
for `context`, over normalised text.
"""

from __future__ import annotations

import re

from watch.claims.recency import NEWS_DAY
from watch.claims.signals import Item
from watch.claims.text import Span
from watch.models import Stance

# The market as the audience: the City, investors, shareholders, analysts, 投资者, 市场, 股东.
_TOLD_MARKET = re.compile(
    r"(?<![a-z])(?:has|have)\s+(?:already\s+|previously\s+|repeatedly\s+)?told\s+"
    r"(?:the\s+city|the\s+market|markets|(?:its\s+|their\s+)?(?:investors|shareholders|analysts))"
    r"(?![a-z])"
    r"|(?:已|已经)(?:向|对)(?:投资者|投资人|市场|股东|分析师)(?:表示|告知|说明|披露|透露)"
    r"|已(?:经)?告知(?:投资者|投资人|市场|股东)"
)
# What was told is the plan: a future or an expectation between the telling and the item.
_PLAN = re.compile(
    r"(?<![a-z])(?:will|would|expects?|plans?|aims?|targets?|intends?|is\s+on\s+track)(?![a-z])"
    r"|将|计划|预计|目标|拟"
)
# ... and not a change of plan, nor the market told something else.
_CHANGE = re.compile(
    r"(?<![a-z])(?:now|no\s+longer|instead|but|however|not)(?![a-z])|不再|改为|如今|现在|但|不"
)
# the item within this reach of the telling
_REACH = 120


def told_market(norm: str, span: Span, item: Item) -> str | None:
    """The present-perfect telling to the market that governs a confirming item as the plan
    on record, else None."""
    if item.stance is not Stance.CONFIRMS:
        return None
    lo = max(span.start, item.start - _REACH)
    # (every telling holds "told" or 已: most items have neither before them)
    if norm.find("told", lo, item.start) < 0 and norm.find("已", lo, item.start) < 0:
        return None
    if NEWS_DAY.search(norm, span.start, span.end):
        return None
    for told in _TOLD_MARKET.finditer(norm, lo, item.start):
        between = norm[told.end() : item.start]
        if _PLAN.search(between) and not _CHANGE.search(between) and not _broken(between):
            return told.group(0)
    return None


def _broken(between: str) -> bool:
    """A sentence or clause break after the telling: what follows is no longer what was told."""
    return any(c in between for c in ";；。!?！？")
