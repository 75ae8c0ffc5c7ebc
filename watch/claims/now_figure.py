"""A figure pair told as old and new without a change verb: "previously EUR 9 billion, now
10.2 billion", "formerly $3bn, currently 3.4", 此前为90亿欧元，现为102亿, 原为90亿欧元，目前为
102亿欧元. The new figure is the figure now: a past word before the old one ("previously", 此前)
does not reach across the turn to "now"/现为 (`now_turn`), and a bare new figure ("now 10.2",
现为102) borrows the old one's currency and scale (`bare_now_money`). Pure, over normalised
text (lower case, simplified Chinese)."""

from __future__ import annotations

import re

from watch.claims.numerals import NUM, value_of
from watch.claims.quantities import Quantity

# a clause that turns to the figure now: ", now ...", "; currently ...", "，现为", "，目前为"
_NOW_TURN = re.compile(
    r"[,，;；]\s*(?:(?:and|but|while)\s+)?(?:(?:it\s+)?(?:is|are|stands?\s+at)\s+)?"
    r"(?:now|currently|today|at present|presently)(?![a-z])|"
    r"[,，;；]\s*(?:而|但|如今|眼下)?(?:现为|现在|现已|现时|现达|现增至|现降至|目前|如今|当前|眼下)"
)
# the old figure's lead: "previously EUR 9 billion", "formerly at $3bn", 此前为, 原为, 原先是
_OLD_LEAD = re.compile(
    r"(?<![a-z])(?:previously|formerly|originally|earlier)\s*:?\s*(?:at\s+|of\s+)?$|"
    r"(?:此前|之前|先前|原先|原本|原来|以前|早前|原)(?:为|是|达|约)\s*$"
)
# the bare new figure after the turn: ", now 10.2", ", currently standing at 3.4", "，现为102"
_NOW_BARE = re.compile(
    r"\s*[,，;；]\s*(?:(?:and|but|while)\s+)?(?:(?:is|are)\s+)?(?:now|currently)\s+"
    r"(?:(?:stands?|standing|is|are|at)\s+)?(?:at\s+)?(?P<en>" + NUM + r")|"
    r"\s*[,，;；]\s*(?:而|但)?(?:现为|现在为|现在是|现已达|现达|目前为|目前是|如今为|现)\s*"
    r"(?P<zh>" + NUM + r")"
)
_NO_UNIT_AFTER = re.compile(
    r"(?![\d.,]?\d)(?!\s?(?:%|percent|per cent|[a-z]*illion|bn|mn|m\b|k\b|crores?|lakhs?|"
    r"[万亿千百元年月日个家间台辆名人]))"
)
_NUM = re.compile(NUM)


def now_turn(norm: str, start: int, end: int) -> bool:
    """True when a clause turning to the figure now (", now", "，现为", "，目前") stands in
    norm[start:end]: a past word before it dates the old figure, not what follows."""
    return _NOW_TURN.search(norm, start, end) is not None


def bare_now_money(norm: str, found: list[Quantity], end: int) -> list[Quantity]:
    """The amounts, with the bare new figure of each old-and-new pair whose old one alone
    carries the currency ("previously EUR 9 billion, now 10.2": EUR 10.2 billion)."""
    out = []
    for q in found:
        if (
            q.currency is None
            or q.qualifier
            or not _OLD_LEAD.search(norm, max(0, q.start - 16), q.start)
        ):
            continue
        m = _NOW_BARE.match(norm, q.end, end)
        if m is None:
            continue
        group = "en" if m.group("en") else "zh"
        if not _NO_UNIT_AFTER.match(norm, m.end(group)):
            continue
        old = _NUM.search(q.text)
        value = value_of(m.group(group))
        old_value = value_of(old.group()) if old else None
        if value is None or not old_value:
            continue
        at = m.start(group)
        if any(o.start <= at < o.end for o in found):
            continue
        new = value * q.low / old_value
        out.append(Quantity(new, new, q.currency, m.group(group), at, m.end(group), price=q.price))
    return sorted(found + out, key=lambda q: q.start) if out else found


_PAIR_BREAK = re.compile(r"[。!?！？\n]|\.(?!\d)")
_PAIR_REACH = 40  # from the old figure's end to the new one's start


def old_of_pair(norm: str, start: int, end: int, later: list[tuple[int, int]]) -> str | None:
    """The phrase that tells the value at norm[start:end] as the old one of an old-and-new pair
    ("previously EUR 9 billion, now EUR 10.2 billion", 原为90亿欧元，目前为102亿欧元), when a value
    of the same kind (`later`: their spans) follows the turn to "now"; else None."""
    lead = _OLD_LEAD.search(norm, max(0, start - 16), start)
    if lead is None:
        return None
    for a, b in later:
        near = end <= a <= end + _PAIR_REACH and now_turn(norm, end, a)
        if near and _PAIR_BREAK.search(norm, end, a) is None:
            return f"{lead.group().strip()} ... {norm[a:b].strip()}"
    return None
