"""A lateness bound said of the thing the claim names, no event word needed: "no MI450 until
next year", 明年之前不会有MI450 (`named_lateness`). The date times the thing as a whole. For
`signals`."""

from __future__ import annotations

import re

from watch.claims.dates import DateSpan

# A lateness bound said of the thing itself, no event word needed ("no MI450 until next year",
# 明年之前不会有MI450): the date times the thing as a whole, read without a `when.near` word.
_NO_UNTIL = re.compile(
    r"(?<![a-z])(?:no|not)\s+(?:[^\s,;:.!?]+\s+){1,4}?(?:until|till)\s+(?:the\s+)?$"
)
_BEFORE_NOT = re.compile(
    r"(?:之前|以前|前)\s*(?:都|仍|还|也)?(?:不会有|不会推出|不会上市|没有|不会)"
)
_BOUND_REACH = 40
_BOUND_BREAK = re.compile(r"[,，;；。:：!?！？]")


def named_lateness(norm: str, d: DateSpan, names: list[tuple[int, int]]) -> bool:
    """True when the date bounds the thing named (`names`: the spans of the claim's names) from
    below: "no <name> until <date>", <date>之前不会(有)<name>."""
    lead = _NO_UNTIL.search(norm, max(0, d.start - _BOUND_REACH), d.start)
    if lead is not None:
        return any(lead.start() < a and b < d.start for a, b in names)
    tail = _BEFORE_NOT.match(norm, d.end)
    if tail is None:
        return False
    return any(
        tail.end() <= a <= tail.end() + 4 and not _BOUND_BREAK.search(norm, tail.end(), a)
        for a, _ in names
    )
