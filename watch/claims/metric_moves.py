"""Metric moves: a contradicting verb of slipping whose subject is a financial figure or a price
("as quarterly revenue slips", 营收同比下滑) moves that figure and puts no schedule back, unless
the figure is a name of the claim's subject. Read by `objects.acted_on`.
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Hit, Item, TermKind
from watch.models import Stance

# "as quarterly revenue slips", 营收同比下滑: a verb of slipping whose subject is a financial
# figure or a price moves that figure; it puts no schedule back. Unless the figure is the claim's
# own thing (a name of its subject), when its fall is what the claim tracks.
_SLIP_VERB = re.compile(r"slip|slips|slipped|slipping|slide|slides|slid|sliding|下滑|滑落")
_EN_METRIC_SUBJECT = re.compile(
    r"(?<![a-z])(?:revenues?|sales|profits?|earnings|income|margins?|shares|stocks?|prices?|"
    r"output|ebitda|turnover|demand|volumes?|exports|imports|valuation|yields?|ratings?)"
    r"(?:\s+(?:has|have|had|also|again|further|sharply|slightly))*\s+$"
)
_ZH_METRIC_SUBJECT = re.compile(
    r"(?:营收|营业收入|收入|利润|净利润|净利|盈利|毛利率|利润率|股价|销量|销售额|价格|产量|出口|"
    r"需求|业绩|估值)(?:同比|环比|再度|持续|大幅|小幅|略有|略|均|也|进一步|明显)*$"
)


def metric_subject(norm: str, hits: list[Hit], item: Item) -> str | None:
    """The financial figure whose move a contradicting verb of slipping tells ("revenue slips",
    营收下滑), when it is not a name of the claim's subject, else None."""
    if item.kind is not EvidenceKind.CUE or item.stance != Stance.CONTRADICTS:
        return None
    if not _SLIP_VERB.fullmatch(norm[item.start : item.end]):
        return None
    lead = norm[max(0, item.start - 40) : item.start]
    m = (_EN_METRIC_SUBJECT if lead[-1:].isascii() else _ZH_METRIC_SUBJECT).search(lead)
    if m is None:
        return None
    start, end = item.start - len(lead) + m.start(), item.start
    if any(h.entry.kind is TermKind.ALIAS and h.start < end and start < h.end for h in hits):
        return None
    return m.group().split()[0] if m.group().isascii() else m.group()
