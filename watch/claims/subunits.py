"""Prices in a currency's small unit, and a market's closing price beside an offer.

"80 satang a share" is 0.80 baht, "45 sen" 0.45 ringgit, "72 pence" 0.72 pounds, "每股80仙"
0.80 of whatever dollar or ringgit the story is in (cents and 仙 name no currency: the figure
stands with none, which any rule's currency takes). Each is a per-share sized price.

"CIMB Thai shares closed at 0.71 baht", 股价收报0.71泰铢: the market's price that day, said
beside an offer to size its premium; it is never the offer's own figure.
"""

from __future__ import annotations

import re

from watch.claims.qualifiers import qualifier_before, shaped
from watch.claims.quantities import Quantity

# small unit -> its currency (None: a cent of a dollar or ringgit the text does not name)
_SUBUNITS = {
    "satang": "THB",
    "sen": "MYR",
    "pence": "GBP",
    "cents": None,
    "cent": None,
    "仙": None,
}
_GATE = ("satang", "sen", "pence", "cent", "仙")
_SUBUNIT = re.compile(
    r"(?<![\d.,])(?P<num>\d+(?:\.\d+)?)\s?(?P<sub>satang|sen|pence|cents|cent|仙)(?![a-z])"
)


def find_subunits(norm: str, start: int, end: int) -> list[Quantity]:
    """Money written in a small unit in norm[start:end], as its currency's value."""
    if not any(norm.find(word, start, end) >= 0 for word in _GATE):
        return []
    found = []
    for m in _SUBUNIT.finditer(norm, start, end):
        if norm.endswith("per ", 0, m.start("sub")) or norm.endswith("per", 0, m.start("sub")):
            continue  # "20 per cent"
        value = float(m.group("num")) / 100
        kind, q_start = qualifier_before(norm, m.start(), start)
        lo, hi = shaped(value, kind)
        cur = _SUBUNITS[m.group("sub")]
        found.append(Quantity(lo, hi, cur, m.group(), q_start, m.end(), kind, price=True))
    return found


# the words that make the figure after them the market's price of the day
_CLOSE = re.compile(
    r"(?:(?:closed|close|ended|finished|settled|last traded|traded|trading|were trading)"
    r"(?:\s(?:up|down|higher|lower|flat|unchanged))?\s(?:at|on)\s(?:about\s)?|"
    r"(?:收报|收于|收市报|收盘报|收市价为?|收盘价为?|报收)(?:每股)?)$"
)
# a rule whose `near` words are these is about the market price itself, and keeps it
_MARKET_WORDS = (
    "close",
    "closing",
    "share price",
    "stock price",
    "traded",
    "收报",
    "收盘",
    "收市",
    "股价",
)


def market_close(norm: str, q: Quantity, near: list[str]) -> bool:
    """Whether q is the market's closing price (and the rule is not about that price)."""
    if _CLOSE.search(norm, max(0, q.start - 40), q.start) is None:
        return False
    return not any(w in phrase.lower() for phrase in near for w in _MARKET_WORDS)
