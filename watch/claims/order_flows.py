"""Orders taken in a period are a flow; an order backlog is a stock. "New orders of $1.6bn",
"order intake rose to EUR 2.4bn", "orders received", 新签订单16亿美元, 新签合同额16亿美元: the
figure is what came in, not what is on the books, so against a claim on the backlog (its
statement or `near` list names a backlog, 在手订单, 订单储备) it is another figure, a mention,
even when a bare 订单/"orders" near word stands beside it. A claim on order intake itself
keeps them (its statement or `near` names the flow).

    flow_figure(rule, norm, item)   the flow noun that owns a money item, or None

Pure, over normalised text; gated on the claim naming a backlog.
"""

from __future__ import annotations

import re
from functools import lru_cache

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Item
from watch.claims.text import normalise

_STOCK = (
    "backlog",
    "order book",
    "orderbook",
    "在手订单",
    "订单储备",
    "储备订单",
    "未完成订单",
    "未交付订单",
    "积压订单",
    "手持订单",
)
_FLOW_WORDS = (
    "new orders",
    "order intake",
    "orders received",
    "order inflow",
    "order inflows",
    "new bookings",
    "bookings",
    "new contracts",
    "new contract awards",
    "contract awards",
    "新签订单",
    "新签合同额",
    "新签合同",
    "新增订单",
    "新接订单",
    "新订单",
    "接单金额",
    "接单额",
)
_FLOW = re.compile(
    "|".join(
        (r"(?<![a-z])" + re.escape(w) + r"(?![a-z])") if w.isascii() else re.escape(w)
        for w in sorted(_FLOW_WORDS, key=len, reverse=True)
    )
)
# What may stand between the flow noun and its figure: a verb of level or movement, a
# qualifier, a period ("new orders in the quarter rose 5% to $1.6bn", 新签订单同比增长至16亿).
_LINK = re.compile(r"[^,;.!?，；。！？\d]{0,28}$")
# ... or the figure first: "$1.6bn of new orders", "$1.6bn in new contracts", 16亿美元新订单.
_AFTER = re.compile(r"\s*(?:(?:of|in|worth of)\s+)?(?:的)?")
_REACH = 40


def flow_figure(rule: ClaimRule, norm: str, item: Item) -> str | None:
    """The flow noun (new orders, 新签订单) a money item belongs to, when the claim counts a
    backlog and not the flow, with no backlog word between them; else None."""
    if item.kind is not EvidenceKind.AMOUNT or not item.part.startswith("amount["):
        return None
    j = int(item.part.removeprefix("amount[").rstrip("]"))
    if not _stock_claim(rule.statement, tuple(rule.amount[j].near)):
        return None
    found = list(_FLOW.finditer(norm, max(0, item.start - _REACH), item.start))
    if found:
        m = found[-1]
        between = norm[m.end() : item.start]
        if _LINK.fullmatch(between) and not any(s in between for s in _STOCK):
            return m.group()
    after = _AFTER.match(norm, item.end)
    tail = None if after is None else _FLOW.match(norm, after.end())
    return None if tail is None else tail.group()


@lru_cache(maxsize=256)
def _stock_claim(statement: str, near: tuple[str, ...]) -> bool:
    """True when the claim counts a backlog (its statement or `near` names one) and names no
    flow of orders."""
    texts = [normalise(statement), *(normalise(n) for n in near)]
    stock = any(s in t for t in texts for s in _STOCK)
    return stock and not any(_FLOW.search(t) for t in texts)
