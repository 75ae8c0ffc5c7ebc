"""A Chinese figure written before its noun with 的: "8000万美元的首付", "24.60港元的註銷價".

The figure sizes the noun after 的, whatever other nouns stand around it: in "21亿美元的总包，
8000万美元的首付" the 21亿 is the total's and the 8000万 the upfront's, though the comma puts
总包 as close to 8000万 as 首付 is. So a `near` word in the noun phrase after 的 holds its figure
against any `not_near` word, and a figure whose 的 phrase names no `near` word is that other
noun's, not the `near` word's elsewhere in the sentence.
"""

from __future__ import annotations

# how far into the noun phrase after 的 a `near` word may start (的一笔首付款, 的私有化註銷價)
_REACH = 3
_STOPS = frozenset("，,。；;：:、！？!?（()）")


def after_de(norm: str, end: int) -> int:
    """Where the noun phrase after "<figure>的" starts, or -1 when no 的 follows the figure."""
    return end + 1 if norm.startswith("的", end) else -1


def de_owner(norm: str, start: int, end: int, nears: list[tuple[int, int]]) -> str:
    """ "own" when a `near` word (of the spans `nears`) is in the 的 phrase of the figure at
    norm[start:end]; "other" when that phrase names another noun and no `near` word stands
    right before the figure (每股24.60港元的价格 is still 每股's); "" when no 的 follows it."""
    at = after_de(norm, end)
    if at < 0 or at >= len(norm) or norm[at] in _STOPS or not ("\u4e00" <= norm[at] <= "\u9fff"):
        return ""
    for a, _ in nears:
        if at <= a <= at + _REACH and not any(c in _STOPS for c in norm[at:a]):
            return "own"
    if any(b <= start and not any(c in _STOPS for c in norm[b:start]) for _, b in nears):
        return ""  # 一轮规模超过X的超大型募资: a `near` word before it, in its clause, holds it
    return "other"
