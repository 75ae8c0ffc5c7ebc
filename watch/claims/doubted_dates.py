"""A target date named only as an aim someone doubts (`doubted`: "that timeline may not hold",
未必能实现, 过于乐观), and which of those doubts is a hedged "not by then" against the claim
(`denies_by_then`: 未必, "may not happen"). Pure helpers for `context`."""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item
from watch.models import Stance

# A date named only as an aim someone doubts: "hopes to list in the fourth quarter, but that
# timeline may not hold", 希望在第四季上市，但这个时程未必能实现, 第四季挂牌「过于乐观」, 寄望的
# 第四季IPO恐生变. The aim is known; the sentence's news is the doubt, never support.
_DOUBT = re.compile(
    r"未必能?(?:实现|达成|成真|如愿|兑现)|未必|不一定|not\s+necessarily|恐生变|恐有变|恐难|难以实现|很难实现|不太可能实现|"
    r"过于乐观|太过乐观|过度乐观|太乐观|不切实际|存疑|成疑|打问号|"
    r"(?<![a-z])(?:overly|too|wildly|very)\s+(?:optimistic|ambitious)|"
    r"(?:may|might|could|will)\s+not\s+(?:happen|hold|be met|materiali[sz]e|stick|pan out)|"
    r"unlikely\s+to\s+(?:happen|hold|be met|materiali[sz]e|stick)|in\s+doubt|"
    r"(?:is|looks|seems)\s+(?:doubtful|unrealistic|a stretch)(?![a-z])"
)
DOUBT_REACH = 60


# ... of which a negated possibility says the event may not come by that date at all: 今年内
# 未必成事, 不一定能在年内完成, "may not happen this year", "not necessarily by June". That is a
# hedged "not by then", against the claim, where "too optimistic" or 存疑 only questions the aim.
_MAY_NOT = re.compile(r"^(?:未必|不一定)|^(?:may|might|could)\s+not\s+happen|^not necessarily")


def denies_by_then(doubt: str) -> bool:
    """True for a doubt (`doubted`) that is a negated possibility: a hedged "not by then"."""
    return _MAY_NOT.match(doubt) is not None


def doubted(norm: str, sentence_end: int, item: Item) -> str | None:
    """The doubt after a confirming date that leaves it an aim in question, else None."""
    if item.kind is not EvidenceKind.DATE or item.stance != Stance.CONFIRMS:
        return None
    end = min(sentence_end, item.end + DOUBT_REACH)
    found = _DOUBT.search(norm, item.end, end)
    if found is None or re.search(r"[。；;！？!?]", norm[item.end : found.start()]):
        return None
    return found.group()
