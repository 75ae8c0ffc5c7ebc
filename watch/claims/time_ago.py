"""A time-ago adverbial fronted before its comma that dates the clause after it (就在几个月前，
奥特曼还说……, "only a few months ago, Altman was talking ..."), and through a telling ended by
a second comma, what was told (两个多月前在旧金山，恒瑞高管当面说，上半年要……). Pure helper for
`context`, over normalised text."""

from __future__ import annotations

import re

from watch.claims.background import TOLD_BEFORE
from watch.claims.markers import Marker
from watch.claims.signals import Item

# A time-ago adverbial that opens its clause and ends at a comma (而就在几个月前，…; "only a few
# months ago, Altman was talking about ..."): the comma closes the adverbial, not its reach.
_TIME_AGO = frozenset(
    [
        "个月前",
        "个多月前",
        "年前",
        "months ago",
        "a year ago",
        "去年",
        "last year",
        "earlier this year",
    ]
)
_CLAUSE_OPENING = re.compile(
    r"(?:^|[，,；;。：:—]|(?<![a-z])(?:but|and|while|yet|whereas))\s*"
    r"(?:而|但|可|就在|早在|仅仅|仅|才|不过|only|just|as recently as|a few|some|several|\s|"
    r"(?<![a-z])(?:a couple of|one|two|three|four|five|six|seven|eight|nine|ten)(?![a-z])|"
    r"[一二两三四五六七八九十几数半\d])*$"
)
_CLAUSE_END = re.compile(r"[；;。！？!?]")
FRONTED_REACH = 90
# ... the comma right after it, or after the place it happened: "two months ago in San
# Francisco,", 两个多月前在旧金山，
_TO_COMMA = re.compile(r"\s*(?:(?:in|at)\s+[^,，;；.]{1,30}?|[在于][^,，;；。]{1,12}?)?\s*[,，]")


def fronted(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The time-ago marker that opens the clause before a comma and dates the item after it."""
    for m in markers:
        if m.word not in _TIME_AGO or m.end > item.start:
            continue
        gap = norm[m.end : item.start]
        if not _TO_COMMA.match(gap) or len(gap) > FRONTED_REACH:
            continue
        if _CLAUSE_END.search(gap) or not _one_clause_on(gap):
            continue
        # "个月前" after its number: the clause opening is read before the number
        if _CLAUSE_OPENING.search(norm, max(0, m.start - 16), m.start):
            return m
    return None


def _one_clause_on(gap: str) -> bool:
    """The gap after a fronted time-ago holds one comma, or two with a telling before the second
    (两个多月前在旧金山，恒瑞高管当面说，上半年要……: the time dates the telling, which reaches
    what it told)."""
    commas = [i for i, c in enumerate(gap) if c in ",，"]
    if len(commas) == 1:
        return True
    return len(commas) == 2 and TOLD_BEFORE.search(gap, commas[0] + 1, commas[1]) is not None
