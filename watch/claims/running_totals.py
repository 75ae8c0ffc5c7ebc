"""A running total that the news brings to a figure: the tally's, not the deal's.

"The order brings Samsung Heavy's container ship intake this year to 14 vessels", "taking its
total to 40 aircraft", 此单使三星重工今年累计接单增至14艘, 累计接获订单达到40架: the figure
counts everything the party has taken so far, the claim's deal among them, and no size of
the deal the claim is about. Against a claim of one deal's size it is no evidence either way.
A claim whose statement is itself a total ("will win 20 ships this year", 全年累计) is left
alone: there the tally is its figure (`part_figures` reads the progress).

    running_total(rule, norm, item)   the words that make amount `item` a running total, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import normalise

# "brings X's ... intake this year to", "taking its total to", "raising the yard's tally to":
# the verb, up to eight words (an owner, a kind, a period), a tally noun, then "to" right before
# the figure (with "about", "some" and the like between).
_EN = re.compile(
    r"(?<![a-z])(?:brings?|brought|bringing|takes?|took|taking|lifts?|lifting|raises?|raised|"
    r"raising|pushes|pushed|pushing|swells?|swelled|swelling)\s+(?:[a-z0-9'-]+\s+){0,8}?"
    r"(?:intake|total|tally|order\s?book|orders|backlog|count|haul|number|fleet|portfolio)"
    r"(?:\s+(?:of\s+[a-z-]+|so far|this year|for the year|year to date|to date))*\s+to\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|over|more than)\s+)?$"
)
# 使……今年累计接单增至, 累计接获订单达到, 订单总数升至, 手持订单增至: a total or an accumulation
# word before the verb, in the figure's clause.
_ZH = re.compile(
    r"(?:累计|总数|总量|合计|共计|手持订单|在手订单|订单簿|订单总)[^，。；,;]{0,12}?"
    r"(?:增至|增加至|增加到|升至|达到|达|增长至|提高至|扩大至|来到)(?:约|近|逾|超过)?$"
)
# a claim that is itself a tally
_TALLY_CLAIM = re.compile(
    r"(?<![a-z])(?:in total|total|so far|this year|for the year|year to date|to date|cumulative)"
    r"(?![a-z])|累计|全年|今年|总数|合计"
)


def running_total(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The words that make amount `item` a running total brought up by the news ("brings ...
    intake this year to", 累计接单增至), when the claim's statement is no total itself."""
    if item.kind is not EvidenceKind.AMOUNT or item.valuation:
        return None
    lead = norm[max(0, item.start - 90) : item.start]
    m = _EN.search(lead) if " to" in lead else None
    if m is None and not lead.isascii():
        m = _ZH.search(lead, max(0, len(lead) - 30))
    if m is None or _TALLY_CLAIM.search(normalise(rule.statement)):
        return None
    return m.group().strip()
