"""A pledge the news moves away from, recalled by naming it: "a shift from the company's pledge
to pay off the notes", "backtracked on its promise to repay", 改变了公司偿还全部债券的承诺,
有別於其兌付債券的承諾. What the pledge said is the old position, not news: an item inside its
infinitive (English) or before its 的承诺 (Chinese) is background. What the news did instead is
for the rule's own cues to read. Pure helper for `background.current`."""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import Item

_PLEDGE = (
    r"pledge|promise|commitment|vow|undertaking|intention|plan|guidance|assurance|"
    r"stated aim|stance|position"
)
# "a shift from", "a departure from its", "backtracked on the group's", "went back on", then
# the pledge noun and its "to"/"that" (what it said may start up to a few words later)
_EN_LEAD = re.compile(
    r"(?<![a-z])(?:(?:shift|shifts|departure|retreat|step back|climbdown|climb-down|u-turn|"
    r"reversal|break|switch|pivot|move away|turn away)\s+from|"
    r"(?:departed|departs|departing|retreated|retreats|retreating|moved away|moving away|"
    r"moves away|stepped back|steps back|stepping back|turned away)\s+from|"
    r"(?:backtracked|backtracks|backtracking|reneged|reneges|reneging|went back|goes back|"
    r"going back|rowed back|rows back|rowing back)\s+on|"
    r"(?:abandoned|abandons|abandoning|ditched|ditches|ditching|reversed|reverses|reversing|"
    r"walked back|walks back|walking back|dropped|drops|dropping|scrapped|scraps|scrapping)|"
    r"(?:contrary to|in contrast to|in contrast with|unlike|at odds with|a far cry from))\s+"
    r"(?:its|their|his|her|the|an|a|[a-z][a-z0-9&.-]*'s?)\s+(?:[a-z-]+'s\s+)?"
    r"(?:(?:earlier|original|previous|prior|initial|stated|long-standing|longstanding|"
    r"repeated|public|firm|much-repeated)\s+)?"
    rf"(?:{_PLEDGE})s?\s+(?:to|that)\s+[^,;:.!?]{{0,40}}$"
)
_EN_GATE = (
    "from ",
    " on ",
    "abandon",
    "ditch",
    "revers",
    "back ",
    "drop",
    "scrap",
    "contra",
    "unlike",
    "odds",
    "contrast",
    "cry ",
)

# 改变了（公司）……的承诺: the verb of moving away before the item, the pledge noun after it
_ZH_LEAD = re.compile(
    r"(?:改变|改變|有别于|有別於|不同于|不同於|背离|背離|偏离|偏離|推翻|放弃|放棄|违背|違背|"
    r"背弃|背棄|一改|收回|撤回)了?[^，。；：,;:！？]{0,16}$"
)
_ZH_PLEDGE = re.compile(
    r"[^，。；：,;:！？]{0,20}?的(?:承诺|承諾|计划|計劃|計畫|表态|表態|保证|保證|立场|立場|"
    r"方针|方針|目标|目標)"
)
_REACH = 110


def departed_pledge(norm: str, item: Item) -> Marker | None:
    """The words naming a pledge moved away from whose content holds the item, as a marker."""
    start = max(0, item.start - _REACH)
    if any(w in norm[start : item.start] for w in _EN_GATE):
        lead = _EN_LEAD.search(norm, start, item.start)
        if lead is not None:
            return Marker("background", lead.group().split(" to ")[0].strip(), *lead.span())
    lead = _ZH_LEAD.search(norm, max(0, item.start - 20), item.start)
    if lead is not None and _ZH_PLEDGE.match(norm, item.end):
        return Marker("background", lead.group()[:3], lead.start(), lead.end())
    return None
