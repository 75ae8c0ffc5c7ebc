"""A cue inside a clause of "until" or "before": "在暂扣令撤销前，整车将由越南厂供货",
"直到禁令解除", "until the ban is lifted, Acme will ship from Vietnam", "before the order is
lifted". The clause names the event as a boundary of something else (what happens meanwhile);
it does not say the event came. (A cue with 之前 right after it is `markers`' background.)

    until_clause(norm, item)   the clause's opening word when the cue item stands inside one
"""

from __future__ import annotations

import re

from watch.claims.signals import EvidenceKind, Item

# Chinese: 在 (or 于, 於) opening, the cue, then 前/以前/之前 closing, in one clause; or 直到,
# 直至, 等到 right before the cue's clause
_ZH_OPEN = re.compile(r"(?P<word>在|於|于|直到|直至|等到)[^，,。；;：:！？!?在于於]{0,12}$")
_ZH_CLOSE = re.compile(r"[^，,。；;：:！？!?]{0,6}?(?:前|以前|之前)(?![进進往景提])")
_ZH_UNTIL = frozenset(["直到", "直至", "等到"])
# English: until/till/before/pending, then the cue's own clause (no comma or verb of saying)
_EN_OPEN = re.compile(
    r"(?<![a-z])(?P<word>until|till|before|pending|unless)\s+(?:(?:the|its|their|a|an|any|"
    r"such)\s+)?(?:[a-z0-9'-]+\s+){0,4}?(?:(?:is|are|has been|have been|gets|get|can be|"
    r"will be)\s+)?$"
)
# ... a past form says the event came ("until the ban was lifted in May", 直到7月才解除)
_PAST = re.compile(r"(?<![a-z])(?:was|were|had|did)(?![a-z])|才")


def until_clause(norm: str, item: Item) -> str | None:
    """The word opening the "until"/"before" clause the cue item stands in, else None."""
    if item.kind is not EvidenceKind.CUE:
        return None
    lead = norm[max(0, item.start - 60) : item.start]
    if norm[item.start : item.end].isascii():
        if not any(w in lead for w in ("until", "till", "before", "pending", "unless")):
            return None
        m = _EN_OPEN.search(norm, max(0, item.start - 60), item.start)
    else:
        m = _ZH_OPEN.search(norm, max(0, item.start - 14), item.start)
    if m is None or _PAST.search(norm, m.start(), item.end):
        return None
    if norm[item.start : item.end].isascii():
        return m.group("word")
    if m.group("word") in _ZH_UNTIL or _ZH_CLOSE.match(norm, item.end):
        return m.group("word")
    return None
