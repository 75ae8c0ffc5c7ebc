"""A negation governs every member of an "or"/"nor" list it governs the first of: "does not
intend to undertake any extension or exchange of the notes", "no delay, waiver or exchange",
不会进行任何形式的延期安排、置换操作或展期. Under a negation "or" joins what is denied together
("not A or B" is neither), so a later member is negated however far the list runs past the
negation's reach. "and" lists are left alone ("no delay, and a swap instead"). Pure helper for
`context`."""

from __future__ import annotations

import re

from watch.claims.markers import Marker, scoped
from watch.claims.signals import Item
from watch.claims.timing import NEGATION_REACH

_DET = r"(?:an?\s+|any\s+|the\s+|its\s+|their\s+|some\s+)?"
_WORDS = r"[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}"
# the list before the item: its first member's last word (the head), any members after commas,
# then "or"/"nor" and a determiner right before the item
_EN_LIST = re.compile(
    rf"(?<![a-z])(?P<head>[a-z][a-z-]*)(?:\s*,\s*{_DET}{_WORDS})*\s*,?\s+(?:or|nor)\s+{_DET}$"
)
# 延期安排、置换操作或展期: members of two to six Han characters joined by 、 and 或
_ZH_LIST = re.compile(r"(?P<head>[\u4e00-\u9fff]{2,6})(?:、[\u4e00-\u9fff]{2,6})*(?:或者|或是|或)$")
_WINDOW = 90


def negated_list(norm: str, markers: list[Marker], item: Item) -> Marker | None:
    """The negation that governs the first member of the "or" list the item closes, else None."""
    start = max(0, item.start - _WINDOW)
    window = norm[start : item.start]
    if " or " in window or " nor " in window:
        found = _EN_LIST.search(norm, start, item.start)
    elif "或" in window[-3:]:
        found = _ZH_LIST.search(norm, max(0, item.start - 40), item.start)
    else:
        return None
    if found is None:
        return None
    # (a Han member has no spaces: a negation may stand inside the span the match gave it, so
    # each of its characters is tried as the head)
    for head in range(found.start("head"), found.end("head")):
        m = scoped(norm, markers, "negation", head, head + 1, reach=NEGATION_REACH)
        if m is not None:
            return m
    return None
