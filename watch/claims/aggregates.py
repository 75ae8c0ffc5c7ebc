"""A figure whose own subject is a whole market: it belongs to no company.

"Hong Kong-listed companies have bought back more than HK$120 billion this year",
今年以来，港股上市公司回购金额已超过1,200亿港元, "buybacks across the market topped $1 trillion":
the figure sums many companies' acts. A claim about one company's buyback gets nothing from
it, even when that company is named in the next sentence or later in the same one ("... and
Pop Mart is among them"). The subject is read from the figure's own clause (from the last
clause break before the figure to the next one after it); a clause that names the claim's
own company before the figure is that company's (the own name wins: "泡泡玛特等上市公司" is
not told apart from Pop Mart's own figure).

    market_subject(rule, norm, item, hits)   the aggregate word of the figure's clause, or None

Pure, over normalised text (simplified Chinese, lower case).
"""

from __future__ import annotations

import re

from watch.claims.rules import ClaimRule
from watch.claims.signals import EvidenceKind, Hit, Item, own_names

# A phrase that spreads the figure over a market, on either side of it.
_ACROSS = (
    r"(?<![a-z])(?:across the (?:market|board|sector|industry)|market[\s-]wide|industry[\s-]wide)"
    r"(?![a-z])|全市场|全行业|全板块"
)
# Many companies as the subject, before the figure: listed companies, a whole market or sector.
# (该上市公司, "the listed company", is one company; 非上市公司 a kind of company, no subject.)
_AGGREGATE = re.compile(
    r"(?<![a-z])(?:(?:[a-z-]+-listed|listed|public|publicly traded|s&p 500|ftse 100)\s+"
    r"(?:companies|firms|issuers)|companies\s+(?:listed|across|in the index)|"
    r"the (?:whole|entire|broader) (?:market|sector|industry))(?![a-z])"
    r"|(?:港股|a股|美股|h股|沪深)?(?<![该本此这其家非未])上市公司|整个市场|市场整体|整个行业|"
    r"各上市公司|" + _ACROSS
)
_AFTER = re.compile(_ACROSS)
_BREAKS = ",;:.!?，；：。！？"
_BREAK = re.compile(f"[{_BREAKS}]")


def market_subject(rule: ClaimRule, norm: str, item: Item, hits: list[Hit]) -> str | None:
    """The aggregate word ("港股上市公司", "listed companies") a money or count figure's clause is
    about, when no own name of the claim stands in that clause before the figure; None else."""
    if item.kind is not EvidenceKind.AMOUNT:
        return None
    start = max(norm.rfind(mark, 0, item.start) for mark in _BREAKS) + 1
    stop = _BREAK.search(norm, item.end)
    end = len(norm) if stop is None else stop.start()
    found = _AGGREGATE.search(norm, start, item.start) or _AFTER.search(norm, item.end, end)
    if found is None:
        return None
    if any(start <= h.start < item.start for h in own_names(rule, hits)):
        return None
    return found.group()
