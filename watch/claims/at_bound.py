"""A figure said to be ABOUT a claim's threshold is no evidence that it is past it.

"海外占比大致会在一半上下", "around half", "roughly 50%", 50%左右 against a claim of MORE than
half (`confirms: [50, null]`): an approximate value right at the open range's end may fall
either side of it, so it neither confirms "over" nor (at `[null, 50]`) contradicts it. A firm
figure at the bound ("50%") and an approximate one past it ("about 55%") still decide.
"""

from __future__ import annotations

import re

from watch.claims.quantities import Quantity

# words after the figure that make it approximate (before it, `qualifiers` reads "about", 约)
_AFTER = re.compile(r"\s?(?:上下|左右|前后|or so|or thereabouts)")
# words shortly before it that hedge the value itself: 大致会在一半, 大概在50%
_BEFORE = ("大致", "大概", "大体", "大约", "差不多")


def approximate(norm: str, q: Quantity) -> bool:
    """Whether the figure is given only roughly: about, 约, 左右, 上下, 大致 ... ."""
    if q.qualifier == "about" or _AFTER.match(norm, q.end):
        return True
    return any(word in norm[max(0, q.start - 8) : q.start] for word in _BEFORE)


def about_the_bound(norm: str, q: Quantity, bounds: tuple[float | None, float | None]) -> bool:
    """Whether q is an approximate value at the finite end of an open range (see above)."""
    low, high = bounds
    if (low is None) == (high is None) or q.low != q.high:
        return False
    end = low if low is not None else high
    return q.low == end and approximate(norm, q)
