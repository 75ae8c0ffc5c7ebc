"""A status said now of something done earlier: "SK海力士一月签署的只是谅解备忘录", "what Acme
signed in January was only a memorandum of understanding". The date belongs to the signing, in
the subject; the predicate (只是, "was only") says what that thing is today, and a cue in it is
news, not background.

    status_of(norm, marker, item)   True when `marker` dates the subject of a status predicate
                                    that holds `item`
    status_said(norm, item)         True when a status predicate stands right before `item`
"""

from __future__ import annotations

import re

from watch.claims.markers import Marker
from watch.claims.signals import Item

# the predicate right before the item: 只是(一份), 仅是, 不过是, 只属, "was only a", "is merely an"
_STATUS = re.compile(
    r"(?:的|者)\s*(?:只是|仅是|仅为|只属|不过是|只不过是|实为|其实是|仍只是|仍然只是)"
    # (a modifier may come between: 只是一份不具约束力的合作备忘录)
    r"(?:一[份项个纸])?\s*(?:[^，,;；。:：!?！？的]{1,8}的)?\s*$|"
    r"(?<![a-z])(?:is|was|remains|remained)\s+(?:still\s+)?(?:only|merely|just|simply|"
    r"nothing more than|no more than)\s+(?:a|an|the)?\s*$"
)
_BREAK = re.compile(r"[，,;；。:：!?！？]")
_REACH = 40  # from the date to the item


def status_of(norm: str, m: Marker, item: Item) -> bool:
    """True when the marker `m` dates the subject of a status predicate that holds `item`."""
    if m.end > item.start or item.start - m.end > _REACH:
        return False
    if _BREAK.search(norm, m.end, item.start):
        return False
    return _STATUS.search(norm, max(m.end, item.start - 26), item.start) is not None


def status_said(norm: str, item: Item) -> bool:
    """True when a status predicate (`_STATUS`) stands right before the item: "的只是一份初步的
    合作备忘录" says what the thing is, so the noun after 的 there is the news, not a name."""
    return _STATUS.search(norm, max(0, item.start - 26), item.start) is not None
